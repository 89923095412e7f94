"""Session 11 (lead): a body's short name and its full name are one source (``Harbor Point``
/ ``Harbor Point Research``) when the full name goes on only in words of a firm's form;
a name of its own after it (``Northbridge Supporters' Trust``) or a coordination (``United
States and allies``) is another source. Claims written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Analysis, Article, Claim, PersonMention
from newskit.story.short_names import full_source_names, introduced_source_names


def _claim(source: str, kind: str = "organisation") -> Claim:
    return Claim(article="a", start=0, end=1, text="x", source=source, stance="alleges", source_type=kind)


def test_a_short_name_takes_the_one_full_name_it_shortens() -> None:
    got = full_source_names([_claim("Kestrel Ridge Capital"), _claim("Kestrel Ridge"), _claim("Orlan")])
    assert [c.source for c in got] == ["Kestrel Ridge Capital", "Kestrel Ridge Capital", "Orlan"]


def test_a_trade_word_after_a_name_makes_its_full_name_but_a_place_stays_itself() -> None:
    got = full_source_names([_claim("Quorvane Metering"), _claim("Quorvane"), _claim("Kenya Railways"),
                             _claim("Kenya", "country")])
    assert [c.source for c in got] == ["Quorvane Metering", "Quorvane Metering", "Kenya Railways", "Kenya"]


def test_a_name_of_its_own_or_a_coordination_is_another_source() -> None:
    claims = [_claim("Northbridge"), _claim("Northbridge Supporters' Trust"), _claim("United States"),
              _claim("United States and allies")]
    assert [c.source for c in full_source_names(claims)] == [c.source for c in claims]


def test_two_full_names_leave_the_short_one_alone_and_persons_are_not_touched() -> None:
    claims = [_claim("Vell"), _claim("Vell Group"), _claim("Vell Holdings"), _claim("Ana Ruiz", "person"),
              _claim("Ana Ruiz Group")]
    assert [c.source for c in full_source_names(claims)][:4] == ["Vell", "Vell Group", "Vell Holdings", "Ana Ruiz"]


# Session 22: a body an article names whole first and short after (invented sentences)
_TERMINAL = ("Dockworkers were locked out of Harwell Container Terminals on Monday. "
             "Harwell said the union had blocked the gates, which the union denied.")
_WIRE = "Harwell Container Terminals and the union met on Tuesday; Harwell declined to comment."


def _articles(*texts: str, persons: tuple[tuple[int, int, str], ...] = ()) -> list[Analysis]:
    return [Analysis(article=Article(id=f"a{k}", text=t),
                     mentions=tuple(PersonMention(start=s, end=e, text=t[s:e], entity=t[s:e]) for s, e, _ in persons))
            for k, t in enumerate(texts)]


def test_a_body_named_whole_then_short_takes_its_whole_name() -> None:
    got = introduced_source_names([_claim("Harwell"), _claim("union")], _articles(_TERMINAL, _WIRE))
    assert [c.source for c in got] == ["Harwell Container Terminals", "union"]


def test_an_article_naming_the_body_short_at_first_leaves_it_short() -> None:
    other = "Harwell, the port's biggest operator, said the blockade had cost it millions."
    got = introduced_source_names([_claim("Harwell")], _articles(_TERMINAL, other))
    assert [c.source for c in got] == ["Harwell"]


def test_two_whole_names_a_person_after_it_or_a_person_source_leave_it_short() -> None:
    two = "Harwell Logistics, a sister firm, was not involved."
    assert introduced_source_names([_claim("Harwell")], _articles(_TERMINAL, two))[0].source == "Harwell"
    titled = "Harwell Chief Executive Dana Moyo spoke first. Harwell said it would appeal."
    at = titled.index("Dana")
    got = introduced_source_names([_claim("Harwell")], _articles(titled, persons=((at, at + 9, ""),)))
    assert got[0].source == "Harwell"
    person = [_claim("Harwell Moyo", "person"), _claim("Harwell", "person")]
    at = _TERMINAL.index("Harwell said")
    titled = [Analysis(article=Article(id="a", text=_TERMINAL), mentions=(
        PersonMention(start=at, end=at + 7, text="Harwell", entity="Harwell", title="Director"),))]
    assert [c.source for c in introduced_source_names(person, titled)] == ["Harwell Moyo", "Harwell"]


def test_a_lone_word_read_as_a_person_with_no_title_is_the_body_named_whole() -> None:
    got = introduced_source_names([_claim("Harwell", "person")], _articles(_TERMINAL, _WIRE))
    assert (got[0].source, got[0].source_type) == ("Harwell Container Terminals", "organisation")


def test_a_place_or_a_name_cut_by_a_possessive_never_grows() -> None:
    text = "Rotterdam Port Authority staff were sent home. Rotterdam said the strike was illegal."
    assert introduced_source_names([_claim("Rotterdam")], _articles(text))[0].source == "Rotterdam"
    fans = "Northbridge Supporters' Trust called a meeting. Northbridge said it would not attend."
    assert introduced_source_names([_claim("Northbridge")], _articles(fans))[0].source == "Northbridge"


@given(st.text(alphabet="Harwel Cointa.,'T\n", max_size=80))
def test_any_text_gives_one_claim_per_claim_and_a_name_it_starts(text: str) -> None:
    got = introduced_source_names([_claim("Harwell"), _claim("Ana Ruiz", "person")], _articles(text))
    assert len(got) == 2 and got[0].source.startswith("Harwell") and got[1].source == "Ana Ruiz"


def test_an_acronym_or_a_name_that_goes_back_further_never_grows() -> None:
    code = "The ICC Code of Conduct bans any change to the ball. The ICC said the hearing would be on Friday."
    assert introduced_source_names([_claim("ICC")], _articles(code))[0].source == "ICC"
    forum = "The Aircraft Lessors Forum met on Monday. Lessors said the airline owed them millions."
    assert introduced_source_names([_claim("Lessors")], _articles(forum))[0].source == "Lessors"


def test_a_legal_form_after_a_name_is_no_part_of_its_whole_name() -> None:
    text = "Selvane Shipping Ltd said it would reopen the quay. Selvane Shipping denied cutting checks."
    assert introduced_source_names([_claim("Selvane Shipping")], _articles(text))[0].source == "Selvane Shipping"


def test_a_whole_name_written_first_with_a_possessive_is_the_whole_name() -> None:
    """Session 31 (helper pairs): ``Northwind Home's thermostats`` names the firm whole, the
    possessive ending it; a possessive plural (``Supporters' Trust``) still cuts a name."""
    first = "A bug in Northwind Home's update froze thermostats. Northwind said a fix was ready."
    other = "Northwind Home, based in Austin, apologised. Northwind denied rushing the update."
    got = introduced_source_names([_claim("Northwind")], _articles(first, other))
    assert got[0].source == "Northwind Home"
    monday = "Harwell Monday's statement was brief. Harwell said the strike was illegal."
    assert introduced_source_names([_claim("Harwell")], _articles(monday))[0].source == "Harwell"


def test_trade_words_of_materials_metals_and_money_make_full_names() -> None:
    """Session 60 (lead): ``Materials``, ``Gold``, ``Exchange``, ``Ferries`` and other trade
    words of firms in the news are a full name's form words too."""
    claims = [_claim("Torvane Materials"), _claim("Torvane"), _claim("Kaspi Gold Mining"), _claim("Kaspi"),
              _claim("Dunmore Exchange"), _claim("Dunmore")]
    assert [c.source for c in full_source_names(claims)] == ["Torvane Materials", "Torvane Materials",
                                                             "Kaspi Gold Mining", "Kaspi Gold Mining",
                                                             "Dunmore Exchange", "Dunmore Exchange"]
