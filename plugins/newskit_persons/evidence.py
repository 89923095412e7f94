"""The verdict on a name once its edges are known: the evidence its words and context give
(a given name first, a surname last, no ordinary English word, a title, a scorecard), as
``accept``, ``defer``, ``surname`` or ``drop``."""

from __future__ import annotations

from collections.abc import Sequence

from newskit.patterns import compile_pattern
from newskit_persons.context import DETERMINERS, in_apposition, kin_before, place_preposition_before
from newskit_persons.document import Doc
from newskit_persons.edges import month_given
from newskit_persons.lexicon import Lexicon
from newskit_persons.lone_names import lone_cue
from newskit_persons.scorecards import (
    bowling_after,
    club_list_item,
    country_after,
    dismissal_before,
    record_after,
    scorer,
)
from newskit_persons.tokens import Tok
from newskit_persons.word_classes import (
    ROMANISED_GIVEN,
    given_name,
    is_country,
    is_county,
    is_initial,
    placeish,
    roman_numeral,
)

__all__ = ["weigh"]


def weigh(doc: Doc, lex: Lexicon, k: int, e: int, cj: int, titled: bool, byline: bool) -> str:
    """The verdict on the name ``toks[k:e]``: ``accept``, ``defer`` (a name only if the
    article repeats it), ``surname`` (a surname only if its full name is given) or ``drop``.
    Two or more words weigh their evidence (a title, a byline, a country after it in a
    results table, the name's own shape); a single word is a surname after a title, or a
    name repeated from elsewhere."""
    names = doc.toks[k:e]
    if len(names) >= 2:
        ev = (3 if titled and not _plain_words(lex, [t.folded for t in names]) else 0) + (3 if byline else 0)
        if country_after(doc, lex, e) or club_list_item(doc, e) or scorer(doc, e - 1):
            ev += 2  # results tables: "MaliVai Washington ( U.S. ) beat ...", "8 - Les Ferdinand ( Newcastle )",
            # a goal's minute on a scorers line: "Scorer : Kumba Tchiakou ( 61st minute )"
        if in_apposition(doc, lex, names[-1].end) and not (k > 0 and doc.toks[k - 1].folded in DETERMINERS):
            ev += 1  # "Mark Vinar , an Australian climber" (not "the Aegean Star , a ship": no person takes "the")
        ev += _name_evidence(doc, lex, names, [t.folded for t in names], k)
        return "accept" if ev >= 2 else "defer" if ev >= 0 else "drop"
    return _single_word(doc, lex, k, e, cj, titled or byline, titled)


def _english_tail(lex: Lexicon, last: str) -> bool:
    """``Hanseatic Freight``, ``Harbour Fertility``: a last word that is an English word of
    middling frequency and a name of no list is the trade of a firm, no surname; the run
    has an ordinary English word in it after all. A rarer word counts when its ending makes
    it a noun of a trade or an abstract thing (``Brenmoor Aquaculture``, ``Conlog
    Metering``: ``trade_noun_endings``); ``Gaddafi``, as rare, has none."""
    if lex.is_name(last):
        return False
    return lex.common(last, 3.5) or (len(last) >= 7 and lex.common(last, 2.5) and last.endswith(lex.trade_endings))


def _plain_words(lex: Lexicon, folded: list[str]) -> bool:
    """``Major League Baseball``: every word an ordinary English word and no given name, the
    last no name of any list; a title before such words is no person's."""
    return all(lex.common(f, 3.5) and f not in lex.given for f in folded) and not lex.is_name(folded[-1])


def _name_evidence(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int) -> int:
    """How much the words of a run of two or more say it is a person's name: a given name
    or an initial first, a surname last, no ordinary English word; minus words no name
    holds (months, function words, places, ALL CAPS or lower-case words)."""
    n = len(names)
    first, last = folded[0], folded[-1]
    syllables = _romanised_syllables(lex, names, folded)
    ev = 0
    if is_initial(doc, names[0]):
        ev += 2 if not lex.common(last, 5.0) or last in lex.surnames else 0
    elif first in lex.east_asian and ROMANISED_GIVEN.fullmatch(names[1].text):
        ev += 2  # "Park Ji-hoon", "Moon Jae-in": a surname and a romanised given name
    elif given_name(lex, first):
        opener = k in doc.sent_start and lex.common(first, 5.0)
        ev += 2 if not opener or _unlisted_surname(lex, last, n) else 1
    elif first in lex.east_asian and (n == 3 or "-" in folded[1] or n == 2 or syllables):
        ev += 2
    elif first in lex.surnames or _unlisted_given(lex, first, last, n) or _extra_given(doc, lex, folded, k):
        ev += 1
    if last in lex.surnames or last in lex.suffixes:
        ev += 1
    words = [f for t, f in zip(names, folded, strict=True) if not (t.text.islower() and f in lex.particles)]
    if all(not lex.common(f, 4.0) or (lex.is_name(f) and not lex.common(f, 4.5)) for f in words) and \
            not _english_tail(lex, last):
        ev += 2  # no ordinary English word in it: "Muammar Gaddafi", "Orhan Cikirikci"
    if dismissal_before(doc, lex, k):
        ev += 2
    if any(t.text.islower() and f in lex.patronymics for t, f in zip(names[1:-1], folded[1:-1], strict=True)):
        ev += 2  # "Bandar bin Sultan", "Qaboos bin Said": a son of someone is a person
    for idx, (t, f) in enumerate(zip(names, folded, strict=False)):
        if idx > 0 and t.text.islower() and f in lex.particles:
            pass  # "Kengo wa Dondo", "Daniel arap Moi": a particle, not the place "WA"
        elif is_initial(doc, t) and idx < n - 1:
            pass  # "A. Smith", "I. Austin": an initial, not the article or the pronoun
        elif idx == 0 and month_given(doc, lex, k, k + n):
            pass
        elif (f in lex.months and not syllables) or f in lex.stop_caps:
            ev -= 3
        elif placeish(lex, f):
            ev -= 2
        elif is_initial(doc, t) or (idx > 0 and roman_numeral(t.text)):
            pass
        elif len(t.text) > 1 and t.text.isupper() and "." not in t.text:
            ev -= 3
        elif idx > 0 and t.text.islower() and f not in lex.particles:
            ev -= 3
    return ev


#: One syllable of a romanised name written as its own word (``Thi``, ``Thu``, ``Xuan``).
_SYLLABLE = compile_pattern(r"\p{Lu}\p{Ll}{1,4}")


def _romanised_syllables(lex: Lexicon, names: Sequence[Tok], folded: list[str]) -> bool:
    """``Nguyen Thi Thu Ha``, ``Tran Van Long``: an East Asian surname and then only short
    syllables, each a word (Vietnamese and some Chinese names): a day's abbreviation among
    them (``Thu``) is a syllable of the name."""
    return len(names) >= 3 and folded[0] in lex.east_asian and all(_SYLLABLE.fullmatch(t.text) for t in names[1:])


def _extra_given(doc: Doc, lex: Lexicon, folded: list[str], k: int) -> bool:
    """``convict Arcade Joseph Comeaux Jr.``: a capitalised word inside a sentence before a
    listed given name and a surname is one more given name, though it is also an English
    word of middling frequency (not a place, a demonym, a role or a cue of a body)."""
    if len(folded) < 3 or k in doc.sent_start or folded[1] not in lex.given:
        return False
    first, last = folded[0], folded[-1]
    if not (last in lex.surnames or last in lex.suffixes or not lex.common(last, 3.5)):
        return False
    return first.isalpha() and not (
        lex.common(first, 4.0) or placeish(lex, first) or first in lex.demonyms
        or first in lex.org_cues or first in lex.title_words or first in lex.months
    )


def _unlisted_surname(lex: Lexicon, last: str, n: int) -> bool:
    """``Mark Rutte``, ``Will Ferrell`` opening a sentence: a rare word of no list after a
    frequent given name is a surname the lists lack (a place, a demonym or a body's cue is
    no surname)."""
    return n == 2 and last.isalpha() and not (
        lex.common(last, 3.0) or lex.is_name(last) or last in lex.places or last in lex.demonyms or last in lex.org_cues
    )


def _unlisted_given(lex: Lexicon, first: str, last: str, n: int) -> bool:
    """``Kathina Thomas``, ``Zurana Horton``: a rare word of no list before a listed
    surname is most likely a given name no list holds (given names of many languages are
    in none), not a place or an ordinary word. Not before a surname that is a frequent
    English noun too (``Aerion Space``, ``Ridgeback Gold``, ``Yamuna Power``: firms)."""
    if n != 2 or last not in lex.surnames or lex.common(last, 5.0 if last in lex.given else 4.5):
        return False
    return first.isalpha() and not (
        lex.common(first, 3.0) or first in lex.places or first in lex.demonyms or first in lex.org_cues
    )


def _single_word(doc: Doc, lex: Lexicon, k: int, e: int, cj: int, introduced: bool, titled: bool) -> str:
    """A one-word name: ``"accept"`` with strong context (a title or byline, a scorecard,
    ``Easley said``, ``said Obama``), ``"defer"`` to the second pass (a name repeated from
    elsewhere), ``"surname"`` when it reads as a place or a cue word (a name only as the
    surname of a full name of the article: ``Bob Dole … Dole's proposal``), ``"drop"``
    when it cannot be one (a month, an ALL CAPS word, a place after ``in``)."""
    t = doc.toks[k]
    f = t.folded
    # an East Asian surname that is also a cue ("Park", "Song") waits for pass 2: it is a
    # name only when the article gives it in full ("Park Ji-hoon ... Park now has")
    cue = f in lex.org_cues and f not in lex.east_asian
    # a place, a country or an organisation word, unless the article says otherwise
    other = placeish(lex, f) or cue or is_country(t) or is_county(f)
    never = f in lex.months or (len(t.text) > 1 and t.text.isupper()) or (f in lex.places and place_preposition_before(doc, k))
    if not (other or never) and _strong_single(doc, lex, k, e, cj, introduced, titled):
        return "accept"
    if never:
        return "drop"
    return "surname" if other else "defer"


def _strong_single(doc: Doc, lex: Lexicon, k: int, e: int, cj: int, introduced: bool, titled: bool) -> bool:
    """Strong context for a one-word name that reads as no place or thing: a goal's minute
    on a scorers line, a title or byline, a kin noun before it, a scorecard's marks, a
    speech verb after it, or the cues of a name never written in full."""
    f = doc.toks[k].folded
    if not (f in lex.stop_caps or f in lex.title_words) and (scorer(doc, k) or club_list_item(doc, e)):
        return True  # "Scorers : Pizzi ( 2nd minute ) , Alfonso ( 60th )", "( Bode 34 , Reich 88 )", "8 - Max ( Munich 1860 )"
    if introduced and (lex.is_name(f) or not lex.common(f, 4.0)):
        return True
    if kin_before(doc, lex, k) and (lex.is_name(f) or not lex.common(f, 3.5)):
        return True  # "her husband Todd", "his lawyer Heller"
    if not lex.common(f, 3.5) and (dismissal_before(doc, lex, k) or country_after(doc, lex, e) or bowling_after(doc, k)):
        return True  # scorecards: "c Healy b McGrath", "Jayasuriya ( Sri Lanka )", "Vaas 7-0-29-0"
    if not lex.common(f, 3.5) and record_after(doc, k) and _no_team_word(lex, f):
        return True  # a won-lost record: "Pettite ( 19-7 ) allowed", "beat sekiwake Kaio ( 6-4 )"
    if not lex.common(f, 4.0) and lex.is_name(f) and f not in lex.lone_blockers and _speech_verb_after(doc, lex, k, e):
        return True  # "Easley said"
    return (
        not titled
        and all(doc.toks[x].folded in lex.months for x in range(e, cj))  # "said Merkel Friday"
        and lone_cue(doc, lex, k, e)
    )  # "Trump said", "said Obama", "Merkel's spokesman"


def _no_team_word(lex: Lexicon, f: str) -> bool:
    """A word before a won-lost record that names no team or body: not the plural of an
    ordinary noun (``Packers``, ``Yankees``) and no listed outlet or firm."""
    plural = f.endswith("s") and (lex.common(f[:-1], 2.5) or lex.common(f[:-2], 2.5))
    return not plural and f not in lex.lone_blockers


def _speech_verb_after(doc: Doc, lex: Lexicon, k: int, e: int) -> bool:
    """A speech verb right after the word, one space between (not ``and``, ``who`` or an
    auxiliary, which the speech verbs also hold; not a verb of a result after a city's
    name, which a team takes too)."""
    toks = doc.toks
    if e >= len(toks):
        return False
    nxt = toks[e].folded
    gap = doc.text[toks[k].end : toks[e].start]
    if nxt in lex.result_verbs and e - k == 1 and toks[k].folded in lex.places:
        return False  # "Valencia won 3-0": a city's team wins as a player does
    return gap == " " and nxt in lex.speech_verbs and nxt not in ("and", "who", "is", "was", "has", "had")
