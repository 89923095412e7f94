"""Session 11 (lead): a body's short name and its full name are one source (``Harbor Point``
/ ``Harbor Point Research``) when the full name goes on only in words of a firm's form;
a name of its own after it (``Northbridge Supporters' Trust``) or a coordination (``United
States and allies``) is another source. Claims written for these tests."""

from __future__ import annotations

from newskit.model import Claim
from newskit.story.short_names import full_source_names


def _claim(source: str, kind: str = "organisation") -> Claim:
    return Claim(article="a", start=0, end=1, text="x", source=source, stance="alleges", source_type=kind)


def test_a_short_name_takes_the_one_full_name_it_shortens() -> None:
    got = full_source_names([_claim("Kestrel Ridge Capital"), _claim("Kestrel Ridge"), _claim("Orlan")])
    assert [c.source for c in got] == ["Kestrel Ridge Capital", "Kestrel Ridge Capital", "Orlan"]


def test_a_name_of_its_own_or_a_coordination_is_another_source() -> None:
    claims = [_claim("Northbridge"), _claim("Northbridge Supporters' Trust"), _claim("United States"),
              _claim("United States and allies")]
    assert [c.source for c in full_source_names(claims)] == [c.source for c in claims]


def test_two_full_names_leave_the_short_one_alone_and_persons_are_not_touched() -> None:
    claims = [_claim("Vell"), _claim("Vell Group"), _claim("Vell Holdings"), _claim("Ana Ruiz", "person"),
              _claim("Ana Ruiz Group")]
    assert [c.source for c in full_source_names(claims)][:4] == ["Vell", "Vell Group", "Vell Holdings", "Ana Ruiz"]
