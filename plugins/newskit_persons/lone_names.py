"""One-word names the article never writes in full, taken only on strong context:
``Trump said``, ``said Obama.``, ``Merkel's spokesman``, ``the Clinton campaign``,
``Putin visits Hanoi``, ``Merkel, 64,``. The word must be shaped like a surname and be
no place, outlet, month or ordinary word."""

from __future__ import annotations

from newskit.patterns import compile_pattern
from newskit.text import match_ahead
from newskit_persons.context import SPACE, place_preposition_before
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon
from newskit_persons.tokens import Tok
from newskit_persons.word_classes import placeish

__all__ = ["lone_cue"]


_NAME_SHAPE = compile_pattern(r"(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")


#: An age in commas after a name, also as tokenised text writes it (``Comeaux , 49 ,``).
_AGE = compile_pattern(r" ?, ([0-9]{2}) ?,")


_LONE_BEFORE = frozenset(("the", "a", "an", "of", "for", "de", "&", "from", "in", "at", "to", "by"))


def _lone_word_ok(doc: Doc, lex: Lexicon, t: Tok, unknown_ok: bool = False) -> bool:
    """Could this lone capitalised word be a person's name (not a place, outlet, company,
    month, role word or ordinary English word)? With ``unknown_ok``, a word of no list
    and no English (``Dutroux``) may be one too: only context a person alone takes
    (:func:`_person_only`) is asked then."""
    f = t.folded
    if not _NAME_SHAPE.fullmatch(t.text) or len(f) < 3 or doc.caps_line(t.start):
        return False
    if (
        f in lex.lone_blockers
        or placeish(lex, f)
        or f in lex.demonyms
        or (f.endswith("s") and f[:-1] in lex.demonyms)  # "three Venezuelans jailed"
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
        return unknown_ok  # unknown word, not shaped like a surname: "Cofinec said"
    for stem in _singulars(f):
        if lex.common(stem, 2.5):
            return False  # "Officials said", "Analysts told", "Witnesses said", "Fishermen said"
    return True


def _singulars(f: str) -> tuple[str, ...]:
    """The singulars a plural English noun may have: ``officials``, ``witnesses``, and
    the ``-men`` of a noun of a trade (``fishermen``, ``linemen``)."""
    if f.endswith("men") and len(f) > 5:
        return (f[:-3] + "man",)
    return (f[:-1], f[:-2]) if f.endswith("s") else ()


def lone_cue(doc: Doc, lex: Lexicon, k: int, e: int, attributive_only: bool = False) -> bool:
    """Strong context for a one-word name never written in full: ``Trump said``, ``Merkel
    also told``, ``said Obama.``, ``Merkel's spokesman``; with ``attributive_only``, only a
    name before a role noun (``the Clinton campaign``)."""
    if e != k + 1:
        return False
    if not _lone_word_ok(doc, lex, doc.toks[k]):
        return not attributive_only and _person_only(doc, lex, k)
    if _attributive(doc, lex, k):
        return True  # "the Clinton campaign", "Trump aides said"
    if not attributive_only and not doc.toks[k].possessive and _scorer_context(doc, k):
        return True  # "goals from Ronaldo", "Suker scored for Madrid"
    if attributive_only or _thing_before(doc, k):
        return False
    t = doc.toks[k]
    if t.possessive:
        return _possessive_role(doc, lex, k)
    if _lone_verb_after(doc, lex, k) or _opens_headline(doc, lex, k) or _person_clause_after(doc, lex, k):
        return True
    return _age_or_who_after(doc, k) or _lone_verb_before(doc, lex, k)


def _scorer_context(doc: Doc, k: int) -> bool:
    """A match report's scorer: ``scored for Madrid`` after the word (a team scores, but
    never for a team), or the word in the list after ``goals from`` (``with goals from
    Ronaldo , Giovanni and Pizzi``); a player on either side of a win told in sets of
    games (``Sampras beat Agassi 6-4 6-3``: a team's score is one figure pair)."""
    t = doc.toks[k]
    if match_ahead(_SCORED_FOR, doc.text, t.end) or match_ahead(_WINNER_IN_SETS, doc.text, t.end):
        return True
    if match_ahead(_LOSER_IN_SETS, doc.text, t.end) and _BEAT_BEFORE.search(doc.text, max(0, t.start - 12), t.start):
        return True
    ls = doc.text.rfind("\n", 0, t.start) + 1
    return _GOALS_FROM.search(doc.text[max(ls, t.start - _GOALS_FROM_SPAN) : t.start]) is not None


#: ``scored for`` and a capitalised team right after a player's name.
_SCORED_FOR = compile_pattern(r" (?:also |twice |again )?scored (?:twice |again )?for \p{Lu}")


#: Two sets of games or more (``6-4 7-6 ( 7-4 )``): a tennis player's win, never a team's.
_SETS = r"[0-7] ?- ?[0-7](?: \( ?\d{1,2} ?- ?\d{1,2} ?\))? [0-7] ?- ?[0-7]\b"

#: After the winner: the verb, the loser's one word, the sets.
_WINNER_IN_SETS = compile_pattern(rf" (?:beat|defeated|edged|upset|downed|routed) \p{{Lu}}[\p{{L}}'’-]+ {_SETS}")

#: After the loser: the sets; before him, the verb (``_BEAT_BEFORE``).
_LOSER_IN_SETS = compile_pattern(rf" {_SETS}")
_BEAT_BEFORE = compile_pattern(r"\b(?:beat|defeated|edged|upset|downed|routed) $")


#: Nouns of a goal, ``from`` or ``by``, then the list's earlier items, right before a word.
_GOALS_FROM = compile_pattern(
    r"\b(?:goals?|headers?|strikes?|penalt(?:y|ies)|efforts) (?:from|by) "
    r"(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:,|and) )*$"
)


#: How far back (characters) the noun of a goal may open the list of scorers.
_GOALS_FROM_SPAN = 120


def _person_only(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Context only a person takes, around a word of no list and no English: an age in
    commas or ``, who`` after it, or a clause of a person's own (``Dutroux was charged``,
    ``Dutroux tweaked his knee``); a firm says, tells and warns as a person does
    (``Cofinec said``), so a reporting verb is no such context."""
    if not _lone_word_ok(doc, lex, doc.toks[k], unknown_ok=True) or doc.toks[k].possessive:
        return False
    if _scorer_context(doc, k):
        return True  # "with goals from Ronaldo , Giovanni and Pizzi"
    if place_preposition_before(doc, k) or _thing_before(doc, k):
        return False  # "a man who worked near Tzaneen was arrested": the place
    return _age_or_who_after(doc, k) or _person_clause_after(doc, lex, k)


def _attributive(doc: Doc, lex: Lexicon, k: int) -> bool:
    """A listed name before a role noun it modifies (``the Clinton campaign``, ``Trump aides``)."""
    toks, t = doc.toks, doc.toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        nxt is not None
        and not t.possessive
        and lex.is_name(t.folded)
        and nxt.folded in lex.lone_attributive
        and nxt.text.islower()
        and doc.text[t.end : nxt.start] in SPACE
        and not _written_lower(doc, t.folded)
    )


def _written_lower(doc: Doc, f: str) -> bool:
    """Whether the article writes the word, or its plural, in lower case elsewhere: then
    it is its ordinary noun (``Rebel spokesman Raphael Ghenda`` beside ``the rebels``)."""
    return f in doc.lower_words or f + "s" in doc.lower_words


def _thing_before(doc: Doc, k: int) -> bool:
    """A determiner or preposition right before the word (``The Kremlin said``, ``Bank of
    Canada said``), or an ampersand (``Bailey & Glasser, who``): a body's name."""
    if k == 0:
        return False
    prev, t = doc.toks[k - 1], doc.toks[k]
    gap = doc.text[prev.end : t.start]
    return (prev.folded in _LONE_BEFORE and gap in SPACE) or gap.strip() in ("&", "+")


def _possessive_role(doc: Doc, lex: Lexicon, k: int) -> bool:
    """A possessive before a role noun (``Merkel's spokesman``)."""
    toks, t = doc.toks, doc.toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.folded in lex.lone_roles
        and nxt.text.islower()
        and (lex.is_name(t.folded) or not lex.common(t.folded, 3.0))
    )


def _age_or_who_after(doc: Doc, k: int) -> bool:
    """An age in commas (``Merkel, 64, said``) or ``, who`` (a relative pronoun only people
    take) right after the word."""
    toks, t, text = doc.toks, doc.toks[k], doc.text
    m = match_ahead(_AGE, text, t.end)
    if m and 15 <= int(m.group(1)) <= 99:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.folded == "who" and text[t.end : nxt.start] == ", "


def _lone_verb_after(doc: Doc, lex: Lexicon, k: int) -> bool:
    """A reporting verb right after the word, at most two adverbs between: "Trump said",
    "Trump also told", "Trump has argued"."""
    toks, text = doc.toks, doc.text
    j = k + 1
    prev = toks[k]
    while j < len(toks) and j - k <= 2:
        w = toks[j]
        if text[prev.end : w.start] not in SPACE or not w.text.islower():
            break
        if w.folded in lex.lone_verbs:
            return True
        if w.folded not in lex.lone_adverbs:
            break
        prev = w
        j += 1
    return False


def _person_clause_after(doc: Doc, lex: Lexicon, k: int) -> bool:
    """The word is the subject of a clause only a person fits: ``Bush tweaked his knee``
    (a verb, then a pronoun of a person's own), ``Jackson was arrested``, ``Jackson
    arrested`` (a participle only people take, see ``lone_person_verbs``)."""
    if match_ahead(_SELF_AFTER, doc.text, doc.toks[k].end) is not None:
        return True  # "Lebed himself said"
    m = match_ahead(_PERSON_CLAUSE, doc.text, doc.toks[k].end)
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


#: A reflexive of a person right after the word, stressing it (``Lebed himself said``).
_SELF_AFTER = compile_pattern(r" (?:himself|herself)\b")


#: Words between a name and "his" that make the name no subject of a person's clause ("to
#: Jackson with his family", "Jordan is her second home").
_NOT_VERBS = frozenset(
    "with for to from in at on by of and or but as than after before near into onto about like"
    " is was were are be been became remains".split()
)


def _opens_headline(doc: Doc, lex: Lexicon, k: int) -> bool:
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
    if toks[j].folded == "to" and text[t.end : toks[j].start] in SPACE and j + 1 < len(toks):
        j += 1
    w = toks[j]
    return w.folded in lex.lone_headline_verbs and w.text.islower() and text[toks[j - 1].end : w.start] in SPACE


def _lone_verb_before(doc: Doc, lex: Lexicon, k: int) -> bool:
    """A reporting verb right before the word, the clause ending or a date after it:
    "..., said Obama.", "said Obama on Monday", "said Obama Friday"."""
    if k == 0:
        return False
    toks, text = doc.toks, doc.text
    t, p = toks[k], toks[k - 1]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if p.folded in lex.lone_verbs_after and p.text.islower() and text[p.end : t.start] in SPACE:
        after = text[t.end : t.end + 4]
        if after[:1] in ("", ".", ",", ";", "\n") or after in (" on ", " in ", " at ") or after[:4] == " aft":
            return True
        if nxt is not None and nxt.folded in lex.months and text[t.end : nxt.start] in SPACE:
            return True
    return False
