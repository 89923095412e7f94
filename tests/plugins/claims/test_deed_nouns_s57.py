"""Session 57 (issue #10): a noun naming a person by a deed or a fate before the name
(``Fulton Courthouse killer Brian Nichols``) is no role, so the name before it is no body
the person speaks for. Real ECB+ news gave the source ``Brian Nichols of Fulton
Courthouse``. Invented sentences."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ('Harbour Mall gunman Dale Rusk was sentenced on Friday. "I am sorry," Rusk said.', "Dale Rusk"),
    ("Kessler Prison inmate Omar Haddad said the cells were flooded for days.", "Omar Haddad"),
    ("Riverside Clinic shooting victim Ana Ruiz said the guards never came.", "Ana Ruiz"),
])
def test_a_deed_before_a_name_names_no_body(pipeline: Pipeline, text: str, source: str) -> None:
    sources = [c.source for c in claims_of(pipeline, text)]
    assert source in sources, sources


def test_a_role_before_a_name_still_names_the_body(pipeline: Pipeline) -> None:
    text = "Velmora Foods chief executive Ana Ruiz said sales rose sharply in May."
    assert any(c.source.startswith("Ana Ruiz of Velmora") for c in claims_of(pipeline, text))
