"""Split the development corpora by documents into a half to develop on and an unseen half.

Issue #14: dev figures rise easily when rules are written while reading dev errors; the
held-out splits do not follow. To estimate the held-out figure before it is scored, rules
are developed while reading errors on the ``seen`` half only, and the ``unseen`` half is
scored for aggregate figures, never read for errors.

* PolNeAR: within each outlet, documents sorted by name (outlet_date_slug): the first half
  of each outlet's documents is ``seen``, the second ``unseen`` (so both halves hold every
  outlet's style, as the test split does, but different dates and stories).
* CoNLL-2003: the documents of the file in order, the first half ``seen``, the second
  ``unseen`` (testa's stories are in date order, so the halves are different news days).
* TimeML (TimeBank + AQUAINT, the TempEval-3 training data): a fixed hash split of the
  document ids (the first byte of the SHA-1 of the file's stem, even ``seen``, odd
  ``unseen``), so both halves hold both sources (WSJ and broadcast of the late 1980s-90s,
  and the 1998-2000 wires) as the TempEval-3 platinum test mixes outlets; each file keeps
  its source folder.

Both halves are written in the corpus's own format, so ``../shared/eval/score.py`` scores
them unchanged:

    .venv/bin/python bench/heldout_like/split_dev.py ../shared/data /tmp/split
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py polnear /tmp/split/polnear/seen/dev
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py polnear /tmp/split/polnear/unseen/dev
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py conll /tmp/split/conll/seen.testa
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py conll /tmp/split/conll/unseen.testa
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py timeml /tmp/split/timeml/seen
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py timeml /tmp/split/timeml/unseen
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
from collections import defaultdict
from pathlib import Path


def split_polnear(src: Path, out: Path) -> dict[str, int]:
    """Copy each outlet's first half of documents to ``seen`` and the rest to ``unseen``."""
    by_outlet: dict[str, list[Path]] = defaultdict(list)
    for txt in sorted((src / "dev" / "text").glob("*.txt")):
        by_outlet[txt.stem.split("_", 1)[0]].append(txt)
    counts = {"seen": 0, "unseen": 0}
    anns = sorted((src / "dev" / "attributions").glob("*.ann"))
    for half in counts:
        for sub in ("text", "attributions"):
            (out / half / "dev" / sub).mkdir(parents=True, exist_ok=True)
        if (src / "metadata.tsv").exists():
            shutil.copy(src / "metadata.tsv", out / half / "metadata.tsv")
    for docs in by_outlet.values():
        cut = len(docs) // 2
        for k, txt in enumerate(docs):
            half = "seen" if k < cut else "unseen"
            counts[half] += 1
            shutil.copy(txt, out / half / "dev" / "text" / txt.name)
            for ann in anns:
                if ann.stem.rsplit("_", 1)[0] == txt.stem:
                    shutil.copy(ann, out / half / "dev" / "attributions" / ann.name)
    return counts


def split_conll(src: Path, out: Path) -> dict[str, int]:
    """Write the first half of the -DOCSTART- documents to seen.testa, the rest to unseen.testa."""
    docs: list[list[str]] = []
    for line in src.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("-DOCSTART-"):
            docs.append([])
        if docs:
            docs[-1].append(line)
    cut = len(docs) // 2
    out.mkdir(parents=True, exist_ok=True)
    (out / "seen.testa").write_text("".join("".join(d) for d in docs[:cut]), encoding="utf-8")
    (out / "unseen.testa").write_text("".join("".join(d) for d in docs[cut:]), encoding="utf-8")
    return {"seen": cut, "unseen": len(docs) - cut}


def timeml_half(stem: str) -> str:
    """The half a TimeML document belongs to: fixed by its id alone, not by its content."""
    return "seen" if hashlib.sha1(stem.encode("utf-8")).digest()[0] % 2 == 0 else "unseen"


def split_timeml(src: Path, out: Path) -> dict[str, int]:
    """Copy each .tml file to ``seen/<source>/`` or ``unseen/<source>/`` by the hash of its id."""
    counts = {"seen": 0, "unseen": 0}
    for tml in sorted(src.rglob("*.tml")):
        half = timeml_half(tml.stem)
        dest = out / half / tml.parent.relative_to(src)
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy(tml, dest / tml.name)
        counts[half] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    print("polnear", split_polnear(args.data / "polnear", args.out / "polnear"))
    print("conll", split_conll(args.data / "conll2003" / "eng.testa", args.out / "conll"))
    print("timeml", split_timeml(args.data / "tbaq", args.out / "timeml"))


if __name__ == "__main__":
    main()
