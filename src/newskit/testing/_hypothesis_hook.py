"""Registered through the ``hypothesis`` entry point: ``st.from_type(Article)`` just works."""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from newskit.model import Article
    from newskit.testing.strategies import articles

    st.register_type_strategy(Article, articles())
