"""The trigger lexicon (data/triggers.json), compiled once.

A class lists lemmas (``verbs``, ``nouns``), exact ``forms``, and ``conditional`` lemmas
that are triggers only in context: ``prev`` (one of the two words before), ``next`` (one
of the six words after), ``particle`` (one of the two words after: "step down", "opened
fire at") - any one of the given tests suffices - and ``not_next`` (the next word must not
be one of these: "announced that" is a speech act); an entry ``"@name"`` in these lists
stands for the shared list ``word_lists[name]``; a lemma given a list holds several senses
of one class, each with its own tests. ``pos`` restricts a conditional lemma
to verb or noun forms. Two tests are required rather than alternatives: ``phrase`` (the
words after must begin with one of these word sequences: "went *down*") and, when
given with it, ``subject`` (one of the four words before: "the *ferry* went down"; alone
it is one more alternative). A sense marked ``first`` is tried before the exact forms and
every other sense: "won *the runoff*" is an election, whatever "won" is on its own. A noun
reading followed by the head of an institution (``institution_heads``: "disaster
*office*", "election *commission*") names the institution, not an event. A word is looked up by its lemma candidates (lemma.py), so every
inflection of a listed lemma is a trigger, and conditional senses are tried before plain
ones: the more specific reading wins ("opened fire" is an attack, "a fire" a disaster,
"was fired" a dismissal)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import regex
from attrs import frozen

from newskit.patterns import cached_tables, compile_pattern, read_data
from newskit.text import lower_word
from newskit.vocabulary import TRIGGER_POS, EventTrigger, SpeechCue, current, per_vocabulary
from newskit_events.grammar import DETERMINERS
from newskit_events.lemma import BASE, ED, ING, S, candidates, nominalisations, verb_bases

__all__ = ["DETERMINERS", "GENERAL", "Lexicon", "Sense", "Trigger", "bundled_triggers", "lexicon"]

#: the class of an ordinary action no other class names (data/general_events.json)
GENERAL = "action"

#: in a ``prev`` list, any number ("12 dead", "two dead")
NUM = "#num"
#: in a ``particle`` list, a score ("lost 2-1", "won 3-0 at home"; "lose 20 - 13" as a
#: tokenised text spaces it: a number and one of at most two digits, never the group of
#: three a thousands comma leaves, "lost 46,000")
SCORE = "#score"
_SCORE = regex.compile(r"\d{1,3}-\d{1,3}")
_SPACED_SCORE = (regex.compile(r"\d{1,3}"), regex.compile(r"\d{1,2}"))
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds "
    "thousand thousands score scores twenty thirty forty fifty sixty seventy eighty ninety".split())
_DIGITS = regex.compile(r"\d[\d,.]*")
#: prepositions after which an -ing form tells of one action, not an activity ("after
#: pulling a gun", "by knocking him down")
#: a preposition of place before an -ing form and its noun opens a noun phrase ("pupils *at*
#: boarding schools"); a preposition of time does not ("after boarding the plane")
_PLACE_PREPOSITIONS = frozenset({"at", "in", "of", "from", "to", "into", "on", "near", "outside", "inside", "for"})


def _in_noun_phrase(before: Sequence[str]) -> bool:
    """The words before an -ing form open a noun phrase it modifies: a determiner right
    before it or one word earlier ("a boarding school", "a government boarding school"), or
    a preposition of place ("at boarding schools"). After a subject or a form of "be" it is
    a verb ("gunmen attacking schools", "soldiers returning home", "were storming houses")."""
    return any(w in DETERMINERS for w in before[-2:]) or (bool(before) and before[-1] in _PLACE_PREPOSITIONS)


#: the prepositions of place that open a noun phrase, never a verb's infinitive (``to land``)
_NOUN_PREPOSITIONS = _PLACE_PREPOSITIONS - {"to"}


def _bare_noun_head(before: Sequence[str]) -> bool:
    """The words before a bare form make it the head of a noun phrase, never a verb: a
    preposition of place but ``to`` right before it (``on land``), or one word earlier with
    a modifier between that is no verbal word and no plural subject (``of native land``; not
    ``to safely land``). After a determiner and a word it may be a verb (``The firm cut``)."""
    if before and before[-1] in _NOUN_PREPOSITIONS:
        return True
    return len(before) >= 2 and before[-2] in _NOUN_PREPOSITIONS and before[-1] not in VERBAL and not before[-1].endswith("s")


TIME_PREPOSITIONS = frozenset({"after", "before", "by", "while", "since", "upon", "following"})
#: words after which a bare verb form is a verb
VERBAL = frozenset({"to", "will", "would", "could", "may", "might", "can", "should", "must", "did", "does",
                    "do", "also", "not", "never", "shall"})


@frozen
class Sense:
    """One reading of a lemma: its class, the forms it admits and the context it needs."""

    cls: str
    pos: str | None  # "verb", "noun" or None (either)
    prev: frozenset[str] = frozenset()
    next: frozenset[str] = frozenset()
    particle: frozenset[str] = frozenset()
    not_next: frozenset[str] = frozenset()
    not_prev: frozenset[str] = frozenset()
    #: a verb whose bare and -s forms are mostly other nouns ("a bomb", "Oscar host"): those
    #: forms count only after a verbal word ("to host", "will bomb")
    inflected_only: bool = False
    #: word sequences one of which must open the words after ("went down"): required
    phrase: tuple[tuple[str, ...], ...] = ()
    #: words one of which is among the four before ("the ferry went down")
    subject: frozenset[str] = frozenset()
    #: tried before exact forms and other senses ("won the runoff" is an election)
    first: bool = False
    #: acts on things (a firm recalls products, vehicles, batches): with an event noun as
    #: its object the verb has another sense ("survivors recalled the bombing": remembering)
    thing_object: bool = False
    #: a verb whose bare form is also a noun that names a thing, not its act ("land", "head"):
    #: that form after a preposition of place heads a noun phrase ("of native land")
    thing_noun: bool = False

    def admits(self, tag: str, before: Sequence[str]) -> bool:
        """Whether a form inflected as ``tag`` can be this sense's part of speech; after a
        determiner ("a move", "the shells") a word is a noun, so verb senses are out, and so
        is the bare form of a ``thing_noun`` heading a noun phrase ("of native land":
        :func:`_bare_noun_head`)."""
        if self.pos == "noun":
            return tag in (BASE, S)
        if self.pos == "verb":
            if self.inflected_only and tag in (BASE, S):
                return bool(before) and before[-1] in VERBAL
            if before and before[-1] in DETERMINERS:
                return tag == ED and before[-1] == "those"  # "those freed": whom the act freed
            return not (self.thing_noun and tag == BASE and _bare_noun_head(before))
        return True

    def carries(self, tag: str, near: Sequence[str], after: Sequence[str]) -> bool:
        """Whether the sense, read elsewhere in a text, reads a form of its lemma whose own
        context does not hold (``near``: the two words before): never a sense tied to the
        words after it (a required phrase, a ``first`` sense) or vetoed by its neighbours; a
        verb sense only on a form that is surely a verb (-ed, -ing, or after "to", "will":
        "security issues" is no issuing); and a sense licensed by the words it acts on (an
        object, a particle, a modifier: "cut jobs", "provided aid", "an offer for", "arms
        transfers") only on a form that is no verb, a noun with no object of its own ("the
        cut", "the offer"): another object, another act ("providing him with a sign")."""
        if self.phrase or self.first or (self.not_next and after[:1] and after[0] in self.not_next) or \
                (self.not_prev and near[-1:] and near[-1] in self.not_prev):
            return False
        verb_form = tag in (ED, ING) or (bool(near) and near[-1] in VERBAL)
        if self.pos == "verb" and not verb_form:
            return False
        if verb_form and (self.next or self.particle or self.prev - VERBAL - DETERMINERS):
            return False
        return self.admits(tag, near)

    def holds(self, before: Sequence[str], after: Sequence[str]) -> bool:
        """``before``: the words before (nearest last; ``prev`` reads two, ``subject`` four);
        ``after``: the six words after."""
        if self.not_next and after[:1] and after[0] in self.not_next:
            return False
        if self.not_prev and before[-1:] and before[-1] in self.not_prev:
            return False
        if self.phrase and not any(tuple(after[:len(p)]) == p for p in self.phrase):
            return False
        near = before[-2:]
        tests = []
        if self.prev:
            tests.append(any(w in self.prev or (NUM in self.prev and _is_number(w)) for w in near))
        if self.next:
            tests.append(bool(self.next.intersection(after)))
        if self.particle:
            tests.append(bool(self.particle.intersection(after[:2])) or (SCORE in self.particle and _score(after)))
        if self.subject:
            tests.append(bool(self.subject.intersection(before[-4:])))
        return not tests or any(tests)


@frozen
class Trigger:
    """A trigger reading of a word: class, lemma, and whether it was licensed by the word
    before it ("the quake hit": the verb tells of its subject's event)."""

    cls: str
    lemma: str
    by_prev: bool
    verbal: bool = False  # read as a verb form (a verb sense, inflected)
    phrase_words: int = 0  # words after it its sense's phrase took ("ran aground"): part of the mention


def _score(after: Sequence[str]) -> bool:
    """The words after a verb open with a score: ``2-1``, or ``20 13`` of ``20 - 13``."""
    return any(_SCORE.fullmatch(w) for w in after[:2]) or (
        len(after) >= 2 and all(rx.fullmatch(w) is not None for rx, w in zip(_SPACED_SCORE, after, strict=False)))


def _is_number(w: str) -> bool:
    return bool(_DIGITS.fullmatch(w)) or w in _NUMBER_WORDS


@frozen
class Lexicon:
    forms: dict[str, str]  # exact form -> class
    senses: dict[str, tuple[Sense, ...]]  # lemma -> senses, conditional ones first
    merge_into: dict[str, tuple[str, ...]]
    plurals: frozenset[str]
    reporting: Any  # compiled regex of reporting verbs (a date before one dates the speech act)
    verb_only: frozenset[str]  # lemmas with verb senses and no noun sense
    steps: dict[str, str]  # lemma -> step of a procedure (arrest, charge, trial, sentence...)
    #: modality cues by role ("future_aux", "hypothetical_lead", ...): data/triggers.json "modality"
    modality: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: past verb forms of ordinary actions (data/general_events.json), class GENERAL: the
    #: last reading tried, for words no class names
    general: frozenset[str] = frozenset()
    #: verb stem -> the general past form it inflects ("stop" -> "stopped"): the -ing form
    #: of a general action after a preposition of time ("after stopping him") is that action
    general_stems: dict[str, str] = attrs.field(factory=dict)
    #: nouns after which a noun trigger names an institution ("disaster office")
    institution_heads: frozenset[str] = frozenset()
    #: verbs of a changing count ("the toll rose to 27 on Sunday"): a date after one is the count's
    count_verbs: frozenset[str] = frozenset()
    #: the nouns of a count an event is the source of ("the death toll from the sinking")
    count_nouns: frozenset[str] = frozenset()
    #: verbs of reacting to an event ("condemned the attack"): their subject is no party to it
    reaction: frozenset[str] = frozenset()
    #: nouns of a place or thing named for what is done there ("a boarding *school*", "the
    #: shooting *range*"): an -ing form right before one is its modifier, no event
    purpose_heads: frozenset[str] = frozenset()
    #: past verbs of declaring, announcing or starting something ("officials on Monday
    #: *declared* an outbreak"): the day of the act dates the event noun it governs
    declaring: frozenset[str] = frozenset()
    #: adjectives of anteriority ("a previous truce", "an earlier strike"): the noun after one
    #: names an event before the news (background)
    background: frozenset[str] = frozenset()
    #: past participles of carrying out an event ("the vote was *held* on Sunday", "the
    #: transplant, *performed* on 26 August"): with an event noun as subject, the noun's event
    performing: frozenset[str] = frozenset()
    #: a verb form -> the class it is then no trigger of and the words that, among the three
    #: after it, make it an ordinary action ("lost their jobs", "had won foreign lotteries":
    #: no contest), whether the class reads it as an exact form or by a conditional sense
    form_vetoes: Mapping[str, tuple[str, frozenset[str]]] = attrs.field(factory=dict)
    #: a word -> the lemmas whose event it stands for when the article reads one of them
    #: ("the slide" after "the landslide", "the haul" after "seized"): data/triggers.json "stand_ins"
    stand_ins: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)

    def candidates_known(self, word: str) -> bool:
        """Cheap pre-filter: could ``word`` be a trigger in some context?"""
        w = lower_word(word)
        return w in self.forms or w in self.general or any(
            lem in self.senses or (tag in (ING, S) and lem in self.general_stems) for lem, tag in candidates(w))

    def lookup(self, word: str, before: Sequence[str], after: Sequence[str], joined: bool = True) -> Trigger | None:
        """The trigger reading of ``word`` in its context, or None. ``before``: up to four
        words before it (nearest last); ``after``: the six words after; ``joined``: the
        first of them follows with only a space between (no comma: "a chase, authorities
        said" names no institution)."""
        w = word.lower()
        if joined and w.endswith("ing") and after[:1] and after[0] in self.purpose_heads and _in_noun_phrase(before):
            return None  # "a government boarding school": the school's kind, not a boarding
        institution = joined and bool(after[:1]) and after[0] in self.institution_heads
        vetoed = self._vetoed(w, after)
        got = self._reading(w, before, after, True, institution)
        if got is not None and got.cls != vetoed:
            return got
        if w in self.forms:  # vetoed, an ordinary act: "won a lottery" is a happening, no contest
            return Trigger(self.forms[w] if vetoed is None else GENERAL, w, False)
        got = self._reading(w, before, after, False, institution)
        if got is None or got.cls != vetoed:
            return got
        # a vetoed conditional sense: "lost his life after a bout" is the ordinary act it names
        return Trigger(GENERAL, w, False, True) if w in self.general else None

    def _vetoed(self, w: str, after: Sequence[str]) -> str | None:
        """The class a verb form is no trigger of here: its ``form_vetoes`` class when one of
        their words is among the three words after it (``lost their jobs``), else None."""
        veto = self.form_vetoes.get(w)
        return veto[0] if veto is not None and veto[1].intersection(after[:3]) else None

    def headline_present(self, word: str, before: Sequence[str], after: Sequence[str]) -> Trigger | None:
        """The reading of a present-tense ``-s`` form between a name and its object, the
        tense of headlines ("Klitschko Stops Thompson", "Gunman Shoots Two"): a verb sense
        whose bare and ``-s`` forms are otherwise nouns ("stops", "shoots": ``inflected_only``),
        or the stem of a general action ("stop" -> "stopped")."""
        for lemma, tag in candidates(word.lower()):
            if tag != S:
                continue
            for sense in self.senses.get(lemma, ()):
                if sense.pos == "verb" and sense.inflected_only and sense.holds(before, after):
                    return Trigger(sense.cls, lemma, False, True)
            if lemma in self.general_stems:
                return Trigger(GENERAL, self.general_stems[lemma], False, True)
        return None

    def read_as(self, word: str, before: Sequence[str], after: Sequence[str], read: Mapping[str, str],
                joined: bool = True) -> Trigger | None:
        """The reading of ``word`` when no sense of it held its context, in an article that
        reads its lemma as an event elsewhere (``read``: lemma -> class): one word keeps one
        sense through one text ("an eight-year offer for" ... "the offer"; "to win" ... "the
        team's win"). Not every sense carries (:meth:`Sense.carries`); a sense's vetoes
        (``not_next``, ``not_prev``) still hold, and a noun before an institution's head or a
        purpose head is no event, as in :meth:`lookup`."""
        w = word.lower()
        if joined and after[:1] and (after[0] in self.purpose_heads or after[0] in self.institution_heads):
            return None
        near = before[-2:]
        vetoed = self._vetoed(w, after)
        for lemma, tag in candidates(w):
            cls = read.get(lemma)
            if cls is not None and cls == vetoed:
                continue  # "lost their jobs" in an article that tells a lost match too (lookup reads it)
            for sense in self.senses.get(lemma, ()) if cls is not None else ():
                if sense.cls == cls and sense.carries(tag, near, after):
                    return Trigger(sense.cls, lemma, False, sense.pos == "verb" and tag != BASE)
        return None

    def _reading(self, w: str, before: Sequence[str], after: Sequence[str], first: bool,
                 institution: bool) -> Trigger | None:
        """The first sense of ``w``'s lemma candidates that fits its context (only the
        senses marked ``first`` when ``first``; no noun sense before an institution's head)."""
        near = before[-2:]
        for lemma, tag in candidates(w):
            for sense in self.senses.get(lemma, ()):
                if first and not sense.first:
                    continue
                if institution and sense.pos == "noun":
                    continue  # "the provincial disaster office": an institution, not a disaster
                if sense.admits(tag, near) and sense.holds(before, after):
                    took = next((len(p) for p in sense.phrase if tuple(after[:len(p)]) == p), 0)
                    return Trigger(sense.cls, lemma, bool(sense.prev) and bool(
                        sense.prev.intersection(near)), sense.pos == "verb" and tag != BASE, took)
        if first:
            return None  # the general reading is the last one tried, after the exact forms
        if w in self.general:
            return Trigger(GENERAL, w, False, True)
        if before[-1:] and before[-1] in TIME_PREPOSITIONS and w.endswith("ing"):
            for lemma, tag in candidates(w):
                if tag == ING and lemma in self.general_stems:
                    return Trigger(GENERAL, self.general_stems[lemma], False, True)
        return None


def _plain_sense(cls: str, pos: str | None, made: dict[tuple[str, str | None], Sense]) -> Sense:
    """The context-free sense ``Sense(cls, pos)``, one shared instance per class and part of
    speech (thousands of lemmas share a few dozen: building each anew was a noticeable part
    of start-up; a frozen Sense is the same value wherever it is shared)."""
    got = made.get((cls, pos))
    if got is None:
        got = made[(cls, pos)] = Sense(cls, pos)
    return got


def _senses(data: dict[str, Any]) -> dict[str, tuple[Sense, ...]]:
    order = data.get("class_order") or list(data["classes"])
    lists: dict[str, list[str]] = data.get("word_lists", {})
    cond: dict[str, list[Sense]] = {}
    plain: dict[str, list[Sense]] = {}
    made: dict[tuple[str, str | None], Sense] = {}
    for cls in order:
        spec = data["classes"][cls]
        for pos, key in (("verb", "verbs"), ("noun", "nouns")):
            for lemma in spec.get(key, []):
                plain.setdefault(lemma.lower(), []).append(_plain_sense(cls, pos, made))
        for lemma, given in spec.get("conditional", {}).items():
            # a lemma may have several senses in one class, each with its own tests (a list):
            # "found the hoard" (its object) and "the find" (a noun after its determiner)
            for c in given if isinstance(given, list) else [given]:
                def fs(k: str, c: dict[str, Any] = c) -> frozenset[str]:
                    # "@name" stands for the shared word list ``word_lists[name]``
                    return frozenset(w.lower() for x in c.get(k, [])
                                     for w in (lists[x[1:]] if x.startswith("@") else [x]))
                cond.setdefault(lemma.lower(), []).append(Sense(
                    cls, c.get("pos"), fs("prev"), fs("next"), fs("particle"), fs("not_next"), fs("not_prev"),
                    bool(c.get("inflected_only")), tuple(tuple(p.lower().split()) for p in c.get("phrase", [])),
                    fs("subject"), bool(c.get("first")), bool(c.get("thing_object")), bool(c.get("thing_noun"))))
    derived = _derived_cached(plain, set(cond), frozenset(w.lower() for w in data.get("not_derived", [])), made)
    return {lemma: tuple(cond.get(lemma, []) + plain.get(lemma, []) + derived.get(lemma, []))
            for lemma in set(cond) | set(plain) | set(derived)}


#: the files :func:`_derived`'s result depends on besides its arguments (its suffix rules)
_DERIVED_SOURCES = (Path(__file__), Path(__file__).with_name("lemma.py"),
                    Path(__file__).with_name("data") / "inflections.json")


def _derived_cached(plain: dict[str, list[Sense]], conditional: set[str], vetoed: frozenset[str],
                    made: dict[tuple[str, str | None], Sense]) -> dict[str, list[Sense]]:
    """:func:`_derived`, kept in newskit's cache (``newskit.patterns.cached_tables``) for
    exactly these inputs (the lexicon's plain senses come from the current vocabulary, so
    the inputs, written out, are part of the key) while the suffix rules are unchanged:
    deriving every plain trigger's nominalisations and verb bases was about a third of
    the lexicon's first build, paid by every process on its first article."""
    inputs = repr((sorted((lemma, [(s.cls, s.pos) for s in senses]) for lemma, senses in plain.items()),
                   sorted(conditional), sorted(vetoed)))

    def build() -> list[tuple[str, str, str | None]]:
        return [(word, s.cls, s.pos) for word, senses in _derived(plain, conditional, vetoed).items()
                for s in senses]

    out: dict[str, list[Sense]] = {}
    for word, cls, pos in cached_tables("events-derived", _DERIVED_SOURCES, build, content=inputs):
        out.setdefault(word, []).append(_plain_sense(cls, pos, made))
    return out


def _derived(plain: dict[str, list[Sense]], conditional: set[str], vetoed: frozenset[str]) -> dict[str, list[Sense]]:
    """Senses made by derivation, for words the lexicon does not list itself: the
    nominalisations of a plain verb trigger ("evacuate" -> "evacuation", "deploy" ->
    "deployment") are noun triggers of its class, and the verbs a plain noun trigger is
    derived from ("explosion" -> "explode") are verb triggers of its class. A word with a
    sense of its own, or with conditional senses (an ambiguous word), gets none; ``vetoed``
    lists derived candidates that are other words ("department" is no departing)."""
    out: dict[str, list[Sense]] = {}
    known = set(plain) | conditional | vetoed
    for lemma, senses in sorted(plain.items()):
        for sense in senses:
            made = nominalisations(lemma) if sense.pos == "verb" else verb_bases(lemma)
            if sense.pos != "verb" and known.intersection(made):
                continue  # the lexicon names this noun's verb ("promotion": "promote") or vetoes it
            pos = "noun" if sense.pos == "verb" else "verb"
            for word in made:
                if word not in known and all(s.cls != sense.cls for s in out.get(word, [])):
                    out.setdefault(word, []).append(Sense(sense.cls, pos))
    return out


@cache
def raw_triggers() -> dict[str, Any]:
    """``data/triggers.json`` as written (loaded once)."""
    data: dict[str, Any] = json.loads(
        read_data(__package__, "triggers.json"))
    return data


def bundled_triggers() -> list[EventTrigger]:
    """The plain trigger lemmas and forms of ``data/triggers.json``, by class (the
    conditional senses stay rules of the file)."""
    data = raw_triggers()
    return [EventTrigger(lemma=w, event_class=cls, pos=pos)
            for cls, spec in data["classes"].items() for pos in TRIGGER_POS for w in spec.get(pos, [])]


def _with_vocabulary(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with its plain trigger lists taken from the current vocabulary (a class no
    file names is added after the others)."""
    classes = {c: {k: v for k, v in spec.items() if k not in TRIGGER_POS}
               for c, spec in data["classes"].items()}
    order = list(data.get("class_order") or data["classes"])
    for t in current()(EventTrigger):
        if t.event_class not in classes:
            classes[t.event_class] = {}
            order.append(t.event_class)
        classes[t.event_class].setdefault(t.pos, []).append(t.lemma)
    return {**data, "classes": classes, "class_order": order}


@cache
def _general_forms() -> frozenset[str]:
    """``data/general_events.json``: past verb forms TimeML annotators tagged as events."""
    data: dict[str, Any] = json.loads(
        read_data(__package__, "general_events.json"))
    return frozenset(w.lower() for w in data["forms"])


def _general(data: dict[str, Any], forms: dict[str, str], senses: dict[str, tuple[Sense, ...]],
             modality: dict[str, frozenset[str]]) -> frozenset[str]:
    """The general action forms: read only when no other reading holds (``lookup`` tries
    them last, so a word with a sense of its own keeps it, and one whose conditional senses
    all fail their contexts - "a fired accountant" is no dismissal read, "struck a deal" no
    disaster - is still an action it names), never an exact form of a class, and none of what newskit leaves out on
    purpose - speech (a word any plugin registers as a speech cue: "expressed", "denied";
    a claim, not an event), the cues of modality ("scheduled", "tried": they tell how
    another event stands), reporting cues, and ``not_general`` (light verbs, "held";
    taking part in another event, "attended")."""
    out = set()
    left_out = {w.lower() for k, ws in data.get("not_general", {}).items() if not k.startswith("_") for w in ws}
    left_out |= {w.lower() for w in data.get("reporting_cues", [])}
    left_out |= {w for ws in modality.values() for w in ws}
    left_out |= {f.lower() for c in current()(SpeechCue) for f in c.word_forms()}
    for w in _general_forms():
        if w in left_out or w in forms:
            continue
        out.add(w)
    return frozenset(out)


@per_vocabulary
def lexicon() -> Lexicon:
    data = _with_vocabulary(raw_triggers())
    forms: dict[str, str] = {}
    for cls in data.get("class_order") or list(data["classes"]):
        for w in data["classes"][cls].get("forms", []):
            forms.setdefault(w.lower(), cls)
    senses = _senses(data)
    verb_only = frozenset(lemma for lemma, ss in senses.items()
                          if any(s.pos == "verb" for s in ss) and not any(s.pos in ("noun", None) for s in ss))
    merge = {k: tuple(v) for k, v in data.get("merge_into", {}).items()}
    reporting = compile_pattern(  # from the pattern cache: start-up
        r"(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in data.get("reporting_cues", [])) + r")(?![\p{L}])",
        regex.IGNORECASE)
    steps = {lemma.lower(): step for step, lemmas in data.get("steps", {}).items() for lemma in lemmas}
    modality = {k: frozenset(w.lower() for w in v) for k, v in data.get("modality", {}).items()
                if not k.startswith("_")}
    general = _general(data, forms, senses, modality)
    stems = {lemma: w for w in sorted(general) for lemma, tag in candidates(w)
             if tag == ED and lemma not in senses}
    return Lexicon(forms, senses, merge, frozenset(data.get("plural_forms", [])), reporting, verb_only, steps,
                   modality, general, stems, frozenset(w.lower() for w in data.get("institution_heads", [])),
                   frozenset(w.lower() for w in data.get("count_verbs", [])),
                   frozenset(w.lower() for w in data.get("count_nouns", [])),
                   frozenset(w.lower() for w in data.get("reaction_cues", [])),
                   frozenset(w.lower() for w in data.get("purpose_heads", [])),
                   frozenset(w.lower() for w in data.get("declaring_verbs", [])),
                   frozenset(w.lower() for w in data.get("background_markers", [])),
                   frozenset(w.lower() for w in data.get("performing_verbs", [])),
                   {w.lower(): (cls, frozenset(x.lower() for x in v))
                    for cls, by_form in data.get("form_vetoes", {}).items() if not cls.startswith("_")
                    for w, v in by_form.items()},
                   {w.lower(): tuple(x.lower() for x in v) for w, v in data.get("stand_ins", {}).items()
                    if not w.startswith("_")})
