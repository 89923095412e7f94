"""``the government`` as a speaker stands for a country spoken of before (a country's name
or its seat), never for the firm or campaign group that spoke last
(plugins/newskit_quotes ``resolution.Resolver._org_desc``). Sentences written for these
tests."""

from __future__ import annotations

from newskit import Article, Pipeline


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    a = Pipeline.build().run(Article(id="t", text=text, published="2026-04-10"))
    return [(m.speaker, m.cue) for m in a.mentions if m.kind == "quote"]


def test_the_government_is_no_campaign_group() -> None:
    got = _speakers("Campaign group Clean Air Velden accused the company of hiding emissions. Norvik Copper "
                    "rejected the accusation.\nThe government has promised a plan to support the town.")
    assert ("Clean Air Velden", "promised") not in got and all("Clean Air" not in (s or "") for s, c in got if c == "promised")


def test_the_government_is_the_country_that_spoke_before() -> None:
    got = _speakers("Chile said the smelter would close. The government has promised a plan to support the town.")
    assert ("Chile", "promised") in got
