"""Candidate person names: runs of capitalised words, stripped of titles, checked against
the word lists and the shape of the text around them."""

from __future__ import annotations

from collections.abc import Sequence

from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.context import (
    after_determiner,
    determiner_before,
    place_preposition_before,
    role_before,
)
from newskit_persons.document import Doc
from newskit_persons.edges import past_last_role, strip_left, trim_right
from newskit_persons.evidence import weigh
from newskit_persons.headlines import clause_pieces, title_pieces
from newskit_persons.lexicon import Lexicon, lexicon
from newskit_persons.lineups import lineups
from newskit_persons.lone_names import lone_cue
from newskit_persons.named_things import named_thing, place_prefix, storm_named
from newskit_persons.runs import capitalised_runs
from newskit_persons.second_pass import (
    REPEAT,
    ROLE_SURNAME,
    SURNAME_ONLY,
    drop_things,
    headline_names,
    known_inside,
    known_names,
)
from newskit_persons.titles import appositive, prenominal
from newskit_persons.tokens import Tok
from newskit_persons.word_classes import given_name, is_initial

__all__ = ["Candidate", "detect"]


_BYLINE = compile_pattern(r"(?m)^[ \t]*(?:By|BY|Written by|Reporting by)[ \t]+(?=\p{Lu})")


def detect(text: str) -> list[Candidate]:
    """Every person-name candidate, with its title; in text order, not overlapping."""
    lex = lexicon()
    doc = Doc(text)
    toks = doc.toks
    bylines = {m.end() for m in _BYLINE.finditer(text)}
    accepted: list[tuple[Candidate, int, int]] = []
    deferred: list[tuple[int, int, int]] = []  # name token ranges waiting for pass 2, and what they need
    taken: set[int] = set()
    chunks = capitalised_runs(doc)
    for ci, cj in chunks:
        for a, b in title_pieces(doc, lex, ci, cj):
            for a2, b2 in clause_pieces(doc, lex, a, b):
                _analyse(doc, lex, a2, b2, bylines, accepted, deferred)
    for _, a, b in accepted:
        taken.update(range(a, b))
    # pass 2: single names (and headline names) that repeat a name accepted elsewhere
    known, surnames, given = known_names(lex, accepted)
    last_words = {
        c.names[-1].folded
        for c, _, _ in accepted
        if len(c.names) > 1 and (given_name(lex, c.names[0].folded) or is_initial(doc, c.names[0]))
    }
    for a, b, need in deferred:
        key = " ".join(toks[k].folded for k in range(a, b))
        if key in surnames or (need == REPEAT and (key in known or key in given)) or (
            need == ROLE_SURNAME and key in last_words
        ):
            c = Candidate(list(toks[a:b]), toks[a].start, toks[b - 1].end)
            accepted.append((c, a, b))
        elif need == REPEAT and b - a > 1 and doc.caps_line(toks[a].start):
            # a headline run: any known name inside it ("SHEARER NAMED ENGLAND CAPTAIN")
            accepted += known_inside(doc, known, a, b)
    accepted = headline_names(doc, lex, chunks, accepted)
    accepted += lineups(doc, lex, chunks, {a for _, a, _ in accepted})
    accepted = drop_things(doc, lex, accepted)
    accepted.sort(key=lambda x: x[1])
    out: list[Candidate] = []
    for cand, a, _b in accepted:
        title, _tstart = prenominal(text, toks, a, taken, doc.sent_start)  # walks left of a only
        if title:
            cand.title = title
        else:
            t2, aff = appositive(text, cand.end)
            if t2:
                cand.title, cand.affiliation = t2, aff
        cand.surface = " ".join(text[cand.start : cand.end].split())
        if cand.start in bylines or toks[a].start in bylines:
            cand.author = True
        out.append(cand)
    return out


def _analyse(
    doc: Doc,
    lex: Lexicon,
    ci: int,
    cj: int,
    bylines: set[int],
    accepted: list[tuple[Candidate, int, int]],
    deferred: list[tuple[int, int, int]],
) -> None:
    toks = doc.toks
    caps = doc.caps_line(toks[ci].start)
    if cj - ci > 1 and " ".join([t.folded for t in toks[ci:cj]]) in lex.places:
        return
    if doc.team(toks[ci].start):
        return  # "Wigan 42 Bradford Bulls 36": a team on a results line
    if storm_named(doc, lex, ci, cj):
        return  # "Hurricane Otis", "tropical storm Beatriz": a storm's given name
    if caps and cj - ci > 1:
        # an ALL CAPS headline run is read whole in pass 2 for names the article gives
        # elsewhere: its role and ordinary words are capitalised too, so stripping them
        # here would cut the run wrongly ("MITCHELL DEFEATS BAILEY IN FRONT OF FORMER CHAMPIONS")
        deferred.append((ci, cj, REPEAT))
        return
    k, titled = past_last_role(doc, lex, ci, cj)
    if place_prefix(lex, toks, k, cj):
        return  # "New York Police", "San Diego Chargers": a body named by its place
    left = strip_left(doc, lex, k, cj, titled)
    if left is None:
        # a lone sentence-opening word that is an ordinary word: a name only with a cue
        t = toks[k]
        if lone_cue(doc, lex, k, cj):
            accepted.append((Candidate([t], t.start, t.end), k, cj))
        elif not (t.folded.rstrip(".") in lex.months or t.folded.rstrip(".") in lex.stop_caps):
            deferred.append((k, cj, REPEAT))
        return
    k, titled = left
    if (
        k == cj
        and cj - ci == 1
        and toks[ci].folded in lex.title_heads
        and not after_determiner(doc, lex, ci)
        and not determiner_before(doc, ci)
    ):
        # a lone role word: a person only as the surname of the article's full name
        # ("Billie Jean King ... King said"; "the King said" stays the monarch)
        deferred.append((ci, cj, ROLE_SURNAME))
        return
    titled = titled or (k == ci and role_before(doc, lex, ci))
    e = trim_right(doc, lex, k, cj)
    if e <= k:
        return
    names = toks[k:e]
    folded = [t.folded for t in names]
    n = len(names)
    if named_thing(doc, lex, names, folded, k, e):
        return
    joined = " ".join(folded)
    if joined in lex.places and not titled and (n > 1 or not lex.is_name(joined)):
        if n == 1 and not place_preposition_before(doc, k):
            deferred.append((k, e, SURNAME_ONLY))  # "Bob Dole ... Dole's proposal"
        return
    if k == ci and not titled and not given_name(lex, folded[0]) and after_determiner(doc, lex, ci):
        if not (n == 1 and e == cj and lone_cue(doc, lex, k, e, attributive_only=True)):
            if n == 1:
                deferred.append((k, e, SURNAME_ONLY))  # "a composed Bernardin told"
            return
    byline = toks[k].start in bylines or toks[ci].start in bylines
    if caps:
        # ALL CAPS headlines: only names seen elsewhere in the article
        deferred.append((k, e, REPEAT))
        return
    verdict = weigh(doc, lex, k, e, cj, titled, byline)
    if verdict == "accept":
        accepted.append((Candidate(list(names), names[0].start, _end(doc, names)), k, e))
    elif verdict != "drop":
        deferred.append((k, e, REPEAT if verdict == "defer" else SURNAME_ONLY))


def _end(doc: Doc, names: Sequence[Tok]) -> int:
    last = names[-1]
    e = last.end
    if last.folded in ("jr", "sr") and doc.text[e : e + 1] == ".":
        e += 1
    return e
