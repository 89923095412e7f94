"""JSON at the edge: a cattrs converter built from the registered mention types.

Mentions serialize flat with a ``"kind"`` tag (the JSON contract in
``seeds/README.md``); plugin mention types join the union when the converter is built
from a pipeline or plugin manager, and kinds nobody registered are read back as
:class:`~newskit.UnknownMention` rather than lost. Exact numbers stay exact: ``int`` stays
``int`` and a ``Decimal`` is written as a JSON number and read back as a ``Decimal``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar, Union

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from newskit.dates_iso import parse_published
from newskit.model import (
    Analysis,
    DateMention,
    Mention,
    PersonMention,
    QuantityMention,
    QuoteMention,
    Story,
    UnknownMention,
)

__all__ = [
    "BUILTIN_MENTION_TYPES",
    "analysis_from_json",
    "analysis_to_json",
    "default_converter",
    "dumps",
    "make_converter",
    "story_to_json",
]

T = TypeVar("T")

BUILTIN_MENTION_TYPES: tuple[type[Mention], ...] = (
    DateMention,
    QuantityMention,
    PersonMention,
    QuoteMention,
)


def _number_out(v: int | Decimal | None) -> Any:
    if isinstance(v, Decimal):
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
    kinds: dict[str, type[Mention]] = {}
    for t in (*BUILTIN_MENTION_TYPES, *mention_types):
        if t.kind in kinds and kinds[t.kind] is not t:
            raise ValueError(f"mention kind {t.kind!r} registered by both "
                             f"{kinds[t.kind].__qualname__} and {t.__qualname__}")
        kinds[t.kind] = t

    Num = Union[int, Decimal]
    conv.register_unstructure_hook(Decimal, _number_out)
    conv.register_structure_hook(Num, _number_in)
    conv.register_structure_hook(Union[int, Decimal, None], _number_in)
    conv.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(Union[dt.datetime, dt.date, None], lambda v, _: parse_published(v))

    for t in (*kinds.values(), UnknownMention):
        attrs.resolve_types(t)
    unstruct: dict[type[Mention], Any] = {t: make_dict_unstructure_fn(t, conv) for t in (*kinds.values(), UnknownMention)}
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
    return conv


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
    """JSON text, UTF-8 characters kept as they are."""
    return json.dumps(obj, ensure_ascii=False, indent=indent)
