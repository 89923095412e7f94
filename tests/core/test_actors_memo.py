"""``find_actors`` keeps each article's answer on the shared layer: the same answer as
computing it anew, per set of persons, and a caller's list never changes what others get."""

from __future__ import annotations

from newskit import PersonMention
from newskit.actors import Actor, _find_actors, find_actors

TEXT = ("Acme Widgets said on Monday that Maria Lopez had met officials in Paris. "
        "Lopez, a French diplomat, told Reuters the Kremlin denied it.")


def _person(name: str, entity: str, author: bool = False) -> PersonMention:
    s = TEXT.index(name)
    return PersonMention(start=s, end=s + len(name), text=name, source="persons", entity=entity,
                         author=author)


def test_same_answer_as_computing_it_anew() -> None:
    persons = [_person("Maria Lopez", "Maria Lopez")]
    named = tuple(Actor(p.start, p.end, p.text, p.entity, "person") for p in persons)
    for names in (True, False):
        assert find_actors(TEXT, persons, names=names) == _find_actors(TEXT, named, names)
        assert find_actors(TEXT, persons, names=names) == _find_actors(TEXT, named, names)


def test_each_set_of_persons_has_its_own_answer() -> None:
    with_person = find_actors(TEXT, [_person("Maria Lopez", "Maria Lopez")])
    without = find_actors(TEXT, [])
    authored = find_actors(TEXT, [_person("Maria Lopez", "Maria Lopez", author=True)])
    assert any(a.kind == "person" for a in with_person)
    assert not any(a.kind == "person" for a in without)
    assert authored == without  # an author is no actor of the text
    assert [a for a in find_actors(TEXT, names=False)] == [a for a in without if a.kind != "name"]


def test_a_caller_changing_its_list_changes_nothing_else() -> None:
    first = find_actors(TEXT)
    kept = list(first)
    first.clear()
    assert find_actors(TEXT) == kept
