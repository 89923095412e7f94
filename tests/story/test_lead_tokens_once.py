"""The lead's tokens, read once per article (issue #11): each caller gets its own lists,
the same tokens every time. The article is invented: a council's vote on a bridge toll."""

from __future__ import annotations

from newskit import Article
from newskit.model import Analysis
from newskit.story.predicate import lead_text, lead_tokens

TEXT = ("The city council voted on Tuesday to scrap the bridge toll. Drivers will pay nothing from May. "
        "The toll raised 4 million a year.")


def _analysis() -> Analysis:
    art = Article.from_dict({"id": "t1", "title": "Council scraps bridge toll", "text": TEXT,
                             "published": "2025-03-04"})
    return Analysis(article=art, mentions=())


def test_the_lead_tokens_are_the_headline_and_the_first_sentences() -> None:
    head, body = lead_tokens(_analysis())
    assert [w for w, *_ in head] == ["Council", "scraps", "bridge", "toll"]
    assert all(h for *_, h in head) and not any(h for *_, h in body)
    words = [w for w, *_ in body]
    assert "scrap" in words and "Drivers" in words and "raised" not in words  # two sentences
    s = TEXT.index("scrap ")
    assert ("scrap", s, s + 5, False) in body


def test_each_call_gets_its_own_lists() -> None:
    a = _analysis()
    head, body = lead_tokens(a)
    head.clear()
    body.append(("extra", 0, 5, False))
    again_head, again_body = lead_tokens(a)
    assert len(again_head) == 4 and ("extra", 0, 5, False) not in again_body
    assert lead_text(a) == again_head + again_body
    one_head, one_body = lead_tokens(a, 1)
    assert one_head == again_head and "Drivers" not in [w for w, *_ in one_body]
