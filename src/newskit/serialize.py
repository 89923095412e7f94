"""JSON at the edge: a cattrs converter built from the registered mention types.

Mentions serialize flat with a ``"kind"`` tag (the JSON contract in
``seeds/README.md``); plugin mention types join the union when the converter is built
from a pipeline or plugin manager, and kinds nobody registered are read back as
:class:`~newskit.UnknownMention` rather than lost. Exact numbers stay exact: ``int`` stays
``int`` and a ``Decimal`` is written as a JSON number and read back as a ``Decimal``.

Writing never fails on a value: the JSON text is strict (no bare ``NaN``), valid UTF-8
whatever the strings hold, and numbers JSON cannot carry are written in a documented safe
form (docs/json.md, "Numbers JSON cannot carry"):

- a quantity (``Number``) whose magnitude is at least ``1e300``, or non-zero below
  ``1e-300``, is a JSON *string* in exact decimal exponent form (``"1E+4995"``); any other
  integer of more than 4,300 digits (Python's ``int``/``str`` limit) is written the same way;
- a non-finite number is the string ``"NaN"``, ``"Infinity"`` or ``"-Infinity"``;
- a lone surrogate (``"\\ud800"``, which UTF-8 cannot encode) is written as its JSON
  escape, so the text reads back identical.

Reading such a string into a ``Number`` field gives back the exact ``Decimal``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any, TextIO, TypeVar, Union

import attrs
import cattrs
import regex
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from newskit.dates_iso import parse_published
from newskit.model import (
    BUILTIN_MENTION_TYPES,
    Analysis,
    Mention,
    QuoteMention,
    Story,
    UnknownMention,
)
from newskit.spool import Spool, SpoolError

__all__ = [
    "BUILTIN_MENTION_TYPES",
    "analysis_from_json",
    "analysis_to_json",
    "default_converter",
    "dumps",
    "make_converter",
    "record_json",
    "record_parts",
    "story_to_json",
    "write_record",
]

T = TypeVar("T")



#: Numbers at or beyond 10**300 in magnitude (or non-zero below 10**-300) do not survive a
#: JSON reader that parses numbers as IEEE doubles (they become inf or 0): written as strings.
_MAX_JSON_EXPONENT = 300
#: Python refuses to print an int of more digits than this (``sys.set_int_max_str_digits``).
_MAX_INT_DIGITS = 4300
_TOO_BIG = 10**_MAX_JSON_EXPONENT
_TOO_LONG = 10**_MAX_INT_DIGITS
_NON_FINITE = {"NaN": "NaN", "sNaN": "NaN", "Infinity": "Infinity", "-Infinity": "-Infinity"}


def exponent_form(d: Decimal) -> str:
    """``Decimal`` as an exact string in exponent form with trailing zeros dropped
    (``10**4995`` -> ``"1E+4995"``): the safe form of a number JSON cannot carry."""
    if not d.is_finite():
        return _NON_FINITE.get(str(d).lstrip("+"), "NaN")
    sign, digits, exp = d.as_tuple()
    assert isinstance(exp, int)
    n = len(digits)
    while n > 1 and digits[n - 1] == 0:
        n -= 1
    exp += len(digits) - n
    return format(Decimal((sign, digits[:n], exp)), "E")


def _too_big(d: Decimal) -> bool:
    return not d.is_finite() or (d != 0 and abs(d.adjusted()) >= _MAX_JSON_EXPONENT)


def _number_out(v: int | Decimal | None) -> Any:
    if isinstance(v, int) and not isinstance(v, bool):
        # the bit length bounds the digit count without printing the number
        return exponent_form(Decimal(v)) if abs(v) >= _TOO_BIG else v
    if isinstance(v, Decimal):
        if _too_big(v):
            return exponent_form(v)
        if v == v.to_integral_value():
            return int(v)
        return float(v)  # shortest repr; read back exactly via Decimal(str(f))
    return v


def _number_in(v: Any, _: Any) -> int | Decimal | None:
    if v is None:
        return None
    if isinstance(v, bool):
        raise TypeError("a number cannot be a boolean")
    if isinstance(v, int):
        return v
    if isinstance(v, (float, str, Decimal)):
        d = Decimal(str(v))
        return int(d) if d == d.to_integral_value() and "." not in str(v) and "e" not in str(v).lower() else d
    raise TypeError(f"not a number: {v!r}")


def make_converter(mention_types: Iterable[type[Mention]] = ()) -> cattrs.Converter:
    """A converter that knows the built-in mention types and ``mention_types``.

    Raises ValueError when two types claim the same ``kind``.
    """
    conv = cattrs.Converter()
    kinds = _mention_kinds(mention_types)
    _register_values(conv)
    _register_mentions(conv, kinds)
    # a story without plugin findings is written as before plugins could add any
    attrs.resolve_types(Story)
    conv.register_unstructure_hook(Story, make_dict_unstructure_fn(
        Story, conv, sections=override(omit_if_default=True)))
    return conv


def _mention_kinds(mention_types: Iterable[type[Mention]]) -> dict[str, type[Mention]]:
    """Each mention kind's type, the built-in ones first; a kind two types claim is an error."""
    kinds: dict[str, type[Mention]] = {}
    for t in (*BUILTIN_MENTION_TYPES, *mention_types):
        if t.kind in kinds and kinds[t.kind] is not t:
            raise ValueError(f"mention kind {t.kind!r} registered by both "
                             f"{kinds[t.kind].__qualname__} and {t.__qualname__}")
        kinds[t.kind] = t
    return kinds


def _register_values(conv: cattrs.Converter) -> None:
    """Numbers (an int, or a Decimal written as the shortest float) and dates (ISO 8601)."""
    Num = Union[int, Decimal]
    conv.register_unstructure_hook(Decimal, _number_out)
    conv.register_unstructure_hook(Num, _number_out)
    conv.register_unstructure_hook(Union[int, Decimal, None], _number_out)
    conv.register_structure_hook(Num, _number_in)
    conv.register_structure_hook(Union[int, Decimal, None], _number_in)
    conv.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(Union[dt.datetime, dt.date, None], lambda v, _: parse_published(v))


def _register_mentions(conv: cattrs.Converter, kinds: Mapping[str, type[Mention]]) -> None:
    """Mentions written with their ``kind`` first and read back by it; a kind no type
    claims is read as an :class:`UnknownMention` that keeps its fields, and written as it
    was read."""
    for t in (*kinds.values(), UnknownMention):
        attrs.resolve_types(t)
    unstruct: dict[type[Mention], Any] = {t: make_dict_unstructure_fn(t, conv) for t in (*kinds.values(), UnknownMention)}
    # a quotation in ordinary marks, or no part of reported speech, is written as before
    # its marks or its clause could be named
    unstruct[QuoteMention] = make_dict_unstructure_fn(
        QuoteMention, conv, marks=override(omit_if_default=True),
        clause_start=override(omit_if_default=True), clause_end=override(omit_if_default=True))
    struct = {k: make_dict_structure_fn(t, conv) for k, t in kinds.items()}
    unknown_struct = make_dict_structure_fn(UnknownMention, conv)
    base_fields = {f.name for f in attrs.fields(Mention)}

    def mention_out(m: Mention) -> dict[str, Any]:
        if isinstance(m, UnknownMention):
            out = {"kind": m.original_kind or "unknown"}
            base = unstruct[UnknownMention](m)
            out.update({k: v for k, v in base.items() if k in base_fields})
            out.update(dict(m.data))
            return out
        fn = unstruct.get(type(m))
        if fn is None:
            fn = unstruct[type(m)] = make_dict_unstructure_fn(type(m), conv)
        return {"kind": m.kind, **fn(m)}

    def mention_in(data: Any, _: Any) -> Mention:
        if not isinstance(data, Mapping):
            raise TypeError(f"a mention must be an object, got {type(data).__name__}")
        kind = data.get("kind")
        body = {k: v for k, v in data.items() if k != "kind"}
        if kind in struct:
            return struct[kind](body, kinds[kind])
        core = {k: v for k, v in body.items() if k in base_fields}
        extra = {k: v for k, v in body.items() if k not in base_fields}
        return unknown_struct({**core, "original_kind": str(kind), "data": extra}, UnknownMention)

    conv.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Mention), mention_out)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Mention), mention_in)


@lru_cache(maxsize=1)
def default_converter() -> cattrs.Converter:
    """A converter for the built-in mention types only."""
    return make_converter()


def analysis_to_json(analysis: Analysis, *, converter: cattrs.Converter | None = None,
                     include_text: bool = True) -> dict[str, Any]:
    """The per-article JSON object of the CLI contract: ``id``, ``mentions``, ``errors``,
    plus ``claims``, ``events`` and the article itself (``article``)."""
    conv = converter or default_converter()
    art = conv.unstructure(analysis.article)
    if not include_text:
        art.pop("text", None)
    return {
        "id": analysis.article.id,
        "mentions": [conv.unstructure(m, Mention) for m in analysis.mentions],
        "claims": conv.unstructure(analysis.claims),
        "events": conv.unstructure(analysis.events),
        "errors": conv.unstructure(analysis.errors),
        "article": art,
    }


def analysis_from_json(data: Mapping[str, Any], *, converter: cattrs.Converter | None = None) -> Analysis:
    """Inverse of :func:`analysis_to_json` (needs the article with its text)."""
    conv = converter or default_converter()
    return conv.structure({k: data[k] for k in ("article", "mentions", "claims", "events", "errors")
                           if k in data}, Analysis)


def story_to_json(story: Story, *, converter: cattrs.Converter | None = None) -> dict[str, Any]:
    conv = converter or default_converter()
    out: dict[str, Any] = conv.unstructure(story)
    return out


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """Strict JSON text, UTF-8 characters kept as they are.

    Never fails on a value JSON cannot carry: non-finite floats and integers too long to
    print are written in the safe string form (module docstring), and lone surrogates as
    JSON escapes, so the result always encodes as UTF-8 and always parses.
    Raises ``TypeError`` only for objects that are not JSON data at all.
    """
    try:
        text = json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:
        # rare (NaN from the input, a 5,000-digit integer): walk and repair only then
        text = json.dumps(_json_safe(obj), ensure_ascii=False, indent=indent, allow_nan=False)
    out: str = _LONE_SURROGATE.sub(_escape_surrogate, text)
    return out


#: In a JSON text a surrogate can only sit inside a string, so its escape is valid JSON.
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _escape_surrogate(m: regex.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def _json_safe(obj: Any) -> Any:
    if isinstance(obj, float) and not math.isfinite(obj):
        return "NaN" if math.isnan(obj) else ("Infinity" if obj > 0 else "-Infinity")
    if isinstance(obj, int) and not isinstance(obj, bool) and abs(obj) >= _TOO_LONG:
        return exponent_form(Decimal(obj))
    if isinstance(obj, Mapping):
        return {k: _json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_json_safe(v) for v in obj]
    return obj


def record_json(analysis: Analysis, *, converter: cattrs.Converter | None = None,
                include_text: bool = True, indent: int | None = None) -> str:
    """One article's JSON record as text; never raises.

    When the analysis cannot be written (a plugin's mention type that does not
    unstructure, data nested too deep...), the record keeps the article's ``id`` and
    says why in ``errors`` (stage ``serialize``), so the output still has one record per
    input and the batch goes on.
    """
    return "".join(record_parts(analysis, converter=converter, include_text=include_text, indent=indent))


def record_parts(analysis: Analysis, *, converter: cattrs.Converter | None = None,
                 include_text: bool = True, indent: int | None = None) -> list[str]:
    """:func:`record_json`'s text in pieces that join to it; never raises.

    Without ``indent`` the mentions, claims and events are unstructured and written a
    batch at a time: a long article's record is never a tree of dicts all at once (one per
    mention, claim, event and reference: about 46 MB per MB of text), and a writer can
    write the pieces without joining them. The text is the one ``json.dumps`` of the
    whole record would write.
    """
    try:
        if indent is not None:
            return [dumps(analysis_to_json(analysis, converter=converter, include_text=include_text),
                          indent=indent)]
        return list(_pieces(analysis, converter or default_converter(), include_text))
    except (Exception, RecursionError) as exc:
        return [_fallback(analysis, exc, include_text, indent)]


def write_record(analysis: Analysis, out: TextIO, *, converter: cattrs.Converter | None = None,
                 include_text: bool = True) -> None:
    """Write :func:`record_json`'s text to ``out`` (``out``'s own errors are raised).

    The pieces are made one at a time into a :class:`~newskit.spool.Spool`, which holds
    a long article's record in a temporary file rather than in memory (nine characters
    per character of text, on top of everything the run holds: the end of a long article's
    run was its peak), and are copied out once all of them are made. So a value that
    fails half-way still gives the fallback record, and nothing of the record before it.
    """
    conv = converter or default_converter()
    with Spool() as spool:
        try:
            spool.writelines(_pieces(analysis, conv, include_text))
        except SpoolError:
            out.writelines(record_parts(analysis, converter=conv, include_text=include_text))
            return
        except (Exception, RecursionError) as exc:
            out.write(_fallback(analysis, exc, include_text, None))
            return
        spool.copy_to(out)


def _pieces(analysis: Analysis, conv: cattrs.Converter, include_text: bool) -> Iterator[str]:
    """The record's text without indent, a piece at a time (a batch of a list each)."""
    art = conv.unstructure(analysis.article)
    if not include_text:
        art.pop("text", None)
    mention_out = conv.get_unstructure_hook(Mention)
    yield from ('{"id": ', dumps(analysis.article.id), ', "mentions": ')
    yield from _list_parts(analysis.mentions, mention_out)
    yield ', "claims": '
    yield from _list_parts(analysis.claims, conv.unstructure)
    yield ', "events": '
    yield from _list_parts(analysis.events, conv.unstructure)
    yield from (', "errors": ', dumps(conv.unstructure(analysis.errors)), ', "article": ')
    yield from _object_parts(art)
    yield "}"


def _fallback(analysis: Analysis, exc: BaseException, include_text: bool, indent: int | None) -> str:
    """The record of an analysis that cannot be written: its id and why."""
    reason = {"stage": "serialize", "message": f"{type(exc).__name__}: {exc}"[:500],
              "error": "SerializationError", "component": None, "input": analysis.article.id}
    article: dict[str, Any] = {"id": analysis.article.id}
    if include_text:
        article["text"] = analysis.article.text
    fallback = {"id": analysis.article.id, "mentions": [], "claims": [], "events": [],
                "errors": [reason], "article": article}
    return dumps(fallback, indent=indent)


#: items unstructured and dumped together by :func:`record_parts` (one call per item cost
#: half as much again as the whole record's dump)
_ITEMS_AT_ONCE = 256


#: characters of a long string (the article's text) dumped at a time by :func:`_object_parts`
_CHARS_AT_ONCE = 1 << 16


def _object_parts(obj: Mapping[str, Any]) -> Iterator[str]:
    """The JSON object ``obj`` (string keys) as :func:`dumps` writes it, a long string
    value ``_CHARS_AT_ONCE`` characters at a time: the article's text dumped whole was a
    second copy of it, at two or four bytes a character, on top of the run. JSON escapes
    each character on its own (a lone surrogate too), so the pieces join to the whole."""
    yield "{"
    for n, (k, v) in enumerate(obj.items()):
        yield (", " if n else "") + dumps(k) + ": "
        if isinstance(v, str) and len(v) > _CHARS_AT_ONCE:
            yield '"'
            for i in range(0, len(v), _CHARS_AT_ONCE):
                yield dumps(v[i : i + _CHARS_AT_ONCE])[1:-1]
            yield '"'
        else:
            yield dumps(v)
    yield "}"


def _list_parts(items: Sequence[T], out: Callable[[T], Any]) -> Iterator[str]:
    """The JSON array of ``items`` (each unstructured by ``out``), written
    ``_ITEMS_AT_ONCE`` at a time: the text of a batch's list without its brackets is its
    items as ``json.dumps`` separates them (``", "``)."""
    yield "["
    for k in range(0, len(items), _ITEMS_AT_ONCE):
        if k:
            yield ", "
        yield dumps([out(x) for x in items[k : k + _ITEMS_AT_ONCE]])[1:-1]
    yield "]"
