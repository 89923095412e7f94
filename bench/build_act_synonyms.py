"""Build src/newskit/data/act_synonyms.json from Princeton WordNet 3.0.

Outlets tell one act in different words, and an outlet refers back to its news by a noun
of its own choosing that names the same act as another outlet's verb or noun: "the
prohibition" where the leads say "banned" / "the ban", "the find" of a discovery, "the
callback" of a recall. Which words name one act is English, not the stories': WordNet
groups words into synsets (sets of synonyms), each word's senses in order of frequency. A
word's usual readings are its first two senses; two words whose usual readings share a
synset are synonyms for ``story/act_synonyms.py``.

A group is a synset of two or more one-word lower-case lemmas for which it is one of their
first two senses: a verb synset (``verbs``), or a noun synset (``nouns``) of an act, a happening, a process, a
phenomenon, a communication, a state, a cognition or an attribute (``noun.act`` ...
``noun.attribute``: "a prohibition", "a find", "a shortage"); never of a thing, a place, a
person, a group, a quantity, a possession or a time ("the ship" / "the vessel", "the
price"), which name what an act is done to, not the act. ``irregular``: the irregular forms
of ``verb.exc`` whose base is in a verb group ("found" -> find); ``verbal``: the words of
noun groups that can be verbs too ("burst", "order"). Run by hand (Debian's
``wordnet-base``; see bench/build_event_nouns.py); nothing reads WordNet at run time, and
the output holds the words only.

    python bench/build_act_synonyms.py wn/usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex
from build_act_verbs import irregular
from build_event_nouns import LEXNAMES, _records, wordnet_args, write_data

OUT = Path("src/newskit/data/act_synonyms.json")
#: noun lexicographer files whose synsets may name an act told in other words
ACT_FILES = frozenset({"noun.act", "noun.event", "noun.process", "noun.phenomenon", "noun.communication",
                       "noun.state", "noun.cognition", "noun.attribute"})
#: how many of a word's senses (most frequent first) are its usual readings
USUAL = 2
SOURCE = ("Derived by bench/build_act_synonyms.py from Princeton WordNet 3.0 (Debian wordnet-base): "
          f"'nouns', 'verbs': synsets of two or more one-word lemmas for which the synset is one of their first "
          f"{USUAL} senses (all verb synsets; noun synsets of noun.act, noun.event, noun.process, noun.phenomenon, "
          "noun.communication, noun.state, noun.cognition, noun.attribute); 'verbal': the noun groups' words "
          "that are verbs too; 'irregular': verb.exc forms of the verbs in a group. Words only; no glosses.")
_WORD = regex.compile(r"\p{Ll}+(?:-\p{Ll}+)*")


def _usual_synsets(folder: Path, pos: str) -> dict[str, set[str]]:
    """Synset -> the one-word lemmas for which it is one of their first senses."""
    files = {} if pos == "verb" else {f[0]: LEXNAMES[int(f[1])] for f in _records(folder / "data.noun")}
    out: dict[str, set[str]] = {}
    for fields in _records(folder / f"index.{pos}"):
        lemma = fields[0]
        if not _WORD.fullmatch(lemma):
            continue
        for synset in fields[-int(fields[2]):][:USUAL]:
            if pos == "verb" or files[synset] in ACT_FILES:
                out.setdefault(f"{pos[0]}{synset}", set()).add(lemma)
    return out


def groups(folder: Path, pos: str) -> list[list[str]]:
    """The synonym groups of one part of speech (the module docstring), sorted."""
    return sorted(sorted(words) for words in _usual_synsets(folder, pos).values() if len(words) > 1)


def verbal(folder: Path, words: set[str]) -> list[str]:
    """The words of noun groups that can be verbs too ("burst", "order"), sorted."""
    return sorted(words & {f[0] for f in _records(folder / "index.verb")})


def main(argv: list[str]) -> int:
    args = wordnet_args(argv, __doc__ or "", "index.noun, data.noun, index.verb, verb.exc", OUT)
    nouns, verbs = groups(args.wordnet, "noun"), groups(args.wordnet, "verb")
    write_data(args.out, SOURCE, {"nouns": nouns, "verbs": verbs,
                                  "verbal": verbal(args.wordnet, {w for g in nouns for w in g}),
                                  "irregular": irregular(args.wordnet, {w for g in verbs for w in g})})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
