"""Write a hand-written set in CoNLL-2003's shape as CoNLL files, a read and an unread half.

Issue #14: the held-out persons row is CoNLL-2003 testb, whose conventions (results tables,
all-caps headlines, datelines, names with their country in brackets, "Mr" outside the
name) the other written checks do not hold. ``written_s20/persons_conll.txt`` holds such
documents written by hand, a person in square brackets; this script writes them as
CoNLL lines (PER only, every other token ``O``) so ``score.py conll`` scores them
unchanged. Even documents go to ``read.testa`` (errors may be read), odd documents to
``unread.testa`` (summary lines only), and all of them to ``all.testa``:

    .venv/bin/python bench/heldout_like/conll_written.py /tmp/s20
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../../shared/eval/score.py conll /tmp/s20/read.testa
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../../shared/eval/score.py conll /tmp/s20/unread.testa
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent / "written_s20" / "persons_conll.txt"
DOCSTART = "-DOCSTART-"


def documents(path: Path) -> list[list[str]]:
    """The set's documents, each a list of sentence lines (comments dropped)."""
    docs: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.strip() == DOCSTART:
            docs.append([])
        elif docs:
            docs[-1].append(line.strip())
    return docs


def tagged(sentence: str) -> list[tuple[str, str]]:
    """The sentence's tokens with IOB1 tags: ``B-PER`` only where a person follows a person."""
    out: list[tuple[str, str]] = []
    inside, person_just_ended = False, False
    for raw in sentence.split():
        token = raw.removeprefix("[").removesuffix("]")
        if raw.startswith("["):
            inside = True
            out.append((token, "B-PER" if person_just_ended else "I-PER"))
        else:
            out.append((token, "I-PER" if inside else "O"))
        person_just_ended = inside and raw.endswith("]")
        if raw.endswith("]"):
            inside = False
    return out


def conll(docs: list[list[str]]) -> str:
    """The documents as CoNLL-2003 lines (token, two placeholder columns, tag)."""
    lines: list[str] = []
    for doc in docs:
        lines += [f"{DOCSTART} -X- O O", ""]
        for sentence in doc:
            lines += [f"{tok} -X- -X- {tag}" for tok, tag in tagged(sentence)]
            lines.append("")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="directory for read.testa, unread.testa, all.testa")
    ap.add_argument("--set", type=Path, default=HERE, help="the hand-written set")
    args = ap.parse_args()
    docs = documents(args.set)
    args.out.mkdir(parents=True, exist_ok=True)
    halves = {"read": docs[0::2], "unread": docs[1::2], "all": docs}
    for name, part in halves.items():
        (args.out / f"{name}.testa").write_text(conll(part), encoding="utf-8")
        persons = sum(line.count(" [") + line.startswith("[") for doc in part for line in doc)
        print(f"{name}: {len(part)} documents, {persons} persons")


if __name__ == "__main__":
    main()
