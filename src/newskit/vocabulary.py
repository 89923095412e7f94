"""Vocabularies: word lists that plugins contribute to the bundled extractors, as data.

A bundled plugin owns its vocabulary hooks (``newskit_register_units`` belongs to the
quantities plugin): it declares them in its own hookspec module, which the host adds like
the core's (:func:`newskit.hookspecs.newskit_add_hookspecs`), and it ships its own word
lists through them, read from its ``data/*.json`` files. Any other plugin implements the
same hooks to add entries: a finance desk's "bps", a regional outlet's honorifics.

An entry is a frozen attrs instance whose type says what it means (:class:`Unit`,
:class:`SpeechCue`...). Its validators run when the plugin builds it; the host checks the
type when the plugin registers it. A plugin whose contribution to a hook fails either way
has that contribution skipped and reported with its name (strict mode: raised).

**Precedence.** Contributions are merged in a fixed order that never depends on installation
or registration order: the plugins of the ``newskit`` distribution first, then every other
plugin, each group in plugin-name order, each plugin's entries in the order it registered
them. Two entries with the same :attr:`key` are one entry: the later one replaces the
earlier in place (so a third-party plugin can redefine a bundled word, and of two third-party
plugins, the one whose name sorts later wins).

**Once per build.** The host collects the vocabulary once per plugin manager (once per
:meth:`Pipeline.build`). What a plugin derives from it (compiled patterns, lookup tables)
is computed on first use and cached per distinct vocabulary with :func:`per_vocabulary`;
while the pipeline runs an article, :func:`current` is that pipeline's vocabulary, and
outside a pipeline it is the bundled plugins' own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ClassVar, TypeVar

import attrs
from attrs import field, frozen

__all__ = [
    "ENTRY_TYPES",
    "EventTrigger",
    "NamedDate",
    "Organisation",
    "ScaleWord",
    "SpeechCue",
    "Title",
    "Unit",
    "Vocabulary",
    "current",
    "per_vocabulary",
    "using",
    "vocabulary_hook",
]

E = TypeVar("E")
F = TypeVar("F", bound=Callable[..., Any])


def _word(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    """A word or phrase: a non-empty string without surrounding or doubled spaces."""
    if not isinstance(value, str) or not value or value != value.strip() or "  " in value:
        raise ValueError(f"{att.name} must be a non-empty word or phrase, got {value!r}")


def _lower(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, str) and value != value.lower():
        raise ValueError(f"{att.name} must be lower case, got {value!r}")


def _one_of(*allowed: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(inst: object, att: attrs.Attribute[Any], value: object) -> None:
        if value not in allowed:
            raise ValueError(f"{att.name} must be one of {', '.join(allowed)}; got {value!r}")
    return check


def _optional_one_of(*allowed: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    inner = _one_of(*allowed)

    def check(inst: object, att: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(inst, att, value)
    return check


def _as_tuple(value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of words (a lone string is one word, not its letters)."""
    return (value,) if isinstance(value, str) else tuple(value)


def _words(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise ValueError(f"{att.name} must be a tuple of words, got {value!r}")
    for v in value:
        _word(inst, att, v)


UNIT_FORMS = ("symbol", "code", "currency", "percent", "word", "abbreviation", "before")


@frozen(kw_only=True)
class Unit:
    """A unit or currency next to a number, and the unit it normalises to.

    ``form`` says where and how it is written: ``symbol`` a currency sign before the number
    ("$", "US$", "€"); ``code`` an ISO 4217 code before or after it ("USD", its own
    ``unit``); ``currency`` a currency word after it ("dollars", "yuan"); ``percent`` a
    percentage word ("per cent", "basis points"); ``word`` any other unit word after it,
    matched without case ("kilometres", "barrels"); ``abbreviation`` a case-sensitive
    abbreviation after it ("km", "MW"); ``before`` a unit word written before the number
    ("magnitude 7.4"). The value of the number is never changed by its unit: "25 bps" is
    the value 25 in ``basis point``.
    """

    hook: ClassVar[str] = "newskit_register_units"
    surface: str = field(validator=_word)
    unit: str = field(validator=_word)
    form: str = field(default="word", validator=_one_of(*UNIT_FORMS))

    @property
    def key(self) -> tuple[str, str]:
        return (self.form, self.surface.lower() if self.form in ("currency", "percent", "word")
                else self.surface)


@frozen(kw_only=True)
class ScaleWord:
    """A word that multiplies the number before it: "million" (1,000,000), "crore"
    (10,000,000); with ``abbreviation``, a case-sensitive short form written right after
    the digits ("5bn", "$3m", "2 mln")."""

    hook: ClassVar[str] = "newskit_register_scale_words"
    word: str = field(validator=_word)
    value: int = field(validator=attrs.validators.and_(attrs.validators.instance_of(int),
                                                         attrs.validators.gt(1)))
    abbreviation: bool = field(default=False, validator=attrs.validators.instance_of(bool))

    @property
    def key(self) -> tuple[bool, str]:
        return (self.abbreviation, self.word)


CUE_CLASSES = ("speech", "belief", "npcomp", "label", "attitude", "direct_only", "bare",
               "postposed")
STANCES = ("asserts", "alleges", "denies", "confirms", "predicts", "reports")


@frozen(kw_only=True)
class SpeechCue:
    """A reporting word: how it introduces speech (``cue_class``, read by the quotes
    plugin) and the stance it gives a claim (``stance``, read by the claims plugin).

    ``word`` is a verb lemma ("opine") inflected by rule ("opines", "opined", "opining")
    unless ``forms`` lists its forms. ``cue_class``: ``speech`` a verb of saying that takes
    a that-clause or a quotation; ``belief`` a verb of thinking; ``npcomp`` a verb whose
    object is what was said ("expressed concern"); ``label`` "called it X"; ``attitude``
    "praised"; ``direct_only`` introduces only direct quotations ("quipped"); ``bare`` may
    omit "that"; ``postposed`` a finite form read after a quotation ("..., said X"; give
    it as ``word`` and in ``forms``). ``stance``: one of ``asserts``, ``alleges``,
    ``denies``, ``confirms``, ``predicts``, ``reports``; every form of the word carries it.
    """

    hook: ClassVar[str] = "newskit_register_speech_cues"
    word: str = field(validator=_word)
    cue_class: str | None = field(default=None, validator=_optional_one_of(*CUE_CLASSES))
    stance: str | None = field(default=None, validator=_optional_one_of(*STANCES))
    forms: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_words)

    def __attrs_post_init__(self) -> None:
        if self.cue_class is None and self.stance is None:
            raise ValueError(f"speech cue {self.word!r} needs a cue_class, a stance or both")

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        return (self.word, self.cue_class, self.stance)

    def word_forms(self) -> tuple[str, ...]:
        """``forms`` if given, else the regular inflections of the lemma (the first word
        of a phrase is inflected: "weigh in" -> "weighs in", "weighed in"...)."""
        if self.forms:
            return self.forms
        head, _, rest = self.word.partition(" ")
        tail = f" {rest}" if rest else ""
        if head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
            out = (head, head[:-1] + "ies", head[:-1] + "ied", head + "ing")
        elif head.endswith("e"):
            out = (head, head + "s", head + "d", head[:-1] + "ing")
        elif head.endswith(("s", "sh", "ch", "x", "z")):
            out = (head, head + "es", head + "ed", head + "ing")
        else:
            out = (head, head + "s", head + "ed", head + "ing")
        return tuple(f + tail for f in out)


TITLE_KINDS = ("honorific", "role", "modifier")


@frozen(kw_only=True)
class Title:
    """A word before a person's name that is not part of the name: an ``honorific`` ("Mr",
    "Sheikh", "Datuk"), a ``role`` ("president", "coach", "imam") or a ``modifier`` of a
    role ("deputy", "acting", "interior"). Lower case; multi-word entries space-separated.
    """

    hook: ClassVar[str] = "newskit_register_titles"
    word: str = field(validator=[_word, _lower])
    kind: str = field(default="role", validator=_one_of(*TITLE_KINDS))

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.word)


ORG_KINDS = ("country", "seat", "organisation_head", "outlet_head")


@frozen(kw_only=True)
class Organisation:
    """A name that makes a phrase a source that is not a person. ``country``: a country's
    name or short form and its canonical name ("U.S." -> "United States"); ``seat``: a seat
    of government speaking for its country ("Kremlin" -> "Russia"); ``organisation_head``
    a head noun of an organisation ("ministry", "federation"); ``outlet_head`` a head noun
    of a news outlet ("newspaper", "broadcaster"). ``canonical`` is required for countries
    and seats and must be empty for head nouns.
    """

    hook: ClassVar[str] = "newskit_register_organisations"
    name: str = field(validator=_word)
    kind: str = field(validator=_one_of(*ORG_KINDS))
    canonical: str = ""

    def __attrs_post_init__(self) -> None:
        if self.kind in ("country", "seat") and not self.canonical:
            raise ValueError(f"{self.kind} {self.name!r} needs its canonical name")
        if self.kind not in ("country", "seat") and self.canonical:
            raise ValueError(f"{self.kind} {self.name!r} takes no canonical name")

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.name)


TRIGGER_POS = ("verbs", "nouns", "forms")


@frozen(kw_only=True)
class EventTrigger:
    """A lemma that names an event of ``event_class`` (one of the classes the events plugin
    knows: ``movement``, ``meeting``, ``conflict``, ``contest``, ...; see its
    ``data/triggers.json``; a new class name adds a class). ``pos``: ``verbs`` are read in
    every inflection ("score" -> "scored"), ``nouns`` in singular and plural, ``forms``
    are exact word forms ("landed")."""

    hook: ClassVar[str] = "newskit_register_event_triggers"
    lemma: str = field(validator=_word)
    event_class: str = field(validator=_word)
    pos: str = field(default="verbs", validator=_one_of(*TRIGGER_POS))

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.event_class, self.pos, self.lemma)


def _month_day(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    ok = False
    if isinstance(value, str) and len(value) == 5 and value[2] == "-":
        mm, dd = value[:2], value[3:]
        ok = mm.isdigit() and dd.isdigit() and 1 <= int(mm) <= 12 and 1 <= int(dd) <= 31
    if not ok:
        raise ValueError(f"{att.name} must be a month and day as 'MM-DD', got {value!r}")


@frozen(kw_only=True)
class NamedDate:
    """A date known by its name: a fixed holiday ("christmas" -> ``12-25``, "bastille
    day" -> ``07-14``). The name is lower case; its year comes from the context as for any
    month-and-day date ("on Bastille Day" in an article of 2024 is 2024-07-14)."""

    hook: ClassVar[str] = "newskit_register_named_dates"
    name: str = field(validator=[_word, _lower])
    month_day: str = field(validator=_month_day)

    @property
    def key(self) -> str:
        return self.name


#: Every vocabulary entry type the host knows, by the hook that takes it.
ENTRY_TYPES: dict[str, type[Any]] = {
    t.hook: t for t in (Unit, ScaleWord, SpeechCue, Title, Organisation, EventTrigger, NamedDate)
}


def vocabulary_hook(entry_type: type[Any]) -> Callable[[F], F]:
    """Mark a hookspec function as a vocabulary hook taking ``entry_type`` entries.

    Apply it under the plugin's ``@hookspec``: the host then collects, checks and merges
    what every plugin registers through it."""

    def mark(fn: F) -> F:
        fn.newskit_vocabulary = entry_type  # type: ignore[attr-defined]
        return fn
    return mark


_FINGERPRINTS: dict[tuple[Any, ...], int] = {}


@frozen
class Vocabulary:
    """The merged vocabulary of a plugin manager: entries by type, in precedence order.

    Attributes:
        contributions: plugin name -> hook name -> number of entries it gave.
    """

    _entries: Mapping[type[Any], tuple[Any, ...]] = field(factory=dict, hash=False)
    contributions: Mapping[str, Mapping[str, int]] = field(factory=dict, hash=False)
    fingerprint: int = field(default=0)

    @classmethod
    def merge(cls, given: list[tuple[str, type[Any], list[Any]]]) -> Vocabulary:
        """Merge ``(plugin, entry type, entries)`` contributions, already in precedence
        order: for one key the later entry replaces the earlier in place."""
        merged: dict[type[Any], dict[Any, Any]] = {}
        counts: dict[str, dict[str, int]] = {}
        for plugin, etype, entries in given:
            table = merged.setdefault(etype, {})
            for e in entries:
                table[e.key] = e
            per = counts.setdefault(plugin, {})
            per[etype.hook] = per.get(etype.hook, 0) + len(entries)
        out = {t: tuple(v.values()) for t, v in merged.items()}
        content = tuple((t.hook, v) for t, v in sorted(out.items(), key=lambda kv: kv[0].hook))
        fp = _FINGERPRINTS.setdefault(content, len(_FINGERPRINTS) + 1)
        return cls(out, counts, fp)

    def __call__(self, entry_type: type[E]) -> tuple[E, ...]:
        """The merged entries of ``entry_type``, in precedence order."""
        return self._entries.get(entry_type, ())

    @property
    def digest(self) -> str:
        """A short content hash (shown by ``newskit plugins``)."""
        import hashlib  # here, not at import: only ``newskit plugins`` shows it (start-up)

        items = sorted(((t.hook, v) for t, v in self._entries.items()), key=lambda kv: kv[0])
        h = hashlib.sha256(repr(items).encode())
        return h.hexdigest()[:12]


_ACTIVE: ContextVar[Vocabulary | None] = ContextVar("newskit_vocabulary", default=None)
_DEFAULT: list[Vocabulary] = []


def _bundled() -> Vocabulary:
    """The vocabulary of the bundled plugins alone (used outside a pipeline)."""
    if not _DEFAULT:
        from newskit.plugins import bundled_vocabulary

        _DEFAULT.append(bundled_vocabulary())
    return _DEFAULT[0]


def current() -> Vocabulary:
    """The vocabulary in force: the running pipeline's, else the bundled plugins' own."""
    v = _ACTIVE.get()
    return v if v is not None else _bundled()


@contextmanager
def using(vocabulary: Vocabulary | None) -> Iterator[None]:
    """Make ``vocabulary`` the current one inside the block (the pipeline does this around
    each article; tests may too)."""
    token = _ACTIVE.set(vocabulary)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def per_vocabulary(fn: F) -> F:
    """Cache ``fn``'s result per distinct vocabulary (and per arguments, which must be
    hashable): what a plugin derives from its word lists is built once per vocabulary, on
    first use, and shared by every pipeline with the same vocabulary."""
    memo: dict[tuple[int, tuple[Any, ...]], Any] = {}

    get_active = _ACTIVE.get

    @functools.wraps(fn)
    def wrapper(*args: Any) -> Any:
        # called in inner loops (hundreds of times an article): ``current()`` inlined
        v = get_active()
        key = ((v if v is not None else _bundled()).fingerprint, args)
        try:
            return memo[key]
        except KeyError:
            value = memo[key] = fn(*args)
            return value

    wrapper.cache_clear = memo.clear  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]
