"""Reading articles from files, folders and stdin, one result per input, never a crash.

Every input yields either an :class:`~newskit.Article` or an :class:`~newskit.ErrorRecord`
(stage ``read``) naming the input and what was wrong with it: undecodable bytes, binary
data, an empty text, a text over the size limit, malformed or too deeply nested JSON, a
page with no article text, an unreadable folder. A batch goes on past a bad input and
nothing is silently dropped: a folder entry that is not read gets a ``Skipped`` record.

Formats: ``.txt``/``.text``/``.md`` (the whole file is one article; an optional
``meta.json`` in the same folder maps file names to metadata such as ``published``),
``.html``/``.htm`` (a saved web page: main text and metadata through the ``html`` extra,
see :mod:`newskit.html`), ``.json`` (one article object, a list of them, or an object whose
``articles`` field is that list, as news APIs and newskit's own story files wrap them), ``.jsonl``/
``.ndjson`` (one article object per line, read line by line) and ``-`` (stdin: JSON Lines
when the first non-blank character is ``{``, else one plain-text article). A JSON article
may carry an ``html`` string instead of ``text``. Text is UTF-8, or UTF-16/UTF-32 with a
byte-order mark.

Ids: an article's own ``id`` if it states one, else one scheme whatever the outcome: the
file's stem (``a`` for ``dir/a.txt``), ``stem:N`` for line N of a JSON Lines file,
``stem[K]`` for item K of a JSON list (or of an ``articles`` list), ``stdin`` / ``stdin:N`` for stdin. An error record's
``input`` is the id the input would have had; its message names the full path.

Folders are read one level deep, in name order. Files with the suffixes above are read;
``meta.json`` is the sidecar, not an article; every other entry (another suffix, a
subfolder, a link that leaves the folder unless ``follow_links``, the folder's own
documentation: ``README.md``, ``LICENSE``, ``CHANGELOG.md``...) gets a ``Skipped``
record, and so does a ``.json`` file that holds no article (no ``text`` or ``html``
field: a config or annotation file). A named file is always read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import IO, Any, Union

from attrs import field, frozen

from newskit.dates_iso import parse_published
from newskit.model import Article, ErrorRecord

__all__ = ["MAX_CHARS", "SOFT_ERRORS", "InputRef", "ReadResult", "decode_bytes",
           "decoded_lines", "expand_inputs", "read_input", "read_inputs", "read_jsonl_bytes",
           "read_jsonl_stream"]

#: Inputs longer than this many characters are refused with a ``TooLarge`` record
#: (``--max-chars`` on the command line). The extractors are linear, so the limit bounds
#: the time and memory one article may take.
MAX_CHARS = 5_000_000

#: Error codes that report an input without failing the run: an empty text, a folder
#: entry that is not an input.
SOFT_ERRORS = frozenset({"EmptyText", "Skipped"})

ReadResult = Union[Article, ErrorRecord]
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_READ_SUFFIXES = _TEXT_SUFFIXES | _HTML_SUFFIXES | _JSONL_SUFFIXES | {".json"}
_SIDECAR = "meta.json"
# a file is refused unread when even 4 bytes per character (UTF-32) would exceed the limit;
# a web page carries markup, so it may be larger than its text by this factor
_BYTES_PER_CHAR = 4
_HTML_OVERHEAD = 16
# byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


@frozen
class _Options:
    """What every reader needs: defaults for missing fields and the size limit."""

    defaults: Mapping[str, Any] = field(factory=dict)
    max_chars: int = MAX_CHARS


def _err(code: str, message: str, input: str) -> ErrorRecord:
    return ErrorRecord(stage="read", error=code, message=message, input=input)


def _encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None (no mark: UTF-8 is assumed)."""
    return next((enc for bom, enc in _BOMS if head.startswith(bom)), None)


def decode_bytes(data: bytes, name: str, input: str | None = None) -> str | ErrorRecord:
    """The text of ``data``: UTF-8 (BOM or not), or UTF-16/32 with a BOM; else a record.

    NUL bytes mean a binary file, but a UTF-16/32 text has NUL *bytes* too, so with a BOM
    the check runs on the decoded characters instead.
    """
    rid = input if input is not None else name
    enc = _encoding(data[:4]) or "utf-8"
    if enc == "utf-8" and b"\x00" in data[:8192]:  # UTF-8 text has no NUL bytes
        return _err("BinaryInput", f"{name}: looks binary (NUL bytes), not text", rid)
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        return _err("EncodingError", f"{name}: not valid {enc.replace('-sig', '').upper()} at "
                    f"byte {exc.start} ({exc.reason}); re-encode the file as UTF-8", rid)
    if "\x00" in text[:8192]:
        return _err("BinaryInput", f"{name}: looks binary (NUL bytes), not text", rid)
    return text


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value (strict JSON has no NaN or Infinity)")


def _load_json(text: str, where: str, rid: str) -> Any:
    """The parsed value, or a ``MalformedJSON`` record: bad syntax, nesting deeper than
    Python's recursion allows, an integer longer than Python converts, NaN/Infinity."""
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        return _err("MalformedJSON", f"{where}: {exc.msg} (line {exc.lineno}, column "
                    f"{exc.colno})", rid)
    except RecursionError:
        return _err("MalformedJSON", f"{where}: JSON nested too deeply to read", rid)
    except ValueError as exc:  # e.g. an integer over sys.get_int_max_str_digits() digits
        return _err("MalformedJSON", f"{where}: {exc}", rid)


def _check_text(article: Article, name: str, opts: _Options) -> ReadResult:
    if not article.text.strip():
        return _err("EmptyText", f"{name}: the article text is empty", article.id)
    if len(article.text) > opts.max_chars:
        return _err("TooLarge", f"{name}: {len(article.text):,} characters is over the "
                    f"limit of {opts.max_chars:,} (--max-chars)", article.id)
    if "\x00" in article.text:
        return _err("BinaryInput", f"{name}: the text contains NUL characters", article.id)
    return article


def _with_html(obj: Mapping[str, Any], name: str, rid: str) -> Mapping[str, Any] | ErrorRecord:
    """A record with an ``html`` string and no ``text``: fields read from the page, the
    record's own fields winning over what the page says."""
    from newskit.html import MissingExtraError, html_fields

    try:
        found = html_fields(obj["html"], url=obj.get("url"))
    except MissingExtraError as exc:
        return _err("MissingExtra", f"{name}: {exc}", rid)
    except Exception as exc:  # a parser failure on one page must not stop the batch
        return _err("HTMLError", f"{name}: {type(exc).__name__}: {exc}", rid)
    own = {k: v for k, v in obj.items() if k != "html" and v is not None}
    return {**found, **own}


def _from_mapping(obj: Any, name: str, default_id: str, opts: _Options) -> ReadResult:
    rid = default_id
    try:
        if isinstance(obj, Mapping):
            rid = str(obj["id"]) if obj.get("id") is not None else default_id
            if not isinstance(obj.get("text"), str) and isinstance(obj.get("html"), (str, bytes)):
                obj = _with_html(obj, name, rid)
                if isinstance(obj, ErrorRecord):
                    return obj
            obj = {**opts.defaults, **{k: v for k, v in obj.items()
                                       if v is not None or k not in opts.defaults}}
        art = Article.from_dict(obj, default_id=default_id)
    except (TypeError, ValueError, RecursionError) as exc:
        return _err("InvalidArticle", f"{name}: {exc or type(exc).__name__}", rid)
    return _check_text(art, name, opts)


def read_jsonl_stream(lines: Iterable[str], name: str, defaults: Mapping[str, Any] | None = None,
                      max_chars: int = MAX_CHARS, first_line: int = 1) -> Iterator[ReadResult]:
    """One result per non-blank line of a JSON Lines stream (ids default to ``name:line``)."""
    opts = _Options(defaults=defaults or {}, max_chars=max_chars)
    yield from _jsonl(((n, ln) for n, ln in enumerate(lines, first_line)), name, name, opts)


def _jsonl(lines: Iterable[tuple[int, str | ErrorRecord]], name: str, stem: str,
           opts: _Options) -> Iterator[ReadResult]:
    for n, line in lines:
        if isinstance(line, ErrorRecord):
            yield line
            continue
        if not line.strip():
            continue
        where, rid = f"{name}:{n}", f"{stem}:{n}"
        obj = _load_json(line, where, rid)
        del line  # the article's text is in ``obj``: the line is not held while it runs
        yield obj if isinstance(obj, ErrorRecord) else _from_mapping(obj, where, rid, opts)


def decoded_lines(raw_lines: Iterable[bytes], name: str, stem: str, *, first_line: int = 1,
                  file_start: bool = True) -> Iterator[tuple[int, str | ErrorRecord]]:
    """Numbered, decoded lines of UTF-8 bytes (pieces that end at a line feed, as
    iterating a binary file gives them): one bad byte costs one line.

    Lines end at LF, CR LF or CR, never at the Unicode separators (U+2028, U+0085...) that
    a JSON string may hold raw. ``file_start`` says the first piece begins the file,
    where a UTF-8 byte-order mark may stand.
    """
    bom_at = first_line if file_start else None
    return map(lambda n, piece: (n, _decoded(piece, n, name, stem, n == bom_at)),
               itertools.count(first_line), _pieces(raw_lines))


def _pieces(raw_lines: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of each piece of ``raw_lines`` (LF, CR LF or CR ends one), the piece let
    go once split and each line as it is handed on: a reader suspended here holds no
    line it gave out (a long article's line was held in bytes twice while it ran)."""
    for raw in raw_lines:
        lines = raw.splitlines() or [b""]
        del raw
        lines.reverse()
        while lines:
            yield lines.pop()


def _decoded(piece: bytes, n: int, name: str, stem: str, bom: bool) -> str | ErrorRecord:
    """Line ``n`` of ``name`` as text, or the record of its bad byte (``bom``: a UTF-8
    byte-order mark may open it)."""
    try:
        return piece.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as exc:
        return _err("EncodingError", f"{name}:{n}: not valid UTF-8 at byte "
                    f"{exc.start} ({exc.reason})", f"{stem}:{n}")


def _file_lines(path: Path, name: str, stem: str) -> Iterator[tuple[int, str | ErrorRecord]]:
    """The numbered lines of a JSON Lines file, read a line at a time: the file is never
    held whole in memory (unless it is UTF-16/32)."""
    with path.open("rb") as fh:
        head = fh.read(8192)
        enc = _encoding(head[:4])
        if enc in ("utf-16", "utf-32"):
            text = decode_bytes(head + fh.read(), name, stem)
            if isinstance(text, ErrorRecord):
                yield 1, text
                return
            yield from decoded_lines(text.encode("utf-8").splitlines(), name, stem)
            return
        if b"\x00" in head:
            yield 1, _err("BinaryInput", f"{name}: looks binary (NUL bytes), not text", stem)
            return
        fh.seek(0)
        yield from decoded_lines(fh, name, stem)


def read_jsonl_bytes(raw_lines: Iterable[bytes], name: str, *, first_line: int = 1,
                     file_start: bool = True, published: dt.date | dt.datetime | str | None = None,
                     max_chars: int = MAX_CHARS) -> Iterator[ReadResult]:
    """Results for a run of lines of the JSON Lines file ``name``, with the ids and
    records :func:`read_inputs` gives them (``stem:N``): for engines that cut a file into
    byte ranges (``first_line`` numbers the first; ``file_start`` that it begins the file).
    """
    opts = _options(published, max_chars)
    stem = Path(name).stem
    lines = decoded_lines(raw_lines, name, stem, first_line=first_line, file_start=file_start)
    yield from _jsonl(lines, name, stem, opts)


def _article_list(obj: Any) -> Any:
    """The articles of a JSON value: the value itself, or the ``articles`` list of an
    object that is no article (``{"articles": [...], "status": "ok"}``)."""
    if isinstance(obj, Mapping) and "text" not in obj and "html" not in obj \
            and isinstance(obj.get("articles"), list):
        return obj["articles"]
    return obj


def _holds_articles(obj: Any) -> bool:
    """Whether a JSON value looks like articles at all (an object, or a list of objects,
    with a ``text`` or ``html`` field), as opposed to a config or annotation file."""
    items = obj if isinstance(obj, list) else [obj]
    return any(isinstance(x, Mapping) and ("text" in x or "html" in x) for x in items)


def _read_json_doc(text: str, name: str, stem: str, opts: _Options,
                   in_folder: bool) -> Iterator[ReadResult]:
    obj = _article_list(_load_json(text, name, stem))
    if isinstance(obj, ErrorRecord):
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and lines[0].lstrip().startswith("{"):  # JSON Lines named .json
            yield from _jsonl(enumerate(text.splitlines(), 1), name, stem, opts)
        else:
            yield obj
        return
    if not _holds_articles(obj):
        code = "Skipped" if in_folder else "NotArticles"
        yield _err(code, f"{name}: holds no article (no object with a 'text' or 'html' "
                   "field), so it is not read as one", stem)
        return
    items = obj if isinstance(obj, list) else [obj]
    for k, item in enumerate(items):
        where, rid = (f"{name}[{k}]", f"{stem}[{k}]") if isinstance(obj, list) else (name, stem)
        yield _from_mapping(item, where, rid, opts)


def _sidecar(folder: Path) -> Mapping[str, Any] | ErrorRecord:
    """``meta.json`` of a folder (file name or stem -> metadata), or its error record."""
    meta = folder / _SIDECAR
    if not meta.is_file():
        return {}
    try:
        text = decode_bytes(meta.read_bytes(), str(meta), "meta")
    except OSError as exc:
        return _err("ReadError", f"{meta}: {exc.strerror or exc}", "meta")
    data = text if isinstance(text, ErrorRecord) else _load_json(text, str(meta), "meta")
    if isinstance(data, ErrorRecord) or isinstance(data, dict):
        return data
    return _err("MalformedJSON", f"{meta}: must map file names to objects", "meta")


@frozen
class InputRef:
    """One input :func:`expand_inputs` found: a file (``-`` for stdin), and whether a
    folder walk found it (then a ``.json`` file without articles is skipped, not an error).
    """

    path: str
    in_folder: bool = False


def _list_dir(folder: Path) -> list[Path]:
    return sorted(Path(e.path) for e in os.scandir(folder))


@cache
def _folder_documents() -> frozenset[str]:
    from newskit.datafiles import package_json

    return frozenset(package_json("newskit", "readers.json")["folder_documents"])


def _is_folder_document(file_name: str) -> bool:
    """Whether a folder entry is the folder's own documentation (``README.md``,
    ``LICENSE.txt``, ``CHANGELOG.md``), by its name before the first dot: a folder of
    articles often holds one, and it is no article."""
    return file_name.split(".", 1)[0].lower() in _folder_documents()


def _folder_entry(child: Path, folder: Path, follow_links: bool) -> InputRef | ErrorRecord | None:
    """The input one folder entry is, a record saying why it is not read, or None for
    the sidecar."""
    name, stem = str(child), child.stem
    if child.name == _SIDECAR:
        return None
    if child.is_symlink():
        try:
            target = child.resolve(strict=True)
        except (OSError, RuntimeError) as exc:  # dangling link or a loop
            return _err("ReadError", f"{name}: a broken link ({exc})", stem)
        if not follow_links and not target.is_relative_to(folder.resolve()):
            return _err("Skipped", f"{name}: a link out of the folder (to {target}); "
                        "--follow-links reads it", stem)
    if child.is_dir():
        return _err("Skipped", f"{name}: a folder inside a folder is not read; name it to "
                    "read it", child.name)
    if _is_folder_document(child.name):
        return _err("Skipped", f"{name}: the folder's own documentation ({child.name}), not an "
                    "article; name it to read it", stem)
    if child.suffix.lower() not in _READ_SUFFIXES or not child.is_file():
        return _err("Skipped", f"{name}: not an input type newskit reads ("
                    f"{', '.join(sorted(_READ_SUFFIXES))})", stem)
    return InputRef(name, True)


def _expand_folder(folder: Path, follow_links: bool) -> Iterator[InputRef | ErrorRecord]:
    try:
        children = _list_dir(folder)
    except OSError as exc:
        yield _err("ReadError", f"{folder}: cannot list the folder ({exc.strerror or exc})",
                   folder.name)
        return
    for child in children:
        try:
            entry = _folder_entry(child, folder, follow_links)
        except OSError as exc:
            entry = _err("ReadError", f"{child}: {exc.strerror or exc}", child.stem)
        if entry is not None:
            yield entry


def _needs_sidecar(path: str) -> bool:
    return path != "-" and Path(path).suffix.lower() not in _JSONL_SUFFIXES | {".json"}


def expand_inputs(paths: Iterable[str], *, follow_links: bool = False
                  ) -> Iterator[InputRef | ErrorRecord]:
    """What :func:`read_inputs` reads, in order: each file (folders become their entries,
    ``-`` stays), and a record for every folder entry not read and every bad ``meta.json``
    (reported once, before the first file that would use it).

    Engines that read files elsewhere (in worker processes) expand here, on the driver,
    and read each :class:`InputRef` with :func:`read_input`: the records are the same.
    """
    checked: set[Path] = set()
    for p in paths:
        refs = _expand_folder(Path(p), follow_links) if p != "-" and os.path.isdir(p) else [InputRef(p)]
        for ref in refs:
            if isinstance(ref, InputRef) and _needs_sidecar(ref.path):
                folder = Path(ref.path).parent
                if folder not in checked:
                    checked.add(folder)
                    meta = _sidecar(folder)
                    if isinstance(meta, ErrorRecord):
                        yield meta
            yield ref


def _options(published: dt.date | dt.datetime | str | None, max_chars: int) -> _Options:
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    defaults = {} if published is None else {"published": parse_published(published)}
    return _Options(defaults=defaults, max_chars=max_chars)


def read_inputs(paths: Iterable[str], *, published: dt.date | dt.datetime | str | None = None,
                stdin: IO[str] | None = None, max_chars: int = MAX_CHARS,
                follow_links: bool = False) -> Iterator[ReadResult]:
    """Articles (or error records) from paths, folders and ``-`` (stdin), in order.

    ``published`` is the default publication date for inputs that state none;
    ``max_chars`` the size limit; ``follow_links`` lets a folder walk follow links that
    leave the folder.
    """
    opts = _options(published, max_chars)
    sidecars: dict[Path, Mapping[str, Any]] = {}
    for item in expand_inputs(paths, follow_links=follow_links):
        if isinstance(item, ErrorRecord):
            yield item
        elif item.path == "-":
            yield from _read_stdin(stdin or sys.stdin, opts)
        else:
            yield from _read_ref(item, opts, sidecars)


def read_input(ref: InputRef, *, published: dt.date | dt.datetime | str | None = None,
               max_chars: int = MAX_CHARS, sidecars: dict[Path, Mapping[str, Any]] | None = None
               ) -> Iterator[ReadResult]:
    """The results of one file :func:`expand_inputs` found (its ``meta.json`` applied;
    a bad one was reported by the expansion). ``sidecars`` caches the folders' metadata
    across calls."""
    yield from _read_ref(ref, _options(published, max_chars), {} if sidecars is None else sidecars)


def _read_ref(ref: InputRef, opts: _Options, sidecars: dict[Path, Mapping[str, Any]]
              ) -> Iterator[ReadResult]:
    path = Path(ref.path)
    meta: Mapping[str, Any] = {}
    if _needs_sidecar(ref.path):
        if path.parent not in sidecars:
            found = _sidecar(path.parent)
            sidecars[path.parent] = {} if isinstance(found, ErrorRecord) else found
        meta = sidecars[path.parent]
    yield from _read_file(path, ref.in_folder, opts, meta)


def _read_file(path: Path, in_folder: bool, opts: _Options,
               meta: Mapping[str, Any]) -> Iterator[ReadResult]:
    name, stem, suffix = str(path), path.stem, path.suffix.lower()
    try:
        if suffix in _JSONL_SUFFIXES:
            yield from _jsonl(_file_lines(path, name, stem), name, stem, opts)
            return
        limit = opts.max_chars * _BYTES_PER_CHAR * (_HTML_OVERHEAD if suffix in _HTML_SUFFIXES else 1)
        if suffix != ".json" and path.stat().st_size > limit:
            yield _err("TooLarge", f"{name}: {path.stat().st_size:,} bytes is over what "
                       f"{opts.max_chars:,} characters can take (--max-chars)", stem)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _err("ReadError", f"{name}: {exc.strerror or exc}", stem)
        return
    own = meta.get(path.name) or meta.get(stem) or {}
    own = own if isinstance(own, Mapping) else {}
    if suffix in _HTML_SUFFIXES:
        yield _from_mapping({"id": stem, **own, "html": data}, name, stem, opts)
        return
    text = decode_bytes(data, name, stem)
    if isinstance(text, ErrorRecord):
        yield text
    elif suffix == ".json":
        yield from _read_json_doc(text, name, stem, opts, in_folder)
    else:
        yield _from_mapping({"id": stem, **own, "text": text}, name, stem, opts)


def _read_stdin(stream: IO[str], opts: _Options) -> Iterator[ReadResult]:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        # read bytes so a bad byte becomes an error record for one line, not a crash
        lines: Iterator[str | ErrorRecord] = _decoded_lines(buffer)
    else:
        lines = iter(stream)
    first = _to_first_text(lines)
    if _opens_object(first):
        # numbered by ``map``: ``enumerate`` keeps its last pair, a long article's line
        # with it, until the next line is asked for
        yield from _jsonl(map(lambda n, line: (n, line), itertools.count(1), _chain(first, lines)),
                          "stdin", "stdin", opts)
        return
    text = _joined(_chain(first, lines))
    if isinstance(text, ErrorRecord):
        yield text
        return
    if "\x00" in text:
        yield _err("BinaryInput", "stdin: looks binary (NUL bytes), not text", "stdin")
        return
    yield _from_mapping({"id": "stdin", "text": text}, "stdin", "stdin", opts)


def _to_first_text(lines: Iterator[str | ErrorRecord]) -> list[str | ErrorRecord]:
    """The lines up to the first that is not blank (or an error record), that one too."""
    first: list[str | ErrorRecord] = []
    for line in lines:
        first.append(line)
        if isinstance(line, ErrorRecord) or line.strip():
            break
    return first


def _opens_object(first: list[str | ErrorRecord]) -> bool:
    """Does the first line with text open a JSON object (stdin is then JSON Lines)?"""
    head = next((x for x in first if isinstance(x, str) and x.strip()), "")
    return head.lstrip().startswith("{")


def _joined(lines: Iterator[str | ErrorRecord]) -> str | ErrorRecord:
    """The lines as one text, or the first error record among them."""
    parts: list[str] = []
    for line in lines:
        if isinstance(line, ErrorRecord):
            return line
        parts.append(line)
    return "".join(parts)


def _chain(first: list[str | ErrorRecord], rest: Iterator[str | ErrorRecord]) -> Iterator[str | ErrorRecord]:
    """``first``'s lines, then ``rest``'s: each of ``first`` taken out of it as it is
    handed on, so neither holds a line once it is out."""
    first.reverse()
    while first:
        yield first.pop()
    yield from rest


def _decoded_lines(buffer: IO[bytes]) -> Iterator[str | ErrorRecord]:
    """stdin's lines as text (each with its line end), or the record of a line's bad byte:
    by ``map``, which holds neither the bytes nor the text of a line it gave out."""
    return map(lambda n, raw: _decoded(raw, n, "stdin", "stdin", n == 1), itertools.count(1), buffer)
