"""Session 47 (issue #14): ``they`` never stands for one person's role read before (``He
denies wrongdoing, his lawyer said. ... , they told the court.``): the plural pronoun takes
the latest body or group that spoke, as before; a plural role (``his lawyers``) still may
be ``they``. Invented sentences."""

from __future__ import annotations

from newskit import Article, Pipeline, QuoteMention


def _speakers(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2026-05-02T10:00", "text": text}))
    return {m.text[:25]: m.speaker for m in a.mentions if isinstance(m, QuoteMention)}


def test_they_is_not_one_lawyer(pipeline: Pipeline) -> None:
    got = _speakers(pipeline, "A court ordered Tom Hale held for 28 days on Friday, as prosecutors said they "
                              "suspected him of fraud.\nTom Hale, 58, was arrested on Thursday. He denies wrongdoing, "
                              "his lawyer said.\nProsecutors had first put the sum at 4 million euros but raised it "
                              "after reading bank records, they told the court.")
    assert got.get("Prosecutors had first put") == "prosecutors", got


def test_they_may_be_several_lawyers(pipeline: Pipeline) -> None:
    from newskit_quotes.resolution import _plural_role

    assert _plural_role("lawyers of Tom Hale") and not _plural_role("lawyer of Tom Hale")
    assert not _plural_role("lawyer for Tom Hale") and not _plural_role("boss's aide")
