"""The story's central event on real multi-outlet news: ECB+ sub-topics as stories.

Issue #10 scores a story's central event by the share of its mentions that the story's
first event holds ("the central event's entry holds >= 70% of its mentions"), on real
stories nobody here has read. The invented sets (``bench/figures_eval.py``) measure it on
news written for newskit; this measures it on real news of 2008-2013: each ECB+ sub-topic
(e.g. ``3ecbplus``, 9-21 articles by different outlets about one seminal event) is a story,
and its **central chain** is the gold cross-document event chain of occurrence type that
the most articles lead with (mention in their first 300 characters: headline and lead
sentence; ties: the most articles, then the most mentions). Reporting, state and aspectual chains
("said", "confirmed") are not candidates: a story is not about its sources speaking.

Convention: ECB+ annotates events only in the sentences ECBplus_coreference_sentences.csv
names, so only those mentions are counted; a gold mention is held when a mention of the
story's first event overlaps it (as ``bench/figures_eval.py`` does for the invented sets).

    python bench/ecb_coref.py extract ../shared/data/ecbplus   # once: the cached analyses
    python bench/ecb_central.py [--topics 1-35] [--headline] [--published 2010-01-01|own|own-all] [-v]

Prints per story: articles, central mentions, held by the first event, found in any event,
the number of story events its mentions are spread over; then totals for odd and even
topics apart (a rule fitted on one half is checked on the other) and for all.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import regex
from ecb_coref import _topics  # the same --topics syntax

from newskit.model import Analysis, DateMention, Story
from newskit.story import build_story

CACHE = Path(".cache/ecb_analyses.pkl")
OCCURRENCE = ("ACTION_OCCURRENCE", "NEG_ACTION_OCCURRENCE")
LEAD_CHARS = 300  # an ECB+ text starts with its headline; 300 characters hold it and the lead


def central_chain(docs: Sequence[Any]) -> list[dict[str, Any]]:
    """The gold mentions of the story's central chain (see the module docstring)."""
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _art, gold, _scored in docs:
        for g in gold:
            mentions[g["chain"]].append(g)

    def occurrence(chain: str) -> bool:
        kinds = Counter(g["type"] in OCCURRENCE for g in mentions[chain])
        return kinds[True] > kinds[False]

    candidates = [c for c in mentions if occurrence(c)]
    if not candidates:
        return []
    best = max(candidates, key=lambda c: (len({g["article"] for g in mentions[c]
                                               if g["start"] < LEAD_CHARS}),
                                          len({g["article"] for g in mentions[c]}),
                                          len(mentions[c]), c))
    return mentions[best]


def held(story: Story, gold: Sequence[dict[str, Any]]) -> tuple[int, int, int, list[str]]:
    """(held by the first event, found in any event, events spread over, missed notes)."""
    owner: dict[int, int] = {}
    for k, event in enumerate(story.events):
        for i, g in enumerate(gold):
            if i not in owner and any(m.article == g["article"] and m.start < g["end"]
                                      and g["start"] < m.end for m in event.mentions):
                owner[i] = k
    first = sum(1 for k in owner.values() if k == 0)
    notes = [f"    {g['article']} {g['text']!r}"
             + (f" (in event {owner[i]}: {story.events[owner[i]].trigger!r})" if i in owner
                else " (no event)")
             for i, g in enumerate(gold) if owner.get(i) != 0]
    return first, len(owner), len(set(owner.values())), notes


def with_headline(analysis: Analysis) -> Analysis:
    """The analysis with its article's first line as its title (the text is unchanged, so
    every offset still slices it)."""
    first = analysis.article.text.split("\n", 1)[0].strip()
    return attrs.evolve(analysis, article=attrs.evolve(analysis.article, title=first or None))


def topic(name: str) -> int:
    return int("".join(ch for ch in name if ch.isdigit()))


def with_published(analysis: Analysis, day: date) -> Analysis:
    """The analysis with its article published on ``day`` (its events keep the times read
    without one): what the story layer does when the same real news comes dated."""
    return attrs.evolve(analysis, article=attrs.evolve(analysis.article, published=day))


def own_day(analysis: Analysis) -> date | None:
    """The full day (``YYYY-MM-DD``) the article's own text names most often, or None: a
    stand-in for the publication day ECB+ does not give (news names the day it reports)."""
    days = Counter(m.value for m in analysis.mentions
                   if isinstance(m, DateMention) and _FULL_DAY.fullmatch(m.value or ""))
    return date.fromisoformat(days.most_common(1)[0][0]) if days else None


_FULL_DAY = regex.compile(r"\d{4}-\d\d-\d\d")


def _dated(analyses: list[Analysis], published: date | str) -> list[Analysis]:
    """The analyses with publication days: one ``date`` for all; ``own``: each article
    its :func:`own_day` (undated when it names none); ``own-all``: those, and the median of
    the story's own days for the articles that name none."""
    if isinstance(published, date):
        return [with_published(a, published) for a in analyses]
    days = [own_day(a) for a in analyses]
    known = sorted(d for d in days if d is not None)
    fill = known[len(known) // 2] if known and published == "own-all" else None
    return [with_published(a, d) if (d := day or fill) is not None else a for a, day in zip(analyses, days, strict=True)]


def _published(value: str) -> date | str:
    return value if value in ("own", "own-all") else date.fromisoformat(value)


def ecb_stories(topics: str, headline: bool, published: date | str | None = None
                ) -> Iterator[tuple[str, str, list[Analysis], list[dict[str, Any]]]]:
    """(name, half, analyses, gold central mentions) of every ECB+ sub-topic of ``topics``
    with a central chain, from the cached analyses (odd and even topics are the halves;
    ``headline``: each article's first line as its title; ``published``: the articles'
    publication days, see :func:`_dated`)."""
    data = pickle.loads(CACHE.read_bytes())
    wanted = _topics(topics)
    for name, docs in data["stories"]:
        if topic(name) not in wanted or not (gold := central_chain(docs)):
            continue
        analyses = [data["analyses"][d[0]["id"]] for d in docs]
        if headline:
            analyses = [with_headline(a) for a in analyses]
        if published is not None:
            analyses = _dated(analyses, published)
        yield name, "odd" if topic(name) % 2 else "even", analyses, gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--topics", default="1-35")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--headline", action="store_true",
                    help="give each article its first line as its title (ECB+ texts open "
                         "with their headline; a user's articles carry it as Article.title)")
    ap.add_argument("--published", type=_published, default=None, metavar="YYYY-MM-DD|own|own-all",
                    help="give every article this publication day, or (own) the full day its own "
                         "text names most, or (own-all) that and the story's median day for the "
                         "rest: the story's rules for dated news (lead predicates, frames, opening "
                         "sentences) then run on real news")
    args = ap.parse_args(argv)
    if not CACHE.is_file():
        sys.stderr.write(f"no {CACHE}: run `python bench/ecb_coref.py extract "
                         "../shared/data/ecbplus` first\n")
        return 2
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for name, half, analyses, gold in ecb_stories(args.topics, args.headline, args.published):
        story = build_story(analyses)
        first, found, spread, notes = held(story, gold)
        lead = story.events[0].trigger if story.events else None
        print(f"{name:<10} {len(analyses):>2} articles  central {len(gold):>3}  first event "
              f"{lead!r} holds {first:>3}  found {found:>3}  over {spread} events")
        if args.verbose:
            print("\n".join(notes))
        for key in (half, "all"):
            t = totals[key]
            t[0] += 1
            t[1] += len(gold)
            t[2] += first
            t[3] += found
            t[4] += spread
    for key in ("odd", "even", "all"):
        stories, gold_n, first, found, spread = totals[key]
        if stories:
            print(f"TOTAL {key:<4} {stories} stories: first event holds {first}/{gold_n} = "
                  f"{first / gold_n:.3f}; in any event {found}/{gold_n} = {found / gold_n:.3f}; "
                  f"spread over {spread / stories:.1f} events per story")
    return 0


if __name__ == "__main__":
    sys.exit(main())
