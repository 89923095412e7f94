"""Why a central gold mention is in no story event: counted by kind over ECB+ stories.

``bench/ecb_central.py`` counts the central chain's gold mentions held by the story's first
event and those in any event; this sorts the ones in NO event by the first step of the
pipeline that lost them (issue #10):

- ``story``: an event mention of the article overlaps it, but no story event holds it;
- ``grouping``: a trigger was kept but its article event went (a generic activity, ...);
- ``support`` / ``name`` / ``sentence``: a trigger found and dropped by that filter
  (a support verb of an event noun, inside a name, outside every sentence);
- ``negated`` / ``no object``: a trigger reading, vetoed by its context;
- ``context``: the lexicon knows the word, but no sense of it holds in its context;
- ``not a trigger: verbal / nominal / adjectival / phrasal / pronoun / name``: the
  lexicon has no reading of the word at all (its part of speech guessed from its form and
  the word before: enough to sort the table, not a tagger).

    python bench/ecb_missed.py [--topics 1-35] [--headline] [-v]
    python bench/ecb_missed.py --sets [SET ...] [-v]   # the committed story sets instead

With ``--sets`` the stories are the committed invented sets (``bench/stories/set_*`` and set
C, ``bench/figures_eval.py``'s central gold mentions); its halves are A (sets central*, d,
denials*, e, f, figures*) and B (the others), as in docs/accuracy.md's session 12 table.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import figures_eval as fe
from ecb_central import CACHE, ecb_stories

from newskit import Article, Pipeline
from newskit.actors import ActorIndex, find_actors
from newskit.model import Analysis, PersonMention, Story
from newskit.story import build_story
from newskit.text import sentences
from newskit_events.lexicon import lexicon
from newskit_events.mention import Trigger, words_before
from newskit_events.triggers import (
    _NEGATION,
    _NO_OBJECT,
    _TOKEN,
    drop_support,
    find_triggers,
    is_verb,
)

_PRONOUNS = frozenset("it this that which these those they one what its them".split())
_DETERMINERS = frozenset("the a an his her its their this that these those our my your no any".split())
_AUX = frozenset("to will would could may might can should must did does do not be is was were been "
                 "has have had being".split())
_ADJ_ENDINGS = ("ous", "ful", "ive", "able", "ible", "al", "ic", "less")


def _overlaps(a: int, b: int, s: int, e: int) -> bool:
    return a < e and s < b


def word_kind(text: str, g: dict[str, Any]) -> str:
    """The guessed part of speech of a gold mention no reading knows."""
    words = g["text"].split()
    if len(words) > 1:
        return "phrasal"
    low = words[0].lower().strip(".,'\"")
    if low in _PRONOUNS:
        return "pronoun"
    before = words_before(text, g["start"], 1)
    if words[0][:1].isupper() and before and text[max(0, g["start"] - 2):g["start"]].strip() not in (".", ""):
        return "name"
    if before and before[0] in _DETERMINERS:
        return "adjectival" if low.endswith(_ADJ_ENDINGS) or low in ("dead", "fatal") else "nominal"
    if (before and before[0] in _AUX) or low.endswith(("ed", "ing")):
        return "verbal"
    if low in ("dead", "fatal") or low.endswith(_ADJ_ENDINGS):
        return "adjectival"
    return "nominal" if low.endswith("s") else "verbal"


def _lost_trigger(a: Analysis, g: dict[str, Any]) -> str | None:
    """The filter of the events plugin that dropped a trigger found over ``g``, if any."""
    text = a.article.text
    raw = [t for t in find_triggers(text) if _overlaps(t[0], t[1], g["start"], g["end"])]
    if not raw:
        return None
    sents = sentences(text)
    persons = [m for m in a.mentions if isinstance(m, PersonMention)]
    index = ActorIndex(find_actors(text, persons))
    s, e, form, cls, lemma, by_prev, _verbal = raw[0]
    si = next((i for i, sp in enumerate(sents) if sp.start <= s < sp.end), None)
    if si is None:
        return "sentence"
    from newskit_events.triggers import inside_name
    if inside_name(index, s, e, _verbal):
        return "name"
    trig = Trigger(s, e, text[s:e], cls, form, is_verb(text, s, form, lemma), si, lemma, by_prev)
    # drop_support reads the neighbours: run it over the article's triggers
    everything = [Trigger(t[0], t[1], text[t[0]:t[1]], t[3], t[2], is_verb(text, t[0], t[2], t[4]), 0, t[4], t[5])
                  for t in find_triggers(text)]
    kept = drop_support(text, everything)
    if not any(k.start == trig.start for k in kept):
        return "support"
    return "grouping"


def _vetoed(text: str, g: dict[str, Any]) -> str | None:
    """Whether a word the lexicon knows was vetoed by its context (or no sense held)."""
    lex = lexicon()
    for m in _TOKEN.finditer(text, g["start"], g["end"]):
        form = m.group().lower()
        if not lex.candidates_known(form):
            continue
        before = words_before(text, m.start(), 4)
        if any(w in _NEGATION or w.endswith(("n't", "n’t")) for w in before[-2:]):
            return "negated"
        after = [w for w in text[m.end():m.end() + 80].lower().split()][:1]
        if after and after[0].strip(".,") in _NO_OBJECT:
            return "no object"
        return "context"
    return None


def reason(a: Analysis, g: dict[str, Any]) -> str:
    """Why gold mention ``g`` of article ``a`` is in no story event."""
    if any(_overlaps(m.start, m.end, g["start"], g["end"]) for e in a.events for m in e.mentions):
        return "story"
    lost = _lost_trigger(a, g)
    if lost is not None:
        return lost
    vetoed = _vetoed(a.article.text, g)
    if vetoed is not None:
        return vetoed
    return "not a trigger: " + word_kind(a.article.text, g)


def missed(story: Story, gold: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold mentions no story event overlaps."""
    return [g for g in gold if not any(m.article == g["article"] and _overlaps(m.start, m.end, g["start"], g["end"])
                                       for e in story.events for m in e.mentions)]


def set_half(name: str) -> str:
    """Half A or B of the committed sets (docs/accuracy.md, session 12)."""
    return "odd" if name.startswith(("set_central", "set_denials", "set_figures")) or name in (
        "set_d", "set_e", "set_f") else "even"


def set_stories(names: list[str]) -> Iterator[tuple[str, str, list[Analysis], list[dict[str, Any]]]]:
    """(name, half, analyses, gold central mentions) of every committed story set's story."""
    pipeline = Pipeline.build()
    for set_name, files in fe.chosen_sets(names):
        for f in files:
            story = fe._story_file(f)
            analyses = [pipeline.run(Article.from_dict(a)) for a in story["articles"]]
            texts = {a["id"]: a["text"] for a in story["articles"]}
            gold = [{"article": art, "start": s, "end": e, "text": texts[art][s:e]}
                    for art, s, e in sorted(fe._gold_spans(story))]
            yield f"{set_name}/{f.stem}", set_half(set_name), analyses, gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--topics", default="1-35")
    ap.add_argument("--headline", action="store_true")
    ap.add_argument("--sets", nargs="*", default=None, metavar="SET",
                    help="the committed story sets (all when none is named) instead of ECB+")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.sets is None and not CACHE.is_file():
        sys.stderr.write(f"no {CACHE}: run `python bench/ecb_coref.py extract ../shared/data/ecbplus` first\n")
        return 2
    stories = set_stories(args.sets) if args.sets is not None else ecb_stories(args.topics, args.headline)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    words: dict[str, Counter[str]] = defaultdict(Counter)
    total = Counter[str]()
    for name, half, analyses, gold in stories:
        arts = {a.article.id: a for a in analyses}
        total[half] += len(gold)
        for g in missed(build_story(list(arts.values())), gold):
            why = reason(arts[g["article"]], g)
            kinds[half][why] += 1
            words[why][g["text"].lower()] += 1
            if args.verbose:
                print(f"{name:<10} {g['article']:<14} {why:<28} {g['text']!r}")
    halves = ("A", "B") if args.sets is not None else ("odd", "even")
    print(f"{'kind':<32} {halves[0]:>5} {halves[1]:>5} {'all':>5}")
    for why in sorted(set(kinds["odd"]) | set(kinds["even"]), key=lambda k: -(kinds["odd"][k] + kinds["even"][k])):
        o, e = kinds["odd"][why], kinds["even"][why]
        top = ", ".join(f"{w} {n}" for w, n in words[why].most_common(6))
        print(f"{why:<32} {o:>5} {e:>5} {o + e:>5}   {top}")
    o, e = sum(kinds["odd"].values()), sum(kinds["even"].values())
    print(f"{'in no event':<32} {o:>5} {e:>5} {o + e:>5}   of central mentions "
          f"{total['odd']} / {total['even']} / {total['odd'] + total['even']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
