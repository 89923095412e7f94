"""Work a story build did again and again, now done once (issue #11): a frame group's spans
read each article's words once for all groups, and a denial's accuser read at each word of
the name, each word compiled once. Each answer is compared with the reading it replaces.

The stories are invented, of other kinds of news than the story sets: a museum closed, a
dam approved, and a doping allegation in cycling."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Analysis, Article, Pipeline
from newskit.story import contested, frames
from newskit.story.frames import Frame, frame_groups
from newskit.story.predicate import (
    LEAD_TOKEN,
    base,
    family_of,
    is_modifier,
    story_bases,
    verb_stems,
)


def _arts(*rows: tuple[str, str]) -> list[Article]:
    return [Article.from_dict({"id": f"r{n}", "published": "2026-04-02", "title": t, "text": x})
            for n, (t, x) in enumerate(rows)]


MUSEUM = (
    ("Kelso council closes harbour museum",
     "Kelso council closed the Harbour Museum on Monday to save money, its leader said.\n"
     "The council said closing the museum would save 300,000 pounds a year."),
    ("Harbour museum shut by council",
     "Kelso's council shut the Harbour Museum on Monday after a vote.\n"
     "Campaigners said the museum's closure was a mistake and the council closed it too fast."),
    ("Museum closure angers Kelso",
     "Residents protested on Tuesday after the council closed the Harbour Museum.\n"
     "The closure leaves the town with no museum."),
)

DAM = (
    ("Regulators approve Lenne dam",
     "State regulators approved the Lenne dam on Tuesday after a ten-year review.\n"
     "The approval clears the way for building to start."),
    ("Lenne dam gets green light",
     "The state approved a dam on the Lenne river on Tuesday, officials said.\n"
     "Environmental groups said they would challenge the approval."),
)


def _spans_as_before(analyses: Sequence[Analysis], groups: Sequence[Sequence[Frame]]) -> list[set[tuple[str, int, int]]]:
    """The frame spans as they were read before: every article tokenised for every group,
    each word's family taken at each of its occurrences."""
    dated = [a for a in analyses if a.article.published_date is not None]
    bases = story_bases(a.article.text for a in dated)
    inflected = verb_stems(a.article.text for a in dated)
    out: list[set[tuple[str, int, int]]] = []
    for g in groups:
        fams: dict[str, set[str]] = {}
        for f in g:
            fams.setdefault(f.article, set()).add(family_of(f.word, bases))
        nouns = frames.happening_nouns([g])
        spans = {(f.article, f.start, f.end) for f in g if f.start >= 0}
        for a in dated:
            toks = [(m.group(), m.start(), m.end(), False) for m in LEAD_TOKEN.finditer(a.article.text)]
            for i, (w, s, e, _h) in enumerate(toks):
                if not (w.isalpha() and w.islower()):
                    continue
                if (family_of(w, bases) in fams.get(a.article.id, ()) and not is_modifier(toks, i, inflected)) or \
                        (base(w) in nouns and not is_modifier(toks, i, inflected)):
                    spans.add((a.article.id, s, e))
        out.append(spans)
    return out


def test_frame_spans_are_those_every_group_read_alone(pipeline: Pipeline) -> None:
    joined = 0
    for rows in (MUSEUM, DAM, MUSEUM + DAM):
        analyses = [pipeline.run(a) for a in _arts(*rows)]
        groups = frame_groups(analyses)
        assert groups, "each story has an act told by several outlets"
        got = frames._spans(analyses, groups)
        assert got == _spans_as_before(analyses, groups)
        assert frames._spans(analyses, groups) == got  # read again: the kept words give the same
        joined += sum(len(s) > len({(f.article, f.start) for f in g if f.start >= 0})
                      for s, g in zip(got, groups, strict=True))
    assert joined, "a later mention of the act's family ('the approval') joins its group's spans"


def _search_as_before(words: list[str], text: str) -> bool:
    head = "(?:" + "|".join(words) + ")"
    return regex.search(r"(?<![\p{L}])" + head + r"(?:['’]s?\s)", text, regex.I) is not None or \
        regex.search(r"\b(?:by|from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?" + head + r"(?![\p{L}])", text, regex.I) is not None \
        or regex.search(r"(?<![\p{L}])" + head + r"s?\s+(?:" + contested._charge_nouns() + r")(?![\p{L}])", text,
                        regex.I) is not None


_WORDS = ["Marsh", "marsh", "MARSH", "Marsh's", "Marsh’s", "by", "from", "the", "former", "coach", "Tom",
          "UCI", "claims", "allegations", "rejected", "denied", "Marshall", "of", ",", "."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=10).map(" ".join),
       st.sampled_from([["Marsh"], ["Marsh", "UCI"], ["Tom"]]))
def test_an_accuser_named_in_a_denial_is_found_as_before(text: str, words: list[str]) -> None:
    """Read at each word of the name (session 61), as the patterns around the name found it."""
    found = any(contested._names_at(text, m.start(), m.end()) for w in words
                for m in contested._name_word(w).finditer(text, overlapped=True))
    assert found == _search_as_before(words, text)


def test_the_kept_patterns_are_bounded() -> None:
    assert contested._name_word.cache_info().maxsize == contested._NAMES_KEPT
    # the denier's name in an allegation is found with no pattern kept (newskit.text.has_word)


def test_a_texts_tokens_are_kept_and_read_alike() -> None:
    from newskit.story import learned

    text = "After the landslide, villagers in Tamsa said the road had given way overnight."
    toks = learned._tokens(text)
    assert toks is learned._tokens(text)  # read once for every step of the build
    assert [w for w, s, e in toks] == [m.group() for m in learned._TOKEN.finditer(text)]
    assert all(text[s:e] == w for w, s, e in toks)
    assert learned._tokens.cache_info().maxsize is not None  # a bounded cache


def test_a_units_dimension_is_kept_but_a_currency_follows_the_storys_rates() -> None:
    from newskit.story import figure_units

    figure_units._table_dimension.cache_clear()
    assert figure_units._unit_dimension("km") == figure_units._unit_dimension("km")
    assert figure_units._table_dimension.cache_info().hits >= 1  # read once, then kept
    before = figure_units._table_dimension.cache_info().currsize
    assert figure_units._unit_dimension("GBP")[0].startswith("money:")
    # a currency's factor is the story's: never kept
    assert figure_units._table_dimension.cache_info().currsize == before
    assert figure_units._unit_dimension(None) == ("count", 1.0)
    assert figure_units._table_dimension.cache_info().maxsize is not None  # a bounded cache


def test_a_claims_acts_are_kept_per_text_and_read_as_before() -> None:
    text = "Rebels said the army had not paid any ransom but had shelled the village."
    assert contested._asserted_acts(text) is contested._asserted_acts(text)
    assert contested._acts(text) == frozenset(
        name for name, pat in contested._act_patterns() if pat.search(text))
    assert contested._asserted_acts(text) <= contested._acts(text)
    assert contested._asserted_acts.cache_info().maxsize == contested._NAMES_KEPT
