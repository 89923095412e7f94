"""A body named by a common noun as a source is the body the story's texts name with that
very phrase and a name: ``city council`` is ``Seville city council``, ``canton`` the
``canton of Valais``, ``agriculture ministry`` the ``French agriculture ministry``.

An outlet names a body in full once and by its noun after that (``Seville city council was
warned ... The council denied ignoring the report``), and the claims reader keeps the noun
when no actor stands before it. A reader (and a pair counted by name) wants the body. The
story's own texts decide, never a list of bodies: across all the articles, the phrase is
qualified one way only, by capitalised words before it or by ``of`` and capitalised words
after it; two ways (``Nairobi police``, ``Mombasa police``) leave the noun as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import attrs
import regex

from newskit import grammar
from newskit.actors import calendar_words, is_demonym
from newskit.body_names import ends_in_public_head, is_body_head
from newskit.model import Analysis, Claim
from newskit.story._common import NAMES_KEPT, story_data
from newskit.text import opens_sentence, written_mid_sentence

__all__ = ["qualify_noun_sources"]

#: a source that is a common noun phrase: one to three lower-case words
_NOUN_PHRASE = regex.compile(r"\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}")
#: capitalised words (no possessive) right before a phrase
_QUALIFIER = r"(?<![\p{L}\p{N}'’.-])(?P<q>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+"
#: ``of`` and capitalised words right after a phrase (``canton of Valais``)
_OWNER = r"\s+of\s+(?:the\s+)?(?P<o>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?![\p{L}\p{N}'’-])"


@lru_cache(maxsize=NAMES_KEPT)  # bounded: a stream keeps naming new people and bodies
def _patterns(noun: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    phrase = regex.escape(noun).replace(r"\ ", r"\s+")
    return (regex.compile(_QUALIFIER + phrase + r"(?![\p{L}\p{N}'’-])"),
            regex.compile(r"(?<![\p{L}\p{N}'’-])" + phrase + _OWNER))


def _qualifier(words: str) -> str | None:
    """The capitalised words that name whose body it is, less a determiner or any word
    of the calendar opening them (``The``, ``On Tuesday``); None when nothing is left."""
    kept = words.split()
    while kept and (kept[0].lower() in grammar.DETERMINERS or kept[0].lower() in grammar.PREPOSITIONS
                    or kept[0] in calendar_words()):
        kept = kept[1:]
    if not kept or any(w in calendar_words() for w in kept):
        return None
    return " ".join(kept)


def _names_a_body(noun: str) -> bool:
    """Whether a common noun phrase is a body's (``city council``, ``operator``), not a
    group of people's (``passengers``): its head is a body's generic head, a public body's
    or a described body's (data ``body_names.json``, ``story.json``)."""
    head = noun.split()[-1]
    return is_body_head(head) or ends_in_public_head(" " + noun) or head in story_data()["described_bodies"]


def _forms(noun: str, texts: Sequence[str]) -> set[str]:
    """Every way the texts qualify ``noun`` with a name (a lone capitalised word opening a
    sentence may be any word, ``Angry staff``: a name there only when the texts write it
    capitalised inside a sentence too, or it is a people's adjective or initials)."""
    before, after = _patterns(noun)
    out: set[str] = set()
    for text in texts:
        for m in before.finditer(text):
            q = _qualifier(m.group("q"))
            if q is None:
                continue
            at = m.start("q") + m.group("q").rfind(q)
            if " " not in q and not q.isupper() and opens_sentence(text, at) and \
                    not is_demonym(q) and not written_mid_sentence(q, texts):
                continue  # "Several passengers"; not "Seville city council" (Seville: a name)
            out.add(f"{q} {noun}")
        for m in after.finditer(text):
            out.add(f"{noun} of {m.group('o')}")
    return out


def qualify_noun_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims with each source that is a body's common noun (not a person's, not an
    unnamed source's) named as the one qualified form the story's texts give it."""
    texts = [a.article.text for a in analyses]
    chosen: dict[str, str | None] = {}
    out = []
    for c in claims:
        src = c.source or ""
        words = src.split()
        while words and words[0].lower() in grammar.DETERMINERS:
            words = words[1:]
        noun = " ".join(words)
        if c.source_type in ("person", "unnamed") or not _NOUN_PHRASE.fullmatch(noun) or not _names_a_body(noun):
            out.append(c)
            continue
        if noun not in chosen:
            forms = _forms(noun, texts)
            chosen[noun] = next(iter(forms)) if len(forms) == 1 else None
        full = chosen[noun]
        out.append(attrs.evolve(c, source=full) if full is not None else c)
    return out
