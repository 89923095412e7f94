"""The data model: immutable attrs records with exact character offsets.

Every extracted item carries ``start``/``end`` offsets (Python ``str`` indices) into
``Article.text`` and the ``text`` they slice: ``article.text[m.start:m.end] == m.text``.
Serialization is not the model's concern; see :mod:`newskit.serialize`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Union

import attrs
from attrs import field, frozen

__all__ = [
    "Analysis",
    "Article",
    "Claim",
        "DateMention",
    "Entity",
    "ErrorRecord",
    "Event",
    "Figure",
    "Finding",
    "FindingSection",
    "Mention",
    "Number",
    "PersonMention",
    "QuantityMention",
    "QuoteMention",
    "Span",
    "SpanRef",
    "Story",
    "StoryArticle",
    "UnknownMention",
]

#: Exact numbers: ``int`` for whole amounts, ``Decimal`` otherwise (never a lossy float).
Number = Union[int, Decimal]

#: Publication dates may be aware or naive datetimes, plain dates, or unknown.
Published = Union[_dt.datetime, _dt.date, None]


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _end_after_start(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


@frozen(kw_only=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's text."""

    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies within this span."""
        return self.start <= other.start and other.end <= self.end

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return dict(value or {})


def _published(value: object) -> Published:
    """A publication time as a date or datetime: an ISO-8601 string is read
    (``"2024-06-17"``, ``"2024-06-11T16:51+09:00"``), anything else that is not a date,
    a datetime or None is refused with a ValueError. Plugins compute with the date, so a
    string passed through would fail in each of them instead of once, here."""
    from newskit.dates_iso import parse_published

    return parse_published(value)


@frozen(kw_only=True)
class Article:
    """One news article: the text every offset points into, plus what is known about it.

    Build one from a mapping with :meth:`from_dict`. ``published`` takes a date, a
    datetime or an ISO-8601 string (read into a date or datetime; any other value is a
    ValueError).
    """

    id: str
    text: str
    published: Published = field(default=None, converter=_published)
    title: str | None = None
    source: str | None = None
    url: str | None = None
    byline: str | None = None
    metadata: Mapping[str, Any] = field(factory=dict, converter=_frozen_mapping, hash=False)

    @property
    def published_date(self) -> _dt.date | None:
        """The publication day (the date part of a datetime), or None."""
        if isinstance(self.published, _dt.datetime):
            return self.published.date()
        return self.published

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, default_id: str = "") -> Article:
        """Build an article from a JSON-like mapping (``id``, ``text``, ``published``...).

        Unknown keys go to ``metadata``. ``published`` may be an ISO-8601 string.
        Raises ``ValueError``/``TypeError`` with a clear message on bad input.
        """
        from newskit.dates_iso import parse_published

        if not isinstance(data, Mapping):
            raise TypeError(f"an article must be a JSON object, got {type(data).__name__}")
        text = data.get("text")
        if not isinstance(text, str):
            raise TypeError("an article needs a 'text' string")
        known = {"id", "text", "published", "title", "source", "url", "byline", "metadata"}
        meta = dict(data.get("metadata") or {})
        meta.update({k: v for k, v in data.items() if k not in known})
        raw_id = data.get("id", default_id)

        def opt(key: str) -> str | None:
            v = data.get(key)
            return None if v is None else str(v)

        return cls(
            id=str(raw_id) if raw_id is not None else default_id,
            text=text,
            published=parse_published(data.get("published")),
            title=opt("title"),
            source=opt("source"),
            url=opt("url"),
            byline=opt("byline"),
            metadata=meta,
        )


def _check_slice(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if len(value) != instance.end - instance.start:
        raise ValueError(
            f"text {value!r} has length {len(value)} but the span "
            f"[{instance.start}, {instance.end}) has length {instance.end - instance.start}"
        )


@frozen(kw_only=True)
class Mention:
    """Base of every mention: a typed span of an article's text.

    Subclasses set the class variable ``kind`` (the JSON ``"kind"`` tag) and add their
    fields with defaults. ``source`` names the component that produced the mention.
    """

    kind: ClassVar[str] = "mention"

    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    text: str = field(validator=_check_slice)
    source: str = ""
    confidence: float = 1.0

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.end)

    def shifted(self, offset: int) -> Mention:
        """The same mention with every offset moved by ``offset`` (e.g. after a prefix)."""
        return attrs.evolve(self, start=self.start + offset, end=self.end + offset)


@frozen(kw_only=True)
class DateMention(Mention):
    """A temporal expression normalised as a TimeML TIMEX3.

    Attributes:
        type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: the TIMEX3 value (``2024-06-18``, ``2024-06-18/2024-06-19``, ``P24Y``,
            ``XXXX-06-18``, ``PAST_REF``...).
        mod: TIMEX3 ``mod`` (``APPROX``, ``MORE_THAN``, ``START``...) or None.
        anchor: the value the expression was resolved against (the publication date,
            or an earlier date in the text), or None when it needed no anchor.
    """

    kind: ClassVar[str] = "date"

    type: str = "DATE"
    value: str = ""
    mod: str | None = None
    anchor: str | None = None

    @property
    def anchored(self) -> bool:
        return self.anchor is not None

    def interval(self) -> tuple[_dt.datetime, _dt.datetime] | None:
        """The half-open interval the value denotes, or None (durations, vague refs)."""
        from newskit.timex import interval

        return interval(self.value)


@frozen(kw_only=True)
class QuantityMention(Mention):
    """An amount the text states.

    Attributes:
        value: the (low end of the) amount, exact: ``int`` or ``Decimal``.
        high: the high end of a range, or None.
        approx: None (exact), ``approx``, ``about``, ``over``, ``under`` or ``vague``.
        unit: normalised unit or singular counted noun (``USD``, ``percent``, ``km``,
            ``container``), or None.
        of: what is counted, as written (``containers of munitions``), or None.
        ordinal: True for ordinals (``fifth``), reported only when a plugin flags them.
    """

    kind: ClassVar[str] = "quantity"

    value: Number | None = None
    high: Number | None = None
    approx: str | None = None
    unit: str | None = None
    of: str | None = None
    ordinal: bool = False


@frozen(kw_only=True)
class PersonMention(Mention):
    """A named mention of a person.

    Attributes:
        entity: canonical full name of the person referred to.
        entity_id: id of that person, stable within the document (and story).
        title: role or title attached to this mention (``Russian President``).
        affiliation: organisation the role belongs to, where the text separates it.
        author: True for a byline.
    """

    kind: ClassVar[str] = "person"

    entity: str = ""
    entity_id: str | None = None
    title: str | None = None
    affiliation: str | None = None
    author: bool = False


@frozen(kw_only=True)
class QuoteMention(Mention):
    """Quoted or reported speech; the span is the quoted content.

    Attributes:
        direct: True inside double quotation marks (straight, curly, low or angle) and
            inside the single marks of an article that quotes in single marks only; False
            for reported speech and for a quotation typed in two single marks, which
            ``marks`` names: the common scorers count only double marks as direct.
        speaker: canonical name of who is quoted (person or organisation), or None.
        speaker_start, speaker_end: the mention the attribution was read from
            (a name, a pronoun, "the newspaper"), or None.
        speaker_id: the person entity id when the speaker is a person.
        cue: the reporting word as written (``said``, ``according to``).
        cue_start, cue_end: where the cue is, or None.
        marks: ``"''"`` for a quotation (verbatim words) in marks typed as two single
            ones (``''...''`` in the New York Times archive, ````...''`` in LaTeX);
            ``"'"`` for one in the single marks of a single-mark house style (``'We will
            rebuild,' the mayor said``); None otherwise, and left out of JSON then.
        clause_start, clause_end: for quoted words inside reported speech (``said the
            talks had been "constructive"``, a mixed quotation), the reported clause they
            are part of: one act of speech is one mention, so the clause is no mention of
            its own. None otherwise, and left out of JSON then.
    """

    kind: ClassVar[str] = "quote"

    direct: bool = True
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_id: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    marks: str | None = None
    clause_start: int | None = None
    clause_end: int | None = None

    def reported_clause(self, text: str) -> QuoteMention | None:
        """For quoted words inside reported speech, the reported clause they carry as a
        quote of its own (same speaker and cue, ``direct`` false), read from the article's
        ``text``; None for any other quote."""
        a, b = self.clause_start, self.clause_end
        if a is None or b is None:
            return None
        return attrs.evolve(self, start=a, end=b, text=text[a:b], direct=False, marks=None,
                            clause_start=None, clause_end=None)

    def shifted(self, offset: int) -> QuoteMention:
        """The same quote with every offset (content, speaker, cue) moved by ``offset``."""

        def move(v: int | None) -> int | None:
            return None if v is None else v + offset

        return attrs.evolve(self, start=self.start + offset, end=self.end + offset,
                            speaker_start=move(self.speaker_start), speaker_end=move(self.speaker_end),
                            cue_start=move(self.cue_start), cue_end=move(self.cue_end),
                            clause_start=move(self.clause_start), clause_end=move(self.clause_end))


@frozen(kw_only=True)
class UnknownMention(Mention):
    """A mention of a kind no installed plugin registered, kept as raw data on read."""

    kind: ClassVar[str] = "unknown"

    original_kind: str = ""
    data: Mapping[str, Any] = field(factory=dict, converter=_frozen_mapping, hash=False)


#: the mention kinds of the core (``newskit.serialize`` reads and writes them; plugins
#: register more); kept here so building a plugin manager does not import the serializer
BUILTIN_MENTION_TYPES: tuple[type[Mention], ...] = (
    DateMention,
    QuantityMention,
    PersonMention,
    QuoteMention,
)


@frozen(kw_only=True)
class SpanRef:
    """Provenance: a span of one article of a story."""

    article: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    text: str


@frozen(kw_only=True)
class Claim:
    """An attributed proposition within one article.

    Attributes:
        stance: ``asserts``, ``alleges``, ``denies``, ``confirms``, ``predicts`` or ``reports``.
        source: canonical name of who makes the claim; ``source_ref`` is where it is named.
        cue: the reporting word or construction (``alleged``, ``according to``).
        mentions: spans of the dates, quantities and persons inside the claim.
        about: a normalised key of what the claim is about, used to group claims.
        responds_to: the id of the claim this one answers (a denial of an allegation).
        stated: when the claim was made, a TIMEX3 value ("claimed in March that ..."),
            else the article's publication date, or None.
        source_type: ``person``, ``government``, ``outlet``, ``organisation``, ``country``,
            ``unnamed`` or None: what kind of actor ``source`` is.
    """

    article: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    text: str
    source: str | None = None
    stance: str = "asserts"
    cue: str | None = None
    source_ref: SpanRef | None = None
    cue_ref: SpanRef | None = None
    mentions: tuple[SpanRef, ...] = ()
    about: str | None = None
    id: str | None = None
    responds_to: str | None = None
    stated: str | None = None
    source_type: str | None = None


@frozen(kw_only=True)
class Event:
    """A happening: trigger, participants, place and time, linked to its spans.

    Attributes:
        type: the event class (``visit``, ``meeting``, ``conflict``, ``transfer``...).
        when: a TIMEX3 value, or None. ``where``: a place as stated, or None.
        who: canonical names of the main participants.
        mentions: every trigger span, across the story's articles.
        evidence: the spans the participants, place and time were read from.
        sources: the articles (ids) that report it.
        country: the country ``where`` lies in (itself for a country), used to compare
            places stated at different granularities (``Pyongyang`` / ``North Korea``).
        whens: every distinct time the sources give (a story keeps disagreements here).
        modality: None when a source states the event happened (or is happening);
            ``"future"`` when every source states it as scheduled or planned (``will
            visit``, ``plans to buy``, ``the upcoming vote``); ``"hypothetical"`` when every
            source states it as possible only (``would attack``, ``if the dam fails``, ``a
            possible merger``). Such events are kept, marked, so a reader sees what is
            expected apart from what happened.
    """

    id: str
    type: str
    trigger: str
    when: str | None = None
    where: str | None = None
    who: tuple[str, ...] = ()
    mentions: tuple[SpanRef, ...] = ()
    evidence: tuple[SpanRef, ...] = ()
    sources: tuple[str, ...] = ()
    country: str | None = None
    whens: tuple[str, ...] = ()
    modality: str | None = None


@frozen(kw_only=True)
class ErrorRecord:
    """Something that went wrong for one input or one component, reported, not raised.

    Attributes:
        stage: where it happened (``read``, ``extract``, ``link``, ``story``).
        component: the component's name, or None for input errors.
        error: the exception class name or an error code (``EncodingError``).
        message: a human-readable explanation.
    """

    stage: str
    message: str
    error: str = "Error"
    component: str | None = None
    input: str | None = None


@frozen(kw_only=True)
class Analysis:
    """Everything newskit extracted from one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    errors: tuple[ErrorRecord, ...] = ()

    def of_kind(self, kind: str) -> tuple[Mention, ...]:
        """The mentions of one kind (``"date"``, ``"person"``...), in text order."""
        return tuple(m for m in self.mentions if m.kind == kind)


@frozen(kw_only=True)
class Entity:
    """A person (or organisation) resolved across the articles of a story."""

    id: str
    name: str
    type: str = "person"
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    mentions: tuple[SpanRef, ...] = ()


@frozen(kw_only=True)
class Figure:
    """One amount as one outlet states it, with what it measures, who gives it and when.

    Attributes:
        article: the article (id) it is stated in; ``outlet`` the outlet's name.
        measure: what it measures (``deaths``, ``injured``, ``magnitude``, ``deal value
            including debt``, ``number of containers (military)``...).
        role: ``total`` (a count or level), never ``part`` or ``increment`` in a finding.
        value, high, approx, unit: the amount as the quantities plugin read it.
        source: who gives it (``Central Weather Administration``), or None when the outlet
            states it in its own words; ``source_type`` as on :class:`Claim`.
        disputed_by: who denies it, when it is stated inside a denial (never its source).
        stated: when it was stated (TIMEX3): an ``as of`` time, the claim's date, else the
            article's publication date.
        ref: the amount's span; ``evidence``: the sentence it is stated in.
        claim: the id of the claim it lies in, or None for narration.
    """

    article: str
    measure: str
    value: Number | None = None
    high: Number | None = None
    approx: str | None = None
    unit: str | None = None
    role: str = "total"
    outlet: str | None = None
    source: str | None = None
    source_type: str | None = None
    disputed_by: str | None = None
    stated: str | None = None
    ref: SpanRef | None = None
    evidence: SpanRef | None = None
    claim: str | None = None


@frozen(kw_only=True)
class StoryArticle:
    """An article of a story as a reader names it: its outlet, date and headline.

    Attributes:
        id: the article id every span reference uses.
        outlet: ``Article.source`` when known, else a readable label (``article 2``).
        published: the publication date/time (ISO-8601), or None.
        title: the headline (``Article.title``, else the first line when it is short).
        url: where it was published, or None.
    """

    id: str
    outlet: str
    published: str | None = None
    title: str | None = None
    url: str | None = None


@frozen(kw_only=True)
class Finding:
    """What the sources of a story do together: agree or disagree about something.

    Attributes:
        type: ``corroborated`` (independent sources agree), ``contested`` (an allegation
            against a denial), ``figures`` (differing amounts for one thing) or
            ``dates`` (differing dates for one event).
        about: what it is about (a claim group key or an event id).
        summary: one readable line.
        claims: ids of the claims (or events) involved.
        refs: the source spans, so every statement links back to its articles.
        label: for ``figures`` and ``dates``: ``conflicting`` (different sources, same
            time), ``updated`` (a later count) or ``consistent`` (approximations and
            rounding agree); for ``contested``: ``allegation/denial``. None otherwise.
        figures: for ``figures``: every amount compared, in the order they were stated.
        measure: for ``figures``: what the amounts measure.
        pairs: for ``contested``: the (allegation id, denial id) pairs the detector made.
            A finding joins connected pairs, so its claims may hold a counter-charge (the
            union alleges, the company denies and alleges back); crossing all of them
            would pair a party with its own allegation or with a denial of something else.
    """

    type: str
    about: str
    summary: str
    claims: tuple[str, ...] = ()
    refs: tuple[SpanRef, ...] = ()
    label: str | None = None
    figures: tuple[Figure, ...] = ()
    measure: str | None = None
    pairs: tuple[tuple[str, str], ...] = ()


@frozen(kw_only=True)
class FindingSection:
    """The findings of one plugin's finding detector: a section of the story's report.

    Attributes:
        title: the section's title in the report.
        detector: the name of the detector that found them.
        findings: what it found, each with its source spans.
    """

    title: str
    detector: str
    findings: tuple[Finding, ...] = ()


@frozen(kw_only=True)
class Story:
    """The multi-article result: events, people, claims, agreements and conflicts.

    ``sections`` holds what plugins' finding detectors add (one section per detector);
    the bundled corroboration, allegation/denial and figure findings are in
    ``corroborations`` and ``conflicts``.
    """

    articles: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    people: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    corroborations: tuple[Finding, ...] = ()
    conflicts: tuple[Finding, ...] = ()
    errors: tuple[ErrorRecord, ...] = ()
    sources: tuple[StoryArticle, ...] = ()
    summary: tuple[str, ...] = ()
    sections: tuple[FindingSection, ...] = ()

    def contested_pairs(self) -> tuple[tuple[Claim, Claim], ...]:
        """Every (allegation, denial) pair that the ``contested`` findings hold, in order.

        The findings keep claim ids (``Finding.pairs``), so that the JSON stays flat. A
        reader who wants to know who alleged what and who denied it needs the claims
        themselves, and this method resolves the ids once instead of in every caller.
        Each pair appears once; a pair whose claim is not in the story is left out.
        """
        claims = {claim.id: claim for claim in self.claims}
        pairs: dict[tuple[Claim, Claim], None] = {}
        for finding in self.conflicts:
            if finding.type != "contested":
                continue
            for alleged, denial in finding.pairs:
                if alleged in claims and denial in claims:
                    pairs[claims[alleged], claims[denial]] = None
        return tuple(pairs)
