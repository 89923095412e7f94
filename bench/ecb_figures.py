"""The story's figure findings on real multi-outlet news, for a reading without gold.

Issue #10 asks that at most 30% of the figure findings on real stories nobody here has read
be spurious. The invented sets (``bench/figures_eval.py``) have gold groups; real news with
gold groups of differing figures is not at hand. ECB+ sub-topics are real multi-outlet
stories (2008-2013 web news): this prints each sub-topic's figure findings with every
amount's sentence, so a reader can judge each finding (the same measure told by two or more
outlets, or not) and count. ECB+ annotates events, not figures: the judgement is the
reader's, stated with the count.

ECB+ texts are tokens joined by spaces (``Raj Chohan , 59 , was``, ``22 , 000``, ``9 : 56
AM``, ``59 - year - old``), which no outlet prints; read so, an age or a clock time looks
like a count. By default each text is first given back its print spacing
(:func:`detokenized`: a rough inverse of the corpus's tokenizer) and run through the
pipeline again; ``--as-tokenized`` keeps the cached analyses of the spaced texts.

Protocol (session 56): odd topics are read and their errors may guide a fix; even topics'
outputs are saved at the start and the end and judged together only at the end, so the
even half says whether a fix carries.

    .venv/bin/python bench/ecb_coref.py extract ../shared/data/ecbplus   # the cached analyses
    .venv/bin/python bench/ecb_figures.py --topics 1-35 > /tmp/ecb_figures.txt
    .venv/bin/python bench/ecb_figures.py --half odd --brief    # one line a finding
"""

from __future__ import annotations

import argparse
import sys

import attrs
import regex
from ecb_central import CACHE, _dated, ecb_stories, with_headline

from newskit import Article, Pipeline
from newskit.model import Analysis, Finding
from newskit.story import build_story

#: (pattern, replacement) in order: a number's groups, a clock time, a fraction or date,
#: a hyphenated compound, then the space before closing and after opening punctuation
_DETOK = [(regex.compile(p), r) for p, r in (
    (r"(?<=\d) , (?=\d{3}(?!\d))", ","),  # "22 , 000", "2 , 000ft"
    (r"(?<=\d) : (?=\d\d(?:\b|[AaPp][Mm]\b))", ":"),
    (r"(?<=\d) / (?=\d)", "/"),
    (r"(?<=\w) - (?=\w)", "-"),
    (r"`` ?", '"'),
    (r" ?''", '"'),
    (r" (?=[,.;:!?%)\]]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)", ""),
    (r"(?<=[(\[$#]) ", ""),
    (r"\b([ap])\. m\.", r"\1.m."),
)]


def detokenized(text: str) -> str:
    """``text`` with the spacing of print: ``Chohan, 59, was``, ``22,000``, ``9:56 AM``."""
    for pattern, replacement in _DETOK:
        text = pattern.sub(replacement, text)
    return text


def reread(analyses: list[Analysis], pipe: Pipeline) -> list[Analysis]:
    """Each article's text given back its print spacing and run through ``pipe`` again (its
    title the new text's first line; publication days as ``ecb_central``'s ``own-all``)."""
    fresh = [with_headline(pipe.run(Article(id=a.article.id, text=detokenized(a.article.text))))
             for a in analyses]
    return _dated([attrs.evolve(a) for a in fresh], "own-all")


def _sentence(text: str, start: int, end: int, width: int = 220) -> str:
    """The amount's line of ``text`` around ``start:end``, the amount marked, cut to ``width``."""
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1)
    right = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    stop = min(right) + 1 if right else len(text)
    line = f"{text[left:start].strip()} «{text[start:end]}» {text[end:stop].strip()}"
    return line if len(line) <= width else line[: width - 3] + "..."


def show(finding: Finding, texts: dict[str, str], brief: bool) -> list[str]:
    """A finding's summary line and, unless ``brief``, each amount's article and sentence."""
    out = [f"  [{finding.label}] {finding.measure}: {finding.summary[:200]}"]
    if brief:
        return out
    for fig in finding.figures:
        if fig.ref is None:
            continue
        text = texts.get(fig.ref.article, "")
        out.append(f"      {fig.ref.article}: {_sentence(text, fig.ref.start, fig.ref.end)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--topics", default="1-35")
    ap.add_argument("--half", choices=("odd", "even", "all"), default="all")
    ap.add_argument("--brief", action="store_true", help="one line a finding, no sentences")
    ap.add_argument("--as-tokenized", action="store_true",
                    help="keep the corpus's spaced tokens (the cached analyses) instead of print spacing")
    args = ap.parse_args(argv)
    if not CACHE.is_file():
        sys.stderr.write(f"no {CACHE}: run `python bench/ecb_coref.py extract ../shared/data/ecbplus` first\n")
        return 2
    stories = findings = 0
    pipe = Pipeline.build()
    for name, half, analyses, _gold in ecb_stories(args.topics, headline=True, published="own-all"):
        if args.half != "all" and half != args.half:
            continue
        if not args.as_tokenized:
            analyses = reread(analyses, pipe)
        story = build_story(analyses)
        figs = [f for f in story.conflicts if f.type == "figures"]
        texts = {a.article.id: a.article.text for a in analyses}
        stories += 1
        findings += len(figs)
        print(f"{name:<10} {len(analyses):>2} articles  {len(figs)} figure findings")
        for f in figs:
            print("\n".join(show(f, texts, args.brief)))
    print(f"TOTAL {stories} stories, {findings} figure findings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
