"""Session 62 (issue #10): ``His lawyer, Ruth Adelman, said her client denied ...`` is said
for the client the possessive takes, the person named last before it who is neither the
lawyer nor a voice that accused or told something (``said prosecutor Ilse Verbeek``): the
source is ``Ruth Adelman for <client>``, as for ``Hale's lawyer, Ruth Adelman``. A
possessive inside a phrase of the clause (``Through his lawyer, Vaitkus denies``) is the
speaker's own. Sentences written for these tests (port, customs, fishing news)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("Police in Split arrested port official Ivo Marić on Monday. His lawyer, Ana Kovač, said her client "
     "denied taking any bribes.", "Ana Kovač for Ivo Marić"),
    # the prosecutor spoke last: she accuses, the lawyer speaks for the accused
    ("Prosecutors accused customs officer Tomas Berzins of waving through three containers. \"He knew what "
     "was inside,\" said prosecutor Laura Ozola. Her lawyer, Juris Kalnins, said his client rejected the "
     "charges.", "Juris Kalnins for Tomas Berzins"),
    # after a quote: '"...," his lawyer, X, said'
    ("Fishing boat captain Manuel Ortega was charged on Friday. \"My client has done nothing wrong,\" his "
     "lawyer, Elena Ruiz, told reporters.", "Elena Ruiz for Manuel Ortega"),
])
def test_a_lawyer_the_possessive_owns_speaks_for_the_client(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert any(s == source for s, _ in got), got


@pytest.mark.parametrize(("text", "source"), [
    # a phrase of the clause: the pronoun is the speaker's own
    ("Investigators say Darius Petrauskas took bribes. Through his lawyer, Petrauskas denies taking any money.",
     "Darius Petrauskas"),
    # nobody named before the lawyer: the lawyer alone
    ("The ministry said the pilots had been arrested. \"They are innocent,\" their lawyer, Ruth Kamau, said.",
     "Ruth Kamau"),
    # no lawyer's noun: a brother speaks for himself
    ("Police arrested Ivo Marić on Monday. His brother, Luka Marić, said the family was shocked.", "Luka Marić"),
])
def test_no_client_without_a_lawyer_the_possessive_owns(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert any(s == source for s, _ in got), got
    assert not any(" for " in (s or "") for s, _ in got), got


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10)


@given(_WORD, st.sampled_from(["His", "his", "Her", "Their"]), st.sampled_from(["lawyer", "defence lawyer", "attorney"]))
def test_the_possessive_opens_the_sentence_or_the_attribution(word: str, pronoun: str, role: str) -> None:
    from newskit_claims.sources import _PRONOUN_ROLE_BEFORE

    def found(text: str) -> bool:
        return _PRONOUN_ROLE_BEFORE.search(text, max(0, len(text) - 60), len(text)) is not None

    assert found(f"The {word} was arrested. {pronoun} {role}, ")
    assert found(f"\"We will appeal,\" {pronoun} {role}, ")
    assert not found(f"The {word} {pronoun} {role}, ")
