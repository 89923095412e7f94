"""Candidate person names: runs of capitalised words, stripped of titles, checked against
the word lists and the shape of the text around them."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newskit import layer
from newskit.actors import place_country
from newskit.patterns import compile_pattern
from newskit.textlayer import LOWER, Tokens
from newskit_persons.lexicon import Lexicon, lexicon
from newskit_persons.results import team_spans
from newskit_persons.things import thing_keys
from newskit_persons.titles import appositive, prenominal
from newskit_persons.tokens import Tok, tokenize

__all__ = ["Candidate", "detect"]

_SENT_END = frozenset(".!?:;\"“”‘'(–—-[|•*#>")
_ABBREV_DOT = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt maj capt sgt sen rep gov rev fr adm cmdr insp det supt pres amb hon messrs mme mlle".split()
)
_BYLINE = compile_pattern(r"(?m)^[ \t]*(?:By|BY|Written by|Reporting by)[ \t]+(?=\p{Lu})")
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_ASCII_NON_UPPER = bytes(c for c in range(128) if not chr(c).isupper())
_DETS = frozenset(("the", "a", "an"))
_MAX_CHUNK = 8


class Candidate:
    """A person name found in the text, before coreference."""

    __slots__ = ("affiliation", "author", "end", "names", "start", "surface", "title")

    def __init__(self, names: list[Tok], start: int, end: int) -> None:
        self.names = names
        self.start = start
        self.end = end
        self.title: str | None = None
        self.affiliation: str | None = None
        self.author = False
        self.surface = " ".join(t.text for t in names)


class _Doc:
    """Per-article state: tokens, line shapes, sentence starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.line_starts = layer(text).line_starts
        self._caps_line: dict[int, bool] = {}
        self._title_line: dict[int, bool] = {}
        self._teams: dict[int, list[tuple[int, int]]] = {}
        self._scorers: dict[int, bool] = {}
        self.sent_start = _sentence_starts(text, self.toks)

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def caps_line(self, pos: int) -> bool:
        """True when the line holding ``pos`` is an ALL CAPS headline."""
        ln = self.line_of(pos)
        got = self._caps_line.get(ln)
        if got is None:
            s = self.line_starts[ln]
            e = self.line_starts[ln + 1] if ln + 1 < len(self.line_starts) else len(self.text)
            n_letters, upper = _letter_counts(self.text[s:e])
            got = n_letters >= 4 and upper >= 0.8 * n_letters
            self._caps_line[ln] = got
        return got


    def team(self, pos: int) -> bool:
        """True when ``pos`` lies in a team's name on a results or standings line
        (:mod:`newskit_persons.results`: ``Wigan 42 Bradford Bulls 36``)."""
        ln = self.line_of(pos)
        spans = self._teams.get(ln)
        s = self.line_starts[ln]
        if spans is None:
            e = self.line_starts[ln + 1] if ln + 1 < len(self.line_starts) else len(self.text)
            spans = self._teams[ln] = team_spans(self.text[s:e])
        return any(a <= pos - s < b for a, b in spans)

    def scorers_line(self, ln: int) -> bool:
        """True when line ``ln`` names scorers (``Scorers : ...``)."""
        got = self._scorers.get(ln)
        if got is None:
            s = self.line_starts[ln]
            e = self.line_starts[ln + 1] if ln + 1 < len(self.line_starts) else len(self.text)
            got = self._scorers[ln] = _SCORERS.search(self.text, s, e) is not None
        return got

    def title_line(self, pos: int) -> bool:
        """True when the line holding ``pos`` is a headline in Title Case: at least four
        words, nearly all capitalised (small words aside), no full stop at its end."""
        ln = self.line_of(pos)
        got = self._title_line.get(ln)
        if got is None:
            s = self.line_starts[ln]
            e = self.line_starts[ln + 1] if ln + 1 < len(self.line_starts) else len(self.text)
            line = self.text[s:e].strip()
            got = not line.endswith((".", "?", "!", '"', "\u201d")) and _title_case_words(line) \
                and not _TABLE_MARKS.search(line)  # results and scorecards are no headlines
            self._title_line[ln] = got
        return got


def _sentence_starts(text: str, toks: Sequence[Tok]) -> set[int]:
    """The indices of the words that open a sentence: the first, and each after a line
    break or sentence punctuation (not the dot of an abbreviation: ``Mr. Smith``)."""
    words = layer(text).words
    starts, ends = words.starts, words.ends
    if not len(starts):
        return set()
    out = {0}
    # most words follow one space, which opens no sentence: only the others are read
    after = zip(ends, starts[1:], strict=False)  # word i - 1's end, word i's start
    for i in [i for i, (e, s) in enumerate(after, 1) if s - e != 1 or text[e] != " "]:
        gap = text[ends[i - 1] : starts[i]]
        before = gap.strip()
        if "\n" in gap or (before and before[-1] in _SENT_END):
            if not (before == "." and _abbrev(toks[i - 1])):
                out.add(i)
    return out


def _title_case_words(line: str) -> bool:
    """At least four words besides the small ones, nearly all of them capitalised (read
    only for a line without a full stop at its end: most lines are sentences)."""
    big = [w for w in _TITLE_WORD.findall(line) if w.lower() not in _SMALL_WORDS]
    caps = sum(1 for w in big if w[0].isupper())
    return len(big) >= 4 and caps >= 0.85 * len(big)


_TABLE_MARKS = compile_pattern(r"[(;]|\s:\s|\d.*\d.*\d|\b\p{Lu}\.")
_TITLE_WORD = compile_pattern(r"\p{L}[\p{L}'’-]*")
_SMALL_WORDS = frozenset("a an the of in on at to for and or but by with from as into over after".split())


def _letter_counts(line: str) -> tuple[int, int]:
    """How many letters ``line`` has, and how many of them are upper case (a C-speed
    path for ASCII lines, the usual case)."""
    if line.isascii():
        raw = line.encode("ascii")
        return len(raw.translate(None, _ASCII_NON_LETTERS)), len(raw.translate(None, _ASCII_NON_UPPER))
    letters = [c for c in line if c.isalpha()]
    return len(letters), sum(1 for c in letters if c.isupper())


def _abbrev(t: Tok) -> bool:
    return (len(t.text) == 1 and t.text.isupper()) or t.folded in _ABBREV_DOT or "." in t.text


def _capword(doc: _Doc, t: Tok) -> bool:
    w = t.text
    c = w[0]
    if not c.isupper():
        if "-" in w:  # al-Assad, bin-, el-
            head, _, rest = w.partition("-")
            return head in ("al", "el", "ad", "as", "ash", "ibn", "bin", "abu", "ul", "ur") and rest[:1].isupper()
        return False
    if "-" in w:
        tail = w.rsplit("-", 1)[-1]
        if tail.islower() and (tail in lexicon().hyphen_tails or _participle(tail)):
            return False  # "Bergamo-based", "Family-controlled", "Harvard-educated"
    if _initials(doc, t):
        return True  # "P.B. Balaji": initials written together
    if len(w) > 1 and w.isupper() and not w.isdigit():
        return doc.caps_line(t.start) or (len(w) <= 3 and "." not in w and False)
    return not w[0].isdigit()


_MIN_PARTICIPLE = 5


def _participle(tail: str) -> bool:
    """``trained`` of ``Ivy League-trained``: a past participle of some frequency after a
    hyphen makes the word an adjective; no romanised given name ends so (``Ki-moon``)."""
    return len(tail) >= _MIN_PARTICIPLE and tail.endswith("ed") and lexicon().common(tail, 3.0)


def _joinable(doc: _Doc, a: Tok, b: Tok) -> bool:
    gap = doc.text[a.end : b.start]
    if a.possessive:
        return False
    if gap == " " or gap == "\u00a0" or gap == "  ":
        return True
    if gap in (". ", ".\u00a0") and _abbrev(a):
        return True
    return False


def _chunks(doc: _Doc) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of runs of capitalised tokens (with name particles)."""
    lex = lexicon()
    toks = doc.toks
    text = doc.text
    words = layer(text).words
    starts, ends = words.starts, words.ends
    out: list[tuple[int, int]] = []
    n = len(toks)
    i = 0  # the first word no run holds yet
    for c in _maybe_capwords(text, words):
        if c < i:
            continue
        i = c
        # what _capword rejects first (no capital, no hyphen), tested on the text itself
        if not (text[starts[i]].isupper() or text.find("-", starts[i], ends[i]) >= 0) or not _capword(doc, toks[i]):
            continue
        j = i + 1
        while j < n and j - i < _MAX_CHUNK * 2:
            t = toks[j]
            if not _joinable(doc, toks[j - 1], t):
                break
            if _capword(doc, t):
                j += 1
                continue
            # particles inside names: "Ludwig van Beethoven", "Osama bin Laden", "de la Cruz";
            # never a scorecard's dismissal mark ("Lehmann st Kaluwitharana b Chandana": stumped)
            if t.folded in lex.particles and t.text.islower() and t.folded not in lex.dismissal_marks:
                k = j
                while k < n and toks[k].folded in lex.particles and toks[k].text.islower() and k - j < 3:
                    if k + 1 >= n or not _joinable(doc, toks[k], toks[k + 1]):
                        break
                    k += 1
                if k < n and k > j and _capword(doc, toks[k]) and _joinable(doc, toks[k - 1], toks[k]):
                    j = k + 1
                    continue
            break
        out.append((i, j))
        i = j
    return out


def _maybe_capwords(text: str, words: Tokens) -> list[int]:
    """The indices of the words that may open a run, in order: all but the lower-case
    words without a hyphen (a word in lower case has no capital to open one; about two
    thirds of the words, passed over without a Python step each)."""
    shapes = words.shapes
    out = [i for i, sh in enumerate(shapes) if not sh & LOWER]
    hyphen = text.find("-")
    if hyphen < 0:
        return out
    starts, ends = words.starts, words.ends
    more = set()
    while hyphen >= 0:  # a hyphen inside a lower-case word: "al-Assad", "bin-Laden"
        i = bisect.bisect_right(starts, hyphen) - 1
        if i >= 0 and hyphen < ends[i] and shapes[i] & LOWER:
            more.add(i)
        hyphen = text.find("-", hyphen + 1)
    return sorted(more.union(out)) if more else out


def _place_tail(lex: Lexicon, folded: Sequence[str]) -> bool:
    """``Heping Township``, ``Philippine Sea Plate``, ``Hualien County``: a name ending in
    the generic head of a place or feature is that place. A head that is also a surname
    (``Plate``, ``Bay``, ``Hill``) only right after a word that is no given name
    (``Michael Bay`` stays a person; ``Philippine Sea Plate`` does not)."""
    last = folded[-1]
    if last not in lex.place_heads:
        return False
    return last not in lex.surnames or not _given(lex, folded[-2])


def _hyphen_parts(f: str) -> list[str]:
    return [p for p in f.split("-") if p]


def _given(lex: Lexicon, f: str) -> bool:
    if f in lex.given:
        return True
    parts = _hyphen_parts(f)
    return (len(parts) > 1 and parts[0] in lex.given) or _given_spelling(lex, f)


_MIN_RESPELLED = 5


def _given_spelling(lex: Lexicon, f: str) -> bool:
    """``Dmitry`` for the listed ``Dmitri``, ``Alexey`` for ``Alexei``: another romanisation
    of a listed given name, its ending traded for another (only for words no more than of
    middling frequency: ``Navy`` is no ``Navi``)."""
    if len(f) < _MIN_RESPELLED or not f.endswith(lex.given_endings) or lex.common(f, 3.5):
        return False
    end = next(x for x in lex.given_endings if f.endswith(x))
    stem = f[: -len(end)]
    return any(stem + other in lex.given for other in lex.given_endings if other != end)


def _country(t: Tok) -> bool:
    """``Spain``, ``France``: a country of newskit's gazetteer. Alone it is the country (or
    its team) even where the name lists hold it as a surname or a given name; it is a
    person's only as the surname of a full name the article gives (``Chris England``)."""
    name = t.text if not t.text.isupper() else t.text.title()
    return place_country(name) == name


def _county(f: str) -> bool:
    """``Derbyshire``, ``Worcestershire``: an English county (and its cricket team) by its
    ending; a person's only as the surname of a full name the article gives."""
    return len(f) > 6 and f.endswith("shire")


def _placeish(lex: Lexicon, f: str) -> bool:
    return (f in lex.places or f in lex.demonyms) and not lex.is_name(f)


def detect(text: str) -> list[Candidate]:
    """Every person-name candidate, with its title; in text order, not overlapping."""
    lex = lexicon()
    doc = _Doc(text)
    toks = doc.toks
    bylines = {m.end() for m in _BYLINE.finditer(text)}
    accepted: list[tuple[Candidate, int, int]] = []
    deferred: list[tuple[int, int, int]] = []  # name token ranges waiting for pass 2, and what they need
    taken: set[int] = set()
    chunks = _chunks(doc)
    for ci, cj in chunks:
        for a, b in _title_pieces(doc, lex, ci, cj):
            for a2, b2 in _clause_pieces(doc, lex, a, b):
                _analyse(doc, lex, a2, b2, bylines, accepted, deferred)
    for _, a, b in accepted:
        taken.update(range(a, b))
    # pass 2: single names (and headline names) that repeat a name accepted elsewhere
    known, surnames, given = _known_names(lex, accepted)
    last_words = {
        c.names[-1].folded
        for c, _, _ in accepted
        if len(c.names) > 1 and (_given(lex, c.names[0].folded) or _initial(doc, c.names[0]))
    }
    for a, b, need in deferred:
        key = " ".join(toks[k].folded for k in range(a, b))
        if key in surnames or (need == _REPEAT and (key in known or key in given)) or (
            need == _ROLE_SURNAME and key in last_words
        ):
            c = Candidate(list(toks[a:b]), toks[a].start, toks[b - 1].end)
            accepted.append((c, a, b))
        elif need == _REPEAT and b - a > 1 and doc.caps_line(toks[a].start):
            # a headline run: any known name inside it ("SHEARER NAMED ENGLAND CAPTAIN")
            accepted += _known_inside(doc, known, a, b)
    accepted = _headline_names(doc, lex, chunks, accepted)
    accepted += _lineup(doc, lex, chunks, {a for _, a, _ in accepted})
    accepted = _drop_things(doc, lex, accepted)
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


def _headline_names(
    doc: _Doc, lex: Lexicon, chunks: list[tuple[int, int]], accepted: list[tuple[Candidate, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """A Title Case headline capitalises its verbs and nouns too (``Andrew Lopez Confesses
    To Murder``, ``Obama Reverses Bush``), so its runs are read again for the names the
    article's own sentences give: where a headline run holds one, the names found in it
    replace what the run's words alone were read as."""
    body = [x for x in accepted if not doc.title_line(x[0].start)]
    if len(body) == len(accepted) and not any(doc.title_line(doc.toks[ci].start) for ci, _ in chunks):
        return accepted
    known = _known_names(lex, body)[0]
    out = list(accepted)
    for ci, cj in chunks:
        if cj - ci < 2 or not doc.title_line(doc.toks[ci].start):
            continue
        for f in _known_inside(doc, known, ci, cj):
            hit = [x for x in out if x[1] < f[2] and f[1] < x[2]]
            if all(_only_words_besides(doc, lex, x, f) for x in hit):
                out = [x for x in out if x not in hit] + [f]
    return out


def _only_words_besides(doc: _Doc, lex: Lexicon, x: tuple[Candidate, int, int], f: tuple[Candidate, int, int]) -> bool:
    """Whether the words of ``x`` outside the name ``f`` are no name of any list (``Andrew
    Lopez Confesses``: yes; ``Mark Waugh`` around ``Waugh``: no, ``Mark`` is a given name)."""
    extra = [doc.toks[i].folded for i in range(x[1], x[2]) if not f[1] <= i < f[2]]
    return all(not lex.is_name(w) for w in extra)


def _known_inside(doc: _Doc, known: dict[str, int], a: int, b: int) -> list[tuple[Candidate, int, int]]:
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


def _drop_things(
    doc: _Doc, lex: Lexicon, accepted: list[tuple[Candidate, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """Names the article writes as a company or a club (``tyre giant Pirelli``, ``Comelf
    said it``) are no persons anywhere in it (:mod:`newskit_persons.things`). Only names
    whose first word is no listed given name and no initial are weighed: ``John Smith`` is
    a person whatever the article says around ``Smith``, and so is a lone ``Smith``."""
    keys: dict[str, bool] = {}
    people = {c.names[-1].folded for c, _, _ in accepted if len(c.names) > 1 and _initial_or_given(lex, c)}
    for _, a, _ in accepted:
        first = doc.toks[a]
        if _given(lex, first.folded) or _initial(doc, first) or first.folded in lex.east_asian:
            continue
        if first.folded in people:
            continue
        titled = prenominal(doc.text, doc.toks, a, set(), doc.sent_start)[0] is not None
        keys[first.folded] = keys.get(first.folded, False) or titled
    things = thing_keys(doc.text, doc.toks, keys, lex)
    if not things:
        return accepted
    return [x for x in accepted if doc.toks[x[1]].folded not in things]


#: What a deferred name needs in pass 2: to repeat a name accepted elsewhere (a lone surname,
#: a full name, or the given name of a full name: ``Randall Cunningham … Randall was``), or,
#: for a word the first pass took for something else (a place, a word after a determiner),
#: to be the surname of a full name of the article (``Bob Dole … weighed Dole's proposal``,
#: ``a composed Bernardin told``).
#: A lone role word waits to be the last word of a full name of the article (``Billie Jean
#: King ... King said``): such a full name is no "sure" name (it holds a role word).
_REPEAT, _SURNAME_ONLY, _ROLE_SURNAME = 0, 1, 2


def _known_names(
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
        if not east and _plain_full_name(lex, cand):
            given.add(folded[0])
        known[" ".join(folded)] = 1
    return known, surnames, given


def _unprefixed(lex: Lexicon, f: str) -> tuple[str, ...]:
    """``al-Huwaidi`` -> ``huwaidi``: a surname with a particle joined by a hyphen is
    repeated without it (``Huwaidi , who scored``)."""
    head, _, rest = f.partition("-")
    return (rest,) if rest and head in lex.particles and "-" not in rest and len(rest) > 2 else ()


def _initial_or_given(lex: Lexicon, cand: Candidate) -> bool:
    """A full name that opens with an initial or a given name and holds no role or
    organisation word (``Anne Dole``, ``J. Joe Ricketts``; not ``York Post``,
    ``Tax Policy Center``): its surname may override a place or cue reading of a lone word."""
    folded = [t.folded.rstrip(".") for t in cand.names]
    if len(folded[0]) > 1 and folded[0] not in lex.given:
        return False
    return not any(f in lex.title_words or f in lex.org_cues for f in folded)


def _plain_full_name(lex: Lexicon, cand: Candidate) -> bool:
    """A full name whose first word can stand alone for the person: two or three words, a
    given name first (listed, or a word of no list: ``Megawati``) that is no place or
    demonym (``Charlotte``, ``Virginia``, ``Philippine`` are also places), no role word in it, and a surname or a rare word last (not ``Obama
    Speech``, ``Laura Ingraham Show``)."""
    folded = [t.folded for t in cand.names]
    first, last = folded[0], folded[-1]
    if not 2 <= len(folded) <= 3 or "." in cand.names[0].text or len(first) < 3:
        return False
    if not lex.stands_alone(first):
        return False
    if first not in lex.given and last not in lex.surnames and lex.common(last, 2.5):
        return False  # an unlisted first word before a known word: "Orvex Pharma", a firm
    if _placeish(lex, first) or first in lex.places or first in lex.demonyms:
        return False
    if any(f.rstrip(".") in lex.title_words for f in folded):
        return False
    return last in lex.surnames or not lex.common(last, 3.5)


#: The fewest names of a team line-up or results list read as one (``Given , Breen , Staunton , …``).
MIN_LINEUP = 4


def _lineup(
    doc: _Doc, lex: Lexicon, chunks: list[tuple[int, int]], starts: set[int]
) -> list[tuple[Candidate, int, int]]:
    """Team line-ups and results lists: a run of at least four short capitalised items
    separated by commas, two of them already read as names and all but one of the rest
    shaped like names (a surname or no ordinary word: ``Given``, ``Harte``; never a month
    or a capitalised function word), holds only names."""
    out: list[tuple[Candidate, int, int]] = []
    run: list[tuple[int, int]] = []
    for ci, cj in [*chunks, (len(doc.toks), len(doc.toks))]:
        if run and cj - ci <= 3 and ci < len(doc.toks) and _comma_between(doc, run[-1][1] - 1, ci):
            run.append((ci, cj))
            continue
        out += _lineup_names(doc, lex, run, starts)
        run = [(ci, cj)] if cj - ci <= 3 else []
    return out


def _comma_between(doc: _Doc, a: int, b: int) -> bool:
    """A comma between two items of a list, or a comma and the next player's shirt number
    (``15 - Christian Cullen , 14 - Jeff Wilson``)."""
    gap = doc.text[doc.toks[a].end : doc.toks[b].start]
    # every numbered gap ends in " - ": most gaps are ruled out without the pattern
    return gap.strip() == "," or (gap.endswith(" - ") and _NUMBERED_ITEM.fullmatch(gap) is not None)


#: The gap before a numbered line-up's next item: a comma, a shirt number and a dash.
_NUMBERED_ITEM = compile_pattern(r" ?, \d{1,2} - ")


def _lineup_names(
    doc: _Doc, lex: Lexicon, run: list[tuple[int, int]], starts: set[int]
) -> list[tuple[Candidate, int, int]]:
    known = sum(1 for a, _ in run if a in starts)
    if len(run) < MIN_LINEUP or known < 2:
        return []
    fits = [(a, b) for a, b in run if a not in starts and _name_like(lex, [t.folded for t in doc.toks[a:b]])]
    if known + len(fits) < len(run) - 1:
        return []  # more than one item is no name: a list of things, not a line-up
    return [(Candidate(list(doc.toks[a:b]), doc.toks[a].start, doc.toks[b - 1].end), a, b) for a, b in fits]


def _name_like(lex: Lexicon, folded: list[str]) -> bool:
    """An item of a line-up that can be a name: a surname or no ordinary word at its end,
    no month or capitalised function word in it."""
    if any(f in lex.months or f in lex.stop_caps for f in folded):
        return False
    return folded[-1] in lex.surnames or not lex.common(folded[-1], 4.0)


def _title_pieces(doc: _Doc, lex: Lexicon, ci: int, cj: int) -> list[tuple[int, int]]:
    """``William Ruto Signs Finance Bill``, ``as Dam Levels Fall``: in a Title Case
    headline every word is capitalised, so a run is cut at its ordinary words (frequent
    English words that are no given name); the pieces left are read as names."""
    if cj - ci < 2 or not doc.title_line(doc.toks[ci].start):
        return [(ci, cj)]
    out: list[tuple[int, int]] = []
    a = ci
    verbs = not _listing(doc, ci)
    for x in range(ci, cj + 1):
        f = doc.toks[x].folded if x < cj else ""
        if x == cj or _ordinary(lex, f) or (verbs and _headline_word(lex, f)):
            if x > a and not (f in lex.org_cues or f in lex.place_heads):
                out.append((a, x))  # not before a head: "Betty Ford Clinic" is no "Betty Ford"
            a = x + 1
    return out


def _clause_pieces(doc: _Doc, lex: Lexicon, ci: int, cj: int) -> list[tuple[int, int]]:
    """``Donald Trump Is Right``, ``Hillary Clinton Was Headed``: a capitalised auxiliary
    verb after two words or more of a run ends the name there (a headline capitalises its
    verbs, however the line ends); what follows it is read on its own."""
    out: list[tuple[int, int]] = []
    a = ci
    for x in range(ci + 2, cj):
        if x - a >= 2 and doc.toks[x].folded in lex.auxiliaries:
            out.append((a, x))
            a = x + 1
    if a < cj:
        out.append((a, cj))
    return out


def _listing(doc: _Doc, ci: int) -> bool:
    """A capitalised line of two commas or more is a list (``Billy Mayfair , Ken Green ,
    Jerry Kelly``), not a headline whose verbs are capitalised."""
    ln = doc.line_of(doc.toks[ci].start)
    end = doc.line_starts[ln + 1] if ln + 1 < len(doc.line_starts) else len(doc.text)
    return doc.text.count(",", doc.line_starts[ln], end) >= 2


def _headline_word(lex: Lexicon, f: str) -> bool:
    """A word a Title Case headline capitalises that no name holds: an English word of
    some frequency in no name list or gazetteer (``Confesses``, ``Cruises``, ``Overturn``)."""
    return lex.common(f, 3.0) and not lex.is_name(f) and f not in lex.places and f not in lex.demonyms


def _ordinary(lex: Lexicon, f: str) -> bool:
    """A frequent English word that is no given name (``signs``, ``levels``: also
    surnames), or a fairly frequent one that is no name at all (``floods``)."""
    if f in lex.given or f in lex.east_asian:
        return False
    return lex.common(f, 4.0) or (lex.common(f, 3.5) and not lex.is_name(f))


def _ordinary_opener(doc: _Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``Yesterday Smith …``, ``Police Chief …``: an ordinary word opening a sentence is
    no part of the name after it - unless it is an East Asian surname before a romanised
    given name (``Park Ji-hoon``) or a rarer word before a surname (``Evo Morales``)."""
    f = doc.toks[k].folded.rstrip(".")
    if not (k in doc.sent_start and k + 1 < cj and lex.common(f, 3.0) and not _given(lex, f)):
        return False
    nxt = doc.toks[k + 1]
    if lex.is_name(f) and not lex.common(f, 4.5):
        # a surname that is also an ordinary noun stays, unless a given name and more
        # follow: "Surgeon Imran Qureshi", "Farmer Kwame Mensah" (an occupation as title:
        # a singular noun; "Jeans Mate Corp" is a firm)
        return (
            k + 2 < cj
            and not f.endswith("s")
            and f not in lex.east_asian
            and nxt.text[:1].isupper()
            and _given(lex, nxt.folded)
            and not _initial(doc, nxt)
            and doc.toks[cj - 1].folded not in lex.org_cues
        )
    if f in lex.east_asian and _ROMANISED_GIVEN.fullmatch(nxt.text):
        return False
    if not lex.common(f, 3.5) and _foreign_run(lex, doc.toks[k + 1 : cj]):
        return False  # "Abdel Fattah al-Sisi": a rarer word before words of no list
    return not (k + 2 == cj and not lex.common(f, 4.0) and nxt.folded in lex.surnames
                and not lex.common(nxt.folded, 4.0))


def _foreign_run(lex: Lexicon, toks: Sequence[Tok]) -> bool:
    """Words of no name list and no English word (``Fattah al-Sisi``): a name of a language
    the lists do not hold, which the word before it opens."""
    return all(not t.text.islower() and not lex.is_name(t.folded) and not lex.common(t.folded, 3.0) for t in toks)


#: A romanised East Asian given name written with a hyphen (``Ji-hoon``, ``Ing-wen``).
_ROMANISED_GIVEN = compile_pattern(r"\p{Lu}\p{Ll}+-\p{Ll}+")


def _named_thing(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """Organisations, places, clubs and events named like people (each rule below). An
    ALL CAPS headline run is only checked for cues: it may hold a known name among other
    words (``O'BRIEN SPRING TWIN UPSETS``), which the headline pass finds."""
    rules = _CUE_RULES if doc.caps_line(names[0].start) else _CUE_RULES + _SHAPE_RULES
    for rule in rules:  # a loop, not any() over a generator: called for most runs
        if rule(doc, lex, names, folded, k, e):
            return True
    return False


def _org_cue(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Harvard University``, ``Bradford Bulls``: an organisation or feature cue in the
    name (a cue that is also a surname only last, after a word that is no given name:
    ``S. Law`` and ``Tana River`` differ by the given name)."""
    n = len(folded)
    if any(f in lex.strong_cues and (idx > 0 or n == 1) for idx, f in enumerate(folded)):
        return True
    return n >= 2 and folded[-1] in lex.org_cues and not (n == 2 and _initial(doc, names[0])) and (
        not _given(lex, folded[0])
        or folded[0] in lex.east_asian
        or _place_prep_before(doc, k)
        or _after_determiner(doc, lex, k)
        or n >= 3
        or (folded[0] in lex.places and folded[-1] not in lex.given)
    )  # "at Trent Bridge", "in Grant Park", "the Betty Ford Center", "Dean Smith Center", "China
    # Daily": a given name first, but after a preposition of place or a determiner, after a
    # full name, or a place that is also a given name before a cue that is none ("Georgia Hall" stays)


def _place_named(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Heping Township``: a generic head last (also after a given name when a
    preposition of place stands before: ``near Chester Hill``)."""
    return len(folded) >= 2 and (
        _place_tail(lex, folded) or (folded[-1] in lex.place_heads and _place_prep_before(doc, k))
    )


def _feature_named(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Mount Elgon`` (a head first), ``the Tana River`` (a head that is also a surname,
    after a determiner: no person's name takes *the*)."""
    if len(folded) < 2:
        return False
    return folded[0] in lex.place_heads_first or (folded[-1] in lex.place_heads and _after_determiner(doc, lex, k))


def _plural_tail(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Orlando Pirates``, ``Boca Juniors``, ``Kaizer Chiefs``: a name ending in the plural
    of an ordinary noun, or a place and a plural (``Florida Marlins``), names a team or a firm; surnames ending in -s (``Williams``,
    ``Hopkins``) are in the surname list and stay people."""
    last = folded[-1]
    if len(folded) < 2 or not last.endswith("s") or last in lex.suffixes:
        return False
    if len(folded) == 2 and folded[0] in lex.places and last not in lex.surnames:
        return True  # "Florida Marlins", "Houston Astros": a place's team
    if lex.is_name(last):
        return False
    sing = last[:-3] + "y" if last.endswith("ies") else last[:-2] if last.endswith(_ES) else last[:-1]
    # after a given name only a very common noun ("Leah Pells" is a person, "Guy Hellers" too)
    given = _given(lex, folded[0])
    # an agent noun after a full name, or after a word that is no given name ("Tamu Tamu
    # Caterers", "Osei Builders"; "Guy Hellers" stays a person)
    return lex.common(sing, 4.5 if given else 3.5) or ((not given or len(folded) >= 3) and _agent_noun(lex, sing))


def _agent_noun(lex: Lexicon, sing: str) -> bool:
    """``caterer``: an agent noun made from a common verb (``cater``), however rare the
    noun itself: "Tamu Tamu Caterers" names a firm by what it does."""
    return any(sing.endswith(end) and lex.common(sing[: -len(end)], 3.5) for end in lex.agent_endings)


_ES = ("ses", "xes", "ches", "shes")


def _possessive_body(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Ashby Residents' Association``, ``the Miners' Federation``: a plural of no name
    before a possessive mark and an organisation cue is the first part of a body's name."""
    last = names[-1]
    if not folded[-1].endswith("s") or lex.is_name(folded[-1]) or e >= len(doc.toks):
        return False
    mark = doc.text[last.end : last.end + 1]
    head = doc.toks[e]
    return mark in lex.possessive_marks and doc.text[last.end + 1 : head.start] == " " and \
        head.text[:1].isupper() and head.folded in lex.org_cues


def _ampersand(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Procter & Gamble``, ``Marks & Spencer``: names joined by ``&`` are a firm."""
    before = doc.text[max(0, names[0].start - 3) : names[0].start]
    after = doc.text[names[-1].end : names[-1].end + 3]
    return before.rstrip().endswith("&") or after.lstrip().startswith("&")


def _known_thing(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Goldman Sachs``, ``Real Madrid``: firms and clubs whose names read as people's,
    from the list ``named_like_people`` (a name starting with one is the thing)."""
    for w in range(len(folded), 1, -1):
        if " ".join(folded[:w]) in lex.named_like_people:
            return True
    return False


def _foreign_named(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``El Universo``, ``Grupo Andino``, ``Der Standard`` (an article or a generic head of
    another language opening the name), ``Hoshino Kisen`` (one closing it),
    ``Alpenstraßen Tunnelbetrieb`` (a compound noun naming a body): a firm, outlet or body
    named in its own language, never a person."""
    if len(folded) < 2:
        return False
    if folded[0] in lex.foreign_heads_first or folded[-1] in lex.foreign_heads_last:
        return True
    return any(len(f) > len(end) + 2 and f.endswith(end) for f in folded for end in lex.foreign_org_endings)


def _state_after(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``in Rancho Mirage , Calif .``, ``near Palmer, Alaska, on Friday``: a name after a
    preposition of place and followed by a US state in commas (or closing the sentence) is
    a place. Without the preposition a name and a state may be a person and the place
    they come from or stand for (``Sen. Dana Kirk , Texas , said``)."""
    if not _place_prep_before(doc, k):
        return False
    m = _STATE_AFTER.match(doc.text, names[-1].end)
    return m is not None and " ".join(m.group(1).lower().split()) in lex.us_states


#: A comma, one or two capitalised words (a state, ``Calif`` with its dot), then the end of
#: the clause: a full stop, a comma, a semicolon, a bracket or the line's end.
_STATE_AFTER = compile_pattern(r"(?m) ?, (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?: ?\.| ?(?=[,;)]|$))")


def _place_and_noun(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Chittagong Cement``, ``Ruhr Steel``: a place before an ordinary noun of no name
    list names a firm or a body of that place."""
    first, last = folded[0], folded[-1]
    return (
        len(folded) == 2
        and first in lex.places
        and not _given(lex, first)
        and not lex.is_name(last)
        and lex.common(last, 3.5)
    )


def _venue_heading(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``At Tunbridge Wells : Nottinghamshire 214 ...``: a results line opened by the
    ground where the match was played."""
    if k == 0 or k - 1 not in doc.sent_start or doc.toks[k - 1].folded != "at":
        return False
    return doc.text[names[-1].end : names[-1].end + 3].strip().startswith(":")


def _craft_named(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``the research vessel Sonne``, ``the tanker Ocean Princess``: a lower-case noun of a
    craft right before the run names the craft, whatever names it bears; so does the
    flag it flies (``the Liberian-flagged Mistral Dawn``)."""
    if k == 0:
        return False
    prev = doc.toks[k - 1]
    if doc.text[prev.end : names[0].start] != " ":
        return False
    if prev.text.islower() and prev.folded in lex.craft_before:
        return True
    return prev.folded.endswith(lex.craft_before_endings)  # "the Liberian-flagged Mistral Dawn"


def _facility_named(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``the Simon Bolivar courthouse``, ``historic Mat Maid dairy building``: a run that
    qualifies a lower-case noun of a built place or a works names that place."""
    if e >= len(doc.toks) or names[-1].possessive:
        return False
    nxt = doc.toks[e]
    return nxt.text.islower() and nxt.folded in lex.facility_after and doc.text[names[-1].end : nxt.start] == " "


def _initials_after(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``Internet Explorer ( IE )``, ``Kenya Wildlife Service (KWS)``: a name followed by its
    own initials in brackets is a product's or a body's; news abbreviates no person so."""
    m = _BRACKETED_CAPS.match(doc.text, names[-1].end)
    return len(names) >= 2 and m is not None and m.group(1) == "".join(t.text[0] for t in names).upper()


def _firm_context(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``shares of Ralph Lauren``, ``a stake in Li Ning``: words of the market right before a
    run name a firm, whatever names it bears; no person has shares or stakes."""
    for w in range(lex.firm_before_words, 1, -1):
        before = doc.toks[max(0, k - w) : k]
        if len(before) == w and _lower_or_opening(doc, k - w, k) and (
            " ".join(t.folded for t in before) in lex.firm_before and doc.text[before[-1].end : names[0].start] in _SPACE
        ):
            return True
    return False


def _lower_or_opening(doc: _Doc, a: int, b: int) -> bool:
    """Words ``toks[a:b]`` written in lower case, the first also capitalised as a sentence's first."""
    return all(doc.toks[x].text.islower() or (x == a and x in doc.sent_start) for x in range(a, b))


def _place_after_preposition(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int, e: int) -> bool:
    """``near Debre Markos``, ``in Sidi Bouzid``: after a preposition of place, a name of two
    words or more that opens with no listed given name, initial or East Asian surname is the
    place, however person-like its last word (``Markos``); a person there is named by a
    given name (``near Amina Yusuf``), and a possessive is a person's (``in Kathina Thomas's
    case``)."""
    if len(folded) < 2 or k == 0 or names[-1].possessive:
        return False
    prev = doc.toks[k - 1]
    if not (prev.text.islower() and prev.folded in lex.where_prepositions and doc.text[prev.end : names[0].start] in _SPACE):
        return False
    first = folded[0]
    return not (_given(lex, first) or first in lex.east_asian or _initial(doc, names[0]))


#: An abbreviation in brackets right after a name: ``(IE)``, `` ( IE )``.
_BRACKETED_CAPS = compile_pattern(r" ?\( ?(\p{Lu}{2,6}) ?\)")

_CUE_RULES = (_org_cue, _place_named)
_SHAPE_RULES = (
    _craft_named,
    _facility_named,
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
)


def _analyse(
    doc: _Doc,
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
    if _storm_named(doc, lex, ci, cj):
        return  # "Hurricane Otis", "tropical storm Beatriz": a storm's given name
    if caps and cj - ci > 1:
        # an ALL CAPS headline run is read whole in pass 2 for names the article gives
        # elsewhere: its role and ordinary words are capitalised too, so stripping them
        # here would cut the run wrongly ("MITCHELL DEFEATS BAILEY IN FRONT OF FORMER CHAMPIONS")
        deferred.append((ci, cj, _REPEAT))
        return
    k, titled = _past_last_role(doc, lex, ci, cj)
    if _place_prefix(lex, toks, k, cj):
        return  # "New York Police", "San Diego Chargers": a body named by its place
    left = _strip_left(doc, lex, k, cj, titled)
    if left is None:
        # a lone sentence-opening word that is an ordinary word: a name only with a cue
        t = toks[k]
        if _lone_cue(doc, lex, k, cj):
            accepted.append((Candidate([t], t.start, t.end), k, cj))
        elif not (t.folded.rstrip(".") in lex.months or t.folded.rstrip(".") in lex.stop_caps):
            deferred.append((k, cj, _REPEAT))
        return
    k, titled = left
    if (
        k == cj
        and cj - ci == 1
        and toks[ci].folded in lex.title_heads
        and not _after_determiner(doc, lex, ci)
        and not _determiner_before(doc, ci)
    ):
        # a lone role word: a person only as the surname of the article's full name
        # ("Billie Jean King ... King said"; "the King said" stays the monarch)
        deferred.append((ci, cj, _ROLE_SURNAME))
        return
    titled = titled or (k == ci and _role_before(doc, lex, ci))
    e = _trim_right(doc, lex, k, cj)
    if e <= k:
        return
    names = toks[k:e]
    folded = [t.folded for t in names]
    n = len(names)
    if _named_thing(doc, lex, names, folded, k, e):
        return
    joined = " ".join(folded)
    if joined in lex.places and not titled and (n > 1 or not lex.is_name(joined)):
        if n == 1 and not _place_prep_before(doc, k):
            deferred.append((k, e, _SURNAME_ONLY))  # "Bob Dole ... Dole's proposal"
        return
    if k == ci and not titled and not _given(lex, folded[0]) and _after_determiner(doc, lex, ci):
        if not (n == 1 and e == cj and _lone_cue(doc, lex, k, e, attributive_only=True)):
            if n == 1:
                deferred.append((k, e, _SURNAME_ONLY))  # "a composed Bernardin told"
            return
    byline = toks[k].start in bylines or toks[ci].start in bylines
    if caps:
        # ALL CAPS headlines: only names seen elsewhere in the article
        deferred.append((k, e, _REPEAT))
        return
    verdict = _weigh(doc, lex, k, e, cj, titled, byline)
    if verdict == "accept":
        accepted.append((Candidate(list(names), names[0].start, _end(doc, names)), k, e))
    elif verdict != "drop":
        deferred.append((k, e, _REPEAT if verdict == "defer" else _SURNAME_ONLY))


_STORM_HEAD_WORDS = 3


def _storm_named(doc: _Doc, lex: Lexicon, ci: int, cj: int) -> bool:
    """``Hurricane Otis``, ``Tropical Storm Alberto``, ``tropical storm Beatriz``: storms
    bear given names; a run opened by a storm's head, or right after one written in lower
    case, is the storm. Dropped whole, before any title is stripped: ``Hurricane`` read
    as an ordinary opener would leave ``Otis`` for the article's people."""
    toks = doc.toks
    for w in range(_STORM_HEAD_WORDS, 0, -1):
        if ci + w < cj and " ".join(t.folded for t in toks[ci : ci + w]) in lex.storm_heads:
            return True
        before = toks[max(0, ci - w) : ci]
        if len(before) == w and all(t.text.islower() for t in before) and (
            " ".join(t.folded for t in before) in lex.storm_heads and doc.text[before[-1].end : toks[ci].start] == " "
        ):
            return True
    return False


def _determiner_before(doc: _Doc, ci: int) -> bool:
    """``The King``, ``the Bishop``: an article right before the word (any case)."""
    return ci > 0 and doc.toks[ci - 1].folded in _DETS


def _place_prefix(lex: Lexicon, toks: Sequence[Tok], k: int, cj: int) -> bool:
    """``New York Police``, ``San Diego Chargers``, ``Hong Kong Standard``: a run that opens
    with a place of two or three words and goes on names a body or a thing of that place;
    stripping ``New`` or ``San`` as an ordinary word would leave a person-shaped name."""
    for w in (3, 2):
        if k + w < cj and " ".join(t.folded for t in toks[k : k + w]) in lex.places:
            return True
    return False


def _role_before(doc: _Doc, lex: Lexicon, ci: int) -> bool:
    """A lower-case role word right before the run titles it ("leader Kim Jong Un")."""
    if ci == 0:
        return False
    toks = doc.toks
    prev = toks[ci - 1]
    pf = prev.folded.rstrip(".")
    return bool((lex.is_role(pf) or (
        "-" in pf and _hyphen_parts(pf)[-1:] and _hyphen_parts(pf)[-1] in lex.title_heads
    )) and doc.text[prev.end : toks[ci].start] in (" ", ". ") and not prev.possessive)


def _weigh(doc: _Doc, lex: Lexicon, k: int, e: int, cj: int, titled: bool, byline: bool) -> str:
    """The verdict on the name ``toks[k:e]``: ``accept``, ``defer`` (a name only if the
    article repeats it), ``surname`` (a surname only if its full name is given) or ``drop``.
    Two or more words weigh their evidence (a title, a byline, a country after it in a
    results table, the name's own shape); a single word is a surname after a title, or a
    name repeated from elsewhere."""
    names = doc.toks[k:e]
    if len(names) >= 2:
        ev = (3 if titled else 0) + (3 if byline else 0)
        if _country_after(doc, lex, e):
            ev += 2  # results tables: "MaliVai Washington ( U.S. ) beat ..."
        if _in_apposition(doc, lex, names[-1].end) and not (k > 0 and doc.toks[k - 1].folded in _DETS):
            ev += 1  # "Mark Vinar , an Australian climber" (not "the Aegean Star , a ship": no person takes "the")
        ev += _name_evidence(doc, lex, names, [t.folded for t in names], k)
        return "accept" if ev >= 2 else "defer" if ev >= 0 else "drop"
    return _single_word(doc, lex, k, e, cj, titled or byline, titled)


#: What follows a person's name in apposition: a description opened by an article, or an age.
_APPOSITION = compile_pattern(r" ?, (?:(?:a|an|the) (\p{L}+)|[0-9]{2} ?,)")


def _in_apposition(doc: _Doc, lex: Lexicon, end: int) -> bool:
    """An age or a description in commas after the name: ``, 52 ,``, ``, a climber``, ``, an
    Australian climber`` (a capitalised word opening the description only as a demonym:
    ``, the Chicago Tribune reported`` is no description)."""
    if not doc.text.startswith((", ", " , "), end):
        return False  # what every match opens with, tested without the pattern
    m = _APPOSITION.match(doc.text, end)
    if m is None:
        return False
    word = m.group(1)
    return word is None or word.islower() or word.lower() in lex.demonyms


def _past_last_role(doc: _Doc, lex: Lexicon, ci: int, cj: int) -> tuple[int, bool]:
    """``Privatisation Minister Wieslaw Kaczmarek``: the name starts after the last role
    word of the run (and is then titled)."""
    toks = doc.toks
    for p in range(cj - 2, ci - 1, -1):
        pf = toks[p].folded.rstrip(".")
        if (pf in lex.honorifics or lex.is_role(pf) or _plural_head(lex, pf)) and not (
            p == ci and _given(lex, pf)
        ) and not (p > ci and _given(lex, toks[p - 1].folded) and not _full_name_after(doc, lex, p + 1, cj)) and any(
            toks[x].folded not in lex.suffixes for x in range(p + 1, cj)
        ):
            return p + 1, True
    return ci, False


#: Prepositions that name the country of a post: ``ambassador to Kenya``, ``envoy for Sudan``.
_POST_PREPS = frozenset(("to", "of", "for", "in"))


def _country_of_post(doc: _Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``ambassador to Kenya Prudence Bushnell``: a country right after a preposition and
    before a given name and one more word closes the post's description; it is no given
    name of the person (``Chad Michael Murray`` opening a sentence keeps ``Chad``)."""
    if k == 0 or cj - k < 3 or not _country(doc.toks[k]) or not _given(lex, doc.toks[k + 1].folded):
        return False
    prev = doc.toks[k - 1]
    return prev.text.islower() and prev.folded in _POST_PREPS


def _full_name_after(doc: _Doc, lex: Lexicon, a: int, cj: int) -> bool:
    """``Philippine President Joseph Estrada``: a given name and at least one more word (or
    words ending in a listed surname: ``Correspondent Purnell Murdock``) after a role word
    make it a title, though a word that is also a given name stands before it
    (``Philippine``, ``Africa``); alone after a given name it is a surname (``Mark Judge``)."""
    last = doc.toks[cj - 1].folded
    if cj - a < 2 or last in lex.suffixes:
        return False
    return _given(lex, doc.toks[a].folded) or (last in lex.surnames and not lex.common(last, 4.0))


def _strip_left(doc: _Doc, lex: Lexicon, k: int, cj: int, titled: bool) -> tuple[int, bool] | None:
    """Titles, demonyms and sentence-opening ordinary words stripped from the left: where
    the name starts and whether a title stood before it; None when all that is left is a
    lone sentence-opening ordinary word (the caller decides on it)."""
    toks = doc.toks
    while k < cj:
        t = toks[k]
        f = t.folded.rstrip(".")
        if f in lex.honorifics or lex.is_role(f):
            titled = True
            k += 1
            continue
        if _initial(doc, t):
            break
        if f in lex.demonyms and _given(lex, f) and k + 1 < cj:
            nf = toks[k + 1].folded.rstrip(".")
            if nf not in lex.title_words and not _plural_head(lex, nf):
                break  # "Christian Cullen", not "German Chancellor Helmut Kohl"
        if _month_given(doc, lex, k, cj):
            break  # "Jan Kroslak", "June Tanaka": a given name, not the month
        if _country_of_post(doc, lex, k, cj):
            titled = True
            k += 1
            continue
        if f in lex.title_modifiers or f in lex.demonyms or f in lex.stop_caps or f in lex.months:
            titled = False
            k += 1
            continue
        if "-" in f and all(p in lex.title_words or _plural_head(lex, p) for p in _hyphen_parts(f)):
            titled = any(p in lex.title_heads or _plural_head(lex, p) for p in _hyphen_parts(f))
            k += 1
            continue
        if _ordinary_opener(doc, lex, k, cj):
            titled = False
            k += 1
            continue
        if k in doc.sent_start and lex.common(f, 3.0) and not lex.is_name(f) and k + 1 == cj:
            return None
        break
    return k, titled


#: Words after which a month is the month (``in May Smith ...``, ``to June Comelf``, ``the September Bund``).
_TIME_PREPS = frozenset(
    "in on since by until till to through from between and or last next early late mid end during before after of"
    " the a an this that each every per".split()
)


def _month_given(doc: _Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``Jan Kroslak``, ``June Tanaka``, ``Sun Yingjie``: a month or day word that is also a
    given name or an East Asian surname is the name when a name-shaped word follows in
    the run (a surname or no ordinary word, never a number or another month), it carries
    no abbreviation dot, and no time preposition stands before it (``in May Smith``)."""
    toks = doc.toks
    t = toks[k]
    f = t.folded
    if f not in lex.months or not (_given(lex, f) or f in lex.east_asian) or k + 1 >= cj:
        return False
    if doc.text[t.end : t.end + 1] == "." or t.text.isupper():
        return False
    nxt = toks[k + 1]
    nf = nxt.folded
    if nf in lex.months or nf in lex.stop_caps or nf in lex.title_words or not nxt.text[:1].isupper():
        return False
    if k > 0 and toks[k - 1].folded in _TIME_PREPS:
        return False
    return nf in lex.surnames or not lex.common(nf, 3.5) or bool(_ROMANISED_GIVEN.fullmatch(nxt.text))


def _trim_right(doc: _Doc, lex: Lexicon, k: int, cj: int) -> int:
    """Where a name ends once the words that cannot end one are trimmed from the right
    (function words, months, speech verbs, demonyms, lower-case particles)."""
    toks = doc.toks
    e = cj
    while e > k and (
        toks[e - 1].folded in lex.stop_caps
        or toks[e - 1].folded in lex.months
        or toks[e - 1].folded in lex.speech_verbs
        or (toks[e - 1].folded in lex.demonyms and len(toks[e - 1].folded) > 3 and not _surname_after_given(lex, toks, k, e))
        or (toks[e - 1].text.islower() and toks[e - 1].folded in lex.particles)
    ):
        e -= 1
    return e


def _surname_after_given(lex: Lexicon, toks: Sequence[Tok], k: int, e: int) -> bool:
    """``Richard Finn``, ``Viorel Moldovan``: a demonym that is also a surname, right after
    a given name, is the surname; not a frequent word of direction (``Bradford South``,
    ``Texas Southern``: a seat, a team)."""
    f = toks[e - 1].folded
    return e - k >= 2 and f in lex.surnames and not lex.common(f, 4.5) and _given(lex, toks[e - 2].folded)


def _name_evidence(doc: _Doc, lex: Lexicon, names: Sequence[Tok], folded: list[str], k: int) -> int:
    """How much the words of a run of two or more say it is a person's name: a given name
    or an initial first, a surname last, no ordinary English word; minus words no name
    holds (months, function words, places, ALL CAPS or lower-case words)."""
    n = len(names)
    first, last = folded[0], folded[-1]
    syllables = _romanised_syllables(lex, names, folded)
    ev = 0
    if _initial(doc, names[0]):
        ev += 2 if not lex.common(last, 5.0) or last in lex.surnames else 0
    elif first in lex.east_asian and _ROMANISED_GIVEN.fullmatch(names[1].text):
        ev += 2  # "Park Ji-hoon", "Moon Jae-in": a surname and a romanised given name
    elif _given(lex, first):
        opener = k in doc.sent_start and lex.common(first, 5.0)
        ev += 2 if not opener or _unlisted_surname(lex, last, n) else 1
    elif first in lex.east_asian and (n == 3 or "-" in folded[1] or n == 2 or syllables):
        ev += 2
    elif first in lex.surnames or _unlisted_given(lex, first, last, n) or _extra_given(doc, lex, folded, k):
        ev += 1
    if last in lex.surnames or last in lex.suffixes:
        ev += 1
    words = [f for t, f in zip(names, folded, strict=True) if not (t.text.islower() and f in lex.particles)]
    if all(not lex.common(f, 4.0) or (lex.is_name(f) and not lex.common(f, 4.5)) for f in words):
        ev += 2  # no ordinary English word in it: "Muammar Gaddafi", "Orhan Cikirikci"
    if _dismissal_before(doc, lex, k):
        ev += 2
    for idx, (t, f) in enumerate(zip(names, folded, strict=False)):
        if _initial(doc, t) and idx < n - 1:
            pass  # "A. Smith", "I. Austin": an initial, not the article or the pronoun
        elif idx == 0 and _month_given(doc, lex, k, k + n):
            pass
        elif (f in lex.months and not syllables) or f in lex.stop_caps:
            ev -= 3
        elif _placeish(lex, f):
            ev -= 2
        elif _initial(doc, t) or (idx > 0 and _roman(t.text)):
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


def _extra_given(doc: _Doc, lex: Lexicon, folded: list[str], k: int) -> bool:
    """``convict Arcade Joseph Comeaux Jr.``: a capitalised word inside a sentence before a
    listed given name and a surname is one more given name, though it is also an English
    word of middling frequency (not a place, a demonym, a role or a cue of a body)."""
    if len(folded) < 3 or k in doc.sent_start or folded[1] not in lex.given:
        return False
    first, last = folded[0], folded[-1]
    if not (last in lex.surnames or last in lex.suffixes or not lex.common(last, 3.5)):
        return False
    return first.isalpha() and not (
        lex.common(first, 4.0) or _placeish(lex, first) or first in lex.demonyms
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


def _single_word(doc: _Doc, lex: Lexicon, k: int, e: int, cj: int, introduced: bool, titled: bool) -> str:
    """A one-word name: ``"accept"`` with strong context (a title or byline, a scorecard,
    ``Easley said``, ``said Obama``), ``"defer"`` to the second pass (a name repeated from
    elsewhere), ``"surname"`` when it reads as a place or a cue word (a name only as the
    surname of a full name of the article: ``Bob Dole … Dole's proposal``), ``"drop"``
    when it cannot be one (a month, an ALL CAPS word, a place after ``in``)."""
    toks = doc.toks
    text = doc.text
    t = toks[k]
    f = t.folded
    # an East Asian surname that is also a cue ("Park", "Song") waits for pass 2: it is a
    # name only when the article gives it in full ("Park Ji-hoon ... Park now has")
    cue = f in lex.org_cues and f not in lex.east_asian
    # a place, a country or an organisation word, unless the article says otherwise
    other = _placeish(lex, f) or cue or _country(t) or _county(f)
    never = f in lex.months or (len(t.text) > 1 and t.text.isupper()) or (f in lex.places and _place_prep_before(doc, k))
    bad = other or never
    if not bad and not (f in lex.stop_caps or f in lex.title_words) and _scorer(doc, k):
        return "accept"  # "Scorers : Pizzi ( 2nd minute ) , Alfonso ( 60th )", "( Bode 34 , Reich 88 )"
    strong = False
    if not bad and introduced and (lex.is_name(f) or not lex.common(f, 4.0)):
        strong = True
    elif not bad and _kin_before(doc, lex, k) and (lex.is_name(f) or not lex.common(f, 3.5)):
        strong = True  # "her husband Todd", "his lawyer Heller"
    elif not bad and not lex.common(f, 3.5) and (
        _dismissal_before(doc, lex, k) or _country_after(doc, lex, e) or _bowling_after(doc, k)
    ):
        strong = True  # scorecards: "c Healy b McGrath", "Jayasuriya ( Sri Lanka )", "Vaas 7-0-29-0"
    elif not bad and not lex.common(f, 4.0) and lex.is_name(f) and f not in lex.lone_blockers:
        # "Easley said", "Bergkamp 34"
        nxt = toks[e].folded if e < len(toks) else ""
        gap = text[t.end : toks[e].start] if e < len(toks) else ""
        if gap == " " and nxt in lex.speech_verbs and nxt not in ("and", "who", "is", "was", "has", "had"):
            strong = True
    if (
        not strong
        and not bad
        and not titled
        and all(toks[x].folded in lex.months for x in range(e, cj))  # "said Merkel Friday"
        and _lone_cue(doc, lex, k, e)
    ):
        strong = True  # "Trump said", "said Obama", "Merkel's spokesman"
    if strong:
        return "accept"
    if never:
        return "drop"
    return "surname" if other else "defer"


_POSSESSIVE_DETS = frozenset(("his", "her", "their", "my", "our", "your", "its"))


def _kin_before(doc: _Doc, lex: Lexicon, k: int) -> bool:
    """``her husband Todd``, ``their daughter Bristol``, ``his lawyer Heller``: a kin or
    role noun after a possessive determiner names the person right after it."""
    if k < 2:
        return False
    toks, text = doc.toks, doc.text
    det, role = toks[k - 2], toks[k - 1]
    return (
        det.folded in _POSSESSIVE_DETS
        and (det.text.islower() or k - 2 in doc.sent_start)
        and role.folded in lex.lone_roles
        and role.text.islower()
        and text[det.end : role.start] in _SPACE
        and text[role.end : toks[k].start] in _SPACE
    )


_NAME_SHAPE = compile_pattern(r"(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
_SPACE = (" ", "\u00a0")
#: An age in commas after a name, also as tokenised text writes it (``Comeaux , 49 ,``).
_AGE = compile_pattern(r" ?, ([0-9]{2}) ?,")
_LONE_BEFORE = frozenset(("the", "a", "an", "of", "for", "de", "&", "from", "in", "at", "to", "by"))


def _lone_word_ok(doc: _Doc, lex: Lexicon, t: Tok) -> bool:
    """Could this lone capitalised word be a person's name (not a place, outlet, company,
    month, role word or ordinary English word)?"""
    f = t.folded
    if not _NAME_SHAPE.fullmatch(t.text) or len(f) < 3 or doc.caps_line(t.start):
        return False
    if (
        f in lex.lone_blockers
        or _placeish(lex, f)
        or f in lex.demonyms
        or f in lex.org_cues
        or f in lex.months
        or f in lex.stop_caps
        or f in lex.title_words
        or f in lex.speech_verbs
        or f in lex.particles
    ):
        return False
    if lex.is_name(f):
        if f.endswith("s") and lex.common(f[:-1], 5.0):
            return False  # "Figures said"
        return not lex.common(f, 5.2)
    if lex.common(f, 4.3):
        return False
    if f not in lex.zipf and not (len(f) > 4 and f.endswith(lex.lone_endings)):
        return False  # unknown word, not shaped like a surname: "Cofinec said"
    for stem in (f[:-1], f[:-2]) if f.endswith("s") else ():
        if lex.common(stem, 2.5):
            return False  # "Officials said", "Analysts told", "Witnesses said"
    return True


def _lone_cue(doc: _Doc, lex: Lexicon, k: int, e: int, attributive_only: bool = False) -> bool:
    """Strong context for a one-word name never written in full: ``Trump said``, ``Merkel
    also told``, ``said Obama.``, ``Merkel's spokesman``."""
    if e != k + 1:
        return False
    toks = doc.toks
    text = doc.text
    t = toks[k]
    if not _lone_word_ok(doc, lex, t):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if (
        nxt is not None
        and not t.possessive
        and lex.is_name(t.folded)
        and nxt.folded in lex.lone_attributive
        and nxt.text.islower()
        and text[t.end : nxt.start] in _SPACE
    ):
        return True  # "the Clinton campaign", "Trump aides said"
    if attributive_only:
        return False
    if k > 0 and toks[k - 1].folded in _LONE_BEFORE and text[toks[k - 1].end : t.start] in _SPACE:
        return False  # "The Kremlin said", "the Guardian told", "Bank of Canada said"
    if k > 0 and text[toks[k - 1].end : t.start].strip() in ("&", "+"):
        return False  # "Bailey & Glasser, who"
    if t.possessive:
        return (
            nxt is not None
            and nxt.folded in lex.lone_roles
            and nxt.text.islower()
            and (lex.is_name(t.folded) or not lex.common(t.folded, 3.0))
        )
    if _lone_verb_after(doc, lex, k) or _opens_headline(doc, lex, k) or _person_clause_after(doc, lex, k):
        return True
    # "Merkel, 64, said": an age in commas
    m = _AGE.match(text, t.end)
    if m and 15 <= int(m.group(1)) <= 99:
        return True
    # "Trump, who ..." (a relative pronoun only people take)
    if nxt is not None and nxt.folded == "who" and text[t.end : nxt.start] == ", ":
        return True
    return _lone_verb_before(doc, lex, k)


def _lone_verb_after(doc: _Doc, lex: Lexicon, k: int) -> bool:
    """A reporting verb right after the word, at most two adverbs between: "Trump said",
    "Trump also told", "Trump has argued"."""
    toks, text = doc.toks, doc.text
    j = k + 1
    prev = toks[k]
    while j < len(toks) and j - k <= 2:
        w = toks[j]
        if text[prev.end : w.start] not in _SPACE or not w.text.islower():
            break
        if w.folded in lex.lone_verbs:
            return True
        if w.folded not in lex.lone_adverbs:
            break
        prev = w
        j += 1
    return False


def _person_clause_after(doc: _Doc, lex: Lexicon, k: int) -> bool:
    """The word is the subject of a clause only a person fits: ``Bush tweaked his knee``
    (a verb, then a pronoun of a person's own), ``Jackson was arrested``, ``Jackson
    arrested`` (a participle only people take, see ``lone_person_verbs``)."""
    m = _PERSON_CLAUSE.match(doc.text, doc.toks[k].end)
    if m is None:
        return False
    if m.group(1) is not None:
        return m.group(1) not in _NOT_VERBS
    return m.group(2) in lex.lone_person_verbs


#: After the word: one lower-case word and a pronoun of a person's own ("tweaked his",
#: "hurt herself"), or a participle, a form of "be" before it or none ("was arrested").
_PERSON_CLAUSE = compile_pattern(
    r" (?:(\p{Ll}+) (?:his|her|himself|herself)\b"
    r"|(?:(?:was|is|has been|had been|have been|being) )?(\p{Ll}+)\b)"
)
#: Words between a name and "his" that make the name no subject of a person's clause ("to
#: Jackson with his family", "Jordan is her second home").
_NOT_VERBS = frozenset(
    "with for to from in at on by of and or but as than after before near into onto about like"
    " is was were are be been became remains".split()
)


def _opens_headline(doc: _Doc, lex: Lexicon, k: int) -> bool:
    """The word opens the article's headline, a verb of headlines after it: "Putin to visit
    N. Korea", "Putin visits Hanoi"."""
    toks, text = doc.toks, doc.text
    t = toks[k]
    if k != 0 or k + 1 >= len(toks) or text[: t.start].strip() != "":
        return False
    nl = text.find("\n", t.end)
    line = text[t.end : nl if nl >= 0 else len(text)].rstrip()
    if not line or line[-1] in ".!?\"”":
        return False
    j = k + 1
    if toks[j].folded == "to" and text[t.end : toks[j].start] in _SPACE and j + 1 < len(toks):
        j += 1
    w = toks[j]
    return w.folded in lex.lone_headline_verbs and w.text.islower() and text[toks[j - 1].end : w.start] in _SPACE


def _lone_verb_before(doc: _Doc, lex: Lexicon, k: int) -> bool:
    """A reporting verb right before the word, the clause ending or a date after it:
    "..., said Obama.", "said Obama on Monday", "said Obama Friday"."""
    if k == 0:
        return False
    toks, text = doc.toks, doc.text
    t, p = toks[k], toks[k - 1]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if p.folded in lex.lone_verbs_after and p.text.islower() and text[p.end : t.start] in _SPACE:
        after = text[t.end : t.end + 4]
        if after[:1] in ("", ".", ",", ";", "\n") or after in (" on ", " in ", " at ") or after[:4] == " aft":
            return True
        if nxt is not None and nxt.folded in lex.months and text[t.end : nxt.start] in _SPACE:
            return True
    return False


_PLACE_PREPS = frozenset(("in", "near", "from", "at", "outside"))


def _place_prep_before(doc: _Doc, k: int) -> bool:
    """``supporters in Lagos said``: a place name that is also a surname, right after a
    preposition of place, is the place."""
    if k == 0 or doc.toks[k].possessive:
        return False  # "in Jordan's film" is a person's
    p = doc.toks[k - 1]
    return p.folded in _PLACE_PREPS and p.text.islower() and doc.text[p.end : doc.toks[k].start] in _SPACE


def _plural_head(lex: Lexicon, f: str) -> bool:
    return len(f) > 4 and f.endswith("s") and f[:-1] in lex.title_heads


def _roman(w: str) -> bool:
    return 0 < len(w) <= 4 and all(c in "IVX" for c in w)


def _initial(doc: _Doc, t: Tok) -> bool:
    """``J.`` in ``J. Smith``, ``P.B.`` in ``P.B. Balaji``."""
    return (len(t.text) == 1 and t.text.isupper() and doc.text[t.end : t.end + 1] == ".") or _initials(doc, t)


#: Initials written together, the last dot left to the text (``P.B``, ``J.R.R``).
_INITIALS = compile_pattern(r"\p{Lu}(?:\.\p{Lu}){1,3}")


def _initials(doc: _Doc, t: Tok) -> bool:
    """Initials written together before a name: not an abbreviation of a place or a
    company form (``U.S.``, ``S.A.``), and followed by a surname or a rare word, never a
    role or an ordinary word (``U.N. Council``)."""
    if doc.text[t.end : t.end + 1] != "." or _INITIALS.fullmatch(t.text) is None:
        return False
    lex = lexicon()
    if t.folded in lex.dotted_abbreviations:
        return False
    m = _NEXT_WORD.match(doc.text, t.end + 1)
    if m is None:
        return False
    f = m.group(1).lower()
    return f not in lex.title_words and (f in lex.surnames or not lex.common(f, 3.5))


_NEXT_WORD = compile_pattern(r" (\p{Lu}[\p{L}'’-]+)")


def _dismissal_before(doc: _Doc, lex: Lexicon, k: int) -> bool:
    """Cricket scorecards: ``c Healy b McGrath``, ``st Moin Khan``."""
    if k == 0 or doc.toks[k].possessive:
        return False  # "in Jordan's film" is a person's
    p = doc.toks[k - 1]
    return p.text in lex.dismissal_marks and doc.text[p.end : doc.toks[k].start] == " "


#: A bowler's figures in a cricket scorecard: overs, maidens, runs, wickets (``9.5-0-44-1``).
_BOWLING = compile_pattern(r" \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")


def _bowling_after(doc: _Doc, k: int) -> bool:
    """Cricket scorecards: a name right before its bowling figures (``Vaas 7-0-29-0``)."""
    return _BOWLING.match(doc.text, doc.toks[k].end) is not None


#: A goal's minute after a scorer's name: ``Bode 34``, ``Moeller 23 pen``, ``Pizzi ( 2nd minute )``.
_MINUTE = compile_pattern(
    r"(?m) (?:\( )?\d{1,3}(?:st|nd|rd|th)?(?: (?:pen|penalty|minute|min|o\.g\.|og))?(?= ?[,;)](?!\d)| ?$| \.(?!\d))"
)
_SCORERS = compile_pattern(r"(?i)\bscorers?\b")
#: How far back a bracket of scorers opens (characters).
_SCORERS_SPAN = 200
#: How many lines a ``Scorers`` heading covers (one line a team: ``Brazil - Giovanni ( 14th )``).
_SCORERS_LINES = 3
_ORDINAL_MINUTE = compile_pattern(r" \d{1,3}(?:st|nd|rd|th)\b")


def _scorer(doc: _Doc, k: int) -> bool:
    """Soccer results: a lone name followed by the minute of its goal is a scorer, when the
    line (or the one before) is headed ``Scorers`` or the name stands in brackets after a
    team's score (``Bremen 2 ( Bode 34 , Labbadia 67 )``). A cricket total is followed by its details in brackets (``Durham 114 (
    S. Watkin 4-28 )``), a goal's minute is not."""
    t = doc.toks[k]
    minute = _MINUTE.match(doc.text, t.end)
    if minute is None:
        return False
    ln = doc.line_of(t.start)
    if any(doc.scorers_line(x) for x in range(max(0, ln - _SCORERS_LINES), ln + 1)):
        return True
    s = max(doc.line_starts[ln], t.start - _SCORERS_SPAN)  # a bracket of scorers is short
    opened = doc.text.rfind("(", s, t.start)
    if opened < 0 or doc.text.find(")", opened, t.start) >= 0:
        return False
    # a substitute in a line-up, ordinal minute: "Davino ( Becerril 46th )"
    return doc.text[s:opened].rstrip()[-1:].isdigit() or _ORDINAL_MINUTE.match(minute.group()) is not None


def _country_after(doc: _Doc, lex: Lexicon, e: int) -> bool:
    """Results tables: a name followed by its country in brackets, ``( Germany )``."""
    text = doc.text
    toks = doc.toks
    if e >= len(toks) or e == 0:
        return False
    gap = text[toks[e - 1].end : toks[e].start].strip()
    if gap != "(":
        return False
    j = e
    words = []
    while j < len(toks) and j - e < 3:
        words.append(toks[j].folded)
        after = text[toks[j].end : toks[j + 1].start if j + 1 < len(toks) else len(text)].strip()
        if after.startswith(")") or after.replace(" ", "").startswith(".)"):  # "( U.S. )"
            w = " ".join(words)
            return w in lex.places or w in lex.demonyms or (len(words) == 1 and toks[e].text.isupper())
        if after and after != ".":
            return False
        j += 1
    return False


def _after_determiner(doc: _Doc, lex: Lexicon, ci: int) -> bool:
    """``the Aurus Senat``, ``a high-end Aurus Senat``: a determiner (and lower-case
    non-role words) right before the run marks a thing, not a person; a sentence's
    capitalised first ``The`` too."""
    toks = doc.toks
    j = ci - 1
    while j >= 0 and ci - j <= 3:
        t = toks[j]
        if doc.text[t.end : toks[j + 1].start] not in (" ", "\u00a0"):
            return False
        if t.folded in _DETS and (t.text.islower() or (j in doc.sent_start and j == ci - 1)):
            return True  # "the Tana River", and "The Jordan River flooded" opening a sentence
        if not t.text.islower():
            return False
        if t.folded in lex.title_words or t.folded in lex.speech_verbs or t.folded in lex.stop_caps:
            return False
        j -= 1
    return False


def _end(doc: _Doc, names: Sequence[Tok]) -> int:
    last = names[-1]
    e = last.end
    if last.folded in ("jr", "sr") and doc.text[e : e + 1] == ".":
        e += 1
    return e
