"""Reading articles from files, folders and stdin, one result per input, never a crash.

Every input yields either an :class:`~newskit.Article` or an :class:`~newskit.ErrorRecord`
(stage ``read``) naming the input and what was wrong with it: undecodable bytes, binary
data, an empty text, a text over the size limit, a malformed JSON line. A batch goes on
past a bad input and nothing is silently dropped.

Formats: ``.txt`` (the whole file is one article; an optional ``meta.json`` in the same
folder maps file names to metadata such as ``published``), ``.json`` (one article object
or a list of them), ``.jsonl`` (one article object per line) and ``-`` (stdin: JSON Lines
when the first non-blank character is ``{``, else one plain-text article).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Union

from newskit.dates_iso import parse_published
from newskit.model import Article, ErrorRecord

__all__ = ["MAX_CHARS", "ReadResult", "read_inputs", "read_jsonl_stream"]

#: Inputs longer than this many characters are refused with a ``TooLarge`` record.
MAX_CHARS = 5_000_000

ReadResult = Union[Article, ErrorRecord]
_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}


def _err(code: str, message: str, input: str) -> ErrorRecord:
    return ErrorRecord(stage="read", error=code, message=message, input=input)


def _decode(data: bytes, name: str) -> str | ErrorRecord:
    if b"\x00" in data[:8192]:
        return _err("BinaryInput", f"{name}: looks binary (NUL bytes), not text", name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _err("EncodingError", f"{name}: not valid UTF-8 at byte {exc.start} "
                    f"({exc.reason}); re-encode the file as UTF-8", name)


def _check_text(article: Article, name: str, max_chars: int) -> ReadResult:
    if not article.text.strip():
        return _err("EmptyText", f"{name}: the article text is empty", article.id or name)
    if len(article.text) > max_chars:
        return _err("TooLarge", f"{name}: {len(article.text):,} characters is over the "
                    f"limit of {max_chars:,}", article.id or name)
    if "\x00" in article.text:
        return _err("BinaryInput", f"{name}: the text contains NUL characters", article.id or name)
    return article


def _from_mapping(obj: Any, name: str, default_id: str, defaults: Mapping[str, Any],
                  max_chars: int) -> ReadResult:
    try:
        if isinstance(obj, Mapping):
            obj = {**defaults, **{k: v for k, v in obj.items() if v is not None or k not in defaults}}
        art = Article.from_dict(obj, default_id=default_id)
    except (TypeError, ValueError) as exc:
        rid = obj.get("id") if isinstance(obj, Mapping) else None
        return _err("InvalidArticle", f"{name}: {exc}", str(rid) if rid is not None else default_id)
    return _check_text(art, name, max_chars)


def read_jsonl_stream(lines: Iterable[str], name: str, defaults: Mapping[str, Any] | None = None,
                      max_chars: int = MAX_CHARS, first_line: int = 1) -> Iterator[ReadResult]:
    """One result per non-blank line of a JSON Lines stream (ids default to ``name:line``)."""
    for n, line in enumerate(lines, first_line):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _err("MalformedJSON", f"{where}: {exc.msg} (column {exc.colno})", where)
            continue
        yield _from_mapping(obj, where, where, defaults or {}, max_chars)


def _sidecar(folder: Path, cache: dict[Path, Mapping[str, Any] | ErrorRecord]) -> Mapping[str, Any] | ErrorRecord:
    if folder not in cache:
        meta = folder / "meta.json"
        if not meta.is_file():
            cache[folder] = {}
        else:
            try:
                data = json.loads(meta.read_text(encoding="utf-8"))
                if not isinstance(data, dict):
                    raise ValueError("meta.json must map file names to objects")
                cache[folder] = data
            except (ValueError, UnicodeDecodeError) as exc:
                cache[folder] = _err("MalformedJSON", f"{meta}: {exc}", str(meta))
    return cache[folder]


def _expand(paths: Iterable[str]) -> Iterator[str]:
    for p in paths:
        if p != "-" and os.path.isdir(p):
            for child in sorted(Path(p).iterdir()):
                if child.is_file() and child.name != "meta.json" and \
                        child.suffix.lower() in _TEXT_SUFFIXES | _JSON_SUFFIXES:
                    yield str(child)
        else:
            yield p


def read_inputs(paths: Iterable[str], *, published: dt.date | dt.datetime | str | None = None,
                stdin: IO[str] | None = None, max_chars: int = MAX_CHARS) -> Iterator[ReadResult]:
    """Articles (or error records) from paths, folders and ``-`` (stdin), in order.

    ``published`` is the default publication date for inputs that state none.
    """
    defaults: dict[str, Any] = {}
    if published is not None:
        defaults["published"] = parse_published(published)
    sidecars: dict[Path, Mapping[str, Any] | ErrorRecord] = {}
    for p in _expand(paths):
        if p == "-":
            yield from _read_stdin(stdin or sys.stdin, defaults, max_chars)
            continue
        path = Path(p)
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield _err("ReadError", f"{p}: {exc.strerror or exc}", p)
            continue
        text = _decode(data, p)
        if isinstance(text, ErrorRecord):
            yield text
            continue
        suffix = path.suffix.lower()
        if suffix in {".jsonl", ".ndjson"}:
            yield from read_jsonl_stream(text.splitlines(), p, defaults, max_chars)
        elif suffix == ".json":
            yield from _read_json_doc(text, p, defaults, max_chars)
        else:
            meta = _sidecar(path.parent, sidecars)
            if isinstance(meta, ErrorRecord):
                yield meta
                meta = {}
            own = meta.get(path.name) or meta.get(path.stem) or {}
            if not isinstance(own, Mapping):
                own = {}
            yield _from_mapping({"id": path.stem, **own, "text": text}, p, path.stem, defaults, max_chars)


def _read_json_doc(text: str, name: str, defaults: Mapping[str, Any], max_chars: int) -> Iterator[ReadResult]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        # a .json file may really be JSON Lines
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and lines[0].lstrip().startswith("{"):
            yield from read_jsonl_stream(text.splitlines(), name, defaults, max_chars)
        else:
            yield _err("MalformedJSON", f"{name}: {exc.msg} (line {exc.lineno}, column {exc.colno})", name)
        return
    items = obj if isinstance(obj, list) else [obj]
    for k, item in enumerate(items):
        where = f"{name}[{k}]" if isinstance(obj, list) else name
        yield _from_mapping(item, where, where, defaults, max_chars)


def _read_stdin(stream: IO[str], defaults: Mapping[str, Any], max_chars: int) -> Iterator[ReadResult]:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        # read bytes so a bad byte becomes an error record for one line, not a crash
        lines: Iterator[str | ErrorRecord] = _decoded_lines(buffer)
    else:
        lines = iter(stream)
    first: list[str | ErrorRecord] = []
    for line in lines:
        first.append(line)
        if isinstance(line, ErrorRecord) or line.strip():
            break
    head = next((x for x in first if isinstance(x, str) and x.strip()), "")
    if head.lstrip().startswith("{"):
        n = 0
        for line in _chain(first, lines):
            n += 1
            if isinstance(line, ErrorRecord):
                yield line
                continue
            yield from read_jsonl_stream([line], "stdin", defaults, max_chars, first_line=n)
        return
    parts: list[str] = []
    for line in _chain(first, lines):
        if isinstance(line, ErrorRecord):
            yield line
            return
        parts.append(line)
    text = "".join(parts)
    if "\x00" in text:
        yield _err("BinaryInput", "stdin: looks binary (NUL bytes), not text", "stdin")
        return
    yield _from_mapping({"id": "stdin", "text": text}, "stdin", "stdin", defaults, max_chars)


def _chain(first: list[str | ErrorRecord], rest: Iterator[str | ErrorRecord]) -> Iterator[str | ErrorRecord]:
    yield from first
    yield from rest


def _decoded_lines(buffer: IO[bytes]) -> Iterator[str | ErrorRecord]:
    for n, raw in enumerate(buffer, 1):
        try:
            yield raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield _err("EncodingError", f"stdin:{n}: not valid UTF-8 at byte {exc.start} ({exc.reason})",
                       f"stdin:{n}")
