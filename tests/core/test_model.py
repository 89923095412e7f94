from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newskit import Article, DateMention, PersonMention, QuantityMention, Span
from newskit.model import Claim, Finding, Story
from newskit.timex import compatible, interval


def test_span_rejects_negative_and_reversed_offsets() -> None:
    with pytest.raises(ValueError):
        Span(start=-1, end=2)
    with pytest.raises(ValueError):
        Span(start=5, end=2)
    assert len(Span(start=2, end=5)) == 3


def test_mention_text_must_match_span_length() -> None:
    with pytest.raises(ValueError):
        PersonMention(start=0, end=5, text="Putin!", entity="Vladimir Putin")


def test_types_are_frozen() -> None:
    m = QuantityMention(start=0, end=2, text="12", value=12)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.value = 13  # type: ignore[misc]


def test_article_from_dict_parses_published_and_keeps_extra_metadata() -> None:
    a = Article.from_dict({"id": 7, "text": "Hi.", "published": "2024-06-11T16:51+09:00",
                           "outlet_rank": 3})
    assert a.id == "7"
    assert isinstance(a.published, dt.datetime)
    assert a.published.utcoffset() == dt.timedelta(hours=9)
    assert a.published_date == dt.date(2024, 6, 11)
    assert a.metadata == {"outlet_rank": 3}


def test_article_reads_an_iso_published_string_so_plugins_get_a_date() -> None:
    a = Article(id="a", text="Police said the bridge closed on Tuesday.", published="2026-10-15")
    assert a.published == dt.date(2026, 10, 15)
    b = Article(id="b", text="x", published="2026-10-15T08:15Z")
    assert b.published == dt.datetime(2026, 10, 15, 8, 15, tzinfo=dt.timezone.utc)


def test_article_published_string_dates_the_events_instead_of_failing_them() -> None:
    from newskit import Pipeline

    text = "Rebels attacked the northern town of Kindu on Monday, officials said."
    result = Pipeline.build(allow=["dates", "persons", "events"]).run(
        Article(id="a", text=text, published="2026-10-15"))
    assert result.errors == ()
    assert any(e.when == "2026-10-12" for e in result.events)


@pytest.mark.parametrize("bad", ["yesterday", "15/10/2026", 20261015])
def test_article_refuses_a_published_value_that_is_no_date(bad: object) -> None:
    with pytest.raises(ValueError, match="published"):
        Article(id="a", text="x", published=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [{"text": 3}, {"id": "x"}, ["text"], {"text": "x", "published": "June"}])
def test_article_from_dict_rejects_bad_input_clearly(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        Article.from_dict(bad)  # type: ignore[arg-type]


def test_date_mention_interval_from_timex_value() -> None:
    m = DateMention(start=0, end=10, text="June 18-19", value="2024-06-18/2024-06-19")
    assert m.interval() == (dt.datetime(2024, 6, 18), dt.datetime(2024, 6, 20))
    assert DateMention(start=0, end=8, text="24 years", type="DURATION", value="P24Y").interval() is None


@pytest.mark.parametrize(("a", "b", "ok"), [
    ("2024-06", "2024-06-18/2024-06-19", True),
    ("2000-07", "2024-06-18", False),
    ("2023", "2023-09-13", True),
    ("XXXX-06-18", "XXXX-06-18", True),
    ("PAST_REF", "2024", False),
    (None, "2024", True),
])
def test_timex_compatibility_is_granularity_aware(a: str | None, b: str, ok: bool) -> None:
    assert compatible(a, b) is ok


def test_interval_of_quarters_seasons_weeks_decades() -> None:
    assert interval("2024-Q3") == (dt.datetime(2024, 7, 1), dt.datetime(2024, 10, 1))
    assert interval("2023-WI") == (dt.datetime(2023, 12, 1), dt.datetime(2024, 3, 1))
    assert interval("2024-W25") == (dt.datetime(2024, 6, 17), dt.datetime(2024, 6, 24))
    assert interval("199X") == (dt.datetime(1990, 1, 1), dt.datetime(2000, 1, 1))
    assert interval("not a value") is None


def test_quote_shift_moves_speaker_and_cue_offsets() -> None:
    from newskit import QuoteMention

    q = QuoteMention(start=10, end=12, text="hi", speaker_start=0, speaker_end=3, cue_start=4, cue_end=8)
    s = q.shifted(5)
    assert (s.start, s.speaker_start, s.speaker_end, s.cue_start, s.cue_end) == (15, 5, 8, 9, 13)
    assert QuoteMention(start=0, end=1, text="x").shifted(2).speaker_start is None


def test_sentences_keep_abbreviations_inside() -> None:
    from newskit.text import sentences

    text = "He cited U.N. Security Council resolutions. Troops left the U.S. The next day Dr. Smith came."
    assert [s.slice(text) for s in sentences(text)] == [
        "He cited U.N. Security Council resolutions.", "Troops left the U.S.", "The next day Dr. Smith came."]


def test_sentences_end_after_a_time_or_a_firm_when_a_sentence_starter_follows() -> None:
    from newskit.text import sentences

    text = ("The pumps stopped at 7:58 a.m. The agency said the leak was small. "
            "Crews returned at 9 p.m. Monday, officials said. Shares of Acme Inc. It fell 4%. "
            "Acme Inc. shares fell.")
    assert [s.slice(text) for s in sentences(text)] == [
        "The pumps stopped at 7:58 a.m.", "The agency said the leak was small.",
        "Crews returned at 9 p.m. Monday, officials said.", "Shares of Acme Inc.", "It fell 4%.",
        "Acme Inc. shares fell."]


def _claim(cid: str, source: str, stance: str) -> Claim:
    return Claim(article="a1", start=0, end=4, text="text", source=source, stance=stance, id=cid)


def test_contested_pairs_are_the_pairs_the_finding_made() -> None:
    """A finding with a counter-charge holds both sides' allegations and denials; the
    pairs are the ones the detector made, never all its allegations crossed with all its
    denials (the union never denies its own charge)."""
    claims = (_claim("c1", "Dock Workers' Union", "alleges"), _claim("c2", "Harbour Lines", "denies"),
              _claim("c3", "Harbour Lines", "alleges"), _claim("c4", "dock workers union", "denies"))
    finding = Finding(type="contested", about="x", summary="s", claims=("c1", "c2", "c3", "c4"),
                      pairs=(("c1", "c2"), ("c3", "c4")))
    pairs = [(a.id, d.id) for a, d in Story(claims=claims, conflicts=(finding,)).contested_pairs()]
    assert pairs == [("c1", "c2"), ("c3", "c4")]


def test_contested_pairs_skip_unknown_ids_and_other_findings() -> None:
    claims = (_claim("c1", "Tenants' association", "alleges"), _claim("c2", "Larkspur Homes", "denies"))
    findings = (Finding(type="contested", about="x", summary="s", pairs=(("c1", "c2"), ("c1", "c9"))),
                Finding(type="figures", about="y", summary="s", pairs=(("c2", "c1"),)),
                Finding(type="contested", about="z", summary="s", pairs=(("c1", "c2"),)))
    pairs = [(a.id, d.id) for a, d in Story(claims=claims, conflicts=findings).contested_pairs()]
    assert pairs == [("c1", "c2")]


def test_a_finding_without_pairs_pairs_nothing() -> None:
    """Claim ids alone say who is involved, not who answers whom."""
    claims = (_claim("c1", "Tenants' association", "alleges"), _claim("c2", "Larkspur Homes", "denies"))
    finding = Finding(type="contested", about="x", summary="s", claims=("c1", "c2"))
    assert Story(claims=claims, conflicts=(finding,)).contested_pairs() == ()
