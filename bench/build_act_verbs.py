"""Build src/newskit/data/act_verbs.json from Princeton WordNet 3.0.

The events plugin reads the verbs its trigger lexicon lists, and every kind of news brings
verbs no list had ("jellyfish *clogged* the intake", "the firm *underpaid* 900 staff", "the
boat *flipped*"). Whether such a word is a verb at all, what its base is ("tore" -> tear,
"clogged" -> clog) and which nouns name its act ("underpayment") is English, not the
stories': WordNet lists every verb with its senses (most frequent first), its irregular
forms and its derivational links to nouns. ``story/unknown_acts.py`` reads a verb of this
list as an act of unknown class where the story ties it to its news.

A verb is kept when it is one lower-case word and it is no verb of attitude: its first sense and most of its first
three are in ``verb.cognition``, ``verb.communication``, ``verb.perception``,
``verb.emotion`` or ``verb.stative`` ("believe", "warn", "notice", "fear", "lack": they
frame another predicate or tell a state, not a happening). The most frequent verbs of the
sense-tagged corpus (tagged ``FREQUENT`` times or more: "take", "bring", "give", "leave")
are left out too: frames of any story whose object names the act. Collocations ("touch
down", "catch fire") are left out: most whose head is a light verb are light or aspectual
("come on", "take part"). ``nouns``: each one-word noun a kept verb's sense links to by a derivational
pointer whose synset is in ``noun.act``, ``noun.event`` or ``noun.process``
("underpayment" -> underpay), a noun no other kept verb claims. ``irregular``: the
irregular forms of ``verb.exc`` of the kept verbs. Run by hand (Debian's ``wordnet-base``;
see bench/build_event_nouns.py); nothing reads WordNet at run time, and the output holds the
words only.

    python bench/build_act_verbs.py wn/usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex
from build_event_nouns import _counts, _records, wordnet_args, write_data

OUT = Path("src/newskit/data/act_verbs.json")
#: verb lexicographer files by number (lexnames(5WN))
VERB_FILES = {29: "body", 30: "change", 31: "cognition", 32: "communication", 33: "competition",
              34: "consumption", 35: "contact", 36: "creation", 37: "emotion", 38: "motion",
              39: "perception", 40: "possession", 41: "social", 42: "stative", 43: "weather"}
#: files of verbs of attitude, report and state
ATTITUDE = frozenset({"cognition", "communication", "perception", "emotion", "stative"})
#: noun lexicographer files of an act, a happening or a process (lexnames(5WN) 4, 11, 22)
EVENTIVE_NOUNS = frozenset({4, 11, 22})
#: a verb tagged this often in the sense-tagged corpus frames any story
FREQUENT = 200
#: what the data file says of its origin
SOURCE = ("Derived by bench/build_act_verbs.py from Princeton WordNet 3.0 (Debian wordnet-base): "
          "verbs whose first sense and most of the first three are not in verb.cognition, "
          "verb.communication, verb.perception, verb.emotion or verb.stative, tagged fewer than "
          f"{FREQUENT} times in the sense-tagged corpus, one word; "
          "'nouns': eventive nouns (noun.act, noun.event, noun.process) one kept verb derives by a "
          "derivational pointer; 'irregular': verb.exc forms of the kept verbs. Words only; no glosses.")
_WORD = regex.compile(r"\p{Ll}+(?:-\p{Ll}+)*")


def _verb_senses(folder: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The lexicographer file of every verb synset, and each verb's synsets in order."""
    files = {f[0]: VERB_FILES[int(f[1])] for f in _records(folder / "data.verb")}
    senses = {f[0]: f[-int(f[2]):] for f in _records(folder / "index.verb")}
    return files, senses


def attitude(files: dict[str, str], synsets: list[str]) -> bool:
    """The verb's first sense and most of its first three are of attitude, report or state."""
    first = [files[s] for s in synsets[:3]]
    return first[0] in ATTITUDE and 2 * sum(f in ATTITUDE for f in first) > len(first)


def kept_verbs(folder: Path) -> list[str]:
    """The one-word verbs read as acts (the module docstring)."""
    files, senses = _verb_senses(folder)
    counts = _counts(folder / "cntlist.rev")
    out = []
    for verb, synsets in senses.items():
        tagged = counts.get((verb, "v"), 0)
        if attitude(files, synsets) or tagged >= FREQUENT:
            continue
        if _WORD.fullmatch(verb):
            out.append(verb)
    return sorted(out)


def derived_nouns(folder: Path, verbs: set[str]) -> dict[str, str]:
    """Eventive one-word noun -> the kept verb it is derived from, for nouns one verb claims."""
    noun_file = {f[0]: int(f[1]) for f in _records(folder / "data.noun")}
    noun_words = {f[0]: f[4:4 + 2 * int(f[3], 16):2] for f in _records(folder / "data.noun")}
    claims: dict[str, set[str]] = {}
    for fields in _records(folder / "data.verb"):
        words = fields[4:4 + 2 * int(fields[3], 16):2]
        i = 4 + 2 * int(fields[3], 16)
        for k in range(int(fields[i])):
            symbol, target, pos, st = fields[i + 1 + 4 * k:i + 5 + 4 * k]
            if symbol != "+" or pos != "n" or noun_file.get(target) not in EVENTIVE_NOUNS:
                continue
            src, dst = int(st[:2], 16), int(st[2:], 16)
            verb = words[src - 1].lower() if src else ""
            noun = noun_words[target][dst - 1].lower() if dst else ""
            if verb in verbs and _WORD.fullmatch(noun) and noun != verb:
                claims.setdefault(noun, set()).add(verb)
    return {n: next(iter(vs)) for n, vs in sorted(claims.items()) if len(vs) == 1}


def irregular(folder: Path, verbs: set[str]) -> dict[str, str]:
    """Irregular form -> base, of the kept one-word verbs (``verb.exc``)."""
    out: dict[str, str] = {}
    for fields in _records(folder / "verb.exc"):
        form, bases = fields[0], [b for b in fields[1:] if b in verbs]
        if _WORD.fullmatch(form) and len(bases) == 1:
            out[form] = bases[0]
    return dict(sorted(out.items()))


def main(argv: list[str]) -> int:
    args = wordnet_args(argv, __doc__ or "", "index.verb, data.verb, verb.exc", OUT)
    verbs = kept_verbs(args.wordnet)
    one = set(verbs)
    write_data(args.out, SOURCE, {"verbs": verbs, "nouns": derived_nouns(args.wordnet, one),
                                  "irregular": irregular(args.wordnet, one)})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
