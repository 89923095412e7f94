"""Build plugins/newskit_quotes/data/attitude_verbs.json from Princeton WordNet 3.0.

Issue #14: PolNeAR attributes a stance to a speaker whenever a verb of judging, feeling or
talking about something takes a noun phrase as its content ("denounced the annexation",
"despise Trump", "debated the salience of ties"), and every kind of news brings such verbs
no hand list had. Which verbs those are is English, not the news: WordNet files each verb
sense in a lexicographer file and lists its sentence frames.

A verb is kept when it is one lower-case word, its first sense and most of its first three
are in ``verb.communication`` or ``verb.emotion`` (it tells what someone says of or feels
about something: "praise", "resent"; not ``verb.cognition``, whose "know", "learn" and
"study" report no stance), a verb of communication being a kind of judging (``evaluate``
among the first sense's hypernyms: "acclaim", "commend"; not "murmur", "advertise",
whose object is words or a topic), its first sense has a frame with a noun-phrase object
("Somebody ----s something" or "Somebody ----s somebody") and, for a verb of emotion, none
where a thing makes somebody feel ("Something ----s somebody": "alarm", "delight"), and it is tagged at least
``RARE`` times in the sense-tagged corpus (a word news uses). The plugin's own cue lists
keep their frames (:mod:`newskit_quotes.stance` reads this list last). Run by hand
(Debian's ``wordnet-base``; see bench/build_event_nouns.py); nothing reads WordNet at run
time, and the output holds the words only.

    python bench/build_attitude_verbs.py wn/usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex
from build_act_verbs import VERB_FILES
from build_event_nouns import _counts, _records, wordnet_args, write_data

OUT = Path("plugins/newskit_quotes/data/attitude_verbs.json")
#: files of verbs whose object is what is said of, or felt about
STANCE_FILES = frozenset({"communication", "emotion"})
#: WordNet's verb frames with a noun-phrase object (frames(5WN): 8 "Somebody ----s
#: something", 9 "Somebody ----s somebody")
OBJECT_FRAMES = frozenset({8, 9})
#: WordNet's frame 10 "Something ----s somebody": a verb of emotion with it makes its
#: object feel ("alarm", "delight"), its subject holds no stance
CAUSER_FRAME = 10
#: the verb whose hyponyms judge (``praise``, ``criticize``): a verb of communication is
#: kept only under it
JUDGING_ROOT = "evaluate"
#: a verb tagged fewer times in the sense-tagged corpus is too rare to list
RARE = 3
#: what the data file says of its origin
SOURCE = ("Derived by bench/build_attitude_verbs.py from Princeton WordNet 3.0 (Debian wordnet-base): "
          "one-word verbs whose first sense and most of the first three are in verb.communication (a "
          "hyponym of 'evaluate') or verb.emotion, whose first sense has a frame with a noun-phrase object (frames 8, 9) and, for "
          "emotion, no frame 10, tagged "
          f"at least {RARE} times in the sense-tagged corpus. Words only; no glosses.")
_WORD = regex.compile(r"\p{Ll}+")


def _synsets(folder: Path) -> tuple[dict[str, str], dict[str, frozenset[int]]]:
    """The lexicographer file and the sentence frames of every verb synset."""
    files: dict[str, str] = {}
    frames: dict[str, frozenset[int]] = {}
    for f in _records(folder / "data.verb"):
        files[f[0]] = VERB_FILES[int(f[1])]
        i = 4 + 2 * int(f[3], 16)
        i += 1 + 4 * int(f[i])
        nums = {int(f[i + 2 + 3 * k]) for k in range(int(f[i]))} if i < len(f) and f[i].isdigit() else set()
        frames[f[0]] = frozenset(nums)
    return files, frames


def _hypernyms(folder: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Every verb synset's words and its hypernyms' offsets."""
    words: dict[str, list[str]] = {}
    up: dict[str, list[str]] = {}
    for f in _records(folder / "data.verb"):
        n = int(f[3], 16)
        words[f[0]] = [w.lower() for w in f[4:4 + 2 * n:2]]
        i = 4 + 2 * n
        up[f[0]] = [f[i + 2 + 4 * k] for k in range(int(f[i])) if f[i + 1 + 4 * k] == "@"]
    return words, up


def _judging(synset: str, words: dict[str, list[str]], up: dict[str, list[str]]) -> bool:
    """The synset is a kind of judging: ``evaluate`` is among its hypernyms (praise,
    acclaim, commend; admire, envy)."""
    todo, seen = [synset], set()
    while todo:
        s = todo.pop()
        if s in seen:
            continue
        seen.add(s)
        if JUDGING_ROOT in words[s] and s != synset:
            return True
        todo.extend(up.get(s, ()))
    return False


def kept_verbs(folder: Path) -> list[str]:
    """The one-word verbs of stance with a noun-phrase object (the module docstring)."""
    files, frames = _synsets(folder)
    words, up = _hypernyms(folder)
    counts = _counts(folder / "cntlist.rev")
    out = []
    for f in _records(folder / "index.verb"):
        verb, synsets = f[0], f[-int(f[2]):]
        first = [files[s] for s in synsets[:3]]
        if not _WORD.fullmatch(verb) or first[0] not in STANCE_FILES \
                or 2 * sum(x in STANCE_FILES for x in first) <= len(first):
            continue
        if not frames[synsets[0]] & OBJECT_FRAMES or counts.get((verb, "v"), 0) < RARE:
            continue
        if first[0] == "emotion" and CAUSER_FRAME in frames[synsets[0]]:
            continue  # "the news alarmed voters": the subject causes the feeling, holds no stance
        if first[0] == "communication" and not _judging(synsets[0], words, up):
            continue  # "murmured a prayer", "advertised the flat": words or a topic, no judgement
        out.append(verb)
    return sorted(out)


def main(argv: list[str]) -> int:
    args = wordnet_args(argv, __doc__ or "", "index.verb, data.verb, cntlist.rev", OUT)
    write_data(args.out, SOURCE, {"verbs": kept_verbs(args.wordnet)})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
