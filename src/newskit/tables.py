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
:func:`to_pandas`. The tables are built in memory and written at the end.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
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
    conv = make_converter(mention_types)
    out: dict[str, list[dict[str, Any]]] = {"articles": [], "claims": [], "events": [], "errors": []}
    for a in analyses:
        obj = analysis_to_json(a, converter=conv, include_text=True)
        aid = {"article_id": obj["id"]}
        row = _article_row(obj)
        if not include_text:
            row.pop("text")
        out["articles"].append(row)
        for m in obj["mentions"]:
            out.setdefault(f"mentions_{m['kind']}", []).append({**aid, **m})
        for name in ("claims", "events", "errors"):
            out[name].extend({**aid, **x} for x in obj[name])
    if story is not None:
        s = story_to_json(story, converter=conv)
        out["story_events"] = list(s["events"])
        out["people"] = list(s["people"])
        out["findings"] = [{"finding": kind, **f} for kind in ("corroborations", "conflicts")
                           for f in s[kind]]
    return out


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


def _table(records: list[dict[str, Any]]) -> pa.Table:
    pa = _pyarrow()
    names: dict[str, None] = {}
    for r in records:
        names.update(dict.fromkeys(r))
    cols: dict[str, Any] = {}
    for n in names:
        cols.update(_columns(n, [r.get(n) for r in records]))
    if not cols:
        return pa.table({"article_id": pa.array([], type=pa.string())})
    return pa.table(cols)


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
                  include_text: bool = True) -> dict[str, Path]:
    """Write one ``<table>.parquet`` per table into ``folder`` (created if missing).

    Returns the paths written, by table name. Files of tables this run does not have
    (a mention kind that no article holds) are not written, and stale ones are not
    removed: give each run its own folder.
    """
    _pyarrow()
    import pyarrow.parquet as pq

    tables = to_arrow(analyses, mention_types=mention_types, story=story, include_text=include_text)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, table in tables.items():
        paths[name] = out / f"{name}.parquet"
        pq.write_table(table, paths[name])
    return paths
