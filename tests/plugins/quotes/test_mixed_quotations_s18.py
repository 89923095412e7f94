"""Issue #14, session 18: quoted words inside reported speech (a mixed quotation) are one act
of speech - one mention, the quoted words, carrying the reported clause they are part of -
not a reported clause and a quotation counted apart. Sentences written for these tests from
shipping, farming, music, mining and weather news; none is taken from a corpus or from
bench/heldout_like."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, indirect_quotes, spoken

from newskit import Analysis, Article, Pipeline, QuoteMention
from newskit.serialize import analysis_from_json, analysis_to_json


@pytest.mark.parametrize(
    ("text", "words", "clause", "speaker"),
    [
        ('The ferry operator said crossings would resume "as soon as the swell drops".',
         "as soon as the swell drops", 'crossings would resume "as soon as the swell drops"', "The ferry operator"),
        ('Growers warned that the harvest would be "the smallest in living memory".',
         "the smallest in living memory", 'the harvest would be "the smallest in living memory"', "Growers"),
        ("The orchestra's manager, Petra Lind, said the tour had been \"a financial disaster\" for the players.",
         "a financial disaster", 'the tour had been "a financial disaster" for the players', "Petra Lind"),
    ],
)
def test_quoted_words_inside_reported_speech_are_one_mention(text: str, words: str, clause: str,
                                                             speaker: str) -> None:
    (q,) = all_quotes(text)
    assert q.direct and q.text == words
    assert spoken(text, q) == speaker
    assert q.clause_start is not None and q.clause_end is not None
    assert text[q.clause_start : q.clause_end].rstrip('"') == clause.rstrip('"')


def test_two_quoted_fragments_share_their_clause() -> None:
    text = 'The miners\' union said the offer was "an insult" and the talks "a waste of time".'
    qs = all_quotes(text)
    assert [q.text for q in qs] == ["an insult", "a waste of time"]
    assert all(q.direct for q in qs)
    assert len({(q.clause_start, q.clause_end) for q in qs}) == 1
    (clause,) = indirect_quotes(text)
    assert clause.text.startswith("the offer was")


def test_a_quotation_with_its_own_cue_is_no_part_of_the_clause_before() -> None:
    text = 'The council said the road would reopen in May. "We are confident," the engineer added.'
    reported, quoted = sorted(all_quotes(text), key=lambda q: q.direct)
    assert (reported.direct, reported.text) == (False, "the road would reopen in May")
    assert quoted.direct and quoted.clause_start is None and spoken(text, quoted) == "the engineer"


def test_reported_speech_without_quoted_words_carries_no_clause() -> None:
    text = "The weather service said the frost would last until Thursday."
    (q,) = all_quotes(text)
    assert not q.direct and q.clause_start is None and q.reported_clause(text) is None


def test_the_clause_comes_back_whole_with_the_same_voice() -> None:
    text = 'The ferry operator said crossings would resume "as soon as the swell drops".'
    (q,) = all_quotes(text)
    clause = q.reported_clause(text)
    assert clause is not None and not clause.direct
    assert clause.text.startswith("crossings would resume")
    assert (clause.speaker, clause.cue, clause.speaker_start) == (q.speaker, q.cue, q.speaker_start)


def test_the_claim_is_the_clause_not_the_quoted_words() -> None:
    text = 'The mine\'s owner, Kestrel Resources, said the shaft was "completely safe" for the crews.'
    art = Pipeline.build().run(Article.from_dict({"id": "a", "source": "Wire", "published": "2026-03-02",
                                                  "text": text}))
    assert [c.text for c in art.claims] == ['the shaft was "completely safe" for the crews']


def test_the_clause_survives_json_and_is_left_out_when_none() -> None:
    text = ('The ferry operator said crossings would resume "as soon as the swell drops". '
            '"We will add boats," said Ruth Ellery.')
    qs = all_quotes(text)
    data = analysis_to_json(Analysis(article=Article(id="a", text=text), mentions=tuple(qs)))
    quotes = [m for m in data["mentions"] if m["kind"] == "quote"]
    assert "clause_start" in quotes[0] and "clause_start" not in quotes[1]
    back = analysis_from_json(json.loads(json.dumps(data)))
    assert [m for m in back.mentions if isinstance(m, QuoteMention)] == qs


def test_shifting_moves_the_clause() -> None:
    text = 'The ferry operator said crossings would resume "as soon as the swell drops".'
    (q,) = all_quotes(text)
    moved = q.shifted(10)
    assert (moved.clause_start, moved.clause_end) == (q.clause_start + 10, q.clause_end + 10)  # type: ignore[operator]


_SUBJECTS = ["The harbour master", "Farmers in the valley", "The band's manager", "A spokeswoman for the mine"]
_CLAUSES = ["the season had been", "the new rules were", "the repairs would be"]
_WORDS = ["a total disaster", "long overdue", "the best in years", "nothing short of a miracle"]


@given(st.sampled_from(_SUBJECTS), st.sampled_from(["said", "insisted", "warned"]),
       st.sampled_from(_CLAUSES), st.sampled_from(_WORDS))
def test_any_mixed_quotation_is_one_mention_holding_its_words(subject: str, cue: str, clause: str,
                                                              words: str) -> None:
    text = f'{subject} {cue} {clause} "{words}".'
    qs = all_quotes(text)
    assert len(qs) == 1
    (q,) = qs
    assert q.text == words and q.clause_start is not None and q.clause_end is not None
    assert q.clause_start <= q.start and q.end <= q.clause_end + 1
