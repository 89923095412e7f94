"""What the allegation/denial pairing reads once and keeps (issue #11): a claim text's
stems, and whether two sources are one party or one side, per pair of names.

The names and claims are invented: a ferry operator, its engineer, a port authority."""

from __future__ import annotations

from newskit.story import contested


def test_a_claim_texts_stems_are_read_once() -> None:
    text = "The operator said the Skerry ferry had been overloaded on Tuesday."
    every, common = contested._stems(text)
    assert contested._stems(text) is contested._stems(text)
    assert contested._stems.cache_info().maxsize == contested._NAMES_KEPT
    assert "skerr" in every or any(w.startswith("sker") for w in every)
    assert not any(w.startswith("sker") for w in common)  # a name is no common word
    assert contested._stopwords() is contested._stopwords()
    assert not (every & contested._stopwords())


def test_parties_and_sides_are_kept_per_pair_of_names() -> None:
    """The kept answers are the rule's: a body and a person of it are one side, not one
    party; two bodies are neither; the order of the names does not matter."""
    body, engineer, port = "Harbour Line", "Anna Berg of Harbour Line", "Skerry Port Authority"
    for f in (contested._same_party, contested._one_side):
        assert f.cache_info().maxsize == contested._NAMES_KEPT
    assert contested._one_side(body, engineer) and contested._one_side(engineer, body)
    assert contested._same_party(engineer, "Anna Berg") and not contested._same_party(engineer, body)
    assert not contested._one_side(body, port) and not contested._same_party(port, body)
    assert contested._same_party("Berg", "Anna Berg") and not contested._same_party(None, port)
    hits = contested._one_side.cache_info().hits
    assert contested._one_side(body, engineer)
    assert contested._one_side.cache_info().hits == hits + 1
