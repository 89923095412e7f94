"""The claims linker: sources, stances, constructions, robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.hang_guard import assert_grows_linearly

from newskit import Article, Claim, PersonMention, QuantityMention, QuoteMention
from newskit_claims import ClaimsLinker


def _claims(text: str, persons: tuple[tuple[str, str], ...] = (),
            quotes: tuple[tuple[str, str, str], ...] = (),
            quantities: tuple[tuple[str, int, str], ...] = ()) -> list[Claim]:
    ms: list[object] = []
    for surface, entity in persons:
        s = text.index(surface)
        ms.append(PersonMention(start=s, end=s + len(surface), text=surface, entity=entity))
    for content, speaker, cue in quotes:
        s, c = text.index(content), text.index(cue)
        ms.append(QuoteMention(start=s, end=s + len(content), text=content, direct=False,
                               speaker=speaker, cue=cue, cue_start=c, cue_end=c + len(cue)))
    for surface, value, unit in quantities:
        s = text.index(surface)
        ms.append(QuantityMention(start=s, end=s + len(surface), text=surface, value=value, unit=unit))
    art = Article.from_dict({"id": "a", "text": text, "published": "2024-06-17"})
    got = ClaimsLinker().link(art, ms, ())  # type: ignore[arg-type]
    return [c for c in got if isinstance(c, Claim)]


def test_alleged_that_and_denied_by() -> None:
    text = ("Washington has alleged that North Korea provided military support to Russia, "
            "an accusation consistently denied by Pyongyang.")
    cs = _claims(text)
    by = {c.stance: c for c in cs}
    assert by["alleges"].source == "United States"
    assert by["alleges"].text == "North Korea provided military support to Russia"
    assert by["denies"].source == "North Korea"
    assert by["denies"].text == "an accusation consistently denied by Pyongyang"
    assert by["denies"].responds_to == by["alleges"].id


def test_both_countries_deny() -> None:
    text = ("The United States accused North Korea of supplying weapons to Russia, "
            "a charge both nations deny.")
    cs = _claims(text)
    denial = next(c for c in cs if c.stance == "denies")
    assert set(denial.source.split(" and ")) == {"North Korea", "Russia"}
    accusation = next(c for c in cs if c.stance == "alleges")
    assert accusation.text.startswith("accused North Korea")


def test_did_not_deny_is_not_a_denial() -> None:
    text = "Smith did not deny that he met the contractors."
    assert not [c for c in _claims(text, persons=(("Smith", "John Smith"),)) if c.stance == "denies"]


def test_modality_gives_predicts() -> None:
    text = "Ushakov indicated that the leaders might negotiate a partnership agreement."
    [c] = _claims(text, persons=(("Ushakov", "Yuri Ushakov"),),
                  quotes=(("the leaders might negotiate a partnership agreement", "Yuri Ushakov",
                           "indicated"),))
    assert c.stance == "predicts" and c.source == "Yuri Ushakov"


def test_schedule_announcement_asserts() -> None:
    text = "After the visit, Putin will proceed to Vietnam on June 19-20, according to the Kremlin."
    [c] = _claims(text)
    assert c.source == "Kremlin" and c.stance == "asserts"


def test_reportedly_and_passive() -> None:
    cs = _claims("Putin reportedly arrived in Pyongyang. Concerns about technology transfers have "
                 "been downplayed by the Kremlin.")
    assert {(c.stance, c.source) for c in cs} == {("reports", "news agencies"), ("denies", "Kremlin")}


def test_two_figures_two_claims() -> None:
    text = ("Shin claimed that North Korea had shipped approximately 7,000 containers to Russia "
            "and received over 9,000 containers of aid in return.")
    cs = _claims(text, persons=(("Shin", "Shin Won-sik"),),
                 quotes=((text[text.index("North"):-1], "Shin Won-sik", "claimed"),),
                 quantities=(("approximately 7,000", 7000, "container"), ("over 9,000", 9000, "container")))
    assert len(cs) == 2 and all(c.stance == "alleges" and len(c.mentions) == 1 for c in cs)


def test_np_complement_is_not_a_claim() -> None:
    text = "Putin expressed Russia's intent to continue opposing Western efforts."
    assert not _claims(text, quotes=(("Russia's intent to continue opposing Western efforts",
                                      "Vladimir Putin", "expressed"),))


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("alleged denied by that both nations deny according to "
                                             "Washington Kremlin , . \n\"“”'’")), max_size=300))
def test_never_raises(text: str) -> None:
    for c in _claims(text):
        assert text[c.start:c.end] == c.text


# A hang guard for backtracking and quadratic steps: the CPU time of an input ten times as
# long against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit
# that a loaded machine's suite can break; the timeout is only the backstop for a true hang.
@pytest.mark.timeout(600)
@pytest.mark.parametrize(("unit", "size"), [
    ("9", 100_000), (" ", 10_000), ("\u201c", 5_000), ("alleged that ", 3_000),
    ("an accusation denied by ", 2_000), ("both nations deny ", 2_000), ("Kremlin " * 10 + ". ", 1_000),
])
def test_adversarial_inputs_grow_linearly(unit: str, size: int) -> None:
    assert_grows_linearly(_claims, lambda n: unit * n, size)


@pytest.mark.parametrize(("text", "persons", "source", "cue"), [
    ("Prosecutors alleged that the city treasurer took bribes. Ann Lee pleaded not guilty to all charges on Monday.",
     (("Ann Lee", "Ann Lee"),), "Ann Lee", "pleaded not guilty"),
    ("Police accused the company of fraud. Its chief executive, Tom Hart, called the allegations baseless.",
     (("Tom Hart", "Tom Hart"),), "Tom Hart", "called"),
    ("Critics alleged that the mayor rigged the vote. An independent review found no evidence that the vote "
     "had been rigged.", (), "independent review", "found"),
])
def test_denials_without_the_word_deny(text: str, persons: tuple[tuple[str, str], ...], source: str,
                                        cue: str) -> None:
    denials = [c for c in _claims(text, persons=persons) if c.stance == "denies"]
    assert [(c.source, c.cue) for c in denials] == [(source, cue)]
    assert denials[0].responds_to is not None  # it answers the allegation before it


def test_reported_content_calling_a_charge_false_is_a_denial() -> None:
    text = "The minister said the accusations were completely false."
    got = _claims(text, quotes=(("the accusations were completely false", "the minister", "said"),))
    assert [c.stance for c in got] == ["denies"]


def test_denying_clause_subject_is_the_clause_subject_not_an_object() -> None:
    text = ("Washington accused Russia and North Korea of arms transfers. Denying allegations of illicit arms "
            "transfers, both countries insist they abide by U.N. Security Council resolutions.")
    denials = [c for c in _claims(text) if c.cue == "Denying"]
    assert [c.source for c in denials] == ["North Korea and Russia"]


def test_passive_accused_of_names_no_accuser() -> None:
    text = "A former treasurer of Sacramento accused of taking bribes entered a plea on Tuesday."
    assert not [c for c in _claims(text) if c.stance == "alleges"]


def test_according_to_a_document() -> None:
    got = _claims("According to the indictment, Ann Lee took $300,000 in kickbacks.")
    assert [(c.source, c.stance) for c in got] == [("indictment", "alleges")]


def test_a_source_named_by_a_common_noun_denies() -> None:
    text = "Investigators said a downed power line caused the fire; the utility denied that its equipment was at fault."
    got = _claims(text, quotes=(("a downed power line caused the fire", "investigators", "said"),))
    denials = [c for c in got if c.stance == "denies"]
    assert [c.source for c in denials] == ["utility"]
    assert denials[0].responds_to == next(c.id for c in got if c.source == "investigators")
