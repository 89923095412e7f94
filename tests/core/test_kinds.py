"""newskit.kinds: one list of the kinds of body and of post, read by the quotes and claims
plugins (session 49: the lists were kept in each plugin and had drifted apart)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from newskit import Article, Pipeline
from newskit.datafiles import package_json
from newskit.kinds import body_kind, names_no_company, post
from newskit.text import ends_as_plural


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def test_body_kind_maps_heads_to_their_kind() -> None:
    assert body_kind("department") == body_kind("ministry") == "ministry"
    assert body_kind("guild") == "league"
    assert body_kind("lender") == "company"
    assert body_kind("agency") is None  # names any body
    assert body_kind("union") == "union"  # a firm named "... Union" is rare


def test_post_maps_words_to_their_post() -> None:
    assert post("attorney") == post("lawyer") == "lawyer"
    assert post("spokeswoman") == "spokesman"
    assert post("official") is None


def test_names_no_company_reads_kinds_and_other_words() -> None:
    assert names_no_company("Ministry") and names_no_company("ministerio")
    assert names_no_company("Partido") and names_no_company("Union") and names_no_company("MV")
    assert not names_no_company("League")  # a civic body may own a role as a company does
    assert not names_no_company("Bank") and not names_no_company("Hospital")


def test_each_word_is_in_one_kind_and_one_post() -> None:
    d = package_json("newskit", "kinds.json")
    heads = Counter(w for kind in d["body_kinds"] for w in kind["heads"])
    words = Counter(w for p in d["posts"] for w in p)
    assert [w for w, n in heads.items() if n > 1] == []
    assert [w for w, n in words.items() if n > 1] == []
    assert all(set(kind) <= {"heads", "never_a_company", "other_languages"} for kind in d["body_kinds"])
    assert all(w == w.lower() for w in heads) and all(w == w.lower() for w in words)


def test_plugins_keep_no_copy_of_the_lists() -> None:
    from newskit.patterns import read_data

    quotes = json.loads(read_data("newskit_quotes", "actors.json"))
    claims = json.loads(read_data("newskit_claims", "cues.json"))
    assert not {"body_kinds", "offices"} & set(quotes)
    assert "not_companies" not in claims


@pytest.mark.parametrize(("word", "plural"), [
    ("lawyers", True), ("Auditors", True), ("witness", False), ("lawyer's", False),
    ("lawyer\u2019s", False), ("lawyer", False), ("", False),
])
def test_ends_as_plural(word: str, plural: bool) -> None:
    assert ends_as_plural(word) is plural


def _speakers(pipeline: Pipeline, text: str) -> list[str | None]:
    return [m.speaker for m in pipeline.run(Article.from_dict({"text": text})).mentions if m.kind == "quote"]


def test_quotes_read_the_kinds_from_the_core(pipeline: Pipeline) -> None:
    text = ("The Fisheries Department said the nets were illegal. "
            "The guild said its members would appeal the ban.")
    assert _speakers(pipeline, text)[-1] == "guild"


def test_claims_read_no_company_words_from_the_core(pipeline: Pipeline) -> None:
    text = ("The Harbour Ministry accused Kelvo Freight of dumping oil in the bay. "
            "The company denied the accusation on Monday.")
    claims = pipeline.run(Article.from_dict({"text": text})).claims
    sources = {c.source for c in claims if c.stance == "denies"}
    assert sources == {"Kelvo Freight"}


def test_introduced_initials_read_from_the_text() -> None:
    from newskit.body_names import introduced_initials

    text = ("Crews struck at the Selvo River Shipping Company (SRSC) on Monday, said the Harbour "
            "Board (HB). Nothing was said (OK).")
    assert introduced_initials(text) == (("SRSC", "Selvo River Shipping Company"), ("HB", "Harbour Board"))
