#!/usr/bin/env python3
"""Build the benchmark corpus: real English news text as newskit articles.

Writes ``bench/corpus/news.jsonl`` (gitignored, regenerated on demand), one article
``{"id", "text", "published"}`` a line, from the read-only shared data:

  seeds     the five seed articles (``shared/seeds/*.txt``, dates from ``meta.json``)
  tbaq      TempEval-3 TimeBank + AQUAINT ``.tml`` files: the ``<TEXT>`` body with every XML
            tag stripped and entities unescaped; ``published`` = the DCT value
  polnear   PolNeAR dev texts (2016 US election news); ``published`` from ``metadata.tsv``
  conll     CoNLL-2003 ``eng.testa`` documents (Reuters 1996) rebuilt as text: tokens
            joined with simple detokenisation, a sentence a line; ``published`` = the
            first ISO date among the document's first tokens (the dateline), if any

The order is fixed (source, then sorted file name) so the corpus is byte-for-byte the same
on every run. Standard library only, so any interpreter can build it.

    python bench/corpus.py [--shared ../shared] [--out bench/corpus/news.jsonl]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"
DEFAULT_OUT = HERE / "corpus" / "news.jsonl"
MIN_BYTES = 1_000_000

Article = dict[str, str | None]

TAG = re.compile(r"<[^<>]*>")
TEXT_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\"", re.S)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def seeds(shared: Path) -> Iterator[Article]:
    folder = shared / "seeds"
    meta_path = folder / "meta.json"
    meta: dict[str, dict[str, str]] = (
        json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    )
    for path in sorted(folder.glob("*.txt")):
        if path.name.upper().startswith("README"):
            continue
        yield {
            "id": f"seeds/{path.stem}",
            "text": path.read_text(encoding="utf-8"),
            "published": meta.get(path.name, {}).get("published"),
        }


def tbaq(shared: Path) -> Iterator[Article]:
    for path in sorted((shared / "data" / "tbaq").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = TEXT_BODY.search(raw)
        if not body:
            continue
        text = html.unescape(TAG.sub("", body.group(1))).strip("\n") + "\n"
        dct = DCT.search(raw)
        yield {"id": f"tbaq/{path.stem}", "text": text, "published": dct.group(1) if dct else None}


def polnear(shared: Path) -> Iterator[Article]:
    root = shared / "data" / "polnear"
    dates: dict[str, str] = {}
    tsv = root / "metadata.tsv"
    if tsv.exists():
        rows = tsv.read_text(encoding="utf-8").splitlines()
        head = rows[0].split("\t")
        fi, di = head.index("filename"), head.index("publication_date")
        for row in rows[1:]:
            cells = row.split("\t")
            if len(cells) > max(fi, di) and cells[di] not in ("", "None"):
                dates[cells[fi]] = cells[di]
    for path in sorted((root / "dev" / "text").glob("*.txt")):
        yield {
            "id": f"polnear/{path.stem}",
            "text": path.read_text(encoding="utf-8"),
            "published": dates.get(path.stem),
        }


NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re",
                   "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}


def detokenize(tokens: list[str]) -> str:
    """Tokens back to a plain sentence: no space before closing punctuation and clitics,
    none after opening brackets; straight double quotes alternate open/close."""
    out: list[str] = []
    quote_open = False
    glue_next = False
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out.append(tok)
            else:
                if out:
                    out.append(" ")
                out.append(tok)
                glue_next = True
            quote_open = not quote_open
            continue
        if out and not glue_next and tok not in NO_SPACE_BEFORE:
            out.append(" ")
        out.append(tok)
        glue_next = tok in NO_SPACE_AFTER
    return "".join(out)


def conll(shared: Path) -> Iterator[Article]:
    path = shared / "data" / "conll2003" / "eng.testa"
    docs: list[list[list[str]]] = []
    sent: list[str] = []
    doc: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-") or not line.strip():
            if sent:
                doc.append(sent)
                sent = []
            if line.startswith("-DOCSTART-") and doc:
                docs.append(doc)
                doc = []
            continue
        sent.append(line.split()[0])
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    for k, d in enumerate(docs):
        head = [t for s in d[:3] for t in s]
        date = next((t for t in head if ISO_DATE.fullmatch(t)), None)
        text = "".join(detokenize(s) + "\n" for s in d)
        yield {"id": f"conll/{path.stem}-{k}", "text": text, "published": date}


SOURCES = {"seeds": seeds, "tbaq": tbaq, "polnear": polnear, "conll": conll}


def build(shared: Path) -> list[Article]:
    return [a for fn in SOURCES.values() for a in fn(shared) if a["text"]]


def load(path: Path = DEFAULT_OUT) -> list[Article]:
    """Read a built corpus (one JSON article a line)."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ensure(path: Path = DEFAULT_OUT, shared: Path = DEFAULT_SHARED) -> Path:
    """Build the corpus at ``path`` unless it is already there."""
    if not path.exists():
        write(build(shared), path)
    return path


def write(articles: list[Article], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for art in articles:
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
    tmp.replace(out)


def describe(articles: list[Article]) -> str:
    chars = sum(len(a["text"] or "") for a in articles)
    nbytes = sum(len((a["text"] or "").encode("utf-8")) for a in articles)
    parts = []
    for name in SOURCES:
        sel = [a for a in articles if str(a["id"]).startswith(name + "/")]
        parts.append(f"{name} {len(sel)} articles / {sum(len(a['text'] or '') for a in sel):,} chars")
    return (f"{len(articles)} articles, {chars:,} chars, {nbytes:,} bytes of text "
            f"({nbytes / 1e6:.2f} MB): " + "; ".join(parts))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help=f"the shared folder (default {DEFAULT_SHARED})")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    articles = build(args.shared)
    nbytes = sum(len((a["text"] or "").encode("utf-8")) for a in articles)
    if nbytes < MIN_BYTES:
        print(f"corpus: only {nbytes:,} bytes of text (< {MIN_BYTES:,}); is {args.shared} complete?",
              file=sys.stderr)
        return 1
    write(articles, args.out)
    print(f"corpus: wrote {args.out}: {describe(articles)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
