"""A kit for plugin authors: hypothesis strategies, a contract any extractor must pass and
checks for a vocabulary contribution and a finding detector (:mod:`.extending`).

    from newskit.testing import check_extractor
    def test_contract():
        check_extractor(MyExtractor())

The pytest plugin (``newskit.testing.pytest_plugin``, loaded automatically once newskit is
installed) adds the ``newskit_pm`` and ``newskit_contract`` fixtures.
"""

from __future__ import annotations

from newskit.testing.contract import ContractViolation, check_extractor, check_mentions
from newskit.testing.extending import check_finding_detector, check_vocabulary
from newskit.testing.strategies import (
    articles,
    embedded,
    mentions,
    news_texts,
    published_dates,
    spans,
)

__all__ = [
    "ContractViolation",
    "articles",
    "check_extractor",
    "check_finding_detector",
    "check_mentions",
    "check_vocabulary",
    "embedded",
    "mentions",
    "news_texts",
    "published_dates",
    "spans",
]
