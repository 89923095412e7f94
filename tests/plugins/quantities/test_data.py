"""The data files load and have the shape the code expects."""

from __future__ import annotations

from newskit_quantities.numbers import data


def test_numbers_json() -> None:
    d = data("numbers.json")
    for table in ("units", "teens", "tens", "hundred", "scales", "scale_abbreviations",
                  "ordinals", "denominators", "dozen", "vague", "multiplicatives"):
        assert d[table] and all(isinstance(v, int) and v >= 0 for v in d[table].values())
    assert all("/" in v for v in d["vulgar_fractions"].values())


def test_units_json() -> None:
    d = data("units.json")
    assert all(len(code) == 3 and code.isupper() for code in d["currency_codes"])
    for table in ("currency_symbols", "currency_words", "percent_words",
                  "units_case_sensitive", "unit_words"):
        assert all(isinstance(k, str) and k and isinstance(v, str) and v
                   for k, v in d[table].items()), table
    assert all(k == k.lower() for k in d["currency_words"])
    assert set(d["months"]) >= {"january", "sept", "dec"}


def test_grammar_json() -> None:
    d = data("grammar.json")
    classes = {None, "approx", "about", "over", "under", "vague"}
    assert set(d["approximators"].values()) <= classes
    assert set(d["suffix_approximators"].values()) <= classes
    for table in ("stopwords", "identifier_words", "score_words", "one_blockers_before",
                  "one_blockers_after", "determiners_before_year", "change_verbs"):
        assert all(isinstance(w, str) and w == w.lower() for w in d[table]), table


def test_plurals_json() -> None:
    d = data("plurals.json")
    assert all(isinstance(v, str) and k != v for k, v in d["irregular"].items())
    for table in ("invariant", "ie_nouns", "us_nouns", "is_nouns", "s_nouns", "oe_nouns",
                  "f_nouns", "che_nouns"):
        assert d[table] and all(w == w.lower() and " " not in w for w in d[table]), table
        assert len(set(d[table])) == len(d[table]), table
