"""PolNeAR scored with quotations in typeset marks counted as direct (issue #14, session 16).

The shared scorer (``../shared/eval/score.py polnear``) counts a gold attribution as direct
when its content holds a double quotation mark (``"``, curly, low, angle); the New York
Times archive types every quotation mark as two apostrophes (``''...''``), so its
quotations are gold "indirect" there. This side measure runs the same scorer, unchanged,
with ``''`` and ````` also counted as double marks on the gold side: the figure a reader of
such archives would expect. Predictions are scored as they are (``direct`` true or false);
pass ``--typeset-direct`` to count a quote whose ``marks`` is ``''`` as direct too.

    PATH=$PWD/.venv/bin:$PATH .venv/bin/python bench/heldout_like/polnear_typeset.py \\
        ../../shared/data/polnear/dev [--typeset-direct] [--pred FILE]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(SCORER if SCORER.exists() else Path("/work/shared/eval")))
    import score  # the shared scorer, unchanged

    score.QUOTE_MARKS = [*score.QUOTE_MARKS, "''", "``"]
    if "--typeset-direct" not in argv:
        return int(score.main(["polnear", *argv]))
    argv = [a for a in argv if a != "--typeset-direct"]
    if "--pred" not in argv:
        docs = score.read_polnear(Path(argv[0]))
        preds, _ = score.run_jsonl(score.EXTRACT_CMD, [a for a, _ in docs], 600)
    else:
        preds = score.load_pred(argv[argv.index("--pred") + 1])
        argv = argv[: argv.index("--pred")] + argv[argv.index("--pred") + 2 :]
    for p in preds:
        for m in p.get("mentions", []):
            if m.get("kind") == "quote" and m.get("marks") == "''":
                m["direct"] = True
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("".join(json.dumps(p) + "\n" for p in preds))
    return int(score.main(["polnear", *argv, "--pred", f.name]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
