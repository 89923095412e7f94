"""The neighbour look-ups that keep one long article linear (a 5 MB article was four times
slower per character than the same text split into articles): each bisection gives exactly
what the pass over every span it replaced gave, on any sorted spans."""

from __future__ import annotations

from itertools import accumulate

from hypothesis import given
from hypothesis import strategies as st

from newskit.actors import Actor, _first_person_inside, _holds_known_body
from newskit_claims.affiliation import _first_starting_at, _last_ending_by
from newskit_quotes import _Contents, _governed, _participle_reports
from newskit_quotes.attribution import NP, Cue
from newskit_quotes.direct import Item

#: sorted spans that may overlap (a start and a length each)
SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=12).map(
    lambda xs: sorted((s, s + n) for s, n in xs))
#: sorted spans apart from one another, as the gazetteer's hits are
APART = st.lists(st.tuples(st.integers(0, 6), st.integers(1, 8), st.sampled_from(["city", "organisation",
                                                                                   "demonym", "outlet"])),
                 max_size=10)
AT = st.integers(0, 80)


def _apart(xs: list[tuple[int, int, str]]) -> list[Actor]:
    out, pos = [], 0
    for gap, n, kind in xs:
        out.append(Actor(pos + gap, pos + gap + n, "x", "x", kind))
        pos += gap + n
    return out


@given(SPANS, AT, st.integers(1, 20))
def test_the_first_person_inside_a_name_is_the_first_of_the_pass(persons: list[tuple[int, int]], s: int,
                                                                 n: int) -> None:
    e = s + n
    naive = next((p for p in persons if s <= p[0] < e or s < p[1] <= e), None)
    starts = [p[0] for p in persons]
    reach = list(accumulate((p[1] for p in persons), max))
    assert _first_person_inside(persons, starts, reach, s, e) == naive


@given(APART, AT, st.integers(1, 20))
def test_a_known_body_inside_a_name_is_found_as_by_the_pass(xs: list[tuple[int, int, str]], s: int, n: int) -> None:
    known = _apart(xs)
    span = (s, s + n)
    naive = any(not a.is_place and a.kind != "demonym" and a.start < span[1] and span[0] < a.end for a in known)
    assert _holds_known_body(known, [a.end for a in known], span) is naive


@given(SPANS, AT)
def test_the_bodies_before_and_after_a_person_are_those_of_the_pass(starts: list[tuple[int, int]], at: int) -> None:
    assert _last_ending_by(starts, at) == next((s for s in reversed(starts) if s[1] <= at), None)
    assert _first_starting_at(starts, at) == next((s for s in starts if s[0] == at), None)


def _item(start: int, end: int, cue: tuple[int, str] | None, np: bool = True) -> Item:
    c = None if cue is None else Cue(cue[0], cue[0] + 5, 0, 0, cue[1], frozenset({"speech"}))
    return Item(start, end, False, c, NP(0, 1, 0, 0) if np else None)


ITEMS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30),
                           st.one_of(st.none(), st.tuples(st.integers(0, 80), st.sampled_from(["saying", "said"]))),
                           st.booleans()), max_size=10).map(lambda xs: [_item(s, s + n, c, np) for s, n, c, np in xs])


@given(ITEMS, AT)
def test_a_position_inside_a_report_s_content_is_read_as_by_the_pass(items: list[Item], at: int) -> None:
    assert _Contents(items).hold(at) is any(o.start <= at < o.end for o in items)


@given(ITEMS, st.integers(0, 60), st.integers(1, 20), st.integers(0, 80))
def test_a_quotation_goes_to_the_nearest_participle_report_as_by_the_pass(indirect: list[Item], start: int, n: int,
                                                                         cue: int) -> None:
    d = Item(start, start + n, True, Cue(cue, cue + 4, 0, 0, "said", frozenset({"speech"})), NP(0, 1, 0, 0))
    inner = [r for r in indirect if r.cue is not None and r.np is not None and r.cue.form.endswith("ing")
             and r.start <= d.start and d.end <= r.end + 1 and d.cue is not None and d.cue.end <= r.cue.start < d.start]
    expected = d if not inner else max(inner, key=lambda x: x.cue.start if x.cue else 0)
    got = _governed(d, _participle_reports(indirect))
    assert (got.cue, got.np) == (expected.cue, expected.np)
