"""Places named head first in Spanish, Portuguese or Italian whose head is also a name:
``Villa Esperanza``, ``Monte Belo``, ``Isla Magdalena``, ``Rio Piedras``.

Those languages put the generic word first (a town, a mount, a range, an island, a
river), and English news keeps the name as it is. Most such heads are no name of any list
and open a place wherever they stand (the core's :func:`newskit.actors.place_heads`); these the name lists
also hold (*Rio Ferdinand*, *Isla Fisher*, *Junipero Serra*), so one mention alone does
not say which it is. The article says it: a name it writes, once at least, right after a
preposition of place or a determiner (``in Monte Belo``, ``the Villa Esperanza
neighbourhood``) is a place, and no person anywhere in the article."""

from __future__ import annotations

from newskit_persons.candidate import Candidate
from newskit_persons.context import after_determiner
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon

__all__ = ["drop_named_places"]

#: the prepositions after which a name is the place's (not ``from`` or ``at``: ``a pass
#: from Rio Ferdinand``, ``a dig at Isla Fisher``)
_WHERE = frozenset(("in", "near", "outside", "inside", "around", "across"))


def drop_named_places(doc: Doc, lex: Lexicon, accepted: list[tuple[Candidate, int, int]]) -> list[tuple[Candidate, int, int]]:
    """``accepted`` without the names opened by a head of ``named_place_heads_first`` that
    the article writes as a place once at least."""
    heads = lex.named_place_heads_first
    named = [x for x in accepted if x[2] - x[1] >= 2 and doc.toks[x[1]].folded in heads]
    if not named:
        return accepted
    places = {x[0].folded_name for x in named if _placed(doc, lex, x[1])}
    if not places:
        return accepted
    return [x for x in accepted if not (x[2] - x[1] >= 2 and x[0].folded_name in places)]


def _placed(doc: Doc, lex: Lexicon, k: int) -> bool:
    """The name at token ``k`` stands as a place: right after a lower-case preposition of
    place, or after a determiner (``the Sierra Magina area``)."""
    if doc.toks[k].possessive:
        return False
    if k > 0:
        p = doc.toks[k - 1]
        if p.text in _WHERE and doc.text[p.end : doc.toks[k].start] == " ":
            return True
    return after_determiner(doc, lex, k)
