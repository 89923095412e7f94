"""newskit's bundled ``quotes`` plugin: direct quotations and reported speech.

It needs the ``person`` mentions (to name speakers) and produces
:class:`newskit.QuoteMention` items. Modules, by concern:

* :mod:`.marks` pairs quotation marks over paragraphs; :mod:`.single_marks` reads an
  article that quotes in single marks as if it quoted in double ones;
* :mod:`.cues` loads the reporting-verb lexicon (``data/cues.json``);
* :mod:`.attribution` finds and resolves speaker phrases (pronouns, descriptions);
* :mod:`.actors` names organisations, governments and outlets (``data/actors.json``);
* :mod:`.direct` attaches quotations to their attribution;
* :mod:`.reported` finds indirect speech;
* :mod:`.mixed` makes quoted words inside reported speech one mention that carries the clause.

See ``docs/plugins/quotes.md`` for the conventions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import accumulate

import regex

from newskit import (
    Article,
    Extractor,
    Mention,
    PersonMention,
    PluginManager,
    QuoteMention,
    Register,
    hookimpl,
)
from newskit.textlayer import forget
from newskit.vocabulary import Organisation, SpeechCue

from . import hookspecs
from .actors import bundled_organisations
from .adjectives import adjective_items
from .cues import bundled_cues
from .direct import Item, direct_items
from .doc import Doc
from .headline import headline_items, transcript_items, transcript_turns
from .hedged import hedged_items
from .interview import interview_items
from .marks import typeset_marks
from .mixed import folded, with_clauses
from .nouns import noun_items
from .plausible import implausible
from .reported import reported_items
from .resolution import Resolver, Speaker
from .single_marks import single_marks
from .stance import stance_items

__all__ = ["QuotesExtractor", "extract_quotes"]

_QCHARS = "\"\u201c\u201d\u201e\u00ab\u00bb"


def _covered(item: Item, directs: list[Item], ends: list[int], text: str) -> bool:
    """True when an indirect item is really a direct quotation (or nearly all of one).

    ``directs`` are in text order and do not overlap, so ``ends`` is sorted."""
    a, b = item.start, item.end
    while a < b and text[a] in _QCHARS:
        a += 1
    while b > a and text[b - 1] in _QCHARS:
        b -= 1
    length = max(1, b - a)
    k = bisect_right(ends, a)
    while k < len(directs) and directs[k].start < b:
        d = directs[k]
        ov = min(b, d.end) - max(a, d.start)
        if ov > 0 and ov >= 0.7 * length:
            return True
        k += 1
    return False


#: The fewest words of a reported clause's own before a quotation inside it that make the
#: quotation a partial one (``said the rise was "…"``) rather than the clause's whole.
MIXED_LEAD = 2
_LEAD_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _mixed_clause(item: Item, directs: list[Item], starts: list[int], text: str) -> Item | None:
    """The quoted words of a reported clause that :func:`_covered` takes for a quotation
    read twice but that is a mixed quotation (:func:`_mixed_lead`), or None: the clause is
    no report of its own (no other reading sees it, and it resolves no speaker), only the
    clause its words carry (:func:`.mixed.with_clauses`).

    ``directs`` are in text order and do not overlap; ``starts`` are their starts."""
    a = item.start
    while a < item.end and text[a] in _QCHARS:
        a += 1
    k = bisect_left(starts, item.start)
    held = []
    while k < len(directs) and directs[k].start < item.end:
        held.append(directs[k])
        k += 1
    return held[0] if len(held) == 1 and _mixed_lead(text, a, item, held[0]) else None


def _mixed_lead(text: str, a: int, item: Item, d: Item) -> bool:
    """``said the rise was "better than nothing, and not much better"``: a clause that opens
    with words of its own before the quoted words (however long they are), holds them whole
    and shares their cue is a mixed quotation, which carries the quoted words (:mod:`.mixed`), not a direct
    quotation read a second time; ``said that "…"`` has one word only."""
    if not _one_voice(item, d) or d.end > item.end + 1:
        return False
    lead = text[a : d.start].rstrip().rstrip(_QCHARS + "'\u2018")
    if d.start <= a or any(c in _QCHARS for c in lead):
        return False
    return len(_LEAD_WORD.findall(lead)) >= MIXED_LEAD


def _one_voice(item: Item, d: Item) -> bool:
    """The clause and the quoted words have one cue and one speaker phrase."""
    if item.cue is None or d.cue is None or item.np is None or d.np is None:
        return False
    return item.cue.start == d.cue.start and item.np.start == d.np.start


#: The most words of a quoted term (a scare quote) as opposed to quoted speech.
SCARE_WORDS = 3
_TERM_BEFORE = frozenset({"so-called", "the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
                          "these", "those", "such"})
_WORD_RUN = regex.compile(r"[\p{L}\p{N}]+")


def _scare_quote(doc: Doc, it: Item, starts: list[int], reach: list[int]) -> bool:
    """``the so-called "smart fence"``, ``its "reform" plan``: a short quoted term inside a
    noun phrase is the writer's distance from a word, not speech - unless a cue before it
    governs it (``called the plan a "gamble"``, ``said the "deal" was dead``) or it sits in
    reported content: then it marks the speaker's own words (a mixed quotation). What is
    left are terms whose only attribution is a cue after them or none."""
    if it.cue is not None and ("label" in it.cue.classes or it.cue.end <= it.start):
        return False  # a labelling cue, or a cue before it: a partial quotation of what was said
    if sum(1 for _ in _WORD_RUN.finditer(doc.text, it.start, it.end)) > SCARE_WORDS:
        return False
    j = doc.word_before(it.start - 1)
    if j < 0 or doc.low[j] not in _TERM_BEFORE or doc.text[doc.ends[j] : it.start].strip(" \u00a0") not in _OPEN_MARKS:
        return False
    k = bisect_right(starts, it.start) - 1  # reported contents in text order: the last one opening before
    return k < 0 or reach[k] < it.end


_OPEN_MARKS = frozenset(_QCHARS)


def _nested(item: Item, others: _Contents) -> bool:
    """An intention noun, an adjective of attitude or a hedge inside another report's content
    (``expressed the club's intent to sign …``, ``The board may be reluctant to act, he
    said``, ``Police said the man is thought to have fled``): part of what that report says,
    not a report of its own (as a ``that``-less clause inside reported content is not, in
    :func:`reported_items`)."""
    if item.cue is None or not item.cue.classes & {"intention", "adjective", "hedged"}:
        return False
    return others.hold(item.cue.start)


class _Contents:
    """The reports' contents as sorted spans with the furthest end so far, so whether a
    position lies inside one is a bisection and a short walk back, not a pass over every
    report of the article (quadratic in a long one)."""

    def __init__(self, items: Sequence[Item]) -> None:
        spans = sorted((it.start, it.end) for it in items)
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.reach = list(accumulate(self.ends, max))

    def hold(self, at: int) -> bool:
        """Whether some content starts by ``at`` and ends after it."""
        k = bisect_right(self.starts, at) - 1
        while k >= 0 and self.reach[k] > at:
            if self.ends[k] > at:
                return True
            k -= 1
        return False


def _speakers_checked(doc: Doc, items: list[Item]) -> list[Item]:
    """Items whose speaker phrase can speak: a direct quotation with an implausible
    speaker (``Tuesday said``) keeps no speaker; reported speech with one is no speech."""
    out: list[Item] = []
    for it in items:
        if it.np is not None and implausible(doc, it.np.start, it.np.end):
            if not it.direct:
                continue
            it = Item(it.start, it.end, it.direct, it.cue, None, "none", it.confidence)
        out.append(it)
    return out


def extract_quotes(text: str, persons: Sequence[PersonMention], source: str = "quotes") -> list[QuoteMention]:
    """All quotations and reported speech of ``text``, in text order."""
    if not text:
        return []
    typeset = typeset_marks(text)
    marked = single_marks(typeset)
    try:
        doc = Doc(marked, persons)
        items, clauses = _items(doc)
        return with_clauses(folded(_mentions(text, _resolve_speakers(doc, items), source, marked)), clauses)
    finally:
        for copy in (typeset, marked):
            if copy != text:  # the marks rewritten: a text only this plugin reads
                forget(copy)


def _items(doc: Doc) -> tuple[list[Item], dict[tuple[int, int], tuple[int, int]]]:
    """Every attribution read, direct quotations first: reported speech, headlines,
    transcripts, nouns, adjectives and stances that no quotation covers nor another holds,
    and the direct quotations that are no scare quotes inside reported content; and the
    clauses of mixed quotations that their quoted words cover (:func:`_mixed_clause`), by
    the words' span."""
    text = doc.text
    directs = sorted(transcript_turns(doc, direct_items(doc)), key=lambda it: it.start)
    ends = [d.end for d in directs]
    reported = reported_items(doc)
    covered = [_covered(r, directs, ends, text) for r in reported]
    indirect = [r for r, c in zip(reported, covered, strict=True) if not c]
    d_starts = [d.start for d in directs]
    clauses = {
        (d.start, d.end): (r.start, r.end)
        for r, c in zip(reported, covered, strict=True)
        if c and (d := _mixed_clause(r, directs, d_starts, text)) is not None
    }
    headlines = headline_items(doc)
    directs = [_headline_quotation(d, headlines) if d.np is None else d for d in directs]
    indirect += [h for h in headlines if not _holds(h, directs)] + transcript_items(doc) + interview_items(doc)
    contents = _Contents(indirect)
    indirect += [h for h in hedged_items(doc) if not _covered(h, directs, ends, text) and not _nested(h, contents)]
    contents = _Contents(indirect)
    indirect += [n for n in noun_items(doc) if not _covered(n, directs, ends, text) and not _nested(n, contents)]
    contents = _Contents(indirect)
    indirect += [a for a in adjective_items(doc) if not _covered(a, directs, ends, text) and not _nested(a, contents)]
    indirect += [s for s in stance_items(doc, directs + indirect) if not _covered(s, directs, ends, text)]
    spans = sorted((r.start, r.end) for r in indirect)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # furthest end of the contents so far
    participles = _participle_reports(indirect)
    directs = [_governed(d, participles) for d in directs if not _scare_quote(doc, d, starts, reach)]
    return _speakers_checked(doc, directs + indirect), clauses


def _holds(item: Item, directs: list[Item]) -> bool:
    """``item``'s content holds a direct quotation."""
    return any(item.start <= d.start and d.end <= item.end + 1 for d in directs)


def _headline_quotation(d: Item, headlines: list[Item]) -> Item:
    """A quotation with no speaker of its own inside a headline's content (``Storm Was
    "Worst in a Century," Says Forecaster``) is the headline speaker's: it takes the
    headline's cue and speaker, and the headline is no second attribution of the same
    words."""
    for h in headlines:
        if _holds(h, [d]):
            return Item(d.start, d.end, d.direct, h.cue, h.np, h.how, d.confidence)
    return d


def _participle_reports(indirect: list[Item]) -> tuple[list[int], list[Item]]:
    """The reports whose cue is a participle (``saying``), sorted by where the cue starts (in
    text order where two cues start together), with those starts: :func:`_governed` looks up
    the few cues between a quotation's own cue and the quotation instead of every report of
    the article (quadratic in a long one)."""
    reports = sorted((r for r in indirect if r.cue is not None and r.np is not None and r.cue.form.endswith("ing")),
                     key=lambda r: r.cue.start if r.cue else 0)
    return [r.cue.start if r.cue else 0 for r in reports], reports


def _governed(d: Item, participles: tuple[list[int], list[Item]]) -> Item:
    """A quotation inside the content of a participle report whose cue is nearer than the
    quotation's own (``..., which Harcourt Group rejected, saying its records were
    "complete"``): the words are that report's speaker's, not those of the sentence's
    first cue."""
    if d.cue is None:
        return d
    cue_starts, reports = participles
    window = reports[bisect_left(cue_starts, d.cue.end):bisect_left(cue_starts, d.start)]
    inner = [r for r in window if r.start <= d.start and d.end <= r.end + 1]
    if not inner:
        return d
    r = max(inner, key=lambda x: x.cue.start if x.cue else 0)
    return Item(d.start, d.end, d.direct, r.cue, r.np, r.how, d.confidence)


def _resolve_speakers(doc: Doc, items: list[Item]) -> list[tuple[Item, Speaker | None]]:
    """Each item's speaker, resolved in the order the attributions are read so pronouns see
    earlier speakers: its own noun phrase, else the last direct quotation's speaker
    (``inherit``), the last speaker named in its paragraph (``inherit_para``) or in the
    paragraph before (``inherit_prev``: news quotes a speaker's own words in the paragraph
    after it reports them, ``…, the inspector said.`` then ``"We have never seen …"``)."""
    resolver = Resolver(doc)
    resolved: list[tuple[Item, Speaker | None]] = []
    last_direct: Speaker | None = None
    last_any: tuple[int, Speaker] | None = None
    by_order = sorted(items, key=lambda it: (min(it.start, it.cue.start) if it.cue else it.start))
    for it in by_order:
        sp: Speaker | None = None
        if it.np is not None:
            sp = resolver.resolve(it.np, (it.start, it.end))
            resolver.remember(it.np.start, sp)
            if it.np.shown is not None:  # "Kamin, who said": the relative pronoun speaks
                sp = replace(sp, start=it.np.shown[0], end=it.np.shown[1])
        elif it.how == "inherit" and last_direct is not None:
            sp = last_direct
        elif it.how == "inherit_para" and last_any is not None and last_any[0] == doc.para_index(it.start):
            sp = last_any[1]
        elif it.how == "inherit_prev" and last_any is not None and last_any[0] == doc.para_index(it.start) - 1:
            sp = last_any[1]
        if it.direct and sp is not None and sp.name:
            last_direct = sp
        if sp is not None and sp.name and it.np is not None:
            last_any = (doc.para_index(it.np.start), sp)
        elif sp is not None and sp.name and it.how == "inherit_prev":
            last_any = (doc.para_index(it.start), sp)  # a second quotation paragraph goes on
        resolved.append((it, sp))
    return resolved


def _marks(text: str, marked: str, it: Item) -> str | None:
    """How a direct item's opening mark is written when the grammar read it as another
    (:func:`typeset_marks`, :func:`single_marks`): ``"''"`` for a double mark typed as two
    single ones, ``"'"`` for a single mark of a single-mark house style; None for a double
    mark as written."""
    if not it.direct or marked is text:
        return None
    i = it.start - 1
    while i > 0 and marked[i].isspace():
        i -= 1
    if marked[i] != '"' or text[i] == '"':
        return None
    return "''" if text[i : i + 2] in ("''", "``") else "'"


def _mentions(text: str, resolved: list[tuple[Item, Speaker | None]], source: str,
              marked: str) -> list[QuoteMention]:
    """The items with their speakers as QuoteMentions in text order, one per span and kind.
    A quotation in typeset marks is no direct quotation by the scorers' count of double
    marks; its ``marks`` say it is one all the same."""
    out: list[QuoteMention] = []
    seen: set[tuple[int, int, bool]] = set()
    for it, sp in sorted(resolved, key=lambda t: (t[0].start, t[0].end)):
        key = (it.start, it.end, it.direct)
        if key in seen or it.end <= it.start:
            continue
        seen.add(key)
        cue = it.cue
        marks = _marks(text, marked, it)
        out.append(
            QuoteMention(
                start=it.start,
                end=it.end,
                text=text[it.start : it.end],
                source=source,
                confidence=it.confidence,
                direct=it.direct and marks != "''",
                marks=marks,
                speaker=_canonical(sp.name) if sp else None,
                speaker_start=sp.start if sp else None,
                speaker_end=sp.end if sp else None,
                speaker_id=sp.entity_id if sp else None,
                cue=text[cue.start : cue.end] if cue else None,
                cue_start=cue.start if cue else None,
                cue_end=cue.end if cue else None,
            )
        )
    return out


class QuotesExtractor:
    """Direct and reported speech with speakers (needs person mentions)."""

    name = "quotes"
    provides = frozenset({"quote"})
    requires = frozenset({"person"})

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        persons = [m for m in mentions if isinstance(m, PersonMention)]
        return extract_quotes(article.text, persons, self.name)


_POSSESSIVE = regex.compile(r"\s*['\u2019]s?$")


def _canonical(name: str | None) -> str | None:
    """A speaker name without a trailing possessive ("the Kremlin's announcement" is the
    Kremlin's: the speaker is "Kremlin", not "Kremlin's")."""
    if name is None:
        return None
    return _POSSESSIVE.sub("", name) or name


@hookimpl
def newskit_register_extractors(register: Register[Extractor]) -> None:
    register(QuotesExtractor())


@hookimpl
def newskit_add_hookspecs(pluginmanager: PluginManager) -> None:
    pluginmanager.add_hookspecs(hookspecs)


@hookimpl
def newskit_register_speech_cues(register: Register[SpeechCue]) -> None:
    for cue in bundled_cues():
        register(cue)


@hookimpl
def newskit_register_organisations(register: Register[Organisation]) -> None:
    for org in bundled_organisations():
        register(org)
