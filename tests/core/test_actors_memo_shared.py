"""``find_actors``'s memo keeps each set of persons and its person actors once, for every
answer that reads them, and a name without a suffix is one string for its text and name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import PersonMention
from newskit.actors import Actor, _find_actors, find_actors
from newskit.textlayer import forget

TEXT = ("Orla Brennan, who chairs the Killybegs Harbour Authority, said on Tuesday that Dermot "
        "Keane had written to the Marine Institute. Keane told RTE the Department of the Marine "
        "was wrong. Brennan later met officials of Fastnet Shipping Holdings in Cork.")


def _person(name: str, entity: str, at: int = 0) -> PersonMention:
    s = TEXT.index(name, at)
    return PersonMention(start=s, end=s + len(name), text=name, source="persons", entity=entity)


def _persons() -> list[PersonMention]:
    return [_person("Orla Brennan", "Orla Brennan"), _person("Dermot Keane", "Dermot Keane"),
            _person("Keane", "Dermot Keane", TEXT.index("Keane told")),
            _person("Brennan", "Orla Brennan", TEXT.index("Brennan later"))]


def test_the_answers_with_and_without_names_share_their_person_actors() -> None:
    forget(TEXT)
    with_names = find_actors(TEXT, _persons(), names=True)
    without = find_actors(TEXT, _persons(), names=False)  # equal persons, other objects
    people = [a for a in with_names if a.kind == "person"]
    assert len(people) == 4
    assert [a for a in without if a.kind == "person"] == people
    assert all(a is b for a, b in zip(people, (a for a in without if a.kind == "person"), strict=True))


def test_a_name_without_a_suffix_is_one_string() -> None:
    forget(TEXT)
    got = {a.text: a for a in find_actors(TEXT, _persons(), names=True)}
    assert got["Marine Institute"].name is got["Marine Institute"].text
    suffixed = got["Fastnet Shipping Holdings"]
    assert suffixed.kind == "name" and suffixed.name == "Fastnet Shipping"  # the suffix still cut


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sets(st.integers(0, 3)), st.booleans()), min_size=1, max_size=6))
def test_each_answer_is_the_one_made_anew(asks: list[tuple[set[int], bool]]) -> None:
    forget(TEXT)
    persons = _persons()
    for chosen, names in asks:
        ps = [persons[i] for i in sorted(chosen)]
        anew = _find_actors(TEXT, tuple(Actor(p.start, p.end, p.text, p.entity, "person") for p in ps), names)
        assert find_actors(TEXT, ps, names=names) == anew
