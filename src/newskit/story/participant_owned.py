"""The news named by a noun of an act that one of its own participants owns: "the airline's
sudden *shutdown*", "Bucharest's *expulsion* of seven Russians", "the statue's *removal*",
"President Mhango's *rejection* of the bill".

An outlet that has told the act in a verb ("the airline ceased operations", "Romania
expelled seven diplomats") names it again by a noun whose possessor is who did it or what it
befell: the possessive stands for the subject or the object of the verb the noun is made
from. The noun is the outlet's own word, often of another class than the leads' verb
("shutdown" beside "collapsed", "rejection" beside "vetoed"), so no family test joins it;
its possessor does: a word the story's leads name as a participant (a noun at least two
articles' headlines or first sentences name: :func:`newskit.story.learned.participants`).
The noun must be one that names an act or a happening (the WordNet event nouns of
:mod:`newskit.story.event_nouns`, or a trigger the events plugin lists); the general nouns
of an act ("the government's *decision*", "the club's *move*") are read by their
antecedent in story/predicate.py, and a noun with an infinitive after it ("the council's
decision *to close*") frames another act. Not read: a plural, a noun ranked in a series
("the club's *last* relegation", "Kenya's *previous* campaign"), one a date next to it sets
apart ("Russia's invasion of Ukraine in 2022") and a possessor that is a calendar day (story/
day_owned.py reads those). Such a noun is a mention of the central event: moved there from
another event (not a toll's or a report's, nor one the central rules keep apart), or added
where no unit covers it. The participants are read from the articles that tell the central
event only: an article about another happening names its own ("Acme's acquisition of
Globex" in a report of a merger beside a story of a visit). It runs once the central event
is chosen, so it never decides which event is central, and reads dated articles only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence, Set
from functools import cache

import regex

from newskit.datafiles import package_json
from newskit.model import Analysis
from newskit.story.act_nouns import clause_dated_mention, dated_apart, own_date
from newskit.story.central import role
from newskit.story.day_owned import amount_after, owned_head
from newskit.story.event_nouns import is_event_noun
from newskit.story.features import Unit, covered_by, dominant_class, is_verb_form, lemma, span_unit
from newskit.story.learned import is_learned, participants
from newskit.story.predicate import is_general_noun
from newskit.text import match_ahead

__all__ = ["attach_participant_owned", "names_act", "owned_acts"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "participant-owned"
_OFFSET = 9900
#: the last word of a possessor and its possessive ending ("the airline's ", "Mhango's ")
_POSSESSOR = regex.compile(r"(?<![\p{L}'’-])(\p{L}[\p{L}-]*\p{L})['’]s\s+")
#: the one word that may stand between the possessive and the noun: an adjective of a form
#: no noun takes ("the airline's *sudden* shutdown", "Jeptanui's *stunning* performance"); a
#: noun there makes a compound whose head names something else ("Malawi's land reform",
#: "the stadium's operator put")
_ADJECTIVE = regex.compile(r"\p{Ll}+(?:ing|ed|en|al|ic|ous|ive|ful)\s+")
#: an infinitive after the noun: it frames another act ("the council's decision to close")
_INFINITIVE = regex.compile(r"\s+to\s+\p{Ll}")


def names_act(word: str) -> bool:
    """``word`` is a singular noun that names an act or a happening: a WordNet event noun
    (``event_nouns.json``) or a trigger the events plugin lists, not a general noun of an act
    ("decision", "move"), a plural or a verb's form."""
    if not word.islower() or is_verb_form(word) or is_general_noun(word):
        return False
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return False
    return is_event_noun(word) or lemma(word) in _trigger_stems()


@cache
def _trigger_stems() -> frozenset[str]:
    """Every word the synonym families of event words list (``coref.json`` ``families``), as
    its lemma."""
    families: list[list[str]] = package_json("newskit", "coref.json")["families"]
    return frozenset(lemma(w) for words in families for w in words if " " not in w)


@cache
def _ranks() -> frozenset[str]:
    """The words that rank a happening in a series (``event_nouns.json`` ``ranks``)."""
    return frozenset(package_json("newskit", "event_nouns.json")["ranks"])


def owned_acts(text: str, owners: Set[str]) -> Iterator[tuple[int, int]]:
    """The spans of the nouns of an act that a possessor among ``owners`` (lemmas) owns in
    ``text`` (the module docstring)."""
    for m in _POSSESSOR.finditer(text):
        if lemma(m.group(1).lower()) not in owners:
            continue
        span = owned_head(text, m.end())
        if span is None or not _next_to(text, m.end(), span[0]):
            continue
        if names_act(text[span[0]:span[1]]) and match_ahead(_INFINITIVE, text, span[1]) is None \
                and not amount_after(text, span[1]):
            yield span


def _next_to(text: str, start: int, head: int) -> bool:
    """The noun at ``head`` follows the possessive that ends at ``start`` at once, or after
    one adjective (:data:`_ADJECTIVE`) that ranks nothing ("the club's *last* relegation")."""
    if head == start:
        return True
    m = _ADJECTIVE.fullmatch(text, start, head)
    return m is not None and text[start:head].split()[0] not in _ranks()


def attach_participant_owned(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                             excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with every noun of an act a central participant owns in a dated article
    moved into the central event (``clusters[0]``) or added to it (:func:`owned_acts`)."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    told = {u.ref.article for u in host if not is_learned(u)}
    owners = participants([a for a in analyses if a.article.id in told])
    others = {(u.ref.article, u.ref.start): u for c in clusters[1:] if role(c) is None for u in c}
    central, covered = covered_by(host), covered_by([u for c in clusters for u in c])
    kind = dominant_class(host, lambda u: not is_learned(u))
    moved: set[tuple[str, int, int]] = set()
    added: list[Unit] = []
    for a in analyses:
        if a.article.published_date is None or not owners:
            continue
        art, k = a.article.id, len(a.events) + _OFFSET
        for s, e in owned_acts(a.article.text, owners):
            other = others.get((art, s))
            if central(art, s, e):
                continue
            if other is not None:
                probe = span_unit(a, s, e, event_id="", kind=kind, event=k, when=own_date(a, s, e))
                if not dated_apart(probe, host, excluded) and not any(excluded(other, v) for v in host):
                    moved.add(other.key)
            elif not covered(art, s, e):
                unit = clause_dated_mention(a, s, e, host, excluded, event_id=f"{art}:{_TAG}:learned:{s}",
                                            kind=kind, event=k)
                if unit is not None:
                    added.append(unit)
                    k += 1
    rest = [[u for u in c if u.key not in moved] for c in clusters[1:]]
    joined = [u for c in clusters[1:] for u in c if u.key in moved]
    return [[*host, *joined, *added], *(c for c in rest if c)]
