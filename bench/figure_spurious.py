"""Spurious ``figures`` findings with the sentence of each amount: what each finding that
matches no gold group compared, so its kind (a part with its total, one article's former
level, a criterion, an age, a capacity...) can be read off the texts rather than guessed from
the summary line. The kinds are ``bench/figure_misses.py``'s; the matching is
``figures_eval``'s, ``--lenient`` by default (exact matching counts ``Four`` against a gold
``four`` as spurious).

Reads the figures ``bench/figure_fit.py cache`` stored (run that first, after a change):

    .venv/bin/python bench/figure_spurious.py --skip set_db --skip set_dc   # every kind, check sets unread
    .venv/bin/python bench/figure_spurious.py --exact "part vs total"     # one kind, exact matching
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figure_fit as ff  # noqa: E402
import figure_misses as fm  # noqa: E402
import figure_steps as fs  # noqa: E402
import figures_eval as fe  # noqa: E402

from newskit import Pipeline  # noqa: E402
from newskit.model import Figure  # noqa: E402
from newskit.story.figure_rates import story_currencies  # noqa: E402
from newskit.vocabulary import using  # noqa: E402


def _context(x: Figure, width: int = 110) -> str:
    """The amount in its sentence, ``width`` characters before it and some after."""
    if x.ref is None or x.evidence is None:
        return ""
    at = x.ref.start - x.evidence.start
    return x.evidence.text[max(0, at - width):at + 80]


def main(argv: list[str]) -> int:
    fe.LENIENT["on"] = "--exact" not in argv
    wanted = [a for i, a in enumerate(argv) if not a.startswith("-") and (i == 0 or argv[i - 1] not in ("--skip", "--only"))]
    shown = 0
    with using(Pipeline.build().vocabulary):
        for name, stories in ff.load(argv):
            for story, figures in stories:
                with story_currencies(figures):
                    for f in fs.StorySteps(figures).findings:
                        kind = fm.spurious_kind(f, story)
                        if kind is None or (wanted and not any(kind.startswith(w) for w in wanted)):
                            continue
                        shown += 1
                        print(f"## {kind} | {name} {story['name']}: {f.summary[:160]}")
                        for x in f.figures:
                            if x.ref is not None:
                                print(f"   [{x.article}] {x.measure!r} «{x.ref.text}» :: {_context(x)!r}")
    print(f"{shown} spurious findings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
