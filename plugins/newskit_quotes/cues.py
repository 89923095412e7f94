"""The reporting-word lexicon (``data/cues.json``), inflected by rule and loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from newskit.patterns import read_data
from newskit.vocabulary import SpeechCue, current, per_vocabulary

__all__ = ["Lexicon", "bundled_cues", "lexicon", "load_json", "load_word_sets"]


@cache
def load_json(name: str) -> Any:
    """A data file of this package, parsed (cached)."""
    raw = read_data("newskit_quotes", name)
    return json.loads(raw)


def load_word_sets(name: str) -> dict[str, frozenset[str]]:
    """A data file of named word lists as sets (keys starting with ``_`` are notes)."""
    return {k: frozenset(v) for k, v in load_json(name).items() if not k.startswith("_")}


def _inflect(lemma: str, double: frozenset[str]) -> set[str]:
    """Base, -s, -ed and -ing forms of a regular verb (multi-word: inflect the first)."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {head}
    if head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith("e"):
        forms |= {head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {head + "es", head + "ed", head + "ing"}
    elif head in double:
        forms |= {head + "s", head + head[-1] + "ed", head + head[-1] + "ing"}
    else:
        forms |= {head + "s", head + "ed", head + "ing"}
    return {f + tail for f in forms}


@dataclass(frozen=True)
class Lexicon:
    """Cue forms by class; ``first`` maps the first word of every form to the forms."""

    cls: dict[str, frozenset[str]]  # form -> classes
    infinitive_block: frozenset[str]
    plural_nouns: frozenset[str]  # -s forms of noun-like lemmas ("claims", "reports")
    base_nouns: frozenset[str]  # base forms of noun-like lemmas (verbs only after "to", modals)
    first: dict[str, tuple[str, ...]]  # first word -> forms starting with it (longest first)

    def classes(self, form: str) -> frozenset[str]:
        return self.cls.get(form, frozenset())


#: The cue classes of ``data/cues.json`` (``postposed`` is its ``finite_postposed`` list).
CLASSES = ("speech", "belief", "npcomp", "label", "attitude", "direct_only", "bare")


def bundled_cues() -> list[SpeechCue]:
    """The reporting words of ``data/cues.json``, each with its class (and its irregular
    forms)."""
    data = load_json("cues.json")
    irregular: dict[str, list[str]] = data.get("irregular", {})
    out = [SpeechCue(word=lemma, cue_class=klass, forms=tuple(irregular.get(lemma, [])))
           for klass in CLASSES for lemma in data.get(klass, ())]
    out += [SpeechCue(word=form, cue_class="postposed", forms=(form,))
            for form in data.get("finite_postposed", ())]
    return out


def _with_vocabulary(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with its cue lists taken from the current vocabulary."""
    lists: dict[str, list[str]] = {k: [] for k in (*CLASSES, "finite_postposed")}
    irregular: dict[str, list[str]] = dict(data.get("irregular", {}))
    for c in current()(SpeechCue):
        if c.cue_class == "postposed":
            lists["finite_postposed"].extend(c.forms or (c.word,))
        elif c.cue_class is not None:
            lists[c.cue_class].append(c.word)
            if c.forms:
                irregular[c.word] = list(c.forms)
    return {**data, **lists, "irregular": irregular}


def _postposed_forms(data: dict[str, Any], double: frozenset[str], irregular: dict[str, list[str]]) -> set[str]:
    """The finite forms that can end a sentence as its attribution (``…, sources said.``):
    the listed forms and the other finite forms of the same regular verbs of saying, so
    ``maintained`` also gives ``maintains`` and ``maintain`` (``…, the doctor maintains.``,
    ``…, experts warn.``). Irregular verbs list their forms themselves."""
    listed = set(data.get("finite_postposed", ()))
    out = set(listed)
    for lemma in data.get("speech", ()):
        if lemma in irregular:
            continue
        forms = _inflect(lemma, double)
        if forms & listed:
            out |= {f for f in forms if not f.endswith("ing")}
    return out | set(data.get("belief_postposed", ()))  # "…, officials believe."


@per_vocabulary
def lexicon() -> Lexicon:
    data = _with_vocabulary(load_json("cues.json"))
    double = frozenset(data.get("double_final", ()))
    irregular: dict[str, list[str]] = data.get("irregular", {})
    cls: dict[str, set[str]] = {}
    noun_like = frozenset(data.get("noun_like", ()))
    for klass in CLASSES:
        for lemma in data.get(klass, ()):
            forms = set(irregular.get(lemma, ())) or _inflect(lemma, double)
            for f in forms:
                cls.setdefault(f, set()).add(klass)
    for form in _postposed_forms(data, double, irregular):
        cls.setdefault(form, set()).add("postposed")
    for klass in ("object_infinitive", "evidence_object", "goal_object"):  # "expect the bank to", "video shows him"
        for lemma in data.get(klass, ()):
            for f in set(irregular.get(lemma, ())) or _inflect(lemma, double):
                cls.setdefault(f, set()).add(klass)
    first: dict[str, list[str]] = {}
    for form in cls:
        first.setdefault(form.split(" ")[0], []).append(form)
    plural: set[str] = set()
    for lemma in noun_like:
        plural |= {f for f in _inflect(lemma, double) if f.endswith("s") and f != lemma}
    return Lexicon(
        plural_nouns=frozenset(plural),
        base_nouns=frozenset(noun_like),
        infinitive_block=frozenset(data.get("infinitive_block", ())),
        cls={k: frozenset(v) for k, v in cls.items()},
        first={k: tuple(sorted(v, key=lambda s: -len(s))) for k, v in first.items()},
    )
