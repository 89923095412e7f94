"""What plugins give the pipeline: extractors (text -> mentions) and linkers (mentions ->
claims and events). Both declare what they ``provides`` and ``requires``; the pipeline
orders them from those declarations, never from registration order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar, Union, runtime_checkable

from attrs import field, frozen

from newskit.model import Analysis, Article, Claim, Event, Finding, Mention, StoryArticle

__all__ = ["Component", "ComponentInfo", "Extractor", "FindingDetector", "Linker", "Register",
           "StoryDraft"]

T_contra = TypeVar("T_contra", contravariant=True)
T = TypeVar("T")

#: The callback a registration hook receives: call it once per thing you register.
Register = Callable[[T_contra], None]


@runtime_checkable
class Extractor(Protocol):
    """Finds mentions in an article.

    ``provides`` names the mention kinds it produces (``{"date"}``); ``requires`` the
    kinds it needs from other extractors (quote attribution: ``{"person"}``). ``extract``
    receives the mentions of the required kinds, in text order, and must not mutate
    anything shared: the same instance may run in several processes.
    """

    name: str
    provides: frozenset[str]
    requires: frozenset[str]

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]: ...


@runtime_checkable
class Linker(Protocol):
    """Turns an article's mentions into claims and events (per article).

    ``provides`` names what it adds (``{"claim"}``, ``{"event"}``); ``requires`` the
    mention kinds (and claim/event kinds) it reads.
    """

    name: str
    provides: frozenset[str]
    requires: frozenset[str]

    def link(
        self, article: Article, mentions: Sequence[Mention], found: Sequence[Claim | Event]
    ) -> Iterable[Claim | Event]: ...


Component = Union[Extractor, Linker]


@frozen(kw_only=True)
class StoryDraft:
    """What a finding detector reads: the story's articles (analysed, sorted by id), its
    events (clustered across articles), its claims (grouped by subject) and its sources
    (with their outlets). Read-only; ``shared`` lets detectors share costly work."""

    analyses: tuple[Analysis, ...]
    events: tuple[Event, ...]
    claims: tuple[Claim, ...] = ()
    sources: tuple[StoryArticle, ...] = ()
    _memo: dict[str, Any] = field(factory=dict, eq=False, repr=False, hash=False)

    def shared(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, once per draft and ``key`` (the bundled detectors share the
        claim grouping this way)."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value

    def outlet(self, article: str) -> str | None:
        """The outlet of article ``article`` (its id), if the story knows it."""
        return next((s.outlet for s in self.sources if s.id == article), None)


@runtime_checkable
class FindingDetector(Protocol):
    """Finds what the sources of a story do together (agree, disagree, change a figure...).

    ``name`` is unique; ``section`` is the title of the report section its findings go
    in. ``detect`` returns :class:`~newskit.Finding` items whose ``refs`` are the source
    spans (their articles give the outlets). It runs once per story, after the events are
    clustered and the claims grouped.
    """

    name: str
    section: str

    def detect(self, story: StoryDraft) -> Iterable[Finding]: ...


@frozen(kw_only=True)
class ComponentInfo:
    """A registered component and where it came from."""

    name: str
    role: str  # "extractor" | "linker" | "detector"
    plugin: str
    provides: frozenset[str]
    requires: frozenset[str]
