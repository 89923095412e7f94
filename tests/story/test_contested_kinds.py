"""Allegation/denial pairs across outlets when the allegation is stated as plain reported speech."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story


def test_an_assertion_one_outlet_shows_denied_is_what_another_outlets_finding_denies(pipeline: Pipeline) -> None:
    arts = [
        {"id": "a1", "source": "Harbour News", "published": "2025-05-02",
         "text": "Dock workers said the crane had been overloaded before it collapsed on Thursday. "
                 "The contractor denied that the crane had been overloaded."},
        {"id": "a2", "source": "City Wire", "published": "2025-05-03",
         "text": "A preliminary inspection found no evidence that the crane had been overloaded, the port authority said."},
    ]
    story = build_story([pipeline.run(Article.from_dict(a)) for a in arts])
    claims = {c.id: c for c in story.claims}
    groups = [{(claims[c].source, claims[c].stance) for c in f.claims}
              for f in story.conflicts if f.type == "contested"]
    assert any(("Dock workers", "asserts") in g or ("workers", "asserts") in g for g in groups), groups
    together = [g for g in groups if any(s == "denies" and "inspection" in (src or "") for src, s in g)]
    assert together and any(s == "asserts" for src, s in together[0]), groups
