"""Candidate person names: the detector's two passes, composed from the modules that each
read one thing.

Pass one cuts the article into runs of capitalised words (:mod:`.runs`), headline runs
into pieces (:mod:`.headlines`), and rules on each: no person (:mod:`.named_things`), a
name with its edges (:mod:`.edges`) and the evidence for it (:mod:`.evidence`,
:mod:`.lone_names`), or a name deferred until the article shows whether it repeats one
accepted elsewhere. Pass two (:mod:`.second_pass`, :mod:`.lineups`) settles the deferred
names with what the whole article says; then each name gets its title (:mod:`.titles`)."""

from __future__ import annotations

from collections.abc import Sequence

from newskit.body_names import is_body_head
from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.context import (
    DETERMINERS,
    after_determiner,
    determiner_before,
    place_preposition_before,
    role_before,
)
from newskit_persons.document import Doc
from newskit_persons.edges import past_last_role, strip_left, strips_whole, trim_right
from newskit_persons.evidence import weigh
from newskit_persons.headlines import clause_pieces, title_pieces
from newskit_persons.lexicon import Lexicon, lexicon
from newskit_persons.lineups import lineups
from newskit_persons.lone_names import lone_cue
from newskit_persons.named_places import drop_named_places
from newskit_persons.named_things import (
    acronym_named,
    craft_names,
    named_thing,
    org_tail,
    place_prefix,
    storm_named,
)
from newskit_persons.nicknames import nicknamed
from newskit_persons.particle_names import particle_surnames
from newskit_persons.racecards import with_horses
from newskit_persons.runs import capitalised_runs
from newskit_persons.scorecards import scorecard_name
from newskit_persons.second_pass import (
    REPEAT,
    ROLE_SURNAME,
    SURNAME_ONLY,
    coordinated_given,
    drop_crafts,
    drop_teams,
    drop_things,
    headline_names,
    listed_given,
    particle_openers,
    repeated_names,
)
from newskit_persons.short_forms import drop_short_forms
from newskit_persons.summaries import scoring_summaries
from newskit_persons.surname_first import surname_first
from newskit_persons.titles import appositive, prenominal
from newskit_persons.tokens import Tok
from newskit_persons.word_classes import given_name
from newskit_persons.works import drop_listed_works, drop_titles

__all__ = ["Candidate", "detect"]


_BYLINE = compile_pattern(r"(?m)^[ \t]*(?:By|BY|Written by|Reporting by)[ \t]+(?=\p{Lu})")
#: the words one of which every byline holds (``_BYLINE``'s): found at C speed, while the
#: pattern tries every line of a text that has none of them
_BYLINE_WORDS = ("By", "BY", "Written by", "Reporting by")

#: What pass one rules on a run: the name ``toks[a:b]`` and what it needs, ``_ACCEPT`` (a
#: name now) or what pass two must find (:data:`.second_pass.REPEAT` and the others).
_Ruling = tuple[int, int, int]
_ACCEPT = -1

def detect(text: str) -> list[Candidate]:
    """Every person-name candidate, with its title; in text order, not overlapping."""
    lex = lexicon()
    doc = Doc(text)
    bylines = {m.end() for m in _BYLINE.finditer(text)} if any(w in text for w in _BYLINE_WORDS) else set()
    chunks = capitalised_runs(doc)
    accepted, deferred = _first_pass(doc, lex, chunks, bylines)
    accepted, deferred = _whole_nicknamed(nicknamed(doc, lex), accepted, deferred)
    accepted, deferred = surname_first(doc, lex, chunks, accepted, deferred)
    accepted, deferred = scoring_summaries(doc, lex, accepted, deferred)
    accepted, deferred = particle_surnames(doc, lex, chunks, accepted, deferred)
    taken = {i for _, a, b in accepted for i in range(a, b)}
    accepted += repeated_names(doc, lex, accepted, deferred)
    accepted += coordinated_given(doc, lex, accepted, deferred)
    accepted += listed_given(doc, lex, accepted, deferred)
    accepted = particle_openers(doc, lex, accepted)
    accepted = headline_names(doc, lex, chunks, accepted)
    accepted += lineups(doc, lex, chunks, {a for _, a, _ in accepted})
    accepted = drop_titles(doc, drop_teams(doc, drop_things(doc, lex, accepted)))
    accepted = drop_short_forms(doc, lex, chunks, accepted)
    accepted = drop_named_places(doc, lex, accepted)
    accepted = drop_listed_works(doc, lex, accepted)
    accepted = drop_crafts(doc, craft_names(doc, lex, chunks), accepted)
    accepted = with_horses(doc, lex, accepted)
    accepted.sort(key=lambda x: x[1])
    return [_dressed(doc, cand, a, taken, bylines) for cand, a, _ in accepted]


def _first_pass(
    doc: Doc, lex: Lexicon, chunks: list[tuple[int, int]], bylines: set[int]
) -> tuple[list[tuple[Candidate, int, int]], list[_Ruling]]:
    """The names each run gives on its own words and context, and the names deferred to
    pass two (with what each needs there)."""
    accepted: list[tuple[Candidate, int, int]] = []
    deferred: list[_Ruling] = []
    for ci, cj in chunks:
        for a, b in title_pieces(doc, lex, ci, cj):
            for a2, b2 in clause_pieces(doc, lex, a, b):
                ruling = _rule(doc, lex, a2, b2, bylines)
                if ruling is None:
                    continue
                k, e, need = ruling
                if need == _ACCEPT:
                    names = doc.toks[k:e]
                    accepted.append((Candidate(list(names), names[0].start, _end(doc, names)), k, e))
                else:
                    deferred.append(ruling)
    return accepted, deferred


def _whole_nicknamed(
    whole: list[tuple[Candidate, int, int]], accepted: list[tuple[Candidate, int, int]], deferred: list[_Ruling]
) -> tuple[list[tuple[Candidate, int, int]], list[_Ruling]]:
    """The names holding a quoted nickname in place of the pieces the quotes cut them into
    (``Roberto``, ``Hands of Stone``, ``Duran``): every piece inside one is dropped."""
    if not whole:
        return accepted, deferred

    def inside(a: int, b: int) -> bool:
        return any(wa < b and a < wb for _, wa, wb in whole)

    kept = [x for x in accepted if not inside(x[1], x[2])]
    return kept + whole, [r for r in deferred if not inside(r[0], r[1])]


def _rule(doc: Doc, lex: Lexicon, ci: int, cj: int, bylines: set[int]) -> _Ruling | None:
    """Pass one on the run ``toks[ci:cj]``: no person (None), or the name in it once the
    titles and words that cannot end a name are stripped, ruled on by its evidence."""
    toks = doc.toks
    if scorecard_name(doc, lex, ci, cj):
        return ci, cj, _ACCEPT  # "Bowling : Law 2-0-23-0", "c Such b Bishop 12": the figures say who, whatever the words
    if cj - ci == 1 and strips_whole(doc, lex, ci) and toks[ci].folded not in lex.title_nouns:
        return None  # "The", "Minister", "June" alone: what _lone_role_word spares is read below
    if _no_person_run(doc, lex, ci, cj):
        return None
    if doc.caps_word(ci) and cj - ci > 1:
        # an ALL CAPS headline run is read whole in pass 2 for names the article gives
        # elsewhere: its role and ordinary words are capitalised too, so stripping them
        # here would cut the run wrongly ("MITCHELL DEFEATS BAILEY IN FRONT OF FORMER CHAMPIONS")
        return ci, cj, REPEAT
    k, titled = past_last_role(doc, lex, ci, cj)
    if place_prefix(lex, toks, k, cj):
        return None  # "New York Police", "San Diego Chargers": a body named by its place
    left = strip_left(doc, lex, k, cj, titled)
    if left is None:
        return _lone_opener(doc, lex, k, cj)
    k, titled = left
    if k == cj and _lone_role_word(doc, lex, ci, cj):
        # a person only as the surname of the article's full name
        # ("Billie Jean King ... King said"; "the King said" stays the monarch)
        return ci, cj, ROLE_SURNAME
    titled = titled or (k == ci and role_before(doc, lex, ci))
    e = trim_right(doc, lex, k, cj)
    if e <= k or _body_head_trimmed(doc, e) or (e - k == 1 and _determined_title(doc, lex, ci, k)):
        return None
    return _rule_name(doc, lex, ci, cj, k, e, titled, bylines)


def _no_person_run(doc: Doc, lex: Lexicon, ci: int, cj: int) -> bool:
    """A run that is no person whole: a place of several words, the tail of a body's name
    (``Organization of African Unity``), a team on a results line
    (``Wigan 42 Bradford Bulls 36``), a storm (``Hurricane Otis``, ``tropical storm
    Beatriz``: a storm's given name), the rest of a name an acronym opens (``NHS Lothian``)."""
    toks = doc.toks
    if cj - ci > 1:
        joined = " ".join([t.folded for t in toks[ci:cj]])
        if joined in lex.places or joined in doc.dateline_places:
            return True  # "Milford Haven" in a story datelined MILFORD HAVEN
    if org_tail(doc, lex, ci, cj) and past_last_role(doc, lex, ci, cj)[0] == ci:
        return True  # "Organization of African Unity" ("Bank of England Governor Eddie George" holds a role)
    return doc.team(toks[ci].start, doc.tok_line[ci]) or storm_named(doc, lex, ci, cj) or acronym_named(doc, lex, ci, cj)


def _lone_opener(doc: Doc, lex: Lexicon, k: int, cj: int) -> _Ruling | None:
    """A lone sentence-opening word that is an ordinary word: a name now with a cue, never
    a month or a capitalised function word, else only if the article repeats it."""
    if lone_cue(doc, lex, k, cj):
        return k, cj, _ACCEPT
    f = doc.toks[k].folded.rstrip(".")
    if f in lex.months or f in lex.stop_caps:
        return None
    return k, cj, REPEAT


def _lone_role_word(doc: Doc, lex: Lexicon, ci: int, cj: int) -> bool:
    """A run of one role word or honorific (``King``, ``Major``) with no determiner before it."""
    return (
        cj - ci == 1
        and doc.toks[ci].folded in lex.title_nouns
        and not after_determiner(doc, lex, ci)
        and not determiner_before(doc, ci)
    )


def _rule_name(
    doc: Doc, lex: Lexicon, ci: int, cj: int, k: int, e: int, titled: bool, bylines: set[int]
) -> _Ruling | None:
    """The name ``toks[k:e]`` of the run ``toks[ci:cj]``, its edges known: no person when
    it names a thing or a place, deferred when it reads as a place or a thing's word or
    stands in an ALL CAPS headline, else as its evidence weighs."""
    toks = doc.toks
    names = toks[k:e]
    folded = [t.folded for t in names]
    n = len(names)
    if named_thing(doc, lex, names, folded, k, e):
        return None
    joined = " ".join(folded)
    if joined in lex.places and not titled and (n > 1 or not lex.is_name(joined)):
        if n == 1 and not place_preposition_before(doc, k):
            return k, e, SURNAME_ONLY  # "Bob Dole ... Dole's proposal"
        return None
    if _determined(doc, ci, k) and not titled and not given_name(lex, folded[0]) and after_determiner(doc, lex, k):
        if not (n == 1 and e == cj and lone_cue(doc, lex, k, e, attributive_only=True)):
            return (k, e, SURNAME_ONLY) if n == 1 else None  # "a composed Bernardin told"
    if doc.caps_word(ci):
        return k, e, REPEAT  # ALL CAPS headlines: only names seen elsewhere in the article
    byline = toks[k].start in bylines or toks[ci].start in bylines
    verdict = weigh(doc, lex, k, e, cj, titled, byline)
    if verdict == "drop":
        return None
    return k, e, _ACCEPT if verdict == "accept" else REPEAT if verdict == "defer" else SURNAME_ONLY


def _body_head_trimmed(doc: Doc, e: int) -> bool:
    """``Haki Procurement Watch``: the run went on past the name with a capitalised word
    the trim drops (``Watch`` is also a word of a web page's furniture) that is the generic
    head of a body's name (``newskit.body_names.is_body_head``): the run names the body."""
    toks = doc.toks
    if e >= len(toks) or doc.text[toks[e - 1].end : toks[e].start] != " ":
        return False
    head = toks[e]
    return head.text[:1].isupper() and is_body_head(head.text)


def _determined_title(doc: Doc, lex: Lexicon, ci: int, k: int) -> bool:
    """``the Detective Branch said``, ``The Majority Whip said``, ``the Government
    Delegation``: a determiner before a role word and one more word names a body or an
    office; a titled person takes no determiner (``Detective Ana Ruiz``, ``Whip Tom
    Baker``). Honorifics are left out (``the Rev. Jesse Jackson`` is written so)."""
    toks = doc.toks
    opener = toks[ci].folded in DETERMINERS
    if not opener and not (ci > 0 and toks[ci - 1].text.islower() and toks[ci - 1].folded in DETERMINERS):
        return False
    words = toks[ci + 1 if opener else ci : k]
    return bool(words) and all(lex.is_role(t.folded.rstrip(".")) or t.folded in lex.title_modifiers for t in words) \
        and not any(t.folded.rstrip(".") in lex.honorifics and not lex.is_role(t.folded.rstrip(".")) for t in words)


def _determined(doc: Doc, ci: int, k: int) -> bool:
    """Whether nothing but a determiner was stripped from the run before the name: the run
    opens at the name (``the Acme Solar cooperative`` mid-sentence) or at a sentence's
    capitalised ``The`` before it (``The Acme Solar cooperative said``), one shape either way."""
    return k == ci or (k == ci + 1 and doc.toks[ci].folded in DETERMINERS)


def _end(doc: Doc, names: Sequence[Tok]) -> int:
    """Where the name ends: after the dot of a closing ``Jr.`` or ``Sr.``, or of an initial
    that stands for the surname (``Jerzy L.``: the dot is the initial's)."""
    last = names[-1]
    e = last.end
    initial = len(names) > 1 and len(last.text) == 1 and last.text.isupper()
    if (last.folded in ("jr", "sr") or initial) and doc.text[e : e + 1] == ".":
        e += 1
    return e


def _dressed(doc: Doc, cand: Candidate, a: int, taken: set[int], bylines: set[int]) -> Candidate:
    """The candidate with its title (one before it, else one in apposition), its surface on
    one line, and whether it opens a byline."""
    text = doc.text
    title, _tstart = prenominal(text, doc.toks, a, taken, doc.sent_start)  # walks left of a only
    if title:
        cand.title = title
    else:
        t2, aff = appositive(text, cand.end)
        if t2:
            cand.title, cand.affiliation = t2, aff
    cand.surface = " ".join(text[cand.start : cand.end].split())
    if cand.start in bylines or doc.toks[a].start in bylines:
        cand.author = True
    return cand
