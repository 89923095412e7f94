"""Throwaway components and plugins for core tests (no entry points involved)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from newskit import (
    Article,
    Claim,
    Event,
    Extractor,
    Linker,
    Mention,
    PersonMention,
    QuoteMention,
    Register,
    hookimpl,
)

_CAP = regex.compile(r"\b[A-Z][a-z]+\b")
_QUOTE = regex.compile(r"\"([^\"\n]{1,200})\"")


class Capitals:
    """Every capitalised word is a 'person' (a toy, but deterministic)."""

    name = "test-capitals"
    provides = frozenset({"person"})
    requires: frozenset[str] = frozenset()

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        for m in _CAP.finditer(article.text):
            yield PersonMention(start=m.start(), end=m.end(), text=m.group(), entity=m.group())


class Quotes:
    """Quoted strings, credited to the nearest preceding 'person'."""

    name = "test-quotes"
    provides = frozenset({"quote"})
    requires = frozenset({"person"})

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        for m in _QUOTE.finditer(article.text):
            before = [p for p in mentions if p.end <= m.start()]
            speaker = before[-1] if before else None
            yield QuoteMention(start=m.start(1), end=m.end(1), text=m.group(1),
                               speaker=getattr(speaker, "entity", None))


class ClaimsFromQuotes:
    name = "test-claims"
    provides = frozenset({"claim"})
    requires = frozenset({"quote"})

    def link(self, article: Article, mentions: Sequence[Mention],
             found: Sequence[Claim | Event]) -> Iterable[Claim | Event]:
        for q in mentions:
            if isinstance(q, QuoteMention):
                yield Claim(article=article.id, start=q.start, end=q.end, text=q.text, source=q.speaker)


class Boom:
    name = "test-boom"
    provides = frozenset({"boom"})
    requires: frozenset[str] = frozenset()

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        raise RuntimeError("kaboom")


class Liar:
    """Returns a mention whose offsets do not slice the text."""

    name = "test-liar"
    provides = frozenset({"person"})
    requires: frozenset[str] = frozenset()

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        yield PersonMention(start=0, end=3, text="XYZ", entity="XYZ")


class ExtractorPlugin:
    """A plugin object registering the given extractors."""

    def __init__(self, *extractors: object) -> None:
        self.extractors = extractors

    @hookimpl
    def newskit_register_extractors(self, register: Register[Extractor]) -> None:
        for e in self.extractors:
            register(e)  # type: ignore[arg-type]


class LinkerPlugin:
    def __init__(self, *linkers: object) -> None:
        self.linkers = linkers

    @hookimpl
    def newskit_register_linkers(self, register: Register[Linker]) -> None:
        for lk in self.linkers:
            register(lk)  # type: ignore[arg-type]
