"""``newskit.text.match_ahead``: a look-ahead after a mention reads a bounded stretch of text
(session 37, issue #11). Unbounded, the ``regex`` module searches the rest of the text for a
literal the pattern requires before it matches at a position, so one look-ahead per mention
is quadratic in the article's length; step counts cannot see that work, so these tests check
the bound itself and that it changes no match a look-ahead is written to find."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newskit.text import LOOK_AHEAD, match_ahead

_BELOW_ZERO = regex.compile(r"\s+degrees\s+below\s+zero")


def test_a_match_within_reach_is_found() -> None:
    text = "It was 10 degrees below zero at dawn."
    m = match_ahead(_BELOW_ZERO, text, text.index(" degrees"))
    assert m is not None and m.group().strip() == "degrees below zero"


def test_nothing_past_the_reach_is_read() -> None:
    pattern = regex.compile(r"a+b")
    text = "a" * (LOOK_AHEAD + 50) + "b"
    assert pattern.match(text, 0) is not None  # unbounded, the match runs to the end
    assert match_ahead(pattern, text, 0) is None
    assert match_ahead(pattern, text, 0, reach=len(text)) is not None


def test_the_reach_is_counted_from_the_position_and_clipped_at_the_end() -> None:
    text = "x" * 1000 + " degrees below zero"
    assert match_ahead(_BELOW_ZERO, text, 1000) is not None
    assert match_ahead(_BELOW_ZERO, text, 1000, reach=5) is None


@given(st.text(alphabet="ab \n", max_size=400), st.integers(min_value=0, max_value=400))
def test_a_short_match_is_the_same_bounded_or_not(text: str, pos: int) -> None:
    pattern = regex.compile(r"a{1,20}\s?b")
    pos = min(pos, len(text))
    whole, bounded = pattern.match(text, pos), match_ahead(pattern, text, pos)
    assert (whole.span() if whole else None) == (bounded.span() if bounded else None)


def _unbounded_calls(package: str) -> list[str]:
    """Positional ``.match(text, pos)`` / ``.search(text, pos)`` calls (no end position) on
    an article's text (``text``, ``doc.text``, a line) in a package's source."""
    import ast
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    root = repo / "src" / "newskit" / "story" if package == "story" else repo / "plugins" / package
    found = []
    for path in sorted(root.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr in ("match", "search") and len(node.args) == 2 and not node.keywords:
                first = node.args[0]
                name = first.id if isinstance(first, ast.Name) else first.attr if isinstance(first, ast.Attribute) else ""
                if name in ("text", "t", "line"):
                    found.append(f"{path.name}:{node.lineno}")
    return found


@pytest.mark.parametrize("package", ["newskit_quantities", "newskit_dates", "newskit_persons", "newskit_quotes",
                                     "newskit_claims", "newskit_events", "story"])
def test_every_bundled_extractor_and_the_story_look_ahead_through_a_bound(package: str) -> None:
    assert _unbounded_calls(package) == []
