"""Attributions by nouns (issue #14): ``the governor's claim that the roads were safe``,
``his view is that the plan will fail``. A content noun of ``data/nouns.json`` with a
possessor before it (a name or description with ``'s``, or *his*, *her*, *their*, *its*)
and a ``that``-clause after it (directly, or after *is*/*was*) is an attribution: the
clause is the content, the possessor the speaker. The clause must read as finite
(``the fact that``-style noun complements of other nouns never reach here; ``his
suggestion that he resign`` is kept out by the finite check, as a demand, not a claim).
Without a possessor the noun names content but no one to attribute it to: left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newskit.kinds import body_kind, names_side
from newskit.text import ends_as_plural

from .actors import DETS, classify, tables
from .attribution import NP, Cue, words
from .clause import FINITE, finite_clause, verb_after_subject
from .content_end import cut, trim
from .cues import lexicon, load_json
from .direct import Item
from .doc import Doc
from .plausible import implausible, speaker_words

__all__ = ["noun_items", "owned_by_another", "plural_possessive"]

#: Possessive determiners that name their owner by pronoun.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}

#: The most words of a possessor phrase (``the former British prime minister's``).
MAX_OWNER = 5

#: The most modifiers between the possessor and its noun (``his long-held view``).
MAX_MODIFIERS = 2


@dataclass(frozen=True)
class NounLexicon:
    forms: frozenset[str]
    copula: tuple[tuple[str, ...], ...]
    intention: frozenset[str] = frozenset()
    viewpoint: frozenset[str] = frozenset()
    viewpoint_by: frozenset[str] = frozenset()
    source_prepositions: frozenset[str] = frozenset()
    unowned_prepositions: frozenset[str] = frozenset()


@cache
def noun_lexicon() -> NounLexicon:
    d = load_json("nouns.json")
    forms = frozenset(d["content"]) | frozenset(n + "s" for n in d["content"])
    intention = frozenset(d.get("intention", ())) | frozenset(n + "s" for n in d.get("intention", ()))
    return NounLexicon(forms, tuple(tuple(c.split()) for c in d["copula"]), intention,
                       frozenset(d.get("viewpoint", ())), frozenset(d.get("viewpoint_by", ())),
                       frozenset(d.get("source_prepositions", ())), frozenset(d.get("unowned_prepositions", ())))


@cache
def _noun_words() -> frozenset[str]:
    """The content and intention nouns together: made once, not per article."""
    lex = noun_lexicon()
    return lex.forms | lex.intention


def _possessive(w: str) -> bool:
    return w.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _owner(doc: Doc, i: int, lo: int) -> NP | None:
    """The possessor phrase before the noun at word ``i`` (over at most two modifiers)."""
    j = i - 1
    while j >= lo and i - j <= MAX_MODIFIERS and doc.joined(j) and not _possessive(doc.low[j]) \
            and doc.low[j] not in POSSESSIVE_PRONOUNS and doc.text[doc.starts[j]].islower() \
            and doc.low[j] not in DETS:
        if _clause_verb(doc, j, lo):
            return None  # "Morris' departure raised fears that": the fears are no one's named
        j -= 1
    detached = j >= lo and plural_possessive(doc, j)
    if j < lo or not (doc.joined(j) or detached):
        return None
    w = doc.low[j]
    if w in POSSESSIVE_PRONOUNS:
        return NP(doc.starts[j], doc.ends[j], j, j)
    if not (_possessive(w) or detached):
        return None
    k = j
    while k - 1 >= lo and j - k < MAX_OWNER and (doc.joined(k - 1) or plural_possessive(doc, k - 1)):
        prev = doc.low[k - 1]
        if prev in DETS:
            k -= 1
            break
        if not doc.text[doc.starts[k - 1]].isupper() and not plural_possessive(doc, k - 1):
            k = _past_modifiers(doc, k, lo, MAX_OWNER - (j - k))
            break
        k -= 1  # a name's word, or a plural possessive inside the owner ("the drivers' union's")
    if doc.low[k] not in DETS and not doc.text[doc.starts[k]].isupper() and k == j and not _people(w):
        return None  # "the plans' claim": a bare plural owner speaks only if it names people
    cut = 0 if detached else 1 if doc.low[j].endswith(("s'", "s\u2019")) else 2
    return NP(doc.starts[k], doc.ends[j] - cut, k, j)  # the speaker without its "'s"


def owned_by_another(doc: Doc, i: int, lo: int) -> NP | None:
    """The content noun at word ``i`` has a possessor of its own that can speak, named
    rather than a possessive pronoun (``the union's claim``, ``Ruiz's allegations``, not
    ``its claim``): a ``that``-clause after it is the possessor's claim, not a clause of
    the verb whose object the noun is (``The firm denied the union's claim that …``: the
    union claims; ``The firm repeated its claim that …``: the firm says it again). The
    possessor's phrase, else None."""
    if doc.low[i] not in noun_lexicon().forms:
        return None
    np = _owner(doc, i, lo)
    return np if np is not None and not _pronoun_owner(doc, np) and _owner_speaks(doc, np) else None


def _pronoun_owner(doc: Doc, np: NP) -> bool:
    """The possessor is a possessive determiner alone (``its claim``); ``her party's
    claim`` is owned by the party."""
    return np.first == np.last and doc.low[np.first] in POSSESSIVE_PRONOUNS


def _clause_verb(doc: Doc, j: int, lo: int) -> bool:
    """Word ``j``, between a noun and its would-be possessor, is a past verb (``departure
    raised fears``): an ``-ed`` or irregular past form after a plain noun (after an adverb,
    ``widely shared``, or right after the possessor, ``the firm's revised``, it modifies)."""
    w = doc.low[j]
    if not (w.endswith("ed") or w in words().irregular_past) or j - 1 < lo or not doc.joined(j - 1):
        return False
    prev = doc.low[j - 1]
    return not (prev.endswith("ly") or _possessive(prev) or plural_possessive(doc, j - 1) or prev in POSSESSIVE_PRONOUNS)


def plural_possessive(doc: Doc, j: int) -> bool:
    """``farmers' fear``: a plural possessive whose apostrophe the tokenizer set apart."""
    return doc.low[j].endswith("s") and doc.gap(j).strip() in ("'", "\u2019")


def _past_modifiers(doc: Doc, k: int, lo: int, room: int) -> int:
    """``the meteorological agency's``: lower-case modifiers before a possessor's head
    belong to it when a determiner opens them; the determiner's index, else ``k``."""
    m = k - 1
    while m >= lo and k - m <= room and doc.joined(m):
        if doc.low[m] in DETS:
            return m
        if not doc.text[doc.starts[m]].islower() or _possessive(doc.low[m]) or doc.low[m] in POSSESSIVE_PRONOUNS \
                or doc.low[m] in words().stop or lexicon().classes(doc.low[m]):
            return k
        m -= 1
    return k


def _people(w: str) -> bool:
    """A bare plural possessive that names people (``farmers'``, ``officials'``)."""
    bare = w.rstrip("'\u2019")
    return bare.endswith("s") and (tables().names_people(bare) or bare in tables().groups)


def _owner_speaks(doc: Doc, np: NP) -> bool:
    """A possessor that can hold a claim: a person, a name, an organisation or outlet, a
    role (``the governor's``), a side of a contest (``the prosecution's``, ``the
    opposition's``: ``newskit.kinds.names_side``); never a time, place or thing (``the
    plan's``)."""
    if implausible(doc, np.start, np.end):
        return False
    if doc.persons_in(np.start, np.end):
        return True
    actor = classify(doc.text[np.start : np.end])
    if actor.kind == "person_desc":
        return actor.head in tables().roles or tables().names_people(actor.head) or _bodies(actor.head) \
            or names_side(actor.head)
    return actor.kind != "pronoun"


def _bodies(head: str) -> bool:
    """``head`` is the plural of a kind of body's head (``councils``, ``unions``): several
    bodies, which may hold a claim as one body does (``the councils' allegation that``)."""
    return ends_as_plural(head) and body_kind(head[:-1]) is not None


def _that_after(doc: Doc, i: int, sb: int) -> int | None:
    """Index of the word after ``that`` following the noun at ``i`` (``claim that``,
    ``view is that``)."""
    for seq in ((), *noun_lexicon().copula):
        k = i + 1
        ok = True
        for w in (*seq, "that"):
            if k >= len(doc.low) or doc.starts[k] >= sb or doc.low[k] != w or not doc.joined(k - 1):
                ok = False
                break
            k += 1
        if ok:
            return k
    return None


#: The most words of a source after ``from`` (``warnings from his lawyer that``).
MAX_FROM = 6


def _from_source(doc: Doc, i: int, sb: int) -> tuple[NP, int] | None:
    """``repeated warnings from his lawyer that …``, ``assurances from the ministry that
    …``, ``a claim by the union that …``: the source after ``from`` or ``by`` and the word
    after ``that``, or None."""
    k = i + 1
    if k + 2 >= len(doc.starts) or doc.starts[k + 2] >= sb or doc.low[k] not in noun_lexicon().source_prepositions \
            or not doc.joined(i):
        return None
    j = k + 1
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= MAX_FROM and doc.joined(j - 1):
        if doc.low[j] == "that":
            if j == k + 1 or j + 1 >= len(doc.starts) or doc.starts[j + 1] >= sb:
                return None
            np = NP(doc.starts[k + 1], doc.ends[j - 1], k + 1, j - 1)
            return (np, j + 1) if _owner_speaks(doc, np) else None
        j += 1
    return None


def _unowned(doc: Doc, i: int, k: int, sb: int) -> Item | None:
    """``dogged by charges that he had misled investors``, ``amid growing concerns that
    the dam could fail``: a content noun with no owner still attributes its clause, to no
    one named (the source is left open, as an agentless passive's is)."""
    j = i - 1
    while j >= 0 and i - j <= _UNOWNED_LEAD and doc.joined(j) and doc.low[j] not in noun_lexicon().unowned_prepositions \
            and doc.text[doc.starts[j]].islower() and doc.low[j] not in POSSESSIVE_PRONOUNS:
        j -= 1
    if j < 0 or not doc.joined(j) or doc.low[j] not in noun_lexicon().unowned_prepositions:
        return None
    span = trim(doc, doc.starts[k], cut(doc, doc.starts[k], sb))
    if span is None:
        return None
    cue = Cue(doc.starts[i], doc.ends[i], i, i, doc.low[i], frozenset({"noun"}))
    return Item(span[0], span[1], False, cue, None, "none", 0.5)


#: The most words (determiners, adjectives) between that preposition and the noun.
_UNOWNED_LEAD = 3


def _noun_item(doc: Doc, i: int, k: int, sb: int, np: NP) -> Item | None:
    """The attribution a content noun at ``i`` makes: the clause from token ``k`` to the
    sentence's end (``sb``), sourced by ``np``; None when nothing is left of the clause."""
    span = trim(doc, doc.starts[k], cut(doc, doc.starts[k], sb))
    if span is None:
        return None
    cue = Cue(doc.starts[i], doc.ends[i], i, i, doc.low[i], frozenset({"noun"}))
    return Item(span[0], span[1], False, cue, np, "np", 0.6)


def _sourced_by_from(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    """A content noun whose source follows it after ``from`` (no possessor before it)."""
    found = _from_source(doc, i, sb)
    if found is None:
        return None
    np, k = found
    if _relative_that(doc, k) or not finite_clause(doc, k, sb):
        return None
    item = _noun_item(doc, i, k, sb, np)
    if item is not None and _opens_subject(doc, i, doc.word_at(sa)):
        end = _before_second_verb(doc, k, item.end)  # "Repeated warnings from X that … | were ignored"
        item = Item(item.start, end, False, item.cue, item.np, item.how, item.confidence) if end > item.start else item
    return item


def _relative_that(doc: Doc, k: int) -> bool:
    """The ``that`` before word ``k`` is a relative pronoun of the source (``a report by the
    board that found …``): a finite or past verb follows it at once, where a content
    clause has its subject first."""
    w = doc.low[k]
    return w in FINITE or (doc.text[doc.starts[k]].islower() and (
        (w.endswith("ed") and len(w) > 4) or w in words().irregular_past))


#: The most words of a noun phrase before its content noun (``The latest stern warning``).
_SUBJECT_LEAD = 3


def _opens_subject(doc: Doc, i: int, first: int) -> bool:
    """The content noun at word ``i`` heads the phrase that opens the sentence (``Repeated
    warnings``, ``The latest warning``): a few words with no verb or comma, so the phrase is
    the sentence's subject and its main verb follows the noun's clause."""
    if i - first > _SUBJECT_LEAD or i < first:
        return False
    return all(doc.joined(j) and doc.low[j] not in FINITE for j in range(first, i))


def _one(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    if i + 1 < len(doc.low) and doc.low[i + 1] in noun_lexicon().source_prepositions:
        return _sourced_by_from(doc, i, sa, sb)
    k = _that_after(doc, i, sb)
    if k is None or not finite_clause(doc, k, sb):
        return None
    sw = speaker_words()
    if doc.low[k] in sw.times or doc.low[k] in sw.named_times:
        return None  # "her warning that night was ignored": "that" is a determiner
    np = _owner(doc, i, doc.word_at(sa))
    if np is None:
        return _unowned(doc, i, k, sb)
    if not _pronoun_owner(doc, np) and not _owner_speaks(doc, np):
        return None
    item = _noun_item(doc, i, k, sb, np)
    if item is not None and (np.first == doc.word_at(sa) or _opens_bare_clause(doc, np.first)):
        end = _before_second_verb(doc, k, item.end)  # "The mayor's claim that … was challenged"
        item = Item(item.start, end, False, item.cue, item.np, item.how, item.confidence) if end > item.start else item
    return item


def _opens_bare_clause(doc: Doc, first: int) -> bool:
    """The owner at word ``first`` follows a verb that takes a bare clause (``said the
    union's claim that wages were cut was false``): the noun phrase is that clause's
    subject, so the clause's own verb follows the noun's ``that``-clause."""
    return first > 0 and doc.joined(first - 1) and "bare" in lexicon().classes(doc.low[first - 1])


def _before_second_verb(doc: Doc, k: int, end: int) -> int:
    """Where a ``that``-clause after the sentence's subject noun ends: before the main
    clause's verb, an auxiliary or a past form after the clause's own auxiliary (``The
    mayor's claim that the dam was safe | was challenged``, ``… that pay would fall | went
    unheeded``); after a word opening another clause inside it (``and``, ``which``,
    ``if``), nothing is cut. A past form is never the clause's own verb here: it may be a
    participle in the clause's subject (``the dam built in 1900 was safe``)."""
    j = k
    seen_verb = False
    while j < len(doc.starts) and doc.ends[j] <= end:
        w = doc.low[j]
        if doc.in_quote(doc.starts[j]) or w in _INNER_CLAUSE or w in ("and", "but", "or"):
            return end
        if doc.joined(j - 1) and (w in FINITE or (j > k and verb_after_subject(doc, j))):
            if seen_verb and doc.low[j - 1] not in FINITE and doc.low[j - 1] not in words().skip:
                return doc.ends[j - 1]
            seen_verb = seen_verb or w in FINITE
        j += 1
    return end


#: Words after ``to`` that make it a preposition, not an infinitive (``his call to the
#: minister``): determiners and object pronouns.
_NOT_INFINITIVE = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                             "these", "those", "him", "them", "us", "me", "be"})


def _intended(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    """``the president's decision to veto the bill``, ``his determination to act alone``:
    an intention noun with an owner and an infinitive; the infinitive is the content, the
    owner the speaker. ``to the minister`` (a preposition) and ``to be …`` (a passive or a
    state, not an act the owner intends) are no infinitive."""
    k = i + 1
    if k + 1 >= len(doc.starts) or doc.starts[k + 1] >= sb or doc.low[k] != "to" or not doc.joined(i) \
            or not doc.joined(k) or doc.low[k + 1] in _NOT_INFINITIVE or not doc.text[doc.starts[k + 1]].islower():
        return None
    np = _owner(doc, i, doc.word_at(sa))
    if np is None or (doc.low[np.first] not in POSSESSIVE_PRONOUNS and not _owner_speaks(doc, np)):
        return None
    if _object_of_a_cue(doc, np.first):
        return None  # "called her decision to leave a mistake": the phrase is what another verb reports
    end = cut(doc, doc.starts[k], sb)
    if np.first == doc.word_at(sa):
        end = _before_main_verb(doc, k + 1, end)
    span = trim(doc, doc.starts[k], end)
    if span is None:
        return None
    cue = Cue(doc.starts[i], doc.ends[i], i, i, doc.low[i], frozenset({"noun", "intention"}))
    return Item(span[0], span[1], False, cue, np, "np", 0.6)


#: Words that open a clause inside an infinitive's phrase (``to build a bridge that was``):
#: an auxiliary after one is that clause's, not the main verb.
_INNER_CLAUSE = frozenset({"that", "which", "who", "whom", "whose", "when", "where", "if", "because", "after",
                           "before", "while", "until", "unless", "since", "as"})


def _before_main_verb(doc: Doc, k: int, end: int) -> int:
    """Where an infinitive after a subject's intention noun ends: before the main clause's
    auxiliary (``The referee's decision to award a penalty was "a disgrace"``: ``was`` is
    the sentence's verb, and what follows is not the referee's). An infinitive has no
    finite verb of its own; after a word opening a clause inside it, nothing is cut."""
    j = k
    while j < len(doc.starts) and doc.starts[j] < end:
        w = doc.low[j]
        if w in _INNER_CLAUSE or doc.in_quote(doc.starts[j]):
            return end
        if w in FINITE and doc.joined(j - 1):
            return doc.ends[j - 1]
        j += 1
    return end


def _object_of_a_cue(doc: Doc, first: int) -> bool:
    """The phrase opening at word ``first`` is the object of a verb of saying, labelling
    or stance right before it (``called her decision to …``, ``expressed the club's intent
    to …``): that verb's report holds the intention."""
    from .stance import stance_lexicon

    j = first - 1
    if j < 0 or not doc.joined(j):
        return False
    w = doc.low[j]
    lex = stance_lexicon()
    return bool(lexicon().classes(w)) or w in lex.forms or w in lex.predicative or w in lex.appeal


#: The most words of a point of view opening a sentence, ``In`` to its comma (``In the
#: opinion of the three appeal judges,``).
MAX_VIEW_PHRASE = 9


def _viewpoint_nouns(opener: str) -> frozenset[str]:
    """The nouns of a point of view after ``In`` (``view``, ``opinion``) or of an account
    after ``By`` (``admission``, ``count``); none after another word."""
    lex = noun_lexicon()
    return lex.viewpoint if opener == "in" else lex.viewpoint_by if opener == "by" else frozenset()


def _viewpoint_end(doc: Doc, f: int, sb: int) -> int | None:
    """The last word of a phrase opening at word ``f`` with ``In`` or ``By`` and ending at
    a comma."""
    if not _viewpoint_nouns(doc.low[f]):
        return None
    k = f + 1
    while k + 1 < len(doc.starts) and doc.starts[k + 1] < sb and k - f <= MAX_VIEW_PHRASE:
        if doc.gap(k).strip() == ",":
            return k
        if not doc.joined(k):
            return None
        k += 1
    return None


def _viewpoint_owner(doc: Doc, f: int, k: int) -> tuple[NP, int] | None:
    """The owner of a point of view in the words ``f..k`` after ``In`` or ``By`` and the
    noun's index: ``the ambassador's view`` (a possessor) or ``the view of the judges``."""
    views = _viewpoint_nouns(doc.low[f - 1])
    if doc.low[k] in views:
        np = _owner(doc, k, f)
        return (np, k) if np is not None else None
    if f + 3 <= k and doc.low[f] == "the" and doc.low[f + 1] in views and doc.low[f + 2] == "of":
        return NP(doc.starts[f + 3], doc.ends[k], f + 3, k), f + 1
    return None


def _viewpoint(doc: Doc, sa: int, sb: int) -> Item | None:
    """``In the ambassador's view, the talks had failed``, ``In the opinion of the judges,
    the law is void``, ``By the mayor's own admission, the budget had run out``: a point of
    view or an account opening the sentence holds the finite clause after its comma; its
    owner is the source."""
    f = doc.word_at(sa)
    if f >= len(doc.low) or doc.starts[f] >= sb:
        return None
    k = _viewpoint_end(doc, f, sb)
    found = _viewpoint_owner(doc, f + 1, k) if k is not None else None
    if k is None or found is None or not finite_clause(doc, k + 1, sb):
        return None
    np, i = found
    if doc.low[np.first] not in POSSESSIVE_PRONOUNS and not _owner_speaks(doc, np):
        return None  # "In the eyes of the law, …"
    return _noun_item(doc, i, k + 1, sb, np)


def noun_items(doc: Doc) -> list[Item]:
    """Attributions by content nouns (a ``that``-clause) and intention nouns (an
    infinitive), outside quotations."""
    lex = noun_lexicon()
    out: list[Item] = []
    hits = doc.words_in(_noun_words())  # the only words the test below lets by
    for sa, sb in doc.sents:
        for i in doc.sentence_hits(hits, sa, sb):
            w = doc.low[i]
            if (w in lex.forms or w in lex.intention) and not doc.in_quote(doc.starts[i]):
                item = _one(doc, i, sa, sb) if w in lex.forms else None
                if item is None and w in lex.intention:
                    item = _intended(doc, i, sa, sb)
                if item is not None:
                    out.append(item)
        opener = doc.low[doc.word_at(sa) : doc.word_at(sa) + 1]
        view = _viewpoint(doc, sa, sb) if opener and _viewpoint_nouns(opener[0]) else None
        if view is not None and not doc.in_quote(view.start):
            out.append(view)
    return out
