"""Acts the story's leads share that no trigger lexicon lists.

Outlets lead with the news in a verb: "Zoo euthanises flamingos after bird flu outbreak", "keepers
euthanised 40 birds"; "Port shuts ferry terminal", "the terminal was abruptly shut on Monday". The
events plugin reads only the words its lexicon lists, and every new kind of news brings verbs no
list had. The story itself tells which of its verbs are acts: a verb that two or more outlets
put in their headline or lead, and that at least one of them uses there as a predicate (by its
local syntax: after its subject, after an auxiliary, as a light verb's object;
:func:`newskit.story.predicate.predicate_positions`), is an event word of this story, its
nominal too ("the cull" with "culled": :func:`newskit.story.predicate.family_of`). Besides
the predicates that module reads, a headline's present after its subject ("Port shuts",
"Zoo euthanises": a verb the story inflects elsewhere) and a participle of the same form as
its base after be or have ("was shut", "had been cut") count.

The lead predicate most leads share is story/predicate.py's, and a word some reading already
takes as an event is left to it; this reads the other acts. Verbs that frame another
predicate (saying, reporting, being, phase, attempt), light verbs whose object names the act
("ordered the evacuation") and the toll of a cause never count (``newskit/data/predicate.json``),
nor a word that is no verb in the story (a noun it never inflects as one). Every occurrence of
such a word in every dated article, but one that modifies the noun after it, becomes a learned
mention (:func:`newskit.story.predicate.family_units`) dated by its own clause only, which the
story keeps where it joins the central event: the word tells of the news, not of some other
happening. Only articles with a publication date are read, as for every word the story learns;
single-article extract output is unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from functools import cache

from newskit.model import Analysis
from newskit.story._common import learned_word_lists, word_lists
from newskit.story.features import Unit
from newskit.story.learned import past_form
from newskit.story.predicate import (
    LeadTok,
    base,
    family_of,
    family_units,
    is_excluded_stem,
    is_light_stem,
    is_light_verb,
    lead_tokens,
    predicate_positions,
    predicate_words,
    skip_adverbs,
    story_words,
)
from newskit.textlayer import title_case as is_title_case

__all__ = ["framing_verbs", "headline_subject", "headline_verbs", "lead_act_units", "lead_acts", "same_form_participles"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "lead-act"
_OFFSET = 4000
#: at least this many dated articles name the act in their headline or lead
_OUTLETS = 2
#: the words of a complement's noun phrase read past its determiners ("a rare state visit")
_PHRASE_WORDS = 3


@cache
def _auxiliaries() -> frozenset[str]:
    """The forms of be and have a same-form participle follows (``newskit/data/lead_acts.json``)."""
    return word_lists("lead_acts.json")["passive_auxiliaries"]


@cache
def _prepositions() -> frozenset[str]:
    """The prepositions whose object may be the act a verb frames (``lead_acts.json``)."""
    return word_lists("lead_acts.json")["complement_prepositions"]


def headline_verbs(head: Sequence[LeadTok], inflected: Set[str]) -> list[str]:
    """The present-tense verbs of a headline, lower case: a lower-case word in -s right after
    its capitalised subject ("Poland culls thousands", "Quebec shuts bridge") that the story
    inflects as a verb (``inflected``, or an irregular verb's form). Not in a title-case
    headline, where capitals mark no subject."""
    if is_title_case([t[0] for t in head]):
        return []
    out: list[str] = []
    for i in range(1, len(head)):
        prev, w = head[i - 1][0], head[i][0]
        low = w.lower()
        if not (prev[:1].isupper() and w.isalpha() and w.islower() and low.endswith("s")) \
                or low.endswith(("ss", "us", "is")):
            continue
        if base(low) in inflected or past_form(low[:-1]):
            out.append(low)
    return out


def headline_subject(head: Sequence[LeadTok], bases: Set[str]) -> list[str]:
    """The head of a headline's subject when it names the act, lower case: its first word, a
    common noun (the story writes its stem in lower case: ``bases``), before "of" or before
    a verb that frames another predicate ("Cull of 40,000 pigs begins", "Evacuation
    continues"). Not in a title-case headline."""
    if len(head) < 2 or is_title_case([t[0] for t in head]):
        return []
    w, nxt = head[0][0], head[1][0]
    if not (w.isalpha() and w[0].isupper() and w[1:].islower() and base(w) in bases):
        return []
    framed = nxt.isalpha() and nxt.islower() and is_excluded_stem(base(nxt))
    return [w.lower()] if nxt.lower() == "of" or framed else []


def same_form_participles(body: Sequence[LeadTok]) -> list[str]:
    """The participles of the same form as their base after be or have in a lead ("was
    abruptly shut", "had been cut"), lower case: a form in -ed or of another shape is a
    predicate there already (:func:`newskit.story.predicate.is_verbal`)."""
    out: list[str] = []
    for i in range(1, len(body)):
        w = body[i][0]
        if not (w.isalpha() and w.islower()) or w.endswith("ed") or not past_form(w):
            continue
        j = skip_adverbs(body, i)  # "was abruptly shut"
        if j >= 0 and body[j][0].lower() in _auxiliaries():
            out.append(w)
    return out


def lead_acts(analyses: Sequence[Analysis], skip: Set[str] = frozenset(),
              events: Set[str] = frozenset()) -> frozenset[str]:
    """The families (:func:`newskit.story.predicate.family_of`) of the acts the dated articles'
    leads share (the module docstring), less ``skip`` (the lead predicate's families, read by
    story/predicate.py) and ``events`` (the families of the words the story already reads as
    events), and less a verb that some lead gives another act as its complement: an
    infinitive ("scheduled to visit") or an event word ("embark on a visit": ``events``)."""
    dated = [a for a in analyses if a.article.published_date is not None]
    if len(dated) < _OUTLETS:
        return frozenset()
    bases, nouns, inflected = story_words(dated)
    named: dict[str, set[str]] = {}
    acted: set[str] = set()
    framing: set[str] = set()
    forms: dict[str, set[str]] = {}
    for a in dated:
        for w, verbal in _lead_words(a, inflected, bases):
            fam = family_of(w, bases, nouns)
            named.setdefault(fam, set()).add(a.article.id)
            forms.setdefault(fam, set()).add(w)
            if verbal:
                acted.add(fam)
        head, body = lead_tokens(a)
        framing |= {family_of(w, bases, nouns) for w in framing_verbs(head, inflected, events, bases, nouns)}
        framing |= {family_of(w, bases, nouns) for w in framing_verbs(body, inflected, events, bases, nouns)}
    return frozenset(f for f, arts in named.items()
                     if len(arts) >= _OUTLETS and f in acted and f not in skip and f not in events
                     and f not in framing and _act(f, forms[f], inflected))


def framing_verbs(toks: Sequence[LeadTok], inflected: Set[str], events: Set[str], bases: Set[str],
                  nouns: Set[str]) -> list[str]:
    """The verbs of ``toks`` (lower case, a form of a verb the story inflects or a past form)
    whose complement is another act: "to" and a verb the
    story inflects ("scheduled to visit", "set to resume"), or, past a preposition of
    ``lead_acts.json`` and determiners, a word of the event families ``events`` ("embark on a
    visit", "embarking on a rare state visit"). Such a verb frames the act; it is not the
    act."""
    dets = learned_word_lists().get("determiners", frozenset())
    out: list[str] = []
    for i in range(len(toks) - 1):
        w = toks[i][0]
        if not (w.isalpha() and w.islower() and (base(w) in inflected or past_form(w))):
            continue  # a verb's form: one the story inflects, or a past form
        nxt = toks[i + 1][0].lower()
        if nxt == "to":
            after = toks[i + 2][0] if i + 2 < len(toks) else ""
            if after.isalpha() and after.islower() and base(after) in inflected:
                out.append(w)
            continue
        k = i + 1
        if nxt in _prepositions():
            k += 1
        while k < len(toks) and toks[k][0].lower() in dets:
            k += 1
        if any(family_of(x, bases, nouns) in events for x in _phrase(toks, k)):
            out.append(w)
    return out


def _phrase(toks: Sequence[LeadTok], k: int) -> list[str]:
    """The lower-case words of the noun phrase that opens at ``toks[k]``, at most three
    ("a rare state visit" past its determiner), up to a word that ends a phrase."""
    bounds = learned_word_lists().get("boundaries", frozenset())
    out: list[str] = []
    for w, _s, _e, _h in toks[k:k + _PHRASE_WORDS]:
        if not (w.isalpha() and w.islower()) or w in bounds:
            break
        out.append(w)
    return out


def _lead_words(a: Analysis, inflected: Set[str], bases: Set[str]) -> list[tuple[str, bool]]:
    """The content words of an article's headline and lead, lower case, each with whether
    it stands as a predicate in the headline or the first sentence: as story/predicate.py
    reads one (:func:`newskit.story.predicate.predicate_positions`), a headline's present
    (:func:`headline_verbs`), the head of a headline's subject that names the act
    (:func:`headline_subject`) or a same-form participle (:func:`same_form_participles`)."""
    out = [(w, verbal and where <= 1) for w, verbal, where in predicate_positions(a, inflected)]
    head, first = lead_tokens(a, 1)
    return out + [(w, True) for w in (*headline_verbs(head, inflected), *headline_subject(head, bases),
                                      *same_form_participles(first))]


def _act(fam: str, forms: Set[str], inflected: Set[str]) -> bool:
    """The family names an act: a verb's (the story inflects it, or a form is an irregular
    verb's) that frames no other predicate, is no light verb whose object names the act
    ("ordered the evacuation") and no toll."""
    if is_excluded_stem(fam) or is_light_stem(fam) or any(is_light_verb(w) for w in forms):
        return False
    return fam in inflected or any(past_form(w) for w in forms)


def lead_act_units(analyses: Sequence[Analysis], units: Sequence[Unit], skip: Set[str] = frozenset()) -> list[Unit]:
    """A learned mention for every occurrence of a shared lead act (:func:`lead_acts`) that
    no event of ``units`` names: a word the events plugin or an earlier reading of the story
    takes as an event somewhere is left to them (their mentions are clustered on their own
    evidence, and more mentions of one word would only pull them apart)."""
    known = predicate_words(analyses, units)
    return family_units(analyses, units, lead_acts(analyses, skip, known), _TAG, _OFFSET, clause=True)
