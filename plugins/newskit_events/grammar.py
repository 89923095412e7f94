"""The closed classes of English grammar the plugin's rules share (``data/grammar.json``):
one list per class, read by every rule that needs it, so two rules never disagree on
what a determiner or a preposition is."""

from __future__ import annotations

import json

from newskit import grammar
from newskit.patterns import read_data

__all__ = ["CLAUSE_OPENERS", "DETERMINERS", "PARTICLES", "PREPOSITIONS"]

_DATA: dict[str, list[str]] = json.loads(read_data(__package__, "grammar.json"))

#: words after which the next word is a noun ("the", "its", "another", "first"): the core's
#: determiners but "that" (a clause opener here), and the ordinals and quantifiers of the data
DETERMINERS = (grammar.DETERMINERS - {"that"}) | frozenset(_DATA["determiners"])
#: prepositions: a noun phrase after one is their object
PREPOSITIONS = frozenset(_DATA["prepositions"])
#: conjunctions and relatives after which a clause begins
CLAUSE_OPENERS = frozenset(_DATA["clause_openers"])
#: particles of phrasal verbs ("came down", "swept away")
PARTICLES = frozenset(_DATA["particles"])
