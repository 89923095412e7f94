"""JSON round trip of every type, with hypothesis."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from newskit import (
    Analysis,
    Article,
    Claim,
    Entity,
    ErrorRecord,
    Event,
    Finding,
    Mention,
    QuantityMention,
    SpanRef,
    Story,
    UnknownMention,
)
from newskit.serialize import (
    analysis_from_json,
    analysis_to_json,
    default_converter,
    make_converter,
)
from newskit.testing import articles, mentions

conv = default_converter()
_t = st.text(max_size=10)
_ot = st.one_of(st.none(), _t)
refs = st.builds(lambda a, s, n: SpanRef(article=a, start=s, end=s + n, text="x" * n),
                 _t, st.integers(0, 100), st.integers(0, 5))
claims = st.builds(Claim, article=_t, start=st.just(0), end=st.just(0), text=st.just(""), source=_ot,
                   stance=st.sampled_from(["asserts", "denies"]), cue=_ot,
                   source_ref=st.one_of(st.none(), refs), mentions=st.lists(refs, max_size=3).map(tuple),
                   about=_ot, id=_ot)
events = st.builds(Event, id=_t, type=_t, trigger=_t, when=_ot, where=_ot,
                   who=st.lists(_t, max_size=3).map(tuple), mentions=st.lists(refs, max_size=3).map(tuple),
                   sources=st.lists(_t, max_size=2).map(tuple))
errors = st.builds(ErrorRecord, stage=_t, message=_t, error=_t, component=_ot, input=_ot)
findings = st.builds(Finding, type=_t, about=_t, summary=_t, claims=st.lists(_t, max_size=2).map(tuple),
                     refs=st.lists(refs, max_size=2).map(tuple),
                     pairs=st.lists(st.tuples(_t, _t), max_size=2).map(tuple))
entities = st.builds(Entity, id=_t, name=_t, aliases=st.lists(_t, max_size=2).map(tuple),
                     mentions=st.lists(refs, max_size=2).map(tuple))


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    article = draw(articles())
    ms = draw(st.lists(mentions(article.text), max_size=5))
    return Analysis(article=article, mentions=tuple(ms), claims=tuple(draw(st.lists(claims, max_size=2))),
                    events=tuple(draw(st.lists(events, max_size=2))),
                    errors=tuple(draw(st.lists(errors, max_size=2))))


@given(analyses())
def test_analysis_round_trips_through_json_text(a: Analysis) -> None:
    text = json.dumps(analysis_to_json(a))
    assert analysis_from_json(json.loads(text)) == a


@given(st.builds(Story, articles=st.lists(_t, max_size=3).map(tuple), events=st.lists(events, max_size=2).map(tuple),
                 people=st.lists(entities, max_size=2).map(tuple), claims=st.lists(claims, max_size=2).map(tuple),
                 corroborations=st.lists(findings, max_size=2).map(tuple),
                 conflicts=st.lists(findings, max_size=2).map(tuple), errors=st.lists(errors, max_size=2).map(tuple)))
def test_story_round_trips(story: Story) -> None:
    assert conv.structure(json.loads(json.dumps(conv.unstructure(story))), Story) == story


def test_money_stays_exact() -> None:
    m = QuantityMention(start=0, end=5, text="$1.25", value=Decimal("1.25"), unit="USD")
    data = json.loads(json.dumps(conv.unstructure(m, Mention)))
    assert data["kind"] == "quantity" and data["value"] == 1.25
    back = conv.structure(data, Mention)
    assert back == m and isinstance(back.value, Decimal)  # type: ignore[attr-defined]
    assert conv.unstructure(QuantityMention(start=0, end=2, text="12", value=12), Mention)["value"] == 12


def test_unknown_kinds_are_kept_not_lost() -> None:
    data = {"kind": "place", "start": 0, "end": 6, "text": "Moscow", "country": "RU"}
    m = conv.structure(data, Mention)
    assert isinstance(m, UnknownMention) and m.original_kind == "place" and m.data == {"country": "RU"}
    assert conv.unstructure(m, Mention) == {**data, "source": "", "confidence": 1.0}


def test_plugin_types_serialize_once_registered() -> None:
    from newskit_example_places import PlaceMention

    c = make_converter([PlaceMention])
    m = PlaceMention(start=0, end=6, text="Moscow", name="Moscow", country="RU")
    assert c.structure(c.unstructure(m, Mention), Mention) == m


def test_articles_keep_aware_datetimes() -> None:
    a = Article.from_dict({"id": "x", "text": "t", "published": "2024-06-11T16:51:00+09:00"})
    assert conv.structure(conv.unstructure(a), Article) == a
