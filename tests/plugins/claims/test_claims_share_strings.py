"""An article's claims keep each distinct string of their sources, cues and the spans that
name them once, not an equal copy per claim: the same records."""

from __future__ import annotations

from newskit import Article, Pipeline

_TEXT = " ".join([
    "The port authority denied that the dredging had damaged the oyster beds.",
    "Local fishermen alleged that the dredging had silted up the channel.",
    "The port authority denied that it had ignored the warnings.",
    "Local fishermen alleged that the authority had hidden a survey.",
    "The port authority denied that any survey existed.",
])


def test_equal_strings_of_an_article_s_claims_are_one_string(pipeline: Pipeline) -> None:
    art = pipeline.run(Article.from_dict({"id": "a", "published": "2026-03-02", "text": _TEXT}))
    claims = art.claims
    assert sum(1 for c in claims if c.cue == "denied") >= 2
    strings = [s for c in claims for s in (c.source, c.cue) if s is not None]
    strings += [r.text for c in claims for r in (c.source_ref, c.cue_ref) if r is not None]
    assert sum(1 for s in strings if s == "denied") >= 4  # the cues and the cues' spans
    first: dict[str, str] = {}
    assert all(first.setdefault(s, s) is s for s in strings)
