"""The central act told again by a definite noun of another word for it: "the prohibition"
where the leads say "banned", "the find" of a discovery, "the callback" of a recall.

An outlet refers back to its news by a noun of its own choosing, and that noun need be
neither a word of the central event's own family (story/act_nouns.py) nor a noun whose
usual reading is a happening (story/event_nouns.py: "prohibition" is first a decree,
"find" first a thing found). What makes it name the news is that it names the same act as
a word the central event is told by. Which words name one act is English, not the
stories': WordNet's synonym sets, each word read in its usual senses only (its first two;
``newskit/data/act_synonyms.json``, built by ``bench/build_act_synonyms.py``; no synset of
a thing, a place, a person or a quantity, which name what an act is done to).

Such a noun is read as the eventive nouns are (:mod:`newskit.story.general_anaphors`): the
head of a definite noun phrase ("the prohibition", "Hoshino's airbag callback"), with no
complement and no rank, no plural, no verb's form, modifying no noun, and right after its
determiner or a possessive when the word can be a verb ("the find", not "the line burst"); it names the event its article told nearest before it, else the
article's news, and a date next to it that the central event excludes keeps it out. A
word of the central event's own families is left to story/act_nouns.py, which reads
which of them name the act ("the cap" of a cap raised does not).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

import attrs

from newskit.datafiles import package_json
from newskit.spelling import WORDS_KEPT
from newskit.story.act_nouns import act_words
from newskit.story.event_nouns import told_again
from newskit.story.features import Unit, family

__all__ = ["SynonymAnaphor", "synonym_groups"]

#: inflections and the endings their base may have had ("banned" -> ban, "closed" -> close)
_ENDINGS = (("ied", ("y",)), ("ies", ("y",)), ("ed", ("", "e")), ("ing", ("", "e")), ("es", ("", "e")),
            ("s", ("",)))


@attrs.frozen
class _Lexicon:
    """Each word's synonym groups (by number, nouns' and verbs' alike), the words that can
    be verbs (a verb group's words, a noun group's words that are verbs too, the irregular
    forms) and the irregular forms' bases."""

    groups: Mapping[str, frozenset[int]]
    verbal: frozenset[str]
    irregular: Mapping[str, str]


@cache
def _lexicon() -> _Lexicon:
    raw = package_json("newskit", "act_synonyms.json")
    index: dict[str, set[int]] = {}
    for n, group in enumerate([*raw["nouns"], *raw["verbs"]]):
        for word in group:
            index.setdefault(word, set()).add(n)
    irregular = dict(raw["irregular"])
    verbal = frozenset({w for g in raw["verbs"] for w in g} | set(raw["verbal"]) | set(irregular))
    return _Lexicon({w: frozenset(g) for w, g in index.items()}, verbal, irregular)


def _bases(word: str) -> set[str]:
    """The word and the bases its inflection may come from ("banned" -> ban, "found" -> find)."""
    low = word.lower()
    out = {low, _lexicon().irregular.get(low, low)}
    for suffix, endings in _ENDINGS:
        if low.endswith(suffix) and len(low) - len(suffix) >= 2:
            stem = low[:-len(suffix)]
            out |= {stem + e for e in endings}
            if stem[-1:] == stem[-2:-1]:
                out.add(stem[:-1])
            break
    return out


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def synonym_groups(word: str) -> frozenset[int]:
    """The synonym groups of the word's usual senses, in any of its base forms."""
    index = _lexicon().groups
    return frozenset(g for b in _bases(word) for g in index.get(b, ()))


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


@attrs.frozen
class SynonymAnaphor:
    """Whether a span is a noun told again (:func:`newskit.story.event_nouns.told_again`)
    that is a synonym of one of the ``words`` the central event tells its act by, and of
    none of its ``families``."""

    words: frozenset[str]
    families: frozenset[str]
    groups: frozenset[int] = attrs.field(init=False)

    @groups.default
    def _groups(self) -> frozenset[int]:
        return frozenset(g for w in self.words for g in synonym_groups(w))

    @classmethod
    def of(cls, host: Sequence[Unit]) -> SynonymAnaphor:
        """Read from the central event's mentions (:func:`newskit.story.act_nouns.act_words`)."""
        return cls(act_words(host), frozenset(u.family for u in host))

    def may_name(self, word: str) -> bool:
        """The part of the test that reads the word alone: a singular synonym of the central
        act's words, of none of its families, that is no verb's past form. A story's reading
        of every word asks this once per distinct word before the costlier context."""
        if not self.groups or not word.isalpha() or _plural(word):
            return False
        if not synonym_groups(word) & self.groups or family(word) in self.families:
            return False
        return word not in _lexicon().irregular  # "the ivory found at": a verb's past form

    def __call__(self, text: str, start: int, end: int) -> bool:
        word = text[start:end]
        if not self.may_name(word):
            return False
        return told_again(text, start, end, after_determiner=word in _lexicon().verbal)
