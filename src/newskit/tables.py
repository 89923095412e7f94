"""Analysis tables: newskit's output as Arrow tables, pandas frames or Parquet files.

People analyse extracted facts in pandas, polars or DuckDB, so the same records the JSON
contract carries (:mod:`newskit.serialize`) are laid out as flat tables, one per record
type, each row naming its article (``article_id``) and its character offsets:

========================  ===============================================================
``articles``              one row per input: ``id``, ``title``, ``source``, ``url``,
                          ``byline``, ``published`` (ISO text), ``text`` (every offset
                          points into it), counts, ``metadata`` (JSON text)
``mentions_<kind>``       one table per mention kind (``mentions_date``,
                          ``mentions_quantity``...), a column per field of that kind
``claims``, ``events``    per-article claims and events (spans as structs)
``errors``                every error record: unreadable inputs and component failures
``story_events``,         with a story (``newskit story --format parquet``): the merged
``people``, ``findings``  timeline, the people and what sources agree or disagree on
========================  ===============================================================

Column types come from the values: text, whole numbers (int64), booleans, lists and
structs. A number column with a fraction or an integer too large for int64 is float64;
when a value does not fit a float exactly, a ``<column>_exact`` text column beside it
keeps every value exactly. Values of mixed
kinds are written as JSON text. The files are plain Parquet: nothing from newskit is
needed to read them.

pyarrow is the optional extra ``newskit[parquet]``; pandas is needed only by
:func:`to_pandas`. :func:`to_arrow` builds the tables in memory; :func:`write_parquet`
streams: rows are spilled to a temporary folder a chunk at a time, and each table is
written as row groups of ``ROW_GROUP`` rows, so memory stays bounded by a chunk whatever
the run's size. A column keeps one type over the whole file: when chunks disagree (whole
numbers in one, fractions in another), the column is written as the type that holds
both (float64, or JSON text).
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newskit.model import Analysis, Mention, Story
from newskit.serialize import analysis_to_json, make_converter, story_to_json

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["PARQUET_EXTRA_HINT", "rows", "to_arrow", "to_pandas", "write_parquet"]

#: The install command named by the error about the missing extra.
PARQUET_EXTRA_HINT = "pip install 'newskit[parquet]'"
_INT64 = (-(2**63), 2**63 - 1)
_ARTICLE_FIELDS = ("id", "title", "source", "url", "byline", "published", "text")
#: Rows per Parquet row group (and per spilled chunk) when streaming.
ROW_GROUP = 5_000


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        from newskit.html import MissingExtraError

        raise MissingExtraError(f"tables need the optional extra 'parquet' "
                                f"({PARQUET_EXTRA_HINT}): {exc}") from exc
    return pyarrow


def _article_row(obj: Mapping[str, Any]) -> dict[str, Any]:
    art = obj["article"]
    row = {k: art.get(k) for k in _ARTICLE_FIELDS}
    row["id"] = obj["id"]
    row.update(n_mentions=len(obj["mentions"]), n_claims=len(obj["claims"]),
               n_events=len(obj["events"]), n_errors=len(obj["errors"]),
               metadata=json.dumps(art.get("metadata") or {}, ensure_ascii=False, default=str))
    return row


def rows(analyses: Iterable[Analysis], *, mention_types: Iterable[type[Mention]] = (),
         story: Story | None = None, include_text: bool = True) -> dict[str, list[dict[str, Any]]]:
    """The table rows (plain dicts, as in the JSON contract), by table name, in input order.

    ``articles``, ``claims``, ``events`` and ``errors`` are always there (maybe empty);
    ``mentions_<kind>`` for each kind found; with ``story``, also ``story_events``,
    ``people`` and ``findings``.
    """
    out: dict[str, list[dict[str, Any]]] = {"articles": [], "claims": [], "events": [], "errors": []}
    for name, row in _row_stream(analyses, mention_types, story, include_text):
        out.setdefault(name, []).append(row)
    return out


def _row_stream(analyses: Iterable[Analysis], mention_types: Iterable[type[Mention]],
                story: Story | None, include_text: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table name, row) for every row, an analysis at a time."""
    conv = make_converter(mention_types)
    for a in analyses:
        obj = analysis_to_json(a, converter=conv, include_text=True)
        aid = {"article_id": obj["id"]}
        row = _article_row(obj)
        if not include_text:
            row.pop("text")
        yield "articles", row
        for m in obj["mentions"]:
            yield f"mentions_{m['kind']}", {**aid, **m}
        for name in ("claims", "events", "errors"):
            for x in obj[name]:
                yield name, {**aid, **x}
    if story is not None:
        s = story_to_json(story, converter=conv)
        for e in s["events"]:
            yield "story_events", e
        for p in s["people"]:
            yield "people", p
        for kind in ("corroborations", "conflicts"):
            for f in s[kind]:
                yield "findings", {"finding": kind, **f}


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _number_columns(name: str, values: list[Any]) -> dict[str, Any]:
    """int64 when every value is a whole number that fits; else float64, plus exact text
    when some value does not survive the conversion (a large integer)."""
    pa = _pyarrow()
    if all(isinstance(v, int) and _INT64[0] <= v <= _INT64[1] for v in values if v is not None):
        return {name: pa.array(values, type=pa.int64())}
    floats = [None if v is None else _to_float(v) for v in values]
    cols = {name: pa.array(floats, type=pa.float64())}
    if any(v is not None and isinstance(v, int) and f != v for v, f in zip(values, floats, strict=True)):
        exact = [None if v is None else str(v) for v in values]
        cols[f"{name}_exact"] = pa.array(exact, type=pa.string())
    return cols


def _to_float(v: float) -> float:
    try:
        return float(v)
    except OverflowError:
        return float("inf") if v > 0 else float("-inf")


def _columns(name: str, values: list[Any]) -> dict[str, Any]:
    """One column (two for inexact numbers) holding ``values``."""
    pa = _pyarrow()
    present = [v for v in values if v is not None]
    if present and all(_is_number(v) for v in present):
        return _number_columns(name, values)
    try:
        return {name: pa.array(values)}
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError):
        text = [None if v is None else json.dumps(v, ensure_ascii=False, default=str)
                for v in values]
        return {name: pa.array(text, type=pa.string())}


def _table(records: list[dict[str, Any]], target: Mapping[str, Any] | None = None) -> pa.Table:
    """The table of ``records``: each column's type read from its values, or, with
    ``target``, the given one (every column of ``target``, in its order)."""
    pa = _pyarrow()
    if target is not None:
        return pa.table({n: _typed(t, _values(records, n, target)) for n, t in target.items()})
    names: dict[str, None] = {}
    for r in records:
        names.update(dict.fromkeys(r))
    cols: dict[str, Any] = {}
    for n in names:
        cols.update(_columns(n, [r.get(n) for r in records]))
    if not cols:
        return pa.table({"article_id": pa.array([], type=pa.string())})
    return pa.table(cols)


def _values(records: list[dict[str, Any]], name: str, target: Mapping[str, Any]) -> list[Any]:
    """The values of column ``name``; an ``_exact`` column a chunk did not need holds the
    exact text of every value of its number column, as :func:`_number_columns` writes it."""
    base = name[: -len("_exact")] if name.endswith("_exact") else None
    if base is None or base not in target:
        return [r.get(name) for r in records]
    return [r.get(name) if r.get(name) is not None else (None if r.get(base) is None else str(r.get(base)))
            for r in records]


def _typed(target: Any, values: list[Any]) -> Any:
    """One column of the ``target`` type (see :func:`_target_types`)."""
    pa = _pyarrow()
    if target == _JSON:
        return pa.array([None if v is None else json.dumps(v, ensure_ascii=False, default=str)
                         for v in values], type=pa.string())
    if target == pa.float64():
        return pa.array([None if v is None else _to_float(v) for v in values], type=target)
    if target == pa.string() and any(v is not None and not isinstance(v, str) for v in values):
        return pa.array([None if v is None else (v if isinstance(v, str) else str(v))
                         for v in values], type=target)
    return pa.array(values, type=target)


def to_arrow(analyses: Iterable[Analysis], *, mention_types: Iterable[type[Mention]] = (),
             story: Story | None = None, include_text: bool = True) -> dict[str, pa.Table]:
    """The tables (see the module doc) as ``pyarrow.Table`` objects, by name."""
    return {name: _table(recs) for name, recs in rows(
        analyses, mention_types=mention_types, story=story, include_text=include_text).items()}


def to_pandas(analyses: Iterable[Analysis], *, mention_types: Iterable[type[Mention]] = (),
              story: Story | None = None, include_text: bool = True) -> dict[str, Any]:
    """The tables as pandas DataFrames, by name (needs pandas besides the extra)."""
    tables = to_arrow(analyses, mention_types=mention_types, story=story, include_text=include_text)
    return {name: t.to_pandas() for name, t in tables.items()}


def write_parquet(analyses: Iterable[Analysis], folder: str | os.PathLike[str], *,
                  mention_types: Iterable[type[Mention]] = (), story: Story | None = None,
                  include_text: bool = True, row_group: int = ROW_GROUP) -> dict[str, Path]:
    """Write one ``<table>.parquet`` per table into ``folder`` (created if missing),
    streaming: ``analyses`` is consumed one at a time, rows are spilled to a temporary
    folder inside ``folder`` in chunks of ``row_group`` rows, and each table is then
    written a row group at a time. The story (small) is written with the last rows.

    Returns the paths written, by table name. Files of tables this run does not have
    (a mention kind that no article holds) are not written, and stale ones are not
    removed: give each run its own folder.
    """
    _pyarrow()
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".newskit-spill-", dir=out) as tmp:
        spill = _Spill(Path(tmp), row_group)
        for name in ("articles", "claims", "events", "errors"):
            spill.touch(name)
        for name, row in _row_stream(analyses, mention_types, story, include_text):
            spill.add(name, row)
        spill.flush()
        return {name: _write_table(partial(spill.chunks, name), out / f"{name}.parquet")
                for name in spill.names()}


class _Spill:
    """Rows by table, pickled to disk a chunk at a time (pickle keeps every value exact:
    integers of any size, Decimals, NaN)."""

    def __init__(self, folder: Path, size: int) -> None:
        self.folder, self.size = folder, max(1, size)
        self.pending: dict[str, list[dict[str, Any]]] = {}
        self.files: dict[str, Path] = {}

    def touch(self, name: str) -> None:
        if name not in self.files:
            self.files[name] = self.folder / f"{len(self.files)}.pickle"
            self.files[name].touch()
            self.pending[name] = []

    def add(self, name: str, row: dict[str, Any]) -> None:
        self.touch(name)
        rows = self.pending[name]
        rows.append(row)
        if len(rows) >= self.size:
            self._dump(name)

    def _dump(self, name: str) -> None:
        if self.pending[name]:
            with self.files[name].open("ab") as fh:
                pickle.dump(self.pending[name], fh, protocol=pickle.HIGHEST_PROTOCOL)
            self.pending[name] = []

    def flush(self) -> None:
        for name in self.files:
            self._dump(name)

    def names(self) -> list[str]:
        return list(self.files)

    def chunks(self, name: str) -> Iterator[list[dict[str, Any]]]:
        with self.files[name].open("rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)  # our own spill file, written above
                except EOFError:
                    return


def _write_table(chunks: Callable[[], Iterator[list[dict[str, Any]]]], path: Path) -> Path:
    """Write the chunks (lists of rows) of one table as row groups of one file. The first
    pass finds each column's type over every chunk (:func:`_target_types`); the second
    builds each chunk's table with those types and appends it."""
    import pyarrow.parquet as pq

    schemas, big = [], set()
    for rows in chunks():
        table = _table(rows)
        schemas.append(table.schema)
        big.update(_big_ints(table))
    target = _target_types(schemas, big)
    if target is None:  # no rows at all
        pq.write_table(_table([]), path)
        return path
    writer = None
    try:
        for rows in chunks():
            table = _table(rows, target)
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema)
            writer.write_table(table)
    finally:
        if writer is not None:
            writer.close()
    return path


#: A column written as JSON text: its values were of kinds no one Arrow type holds.
_JSON = "json"


def _big_ints(table: pa.Table) -> set[str]:
    """The int64 columns holding a value a float64 cannot carry exactly (over 2**53)."""
    pa = _pyarrow()
    import pyarrow.compute as pc

    out = set()
    for field, col in zip(table.schema, table.columns, strict=True):
        if field.type == pa.int64() and col.null_count < len(col):
            top = pc.max(pc.abs(col)).as_py()
            if top is not None and top > 2**53:
                out.add(field.name)
    return out


def _target_types(schemas: Sequence[pa.Schema], big: Collection[str] = ()) -> dict[str, Any] | None:
    """One type per column over chunks whose own types may differ: the type they share;
    a chunk's all-null column takes the others' type; whole numbers and fractions give
    float64 (with its ``_exact`` text column when a whole number is too large for a float
    to carry exactly, as :func:`_number_columns` does); anything else disagreeing is JSON
    text. Columns in first-seen order."""
    if not schemas:
        return None
    pa = _pyarrow()
    seen: dict[str, list[Any]] = {}
    for schema in schemas:
        for field in schema:
            seen.setdefault(field.name, []).append(field.type)
    out: dict[str, Any] = {}
    for name, types in seen.items():
        kinds = {t for t in types if t != pa.null()} or {pa.null()}
        if len(kinds) == 1:
            out[name] = kinds.pop()
        elif kinds <= {pa.int64(), pa.float64()}:
            out[name] = pa.float64()
            if name in big:
                out[f"{name}_exact"] = pa.string()
        else:
            out[name] = _JSON
    return out
