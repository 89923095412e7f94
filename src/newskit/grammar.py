"""The closed classes of English grammar, read once and shared by every rule.

Closed classes (articles, pronouns, prepositions...) are the few hundred words every rule
of a news reader leans on. Kept per module they drift apart: one rule's determiners lacked
"this", another's pronouns lacked "you", and two rules then disagree on what opens a noun
phrase. Here each class is one list (``data/closed_classes.json``), and a rule composes the
classes it needs, naming what it adds or leaves out and why::

    from newskit import grammar

    NOUN_PHRASE_OPENERS = grammar.ARTICLES | grammar.DEMONSTRATIVES | grammar.POSSESSIVE_DETERMINERS

Every class is a ``frozenset`` of lower-case words; third-party plugins use them too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from newskit.patterns import read_data

__all__ = [
    "ARTICLES",
    "CAUSING_PARTICIPLES",
    "COORDINATORS",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "MODALS",
    "OBJECT_PRONOUNS",
    "POSSESSIVE_DETERMINERS",
    "PREPOSITIONS",
    "QUANTIFIERS",
    "REFLEXIVE_PRONOUNS",
    "RELATIVES",
    "SUBJECT_PRONOUNS",
    "SUBORDINATORS",
    "closed_class",
    "irregular_act_verbs",
]

_DATA: dict[str, list[str]] = {k: v for k, v in json.loads(read_data("newskit", "closed_classes.json")).items()
                               if not k.startswith("_")}


def closed_class(name: str) -> frozenset[str]:
    """One class by its name in ``closed_classes.json`` (``"articles"``, ``"modals"``...);
    an unknown name is a ``KeyError`` naming the classes there are."""
    try:
        return frozenset(_DATA[name])
    except KeyError:
        raise KeyError(f"no closed class {name!r}; there are {', '.join(sorted(_DATA))}") from None


#: "a", "an", "the"
ARTICLES = closed_class("articles")
#: "this", "that", "these", "those"
DEMONSTRATIVES = closed_class("demonstratives")
#: "my", "your", "his", "her", "its", "our", "their"
POSSESSIVE_DETERMINERS = closed_class("possessive_determiners")
#: "some", "any", "no", "every", "each", "many", "several"...
QUANTIFIERS = closed_class("quantifiers")
#: the words that open a definite or possessed noun phrase: articles, demonstratives and
#: possessive determiners ("the", "this", "their")
DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS
#: "i", "you", "he", "she", "it", "we", "they"
SUBJECT_PRONOUNS = closed_class("subject_pronouns")
#: "me", "you", "him", "her", "it", "us", "them"
OBJECT_PRONOUNS = closed_class("object_pronouns")
#: "myself" ... "themselves"
REFLEXIVE_PRONOUNS = closed_class("reflexive_pronouns")
#: "who", "whom", "whose", "which", "that"
RELATIVES = closed_class("relatives")
#: "and", "or", "but", "nor"
COORDINATORS = closed_class("coordinators")
#: conjunctions that open a subordinate clause ("because", "while", "after")
SUBORDINATORS = closed_class("subordinators")
#: "can", "could", "may", "might", "must", "shall", "should", "will", "would"
MODALS = closed_class("modals")
#: prepositions: a noun phrase after one is its object
PREPOSITIONS = closed_class("prepositions")
#: not a closed class (``data/clauses.json``), but a fixed list two rules share (the story's
#: units, the events plugin's grouping): the participles of causing that open a consequence
#: clause ("..., forcing staff to evacuate", "prompting the closure of"); a
#: multi-word entry ("leading to") is words joined by one space
CAUSING_PARTICIPLES = frozenset(json.loads(read_data("newskit", "clauses.json"))["causing_participles"])


@cache
def irregular_act_verbs() -> Mapping[str, str]:
    """Each past or participle form of an irregular verb of acting -> its base ("fell",
    "fallen" -> "fall"; "struck" -> "strike"), from ``data/irregular_verbs.json``: the
    closed class of English irregular verbs less those of being, having, saying, perceiving
    and knowing, which tell no act. Beside the ``-ed`` shape these make a past form readable
    without a dictionary ("six vehicles fell", "the record was broken"). No form is listed
    under two verbs. Read on first use, not at import."""
    verbs: dict[str, list[str]] = json.loads(read_data("newskit", "irregular_verbs.json"))["verbs"]
    return MappingProxyType({form: base for base, forms in verbs.items() for form in forms})
