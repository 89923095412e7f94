"""Allegation/denial pairs across the articles of a story.

A denial contests a proposition, not a whole topic: "both nations deny" the charge of
supplying arms, not the war it was supplied for. A denial is paired with

* the claim it answers (``responds_to``, read by the claims linker), and
* an allegation by another source, in any article, about the same proposition. What is
  alleged decides, not only shared words: the same story event and a shared content word
  that is not a name; two shared content words (``... steered contracts to any company``);
  the same verb in its participle (``had been misused``); the same *act class* in other
  words (``found no evidence of fraud`` / ``the tally had been doctored``: classes are data,
  ``act_classes``); or a bare denial (``called the accusations baseless``) by the one the
  allegation accuses. An assertion that an act of such a class happened is an allegation,
  and so is any assertion a denial repeats nearly word for word (``repeated_words`` content
  words in common);
* the claims of the named voice of a described accuser it answers (``Opposition lawmakers
  accused ...`` / ``Deputy Lucía Ferreyra said``: :mod:`newskit.story.voices`);
* for a plea, the charges: an allegation that charges were brought (``have been charged
  with fraud``), in any article, or the allegation next to it in its own.

A court or a judge rules on a charge between the parties (``the district court dismissed the
claim``, ``the judge found that ...``): its claims are on neither side of a pair
(``contested.json`` ``adjudicators``).

Denials come in many forms (the claims linker reads them): ``denied``, a plea (``pleaded
not guilty``), calling a charge false (``called the charges baseless``), an official
finding (``an audit found no evidence that ...``). Connected pairs make one ``contested``
finding, labelled ``allegation/denial``, naming who alleges and who denies, with outlets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

import attrs
import regex

from newskit import grammar
from newskit.actors import place_country
from newskit.datafiles import package_json
from newskit.model import Claim, Finding, SpanRef
from newskit.story._common import name_key
from newskit.story.acronyms import initials_of, without_initials
from newskit.story.claim_amounts import amounts
from newskit.story.negated_acts import negated_act_pairs
from newskit.story.parties import party_words
from newskit.story.reported_denials import reported_denials
from newskit.story.summary import says
from newskit.story.told_defences import told_defence_pairs
from newskit.story.voices import denial_voices, described_voices, name_denial_speakers, party_voices
from newskit.text import has_word, match_ahead, may_occur

__all__ = ["allegation_denials", "name_spokesmen"]

_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_PARTICIPLE = regex.compile(r"(?<![\p{L}'’-])\p{Ll}{4,}ed(?![\p{L}'’-])")
#: a hedged allegation (``suggested the track might have been tampered with``) accuses too
_AUX_PARTICIPLE = regex.compile(r"(?<![\p{L}'’-])(?:had|have|has|been|was|were|be|being)\s+(?:\p{Ll}+ly\s+)?"
                                r"(\p{Ll}{4,}ed)(?![\p{L}'’-])")
_ACCUSING = ("alleges", "reports", "asserts", "confirms", "predicts")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "contested.json")
    return data


@cache
def _stopwords() -> frozenset[str]:
    """The words no proposition is compared by (``stopwords``), made a set once."""
    return frozenset(_data()["stopwords"])


#: names and claim texts whose readings are kept (a story names a few dozen sources; the
#: bound keeps a long stream of stories from growing the caches)
_NAMES_KEPT = 4096


@lru_cache(maxsize=_NAMES_KEPT)
def _stems(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(all content stems, stems of words that are not names): names are shared by
    every claim of a story, so they never make two claims one proposition. Kept per text:
    every denial of a story asks again for its own and for each claim it is compared with."""
    d = _data()
    stop = _stopwords()
    n, k = int(d["min_word"]), int(d["stem_length"])
    every: set[str] = set()
    common: set[str] = set()
    for w in _WORD.findall(text):
        low = w.lower().replace("’", "'").removesuffix("'s")
        if len(low) < n or low in stop:
            continue
        every.add(low[:k])
        if w[:1].islower():
            common.add(low[:k])
    return frozenset(every), frozenset(common)


def _phrase(phrase: str) -> str:
    """One act phrase of the data as a pattern: ``x*`` any word starting with x, ``...`` up
    to three words."""
    parts = []
    for tok in phrase.split():
        if tok == "...":
            parts.append(r"(?:[\p{L}\p{N}'’-]+\s+){0,3}?")
        elif tok.endswith("*"):
            parts.append(regex.escape(tok[:-1]) + r"[\p{L}'’-]*\s+")
        else:
            parts.append(regex.escape(tok) + r"\s+")
    return "".join(parts)[:-3]  # no space after the last word


@cache
def _act_patterns() -> tuple[tuple[str, Any], ...]:
    # a hyphen binds: "comrades-in-arms" speaks of no arms
    return tuple((name, regex.compile(r"(?<![\p{L}\p{N}-])(?:" + "|".join(_phrase(p) for p in phrases)
                                      + r")(?![\p{L}\p{N}]|-\p{L})", regex.I))
                 for name, phrases in sorted(_data()["act_classes"].items()))


@lru_cache(maxsize=_NAMES_KEPT)
def _acts(text: str) -> frozenset[str]:
    """The classes of act a claim speaks of (``data/contested.json``: ``act_classes``);
    kept per text, as :func:`_asserted_acts`: every denial of a story asks again."""
    return frozenset(name for name, pat in _act_patterns() if pat.search(text))


_NEGATED = regex.compile(r"(?<![\p{L}])(?:not|never|no|n['’]t)(?:\s+[\p{L}'’-]+){0,2}\s+$", regex.I)


@lru_cache(maxsize=_NAMES_KEPT)
def _asserted_acts(text: str) -> frozenset[str]:
    """The classes of act a claim says were done: ``the government would not pay ransom``
    speaks of a ransom and alleges none. Kept per text (a bounded cache): the pairing reads
    each allegation's twice, and each denial's acts once per denial that cites it."""
    return frozenset(name for name, pat in _act_patterns()
                     if any(not _NEGATED.search(text, max(0, m.start() - 30), m.start()) for m in pat.finditer(text)))


def _same_proposition(a: Claim, a_common: frozenset[str], d: Claim,
                      d_words: tuple[frozenset[str], frozenset[str]],
                      participles: tuple[frozenset[str], frozenset[str]]) -> bool:
    """One proposition: a shared content word within one story event, two shared words,
    or the same verb in its participle (``the money had been misused`` / ``misused
    public funds``): the predicate is what is alleged, its subject may be named otherwise
    (``the ferry`` / ``the vessel``)."""
    shared = a_common & d_words[1]
    if a.about is not None and a.about == d.about:
        return bool(shared)
    return len(shared) >= 2 or bool(participles[0] & participles[1])


def _participles(text: str, pattern: Any = _PARTICIPLE) -> frozenset[str]:
    """Stems of the ``-ed`` verb forms of a text that say something (not its stopwords);
    with ``_AUX_PARTICIPLE`` only those after an auxiliary (``had locked``, ``had been
    locked``; not the adjective of ``a banned substance``)."""
    stop = frozenset(_data()["stopwords"])
    k = int(_data()["stem_length"])
    return frozenset(w.lower()[:k] for w in pattern.findall(text) if w.lower() not in stop)


def _acronym(name: str) -> str:
    """The initials of a body's capitalised words (``Competition and Markets Authority``:
    ``CMA``), by which later sentences name it; empty for fewer than two (three letters at
    least are used: ``US`` is also a word)."""
    caps = initials_of(name)
    return caps if len(caps) >= 2 else ""


def _names_accuser(a: Claim, d: Claim) -> bool:
    """A denial that names whose allegation it answers: ``rejected Reis's allegations``,
    ``denied claims by former minister Ana Reis``, ``claims from Reis``, ``described the CMA's analysis as flawed`` (a body named by
    its initials)."""
    source, initials = without_initials(a.source or "")
    last = source.split()[-1] if source else ""
    if len(last) < 3:
        return False
    person = a.source_type == "person"
    voice = person and " of " in source  # a person with the body they speak for
    names = {last.rstrip("'’")} | (party_words(source, person) if voice or not person else set())
    short = (initials or _acronym(source.split(" of ", 1)[1] if voice else source)) if voice or not person else ""
    words = [*sorted(names), short] if len(short) >= 3 else sorted(names)
    if not may_occur(d.text, words):
        return False  # a denial holding none of the name's words compiles nothing
    return any(_names_at(d.text, m.start(), m.end()) for w in words
               for m in _name_word(w).finditer(d.text, overlapped=True))


@lru_cache(maxsize=_NAMES_KEPT)
def _name_word(word: str) -> regex.Pattern[str]:
    """A word of an accuser's name (its last word, a word of its party, its initials), any
    case, compiled once per word: a few letters, where the three patterns compiled around
    each name were a twentieth of building a story (a story's names are its own)."""
    return regex.compile(regex.escape(word), regex.I)


#: no letter right before a position, or right after it
_NO_LETTER_BEFORE = regex.compile(r"(?<![\p{L}])", regex.I)
_NO_LETTER_AFTER = regex.compile(r"(?![\p{L}])", regex.I)
#: what follows a name that owns a charge: a possessive (``Reis's allegations``)
_POSSESSIVE_AFTER = regex.compile(r"['’]s?\s", regex.I)
#: what comes before a name that made a charge: ``by`` or ``from`` and up to three words
#: (``claims by former minister <Ana Reis>``)
_AGENT_BEFORE = regex.compile(r"(?<=\b(?:by|from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?)", regex.I)


@cache
def _charge_after() -> regex.Pattern[str]:
    """A charge noun after a name that holds it (``police allegations``)."""
    return regex.compile(r"s?\s+(?:" + _charge_nouns() + r")(?![\p{L}])", regex.I)


def _names_at(text: str, start: int, end: int) -> bool:
    """Whether the name's word at ``start``-``end`` names the accuser of a charge: its
    possessive (``Reis's allegations``), after ``by`` or ``from`` (``claims by former
    minister Ana Reis``) or before a charge noun (``the police allegations``). Each test is
    read at the word, on either side of it, by one pattern compiled once: the same as a
    pattern with the name inside it, searched through the text."""
    # each read bounded where its match can lie: the look-behinds end at the word, a
    # possessive is three characters at most, the look-ahead one; a charge noun after the
    # name reads to the end of the claim's text (a sentence), as the pattern around the name did
    if _NO_LETTER_BEFORE.match(text, start, start) is not None and (
            _POSSESSIVE_AFTER.match(text, end, end + 3) is not None
            or _charge_after().match(text, end, len(text)) is not None):
        return True
    return _NO_LETTER_AFTER.match(text, end, end + 1) is not None and _AGENT_BEFORE.match(text, start, start) is not None


def _accuses(a: Claim, denier: str | None) -> bool:
    """Whether the allegation names the denier as the one who did it (``accused Orvex of``,
    ``alleged that Orvex had ...``): the denier's name, its first word or, for a person, the
    surname, in its text."""
    if not denier:
        return False
    # "The AEB" is named by AEB: a capitalised "The" opens half the sentences of a story
    words = [w for w in without_initials(denier)[0].split() if w.lower() not in _DETERMINERS] or [""]
    names = {words[0], words[-1]} if a.source_type == "person" or len(words) == 2 else {words[0]}
    # a whole word, found by substring search (no pattern compiled per denier's name)
    return any(len(w) >= 3 and w[:1].isupper() and has_word(a.text, w) for w in names)


@cache
def _subject_pattern() -> Any:
    """The subject of a claim's clause and a past act of it: up to five words before
    ``had`` and a verb (``Halloway's had ignored``, ``a Kyrgyz drone had struck``), a past
    form (``Lumora failed to``) or an irregular one (``Velantis knew``, ``the firm hid``:
    data ``irregular_past``); not ``had no record``, ``had "a score to settle"``, ``has
    halted``."""
    irregular = "|".join(regex.escape(w) for w in sorted(_data()["irregular_past"], key=len, reverse=True))
    return regex.compile(r"(?P<subj>(?:[\p{L}\p{N}'’&.-]+\s+){0,4}?[\p{L}\p{N}'’&.-]+)\s+"
                         r"(?:had\s+(?:been\s+)?(?:\p{Ll}+ly\s+)?(?!(?:the|any|some|its|his|her|their|our|not|never|"
                         r"no|been|nothing|to)(?![\p{L}]))\p{Ll}{3,}|\p{Ll}{3,}ed|" + irregular + r")(?![\p{L}'’-])")


_DETERMINERS = grammar.DETERMINERS
_AND = regex.compile(r"\s+and\s+")


def _party_words(party: str) -> frozenset[str]:
    """The words that name a party in a clause: the first word of a body, the surname of a
    person, each conjunct of ``X and Y``, the country word of ``Kyrgyz Defence Ministry``
    (its soldiers, drones and officials are that party too)."""
    out: set[str] = set()
    for part in _AND.split(without_initials(party)[0]):
        words = [w.removesuffix("'s").removesuffix("’s") for w in part.split()]
        words = [w for w in words if w.lower() not in _DETERMINERS]
        out |= {w for w in (words[:1] + words[-1:]) if len(w) >= 3 and w[:1].isupper()}
    return frozenset(out)


def _accused_subject(a: Claim, denier: str | None, roles: Sequence[tuple[str, str]] = ()) -> bool:
    """Whether an assertion says the denier did something: the denier's party is the
    subject of its clause (``Halloway's had ignored requests``, ``a Kyrgyz drone had
    struck a school``), or a definite noun its article names the denier by (``roles``,
    :func:`_role_names`: ``the owner had skipped the check``), so a denial by that party
    answers it even when no cue said "alleged" - when the denial points back at a charge,
    says only that it is false, shares a content word with it, or answers another claim of
    the same article (in another article a denial of something else says nothing of this
    act)."""
    if not denier:
        return False
    parties = _party_words(denier)
    for m in (match_ahead(_subject_pattern(), a.text, k) for k in _clause_starts(a.text)):
        if m is None:
            continue
        subject = {w.removesuffix("'s").removesuffix("’s") for w in m.group("subj").split()}
        if any(_same_stem(w, p) for w in subject for p in parties):
            return True
        said = " ".join(m.group("subj").lower().split())
        if any((said == role or said.endswith(f" {role}")) and _same_party(who, denier) for role, who in roles):
            return True
    return False


#: a definite common noun a claim's source is named by (``a claim the owner denies``)
_ROLE_NAME = regex.compile(r"[Tt]he(?:\s+\p{Ll}[\p{Ll}'’-]*){1,2}")


def _role_names(claims: Sequence[Claim]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Article -> (a definite common noun, the source it names) for each claim whose text
    names its source by such a noun (``a claim the owner denies``: the owner is Stoyan
    Markov): in that article the noun names that party as a subject too."""
    out: dict[str, dict[tuple[str, str], None]] = {}
    for c in claims:
        ref = " ".join((c.source_ref.text if c.source_ref is not None else "").split())
        if c.source and _ROLE_NAME.fullmatch(ref) and name_key(ref) != name_key(c.source):
            out.setdefault(c.article, {})[ref.lower(), c.source] = None
    return {art: tuple(pairs) for art, pairs in out.items()}


#: a clause a claim embeds after a subordinator (``would ask UEFA to investigate whether
#: Estrela had overstated the fee``): its subject did the act as much as the claim's own
_EMBEDDED = regex.compile(r"(?<![\p{L}])(?:whether|that|if)\s+(?=\p{Lu})")


#: the gap after a sentence of a quote (``Nobody listens to us. The company dumped ...``): a
#: full stop after a small letter or a digit (not an initial's, ``U.S. Navy``), then a capital
_SENTENCE = regex.compile(r"(?<=[\p{Ll}\p{N}][.!?][\"”’']?)\s+(?=[\"“‘]?\p{Lu})")


def _clause_starts(text: str) -> list[int]:
    """Where a claim's clauses start: its own, each clause embedded after ``whether``,
    ``that`` or ``if`` whose subject is a name, and each further sentence of a quote (a
    voice's verdict first, then the act: ``"This was no accident. The company dumped the
    sludge at night"``)."""
    return [0, *(m.end() for m in _EMBEDDED.finditer(text)), *(m.end() for m in _SENTENCE.finditer(text))]


def _same_stem(a: str, b: str) -> bool:
    """One name and its adjective or country form (``Kestria`` / ``Kestrian``, ``Kyrgyz``
    / ``Kyrgyzstan``): one is the other with a short ending, both capitalised."""
    short, long_ = sorted((a, b), key=len)
    return short[:1].isupper() and len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 5


@cache
def _charge_pattern() -> Any:
    """A charge a denial points back at: a charge noun after a determiner or a possessive
    (``rejected the union's accusations``), or a bare plural one that its clause says more
    of (``dismissed as "false" allegations that it had ...``, ``denied claims by ...``)."""
    every, plural = _charge_nouns(), _charge_nouns(plural=True)
    return regex.compile(r"(?<![\p{L}])(?:(?:the|these|those|such|all|both|any|this|that|its|his|her|their|[\p{L}-]+['’]s?)\s+"
                         r"(?:[\p{L}-]+\s+){0,2}?(?:" + every + r")|(?:" + plural + r")(?=\s+(?:that|of|by|from|about)\s))"
                         r"(?![\p{L}])", regex.I)


def _answers_charge(d: Claim) -> bool:
    """Whether a denial points back at a charge it answers (``rejected the allegation``,
    ``denied the union's accusations``, ``denied this``): then it answers whoever accuses
    its source, whatever else it says (``..., saying its safety record was among the
    best``)."""
    return _charge_pattern().search(d.text, 0, 160) is not None or _denies_this(d)


#: a demonstrative as all a denial's cue takes (``denied this.``, ``rejected that on
#: Friday``): what was just said is the charge (not ``denied that it had ...``)
_THIS = regex.compile(r"\s+(?:this|that|it)(?:\s*[,.;:]|\s*$|\s+(?:on|again|outright|flatly)(?![\p{L}]))", regex.I)


def _denies_this(d: Claim) -> bool:
    """Whether a denial's cue takes only a demonstrative (``Summit Travel, based in Leeds,
    denied this``)."""
    at = d.text.find(d.cue) if d.cue else -1
    return at >= 0 and match_ahead(_THIS, d.text, at + len(d.cue or "")) is not None


def _charge_nouns(plural: bool = False) -> str:
    """``contested.json`` ``charge_nouns`` (only the plural ones) as a regex alternation,
    longest first."""
    nouns = sorted(_data()["charge_nouns"], key=len, reverse=True)
    return "|".join(regex.escape(n) for n in nouns if not plural or n.endswith("s"))


@cache
def _plural_charge_pattern() -> Any:
    return regex.compile(r"(?<![\p{L}])(?:the|these|those|all|such|both)\s+(?:" + _charge_nouns(plural=True) + r")(?![\p{L}])",
                         regex.I)


@cache
def _own_charge_pattern() -> Any:
    """A charge noun and what it charges (``allegations of illicit arms transfers``,
    ``accusations that it was behind the attack``)."""
    return regex.compile(r"(?<![\p{L}])(?:" + _charge_nouns() + r")\s+(?:of|that|about|over)\s+\p{L}", regex.I)


def _names_its_charge(d: Claim) -> bool:
    """Whether a denial says what it denies after its charge noun (``denying allegations
    of illicit arms transfers``), not only that it is false (``rejected the accusation,
    saying its site met every condition``: the rest is its defence)."""
    return _own_charge_pattern().search(d.text, 0, 160) is not None


def _answers_all(d: Claim) -> bool:
    """Whether a denial points back at all the charges of its article (``Meridian rejected
    the claims``, ``denied these allegations``: a plural charge noun), not only the one
    at hand: every assertion before it there that says the denier did something is one."""
    return _plural_charge_pattern().search(d.text, 0, 160) is not None


def _unowned_charge(d: Claim) -> bool:
    """Whether a denial points back at a charge without saying whose (``Harbour Line denied
    the claim``; not ``rejected Rusk's claim``: that one answers Rusk only)."""
    return _answers_charge(d) and _owned_charge_pattern().search(d.text, 0, 160) is None


def _earlier(a: Claim, d: Claim) -> bool:
    """Claim ``a`` comes before the denial in the denial's article."""
    return a.article == d.article and a.end <= d.start


def _repeats(shared: frozenset[str], runs: frozenset[tuple[str, ...]], verbs: frozenset[str], repeat: int) -> bool:
    """Whether a denial repeats an assertion: ``repeat`` content words in common, a run of
    four words, or the same verb in its participle and another word (``police had closed
    the gates`` / ``denied that any gates had been closed``)."""
    return len(shared) >= repeat or bool(runs) or (bool(verbs) and len(shared) >= 2)


def _runs(text: str) -> frozenset[tuple[str, ...]]:
    """Runs of four words of a text holding two content words (``driver had been
    speeding``): a denial that repeats one repeats what it denies (``denied that the driver
    had been speeding``)."""
    d = _data()
    stop, n = _stopwords(), int(d["min_word"])
    words = [w.lower() for w in _WORD.findall(text)]
    return frozenset(tuple(words[i:i + 4]) for i in range(len(words) - 3)
                     if sum(len(w) >= n and w not in stop for w in words[i:i + 4]) >= 2)


def _generic(d: Claim, words: frozenset[str]) -> bool:
    """A denial that says nothing of what it denies but that it is false (``called the
    accusation a lie``, ``denied wrongdoing``): no content word of its own."""
    return len(words) <= int(_data()["generic_max_words"])


def _inside(a: Claim, d: Claim) -> bool:
    """Whether a claim lies in the denial's own span (``found no evidence that <the
    records had been deleted>``): what is denied, never an allegation answering it."""
    return a.article == d.article and a.start < d.end and d.start < a.end


@lru_cache(maxsize=_NAMES_KEPT)
def _same_party(a: str | None, b: str | None) -> bool:
    """Whether two sources are one party: one name, a person and the same person speaking
    for a body or a client (``Colin Ferris`` / ``Colin Ferris of Brightplate``, ``Ruth
    Adelman for Marcus Hale``), a body and its people named by one common noun
    (``Harrowgate Athletic officials``), two bodies of one government (``_one_government``),
    a name and the name with a description before it (``broadband operator Eirwave``), one
    speaker for one party named two ways (``X of Fadi Nassar`` / ``X for Nassar``),
    or a lone surname and the full name it ends (``Hale`` /
    ``Marcus Hale``: later outlets name a person by surname); ``Ashworth's`` is Ashworth.
    Kept per pair of names: a story compares its few dozen sources pair by pair again for
    every denial and every claim it may answer."""
    x, y = (v.removesuffix("'s").removesuffix("’s") for v in (a or "", b or ""))
    if name_key(x) == name_key(y) or any(x.startswith(f"{y} {w} ") or y.startswith(f"{x} {w} ") for w in ("of", "for")):
        return True
    short, long_ = sorted((x, y), key=len)
    if short and long_.startswith(f"{short} ") and regex.fullmatch(r"\p{Ll}+", long_[len(short) + 1:]):
        return True  # "Harrowgate Athletic officials" are Harrowgate Athletic
    if _one_government(x.split(), y.split()) or _described_name(short, long_) or _one_speaker(x, y):
        return True
    if _member_of(x, y) or _member_of(y, x):
        return True  # "Claire Whitcombe and Mark Dunmore" speak for Claire Whitcombe too
    lone, whole = (x, y) if len(x.split()) < len(y.split()) else (y, x)
    return len(lone.split()) == 1 and lone[:1].isupper() and len(whole.split()) in (2, 3) and \
        whole.split()[-1] == lone and all(w[:1].isupper() for w in whole.split())


#: a description set before a name in apposition (``broadband operator Eirwave``, ``Cafe chain
#: Brewline``, ``Kenya's Ministry of Health``): small-letter words, the first of them may be
#: capitalised, no preposition or conjunction among them (``critics of Eirwave`` are another
#: party); or a possessive alone
_DESCRIBED = regex.compile(r"(?:\p{L}[\p{L}'’-]*\s+)?(?:(?!(?:of|for|against|by|to|from|with|and|or)\s)\p{Ll}[\p{L}'’-]*\s+)+"
                           r"|\p{Lu}[\p{L}-]*['’]s\s+")


def _described_name(short: str, long_: str) -> bool:
    """Whether the longer source is the shorter, a name, with a description before it (one
    party: ``broadband operator Eirwave`` / ``Eirwave``)."""
    return short[:1].isupper() and long_.endswith(f" {short}") and \
        _DESCRIBED.fullmatch(long_, 0, len(long_) - len(short)) is not None


#: the joint of a speaker and the body or client they speak for
_SPEAKS_FOR = regex.compile(r"\s+(?:of|for)\s+")


def _one_speaker(x: str, y: str) -> bool:
    """Whether two sources are one speaker for one party named two ways (``Rania Haddad of
    Fadi Nassar`` / ``Rania Haddad for Nassar``): one person, who speaks for one party."""
    px, py = _SPEAKS_FOR.split(x, maxsplit=1), _SPEAKS_FOR.split(y, maxsplit=1)
    return len(px) == len(py) == 2 and px[0] == py[0] and px[1] != x and _same_party(px[1], py[1])


#: the joints of a list of sources (``A, B and C``)
_LIST_JOINT = regex.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _member_of(one: str, many: str) -> bool:
    """Whether ``one`` is a member of the list of sources ``many`` (``Mark Dunmore`` of
    ``Claire Whitcombe and Mark Dunmore``): speakers who speak together are one side."""
    members = _LIST_JOINT.split(many)
    return len(members) > 1 and name_key(one) in {name_key(m) for m in members}


@lru_cache(maxsize=_NAMES_KEPT)
def _one_side(a: str | None, b: str | None) -> bool:
    """Two sources of one party (:func:`_same_party`), or two that speak for one body: the
    body and a person of it (``Polaris Cruises`` / ``Anna Berg of Polaris Cruises``), or two
    persons of it. A denial that the claims linker reads as answering a claim is paired with
    it even so: a former employee of a firm accuses it (``a former Meridian engineer``).
    A person of a government's body speaks for its country too (``Eleni Vlachou of Greek
    Coast Guard`` / ``Greece``). Kept per pair of names, as :func:`_same_party`."""
    if _same_party(a, b):
        return True
    x, y = a or "", b or ""
    bx, by = (v.split(" of ", 1)[1] if " of " in v else v for v in (x, y))
    return (bx != x or by != y) and (name_key(bx) == name_key(by) or _one_government(bx.split(), by.split()))


def _one_government(x: Sequence[str], y: Sequence[str]) -> bool:
    """Two bodies of one government, or a country and its government's body: one country
    named first in both (``Tajik Defence Ministry`` / ``Tajik Foreign Ministry``,
    ``Kestria`` / ``Kestria's defence ministry`` / ``Kestrian defence ministry``; not
    ``Kyrgyz Defence Ministry`` / ``Tajik Defence Ministry``) and a government body's head
    ending each name that has more than the country."""
    heads = frozenset(_data()["government_heads"])
    if not x or not y or not x[0][:1].isupper() or not _one_owner(x[0], y[0]):
        return False
    if len(x) == 1 or len(y) == 1:
        body = y if len(x) == 1 else x
        return len(body) >= 2 and body[-1].lower() in heads
    return x[-1].lower() in heads and y[-1].lower() in heads


def _one_owner(a: str, b: str) -> bool:
    """Whether two words name one country: the same word, its possessive, or its people's
    adjective (``Kestria's`` / ``Kestrian``: the country's name opens the adjective, all but
    its last letter for a name the gazetteer does not know; ``Niger`` / ``Nigerian`` the
    gazetteer tells apart)."""
    x, y = (w.removesuffix("'s").removesuffix("’s") for w in (a, b))
    if x == y:
        return True
    cx, cy = place_country(x), place_country(y)
    if cx is not None or cy is not None:
        return cx == cy
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 4 and long_.startswith(short[:-1]) and len(long_) - len(short) <= 3


def _charges_before(d: Claim, accusing: Sequence[Claim]) -> list[Claim]:
    """What a denial that points back at a charge (``rejected the accusation``, ``said the
    charge was simply wrong``) answers besides the claim it responds to: the claims just
    before it in its article (``charge_window`` characters) by another party that allege,
    and the one right before it when it names the denier (``"The first sell orders came
    from Quantrix," said X. Quantrix rejected the accusation``: what was just said); a
    plural charge (``denied the claims``) takes every person's voice there that tells an
    act, not only the last."""
    window = int(_data()["charge_window"])
    near = sorted((a for a in accusing if a.end <= d.start and d.start - a.end <= window),
                  key=lambda a: (a.end, a.start))
    last = near[-1] if near else None
    every = _answers_all(d)
    run = _last_voice(near, d)
    return [a for a in near if not _one_side(a.source, d.source)
            and (a.stance == "alleges" or (a is last and (_accuses(a, d.source) or _voiced_before(a, d)))
                 or (every and _voiced_before(a, d)) or any(a is r for r in run))]


def _last_voice(near: Sequence[Claim], d: Claim) -> list[Claim]:
    """The claims of the last person who spoke before a denial that points back at a
    charge, when one of them tells an act (``ship-tracking data showed the tanker had
    slowed ...`` / ``"This was not an accident. It was sabotage," said X`` / ``Meridian
    denied the accusation``): a reporter gives the accuser's paragraph, its act and its
    verdict, then the answer; the verdict alone tells no act. Not when the denial says
    whose charge it answers and it is not this person's."""
    if not near or near[-1].source_type != "person":
        return []
    key = name_key(near[-1].source)
    run: list[Claim] = []
    for a in reversed(near):
        if name_key(a.source) != key:
            break
        run.append(a)
    if not any(_tells_act(a.text) for a in run):
        return []
    return run if _owned_charge_pattern().search(d.text, 0, 160) is None or _names_accuser(run[0], d) else []


#: a charge a denial says whose it is (``Hollis's allegation``, ``claims by analytics firm
#: Chainsight``): it answers that accuser, not whoever spoke last
_OWNED_CHARGE = (r"(?<![\p{L}])(?:\p{Lu}[\p{L}-]*['’]s?\s+(?:[\p{L}-]+\s+)?(?:CHARGE)(?![\p{L}])"
                 r"|(?:CHARGE)\s+(?:by|from)\s+(?:the\s+)?\p{L})")


@cache
def _owned_charge_pattern() -> regex.Pattern[str]:
    return regex.compile(_OWNED_CHARGE.replace("CHARGE", _charge_nouns()), regex.I)


def _voiced_before(a: Claim, d: Claim) -> bool:
    """Whether a person's words right before a denial that points back at a charge are the
    charge (``"They knew there were mines ...," Kalunga told AFP. The army denied the
    claim``): a reporter puts the accuser's voice before the answer, when the words tell
    an act done (a charge's shape; not ``"Prices will rise," said X``) or the denial takes
    only a demonstrative (``denied this``: what was just said). Not when the denial says
    whose charge it answers (``rejected claims by analytics firm Chainsight``) and it is
    not this person's."""
    if a.source_type != "person" or not (_tells_act(a.text) or _denies_this(d)):
        return False
    return _owned_charge_pattern().search(d.text, 0, 160) is None or _names_accuser(a, d)


#: a denial of two charges at once (``rejected both claims``)
_BOTH = regex.compile(r"(?<![\p{L}])both\s+(?:[\p{L}'’-]+\s+)?(?:claims|accusations|allegations|charges|criticisms)(?![\p{L}])",
                      regex.I)


def _both_before(d: Claim, accusing: Sequence[Claim]) -> list[Claim]:
    """What a denial of ``both claims`` answers: the claims of the last two parties before
    it in its article (``charge_window`` characters), other than the denier (``Sen.
    Whitfield said ... . The union said crews had been cut ... . The utility rejected both
    claims``)."""
    if _BOTH.search(d.text) is None:
        return []
    window = int(_data()["charge_window"])
    near = sorted((a for a in accusing if a.end <= d.start and d.start - a.end <= window
                   and not _one_side(a.source, d.source)), key=lambda a: (a.end, a.start), reverse=True)
    parties: list[str] = []
    out = []
    for a in near:
        key = name_key(a.source)
        if key not in parties:
            if len(parties) == 2:
                break
            parties.append(key)
        out.append(a)
    return out


def _echoed_before(d: Claim, accusing: Sequence[Claim], own: frozenset[str]) -> list[Claim]:
    """The claim right before a denial in its article (``charge_window`` characters), by
    another party, when the denial repeats a word of it that is no name (``"The orders were
    ignored," said X. Inmobiliaria Turia denied receiving any order ...``): a reporter puts
    the charge right before its answer, and the answer takes up its words."""
    window = int(_data()["charge_window"])
    near = [a for a in accusing if a.end <= d.start and d.start - a.end <= window]
    if not near:
        return []
    last = max(near, key=lambda a: (a.end, a.start))
    return [last] if not _one_side(last.source, d.source) and _stems(last.text)[1] & own else []


def _act_before(d: Claim, accusing: Sequence[Claim]) -> list[Claim]:
    """What a bare denial of wrongdoing with nothing at hand answers (``Tamu Tamu Caterers
    denied any negligence`` after ``inspectors had found that cooked chicken had been kept
    ... without refrigeration``, ``Alpenstraßen Tunnelbetrieb denied any wrongdoing`` after
    an outlet's ``the company that runs the tunnel failed to carry out two inspections``):
    the last assertion before it in its article (``charge_window`` characters), by another
    party, when it says an act was done (a past verb after an auxiliary, or a subject and
    its past act), with the claims of its clause (one finding, told by the body and by its
    inspectors)."""
    window = int(_data()["charge_window"])
    near = sorted((a for a in accusing if a.end <= d.start and d.start - a.end <= window
                   and not _one_side(a.source, d.source)), key=lambda a: (a.end, a.start))
    if not near or not _tells_act(near[-1].text):
        return []
    last = near[-1]
    return [a for a in near if a.end > last.start]


def _tells_act(text: str) -> bool:
    """Whether a claim says an act was done: a past verb after an auxiliary (``had been
    kept``) or a subject and its past act (``the company ... failed to carry out``)."""
    return bool(_participles(text, _AUX_PARTICIPLE)) or any(
        match_ahead(_subject_pattern(), text, k) is not None for k in _clause_starts(text))


@cache
def _plea_patterns() -> tuple[Any, Any]:
    """(a plea's cue, a charge brought): ``contested.json`` ``plea_cues`` and ``charge_acts``."""
    def compiled(key: str) -> Any:
        return regex.compile(r"(?<![\p{L}])(?:" + "|".join(_phrase(p) for p in _data()[key]) + r")(?![\p{L}])",
                             regex.I)

    return compiled("plea_cues"), compiled("charge_acts")


def _plea_answers(a: Claim, d: Claim) -> bool:
    """Whether a plea answers an allegation: a plea (``pleaded not guilty``, ``would plead
    not guilty``) answers the charges, so an allegation that charges were brought
    (``have been charged with fraud``, ``indicted``), in any article, or the allegation
    next to it in its own article (``Prosecutors charged Haldane in March, accusing him of
    ...``: the charge the plea answers)."""
    plea, charge = _plea_patterns()
    if not plea.search(d.cue or "") or a.stance != "alleges":
        return False
    return charge.search(a.text) is not None or charge.search(a.cue or "") is not None or _near(a, d)


def _near(a: Claim, d: Claim) -> bool:
    """Claim ``a`` lies in the denial's article within ``charge_window`` characters of it,
    before or after (``has denied a rival's claim ... . Dunn said that ...``). A denial
    pointing at a charge it does not repeat (``denied these allegations``, ``a charge both
    nations deny``) that has the charge at hand (the claim it responds to, an allegation just
    before it) answers assertions near it only: an assertion elsewhere in the story whose
    subject is the denier (``Putin reportedly arrived``) is no charge it answers. With no
    charge at hand (``Brenmoor rejected the accusation``) it answers the story's assertions
    that the denier did something."""
    gap = d.start - a.end if a.end <= d.start else a.start - d.end
    return a.article == d.article and gap <= int(_data()["charge_window"])


@attrs.frozen
class _Charges:
    """The story's accusing claims, read once for every denial (:func:`_pairs`): those that
    charge someone (``charged``) and the other assertions a denial may repeat (``plain``),
    each with the words it is compared by (keyed by ``id`` of the claim)."""

    by_id: dict[str, Claim]
    voices: dict[str, list[Claim]]
    in_article: dict[str, list[Claim]]
    roles: dict[str, tuple[tuple[str, str], ...]]
    charged: list[Claim]
    common: dict[int, frozenset[str]]
    acts: dict[int, frozenset[str]]
    verbs: dict[int, frozenset[str]]
    plain: list[Claim]
    plain_words: dict[int, frozenset[str]]
    runs: dict[int, frozenset[tuple[str, ...]]]
    plain_verbs: dict[int, frozenset[str]]


def _charges(claims: Sequence[Claim]) -> _Charges:
    """Read the accusing claims (module docstring): an assertion some denial answers is an
    allegation for every denial of it ("Survivors said the ferry had been overloaded" / "an
    inspection found no evidence that ..."), and so is one that an act of a wrongdoing class
    happened ("lawmakers said the election had been stolen"); any other assertion is one when
    a denial repeats it nearly word for word ("staff were pressured to delete trial records"
    / "no evidence that trial records had been deleted")."""
    answered = frozenset(d.responds_to for d in claims if d.stance == "denies" and d.responds_to)
    reports = reported_denials(claims)  # "her lawyer said her client denied ...": a denial, no charge
    accusing = [c for c in claims if c.stance in _ACCUSING and c.source and id(c) not in reports]
    in_article: dict[str, list[Claim]] = {}
    for c in accusing:
        in_article.setdefault(c.article, []).append(c)
    charged = [c for c in accusing if c.stance == "alleges" or c.id in answered or _asserted_acts(c.text)]
    plain = [c for c in accusing if c not in charged]
    return _Charges(
        by_id={c.id: c for c in claims if c.id}, voices=described_voices(claims, answered), in_article=in_article,
        roles=_role_names(claims),
        charged=charged, common={id(c): _stems(c.text)[1] for c in charged},
        acts={id(c): _asserted_acts(c.text) for c in charged}, verbs={id(c): _participles(c.text) for c in charged},
        plain=plain, plain_words={id(c): _stems(c.text)[1] for c in plain}, runs={id(c): _runs(c.text) for c in plain},
        plain_verbs={id(c): _participles(c.text, _AUX_PARTICIPLE) for c in plain})


def _pairs(claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """(allegation, denial) pairs: a denial answers the claim it responds to, and any
    allegation by another source of the same proposition (module docstring)."""
    claims = [c for c in claims if not _adjudicator(c.source)]
    ch = _charges(claims)
    out: list[tuple[Claim, Claim]] = []
    for d in claims:
        if d.stance != "denies" or not d.source:
            continue
        target = ch.by_id.get(d.responds_to or "")
        own = _stems(d.text)[1]
        out += _target_pairs(d, target, ch)
        before = _charges_at_hand(d, target, own, ch)
        out.extend((a, d) for a in before if a is not target)
        out += _charged_pairs(d, target, own, ch)
        # a denial with a charge of its own at hand points at it, not at the denier's news elsewhere
        out += _plain_pairs(d, target, own, target is not None or bool(before), ch)
    out += negated_act_pairs(claims, [c for cs in ch.in_article.values() for c in cs], _one_side,
                             int(_data()["charge_window"]))
    out += told_defence_pairs(claims, ch.charged, _one_side, _accuses, lambda t: _stems(t)[1])
    out += _unanswered(claims, out, ch)
    out += _this_pairs(claims, out, ch)
    return out + _spoken_for(out, claims) + _voiced(out, claims)


_SOURCE_WORD = regex.compile(r"[\p{L}][\p{L}-]*")


@lru_cache(maxsize=_NAMES_KEPT)
def _adjudicator(source: str | None) -> bool:
    """Whether a source is a court or a judge (``contested.json`` ``adjudicators``: ``Fukuoka
    District Court``, ``the judges``, ``Arvydas Vaitkūnas of Klaipėda District Court``): it
    rules on a charge between the parties (``the court rejected the claim``, ``the judge found
    that ...``) and is on neither side of a pair. Not a court's prosecutor, papers or
    auditors (``adjudicator_not``: ``court documents`` carry a party's charge)."""
    words = [w.lower() for w in _SOURCE_WORD.findall(source or "")]
    heads, others = frozenset(_data()["adjudicators"]), tuple(_data()["adjudicator_not"])
    return any(w in heads for w in words) and not any(w.startswith(others) for w in words)


def _unanswered(claims: Sequence[Claim], pairs: Sequence[tuple[Claim, Claim]], ch: _Charges) -> list[tuple[Claim, Claim]]:
    """A denial nothing else pairs answers what was said right before it: the last claim
    of its article by another party, ending within ``charge_window`` characters before it
    (``"They announce, they visit ... the money comes two years later," said X`` /
    ``Y rejected the accusation of slowness``; ``the state is slow to pay`` / ``the
    ministry again denied this``). A reporter sets the charge before its answer; a denial
    always denies something. Not when the denial says whose charge it answers and it is
    not that claim's (``rejected the airline's claim``, ``claims by a former employee``),
    nor a forecast, a confirmation, or an assertion that tells no act done unless the
    denial points back at a charge (``denied this``)."""
    paired = {d.id for _, d in pairs}
    out: list[tuple[Claim, Claim]] = []
    for d in claims:
        if d.stance != "denies" or not d.source or d.id in paired:
            continue
        last = _said_before(d, ch)
        if last is None:
            continue
        if last.stance != "alleges" and not _tells_act(last.text) and not _answers_charge(d):
            continue  # "it was too early to assign blame" charges no one
        if _owned_charge_pattern().search(d.text, 0, 160) is None or _names_accuser(last, d):
            out.append((last, d))
    return out


def _said_before(d: Claim, ch: _Charges) -> Claim | None:
    """The last allegation or assertion of the denial's article by another party, ending
    within ``charge_window`` characters before the denial: what was said right before it
    (of two ending together, the one who tells the other: ``X said staff had told him the
    wheel had been stopping``)."""
    window = int(_data()["charge_window"])
    before = [a for a in ch.in_article.get(d.article, ()) if a.end <= d.start and d.start - a.end <= window
              and not _inside(a, d) and not _one_side(a.source, d.source)]
    last = max(before, key=lambda a: (a.end, -a.start), default=None)  # a report's teller over who it reports
    return last if last is not None and last.stance in ("alleges", "asserts") else None


def _this_pairs(claims: Sequence[Claim], pairs: Sequence[tuple[Claim, Claim]], ch: _Charges) -> list[tuple[Claim, Claim]]:
    """A denial whose cue takes only a demonstrative (``Skyline Leisure denied this``)
    answers what was said right before it (:func:`_said_before`), whatever else it is
    paired with: ``this`` points at the sentence before, even where another party's
    charge elsewhere in the article is about the same act."""
    have = {(a.id, d.id) for a, d in pairs}
    out: list[tuple[Claim, Claim]] = []
    for d in claims:
        if d.stance != "denies" or not d.source or not _denies_this(d):
            continue
        last = _said_before(d, ch)
        if last is not None and (last.id, d.id) not in have:
            out.append((last, d))
    return out


def _target_pairs(d: Claim, target: Claim | None, ch: _Charges) -> list[tuple[Claim, Claim]]:
    """The claim the denial responds to (a claim no one made accuses no one), with the voice
    a lead describes as the accuser and names next: one party (not one who speaks for the
    denier: 'The brigade denied it. "We ...," said X')."""
    if target is None or not target.source or _same_party(target.source, d.source):
        return []
    return [(target, d), *((v, d) for v in ch.voices.get(target.id or "", ()) if not _one_side(v.source, d.source))]


def _charges_at_hand(d: Claim, target: Claim | None, own: frozenset[str], ch: _Charges) -> list[Claim]:
    """The allegations of the denial's article it answers as charges before it, or, for a
    generic denial with nothing else at hand, the act told before it."""
    accusing = ch.in_article.get(d.article, [])
    before = _charges_before(d, accusing) if _answers_charge(d) else []
    before += [a for a in _both_before(d, accusing) + _echoed_before(d, accusing, own) if a not in before]
    if target is None and not before and _generic(d, own) and not _acts(d.text):
        before = _act_before(d, accusing)
    return before


def _charged_pairs(d: Claim, target: Claim | None, own: frozenset[str], ch: _Charges) -> list[tuple[Claim, Claim]]:
    """The charges of the story the denial answers: a plea's charge, one naming its
    accuser, the same proposition, the same act, or, for a denial that answers a charge, one
    accusing its denier."""
    words = _stems(d.text + " " + (target.text if target is not None else ""))
    d_acts = _acts(d.text) or (_acts(target.text) if target is not None else frozenset())
    d_verbs = _participles(d.text)
    out: list[tuple[Claim, Claim]] = []
    for a in ch.charged:
        if a is target or _one_side(a.source, d.source) or _inside(a, d):
            continue
        if _plea_answers(a, d) or _names_accuser(a, d) or \
                _same_proposition(a, ch.common[id(a)], d, words, (ch.verbs[id(a)], d_verbs)) or \
                bool(ch.acts[id(a)] & d_acts) or \
                ((_answers_charge(d) or target is not None or (not d_acts and _generic(d, own)))
                 and _accuses(a, d.source)):
            out.append((a, d))
    return out


def _plain_pairs(d: Claim, target: Claim | None, own: frozenset[str], local: bool,
                 ch: _Charges) -> list[tuple[Claim, Claim]]:
    """The plain assertions the denial answers: one it repeats, one about its denier it
    answers (near it, anywhere when it has no charge at hand, ``local``, or earlier in its
    article when it points back at a charge it says of no one: ``Harbour Line had carried
    two earlier cargoes ...`` five sentences before ``Harbour Line denied the claim``), one
    naming its accuser,
    one with an amount of its own."""
    d_runs, d_aux, d_amounts = _runs(d.text), _participles(d.text, _AUX_PARTICIPLE), amounts(d.text)
    answers = _answers_charge(d) or _generic(d, own)
    # with no charge at hand, a denial that says what it denies ("denying allegations
    # of illicit arms transfers") answers an assertion sharing a word with it, not
    # whatever its denier is said to have done ("Putin is scheduled to visit")
    bare = not _names_its_charge(d)
    every = _answers_all(d)
    repeat = int(_data()["repeated_words"])
    return [(a, d) for a in ch.plain if a is not target and not _one_side(a.source, d.source)
            and not _inside(a, d) and (_repeats(ch.plain_words[id(a)] & own, ch.runs[id(a)] & d_runs,
                                                ch.plain_verbs[id(a)] & d_aux, repeat)
                                       or (((answers and (_near(a, d) or (not local and bare) or ((every or _unowned_charge(d)) and _earlier(a, d))))
                                            or (target is not None and _near(a, d))
                                            or bool(ch.plain_words[id(a)] & own))
                                           and _accused_subject(a, d.source, ch.roles.get(a.article, ())))
                                       or ((a.article == d.article or bool(ch.plain_words[id(a)] & own))
                                           and _names_accuser(a, d))
                                       or bool(amounts(a.text) & d_amounts))]


def name_spokesmen(claims: Sequence[Claim]) -> list[Claim]:
    """The claims with each person who speaks for a denying body right after its denial
    named ``X of`` the body (:func:`~newskit.story.voices.name_denial_speakers`; one party
    as :func:`_same_party` reads it)."""
    return name_denial_speakers(claims, _same_party)


def _spoken_for(pairs: Sequence[tuple[Claim, Claim]], claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """Each allegation a body's denial answers, paired with the words of the people who
    speak for the body right after the denial (:func:`~newskit.story.voices.denial_voices`):
    a side is named by the body and by its spokesman, and both are shown."""
    speakers = denial_voices(claims, _same_party)
    return [(a, v) for a, d in pairs for v in speakers.get(d.id or "", ())
            if v is not a and not _one_side(a.source, v.source)]


def _voiced(pairs: Sequence[tuple[Claim, Claim]], claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """Each denial answering a body's allegation, paired with the words of the people the
    story names as speaking for that body (:func:`~newskit.story.voices.party_voices`,
    ``Marta Lozano of Plataforma ...``), in any article: the accuser is the body and its
    voice, and both are shown."""
    voices = party_voices(claims)
    return [(v, d) for a, d in pairs if " of " not in (a.source or "")
            for v in voices.get(name_key(a.source), ()) if v is not a and not _one_side(v.source, d.source)]


def _components(pairs: Sequence[tuple[Claim, Claim]]) -> list[tuple[list[Claim], list[tuple[str, str]]]]:
    """Connected pairs as one group: (its claims by id, the (allegation id, denial id)
    pairs that made it, each once, in the order made)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    claims: dict[str, Claim] = {}
    for a, d in pairs:
        claims[a.id or ""], claims[d.id or ""] = a, d
        parent[find(a.id or "")] = find(d.id or "")
    groups: dict[str, list[Claim]] = {}
    for cid in sorted(claims):
        groups.setdefault(find(cid), []).append(claims[cid])
    made: dict[str, dict[tuple[str, str], None]] = {}
    for a, d in pairs:
        made.setdefault(find(a.id or ""), {})[a.id or "", d.id or ""] = None
    return sorted(((group, list(made[root])) for root, group in groups.items()),
                  key=lambda g: min(c.id or "" for c in g[0]))


def _own_verb(c: Claim, subject: str) -> bool:
    """Whether a claim's subject is only its own cue read as an event (``personnel
    'dismissed'`` for ``dismissed the allegations``, ``legal action 'pleaded'``)."""
    cue = (c.cue or "").lower().split()
    return bool(cue) and f"'{cue[0]}'" in subject.lower()


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "..."


def _who(claims: Sequence[Claim], outlets: Mapping[str, str], most: int = 4) -> str:
    """``United States (alleged, AP; accused, Reuters); Kremlin (denied, TASS)``: each
    party once, with every cue and outlet it spoke in, so a charge told by five outlets
    reads as one party and not five; past ``most`` parties the rest are counted."""
    said: dict[str, dict[str, None]] = {}
    for c in claims:
        said.setdefault(c.source or "unnamed source", {})[f"{c.cue or c.stance}, {outlets.get(c.article, c.article)}"] = None
    parties = [f"{source} ({'; '.join(how)})" for source, how in said.items()]
    if len(parties) > most:
        return "; ".join(parties[:most]) + f" and {len(parties) - most} more"
    return "; ".join(parties)


def allegation_denials(claims: Sequence[Claim], outlets: Mapping[str, str],
                       label: Callable[[str], str]) -> list[Finding]:
    """``contested`` findings; ``label(about)`` names what a group of claims is about."""
    out = []
    for group, made in _components(_pairs(claims)):
        # the charge most denials answer leads: it is quoted and names the subject, not an
        # assertion one loose pair drew in ("Putin is scheduled to visit" beside the arms charge)
        answered = Counter(a for a, _ in made)
        # a denier's spokesman is on the denial side whatever their stance reads
        answering = {d for _, d in made} - {c.id for c in group if c.stance != "denies" and answered[c.id or ""]}
        allegations = sorted((c for c in group if c.id not in answering), key=lambda c: -answered[c.id or ""])
        denials = [c for c in group if c.id in answering]
        # what is alleged names the subject; a denial's own verb never does ("dismissed")
        about = next((c.about for c in allegations + denials if c.about and not _own_verb(c, label(c.about))),
                     None) or f"claim:{min(c.id or '' for c in denials)}"

        subject = f" [{label(about)}]" if not about.startswith("claim:") else ""
        one = {name_key(c.source) for c in allegations}
        verb = "allege" if len(one) > 1 else says(allegations[0].source, "alleges", allegations[0].source_type)
        summary = (f"{_who(allegations, outlets)} {verb} \u201c{_short(allegations[0].text)}\u201d; "
                   f"denied by {_who(denials, outlets)}{subject}")
        involved = allegations + denials
        out.append(Finding(type="contested", about=about, summary=summary, label="allegation/denial",
                           claims=tuple(c.id or "" for c in involved), pairs=tuple(made),
                           refs=tuple(SpanRef(article=c.article, start=c.start, end=c.end, text=c.text)
                                      for c in involved)))
    return out
