"""The contract every extractor must keep, checkable by any plugin's tests.

1. never raises on arbitrary Unicode text (and on news-like text);
2. every mention is of a kind the extractor ``provides`` and slices the article text;
3. deterministic: the same article gives the same mentions;
4. results serialize to JSON and read back equal;
5. prefixing the text with spaces shifts every offset by the prefix length.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from newskit.components import Extractor
from newskit.model import Article, Mention
from newskit.testing.strategies import articles, news_texts

if TYPE_CHECKING:
    import cattrs

__all__ = ["ContractViolation", "check_extractor", "check_mentions"]


class ContractViolation(AssertionError):
    """An extractor broke the newskit contract; the message says which clause and how."""


def check_mentions(extractor: Extractor, article: Article, found: Iterable[Mention]) -> list[Mention]:
    """Clause 2 for one result: kinds declared, offsets valid, text slices."""
    out = list(found)
    for m in out:
        if not isinstance(m, Mention):
            raise ContractViolation(f"{extractor.name}: returned {type(m).__name__}, not a Mention")
        if m.kind not in extractor.provides:
            raise ContractViolation(f"{extractor.name}: returned kind {m.kind!r}, "
                                    f"provides only {sorted(extractor.provides)}")
        if not (0 <= m.start <= m.end <= len(article.text)):
            raise ContractViolation(f"{extractor.name}: offsets [{m.start}, {m.end}) outside "
                                    f"a text of length {len(article.text)}")
        if article.text[m.start:m.end] != m.text:
            raise ContractViolation(f"{extractor.name}: text {m.text!r} != slice "
                                    f"{article.text[m.start:m.end]!r} at [{m.start}, {m.end})")
    return out


def _run(extractor: Extractor, article: Article, required: Sequence[Mention]) -> list[Mention]:
    try:
        got = extractor.extract(article, required)
        return check_mentions(extractor, article, got)
    except ContractViolation:
        raise
    except Exception as exc:
        raise ContractViolation(f"{extractor.name}: raised {type(exc).__name__}: {exc} "
                                f"on text {article.text[:200]!r}") from exc


def _strip_source(ms: Iterable[Mention]) -> list[tuple[Any, ...]]:
    from newskit.serialize import default_converter

    conv = default_converter()
    return sorted(tuple(sorted((k, repr(v)) for k, v in conv.unstructure(m, Mention).items()))
                   for m in ms)


def _check_deterministic(extractor: Extractor, article: Article, required: Sequence[Mention],
                         first: Sequence[Mention]) -> None:
    """A second run on the same article gives the same mentions."""
    again = _run(extractor, article, required)
    if _strip_source(first) != _strip_source(again):
        raise ContractViolation(f"{extractor.name}: not deterministic on {article.text[:200]!r}")


def _check_round_trip(extractor: Extractor, conv: cattrs.Converter, found: Sequence[Mention]) -> None:
    """Every mention reads back equal from its JSON form."""
    for m in found:
        data = conv.unstructure(m, Mention)
        back = conv.structure(data, Mention)
        if back != m:
            raise ContractViolation(f"{extractor.name}: {m!r} does not survive a JSON round "
                                    f"trip (read back {back!r})")


def _check_shift(extractor: Extractor, article: Article, required: Sequence[Mention],
                 first: Sequence[Mention], shift: int) -> None:
    """Prefixing ``shift`` spaces to the text shifts every offset by ``shift`` and changes
    nothing else."""
    shifted_article = Article(id=article.id, text=" " * shift + article.text,
                              published=article.published)
    # the required mentions move with the text, as they would from a real extractor
    moved = [m.shifted(shift) for m in required]
    shifted = _run(extractor, shifted_article, moved)
    expected = _strip_source(m.shifted(shift) for m in first)
    if _strip_source(shifted) != expected:
        raise ContractViolation(
            f"{extractor.name}: prefixing {shift} spaces did not shift every offset by "
            f"{shift} on {article.text[:200]!r}")


def check_extractor(
    extractor: Extractor,
    *,
    texts: st.SearchStrategy[str] | None = None,
    required: Sequence[Mention] = (),
    mention_types: Sequence[type[Mention]] = (),
    max_examples: int = 60,
    shrink: bool = True,
) -> None:
    """Run the whole contract on ``extractor`` with generated articles.

    ``texts`` adds domain text (the default mixes news-like tokens with arbitrary Unicode).
    ``required`` is passed as the mentions of the required kinds (usually empty).
    ``mention_types`` are the plugin's own mention classes (what it registers through
    ``newskit_register_mention_types``), needed for the JSON round trip.
    Raises :class:`ContractViolation` with a minimal failing example (``shrink=False``:
    the first failing example, found without the search for a smaller one).
    """
    from newskit.serialize import make_converter

    text_strategy = st.one_of(news_texts(), st.text(max_size=200), *([texts] if texts is not None else []))
    conv = make_converter({*mention_types, *(type(m) for m in required)})

    phases = tuple(Phase) if shrink else (Phase.explicit, Phase.reuse, Phase.generate)

    @settings(max_examples=max_examples, deadline=None, database=None, phases=phases,
              suppress_health_check=list(HealthCheck))
    @given(articles(texts=text_strategy), st.integers(1, 5))
    def run(article: Article, shift: int) -> None:
        required_here = [m for m in required if m.end <= len(article.text)]
        first = _run(extractor, article, required_here)
        _check_deterministic(extractor, article, required_here, first)
        _check_round_trip(extractor, conv, first)
        _check_shift(extractor, article, required_here, first, shift)

    try:
        run()
    except ContractViolation:
        raise
    except Exception as exc:
        # several distinct failures arrive as an exception group: surface the first breach
        for inner in getattr(exc, "exceptions", ()):
            if isinstance(inner, ContractViolation):
                raise inner from exc
        raise
