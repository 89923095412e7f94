"""The pipeline: built once from a plugin manager, then run per article.

Building collects every registered component (calling each plugin's registration hook
separately, to stamp which plugin gave what), rejects duplicate names and unmet
requirements, and orders components topologically by ``requires``/``provides`` with ties
broken by name, so installation and registration order never change the output.
Running an article never raises because of a component: a component's exception becomes
an :class:`ErrorRecord` on that article's :class:`Analysis` and the others go on.
"""

from __future__ import annotations

import concurrent.futures as cf
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
from attrs import frozen

from newskit.components import Extractor, Linker
from newskit.errors import DuplicateComponent, MissingRequirement, RequirementCycle
from newskit.model import Analysis, Article, Claim, ErrorRecord, Event, Mention
from newskit.overlaps import order_key
from newskit.plugins import PluginManager, get_plugin_manager

__all__ = ["ComponentInfo", "Pipeline"]


@frozen(kw_only=True)
class ComponentInfo:
    """A registered component and where it came from."""

    name: str
    role: str  # "extractor" | "linker"
    plugin: str
    provides: frozenset[str]
    requires: frozenset[str]


def _collect(pm: PluginManager, hook_name: str, role: str) -> list[tuple[Any, ComponentInfo]]:
    caller = getattr(pm.hook, hook_name)
    out: list[tuple[Any, ComponentInfo]] = []
    for impl in caller.get_hookimpls():
        plugin_name = impl.plugin_name
        got: list[Any] = []
        kwargs = {"register": got.append}
        impl.function(*[kwargs[a] for a in impl.argnames])
        for comp in got:
            info = ComponentInfo(
                name=str(comp.name),
                role=role,
                plugin=plugin_name,
                provides=frozenset(comp.provides),
                requires=frozenset(comp.requires),
            )
            out.append((comp, info))
    return out


def _toposort(items: list[tuple[Any, ComponentInfo]]) -> list[tuple[Any, ComponentInfo]]:
    providers: dict[str, list[str]] = {}
    for _, info in items:
        for p in info.provides:
            providers.setdefault(p, []).append(info.name)
    by_name = {info.name: (comp, info) for comp, info in items}
    deps: dict[str, set[str]] = {}
    for _, info in items:
        needed: set[str] = set()
        for r in info.requires:
            if r not in providers:
                raise MissingRequirement(info.name, r, list(providers))
            needed.update(n for n in providers[r] if n != info.name)
        deps[info.name] = needed
    ready = sorted(n for n, d in deps.items() if not d)
    queue = deque(ready)
    done: list[str] = []
    remaining = {n: set(d) for n, d in deps.items()}
    while queue:
        n = queue.popleft()
        done.append(n)
        newly = []
        for m, d in remaining.items():
            if n in d:
                d.discard(n)
                if not d:
                    newly.append(m)
        for m in sorted(newly):
            queue.append(m)
    if len(done) != len(items):
        stuck = sorted(set(deps) - set(done))
        raise RequirementCycle(f"components require each other in a cycle: {', '.join(stuck)}")
    return [by_name[n] for n in done]


class Pipeline:
    """Ordered extractors and linkers, ready to run on articles.

    Build it with :meth:`build`; it is immutable afterwards and safe to reuse.
    """

    def __init__(
        self,
        extractors: Sequence[tuple[Extractor, ComponentInfo]],
        linkers: Sequence[tuple[Linker, ComponentInfo]],
        pm: PluginManager,
        pm_options: dict[str, Any] | None = None,
    ) -> None:
        self._extractors = tuple(extractors)
        self._linkers = tuple(linkers)
        self.pm = pm
        self._pm_options = dict(pm_options or {})

    @classmethod
    def build(cls, pm: PluginManager | None = None, **pm_options: Any) -> Pipeline:
        """Collect, validate and order the components of ``pm`` (default: a new manager
        built with ``get_plugin_manager(**pm_options)``).

        Raises:
            DuplicateComponent: two components share a name.
            MissingRequirement: a component requires a kind nobody provides.
            RequirementCycle: requirements form a cycle.
        """
        if pm is None:
            pm = get_plugin_manager(**pm_options)
        extractors = _collect(pm, "newskit_register_extractors", "extractor")
        linkers = _collect(pm, "newskit_register_linkers", "linker")
        names: dict[str, str] = {}
        for _, info in extractors + linkers:
            if info.name in names:
                raise DuplicateComponent(
                    f"component name {info.name!r} registered by both {names[info.name]!r} "
                    f"and {info.plugin!r}"
                )
            names[info.name] = info.plugin
        # extractors and linkers are ordered together: a linker may need an extractor's
        # kind, and only the relative order within each role matters when running
        ordered = _toposort(extractors + linkers)
        ext = [(c, i) for c, i in ordered if i.role == "extractor"]
        lnk = [(c, i) for c, i in ordered if i.role == "linker"]
        for _, info in ext:
            for r in info.requires:
                if not any(r in e.provides for _, e in ext):
                    raise MissingRequirement(info.name, r, [p for _, e in ext for p in e.provides])
        return cls(ext, lnk, pm, pm_options)

    @property
    def components(self) -> tuple[ComponentInfo, ...]:
        """Every component in the order it runs."""
        return tuple(i for _, i in self._extractors) + tuple(i for _, i in self._linkers)

    @property
    def provides(self) -> frozenset[str]:
        return frozenset(p for c in self.components for p in c.provides)

    def mention_types(self) -> list[type[Mention]]:
        """Every mention type the plugins registered (for serialization)."""
        got: list[type[Mention]] = []
        self.pm.hook.newskit_register_mention_types(register=got.append)
        return got

    # ----------------------------------------------------------------- running

    def run(self, article: Article) -> Analysis:
        """Extract, resolve overlaps and link for one article. Never raises for a
        component's failure: it is recorded in ``Analysis.errors``."""
        errors: list[ErrorRecord] = []
        mentions: list[Mention] = []
        for comp, info in self._extractors:
            needed = tuple(sorted((m for m in mentions if m.kind in info.requires), key=order_key))
            try:
                got = list(comp.extract(article, needed))
            except Exception as exc:
                errors.append(_error("extract", info, exc, article))
                continue
            mentions.extend(_checked(got, article, info, errors))
        resolved = self._resolve(article, tuple(sorted(mentions, key=order_key)), errors)
        found: list[Claim | Event] = []
        for linker, info in self._linkers:
            needed = tuple(m for m in resolved if m.kind in info.requires)
            try:
                items = list(linker.link(article, needed, tuple(found)))
            except Exception as exc:
                errors.append(_error("link", info, exc, article))
                continue
            for item in items:
                if isinstance(item, (Claim, Event)):
                    found.append(item)
                else:
                    errors.append(ErrorRecord(stage="link", component=info.name, error="TypeError",
                                              message=f"linker returned {type(item).__name__}, "
                                              "not a Claim or Event", input=article.id))
        return Analysis(
            article=article,
            mentions=resolved,
            claims=tuple(x for x in found if isinstance(x, Claim)),
            events=tuple(x for x in found if isinstance(x, Event)),
            errors=tuple(errors),
        )

    def _resolve(self, article: Article, mentions: tuple[Mention, ...],
                 errors: list[ErrorRecord]) -> tuple[Mention, ...]:
        try:
            result = self.pm.hook.newskit_resolve_overlaps(article=article, mentions=mentions)
        except Exception as exc:
            errors.append(ErrorRecord(stage="overlaps", error=type(exc).__name__, message=str(exc),
                                      input=article.id))
            return mentions
        return tuple(sorted(result, key=order_key)) if result is not None else mentions

    def run_many(
        self,
        articles: Iterable[Article],
        *,
        workers: int = 1,
        window: int | None = None,
        on_done: Callable[[Analysis], None] | None = None,
    ) -> Iterator[Analysis]:
        """Run every article, yielding results in input order.

        With ``workers > 1`` a pool of processes does the work; at most ``window``
        articles (default ``4 * workers``) are in flight, so memory stays flat however
        long the input stream is.
        """
        if workers <= 1:
            for a in articles:
                res = self.run(a)
                if on_done:
                    on_done(res)
                yield res
            return
        window = window or 4 * workers
        with cf.ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(self._pm_options,)
        ) as pool:
            pending: deque[cf.Future[Analysis]] = deque()
            for a in articles:
                pending.append(pool.submit(_run_in_worker, a))
                if len(pending) >= window:
                    res = pending.popleft().result()
                    if on_done:
                        on_done(res)
                    yield res
            while pending:
                res = pending.popleft().result()
                if on_done:
                    on_done(res)
                yield res


def _error(stage: str, info: ComponentInfo, exc: BaseException, article: Article) -> ErrorRecord:
    return ErrorRecord(stage=stage, component=info.name, error=type(exc).__name__,
                       message=str(exc) or type(exc).__name__, input=article.id)


def _checked(got: list[Any], article: Article, info: ComponentInfo,
             errors: list[ErrorRecord]) -> Iterator[Mention]:
    """Only well-formed mentions pass; each bad one is reported, never silently dropped."""
    for m in got:
        problem = None
        if not isinstance(m, Mention):
            problem = f"returned {type(m).__name__}, not a Mention"
        elif m.kind not in info.provides:
            problem = f"returned a {m.kind!r} mention but provides only {sorted(info.provides)}"
        elif m.end > len(article.text) or article.text[m.start:m.end] != m.text:
            problem = f"mention {m.text!r} at [{m.start}, {m.end}) does not slice the article text"
        if problem:
            errors.append(ErrorRecord(stage="extract", component=info.name, error="InvalidMention",
                                      message=problem, input=article.id))
            continue
        yield m if m.source else attrs.evolve(m, source=info.name)


_WORKER: Pipeline | None = None


def _init_worker(options: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = Pipeline.build(**options)


def _run_in_worker(article: Article) -> Analysis:
    assert _WORKER is not None
    return _WORKER.run(article)
