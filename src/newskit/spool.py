"""A text buffer that holds a long text on disk, not in memory, until it is copied out.

A record is written whole or not at all: when a value fails half-way, the article's
record is the fallback that says why (docs/robustness.md), so what was made must wait
until all of it is made. A long article's JSON record is about nine characters per
character of text (45 MB for a 4.9 MB article), and it waited in memory on top of
everything the run still held: the end of the run was its peak. A :class:`Spool` keeps up
to ``limit`` characters in memory (every ordinary article's record) and moves the rest to
an anonymous temporary file, which the operating system removes when it is closed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterable
from types import TracebackType
from typing import TextIO

__all__ = ["SPOOL_CHARS", "Spool", "SpoolError"]

#: characters a spool holds in memory before it moves them to a temporary file
SPOOL_CHARS = 1 << 20

#: characters copied out at a time
_COPY_CHARS = 1 << 16


class SpoolError(Exception):
    """The spool's temporary file could not be written (a full disk): nothing is copied
    out yet, what was spooled is lost, and the text must be made again another way."""


class Spool:
    """Text written to it, in memory up to ``limit`` characters (:data:`SPOOL_CHARS`)
    and past that in an anonymous temporary file, then copied out whole by :meth:`copy_to`.

    Without a temporary file (none can be made) it holds everything in memory; when its
    file cannot be written it raises :class:`SpoolError`. Any string is written as it is
    (a lone surrogate too) and copied out the same."""

    __slots__ = ("_file", "_held", "_limit", "_parts")

    def __init__(self, limit: int | None = None) -> None:
        self._parts: list[str] = []
        self._held = 0
        self._limit = SPOOL_CHARS if limit is None else limit
        self._file: TextIO | None = None

    def write(self, text: str) -> None:
        if self._file is None:
            self._parts.append(text)
            self._held += len(text)
            if self._held > self._limit:
                self._spill()
            return
        try:
            self._file.write(text)
        except OSError as exc:
            raise SpoolError(f"the spool's temporary file: {exc}") from exc

    def writelines(self, texts: Iterable[str]) -> None:
        for text in texts:
            self.write(text)

    @property
    def on_disk(self) -> bool:
        """Whether the text went to a temporary file."""
        return self._file is not None

    def _spill(self) -> None:
        try:
            f = tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass", newline="")
        except OSError:
            self._limit = sys.maxsize  # no temporary file: held in memory as before
            return
        try:
            f.writelines(self._parts)
        except OSError as exc:
            f.close()
            raise SpoolError(f"the spool's temporary file: {exc}") from exc
        self._file = f
        self._parts = []

    def copy_to(self, out: TextIO) -> None:
        """Write all the text to ``out``. Errors while copying out are raised as they
        are: part of the text may be written by then, as with any output error."""
        if self._file is None:
            out.writelines(self._parts)
            return
        self._file.seek(0)
        shutil.copyfileobj(self._file, out, _COPY_CHARS)

    def close(self) -> None:
        self._parts = []
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
