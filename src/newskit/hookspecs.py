"""newskit's hook specifications: the whole plugin API in one file.

Plugins implement these with ``@newskit.hookimpl``. Registration hooks receive a
``register`` callback (the host owns the collection and stamps provenance); the
pipeline, not pluggy's call order, decides when each component runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from newskit.components import Extractor, FindingDetector, Linker, Register
    from newskit.model import Analysis, Article, Event, Mention
    from newskit.plugins import PluginManager

PROJECT = "newskit"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec(historic=True)
def newskit_add_hookspecs(pluginmanager: PluginManager) -> None:
    """Add the hookspecs your plugin owns: ``pluginmanager.add_hookspecs(your_module)``.

    Called the moment your plugin is registered, so other plugins can implement your hooks
    whatever order the plugins load in. The bundled plugins own their vocabulary hooks
    this way (``newskit_register_units`` belongs to the quantities plugin); mark each such
    spec with :func:`newskit.vocabulary.vocabulary_hook` so the host collects it.

    .. versionadded:: 0.2
    """


@hookspec
def newskit_register_extractors(register: Register[Extractor]) -> None:
    """Register :class:`~newskit.Extractor` instances, one ``register(extractor)`` call each.

    Called once per :meth:`Pipeline.build`; keep it cheap and load heavy data lazily,
    inside ``extract``.

    .. versionadded:: 0.1
    """


@hookspec
def newskit_register_linkers(register: Register[Linker]) -> None:
    """Register :class:`~newskit.Linker` instances that turn mentions into claims/events.

    .. versionadded:: 0.1
    """


@hookspec
def newskit_register_mention_types(register: Register[type[Mention]]) -> None:
    """Register :class:`~newskit.Mention` subclasses so they serialize with their ``kind``.

    A plugin that defines its own mention type must register it here, or its mentions
    cannot be written as JSON or read back.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def newskit_resolve_overlaps(
    article: Article, mentions: tuple[Mention, ...]
) -> tuple[Mention, ...] | None:
    """Choose among overlapping mentions; return the mentions to keep, in text order.

    Return None to defer to the next implementation. newskit's own policy (keep each
    component's mentions as it made them; across components, the longest mention of a
    kind wins) is registered ``trylast``. Stops at first non-None result.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def newskit_cluster_events(analyses: tuple[Analysis, ...]) -> tuple[Event, ...] | None:
    """Cluster the events of a story's articles (sorted by id) into the story's events.

    Return the story events, each holding the mentions and evidence of every article that
    reports it, or None to defer to the next implementation. newskit's own clustering
    (blocking by trigger family, a pairwise model, average linkage with vetoes) is
    registered ``trylast``. A result that is not a tuple of events, or an exception, is
    recorded in the story's errors and newskit's own clustering is used instead. Stops at
    first non-None result.

    .. versionadded:: 0.2
    """


@hookspec
def newskit_register_finding_detectors(register: Register[FindingDetector]) -> None:
    """Register :class:`~newskit.FindingDetector` instances: each adds its findings (with
    their source spans) to the story and a section to its report. Additive: every
    registered detector runs. newskit's corroboration, allegation/denial and figure
    findings are registered through this hook too.

    .. versionadded:: 0.2
    """
