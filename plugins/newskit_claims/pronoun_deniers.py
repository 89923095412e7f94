"""Who ``It`` is when it opens a denial: ``Orbicom has been accused by a tracking firm of
ignoring warnings. It has rejected the claim.``

A pronoun that opens a sentence takes the subject of the sentences just before it. News
writes the accused body first and its denial next (``The management of KAT disputes those
figures. In a statement, it said ... It rejected "categorically" the accusation ...``), so
the body is the first one named at the head of an earlier sentence, going back over
sentences whose own subject is the same pronoun; a person there (``it`` is never a person),
a sentence with no named subject, or the body that made the charge being answered ends the
search with nothing, which drops the denial's source rather than guess.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex

from newskit import PersonMention, Span
from newskit.actors import Actor, ActorIndex, find_actors, named_bodies
from newskit.textlayer import layer
from newskit_claims.candidate import Candidate
from newskit_claims.subjects import source_name

__all__ = ["PronounDeniers"]

#: how far into a sentence its subject may be named (``In a statement issued on Monday,
#: Orbicom said``), in characters
_HEAD = 80
#: how many sentences back the subject is looked for
_BACK = 3
#: actor kinds that are never the subject ``it`` stands for: where something is, whose
#: nationality, the outlet that was told
_NOT_SUBJECT = frozenset(("demonym", "outlet"))
#: a sentence whose own subject is the pronoun (``In a statement, it said``): the search
#: goes on before it
_IT_SUBJECT = regex.compile(r"(?:^|[,;]\s+|\s(?:and|but)\s+)[Ii]t\s+\p{Ll}")


class PronounDeniers:
    """Resolves an article's pronoun deniers; the actors and the named bodies are read once
    for the article, when the first pronoun asks for them."""

    def __init__(self, text: str, persons: Sequence[PersonMention]) -> None:
        self.text = text
        self.persons = persons
        self.sents = layer(text).sentences
        self._actors: ActorIndex | None = None
        self._bodies: list[Actor] | None = None

    def source(self, c: Candidate, split: Sequence[Candidate]) -> tuple[str, str] | None:
        """The body the denial's pronoun subject stands for, as (source, source type), or None."""
        if c.source_ref is None:
            return None
        here = bisect_right(self.sents, c.source_ref[0], key=lambda s: s.start) - 1
        if here < 0 or c.source_ref[0] >= self.sents[here].end:
            return None
        accusers = {k.source_ref for k in split if k.stance == "alleges" and k.end <= c.start}
        own = self.sents[here]
        # ", and it denies ...": the sentence's own subject first, then the sentences before
        heads = [Span(start=own.start, end=c.source_ref[0])] if c.source_ref[0] > own.start else []
        for s in heads + list(reversed(self.sents[max(0, here - _BACK):here])):
            spoke = _head_claim(split, s)
            if spoke is not None:
                return spoke
            first = _head_actor(self.actors(), s, accusers)
            if first is not None:
                return None if first.kind == "person" else self._whole_name(first)
            if not _IT_SUBJECT.search(self.text, s.start, min(s.end, s.start + _HEAD)):
                return None
        return None

    def actors(self) -> ActorIndex:
        """The article's actors, names included, read once."""
        if self._actors is None:
            self._actors = ActorIndex(find_actors(self.text, self.persons))
        return self._actors

    def _whole_name(self, a: Actor) -> tuple[str, str]:
        """The source an actor names: the whole body when it is part of one's name (``Pulp``
        of ``Pulp and Paper Workers' Federation``), else as a cue's subject reads it."""
        if self._bodies is None:
            self._bodies = named_bodies(self.text, self.persons)
        body = next((b for b in self._bodies if b.start <= a.start and a.end <= b.end), None)
        if body is not None:
            return body.name, "organisation"
        name, kind, _ = source_name(self.text, a)
        return name, kind


def _head_claim(split: Sequence[Candidate], s: Span) -> tuple[str, str] | None:
    """The source of a claim whose subject opens sentence ``s`` (``The Pulp and Paper
    Workers' Federation called the closure ...``), as the claims grammar read it whole: a
    body that asserts (one that alleges makes the charge the denial answers)."""
    for k in split:
        ref = k.source_ref
        if ref is None or not (s.start <= ref[0] < min(s.end, s.start + _HEAD)) or not k.source:
            continue
        if k.source_type in ("person", "pronoun") or k.stance == "alleges" or k.source.startswith("<"):
            return None
        return k.source, k.source_type or "organisation"
    return None


def _head_actor(actors: ActorIndex, s: Span, accusers: set[tuple[int, int] | None]) -> Actor | None:
    """The first actor named at the head of sentence ``s`` that may be a denier's subject:
    no place, nationality or outlet, not the body whose charge is answered."""
    for a in actors.between(s.start, min(s.end, s.start + _HEAD)):
        if a.is_place or a.kind in _NOT_SUBJECT:
            continue
        if any(r is not None and r[0] <= a.start and a.end <= r[1] for r in accusers):
            return None
        return a
    return None

