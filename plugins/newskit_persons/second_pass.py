"""The second pass: what the names accepted in one place of the article say about words
elsewhere in it. A lone surname repeats a full name (``Bob Dole ... Dole's proposal``),
a headline run holds a name the body gives, and a name the article writes as a firm is
no person anywhere in it."""

from __future__ import annotations

from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon, fold
from newskit_persons.named_things import qualified_noun
from newskit_persons.results import team_spans
from newskit_persons.things import thing_keys
from newskit_persons.titles import prenominal
from newskit_persons.word_classes import given_name, is_initial, placeish

__all__ = [
    "REPEAT", "ROLE_SURNAME", "SURNAME_ONLY", "coordinated_given", "listed_given", "drop_crafts", "drop_teams", "drop_things", "headline_names", "known_inside",
    "known_names", "particle_openers", "repeated_names",
]


def headline_names(
    doc: Doc, lex: Lexicon, chunks: list[tuple[int, int]], accepted: list[tuple[Candidate, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """A Title Case headline capitalises its verbs and nouns too (``Andrew Lopez Confesses
    To Murder``, ``Obama Reverses Bush``), so its runs are read again for the names the
    article's own sentences give: where a headline run holds one, the names found in it
    replace what the run's words alone were read as."""
    body = [x for x in accepted if not doc.title_line(x[0].start)]
    if len(body) == len(accepted) and not any(doc.title_word(ci) for ci, _ in chunks):
        return accepted
    known = known_names(lex, body)[0]
    out = list(accepted)
    for ci, cj in chunks:
        if cj - ci < 2 or not doc.title_word(ci):
            continue
        for f in known_inside(doc, known, ci, cj):
            hit = [x for x in out if x[1] < f[2] and f[1] < x[2]]
            if all(_only_words_besides(doc, lex, x, f) for x in hit):
                out = [x for x in out if x not in hit] + [f]
    return out


def _only_words_besides(doc: Doc, lex: Lexicon, x: tuple[Candidate, int, int], f: tuple[Candidate, int, int]) -> bool:
    """Whether the words of ``x`` outside the name ``f`` are no name of any list (``Andrew
    Lopez Confesses``: yes; ``Mark Waugh`` around ``Waugh``: no, ``Mark`` is a given name)."""
    extra = [doc.toks[i].folded for i in range(x[1], x[2]) if not f[1] <= i < f[2]]
    return all(not lex.is_name(w) for w in extra)


def known_inside(doc: Doc, known: dict[str, int], a: int, b: int) -> list[tuple[Candidate, int, int]]:
    """The names of ``known`` inside the run ``toks[a:b]``, longest first, left to right."""
    toks = doc.toks
    found: list[tuple[Candidate, int, int]] = []
    i = a
    while i < b:
        for w in (3, 2, 1):
            if i + w <= b and " ".join(toks[x].folded for x in range(i, i + w)) in known:
                found.append((Candidate(list(toks[i : i + w]), toks[i].start, toks[i + w - 1].end), i, i + w))
                i += w
                break
        else:
            i += 1
    return found


def drop_things(
    doc: Doc, lex: Lexicon, accepted: list[tuple[Candidate, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """Names the article writes as a company or a club (``tyre giant Pirelli``, ``Comelf
    said it``) are no persons anywhere in it (:mod:`newskit_persons.things`). Only names
    whose first word is no listed given name and no initial are weighed: ``John Smith`` is
    a person whatever the article says around ``Smith``, and so is a lone ``Smith``."""
    keys: dict[str, bool] = {}
    people = {c.names[-1].folded for c, _, _ in accepted if len(c.names) > 1 and _initial_or_given(lex, c)}
    for _, a, _ in accepted:
        first = doc.toks[a]
        if given_name(lex, first.folded) or is_initial(doc, first) or first.folded in lex.east_asian:
            continue
        if first.folded in people:
            continue
        titled = prenominal(doc.text, doc.toks, a, set(), doc.sent_start)[0] is not None
        keys[first.folded] = keys.get(first.folded, False) or titled
    things = thing_keys(doc.text, doc.toks, keys, lex)
    if not things:
        return accepted
    return [x for x in accepted if doc.toks[x[1]].folded not in things]


def drop_crafts(
    doc: Doc, crafts: frozenset[str], accepted: list[tuple[Candidate, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """A name the article gives a ship or another craft (``the aircraft carrier Carl
    Vinson``, :func:`~newskit_persons.named_things.craft_names`) names the craft wherever
    it stands untitled (``The Carl Vinson leads``); ``President Theodore Roosevelt`` keeps
    his title and stays a person, unless the title opens the craft's own name (``the MV
    Lady Carmela`` makes ``the Lady Carmela`` the ferry, not a titled ``Carmela``)."""
    if not crafts:
        return accepted
    return [
        x for x in accepted
        if x[0].folded_name not in crafts
        or (prenominal(doc.text, doc.toks, x[1], set(), doc.sent_start)[0] is not None
            and not _titled_craft(doc, x[1], x[0], crafts))
    ]


def _titled_craft(doc: Doc, a: int, cand: Candidate, crafts: frozenset[str]) -> bool:
    """The word right before the name at token ``a`` and the name are a craft's whole name
    (``Lady Carmela``, ``Sir Bedivere``)."""
    return a > 0 and f"{doc.toks[a - 1].folded} {cand.folded_name}" in crafts


_DIGIT = compile_pattern(r"\d")


def drop_teams(doc: Doc, accepted: list[tuple[Candidate, int, int]]) -> list[tuple[Candidate, int, int]]:
    """A name the article prints as a team on a results or standings line (``Enyimba 1
    Julius Berger 1``) is that team in its prose too (``Julius Berger had gone ahead``)."""
    teams = _team_names(doc)
    if not teams:
        return accepted
    return [x for x in accepted if x[0].folded_name not in teams]


def _team_names(doc: Doc) -> set[str]:
    """The folded names of every team on the article's results and standings lines."""
    text, starts = doc.text, doc.line_starts
    teams: set[str] = set()
    for ln, s in enumerate(starts):
        e = starts[ln + 1] if ln + 1 < len(starts) else len(text)
        line = text[s:e]
        if _DIGIT.search(line) is None and " v " not in line:
            continue  # no score and no fixture: no team line
        for a, b in team_spans(line):
            teams.add(" ".join(fold(w) for w in line[a:b].split()))
    return teams


#: What a deferred name needs in pass 2: to repeat a name accepted elsewhere (a lone surname,
#: a full name, or the given name of a full name: ``Randall Cunningham … Randall was``), or,
#: for a word the first pass took for something else (a place, a word after a determiner),
#: to be the surname of a full name of the article (``Bob Dole … weighed Dole's proposal``,
#: ``a composed Bernardin told``).
#: A lone role word waits to be the last word of a full name of the article (``Billie Jean
#: King ... King said``): such a full name is no "sure" name (it holds a role word).
REPEAT, SURNAME_ONLY, ROLE_SURNAME = 0, 1, 2


def repeated_names(
    doc: Doc, lex: Lexicon, accepted: list[tuple[Candidate, int, int]], deferred: list[tuple[int, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """The deferred names (``toks[a:b]`` and what each needs) that repeat a name of
    ``accepted``, in the order they were deferred; from an ALL CAPS headline run, the
    known names inside it (``SHEARER NAMED ENGLAND CAPTAIN``), read last: a name the body
    gives alone only in pass 2 counts there too (``Kengo wa Dondo ... Kengo spoke`` makes
    ``ZAIRE 'S KENGO SAYS ...``)."""
    toks = doc.toks
    known, surnames, given = known_names(lex, accepted)
    last_words = {
        c.names[-1].folded
        for c, _, _ in accepted
        if len(c.names) > 1 and (given_name(lex, c.names[0].folded) or is_initial(doc, c.names[0]))
    }
    out: list[tuple[Candidate, int, int]] = []
    headline_runs: list[tuple[int, int]] = []
    for a, b, need in deferred:
        a = _particles_before(doc, lex, a, b, surnames)
        key = " ".join(toks[k].folded for k in range(a, b))
        if key in surnames or (need == REPEAT and (key in known or key in given)) or (
            need == ROLE_SURNAME and key in last_words
        ):
            out.append((Candidate(list(toks[a:b]), toks[a].start, toks[b - 1].end), a, b))
        elif need == REPEAT and b - a > 1 and doc.caps_word(a):
            headline_runs.append((a, b))
    for c, _, _ in out:
        if len(c.names) == 1:
            known.setdefault(c.names[0].folded, 1)
    in_headlines = known | dict.fromkeys(_rare_given_names(lex, accepted), 1)
    for a, b in headline_runs:
        out += [f for f in known_inside(doc, in_headlines, a, b) if not _cue_after(doc, lex, f[2], b)]
    return out


def _cue_after(doc: Doc, lex: Lexicon, e: int, b: int) -> bool:
    """``WUERFFEL WINS HEISMAN TROPHY``, ``TEST FOR CROHN 'S DISEASE``: a known name in an
    ALL CAPS headline run right before an organisation or feature cue of the same run (past
    a possessive ``'S``), or before a noun of a law or an illness named after a person,
    names the thing, as ``Heisman Trophy`` does in the body; the headline's capitals hide it."""
    toks = doc.toks
    nxt = qualified_noun(doc, e)
    if e < b and toks[e].text in _POSSESSIVE_TOKENS:
        e += 1
    return (e < b and toks[e].folded in lex.org_cues) or (nxt is not None and nxt.folded in lex.eponym_after)


#: A possessive written as a token of its own in tokenised wire copy.
_POSSESSIVE_TOKENS = frozenset(("'S", "'s", "\u2019S", "\u2019s"))


def coordinated_given(
    doc: Doc, lex: Lexicon, accepted: list[tuple[Candidate, int, int]], deferred: list[tuple[int, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """``brothers Noel and Liam Gallagher``, ``owned by John and Beryll Remblance``: a lone
    listed given name joined by ``and`` to a full name shares its surname, so it is a
    person too. Only a given name that is no place (``Georgia``) and takes no determiner
    (``the Alfred and Royal Melbourne hospitals``) before a full name of two words or more
    opening with a given name or a rare word (``Simon and Schuster`` holds none)."""
    toks = doc.toks
    starts = {
        a for c, a, _ in accepted
        if len(c.names) > 1 and (given_name(lex, c.names[0].folded) or not lex.common(c.names[0].folded, 3.0))
    }
    out: list[tuple[Candidate, int, int]] = []
    for a, b, need in deferred:
        if need != REPEAT or b - a != 1 or b + 1 >= len(toks) or toks[b].text != "and" or b + 1 not in starts:
            continue
        f = toks[a].folded
        if a > 0 and toks[a - 1].folded in ("the", "a", "an"):
            continue
        if given_name(lex, f) and f not in lex.places and not doc.caps_word(a):
            out.append((Candidate([toks[a]], toks[a].start, toks[a].end), a, b))
    return out


#: A comma between two items of a list, as news and tokenised text write it.
_COMMAS = frozenset((" , ", ", "))


def _next_item(doc: Doc, j: int) -> int | None:
    """The next item of a list after ``toks[j]``: past a comma, ``and`` or both."""
    toks, text = doc.toks, doc.text
    if j + 2 >= len(toks):
        return None
    gap = text[toks[j].end : toks[j + 1].start]
    if gap not in _COMMAS and gap != " ":
        return None
    n = j + 2 if toks[j + 1].text == "and" and text[toks[j + 1].end : toks[j + 2].start] == " " else j + 1
    if n == j + 1 and gap not in _COMMAS:
        return None
    return n if toks[n].text[:1].isupper() else None


def listed_given(
    doc: Doc, lex: Lexicon, accepted: list[tuple[Candidate, int, int]], deferred: list[tuple[int, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """``Stephanie , Caroline and Albert are the children of ...``, ``her sons , Tomas ,
    Pavel and Jan ,``: a list of lone listed given names names people, each by the name
    family and friends use. Only when every item is such a name (no place, no month) and
    the list has three items or one of them is a person the article names already; a
    determiner or a noun of storms or craft before it (``the Alfred and Victoria``,
    ``Hurricanes Katrina , Rita and Wilma``) or an ALL CAPS line reads otherwise."""
    toks = doc.toks
    lone = {a for a, b, need in deferred if need == REPEAT and b - a == 1}
    named = {a for c, a, b in accepted if b - a == 1}
    out: list[tuple[Candidate, int, int]] = []
    k = 0
    # a list opens only at a lone or named word: those are visited in order, not every word
    for first in sorted(lone | named):
        if first < k or first >= len(toks):
            continue  # inside the list read last
        k = first
        items = [k]
        while (nxt := _next_item(doc, items[-1])) is not None:
            items.append(nxt)
        k = items[-1] + 1
        if len(items) < 2 or not all(i in lone or i in named for i in items):
            continue
        if not (len(items) >= 3 or any(i in named for i in items)):
            continue
        if items[0] > 0 and (_not_people_before(lex, toks[items[0] - 1].folded) or _list_goes_back(doc, items[0])):
            continue
        if all(_family_name_word(doc, lex, i) for i in items):
            out += [(Candidate([toks[i]], toks[i].start, toks[i].end), i, i + 1) for i in items if i not in named]
    return out


def _list_goes_back(doc: Doc, first: int) -> bool:
    """Whether the list goes on before ``toks[first]`` with a capitalised word of another
    kind (``Typhoons Lucia , Greta and Nora``): the whole list is not one of given names."""
    p = first - 1
    if doc.toks[p].text == "and":
        p -= 1
    return p >= 0 and doc.toks[p].text[:1].isupper() and _next_item(doc, p) == first


def _not_people_before(lex: Lexicon, f: str) -> bool:
    """A determiner, or the noun of storms or craft a list of given names follows
    (``Hurricanes Katrina , Rita and Wilma``, ``the tankers Anna , Maria and Sofia``)."""
    head = f[:-1] if f.endswith("s") else f
    return f in ("the", "a", "an") or head in lex.storm_heads or head in lex.craft_before


def _family_name_word(doc: Doc, lex: Lexicon, i: int) -> bool:
    """A listed given name that is no place nor month, off an ALL CAPS line."""
    f = doc.toks[i].folded
    return given_name(lex, f) and f not in lex.places and f not in lex.months and not doc.caps_word(i)


def _rare_given_names(lex: Lexicon, accepted: list[tuple[Candidate, int, int]]) -> set[str]:
    """``BOXING - PRINCE NASEEM RETAINS TITLE`` after ``Naseem Hamed``: a headline may call
    a person by the given name of a full name the body gives, when that name is rare as an
    English word (``Naseem``, ``Curtly``; not ``Will``, ``Mark``, ``Rose``, which an ALL
    CAPS headline writes as words), no place and no East Asian surname."""
    out: set[str] = set()
    for cand, _, _ in accepted:
        if len(cand.names) < 2:
            continue
        first = cand.names[0].folded
        if first.isalpha() and lex.stands_alone(first) and not (
            lex.common(first, _RARE_GIVEN_ZIPF) or placeish(lex, first) or first in lex.places
        ):
            out.add(first)
    return out


#: Below this Zipf frequency a given name is no English word an ALL CAPS headline might hold.
_RARE_GIVEN_ZIPF = 3.0


def particle_openers(
    doc: Doc, lex: Lexicon, accepted: list[tuple[Candidate, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """``De La Fuente said``: a name the first pass took without the capitalised particle
    opening its sentence starts at the particle when a full name of the article ends in
    both (``Ramon De La Fuente``)."""
    surnames = known_names(lex, accepted)[1]
    out: list[tuple[Candidate, int, int]] = []
    for cand, a, b in accepted:
        p = _particles_before(doc, lex, a, b, surnames) if a > 0 else a
        if p < a:
            toks = doc.toks[p:b]
            cand = Candidate(list(toks), toks[0].start, cand.end)
        out.append((cand, p, b))
    return out


def _particles_before(doc: Doc, lex: Lexicon, a: int, b: int, surnames: set[str]) -> int:
    """``De La Hoya stopped``: the first pass strips a capitalised particle opening a
    sentence as an ordinary word (``De``, ``Van``); where a full name of the article ends
    in the particles and the name, the deferred name starts at them."""
    toks = doc.toks
    p = a
    while p > 0 and a - p < 3 and toks[p - 1].folded in lex.particles and toks[p - 1].text[:1].isupper() \
            and doc.text[toks[p - 1].end : toks[p].start] == " ":
        p -= 1
    if p < a and " ".join(t.folded for t in toks[p:b]) in surnames:
        return p
    return a


def known_names(
    lex: Lexicon, accepted: list[tuple[Candidate, int, int]]
) -> tuple[dict[str, int], set[str], set[str]]:
    """What pass 2 compares deferred names with: every accepted name and the surnames of
    its full names (``known``, as before); the surnames of full names alone; the given
    names of full names (a first word that is a known given name, not an initial)."""
    known: dict[str, int] = {}
    surnames: set[str] = set()
    given: set[str] = set()
    for cand, _, _ in accepted:
        folded = [t.folded for t in cand.names]
        if len(folded) == 1:
            known[folded[0]] = known.get(folded[0], 0) + 1
            continue
        east = folded[0] in lex.east_asian
        sure = east or _initial_or_given(lex, cand)
        for f in (folded[0], folded[-1]) if east else (folded[-1], *_unprefixed(lex, folded[-1])):
            known[f] = known.get(f, 0) + 1
            if sure:
                surnames.add(f)
        if len(folded) >= 3 and folded[-1] in lex.suffixes:
            known[folded[-2]] = 1
            if sure:
                surnames.add(folded[-2])
        tail = None if east else _particle_tail(lex, folded)
        if tail is not None:
            known[tail] = known.get(tail, 0) + 1
            if sure:
                surnames.add(tail)
        first_surname = None if east else _first_of_two_surnames(lex, cand)
        if first_surname is not None:
            known[first_surname] = known.get(first_surname, 0) + 1
            if sure:
                surnames.add(first_surname)
        if not east and _plain_full_name(lex, cand):
            given.add(folded[0])
        if len(folded) >= 3 and folded[1] in lex.patronymics and cand.names[1].text.islower():
            known[folded[0]] = known.get(folded[0], 0) + 1  # "Zayed bin Sultan": "Zayed" alone
        known[" ".join(folded)] = 1
    return known, surnames, given


def _first_of_two_surnames(lex: Lexicon, cand: Candidate) -> str | None:
    """``Jose Orlando Henao Montoya`` -> ``henao``: after the given names, a name of two
    surnames (Spanish and Portuguese usage) is repeated by the first alone; None when the
    name has one word or none after its given names."""
    names = cand.names
    i = 0
    while i < len(names) and names[i].folded in lex.given:
        i += 1
    rest = [t for t in names[i:-1] if not (t.text.islower() and t.folded in lex.particles)]
    if i == 0 or not rest or names[-1].folded in lex.suffixes:
        return None
    first = rest[0].folded
    if not rest[0].text[:1].isupper() or not all(_surname_shape(lex, f) for f in (first, names[-1].folded)):
        return None  # "Alpha Natural Resources": ordinary words, no surnames
    return first


def _particle_tail(lex: Lexicon, folded: list[str]) -> str | None:
    """``Oscar De La Hoya`` -> ``de la hoya``, ``Cornelis van der Heijden`` -> ``van der
    heijden``: a surname opened by a particle is repeated with it; None when no particle
    stands after the first word and before the last."""
    for idx in range(1, len(folded) - 1):
        if folded[idx] in lex.particles:
            return " ".join(folded[idx:])
    return None


def _surname_shape(lex: Lexicon, f: str) -> bool:
    """A listed surname that is no frequent English word, or a rare word."""
    return not lex.common(f, 4.0) and (f in lex.surnames or not lex.common(f, 3.0))


def _unprefixed(lex: Lexicon, f: str) -> tuple[str, ...]:
    """``al-Huwaidi`` -> ``huwaidi``: a surname with a particle joined by a hyphen is
    repeated without it (``Huwaidi , who scored``)."""
    head, _, rest = f.partition("-")
    return (rest,) if rest and head in lex.particles and "-" not in rest and len(rest) > 2 else ()


def _initial_or_given(lex: Lexicon, cand: Candidate) -> bool:
    """A full name that opens with an initial (or initials written together: ``F.W. de
    Klerk``) or a given name and holds no role or organisation word (``Anne Dole``, ``J.
    Joe Ricketts``; not ``York Post``, ``Tax Policy Center``): its surname may override a
    place or cue reading of a lone word."""
    folded = [t.folded.rstrip(".") for t in cand.names]
    initials = all(len(p) == 1 for p in folded[0].split("."))
    if not initials and folded[0] not in lex.given:
        return False
    return not any(f in lex.title_words or f in lex.org_cues for f in folded)


def _plain_full_name(lex: Lexicon, cand: Candidate) -> bool:
    """A full name whose first word can stand alone for the person: two or three words besides particles, a
    given name first (listed, or a word of no list: ``Megawati``) that is no place or
    demonym (``Charlotte``, ``Virginia``, ``Philippine`` are also places), no role word in it, and a surname or a rare word last (not ``Obama
    Speech``, ``Laura Ingraham Show``)."""
    folded = [t.folded for t in cand.names]
    first, last = folded[0], folded[-1]
    words = [f for f in folded[1:] if f not in lex.particles]  # "Oscar De La Hoya" has two
    if not 1 <= len(words) <= 2 or "." in cand.names[0].text or len(first) < 3:
        return False
    if not lex.stands_alone(first):
        return False
    if first not in lex.given and last not in lex.surnames and lex.common(last, 2.5):
        return False  # an unlisted first word before a known word: "Orvex Pharma", a firm
    if placeish(lex, first) or first in lex.places or first in lex.demonyms:
        return False
    if any(f.rstrip(".") in lex.title_words for f in folded):
        return False
    return last in lex.surnames or not lex.common(last, 3.5)
