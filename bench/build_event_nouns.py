"""Build src/newskit/data/event_nouns.json from Princeton WordNet 3.0.

The events plugin's trigger lexicon is hand-written by class, and the story's anaphor
layers read a hand list of general nouns ("the tragedy", "the move"). An outlet that refers
back to its news by a noun neither list holds ("the cull", "the stampede", "the freeze",
"the disqualification") leaves that mention in no event. WordNet says, for every English
noun, which of its senses name an act, a happening or a process, with its senses in order
of frequency; so whether a noun's usual reading is eventive is read from a public lexical
resource, not from the stories newskit was tuned on.

A noun is kept when it is one word (letters and inner hyphens, lower case), and

* its first (most frequent) sense is in ``noun.act``, ``noun.event`` or ``noun.process``,
  and none of that sense's hypernyms is an ongoing *activity* ("work", "research", "the
  market", "the game": the frame of many happenings, not one told again); or
* its first sense is a state or a communication and its second is in ``noun.event`` ("a
  scandal", "a crisis": the happening is a usual reading).

Phenomena (``noun.phenomenon``: "the weather", "the result", "the effect") are left out:
most are no happening of their own, and so are the beginnings and causes of things
(``beginning``'s hyponyms: "the start", "the cause", "the onset": a noun about another
happening). So are nouns with a sense that names a group or a person ("the management",
"the opposition": an actor as often as an act), nouns with a thing or a place among their
first two senses ("the ride", "the path": in news as often the thing), plurals of another
noun ("operations") and the
most frequent nouns of the sense-tagged corpus WordNet counts (``cntlist.rev``: "time",
"case", "difference", "change" - frames of any story; the events plugin knows the frequent
nouns of news events itself). A noun used more often as a verb or an adjective than as a
noun ("haul", "halt", "put") goes in a list of its own, ``verbal``: read as a noun only right
after a determiner ("the haul", not "the council put"); one used more often as an adjective
("the worst") is left out, and so is an -s form of a verb ("means"). Run by hand (Debian's ``wordnet-base`` package holds
the files: ``apt-get download wordnet-base && dpkg -x wordnet-base_*.deb wn``); nothing
reads WordNet at run time, and the output holds the words only.

    python bench/build_event_nouns.py wn/usr/share/wordnet
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import regex

OUT = Path("src/newskit/data/event_nouns.json")
#: WordNet's lexicographer files, by number (wndb(5WN), lexnames(5WN))
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
            "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
            "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
            "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time").split()
#: lexicographer files of an act, a happening or a process
EVENTIVE = frozenset({"noun.act", "noun.event", "noun.process"})
#: abstract files whose nouns may name a happening in their second sense
ABSTRACT = frozenset({"noun.state", "noun.communication"})
#: the synsets ``activity`` (any specific activity: its hyponyms are ongoing pursuits) and
#: ``beginning`` (the start or cause of something else)
NOT_UNDER = frozenset({"00407535", "07290905"})
#: lexicographer files of actors: a noun with such a sense may name who acts
ACTORS = frozenset({"noun.group", "noun.person"})
#: lexicographer files of things and places
THINGS = frozenset({"noun.artifact", "noun.location", "noun.object", "noun.body", "noun.substance", "noun.food",
                    "noun.plant", "noun.animal"})
#: a noun tagged this often in WordNet's sense-tagged corpus is a frame of any story
FREQUENT = 100
#: the ordinals and ranking words before a noun that rank it among others ("the first
#: time", "the worst", "the biggest change"), written by hand (a closed class); with
#: superlatives in -est, read by newskit.story.event_nouns
RANKS = ("first", "second", "third", "fourth", "fifth", "last", "latest", "next", "previous", "same", "only",
         "other", "another", "whole", "worst", "most", "least")
_WORD = regex.compile(r"\p{Ll}+(?:-\p{Ll}+)*")
NOTICE = ("WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND "
          "DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, "
          "EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO "
          "REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE "
          "USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, "
          "COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be "
          "used in advertising or publicity pertaining to distribution of the software and/or database. "
          "Title to copyright in this software, database and any associated documentation shall at all "
          "times remain with Princeton University and LICENSEE agrees to preserve same.")


class WordNet:
    """The noun synsets of a WordNet dictionary folder: lexicographer file and hypernyms by
    offset, and each lemma's senses in order of frequency."""

    def __init__(self, folder: Path) -> None:
        self.lexname: dict[str, str] = {}
        self.hypernyms: dict[str, tuple[str, ...]] = {}
        for fields in _records(folder / "data.noun"):
            self.lexname[fields[0]] = LEXNAMES[int(fields[1])]
            self.hypernyms[fields[0]] = _pointers(fields, ("@", "@i"))
        self.senses = {f[0]: tuple(f[-int(f[2]):]) for f in _records(folder / "index.noun")}
        self.counts = _counts(folder / "cntlist.rev")
        self.verbs = frozenset(f[0] for f in _records(folder / "index.verb"))

    def above(self, offset: str) -> frozenset[str]:
        """Every hypernym of a synset, transitively."""
        return _closure(self, offset)


@cache
def _closure(wn: WordNet, offset: str) -> frozenset[str]:
    out: set[str] = set()
    for h in wn.hypernyms.get(offset, ()):
        out |= {h} | _closure(wn, h)
    return frozenset(out)


def _counts(path: Path) -> dict[tuple[str, str], int]:
    """(lemma, part of speech: n, v, a, r) -> times tagged in the sense-tagged corpus."""
    out: dict[tuple[str, str], int] = {}
    with path.open(encoding="latin-1") as f:
        for line in f:
            key, _sense, count = line.split()
            lemma, _, rest = key.partition("%")
            pos = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[rest[0]]
            out[(lemma, pos)] = out.get((lemma, pos), 0) + int(count)
    return out


def _records(path: Path) -> Iterator[list[str]]:
    """The fields of each record line of a WordNet file (the licence header lines start
    with spaces; a data line's gloss after `` | `` is dropped)."""
    with path.open(encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                yield line.partition(" | ")[0].split()


def _pointers(fields: list[str], symbols: tuple[str, ...]) -> tuple[str, ...]:
    """The target offsets of a data line's pointers of the given symbols."""
    i = 4 + 2 * int(fields[3], 16)
    out = []
    for k in range(int(fields[i])):
        symbol, target = fields[i + 1 + 4 * k], fields[i + 2 + 4 * k]
        if symbol in symbols:
            out.append(target)
    return tuple(out)


def eventive(wn: WordNet, lemma: str) -> bool:
    """Whether the noun's usual reading names an act, a happening or a process (the module
    docstring's tests)."""
    senses = wn.senses[lemma]
    noun = wn.counts.get((lemma, "n"), 0)
    if noun >= FREQUENT or wn.counts.get((lemma, "a"), 0) > noun or any(wn.lexname[s] in ACTORS for s in senses):
        return False
    if any(wn.lexname[s] in THINGS for s in senses[:2]):
        return False
    if lemma.endswith("s") and (lemma[:-1] in wn.verbs or lemma[:-1] in wn.senses):
        return False  # "means", "operations": a verb's -s form, a plural
    first = wn.lexname[senses[0]]
    if first in EVENTIVE:
        return not NOT_UNDER & ({senses[0]} | wn.above(senses[0]))
    return first in ABSTRACT and len(senses) > 1 and wn.lexname[senses[1]] == "noun.event"


def event_nouns(wn: WordNet) -> list[str]:
    """The one-word nouns whose usual reading is eventive, sorted."""
    return sorted(w for w in wn.senses if _WORD.fullmatch(w) and eventive(wn, w))


def verbal(wn: WordNet, lemma: str) -> bool:
    """Whether the word is tagged more often as a verb than as a noun."""
    return wn.counts.get((lemma, "v"), 0) > wn.counts.get((lemma, "n"), 0)


def wordnet_args(argv: list[str], doc: str, files: str, out: Path) -> argparse.Namespace:
    """The command line of a WordNet builder: the dict folder (holding ``files``), ``--out``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("wordnet", type=Path, help=f"the WordNet 3.0 dict folder ({files})")
    ap.add_argument("--out", type=Path, default=out)
    return ap.parse_args(argv)


def write_data(out: Path, source: str, lists: dict[str, object]) -> None:
    """Write a builder's data file: its source, WordNet's licence notice, then its lists; and
    say how long each list is."""
    data = {"_source": source, "_licence": NOTICE, **lists}
    out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(", ".join(f"{len(v)} {k}" for k, v in lists.items() if isinstance(v, (list, dict))), "->", out)


def main(argv: list[str]) -> int:
    args = wordnet_args(argv, __doc__ or "", "index.noun, data.noun", OUT)
    wn = WordNet(args.wordnet)
    nouns = event_nouns(wn)
    source = ("Derived by bench/build_event_nouns.py from Princeton WordNet 3.0 (Debian wordnet-base): "
              "one-word nouns whose first sense is in noun.act, noun.event or noun.process and is no "
              "hyponym of 'activity', or whose first sense is abstract and second in noun.event; none "
              "under 'beginning', none with a group or person sense or a thing or place among its first two, no plural, none tagged more often as an "
              "adjective, no -s form of a verb, none tagged 100 times or more in the "
              "sense-tagged corpus (cntlist.rev); 'verbal': those tagged more often as a verb. 'ranks' is written by hand. Words only; no glosses.")
    write_data(args.out, source, {"nouns": [w for w in nouns if not verbal(wn, w)],
                                  "verbal": [w for w in nouns if verbal(wn, w)], "ranks": list(RANKS)})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
