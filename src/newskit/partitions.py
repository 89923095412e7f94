"""Cutting the input into partitions a worker reads and analyses on its own.

Why a module apart from the Dask engine: cutting needs no Dask (it is plain file
scanning), so it is tested and usable without the extra, and any engine can use it.

A partition is one of: a run of whole files (``.txt``, ``.json``...), a byte range of a
JSON Lines file that starts and ends at line starts, or records already read by the
driver (stdin, which a worker cannot open). Reading a partition gives exactly the records
:func:`newskit.readers.read_inputs` gives for the same part of the input, with the same
ids (``file.jsonl:LINE`` counts lines as ``str.splitlines`` does), so an engine that
reads partitions in order writes what the default engine writes. Large JSON Lines files
are scanned once, a line at a time, to find the cut points: never loaded whole.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from newskit.model import ErrorRecord
from newskit.readers import (
    MAX_CHARS,
    InputRef,
    ReadResult,
    expand_inputs,
    read_input,
    read_inputs,
    read_jsonl_bytes,
)

__all__ = ["DEFAULT_BLOCKSIZE", "Partition", "partitions", "read_partition"]

#: Bytes of input per partition: big enough that task overhead is negligible (a
#: mebibyte is seconds of analysis), small enough to spread a modest file over workers.
DEFAULT_BLOCKSIZE = 1 << 20

_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: the default reader looks for NUL bytes in this many leading bytes of a file
_BINARY_PROBE = 8192


@frozen(kw_only=True)
class Partition:
    """One task's share of the input.

    Exactly one form is used: ``path`` with ``start``/``end`` (a byte range of a JSON
    Lines file, ``first_line`` its first line's number), ``files`` (whole files), or
    ``records`` (already read, e.g. from stdin).
    """

    path: str | None = None
    start: int = 0
    end: int = 0
    first_line: int = 1
    files: tuple[InputRef, ...] = ()
    records: tuple[ReadResult, ...] = ()


def _jsonl_ranges(path: str, blocksize: int) -> list[Partition] | None:
    """Byte ranges of a JSON Lines file cut at line starts, or None when the file cannot
    be cut (unreadable, binary, not UTF-8): the default reader's single error record for
    the whole file is then what a whole-file partition reproduces."""
    try:
        f = open(path, "rb")
    except OSError:
        return None
    out: list[Partition] = []
    with f:
        if b"\x00" in f.read(_BINARY_PROBE):
            return None
        f.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        pos = start = 0
        line = first = 1
        for raw in f:
            try:
                decoder.decode(raw)
            except UnicodeDecodeError:
                return None
            pos += len(raw)
            # a raw piece ends at "\n", so "\r\n" is never split; lines are counted as the
            # reader counts them (LF, CR LF, CR: never Unicode separators inside a string)
            line += len(raw.splitlines()) or 1
            if pos - start >= blocksize:
                out.append(Partition(path=path, start=start, end=pos, first_line=first))
                start, first = pos, line
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return None
        if pos > start or not out:
            out.append(Partition(path=path, start=start, end=pos, first_line=first))
    return out


def partitions(paths: Iterable[str], *, blocksize: int = DEFAULT_BLOCKSIZE,
               published: dt.date | dt.datetime | str | None = None,
               stdin_batch: int = 64, max_chars: int = MAX_CHARS,
               follow_links: bool = False) -> Iterator[Partition]:
    """The partitions of ``paths`` (files, folders, ``-``) in input order, lazily.

    Whole files are grouped until a group holds ``blocksize`` bytes; a JSON Lines file
    is cut into ranges of about ``blocksize`` bytes; stdin is read here (only the driver
    can) into partitions of ``stdin_batch`` records, ``published`` applied as the
    default reader applies it.
    """
    group: list[InputRef] = []
    size = 0
    for ref in expand_inputs(paths, follow_links=follow_links):
        if isinstance(ref, ErrorRecord):  # a folder entry not read, a bad meta.json
            if group:
                yield Partition(files=tuple(group))
                group, size = [], 0
            yield Partition(records=(ref,))
            continue
        p = ref.path
        cut = None
        if p != "-" and Path(p).suffix.lower() in _JSONL_SUFFIXES and os.path.isfile(p):
            cut = _jsonl_ranges(p, blocksize)
        if p != "-" and cut is None:
            group.append(ref)
            size += _size(p)
            if size >= blocksize:
                yield Partition(files=tuple(group))
                group, size = [], 0
            continue
        if group:
            yield Partition(files=tuple(group))
            group, size = [], 0
        if cut is not None:
            yield from cut
        else:
            yield from _stdin_partitions(stdin_batch, published, max_chars)
    if group:
        yield Partition(files=tuple(group))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _stdin_partitions(batch: int, published: dt.date | dt.datetime | str | None,
                      max_chars: int) -> Iterator[Partition]:
    records: list[ReadResult] = []
    for r in read_inputs(["-"], published=published, max_chars=max_chars):
        records.append(r)
        if len(records) >= batch:
            yield Partition(records=tuple(records))
            records = []
    if records:
        yield Partition(records=tuple(records))


def read_partition(part: Partition, *, published: dt.date | dt.datetime | str | None = None,
                   max_chars: int = MAX_CHARS) -> list[ReadResult]:
    """The records of one partition, exactly as the default reader gives them.

    ``published`` is the default publication date for articles that state none; stdin
    partitions were read by the driver with its own default already applied.
    """
    if part.files:
        sidecars: dict[Path, Mapping[str, Any]] = {}
        return [r for ref in part.files for r in read_input(
            ref, published=published, max_chars=max_chars, sidecars=sidecars)]
    if part.path is None:
        return list(part.records)
    with open(part.path, "rb") as f:
        f.seek(part.start)
        data = f.read(part.end - part.start)
    return list(read_jsonl_bytes(data.splitlines(keepends=True), part.path,
                                 first_line=part.first_line, file_start=part.start == 0,
                                 published=published, max_chars=max_chars))
