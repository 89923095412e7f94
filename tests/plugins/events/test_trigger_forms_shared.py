"""The trigger scan keeps one string a distinct word form in the triggers and the words no
sense held: a long article's forms repeat, and a new lower-cased string each word kept was
about 1 MB a million characters at the events' top (issue #11). The same triggers."""

from __future__ import annotations

from newskit_events.triggers import find_triggers

# invented: "strike" and "arrested" come back in every paragraph
_PARAGRAPH = ("Dock workers in Ardrossan began a strike on Monday over pay. Police arrested two pickets "
              "after a scuffle at the gate. The strike halted ferries to Arran, and police arrested a "
              "driver who tried to pass. ")


def test_repeated_forms_are_one_string() -> None:
    found = find_triggers(_PARAGRAPH * 20)
    forms = [t[2] for t in found]
    assert forms.count("strike") >= 40 and forms.count("arrested") >= 40
    first: dict[str, str] = {}
    assert all(first.setdefault(f, f) is f for f in forms)


def test_the_same_triggers_in_each_paragraph() -> None:
    one = find_triggers(_PARAGRAPH)
    many = find_triggers(_PARAGRAPH * 3)
    n = len(_PARAGRAPH)
    assert [(s, e, *rest) for s, e, *rest in one] == \
        [(s - 2 * n, e - 2 * n, *rest) for s, e, *rest in many if s >= 2 * n]
    assert [_PARAGRAPH[s:e] for s, e, *_ in one] == ["began", "strike", "arrested", "scuffle", "strike", "arrested"]
