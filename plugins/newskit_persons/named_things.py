"""Organisations, places, clubs, craft and storms named like people, ruled out by the run's
own words and the words right around it (``Harvard University``, ``the tanker Ocean
Princess``, ``Hurricane Otis``). One small rule a shape; the article-wide evidence for a
firm (``Pirelli shares``) is :mod:`newskit_persons.things`'s."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from newskit.patterns import compile_pattern
from newskit.text import match_ahead
from newskit_persons.context import (
    PLACE_PREPOSITIONS,
    SPACE,
    after_determiner,
    place_preposition_before,
)
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon, fold
from newskit_persons.rule_gates import Opens, RuleGates
from newskit_persons.things import described_as_thing
from newskit_persons.tokens import Tok
from newskit_persons.word_classes import (
    given_name,
    is_country_name,
    is_initial,
    place_tail,
    roman_numeral,
)

__all__ = ["acronym_named", "craft_names", "named_thing", "org_tail", "place_prefix", "qualified_noun", "storm_named"]


def named_thing(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """Organisations, places, clubs and events named like people (each rule below). An
    ALL CAPS headline run is only checked for cues: it may hold a known name among other
    words (``O'BRIEN SPRING TWIN UPSETS``), which the headline pass finds. Only the rules
    the words around the name can open are called (:data:`_OPENS`)."""
    one = len(names) == 1
    rules: tuple[_Rule, ...]
    if doc.caps_word(k):
        rules = _ONE_WORD_CUE_RULES if one else _CUE_RULES
    else:
        rules = _ONE_WORD_RULES if one else _ALL_RULES
    for rule in _GATES.opened(doc, lex, k, e, rules):  # a loop, not any(): called for most runs
        if rule(doc, lex, names, folded, k, e):
            return True
    return False


#: a rule: whether the name ``names`` (``toks[k:e]``, their folded forms ``folded``) names a thing
_Rule = Callable[[Doc, Lexicon, Sequence[Tok], list[str], int, int], bool]


def _org_cue(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Harvard University``, ``Bradford Bulls``: an organisation or feature cue in the
    name (a cue that is also a surname only last, after a word that is no given name:
    ``S. Law`` and ``Tana River`` differ by the given name)."""
    n = len(folded)
    if any(f in lex.strong_cues and (idx > 0 or n == 1) for idx, f in enumerate(folded)):
        return True
    if n >= 2 and _plural_cue(lex, folded[-1]):
        return True  # "Harbourline Shipyards", "Kestrel Airports"
    return n >= 2 and folded[-1] in lex.org_cues and not (n == 2 and is_initial(doc, names[0])) and (
        not given_name(lex, folded[0])
        or folded[0] in lex.east_asian
        or place_preposition_before(doc, k)
        or after_determiner(doc, lex, k)
        or n >= 3
        or (folded[0] in lex.places and folded[-1] not in lex.given)
    )  # "at Trent Bridge", "in Grant Park", "the Betty Ford Center", "Dean Smith Center", "China


def _plural_cue(lex: Lexicon, last: str) -> bool:
    """The plural of a strong organisation cue closing a name (``Shipyards``,
    ``Airports``) that no name list holds: ``Banks``, ``Parks``, ``Rivers`` are surnames."""
    return last.endswith("s") and last[:-1] in lex.strong_cues and not lex.is_name(last)


def _place_named(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Heping Township``: a generic head last (also after a given name when a
    preposition of place stands before: ``near Chester Hill``)."""
    return len(folded) >= 2 and (
        place_tail(lex, folded) or (folded[-1] in lex.place_heads and place_preposition_before(doc, k))
    )


def _feature_named(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Mount Elgon`` (a head first), ``the Tana River`` (a head that is also a surname,
    after a determiner: no person's name takes *the*; so too ``the River Wenning``, whose head
    is a given name too). A head before a patronymic particle
    is a given name (``Bandar bin Sultan``: a son of Sultan, no port)."""
    if len(folded) < 2:
        return False
    patronymic = names[1].text.islower() and folded[1] in lex.patronymics
    return (folded[0] in lex.place_heads_first and not patronymic) or (
        (folded[-1] in lex.place_heads or folded[0] in lex.place_heads_first_after_the) and after_determiner(doc, lex, k))


def _plural_tail(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Orlando Pirates``, ``Boca Juniors``, ``Kaizer Chiefs``: a name ending in the plural
    of an ordinary noun, or a place and a plural (``Florida Marlins``), names a team or a firm; surnames ending in -s (``Williams``,
    ``Hopkins``) are in the surname list and stay people."""
    last = folded[-1]
    if len(folded) < 2 or not last.endswith("s") or last in lex.suffixes:
        return False
    if len(folded) == 2 and folded[0] in lex.places and last not in lex.surnames and (
        not given_name(lex, folded[0]) or _english_plural(lex, last) or last.endswith(_AGENT_PLURAL)
    ):
        return True  # "Florida Marlins", "Houston Astros": a place's team ("George Georgiopoulos" is no team)
    if lex.is_name(last):
        return False
    sing = last[:-3] + "y" if last.endswith("ies") else last[:-2] if last.endswith(_ES) else last[:-1]
    if sing in lex.demonyms:
        return True  # "Exiled Bosnians": a people, never a person
    # after a given name only a very common noun ("Leah Pells" is a person, "Guy Hellers" too)
    given = given_name(lex, folded[0])
    # an agent noun after a full name, or after a word that is no given name ("Tamu Tamu
    # Caterers", "Osei Builders"; "Guy Hellers" stays a person)
    return lex.common(sing, 4.5 if given else 3.5) or ((not given or len(folded) >= 3) and _agent_noun(lex, sing))


#: The plural of an English agent noun (``Thrashers``, ``Rangers``): a surname so written
#: (``Rogers``, ``Sanders``) is in the surname list, which the caller asks first.
_AGENT_PLURAL = "ers"


def _english_plural(lex: Lexicon, last: str) -> bool:
    """``astros``, ``marlins``: a word English writes (or its singular), as a team's
    nickname is; a surname of another language that ends in -s (``Georgiopoulos``,
    ``Simitis``) is no English word."""
    return last in lex.zipf or last[:-1] in lex.zipf


def _agent_noun(lex: Lexicon, sing: str) -> bool:
    """``caterer``: an agent noun made from a common verb (``cater``), however rare the
    noun itself: "Tamu Tamu Caterers" names a firm by what it does."""
    return any(sing.endswith(end) and lex.common(sing[: -len(end)], 3.5) for end in lex.agent_endings)


_ES = ("ses", "xes", "ches", "shes")


def _possessive_body(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Ashby Residents' Association``, ``the Miners' Federation``: a plural of no name
    before a possessive mark and an organisation cue is the first part of a body's name."""
    last = names[-1]
    if not folded[-1].endswith("s") or lex.is_name(folded[-1]) or e >= len(doc.toks):
        return False
    mark = doc.text[last.end : last.end + 1]
    head = doc.toks[e]
    return mark in lex.possessive_marks and doc.text[last.end + 1 : head.start] == " " and \
        head.text[:1].isupper() and head.folded in lex.org_cues


def _ampersand(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Procter & Gamble``, ``Marks & Spencer``: names joined by ``&`` are a firm."""
    before = doc.text[max(0, names[0].start - 3) : names[0].start]
    after = doc.text[names[-1].end : names[-1].end + 3]
    return before.rstrip().endswith("&") or after.lstrip().startswith("&")


def _known_thing(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Goldman Sachs``, ``Real Madrid``: firms and clubs whose names read as people's,
    from the list ``named_like_people`` (a name starting with one is the thing)."""
    if folded[0].partition(" ")[0] not in lex.named_like_people_firsts:
        return False  # no listed name opens with its first word
    for w in range(len(folded), 1, -1):
        if " ".join(folded[:w]) in lex.named_like_people:
            return True
    return False


def _foreign_named(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``El Universo``, ``Grupo Andino``, ``Der Standard`` (an article or a generic head of
    another language opening the name), ``Hoshino Kisen`` (one closing it),
    ``Alpenstraßen Tunnelbetrieb`` (a compound noun naming a body): a firm, outlet or body
    named in its own language, never a person."""
    if len(folded) < 2:
        return False
    if folded[0] in lex.foreign_heads_first or folded[-1] in lex.foreign_heads_last:
        return True
    endings = lex.foreign_org_endings
    return any(f.endswith(endings) and any(len(f) > len(end) + 2 and f.endswith(end) for end in endings)
               for f in folded)


def _state_after(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``in Rancho Mirage , Calif .``, ``near Palmer, Alaska, on Friday``: a name after a
    preposition of place and followed by a US state in commas (or closing the sentence) is
    a place. Without the preposition a name and a state may be a person and the place
    they come from or stand for (``Sen. Dana Kirk , Texas , said``)."""
    if not place_preposition_before(doc, k):
        return False
    m = match_ahead(_STATE_AFTER, doc.text, names[-1].end)
    return m is not None and " ".join(m.group(1).lower().split()) in lex.us_states


#: A comma, one or two capitalised words (a state, ``Calif`` with its dot), then the end of
#: the clause: a full stop, a comma, a semicolon, a bracket or the line's end.
_STATE_AFTER = compile_pattern(r"(?m) ?, (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?: ?\.| ?(?=[,;)]|$))")


def _place_and_noun(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Chittagong Cement``, ``Ruhr Steel``: a place before an ordinary noun of no name
    list names a firm or a body of that place."""
    first, last = folded[0], folded[-1]
    return (
        len(folded) == 2
        and first in lex.places
        and not given_name(lex, first)
        and not lex.is_name(last)
        and lex.common(last, 3.5)
    )


def _venue_heading(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``At Tunbridge Wells : Nottinghamshire 214 ...``, ``At Headingley ( Leeds ) :``: a
    results line opened by the ground where the match was played; without ``At``, the ground opens the line and a
    side and its score follow the colon (``Tunbridge Wells : Nottinghamshire 214``)."""
    if k > 0 and k - 1 in doc.sent_start and doc.toks[k - 1].folded == "at":
        return match_ahead(_COLON_AFTER, doc.text, names[-1].end) is not None  # also "At Headingley ( Leeds ) :"
    line_start = doc.line_starts[doc.tok_line[k]]
    return names[0].start == line_start and match_ahead(_SIDE_SCORE, doc.text, names[-1].end) is not None


#: After a ground named by ``At`` opening a results line: a colon, or the ground's town in
#: brackets and then a colon (``At Headingley ( Leeds ) :``).
_COLON_AFTER = compile_pattern(r" ?(?:\( ?\p{Lu}[\p{L}' -]{0,30}\) ?)?:")


#: After a ground opening a results line: a colon, a side's name and its score.
_SIDE_SCORE = compile_pattern(r" ?: \p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3} \d")


def _craft_named(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``the research vessel Sonne``, ``the tanker Ocean Princess``: a lower-case noun of a
    craft right before the run names the craft, whatever names it bears; so does the
    flag it flies (``the Liberian-flagged Mistral Dawn``) and a ship's prefix (``USS
    Theodore Roosevelt``). A title opening the craft's
    name stands between (``the tanker Princess Helena``, ``the vessel Sir Bedivere``,
    ``HMS Queen Elizabeth``: a monarch's title after a prefix)."""
    if k > 0 and _ship_prefix(doc, lex, k):
        return True  # "USS Theodore Roosevelt", "HMS Sheffield"
    t = _past_titles(doc, lex, k)
    if t and t < k and all(x.folded in lex.ruler_titles for x in doc.toks[t:k]) and _ship_prefix(doc, lex, t):
        return True  # "HMS Queen Elizabeth": a monarch's title opens the ship's name ("INS Commissioner" does not)
    k = t
    if k == 0:
        return False
    prev = doc.toks[k - 1]
    if doc.text[prev.end : doc.toks[k].start] != " ":
        return False
    if prev.text.islower() and prev.folded in lex.craft_before:
        return True
    if k >= 2 and prev.text.islower() and f"{doc.toks[k - 2].folded} {prev.folded}" in lex.craft_before:
        return True  # "the aircraft carrier Carl Vinson"
    return prev.folded.endswith(lex.craft_before_endings)  # "the Liberian-flagged Mistral Dawn"


def craft_names(doc: Doc, lex: Lexicon, chunks: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The folded names of the craft the article names after a craft's noun or prefix, and
    the last word of each (``the aircraft carrier Carl Vinson``: ``carl vinson``,
    ``vinson``): the same words elsewhere in it name the craft (``The Carl Vinson leads a
    battle group``, ``the carriers Vinson and Enterprise``)."""
    out: set[str] = set()
    for ci, cj in chunks:
        names = doc.toks[ci:cj]
        folded = [t.folded for t in names]
        if not doc.caps_word(ci) and _craft_named(doc, lex, names, folded, ci, cj):
            out.update((" ".join(folded), folded[-1]))
    return frozenset(out)


def _ship_prefix(doc: Doc, lex: Lexicon, k: int) -> bool:
    """A ship's prefix in capitals right before ``toks[k]`` (no title between: ``INS
    Commissioner Doris Meissner`` is the immigration service's)."""
    prev = doc.toks[k - 1]
    return prev.text.isupper() and prev.folded in lex.craft_prefixes and doc.text[prev.end : doc.toks[k].start] == " "


#: at most this many titles are read back before a craft's name (``HMS Queen Elizabeth``,
#: ``the vessel Sir Bedivere``): the walk back stays bounded in a text of titles
#: (``"President " * k`` read every run's titles back to the text's start: quadratic)
_TITLES_BEFORE = 5


def _past_titles(doc: Doc, lex: Lexicon, k: int) -> int:
    """Where the titles written right before ``toks[k]`` start (``Princess`` of ``the tanker
    Princess Helena``), at most :data:`_TITLES_BEFORE` of them: ``k`` when none is."""
    toks = doc.toks
    first = max(0, k - _TITLES_BEFORE)
    while k > first and toks[k - 1].folded in lex.honorifics and toks[k - 1].text[:1].isupper() \
            and doc.text[toks[k - 1].end : toks[k].start] == " ":
        k -= 1
    return k


def _facility_named(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``the Simon Bolivar courthouse``, ``historic Mat Maid dairy building``: a run that
    qualifies a lower-case noun of a built place or a works names that place; so does a
    possessive before such a noun capitalised (``Queen Mary 's Hospital``, ``Guy's
    Hospital``, ``King Edward 's School``: the institution's own name)."""
    if names[-1].possessive:
        return _institution_after(doc, lex, names[-1], e)
    if e >= len(doc.toks):
        return False
    nxt = doc.toks[e]
    return nxt.text.islower() and nxt.folded in lex.facility_after and doc.text[names[-1].end : nxt.start] == " "


def _outlet_named(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Le Matin newspaper``, ``the Pan Am flight``, ``the Jackson Hole symposium``, ``the Ben
    Aknoun court``: a name of two words or more that qualifies a lower-case noun of an
    outlet, a flight, a meeting or a court is the outlet's, the airline's or the place's;
    so is one right after a noun of a newspaper (``the daily Koha Jone``). One word is
    left to the person (``Murdoch newspapers``), as is a possessive."""
    if len(names) < 2 or names[-1].possessive:
        return False
    if k > 0:
        prev = doc.toks[k - 1]
        if prev.text.islower() and prev.folded in lex.outlet_before and doc.text[prev.end : names[0].start] == " ":
            return True  # "the Albanian daily Koha Jone reported"
    if e >= len(doc.toks):
        return False
    nxt = doc.toks[e]
    return nxt.text.islower() and nxt.folded in lex.outlet_after and doc.text[names[-1].end : nxt.start] == " "


def _quoting_outlet(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Jomhuri Eslami quoted the security chief as saying``: the subject of *quoted ...
    as saying* is a newspaper or an agency, when its name opens with no given name (a
    press secretary quotes his president too: ``Sergei Yastrzhembsky quoted Yeltsin as
    saying``)."""
    if len(names) < 2 or e >= len(doc.toks) or doc.toks[e].text != "quoted" or given_name(lex, folded[0]):
        return False
    stop = doc.text.find("\n", names[-1].end)
    return _AS_SAYING.search(doc.text, names[-1].end, stop if stop >= 0 else len(doc.text)) is not None


#: what follows the one quoted, in the same line: ``as saying``, ``as telling``.
_AS_SAYING = compile_pattern(r"\bas (?:saying|telling|having said)\b")


def _eponym_named(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``the D'Amato law``, ``Alzheimer 's disease``, ``ALZHEIMER 'S DISEASE``: a name
    qualifying a lower-case noun of a law or an illness (past a possessive) names the
    thing after the person; the person stands elsewhere, titled (``Senator Alfonse
    D'Amato``). A headline in capitals writes the noun in capitals too. A prize's holder
    (``Nobel Peace laureate``, ``Pulitzer winner``) is read so, unless ``of`` follows: then
    the noun stands in apposition to a person (``Mary Okafor winner of the sprint``)."""
    nxt = qualified_noun(doc, e)
    if nxt is None or nxt.folded not in lex.eponym_after or not (nxt.text.islower() or doc.caps_line(nxt.start)):
        return False
    return nxt.folded not in lex.award_holders or not match_ahead(_OF_NEXT, doc.text, nxt.end)


#: ``of`` right after a word: the noun before it heads an apposition (``winner of``).
_OF_NEXT = compile_pattern(r" (?i:of)\b")


def qualified_noun(doc: Doc, e: int) -> Tok | None:
    """The word the name ending at ``toks[e - 1]`` qualifies: the next one, one space on,
    or the one past the name's possessive (``Crohn 's disease``, ``Crohn's disease``, the
    tokeniser may leave the ``s`` of a spaced ``'s`` as a word of its own); None when
    punctuation or the text's end comes first."""
    last = doc.toks[e - 1]
    gap = match_ahead(_GENITIVE_GAP, doc.text, last.end) if last.possessive else match_ahead(_SPACE, doc.text, last.end)
    if gap is None:
        return None
    for nxt in doc.toks[e : e + 2]:
        if nxt.start == gap.end():
            return nxt
    return None


#: One space between a name and the noun it qualifies.
_SPACE = compile_pattern(r" (?=\S)")


def _place_of_head(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``the coastal town of Bou Haroun``, ``the villages of Uttar Pradesh``: after a
    lower-case noun of a settlement or a territory and ``of``, the run is the place, however
    person-like its words; not a possessive (``the town of John Smith 's birth``)."""
    if k < 2 or names[-1].possessive:
        return False
    head, of = doc.toks[k - 2], doc.toks[k - 1]
    return (
        of.text == "of"
        and head.text.islower()
        and head.folded in lex.place_of_heads
        and doc.text[head.end : of.start] == " "
        and doc.text[of.end : names[0].start] == " "
    )


def _body_in_apposition(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Morgan Grenfell , the investment banking arm of Deutsche Bank``, ``Verhoek , a
    family firm``: a description in commas whose head is a noun of a body names a body,
    whatever names it bears; a person is described by a role (``, a bank clerk``)."""
    if names[-1].possessive or e + 1 >= len(doc.toks):
        return False
    det = doc.toks[e]
    gap = doc.text[names[-1].end : det.start]
    return gap in _COMMA_GAPS and det.text in _APPOSITION_DETERMINERS and described_as_thing(doc.toks, e + 1)


#: A comma as prose writes it and as CoNLL's tokenised wire copy does (``Grenfell , the``).
_COMMA_GAPS = frozenset((", ", " , "))
_APPOSITION_DETERMINERS = frozenset(("the", "a", "an"))


def _employer_after_name(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``analyst Tony Maher of Panmure Gordon said``: a run right after a person's full name
    and ``of`` is where the person works or comes from, never another person (the full
    name: two to four capitalised words after any title, a listed given name or an
    initial first, no word of a body's or a role's)."""
    toks, text = doc.toks, doc.text
    if k < 3 or toks[k - 1].text != "of" or text[toks[k - 1].end : names[0].start] != " ":
        return False
    if text[toks[k - 2].end : toks[k - 1].start] != " " or toks[k - 2].possessive:
        return False
    j = k - 2  # back over the capitalised words before "of", up to a title or a role
    while j > 0 and k - 1 - j < _NAME_WORDS and toks[j - 1].text[:1].isupper() \
            and text[toks[j - 1].end : toks[j].start] == " " and not toks[j - 1].possessive \
            and not _role_word(lex, toks[j - 1].folded):
        j -= 1
    if k - 1 - j < 2:
        return False
    first = toks[j]
    return (given_name(lex, first.folded) or is_initial(doc, first)) and not any(
        toks[x].folded in lex.org_cues or _role_word(lex, toks[x].folded) for x in range(j, k - 1)
    )


#: The most words a person's full name before ``of`` is read back over.
_NAME_WORDS = 4


def _role_word(lex: Lexicon, f: str) -> bool:
    """A title, an honorific or a role noun (``Analyst``, ``President``, ``Mr``)."""
    return f in lex.title_words or f.rstrip(".") in lex.honorifics or lex.is_role(f)


def _institution_after(doc: Doc, lex: Lexicon, last: Tok, e: int) -> bool:
    """A capitalised noun of a built place right after the possessive ``last`` (the
    tokeniser may leave the ``s`` of a spaced ``'s`` as a word of its own)."""
    m = match_ahead(_GENITIVE_GAP, doc.text, last.end)
    if m is None:
        return False
    for nxt in doc.toks[e : e + 2]:
        if nxt.start == m.end():
            return nxt.text[:1].isupper() and nxt.folded in lex.facility_after
    return False


#: Between a possessive name and the noun after it: ``'s``, ``’s`` or a bare apostrophe,
#: written close or tokenised apart (``Mary 's Hospital``).
_GENITIVE_GAP = compile_pattern(r" ?['’][sS]? ")


def _ruler_named(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``King George VI Chase``, ``Queen Elizabeth II Conference Centre``, ``Henry VIII
    Novices' Chase``: a ruler's ordinal inside the run, more words after it, names a race,
    a building or a ship after the ruler; a person's ordinal ends the name, or stands
    before the ruler's other given names (``King Carl XVI Gustaf``)."""
    for idx, t in enumerate(names[:-1]):
        if idx > 0 and len(t.text) > 1 and roman_numeral(t.text):
            return not all(_rare_given(lex, f) for f in folded[idx + 1 :])
    return False


#: Above this Zipf frequency a given name after a ruler's ordinal reads as a word
#: (``King George VI Chase``): ``Gustaf`` is no English word.
_RARE_GIVEN_ZIPF = 3.5


def _rare_given(lex: Lexicon, f: str) -> bool:
    """A listed given name that is a rare English word."""
    return given_name(lex, f) and not lex.common(f, _RARE_GIVEN_ZIPF)


def _initials_after(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Internet Explorer ( IE )``, ``Kenya Wildlife Service (KWS)``: a name followed by its
    own initials in brackets is a product's or a body's; news abbreviates no person so."""
    m = match_ahead(_BRACKETED_CAPS, doc.text, names[-1].end)
    return len(names) >= 2 and m is not None and m.group(1) == "".join(t.text[0] for t in names).upper()


def _firm_context(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``shares of Ralph Lauren``, ``a stake in Li Ning``: words of the market right before a
    run name a firm, whatever names it bears; no person has shares or stakes."""
    if k < 2 or doc.toks[k - 1].folded.rpartition(" ")[2] not in lex.firm_before_ends:
        return False  # no phrase of two words or more ends right before the run
    for w in range(lex.firm_before_words, 1, -1):
        before = doc.toks[max(0, k - w) : k]
        if len(before) == w and _lower_or_opening(doc, k - w, k) and (
            " ".join(t.folded for t in before) in lex.firm_before and doc.text[before[-1].end : names[0].start] in SPACE
        ):
            return True
    return False


def _employer_after_role(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``an analyst at Troika Dialog``, ``an economist with Kleinwort Benson``: after a
    lower-case role noun and ``at`` or ``with``, a run names where the person works."""
    if k < 2 or names[-1].possessive:
        return False  # "an official at John Smith's home" is the person's
    role, prep = doc.toks[k - 2], doc.toks[k - 1]
    return (
        prep.text in lex.employer_prepositions
        and role.text.islower()
        and lex.is_role(role.folded)
        and doc.text[role.end : prep.start] in SPACE
        and doc.text[prep.end : names[0].start] in SPACE
    )


#: A figure of a price, read before its unit: ``1.50``, ``75``, ``1,250``.
_FIGURE = compile_pattern(r"\d[\d,]*(?:\.\d+)?")


def _price_move(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Cheung Kong rose 1.50 dollars``, ``Henderson Land gained 75 cents``: a share's price
    move right after a run (a verb, a figure, a unit of money) names a listed firm."""
    toks = doc.toks
    if e + 2 >= len(toks) or names[-1].possessive:
        return False
    verb, figure, unit = toks[e], toks[e + 1], toks[e + 2]
    return (
        verb.text in lex.price_move_verbs
        and doc.text[names[-1].end : verb.start] in SPACE
        and _FIGURE.fullmatch(figure.text) is not None
        and unit.text in lex.price_units
        and doc.text[figure.end : unit.start] in SPACE
    )


def _after_country_bracket(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``1. Carlos Sainz ( Spain ) Ford Escort 3 hours``: on a results line the person comes
    before the country in brackets; a run right after it, before the line's figures, is
    the team, the car or the club (also in a table of comma columns: ``1. Alex Zanardi (
    Italy ) , Reynard Honda , 53.980``; ``( U.S. )`` ends in its dot)."""
    toks, text = doc.toks, doc.text
    if k < 2 or text[toks[k - 1].end : names[0].start].replace(" ", "").lstrip(".") not in (")", "),"):
        return False
    if text[names[-1].end : names[-1].end + 2].strip() == "(":
        return False  # the next of a list, with its own country: "X ( Britain ) , Greg Rusedski ( Britain )"
    j = k - 1
    while j > 0 and k - j <= 3 and text[toks[j - 1].end : toks[j].start].strip() != "(":
        j -= 1
    if text[toks[j - 1].end : toks[j].start].strip() != "(" or k - j > 3:
        return False
    country = " ".join(t.folded for t in toks[j:k])
    in_gazetteer = country in lex.places or country in lex.demonyms or is_country_name(" ".join(t.text for t in toks[j:k])) \
        or (k - j == 1 and toks[j].text.isupper() and "." in toks[j].text)  # "( U.S. )", not "( FBI )"
    line_end = text.find("\n", names[-1].end)
    rest = text[names[-1].end : line_end if line_end >= 0 else len(text)]
    return in_gazetteer and _FIGURE.search(rest) is not None


def _lower_or_opening(doc: Doc, a: int, b: int) -> bool:
    """Words ``toks[a:b]`` written in lower case, the first also capitalised as a sentence's first."""
    return all(doc.toks[x].text.islower() or (x == a and x in doc.sent_start) for x in range(a, b))


def _place_after_preposition(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``near Debre Markos``, ``in Sidi Bouzid``: after a preposition of place, a name of two
    words or more that opens with no listed given name, initial or East Asian surname is the
    place, however person-like its last word (``Markos``); a person there is named by a
    given name (``near Amina Yusuf``), and a possessive is a person's (``in Kathina Thomas's
    case``)."""
    if len(folded) < 2 or k == 0 or names[-1].possessive:
        return False
    if not _where_before(doc, lex, k):
        return False
    return not _person_opening(doc, lex, names[0])


def _person_opening(doc: Doc, lex: Lexicon, t: Tok) -> bool:
    """A listed given name, an East Asian surname or an initial: how a person's name opens."""
    return given_name(lex, t.folded) or t.folded in lex.east_asian or is_initial(doc, t)


def _where_before(doc: Doc, lex: Lexicon, k: int) -> bool:
    """A preposition of place right before token ``k``, or before the place it is joined
    to by ``and``/``or`` (``in Minas Gerais and Espirito Santo``: both are places)."""
    toks, text = doc.toks, doc.text
    prev = toks[k - 1]
    if prev.text.islower() and prev.folded in lex.where_prepositions and text[prev.end : toks[k].start] in SPACE:
        return True
    if prev.text not in ("and", "or") or k < 3:
        return False
    j = k - 2
    while j > 0 and k - j <= 6 and (toks[j].text[:1].isupper() or (toks[j].folded in lex.particles and j < k - 2)):
        j -= 1  # back over the first place: "Rio Grande do Sul and Mato Grosso"
    first = toks[j + 1]
    return (
        j + 1 < k - 1
        and toks[j].text.islower()
        and toks[j].folded in lex.where_prepositions
        and text[toks[j].end : first.start] in SPACE
        and not _person_opening(doc, lex, first)
    )


def _the_named(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``won at the Santiago Bernabeu on Sunday``, ``The Carl Vinson sailed``: a full name
    right after *the* that ends its noun phrase (punctuation, a function word, an auxiliary
    or a past form after it) names a thing that bears the name, a stadium, a ship, a prize:
    no person takes *the*. Not before a noun it qualifies (``the Marc Dutroux case``: the
    person's, as CoNLL has it) nor before ``of`` (``the Babe Ruth of Japan``)."""
    toks = doc.toks
    if k == 0 or len(names) < 2:
        return False
    the = toks[k - 1]
    if the.folded != "the" or not (the.text == "the" or k - 1 in doc.sent_start):
        return False
    if doc.text[the.end : names[0].start] != " ":
        return False
    return _phrase_ends(doc, lex, e)


def _ground_after_play(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``the match at Tunbridge Wells``, ``will be played at Velez Sarsfield``, ``drew 1-1
    at Sporting Gijon``: after a word of a match and ``at`` (a score may stand between)
    the run is the ground, whatever names it bears; not a possessive (``a game at John
    Smith 's farm``: the person's)."""
    toks = doc.toks
    if k < 2 or names[-1].possessive or toks[k - 1].text != "at":
        return False
    if doc.text[toks[k - 1].end : toks[k].start] != " ":
        return False
    before = doc.text[max(0, toks[k - 1].start - _SCORE_SPAN) : toks[k - 1].start]
    score = _SCORE_BEFORE.search(before)
    j = k - 2
    if score is not None:
        while j >= 0 and toks[j].start >= toks[k - 1].start - len(score.group()):
            j -= 1  # past the score's figures
    return j >= 0 and toks[j].text.islower() and toks[j].folded in lex.play_before_at


def _listed_thing(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``roasters including Douwe Egberts and Jacobs Suchard``, ``blue chips like IDLC ,
    Bangladesh Lamps , Chittagong Cement and Atlas Bangladesh``: an item of a list opened by
    ``including``, ``like`` or ``such as`` after a plural noun of firms or stocks is one of
    them, whatever names it bears."""
    j = _list_opening(doc, k)
    if j is None or j == 0:
        return False
    head = doc.toks[j - 1]
    opening = head.text.islower() or j - 1 in doc.sent_start  # "Clubs like Julius Berger"
    return opening and head.folded in lex.thing_list_heads and doc.text[head.end : doc.toks[j].start] == " "


#: The words that open a list of examples (``such as`` is read by its ``as``).
_LIST_OPENERS = frozenset(("including", "like", "as"))


#: How many words back an item may stand from its list's opening word.
_LIST_SPAN = 30


def _list_opening(doc: Doc, k: int) -> int | None:
    """The index of the word opening the list ``toks[k]`` is an item of (``including``,
    ``like``, the ``such`` of ``such as``), walking back over earlier items, commas and
    ``and``/``or``; None when ``toks[k]`` is in no such list."""
    toks, text = doc.toks, doc.text
    j = k - 1
    while j >= 0 and k - j <= _LIST_SPAN:
        t = toks[j]
        gap = text[t.end : toks[j + 1].start].strip()
        if gap not in ("", ","):
            return None
        if t.text in _LIST_OPENERS and not gap:
            if t.text != "as":
                return j
            return j - 1 if j > 0 and toks[j - 1].text == "such" else None
        if not (t.text[:1].isupper() or (t.text in ("and", "or") and not gap)):
            return None
        j -= 1
    return None


#: A score right before ``at`` (``drew 1-1 at``, ``won 3-0 at``), and how far back it may start.
_SCORE_BEFORE = compile_pattern(r"(?<=\p{L} )\d{1,3}-\d{1,3} $")
_SCORE_SPAN = 12


#: Punctuation that ends a noun phrase (a dash or a slash may join two names before their noun).
_PHRASE_END = compile_pattern(r"[,.;:)!?\"]")


#: A past form of a verb: a lower-case word ending in *-ed* (``sailed``, ``docked``).
_PAST_FORM = compile_pattern(r"\p{Ll}{2,}ed")


def _phrase_ends(doc: Doc, lex: Lexicon, e: int) -> bool:
    """Whether the noun phrase ends before ``toks[e]``: punctuation (not a dash) or the
    text's end first, or a function word (not ``of``), an auxiliary or a past form of a
    verb; never after a possessive."""
    toks = doc.toks
    if toks[e - 1].possessive:
        return False  # "the John Smith 's house": the person's
    if e >= len(toks):
        return True
    gap = doc.text[toks[e - 1].end : toks[e].start].strip()
    if gap:
        return _PHRASE_END.match(gap) is not None  # not "the Evander Holyfield - Mike Tyson bout"
    nxt = toks[e]
    if not nxt.text.islower() or nxt.folded == "of":
        return False
    return nxt.folded in lex.stop_caps or nxt.folded in lex.auxiliaries or _PAST_FORM.fullmatch(nxt.text) is not None


#: An abbreviation in brackets right after a name: ``(IE)``, `` ( IE )``.
_BRACKETED_CAPS = compile_pattern(r" ?\( ?(\p{Lu}{2,6}) ?\)")


#: a fixtures line of the shipping pages: a vessel's name (capitalised words only) opening
#: the line, its size in tonnes (``250,000``), then its route with a slash (``Ras Tanura / Rotterdam``)
_FIXTURE_LINE = compile_pattern(r"[ \t]*(?:\p{Lu}[\p{L}'’.-]*[ \t]){1,4}\d{1,3}(?:,\d{3})+[ \t][^\n/]{1,40}/")


def _fixture_line(doc: Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Seki Rolette 80,000 Ras Tanura / Bombay W115 Indian Oil``: a tanker or bulk
    fixture names a vessel, its ports and its charterer, named like people; a fixtures
    line names no person."""
    ln = doc.tok_line[k]
    s = doc.line_starts[ln]
    end = doc.line_starts[ln + 1] if ln + 1 < len(doc.line_starts) else len(doc.text)
    return "/" in doc.text[s:end] and _FIXTURE_LINE.match(doc.text, s, end) is not None


_CUE_RULES = (_org_cue, _place_named, _eponym_named)


_SHAPE_RULES = (
    _craft_named,
    _listed_thing,
    _ground_after_play,
    _the_named,
    _ruler_named,
    _facility_named,
    _outlet_named,
    _quoting_outlet,
    _place_of_head,
    _body_in_apposition,
    _employer_after_name,
    _initials_after,
    _feature_named,
    _plural_tail,
    _possessive_body,
    _ampersand,
    _known_thing,
    _foreign_named,
    _state_after,
    _place_and_noun,
    _venue_heading,
    _place_after_preposition,
    _firm_context,
    _employer_after_role,
    _price_move,
    _after_country_bracket,
    _fixture_line,
)


#: Prepositions inside a body's or a feature's name: ``Organization of African Unity``,
#: ``Centers for Disease Control``.
_NAME_PREPOSITIONS = frozenset(("of", "for"))


def org_tail(doc: Doc, lex: Lexicon, ci: int, cj: int) -> bool:
    """``Organization of African Unity``, ``Institute of Marine Science``: a run right after
    ``of`` or ``for`` that follows a capitalised name holding an organisation's head goes on
    with that name. Not a body a person leads (``the Bush Administration of``), nor a run
    where a person's name opens after its first words (``White House Chief of Staff John
    Sununu``, ``Chairman of State Affairs Kim Jong Un``)."""
    toks, text = doc.toks, doc.text
    if ci >= 3 and toks[ci - 1].text in _NAME_CONJUNCTIONS and text[toks[ci - 1].end : toks[ci].start] in SPACE:
        return _coordinated_tail(doc, lex, ci, cj)
    if ci < 2 or toks[ci - 1].text not in _NAME_PREPOSITIONS or text[toks[ci - 1].end : toks[ci].start] not in SPACE:
        return False
    if any(given_name(lex, t.folded) or t.folded in lex.east_asian or is_initial(doc, t) for t in toks[ci : cj - 1]):
        return False
    j = ci - 2
    while j >= 0 and ci - 2 - j < 4 and toks[j].text[:1].isupper() and text[toks[j].end : toks[j + 1].start] in SPACE:
        f = toks[j].folded
        if f not in lex.lone_attributive and (f in lex.org_cues or (f[-1:] == "s" and f[:-1] in lex.org_cues)):
            return True  # a head or its plural: "Centers for Disease Control"
        j -= 1
    return False


#: The words joining two nouns inside one body's name (``Ministry of Culture and Tourism``).
_NAME_CONJUNCTIONS = frozenset(("and", "&"))


def _coordinated_tail(doc: Doc, lex: Lexicon, ci: int, cj: int) -> bool:
    """``Ministry of Tourism and Antiquities``, ``Institute of Geophysics and Volcanology``:
    a run of no given name right after ``and`` that follows a run going on with a body's
    name (:func:`org_tail`) is that name's last noun, not a person named alone. A given
    name opens a person (``the Bank of England and Mervyn King``)."""
    toks, text = doc.toks, doc.text
    if cj - ci > 3 or any(given_name(lex, t.folded) or is_initial(doc, t) for t in toks[ci:cj]):
        return False
    e = ci - 1  # the end of the run before "and"
    s = e
    while s > 0 and e - s < 4 and toks[s - 1].text[:1].isupper() and text[toks[s - 1].end : toks[s].start] in SPACE:
        s -= 1
    return s < e and text[toks[e - 1].end : toks[e].start] in SPACE and org_tail(doc, lex, s, e)


_ALL_RULES = (*_CUE_RULES, *_SHAPE_RULES)


def _craft_words(lex: Lexicon) -> set[str]:
    """The words :func:`_craft_named` may read right before a craft's name: a ship's
    prefix, a title it walks back over, a craft's noun or its last words (``carrier`` of
    ``aircraft carrier``)."""
    out = set(lex.craft_prefixes | lex.honorifics | lex.craft_before)
    for c in lex.craft_before:
        out.update(c[i + 1 :] for i, ch in enumerate(c) if ch == " ")
    return out


def _holds(chars: str) -> Callable[[Lexicon, str], bool]:
    """A gate on the punctuation between two words: it holds ``chars``."""
    return lambda _lex, gap: chars in gap


def _possessive_mark(lex: Lexicon, gap: str) -> bool:
    """A possessive mark opening the gap after a plural (``Residents' Association``)."""
    return gap[:1] in lex.possessive_marks


def _folded(words: Iterable[str]) -> set[str]:
    """Words compared as written, folded: a looser opening than the rule's own test."""
    return {fold(w) for w in words}


#: What opens each rule that reads the words around a name (:mod:`.rule_gates`): each
#: entry a necessary condition of its rule, read from the same words and lists the rule
#: reads. The rules not listed read the name's own words and are called for every name.
_OPENS: dict[_Rule, Opens] = {
    _eponym_named: Opens(after=lambda lex: lex.eponym_after, after2=lambda lex: lex.eponym_after),
    _craft_named: Opens(before=_craft_words, before_endings=lambda lex: lex.craft_before_endings),
    _listed_thing: Opens(before=lambda _lex: _LIST_OPENERS | {"and", "or"}, before_capitalised=True),
    _ground_after_play: Opens(before=lambda _lex: ("at",)),
    _the_named: Opens(before=lambda _lex: ("the",)),
    _facility_named: Opens(after=lambda lex: lex.facility_after, possessive=True),
    _outlet_named: Opens(before=lambda lex: lex.outlet_before, after=lambda lex: lex.outlet_after),
    _quoting_outlet: Opens(after=lambda _lex: ("quoted",)),
    _place_of_head: Opens(before=lambda _lex: ("of",)),
    _body_in_apposition: Opens(after=lambda _lex: _APPOSITION_DETERMINERS),
    _employer_after_name: Opens(before=lambda _lex: ("of",)),
    _initials_after: Opens(gap_after=_holds("(")),
    _possessive_body: Opens(gap_after=_possessive_mark),
    _ampersand: Opens(gap_before=_holds("&"), gap_after=_holds("&")),
    _state_after: Opens(before=lambda _lex: PLACE_PREPOSITIONS),
    _venue_heading: Opens(before=lambda _lex: ("at",), line_first=True),
    _place_after_preposition: Opens(before=lambda lex: lex.where_prepositions | {"and", "or"}),
    _firm_context: Opens(before=lambda lex: lex.firm_before_ends),
    _employer_after_role: Opens(before=lambda lex: _folded(lex.employer_prepositions)),
    _price_move: Opens(after=lambda lex: _folded(lex.price_move_verbs)),
    _after_country_bracket: Opens(gap_before=_holds(")")),
}
_GATES = RuleGates(_ALL_RULES, _OPENS)


#: The rules that ask for a name of two words or more (each says so first): a name of one
#: word, most names, is not handed to them. A rule not listed here is handed every name.
_TWO_WORDS_ONLY = frozenset({
    _ruler_named,
    _outlet_named,
    _quoting_outlet,
    _the_named,
    _place_named,
    _initials_after,
    _feature_named,
    _plural_tail,
    _known_thing,
    _foreign_named,
    _place_and_noun,
    _place_after_preposition,
})
_ONE_WORD_CUE_RULES = tuple(r for r in _CUE_RULES if r not in _TWO_WORDS_ONLY)
_ONE_WORD_RULES = tuple(r for r in _ALL_RULES if r not in _TWO_WORDS_ONLY)


_STORM_HEAD_WORDS = 3


def storm_named(doc: Doc, lex: Lexicon, ci: int, cj: int) -> bool:
    """``Hurricane Otis``, ``Tropical Storm Alberto``, ``tropical storm Beatriz``: storms
    bear given names; a run opened by a storm's head, or right after one written in lower
    case, is the storm. Dropped whole, before any title is stripped: ``Hurricane`` read
    as an ordinary opener would leave ``Otis`` for the article's people."""
    toks = doc.toks
    if not _storm_head_may_end(lex, toks, ci, cj):
        return False
    for w in range(_STORM_HEAD_WORDS, 0, -1):
        if ci + w < cj and " ".join(t.folded for t in toks[ci : ci + w]) in lex.storm_heads:
            return True
        before = toks[max(0, ci - w) : ci]
        if len(before) == w and all(t.text.islower() for t in before) and (
            " ".join(t.folded for t in before) in lex.storm_heads and doc.text[before[-1].end : toks[ci].start] == " "
        ):
            return True
    return False


def _storm_head_may_end(lex: Lexicon, toks: Sequence[Tok], ci: int, cj: int) -> bool:
    """Whether a storm's head could end right before the run or on one of its first words
    (before its last): the words that end a head (``storm`` of ``tropical storm``) are few,
    so most runs are told apart by a look-up or two, not by joining words."""
    last = lex.storm_head_ends
    if ci > 0 and toks[ci - 1].folded.rpartition(" ")[2] in last:
        return True
    for x in range(ci, min(ci + _STORM_HEAD_WORDS, cj - 1)):
        if toks[x].folded.rpartition(" ")[2] in last:
            return True
    return False


#: The fewest letters of an ALL CAPS word read as a body's acronym before any word of its
#: name: two-letter ones are a person's initials too (``TJ Watt``, ``JR Smith``), so they
#: open a body's name only before a word no list gives as a name (``JR Hokkaido``, ``IG
#: Metall``, ``DP World``).
_ACRONYM_LETTERS = 3


def acronym_named(doc: Doc, lex: Lexicon, ci: int, cj: int) -> bool:
    """``NHS Lothian``, ``FNV Handel``, ``PT Sulawesi Prima Nikel``: an ALL CAPS word
    outside a headline opens no run (:mod:`.runs`), yet one right before a run, a space
    between, is the first word of a body's or a firm's name: the run is no person when it
    is one word (left alone it would be a lone surname), or whatever its length when the
    acronym is a foreign head of a firm's name (``PT``, Indonesia's limited company). Not
    after a role's acronym (``MP``, ``CEO``: ``MP Bruton said``), nor after a family name
    in capitals or a sports heading before an entry (``KIM Yuna``, ``GOLF Oduya ( Kenya )``)."""
    if ci == 0 or doc.caps_word(ci):
        return False
    prev = doc.toks[ci - 1]
    w = prev.text
    if not (w.isupper() and w.isalpha()) or doc.text[prev.end : doc.toks[ci].start] != " ":
        return False
    f = prev.folded
    if f in lex.foreign_heads_first:
        return True
    if cj - ci != 1 or f in lex.honorifics or lex.is_role(f) or lex.is_name(f):
        return False
    name = doc.toks[ci].folded
    if len(w) < _ACRONYM_LETTERS and lex.is_name(name):
        return False
    return not given_name(lex, name) and not match_ahead(_ENTRY_BRACKET, doc.text, doc.toks[ci].end)


#: a bracket right after a name: a results entry's country or score (``Oduya ( Kenya )``)
_ENTRY_BRACKET = compile_pattern(r" ?\(")


def place_prefix(lex: Lexicon, toks: Sequence[Tok], k: int, cj: int) -> bool:
    """``New York Police``, ``San Diego Chargers``, ``Hong Kong Standard``: a run that opens
    with a place of two or three words and goes on names a body or a thing of that place;
    stripping ``New`` or ``San`` as an ordinary word would leave a person-shaped name."""
    for w in (3, 2):
        if k + w < cj and " ".join(t.folded for t in toks[k : k + w]) in lex.places:
            return True
    return False
