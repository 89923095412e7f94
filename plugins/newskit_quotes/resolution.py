"""Resolving a speaker phrase to who speaks (issue #14), in text order so that pronouns and
descriptions see the speakers before them: a person mention gives its entity; a pronoun
the most salient preceding person (a person of the other gender is never it); a
description (``the newspaper``, ``the professor``) the last matching speaker; a role held
for someone (``her spokesman``) that role of its owner; anything else goes through
:func:`actors.classify` (``Washington`` -> ``United States``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import regex

from newskit import PersonMention, layer
from newskit.actors import find_actors
from newskit.body_names import introduced_initials, is_body_head
from newskit.kinds import body_kind, names_no_company, post
from newskit.text import ends_as_plural, match_ahead

from .actors import DETS, classify, people_adjective, tables
from .apposed import apposed_initials
from .attribution import (
    _POSSESSIVE,
    NP,
    _cap,
    _plural_possessive,
    _scan_left,
    a_document_head,
    can_speak,
    cue_at,
    gender_names,
    joins_role,
    np_after,
    subject_before,
)
from .direct import appositive_subject
from .doc import Doc
from .heads import place_modifier
from .plausible import a_document, speaker_words

__all__ = ["Resolver", "Speaker"]

#: A possessive, a role of at most four lower-case words and a comma between an owner's
#: name and the name of the role's holder in apposition (``Hale's lawyer, Sam Berg``).
_OWNED_ROLE = regex.compile(r"['\u2019]s(?:\s+[\p{Ll}\-]+){1,4},\s+")


@dataclass(frozen=True)
class Speaker:
    name: str | None
    start: int | None
    end: int | None
    entity_id: str | None = None
    person: bool = False
    kind: str = ""


def _as_description(phrase: str) -> str:
    """A common-noun speaker phrase as a description, wherever the sentence puts it: a
    determiner's capital opens the sentence, not a name (``The shipyard said`` and ``..., the
    shipyard said`` are one speaker, ``the shipyard``)."""
    first, _, rest = phrase.partition(" ")
    if rest and first[:1].isupper() and first.lower() in DETS:
        return f"{first.lower()} {rest}"
    return phrase


#: where a role's head ends (``lawyer`` of ``lawyer of Tom Hale``, ``lawyer for Tom Hale``)
_ROLE_TAIL = regex.compile(r"\s+(?:of|for)\s+")


def _plural_role(name: str | None) -> bool:
    """Whether a role speaker names several people (``lawyers of Tom Hale``), by its head
    before ``of``/``for``: one ``lawyer of Tom Hale`` is never what ``they`` stands for."""
    head = _ROLE_TAIL.split(name or "", maxsplit=1)[0].split()
    return bool(head) and ends_as_plural(head[-1].lower())


def _body_named(name: str | None) -> bool:
    """A name that ends in the generic head of a body's name (``Korvan Rights Watch``,
    ``Lakeside Tenants Network``, ``Ardel Farmers Union``: ``newskit.body_names``) names a
    body, never a person: no ``he``, ``she`` or ``the prosecutor`` stands for it, though no
    table knows the name."""
    words = (name or "").split()
    return bool(words) and is_body_head(words[-1])


def _people(sp: Speaker) -> bool:
    """A speaker that is people, never ``it``: a phrase whose head names people
    (``critics``, ``residents of the village``, a role held for someone: ``spokesman of the
    ministry``; not ``campaign of Donald Trump``, ``letter of …``); ``Critics said …`` then
    ``It said …`` is the body that spoke before them."""
    head = classify((sp.name or "").split(" of ", 1)[0]).head
    return bool(head) and tables().names_people(head)


def _opening_name(doc: Doc, k: int, stop: int) -> str | None:
    """The body a sentence opens with at word ``k`` (before word ``stop``): a run of
    capitalised words (``Tsogt Engineering``, ``The FAA``, ``Aceites del Llano``) that
    names a body, or None."""
    j = k + 1 if doc.low[k] == "the" else k
    if j >= stop or doc.low[j] in _NOT_NAMES or doc.low[j] in DETS:
        return None  # "About 120 sets", "No inmate", "All our operations": no name opens there
    first = j
    while j < stop and (_cap(doc, j) or (doc.low[j] in _NAME_LINKS and j + 1 < stop and _cap(doc, j + 1))):
        j += 1
    if j == first or j >= stop or (not doc.joined(j - 1) and doc.gap(j - 1).strip() != ","):
        return None
    if doc.persons_in(doc.starts[first], doc.ends[j - 1]) or doc.low[j - 1].endswith(("'s", "\u2019s")):
        return None
    name = doc.text[doc.starts[first] : doc.ends[j - 1]]
    if any(doc.low[i].endswith("-based") or doc.low[i][:1].isdigit() for i in range(first, j)):
        return None  # "The London-based company": where it is based
    if j - first == 1 and not _one_word_name(doc, first):
        return None  # "Cases have climbed": a common noun that opens a sentence; "AIMA" is a name
    actor = classify(name)
    if actor.kind not in ("org", "outlet", "name") or _place_or_people(doc, first, j - 1):
        return None
    return actor.name or name


#: Words that open a sentence but no name: quantities and negatives (``About 120``, ``No one``).
_NOT_NAMES = frozenset({"about", "all", "no", "nearly", "almost", "over", "under", "around", "some", "only", "more"})

#: Lower-case words inside a body's name (``Ministry of Health``, ``Aceites del Llano``).
_NAME_LINKS = frozenset({"of", "for", "and", "&", "de", "del", "la", "des", "du", "van", "von"})


def _one_word_name(doc: Doc, k: int) -> bool:
    """Word ``k``, capitalised, is a name: never written in lower case in the article, and
    written with a capital inside the word (``AIMA``, ``OvenBright``) or inside a sentence
    (``cafe chain Brewline``); a capital only where a sentence opens may be a common noun's
    (``Cases have climbed``)."""
    word = doc.text[doc.starts[k] : doc.ends[k]]
    low = doc.low[k]
    seen = doc.places_of(low)
    if any(doc.text[doc.starts[i]].islower() for i in seen):
        return False
    return any(ch.isupper() for ch in word[1:]) or any(_alone_inside(doc, i) for i in seen)


def _alone_inside(doc: Doc, i: int) -> bool:
    """Word ``i`` stands capitalised inside a sentence, with no capitalised word beside it
    (``cafe chain Brewline said``; not ``Energy Minister`` nor a quotation's first word)."""
    if doc.sentence(doc.starts[i])[0] == doc.starts[i] or doc.has_quote_char(doc.starts[i] - 2, doc.starts[i]):
        return False
    return not (i > 0 and _cap(doc, i - 1) and doc.joined(i - 1)) and not (
        i + 1 < len(doc.starts) and _cap(doc, i + 1) and doc.joined(i))


def _place_or_people(doc: Doc, a: int, b: int) -> bool:
    """Words ``a``..``b`` are a city or region of the core gazetteer, or a people's
    adjective (``Tajik troops``): no body ``it`` stands for."""
    if a == b and people_adjective(doc.text[doc.starts[a] : doc.ends[a]]):
        return True
    kinds = speaker_words().place_kinds
    return any(g.start <= doc.starts[a] and g.end >= doc.ends[b] and g.kind in kinds
               for g in layer(doc.text).gazetteer)


#: verbs of getting hold of or putting out a document (a closed class): ``according to
#: emails obtained by Reuters`` is Reuters' report, ``figures released by the statistics
#: office`` the office's; the documents are their evidence
_OBTAINED = frozenset({"seen", "obtained", "reviewed", "viewed", "leaked", "published", "released", "compiled",
                       "issued", "prepared"})


def _obtained_by(doc: Doc, np: NP) -> NP | None:
    """The one who got hold of or put out the documents a speaker phrase names (``internal
    documents seen by Der Standard``, ``figures released by the ministry``): they report
    what the documents show. None when the phrase names no such agent."""
    k = next((i for i in range(np.first + 1, np.last + 1) if doc.low[i] in _OBTAINED), np.last + 1)
    if k + 2 >= len(doc.starts) or doc.low[k] not in _OBTAINED or not doc.joined(k):
        return None
    by = _agent_by(doc, k)
    return None if by is None else np_after(doc, by + 1, doc.sentence(doc.starts[k])[1])


#: The most words of a time phrase between a participle and its ``by`` (``published on
#: Wednesday by``, ``released earlier this month by``).
_TIME_BEFORE_BY = 4
#: Words that open such a time phrase.
_TIME_OPENERS = frozenset({"on", "in", "last", "this", "earlier", "late", "overnight", "today", "yesterday"})


def _agent_by(doc: Doc, k: int) -> int | None:
    """The ``by`` of the agent after the participle at ``k``: right after it, or after a
    short time phrase in one run of words (``figures published on Wednesday by the
    regulator``); None when none follows."""
    j = k + 1
    if j < len(doc.starts) and doc.low[j] in _TIME_OPENERS:
        while j < len(doc.starts) and j - k <= _TIME_BEFORE_BY and doc.low[j] != "by" and doc.joined(j):
            j += 1
    return j if j + 1 < len(doc.starts) and doc.low[j] == "by" and doc.joined(j - 1) else None


def _with_author(doc: Doc, np: NP) -> tuple[NP, NP] | None:
    """A document and its author in one phrase, as ``(whole phrase, author)``: ``figures
    released by the ministry`` (see :func:`_obtained_by`), ``a survey by the students'
    union`` (read from the document on), ``A study by the University of Otago suggests``
    (read from the author back). The author is named, as the one who reports what the
    document shows; the phrase runs over both, as the source a reader sees. None when the
    phrase names no document with its author."""
    agent = _obtained_by(doc, np)
    k = np.last + 1
    if agent is None and k + 1 < len(doc.starts) and doc.low[k] == "by" and doc.joined(np.last) \
            and a_document_head(doc, np.last):
        agent = np_after(doc, k + 1, doc.sentence(doc.starts[k])[1])
    if agent is not None:
        return NP(np.start, max(np.end, agent.end), np.first, max(np.last, agent.last)), agent
    b = np.first - 1
    if b < 1 or doc.low[b] != "by" or not doc.joined(b) or not doc.joined(b - 1) or not a_document_head(doc, b - 1):
        return None
    written = _scan_left(doc, b - 1, doc.sentence(doc.starts[b])[0])
    if written is None:
        return None
    return NP(written.start, np.end, written.first, np.last), np


#: A kin or role noun in apposition before a name (``her brother, Carlos``, ``his wife Maria``).
_NOUN_BEFORE = regex.compile(r"([\p{Ll}-]+),?\s+$")
#: The words of an apposition after a name (``Carlos, her younger brother,``).
_NOUNS_AFTER = regex.compile(r"^,\s+(?:his|her|their|the|a|an)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)")


def _headed_by(phrase: str, head: str) -> bool:
    """``the county's chief highways engineer``, ``a spokeswoman for the regulator``: the
    phrase's head (its last word, or the word before a preposition) is ``head``; not a
    modifier (``a museum guard``) nor a lesser rank (``the vice president``)."""
    said = [w.lower() for w in _WORDS.findall(phrase)]
    for k, w in enumerate(said):
        if w == head and (k + 1 == len(said) or said[k + 1] in _ROLE_LINKS):
            return k == 0 or said[k - 1] not in _LESSER_RANKS
    return False


def _lesser_rank(title: str, head: str, own: str = "") -> bool:
    """``vice president`` for ``the president``: the title is a lesser rank of the role, one
    the description itself (``own``: ``the former president``) does not name."""
    return any(f"{rank} {head}" in title and rank not in own.split() for rank in _LESSER_RANKS)


def _a_state(name: str) -> bool:
    """Whether a speaker's name is a country or a seat of government standing for one (the
    core gazetteer's, as every plugin reads it; asked only until a description finds its
    speaker, so no cache that would grow over a stream of articles)."""
    found = find_actors(name, [])
    return len(found) == 1 and (found[0].start, found[0].end) == (0, len(name)) and \
        found[0].kind in ("country", "capital")


def _appositive_nouns(text: str, p: PersonMention) -> frozenset[str]:
    """The lower-case words of a description in apposition to person mention ``p``: the
    noun right before it (``her brother, Carlos``) and up to three words of the phrase after
    its comma (``Maria, his wife``)."""
    before = _NOUN_BEFORE.search(text, max(0, p.start - 40), p.start)
    after = _NOUNS_AFTER.match(text[p.end : p.end + 60])
    found = set(after.group(1).split()) if after else set()
    if before:
        found.add(before.group(1))
    return frozenset(found)


#: How many earlier speakers pronoun and description resolution looks back over.
_RECENT = 200
#: How many paragraphs back a bare role (``the engineer``) finds the speaker it names.
_ROLE_PARAGRAPHS = 4
#: Words before a role that make it another office (``the vice president``).
_LESSER_RANKS = frozenset({"vice", "deputy", "former", "assistant", "ex", "under", "associate"})
#: Prepositions after a role's head (``spokeswoman for the regulator``, ``head of the team``).
_ROLE_LINKS = frozenset({"of", "for", "at", "to", "with", "in"})
_WORDS = regex.compile(r"[\w'’-]+")
#: An age standing for a person (``the 47-year-old said``): like a role, a definite
#: description of someone named before, the salient person.
_AGE_EPITHET = regex.compile(r"\d{1,3}-year-old")


@dataclass
class _Said:
    pos: int
    speaker: Speaker
    para: int


@dataclass
class Resolver:
    """Resolves subject phrases in text order, remembering who has spoken."""

    doc: Doc
    history: list[_Said] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    posts: dict[str, frozenset[str]] | None = None
    initials: dict[str, str] | None = None

    def remember(self, pos: int, sp: Speaker) -> None:
        if sp.name:
            self.history.append(_Said(pos, sp, self.doc.para_index(pos)))
            if sp.kind and sp.name not in self.kinds:
                self.kinds[sp.name] = sp.kind

    def resolve(self, np: NP, content: tuple[int, int] | None = None) -> Speaker:
        """The speaker of phrase ``np``; ``content`` is the span of what was said (a person
        named there is never taken for a description's referent)."""
        authored = _with_author(self.doc, np)
        if authored is not None:
            whole, author = authored
            return replace(self._resolve(author, content), start=whole.start, end=whole.end)
        return self._resolve(np, content)

    def _resolve(self, np: NP, content: tuple[int, int] | None) -> Speaker:
        doc = self.doc
        both = self._coordinated(np, content)
        if both is not None:
            return both
        owned = self._possessed_role(np)
        if owned is not None:
            return owned
        persons = doc.persons_in(np.start, np.end)
        if not persons:
            # a person mention may stick out of the phrase ("Trump" in "Trump's campaign")
            persons = [p for p in doc.persons_in(max(0, np.start - 60), np.end + 60)
                       if p.start < np.end and p.end > np.start]
        place = place_modifier(doc, np.first, np.last)
        if place is not None:  # "villagers near the town of Goma": a name there is a place
            persons = [p for p in persons if p.end <= doc.starts[place]]
        text = doc.text[np.start : np.end]
        actor = classify(text)
        if persons and actor.kind not in ("org", "outlet", "org_desc") :
            p = persons[-1]
            return self._person(p)
        if actor.kind == "pronoun":
            return self._pronoun(np, actor.head, content)
        if np.first == np.last and doc.low[np.first] in _POSSESSIVE:
            return self._pronoun(np, _POSSESSIVE[doc.low[np.first]])  # "his claim that"
        if actor.kind == "person_desc" and a_document(doc, np.start, np.end):
            return self._document(np)
        if actor.kind == "person_desc":
            return self._person_desc(np, actor.head, content)
        if actor.kind == "org_desc":
            return self._org_desc(np, actor.head)
        if actor.kind == "pair":
            return Speaker(self._pair(np.start), np.start, np.end, kind="group")
        kind = actor.kind
        if actor.name and actor.name in self.kinds and kind == "name":
            kind = self.kinds[actor.name]
        return Speaker(actor.name, np.start, np.end, None, kind == "name" and not _body_named(actor.name), kind)

    def _coordinated(self, np: NP, content: tuple[int, int] | None) -> Speaker | None:
        """``Halvorsen and Okafor said``, ``The mayor and her deputy said``: two speakers
        joined by ``and`` speak together, the whole phrase under both their names (each
        resolved as if alone), not the last one. A conjunct after ``and`` must open as a
        phrase of its own (a person, a determiner or a possessive), so that two roles of one
        person (``the bank's chairman and chief executive``) and a name with ``and`` in it
        (``Procter and Gamble``, no person) stay one speaker."""
        doc = self.doc
        k = next((k for k in range(np.first + 1, np.last) if doc.low[k] == "and"), None)
        if k is None or np.shown is not None:
            return None
        left = NP(np.start, doc.ends[k - 1], np.first, k - 1)
        right = NP(doc.starts[k + 1], np.end, k + 1, np.last)
        right_person = [p for p in doc.persons_in(right.start, right.end)
                        if all(_cap(doc, i) for i in range(k + 1, doc.word_at(p.start)))]  # "Mr. Okafor"
        if not (right_person or doc.low[k + 1] in DETS):
            return None
        if not (doc.persons_in(left.start, left.end) or doc.low[np.first] in DETS
                or (right_person and all(_cap(doc, i) for i in range(np.first, k)))):
            return None  # "Halvorsen and Ben Okafor": a surname the persons layer left is a name too
        if right_person and not doc.persons_in(left.start, left.end) and doc.low[np.first] not in DETS \
                and _titled(doc, k + 1, doc.word_at(right_person[0].start)):
            return None  # "Fisheries and Ports Minister Tom Reyes": one title of two portfolios
        if not (can_speak(doc, left) and can_speak(doc, right)):
            return None
        listed = [NP(doc.starts[a], doc.ends[b], a, b) for a, b in self._listed(left)]
        said = [self._resolve(part, content) for part in (*listed, right)]
        names = [sp.name for sp in said]
        if not all(names) or len(set(names)) < len(names):
            return None
        return Speaker(f"{', '.join(n for n in names[:-1] if n)} and {names[-1]}", np.start, np.end, None, False,
                       "group")

    def _listed(self, left: NP) -> list[tuple[int, int]]:
        """The conjuncts before ``and`` as (first word, last word) pairs: one, or a list
        set off by commas when each of its items is a person or a phrase that can speak by
        itself (``Ann Roe, Ben Oti and …``, ``The union, the growers and …``; the phrase
        reader let only such lists through, :func:`attribution._person_list`)."""
        doc = self.doc
        cuts = [j for j in range(left.first, left.last) if doc.gap(j).strip() == ","]
        if not cuts:
            return [(left.first, left.last)]
        bounds = list(zip([left.first, *(c + 1 for c in cuts)], [*cuts, left.last], strict=True))
        if all(doc.persons_in(doc.starts[a], doc.ends[b]) or can_speak(doc, NP(doc.starts[a], doc.ends[b], a, b))
               for a, b in bounds):
            return bounds
        return [(left.first, left.last)]

    def _document(self, np: NP) -> Speaker:
        """``the indictment``, ``a review published last year``: a written source speaks
        under its own name, without the determiner (``indictment``)."""
        doc = self.doc
        k = np.first
        while k < np.last and doc.low[k] in DETS:
            k += 1
        return Speaker(doc.text[doc.starts[k] : np.end], np.start, np.end, None, False, "document")

    def _person(self, p: PersonMention, at: NP | None = None) -> Speaker:
        name = p.entity or p.text
        s, e = (at.start, at.end) if at else (p.start, p.end)
        return Speaker(name, s, e, p.entity_id, True, "person")

    def _candidates(self, pos: int) -> list[tuple[int, Speaker]]:
        """Person speakers and person mentions before ``pos`` (outside quotes), recent last."""
        doc = self.doc
        lo = max(0, pos - 3000)
        out: list[tuple[int, Speaker]] = [
            (p.start, Speaker(p.entity or p.text, p.start, p.end, p.entity_id, True, "person"))
            for p in doc.persons_before(pos, lo)
        ]
        out += [(h.pos, h.speaker) for h in self.history[-_RECENT:] if h.speaker.person and lo <= h.pos < pos]
        out.sort(key=lambda t: t[0])
        return out

    def _gender(self, sp: Speaker) -> str:
        """``f``, ``m`` or ``""`` for a person speaker (title near a mention, or first name)."""
        if not self.genders and self.doc.persons:
            self._title_genders()
        name = sp.name or ""
        g = self.genders.get(name)
        if g is None:
            names = gender_names()
            given = name.split(" ")[0]
            first = given.lower()
            # "her brother, Carlos" then "Carlos Ruiz": the given name's gender, said in the text
            g = self.genders.get(given) or ("f" if first in names["female"] else "m" if first in names["male"] else "")
            self.genders[name] = g
        return g

    def _title_genders(self) -> None:
        """One pass over the person mentions: ``Mrs.``/``Mr.`` and gendered titles, and a
        kin or gendered role noun in apposition (``her brother, Carlos``, ``Maria, his
        wife``): the article's own words say who is a man or a woman."""
        names = gender_names()
        text = self.doc.text
        for p in self.doc.persons:
            key = p.entity or p.text
            if self.genders.get(key):
                continue
            around = text[max(0, p.start - 6) : p.end].lower().replace(".", " ").split()
            words_ = around + (p.title or "").lower().replace(".", " ").split()
            described = _appositive_nouns(text, p)
            if any(w in names["female_titles"] for w in words_) or described & names["female_nouns"]:
                self.genders[key] = "f"
            elif any(w in names["male_titles"] for w in words_) or described & names["male_nouns"]:
                self.genders[key] = "m"
        self.genders.setdefault("", "")

    def _pronoun(self, np: NP, pron: str, content: tuple[int, int] | None = None) -> Speaker:
        """The referent of a pronoun speaker: for ``he``/``she``/``I`` the salient person
        before it, never one named inside what it said (``Fares Will Rise For Ann Roe, She
        Says``: the headline's pronoun has no antecedent before it)."""
        doc = self.doc
        if pron in ("he", "she"):
            role = self._last_role(np, pron)
            if role is not None:
                return role
        if pron in ("he", "she", "i"):
            cands = self._candidates(np.start)
            if content is not None:
                cands = [c for c in cands if not (content[0] <= c[0] < content[1])]
            if pron != "i":
                other = "m" if pron == "she" else "f"
                cands = [c for c in cands if self._gender(c[1]) != other]
            best = self._salient(cands, np.start)
            if best is not None:
                return Speaker(best.name, np.start, np.end, best.entity_id, True, "person")
            return Speaker(None, np.start, np.end, None, True, "pronoun")
        if pron in ("they", "it", "we"):
            para = doc.para_index(np.start)
            named = self._named_subject(np) if pron == "it" else None
            for h in reversed(self.history[-_RECENT:]):
                if named is not None and h.pos < named[0]:
                    break  # a body named as a subject since speaks, not an earlier speaker
                if pron == "they" and h.speaker.kind == "role" and not _plural_role(h.speaker.name):
                    continue  # "his lawyer said ... they told the court": one lawyer is no "they"
                if h.pos < np.start and para - h.para <= 2 and not h.speaker.person \
                        and not (pron == "it" and _people(h.speaker)):
                    return Speaker(h.speaker.name, np.start, np.end, None, False, h.speaker.kind)
            if named is not None:  # read from a pronoun: no description later takes it for its body
                return Speaker(named[1], np.start, np.end, None, False, "pronoun")
        return Speaker(None, np.start, np.end, None, False, "pronoun")

    def _named_subject(self, np: NP) -> tuple[int, str] | None:
        """``Tsogt Engineering denied the accusation. In a statement, it said …``: a body named
        by its capitals at the start of the sentence before ``it`` (or of its own sentence)
        is what ``it`` stands for, though it said nothing the plugin read. Not a person, a
        place or a people's adjective, nor a word the article writes in lower case too
        (``Cases have climbed``)."""
        doc = self.doc
        s0, _ = doc.sentence(np.start)
        starts = [s0]
        if s0 > 0:
            starts.append(doc.sentence(s0 - 1)[0])
        for sa in starts:
            if doc.para_index(sa) != doc.para_index(np.start):
                return None
            name = _opening_name(doc, doc.word_at(sa), np.first)
            if name is not None:
                return doc.starts[doc.word_at(sa)], name
        return None

    def _last_role(self, np: NP, pron: str) -> Speaker | None:
        """``her spokesman said …`` then ``he told reporters``: the role-holder who spoke
        last, when nobody has been named since and the role's gender does not clash."""
        if not self.history:
            return None
        h = self.history[-1]
        sp = h.speaker
        if sp.kind != "role" or h.pos >= np.start or sp.end is None:
            return None
        if self.doc.para_index(np.start) - h.para > 2 or self.doc.persons_in(sp.end, np.start):
            return None
        names = gender_names()
        first = (sp.name or "").split(" ")[0].lower()
        clash = names["female_titles"] if pron == "he" else names["male_titles"]
        if first in clash:
            return None
        return Speaker(sp.name, np.start, np.end, None, False, "role")

    def _salient(self, cands: list[tuple[int, Speaker]], pos: int) -> Speaker | None:
        if not cands:
            return None
        doc = self.doc
        # the last quoted person speaker wins when no other person was named since
        last_sp = None
        for h in reversed(self.history[-_RECENT:]):
            if h.pos < pos and h.speaker.person:
                last_sp = h
                break
        later = [c for c in cands if last_sp is not None and c[0] > last_sp.pos + 1
                 and c[1].name != last_sp.speaker.name]
        names_ok = {c[1].name for c in cands}
        if last_sp is not None and not later and doc.para_index(pos) - last_sp.para <= 2 \
                and last_sp.speaker.name in names_ok:
            return last_sp.speaker
        # otherwise: the first person named in the nearest sentence naming one (subject),
        # past a possessor whose role is named after it ("Hale's lawyer, Sam Berg, ...")
        last_pos = cands[-1][0]
        s0, _ = doc.sentence(last_pos)
        in_last = [(p, sp) for p, sp in cands if p >= s0]
        for k, (_, sp) in enumerate(in_last):
            if not (k + 1 < len(in_last) and self._owner_of_named(sp, in_last[k + 1][0])):
                return sp
        return cands[-1][1]

    def _owner_of_named(self, sp: Speaker, named: int) -> bool:
        """The person mention owns a role whose holder is named right after it (``Tom
        Hale's rival, Sam Berg, lost``, ``Hale's lawyer, Sam Berg, said``): the holder, named at
        ``named``, is the subject, not the owner; a later pronoun stands for the holder."""
        if sp.end is None or named <= sp.end:
            return False
        return _OWNED_ROLE.fullmatch(self.doc.text, sp.end, named) is not None

    def _possessed_role(self, np: NP) -> Speaker | None:
        """``her spokesman`` -> ``spokesman of Angela Merkel``; ``the ministry's spokeswoman``
        -> ``spokeswoman of the ministry``: a role held for someone speaks, not its owner."""
        doc = self.doc
        t = tables()
        if np.last <= np.first:
            return None
        served = self._role_for_person(np)
        if served is not None:
            return served
        if not any(doc.low[i] in t.roles for i in range(np.first + 1, np.last + 1)) \
                and doc.low[np.last] not in t.org_heads:
            return None
        for k in range(np.first, np.last):
            w = doc.low[k]
            if w in ("his", "her", "its", "their"):
                owner_end = doc.ends[k]
                break
            if w.endswith(("'s", "\u2019s")) or (w.endswith("s") and doc.text[doc.ends[k] : doc.ends[k] + 1] in "'\u2019"
                                                    and doc.ends[k] < len(doc.text)):
                owner_end = doc.ends[k]
                break
        else:
            return None
        if doc.persons_in(doc.starts[k + 1], np.end) or (_cap(doc, np.last) and doc.low[np.last] not in t.roles):
            return None  # "Merkel's spokesman Steffen Seibert", "his team mate Doyle": the named person speaks
        role = doc.text[doc.starts[k + 1] : np.end]
        if not any(doc.low[i] in t.roles for i in range(k + 1, np.last + 1)) and (
            w in ("its", "their") or not (w in ("his", "her") or doc.persons_in(np.start, owner_end))
        ):
            return None  # "her office" and "Trump's office" speak for a person; "the ministry's office" is just an office
        if w in ("his", "her", "its", "their"):
            at = NP(doc.starts[k], doc.ends[k], k, k)
            pron = {"his": "he", "her": "she", "its": "it", "their": "they"}[w]
            owner = self._pronoun(at, pron).name
        else:
            stem = doc.text[np.start : owner_end]
            stem = stem[:-2] if stem.endswith(("'s", "\u2019s")) else stem
            ps = doc.persons_in(np.start, owner_end)
            if ps:
                owner = ps[-1].entity or ps[-1].text
            else:
                actor = classify(stem)
                owner = actor.name if actor.kind in ("country", "org", "outlet", "name") and actor.name else None
                if owner is None:
                    ws = stem.split()
                    owner = " ".join(ws[1:] if ws and ws[0].lower() == "the" and len(ws) > 1 else ws)
                    owner = f"the {owner}" if ws and ws[0].lower() == "the" else owner
                    if t.by_relation(doc.low[np.last]):
                        return self._kin_of_described(np)
        name = f"{role} of {owner}" if owner else doc.text[np.start : np.end]
        return Speaker(name, np.start, np.end, None, False, "role" if owner else "group")

    def _kin_of_described(self, np: NP) -> Speaker:
        """``the boy's family``, ``a patient's relatives``: people named by their relation to
        someone only described are named as written (without the article), as news names
        them; a named owner gives ``family of Kelvin Musyoka``, a pronoun its antecedent's."""
        text = self.doc.text[np.start : np.end]
        first, _, rest = text.partition(" ")
        name = rest if rest and first.lower() in DETS else text
        return Speaker(name, np.start, np.end, None, False, "group")

    def _role_for_person(self, np: NP) -> Speaker | None:
        """``a spokeswoman for Merkel`` -> ``spokeswoman of Angela Merkel`` (one role-holder,
        named as ``Merkel's spokeswoman`` is); so are the people a name modifies
        (``Supporters of Maria Lopez``, ``residents of Kampung Melayu``, and ``Lawyers for
        Simon Hartley`` with its ``for`` as written) and the one a participle joins to it
        (``a lawyer representing Ana Ruiz``): they speak, not the name after their
        preposition or participle."""
        doc = self.doc
        t = tables()
        for k in range(np.first + 1, np.last):
            if joins_role(doc, k) and t.names_people(doc.low[k - 1]) \
                    and (doc.low[k - 1] in t.roles or not _cap(doc, k - 1) or k - 1 == np.first) \
                    and not self._named_word(k - 1):  # "Kurt Brouwer of Brouwer & Co" is no role
                ps = [p for p in doc.persons_in(doc.starts[k + 1], np.end) if p.start == doc.starts[k + 1]]
                if not ps:
                    return None
                a = np.first + 1 if doc.low[np.first] in DETS else np.first
                role = doc.text[doc.starts[a] : doc.ends[k - 1]]
                # "Lawyers for Ana Ruiz" as written: a group for someone; one role-holder keeps the
                # story's "<role> of <owner>" ("spokeswoman of Merkel", as "Merkel's spokeswoman")
                prep = "for" if doc.low[k] == "for" and doc.low[k - 1] not in t.roles else "of"
                return Speaker(f"{role} {prep} {ps[0].entity or ps[0].text}", np.start, np.end, None, False, "role")
        return None

    def _named_word(self, k: int) -> bool:
        """Word ``k`` is part of a person's name."""
        doc = self.doc
        return any(p.start < doc.ends[k] and p.end > doc.starts[k]
                   for p in doc.persons_in(max(0, doc.starts[k] - 60), doc.ends[k] + 60))

    def _qualified(self, np: NP, head: str) -> str | None:
        """An unnamed speaker with what it belongs to (``a military source``, ``a Tajik
        official``): the words between the determiner and the head, kept with the head,
        or None when there are none (``a source``). A source is named by what it is a source
        of, whatever the word; any other unnamed head only by a name (a country, a body):
        ``a senior administration official`` is one of many."""
        doc = self.doc
        k = next((k for k in range(np.first + 1, np.last + 1) if doc.low[k] == head), None)
        if k is None or k == np.first + 1:
            return None
        words = doc.text[doc.starts[np.first + 1]:doc.ends[k - 1]].split()
        if head not in ("source", "sources") and not all(w[:1].isupper() for w in words):
            return None  # "a senior administration official" stays unnamed; "a Tajik official" does not
        return doc.text[doc.starts[np.first + 1]:doc.ends[k]]

    def _person_desc(self, np: NP, head: str, content: tuple[int, int] | None = None) -> Speaker:
        t = tables()
        det = self.doc.low[np.first]
        if det in t.indefinite:
            # "a senior official", "one person familiar with …": unnamed, never a named person
            name = t.group_names.get(f"{det} {head}") or t.group_names.get(head) or (
                "unnamed officials" if head == "official" else f"unnamed {head}")
            return Speaker(self._qualified(np, head) or name, np.start, np.end, None, False, "group")
        para = self.doc.para_index(np.start)
        for h in reversed(self.history[-_RECENT:]):
            # "her spokesman said …" then "the spokesman said": the same role-holder
            if h.pos < np.start and para - h.para <= 3 and h.speaker.kind == "role" \
                    and (h.speaker.name or "").lower().startswith(f"{head} of "):
                return Speaker(h.speaker.name, np.start, np.end, None, False, "role")
        described = self._described_before(np, head)
        if described is not None:
            return described
        cands = self._candidates(np.start)
        if content is not None:
            cands = [c for c in cands if not (content[0] <= c[0] < content[1])]
        other = _other_gender(head)
        if other:  # "the woman said": never a man named before, as "she" is not
            cands = [c for c in cands if self._gender(c[1]) != other]
        for _, sp in reversed(cands):
            ps = self.doc.persons_in(sp.start or 0, sp.end or 0)
            title = (ps[0].title or "").lower() if ps else ""
            if head and head in title and not _lesser_rank(title, head, self.doc.text[np.start : np.end].lower()):
                return Speaker(sp.name, np.start, np.end, sp.entity_id, True, "person")
        own = self.doc.text[np.start : np.end].lower()
        cands = [c for c in cands if not (self._described_otherwise(c[1], head, own) or self._holds_other_post(c[1], head))]
        # a relation or a circumstance (``the boy``, ``the neighbour``) is someone beside the
        # person the story is about, so it is never the salient person by its noun alone
        if cands and ((head in t.roles and head not in t.relations) or _AGE_EPITHET.fullmatch(head)):
            sp = self._salient(cands, np.start) or cands[-1][1]
            return Speaker(sp.name, np.start, np.end, sp.entity_id, True, "person")
        return Speaker(_as_description(self.doc.text[np.start : np.end]), np.start, np.end, None, False, "group")

    def _described_before(self, np: NP, head: str) -> Speaker | None:
        """``the county's chief highways engineer said …`` then ``the engineer said``: a bare
        definite role (``the`` and its head) is the last speaker whose own phrase held that
        role word, a few paragraphs back; a lesser rank of it (``the vice president``) is
        another person."""
        doc = self.doc
        if np.last != np.first + 1 or doc.low[np.first] != "the" or head not in tables().roles:
            return None
        para = doc.para_index(np.start)
        for h in reversed(self.history[-_RECENT:]):
            sp = h.speaker
            if h.pos >= np.start or para - h.para > _ROLE_PARAGRAPHS or sp.start is None or sp.end is None:
                continue
            if _headed_by(doc.text[sp.start : sp.end], head):
                # a name that is only the role (``Minister``) tells nothing: the salient person may
                return None if (sp.name or "").lower() == head else replace(sp, start=np.start, end=np.end)
        return None

    def _described_otherwise(self, sp: Speaker, head: str, own: str) -> bool:
        """Speaker ``sp`` was itself a definite description with another role (``The local
        MP``), or a person titled with a lesser rank of the role (``Vice President Oona
        Brandt``): it is no referent of ``the engineer``, ``the president`` however salient.
        An indefinite one introduced someone a later epithet may name (``A former collections
        manager said …`` then ``the whistleblower said``)."""
        if sp.start is None or sp.end is None or not sp.person:
            return False
        doc = self.doc
        persons = doc.persons_in(sp.start, sp.end)
        if persons:
            return _lesser_rank((persons[0].title or "").lower(), head, own)
        said = [w.lower() for w in _WORDS.findall(doc.text[sp.start : sp.end])]
        return len(said) >= 2 and said[0] == "the" and head not in said

    def _holds_other_post(self, sp: Speaker, head: str) -> bool:
        """Person speaker ``sp`` is titled in the article with a post (``newskit.kinds.post``)
        and never with the one ``head`` names: ``Prosecutor Ana Ruiz`` or
        ``Ana Ruiz, the district prosecutor`` is no referent of ``the mayor said`` however
        salient, while a person the article titles with nothing, or with the post itself
        (``Mayor Tom Hale``, ``Chairman and Mayor Tom Hale``), may be."""
        office = post(head)
        if office is None or not sp.person or not sp.name:
            return False
        posts = self._posts().get(sp.name, frozenset())
        return bool(posts) and office not in posts

    def _posts(self) -> dict[str, frozenset[str]]:
        """Each person's name -> the posts its mentions' titles name, read once."""
        if self.posts is None:
            found: dict[str, set[str]] = {}
            for p in self.doc.persons:
                words = _WORDS.findall((p.title or "").lower())
                found.setdefault(p.entity or p.text, set()).update(o for w in words if (o := post(w)) is not None)
            self.posts = {k: frozenset(v) for k, v in found.items()}
        return self.posts

    def _object_owner_subject(self, np: NP) -> str | None:
        """Who the subject of a verb stands for when ``np`` owns the verb's object (``The
        company rejected the union's claim``, ``It denied the council's allegation``): the
        phrase opens right after the verb and a possessive ends it. One does not reject
        one's own claim, so ``the union`` there is never the body the subject names; None
        when ``np`` stands elsewhere or the subject is not found."""
        doc = self.doc
        j = np.first - 1
        if j < 1 or not doc.joined(j) or match_ahead(_OWNER_END, doc.text, np.end) is None:
            return None
        cue = cue_at(doc, j)
        if cue is None or cue.last != j:
            return None
        lo = doc.sentence(doc.starts[j])[0]
        subject, why = subject_before(doc, cue, lo)
        if subject is None and why == "comma":
            subject = appositive_subject(doc, cue, lo)  # "Acme, the firm that runs it, denied the …"
        if subject is None or subject.last >= np.first:
            return None
        return self._resolve(subject, None).name

    def _spelled_out(self, name: str) -> str:
        """``name``, or the full name the article introduces initials ``name`` with (``Doba
        Basin Operating Company (DBOC)``), or the head of the description they stand in
        apposition to (``their union, the SNTP,``: ``union``): the kind of body initials
        stand for is their name's (``the ministry`` is never ``DBOC``, ``the company`` never
        the SNTP). Initials given two names stay as they are."""
        if self.initials is None:
            found: dict[str, set[str]] = {}
            for acr, full in (*introduced_initials(self.doc.text), *self._apposed()):
                found.setdefault(acr, set()).add(full)
            self.initials = {acr: next(iter(names)) for acr, names in found.items() if len(names) == 1}
        return self.initials.get(name, name)

    def _apposed(self) -> list[tuple[str, str]]:
        """(initials, head) for each body's initials set in apposition to a description
        whose head names a kind of body (``newskit.kinds.body_kind``): the description says
        what kind of body the initials are, as a full name in brackets does."""
        doc = self.doc
        pairs = ((doc.text[doc.starts[p.initials] : doc.ends[p.initials]], doc.low[p.head]) for p in apposed_initials(doc))
        return [(acr, head) for acr, head in pairs if body_kind(head) is not None]

    def _org_desc(self, np: NP, head: str) -> Speaker:
        t = tables()
        want_outlet = head in t.outlet_heads
        # "the teachers' union": a body its possessive names is its own, not any body before
        owned = any(_plural_possessive(self.doc, k) and not _cap(self.doc, k + 1) for k in range(np.first, np.last))
        subject = self._object_owner_subject(np)  # the other party: when the last body is the subject's, none
        fallback: Speaker | None = None
        for h in reversed(self.history[-_RECENT:]):
            if h.pos >= np.start or (h.speaker.person and h.speaker.kind != "name"):
                continue
            kind = self.kinds.get(h.speaker.name or "", h.speaker.kind)
            name = (h.speaker.name or "").lower()
            if kind == "group" and _one_of_joined(name, head):
                continue  # "police and union officials said … Police said": one of them, not both
            if head in name or (want_outlet and kind == "outlet"):
                return Speaker(h.speaker.name, np.start, np.end, None, False, kind)
            state = head in t.government_heads
            if fallback is None and kind in (("org", "outlet", "name", "country") if state else ("org", "outlet", "name")) \
                    and (not state or _a_state(h.speaker.name or "")) \
                    and (t.names_people(head) or not t.names_people(name.rsplit(" ", 1)[-1])) \
                    and not _other_body_kind(head, self._spelled_out(h.speaker.name or "").lower(), state) \
                    and not _counts_people(name):
                fallback = h.speaker  # "the company" is not "Wall Street analysts" (people); "authorities" may be
                # a country's; "the government" is never a firm's or a campaign group's
        if fallback is not None and not owned and fallback.name != subject:
            return Speaker(fallback.name, np.start, np.end, None, False, fallback.kind)
        text = self.doc.text[np.start : np.end]
        words_ = text.split()
        if words_ and words_[0].lower() in DETS:
            words_ = words_[1:]
        low = [w.lower() for w in words_]
        if head in low:  # "the Chilean company at the centre of the dispute": its modifier is no name
            words_ = words_[: low.index(head) + 1]
        return Speaker(" ".join(words_) or text, np.start, np.end, None, False, "org")

    def _pair(self, pos: int) -> str | None:
        """The last "X and Y" pair of countries before ``pos`` ("both countries")."""
        t = tables()
        doc = self.doc
        lo = max(0, pos - 1500)
        found: list[tuple[bool, str]] = []
        i = doc.word_before(pos)
        while i >= 1 and doc.starts[i] >= lo and len(found) < 6:
            if doc.low[i] == "and":
                left = _country_ending(doc, i - 1, t.countries, t.seats)
                right = _country_starting(doc, i + 1, t.countries, t.seats)
                if left and right and left != right:
                    k = doc.word_before(doc.starts[i] - 1)
                    while k >= 0 and doc.low[k] not in ("both", "between") and k > i - 5:
                        k -= 1
                    found.append((k >= 0 and doc.low[k] in ("both", "between"), f"{left} and {right}"))
            i -= 1
        for both, name in found:
            if both:
                return name
        return found[0][1] if found else None


_NAME_HEAD_END = regex.compile(r"\s+(?:of|for)\s")
#: a possessive ending right after a phrase (``the union's``, ``the growers'``)
_OWNER_END = regex.compile(r"['\u2019]s?\s")


def _other_gender(head: str) -> str:
    """``m`` for a noun of a woman (``woman``, ``mother``), ``f`` for one of a man, else
    ``""``: the gender a description headed by ``head`` never refers to."""
    names = gender_names()
    return "m" if head in names["female_nouns"] else "f" if head in names["male_nouns"] else ""


def _titled(doc: Doc, a: int, b: int) -> bool:
    """Words ``a..b-1``, capitalised, end in a title of a person (``Ports Minister``,
    ``Rescue Commissioner``, ``Development Minister Professor``): the words before ``and``
    that joins them with capitalised words name the title's other field, not a second
    speaker (``Fisheries and Ports Minister Tom Reyes``, ``Health, Care and Welfare
    Secretary Ana Diaz``)."""
    return a < b and all(_cap(doc, i) for i in range(a, b)) and any(
        tables().names_people(doc.low[i]) for i in range(a, b))


def _one_of_joined(name: str, head: str) -> bool:
    """``police`` in ``police and union officials``, ``union`` in ``union and growers``: the
    head names one of two speakers a group joins with ``and``, not the group; a body's name
    with ``and`` in it (``ministry of fisheries and marine resources``, ``scottish fire and
    rescue service``) holds the head in its ``of``-phrase's owner or in its last part."""
    if " and " not in name:
        return False
    left, right = name.rsplit(" and ", 1)
    return head in left and head not in right and " of " not in f" {left} "


def _counts_people(name: str) -> bool:
    """``hundreds of dockers`` (lower case): a noun of number and its ``of``-complement
    count people or things, never name a body, whatever capital opens the sentence; a
    later ``the port authority`` is not them."""
    words = name.split(maxsplit=2)
    return len(words) > 2 and words[0] in speaker_words().quantities and words[1] == "of"


def _other_body_kind(head: str, name: str, state: bool = False) -> bool:
    """``head`` (``the ministry``'s) and the head of body name ``name`` (lower case: its last
    word, or the word before its first ``of``/``for``: ``Teachers' League``, ``Ministry of
    Health``) name two kinds of body (``newskit.kinds.body_kind``): the description is not
    that body. False when ``head`` names any body (``the agency``). A public body's head
    (``police``, ``the health ministry``: ``newskit.kinds.names_no_company``) is no body
    whose name's head names no kind either ("According to police" after "the campaign said"
    was the campaign's), but for a state's (``state``: "the government" may be a country's)."""
    kind = body_kind(head)
    if kind is None:
        return False
    cut = _NAME_HEAD_END.search(name)
    words = (name[: cut.start()] if cut else name).split()
    other = body_kind(words[-1]) if words else None
    if other is None:
        return not state and names_no_company(head)
    return other != kind


def _country_ending(doc: Doc, j: int, countries: dict[str, str], seats: dict[str, str]) -> str | None:
    """The country of the longest place name (up to three tokens) that ends at token ``j``."""
    spans = ((j - n + 1, j) for n in (3, 2, 1) if j - n + 1 >= 0)
    return _country_of(doc, spans, countries, seats)


def _country_starting(doc: Doc, i: int, countries: dict[str, str], seats: dict[str, str]) -> str | None:
    """The country of the longest place name (up to three tokens) that starts at token ``i``."""
    spans = ((i, i + n - 1) for n in (3, 2, 1) if i + n - 1 < len(doc.starts))
    return _country_of(doc, spans, countries, seats)


def _country_of(doc: Doc, spans: Iterable[tuple[int, int]], countries: dict[str, str],
                seats: dict[str, str]) -> str | None:
    """The country of the first token span that names a country or a seat of government."""
    for a, b in spans:
        phrase = doc.text[doc.starts[a] : doc.ends[b]].replace("\u2019", "'")
        c = countries.get(phrase) or seats.get(phrase)
        if c:
            return c
    return None
