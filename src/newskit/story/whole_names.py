"""A source read as a part of a longer name is the whole name: ``Coast Water`` of ``South
Coast Water``, ``Asia`` of ``Summit Asia Expeditions``, ``de Corredores Cerro de la Silla`` of
``Club de Corredores Cerro de la Silla``. The extractors cut a name at a capitalised word of
everyday English (``South``, ``Summit``, ``Club``) or keep only the place inside it; the
writers and readers of a story name the party by its whole name, and a pair or a
corroboration counted by name must see one party.

The evidence is the name's own spelling in the story: the capitalised words right next to
the source where it is named (a space apart, no punctuation), read as the name's words

* mid-sentence (after a comma, a verb, ``on``): a capitalised word there is a name's;
* at a sentence start only when the story also writes the whole name mid-sentence;
* never a determiner, a pronoun, a month or weekday, or a possessive (``Reuters' John
  Smith``).

A person is extended only when the name read is no person's: it opens with a particle
(``de Corredores``), or the story never writes it without the same word before it, in two
articles at least (``South Coast Water`` in four outlets), and the persons reader gave it
no title anywhere (``Secretary of Defense Lloyd Austin``, ``President Joe Biden``: the word
before is the title). Words after the source extend a body or a place, never a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs
import regex

from newskit import grammar
from newskit.actors import calendar_words
from newskit.model import Analysis, Claim, PersonMention, SpanRef
from newskit.text import match_ahead, opens_sentence, whole_word_starts, written_mid_sentence

__all__ = ["whole_source_names"]

#: a capitalised word right before a position (a space apart), or a particle
_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’.-])(?P<w>\p{Lu}[\p{L}-]*|de|del|la|van|von|der|da|dos|du|di) $")
#: a capitalised word right after a position (a space apart)
_AFTER = regex.compile(r" (?P<w>\p{Lu}[\p{L}-]*)(?![\p{L}\p{N}'’-])")
_PARTICLES = frozenset({"de", "del", "la", "van", "von", "der", "da", "dos", "du", "di"})
#: how far back a name's words are looked for (characters)
_REACH = 60


@cache
def _never_name_words() -> frozenset[str]:
    """Lower-cased words that are never a name's word next to a source: determiners,
    pronouns, months and weekdays."""
    return frozenset(grammar.DETERMINERS | grammar.SUBJECT_PRONOUNS | {w.lower() for w in calendar_words()})


def _grown(text: str, start: int, end: int, person: bool) -> tuple[int, int, bool]:
    """The span of the name around ``text[start:end]`` (see the module docstring), and
    whether its first word opens a sentence."""
    while True:
        m = _BEFORE.search(text, max(0, start - _REACH), start)
        if m is None or m.group("w").lower() in _never_name_words():
            break
        if m.group("w") in _PARTICLES:
            inner = _BEFORE.search(text, max(0, m.start() - _REACH), m.start())
            if inner is None or inner.group("w") in _PARTICLES or inner.group("w").lower() in _never_name_words():
                break
            m = inner
        start = m.start()
        if opens_sentence(text, start):
            break
    while not person:
        m = match_ahead(_AFTER, text, end)
        if m is None or m.group("w").lower() in _never_name_words():
            break
        end = m.end()
    return start, end, opens_sentence(text, start)


def _never_alone(short: str, whole: str, texts: Sequence[tuple[str, str]]) -> bool:
    """Whether every time the story writes ``short`` it is inside ``whole``, in two articles
    at least."""
    arts = [a for a, t in texts for _ in whole_word_starts(whole, t)]
    alone = sum(1 for _, t in texts for _ in whole_word_starts(short, t))
    return len(set(arts)) >= 2 and alone == len(arts)


def _whole_name(c: Claim, texts: dict[str, str], story: Sequence[tuple[str, str]],
                titled: frozenset[str]) -> str | None:
    """The whole name of the claim's source where it is named, or None."""
    ref = c.source_ref
    if ref is None or c.source is None:
        return None
    text = texts.get(ref.article, "")
    if text[ref.start:ref.end] != ref.text:
        return None
    person = c.source_type == "person"
    start, end, opens = _grown(text, ref.start, ref.end, person)
    whole = text[start:end]
    if (start, end) == (ref.start, ref.end) or "\n" in whole or (opens and not written_mid_sentence(whole, (t for _, t in story))):
        return None
    if person and not c.source[:1].islower() and (c.source in titled or not _never_alone(c.source, whole, story)):
        return None
    return whole


def _titled(analyses: Sequence[Analysis]) -> frozenset[str]:
    """The persons' names (as written and as entities) the persons reader gave a title or
    an affiliation anywhere in the story."""
    return frozenset(n for a in analyses for m in a.mentions if isinstance(m, PersonMention)
                     and (m.title or m.affiliation) for n in (m.text, m.entity))


def whole_source_names(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims whose source is a part of a longer name named by the whole name, in every
    article (a source is grown only when its mentions agree on one whole name)."""
    texts = {a.article.id: a.article.text for a in analyses}
    story = tuple(texts.items())
    titled = _titled(analyses)
    grown: dict[str, set[str]] = {}
    for c in claims:
        if c.source is not None and c.source_ref is not None and " ".join(c.source_ref.text.split()) == c.source:
            grown.setdefault(c.source, set()).add(_whole_name(c, texts, story, titled) or "")
    names = {short: next(iter(wholes)) for short, wholes in grown.items() if len(wholes) == 1 and "" not in wholes}
    if not names:
        return list(claims)
    return [_renamed(c, names[c.source], texts) if c.source in names else c for c in claims]


def _renamed(c: Claim, whole: str, texts: dict[str, str]) -> Claim:
    """The claim with its source named ``whole`` (a body: a part of a body's name read as a
    person or a place was no person or place), its reference the whole name where it is."""
    ref = c.source_ref
    if ref is not None:
        text = texts.get(ref.article, "")
        at = text.rfind(whole, max(0, ref.start - _REACH), ref.end + _REACH)
        if at >= 0:
            ref = SpanRef(article=ref.article, start=at, end=at + len(whole), text=whole)
    return attrs.evolve(c, source=whole, source_ref=ref, source_type="organisation")
