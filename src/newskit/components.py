"""What plugins give the pipeline: extractors (text -> mentions) and linkers (mentions ->
claims and events). Both declare what they ``provides`` and ``requires``; the pipeline
orders them from those declarations, never from registration order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar, Union, runtime_checkable

from attrs import frozen

from newskit.model import Article, Claim, Event, Mention

__all__ = ["Component", "ComponentInfo", "Extractor", "Linker", "Register"]

T_contra = TypeVar("T_contra", contravariant=True)

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
class ComponentInfo:
    """A registered component and where it came from."""

    name: str
    role: str  # "extractor" | "linker"
    plugin: str
    provides: frozenset[str]
    requires: frozenset[str]
