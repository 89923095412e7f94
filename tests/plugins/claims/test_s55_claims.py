"""Session 55 (issue #14, helper quotes): names listed with commas before ``and`` and a
cue of stance (``Tom Reyes, Ana Diaz and Paul Kim denied …``) deny together, as two names
joined by ``and`` already did; the claim's source was the last name alone. The list reads
back over names that end where a known actor ends, so a fronted adverbial or place
(``Yesterday, …``, ``In Leeds, …``) and a clause's comma before ``and`` are no items of it.
Invented sentences."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("Tom Reyes, Ana Diaz and Paul Kim denied that the harbour funds had been misused.",
     "Tom Reyes, Ana Diaz and Paul Kim"),
    ("Mayor Tom Reyes, Ana Diaz and Paul Kim on Monday rejected claims that the tender had been rigged.",
     "Mayor Tom Reyes, Ana Diaz and Paul Kim"),
    # the serial comma before ``and``
    ("Tom Reyes, Ana Diaz, and Paul Kim denied that the harbour funds had been misused.",
     "Tom Reyes, Ana Diaz, and Paul Kim"),
    ("Ingrid Solberg, Marta Lindqvist, Tom Reyes and Paul Kim denied any part in the scheme.",
     "Ingrid Solberg, Marta Lindqvist, Tom Reyes and Paul Kim"),
])
def test_names_listed_before_a_denial_deny_together(pipeline: Pipeline, text: str, source: str) -> None:
    assert [c.source for c in claims_of(pipeline, text) if c.stance == "denies"] == [source]


@pytest.mark.parametrize(("text", "source"), [
    # two names, as before
    ("Ana Diaz and Paul Kim denied that the harbour funds had been misused.", "Ana Diaz and Paul Kim"),
    # a clause's comma before ``and``: the name after it alone
    ("The board met on Friday, and Paul Kim denied that the harbour funds had been misused.", "Paul Kim"),
    # the list does not open the clause: its first name is an object
    ("After meeting Tom Reyes, Ana Diaz and Paul Kim denied that the harbour funds had been misused.",
     "Paul Kim"),
])
def test_no_list_where_the_names_are_no_subjects(pipeline: Pipeline, text: str, source: str) -> None:
    assert [c.source for c in claims_of(pipeline, text) if c.stance == "denies"] == [source]
