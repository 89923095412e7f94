"""Trigger words: every word of the text the lexicon knows as an event (with its class,
lemma and whether it stands as a verb), minus words inside names and support verbs that
only carry an event noun ("caused damage")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from newskit.actors import ActorIndex
from newskit.ascii_patterns import compile_ascii, plain_ascii
from newskit.text import match_ahead
from newskit.textlayer import in_title_case_line, opens_sentence
from newskit_events.agents import agent_verbs
from newskit_events.amounts import CHANGE, amount_changes
from newskit_events.gerund import heads_noun_phrase
from newskit_events.lexicon import GENERAL, Lexicon, lexicon
from newskit_events.lexicon import Trigger as Reading
from newskit_events.mention import CAUSES, Trigger, words_after, words_before
from newskit_events.objects import event_objects

__all__ = ["drop_support", "find_triggers", "inside_name", "is_verb"]

_TOKEN = regex.compile(r"(?<![\p{L}\p{N}-])\p{L}[\p{L}\p{N}-]*(?<!-)")
#: the same tokens of a plain ASCII text, by the standard library's engine (half the time:
#: :mod:`newskit.ascii_patterns`)
_ASCII_TOKEN = compile_ascii(_TOKEN.pattern)
_VERB_PREV = frozenset({"to", "will", "would", "could", "may", "might", "can", "should", "must",
                        "did", "does", "didn't", "not", "also", "had", "has", "have"})
_NOUN_PREV = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "these",
                        "those", "our", "my", "your", "first", "last", "second", "previous"})

_KNOWN: dict[str, bool] = {}
_KNOWN_OF: list[object] = [None]
_KNOWN_MAX = 200_000


def _known_forms(lex: object) -> dict[str, bool]:
    """Word form -> could it be a trigger, for ``lex``: words repeat, and the lemma
    candidates behind the answer were most of the trigger scan's time."""
    if _KNOWN_OF[0] is not lex or len(_KNOWN) > _KNOWN_MAX:
        _KNOWN.clear()
        _KNOWN_OF[0] = lex
    return _KNOWN


def find_triggers(text: str) -> list[tuple[int, int, str, str, str, bool, bool]]:
    """(start, end, form, class, lemma, licensed by the word before, an inflected verb) of
    every trigger: each word read in its context, then the words no sense held read by the
    senses the text gives their lemmas elsewhere (:meth:`Lexicon.read_as`), then the verbs
    whose subject is a happening (:func:`~newskit_events.agents.agent_verbs`), less the verbs
    of a thing-taking sense whose object is an event (:func:`~newskit_events.objects.event_objects`)."""
    lex = lexicon()
    out: list[tuple[int, int, str, str, str, bool, bool]] = []
    # the words no sense held, kept for the second reading without the words around them:
    # those are read again there (a long article's lists of them were its largest part at
    # the events' top: about 3.6 MB a million characters)
    unread: list[tuple[int, int, str, bool]] = []
    known = _known_forms(lex)
    # one string a distinct form in what is kept: the forms repeat, and a new string each
    # word kept was about 1 MB a million characters at the events' top
    shared: dict[str, str] = {}
    for m in _tokens(text):
        form = m.group().lower()
        if known.get(form) is False and "-" not in form:
            continue  # most words: known to be no trigger, read without a call
        form = _known_form(lex, form)
        if form is None:
            continue
        form = shared.setdefault(form, form)
        before = words_before(text, m.start(), 4)
        after = words_after(text, m.end(), 6)
        if any(w in _NEGATION or w.endswith(("n't", "n’t")) for w in before[-2:]):
            continue
        joined = match_ahead(_JOINED, text, m.end()) is not None
        trig = lex.lookup(form, before, after, joined)
        if trig is None and form.endswith("s") and _between_names(text, m.start(), m.end()):
            trig = lex.headline_present(form, before, after)
        if trig is None:
            if _may_carry(text, m.start(), m.group()):
                unread.append((m.start(), m.end(), form, joined))
        elif not (trig.verbal and after[:1] and after[0] in _NO_OBJECT):  # "provided no details": nothing done
            out.append(_entry(text, m.start(), m.end(), form, trig))
    out = event_objects(text, sorted(out))  # a sense dropped for its object lends itself to no other word
    read = _senses_read(out)
    for s, e, form, joined in unread if read else ():
        before, after = words_before(text, s, 4), words_after(text, e, 6)
        trig = lex.read_as(form, before, after, read, joined)
        if trig is not None and not (trig.verbal and after[:1] and after[0] in _NO_OBJECT):
            out.append(_entry(text, s, e, form, trig))
    # "survivors recalled the bombing": no recall of products; "the cyclone slammed into": the happening as agent
    out = agent_verbs(text, event_objects(text, sorted(out)))
    # "raised tolls", "the peso plunged 8%": a change of an amount, whatever else the word reads
    return [t for t in amount_changes(text, out) if t[3] != CHANGE or not _negated(text, t[0])]


#: a capitalised word right before a word: the subject of a headline's present tense
_NAME_BEFORE = regex.compile(r"(?<![\p{L}'’.-])\p{Lu}[\p{L}'’-]*\p{L}[ ]$")
#: what opens the object right after it: a capitalised word, a number, a determiner
_OBJECT_AFTER = regex.compile(r"[ ](?:\p{Lu}|\p{N}|(?:the|a|an|his|her|its|their|two|three)\b)")


def _between_names(text: str, start: int, end: int) -> bool:
    """Whether a word stands between a capitalised subject and an object, on one line, as a
    headline's present-tense verb does ("Klitschko stops Thompson", "Obama Reverses Bush");
    not after a determiner ("The Stops") nor at a line's end."""
    return _NAME_BEFORE.search(text, max(0, start - 40), start) is not None and \
        match_ahead(_OBJECT_AFTER, text, end) is not None and \
        text[max(0, start - 4):start].lower().strip() not in ("the", "a", "an") and _headline_line(text, start)


def _headline_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a headline: short, and ended by no sentence's
    closing mark (a body's present tense, "Russia faces a shortage", tells a state)."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo:hi if hi >= 0 else len(text)].rstrip()
    return len(line) <= _HEADLINE_MAX and not line.endswith((".", "?", "!", '"', "”", "’", "'"))


#: the longest line read as a headline
_HEADLINE_MAX = 160


def _tokens(text: str) -> Iterator[regex.Match[str]] | Iterator[re.Match[str]]:
    """``_TOKEN``'s matches in ``text``, by the standard library's engine on plain ASCII."""
    return (_ASCII_TOKEN if _ASCII_TOKEN is not None and plain_ascii(text) else _TOKEN).finditer(text)


def _negated(text: str, start: int) -> bool:
    """A negation among the two words before ``start`` ("will not raise"): no event told."""
    return any(w in _NEGATION or w.endswith(("n't", "n’t")) for w in words_before(text, start, 2))


def _may_carry(text: str, start: int, word: str) -> bool:
    """Whether a word may take a sense its text reads its lemma in elsewhere: not a
    capitalised word inside a sentence, a name's word ("the 'Hunger Games' sequel"), unless
    its line is a headline in title case, where capitals mark no names ("Colts Win")."""
    if word[0].islower() or opens_sentence(text, start):
        return True
    return in_title_case_line(text, start) and _QUOTED_RUN.search(text, max(0, start - 80), start) is None


#: a run of capitalised words opened by a quotation mark, up to the word: a title quoted in a
#: headline ("Won't Direct 'Hunger Games' Sequel") is a name even there
_QUOTED_RUN = regex.compile(r"['\"‘“]\s*(?:\p{Lu}[\p{L}'’-]*\s+)*$")


def _known_form(lex: Lexicon, form: str) -> str | None:
    """The form of a word the lexicon may read as a trigger ("stand-off" also as
    "standoff", the compound written closed), or None."""
    known = _known_forms(lex)
    ok = known.get(form)
    if ok is None:
        ok = known[form] = lex.candidates_known(form)
    if not ok and "-" in form:
        form = form.replace("-", "")
        ok = known.get(form)
        if ok is None:
            ok = known[form] = lex.candidates_known(form)
    return form if ok else None


def _entry(text: str, start: int, end: int, form: str, trig: Reading) -> tuple[int, int, str, str, str, bool, bool]:
    """One trigger as :func:`find_triggers` gives it, its mention stretched over the words
    its sense's phrase took."""
    if trig.phrase_words:
        took = match_ahead(_PHRASE_AFTER[min(trig.phrase_words, len(_PHRASE_AFTER) - 1)], text, end)
        end = took.end() if took is not None else end
    return (start, end, form, trig.cls, trig.lemma, trig.by_prev, trig.verbal)


def _senses_read(found: list[tuple[int, int, str, str, str, bool, bool]]) -> dict[str, str]:
    """Lemma -> the class of its first reading in the text, for the lemmas read as events of
    a named class (a general action is its own word's act only: it lends no sense); a word
    that stands in for others (``Lexicon.stand_ins``: "slide", "haul") takes the class of one
    of them read ("landslide", "seized")."""
    read: dict[str, str] = {}
    for _s, _e, _form, cls, lemma, _by_prev, _verbal in found:
        if cls != GENERAL:
            read.setdefault(lemma, cls)
    for word, others in lexicon().stand_ins.items():
        named = next((read[w] for w in others if w in read), None)
        if named is not None:
            read.setdefault(word, named)
    return read


#: the n words right after a trigger that its sense's phrase took ("ran aground", "left the
#: tracks"), by n: part of its mention
_PHRASE_AFTER = tuple(regex.compile(rf"(?:[ \t]+\p{{L}}+){{{n}}}") for n in range(5))


#: the next word follows with only spaces between (a noun premodifying it: "disaster office")
_JOINED = regex.compile(r"[ \t]+\p{L}")
#: an event said not to happen is not reported ("hasn't hosted", "no injuries")
_NEGATION = frozenset({"not", "never", "no", "without"})
#: a verb whose object says nothing was acted on ("provided no specifics")
_NO_OBJECT = frozenset({"no", "nothing", "none"})
#: irregular past forms that are verbs even with no auxiliary before them
_PAST = frozenset({"met", "flew", "beat", "won", "lost", "bought", "sold", "struck", "hit", "shot", "laid",
                   "fled", "fought", "left", "sank", "stole", "slew", "born"})
#: past forms that are verbs after a relative pronoun ("the walkout that began on Monday")
_RELATIVE_PAST = _PAST | {"began", "begun"}


def is_verb(text: str, start: int, form: str, lemma: str) -> bool:
    prev = words_before(text, start, 1)
    if prev and prev[0] in ("that", "which", "who") and (form.endswith("ed") or form in _RELATIVE_PAST):
        return True  # "the quake that rocked Napa", "the walkout that began on Monday"
    if prev and prev[0] in _NOUN_PREV:
        return False
    if prev and prev[0] in _VERB_PREV:
        return True
    if form.endswith("ing") and heads_noun_phrase(text, start):
        return False  # "a deadly shooting", "Tuesday's bombing": a nominal event
    return form.endswith(("ed", "ing")) or form in _PAST or lemma in lexicon().verb_only


def inside_name(index: ActorIndex, s: int, e: int, verbal: bool) -> bool:
    """A word inside a person's name, a place or a known institution is no trigger ("Federal
    Bureau of Investigation", "Promises Treatment Center"). A capitalised run guessed as a
    name may be a headline ("Technicolor Star Dies At 91"): an inflected verb in it is still
    a trigger, and so is a name that is the trigger alone ("the 81st Oscars")."""
    for a in (index.actors[i] for i in index.index_range(s - 200, e)):
        if a.start <= s and e <= a.end and not (a.kind == "name" and (verbal or (a.start, a.end) == (s, e))):
            return True
    return False


#: "caused damage", "staged a protest": a general verb and the event noun it governs
_SUPPORT_AFTER = regex.compile(r"(?:\s+(?:[\p{L}'’-]+|\d[\d,.]*)){0,3}\s+")
#: "an invitation extended by": a participle right after the event noun it modifies
_SUPPORT_BEFORE = regex.compile(r"\s+")
#: a preposition of path after a verb: "a blast *ripped through* the block", "fire *tore across*
#: the hills" - the happening before it moved, the verb is its own act, no participle of it
_PATH_AFTER = regex.compile(r"\s+(?:through|across|along|into|over|past)\b")


def drop_support(text: str, trigs: list[Trigger]) -> list[Trigger]:
    """Without the general actions that only carry an event noun of a named class - its
    object within three words ("caused heavy damage", "led the attack") or the noun it
    follows as a participle ("the invitation extended by Kim"): the noun is the event,
    the verb a support verb, and a clause naming one event twice names it once."""
    out = []
    for i, m in enumerate(trigs):
        if m.cls == GENERAL:
            nxt = trigs[i + 1] if i + 1 < len(trigs) else None
            prev = trigs[i - 1] if i else None
            if nxt is not None and not nxt.verb and nxt.cls != GENERAL and \
                    _SUPPORT_AFTER.fullmatch(text, m.end, nxt.start):
                continue
            if prev is not None and not prev.verb and prev.cls != GENERAL and \
                    _SUPPORT_BEFORE.fullmatch(text, prev.end, m.start) and not (
                    prev.cls in CAUSES and match_ahead(_PATH_AFTER, text, m.end)):
                continue
        out.append(m)
    return out
