"""The pipeline: built once from a plugin manager, then run per article.

Building collects every registered component (calling each plugin's registration hook
separately, to stamp which plugin gave what), rejects duplicate names and unmet
requirements, and orders components topologically by ``requires``/``provides`` with ties
broken by name, so installation and registration order never change the output.
Running an article never raises because of a component: a component's exception (any
``BaseException``, ``sys.exit()`` included, except a real signal) becomes an
:class:`ErrorRecord` on that article's :class:`Analysis` and the others go on; what a
component or the overlap hook returns is checked (offsets in range and slicing the text,
whatever validators a ``Mention`` subclass kept), and each bad item is an error record.
An article that exceeds its time limit gets an ``ArticleTimeout`` error record.
:meth:`Pipeline.run_many` with ``workers > 1`` runs the articles in supervised worker
processes (:mod:`newskit.workers`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newskit.components import ComponentInfo, Extractor, Linker
from newskit.errors import ArticleTimeout, DuplicateComponent, MissingRequirement, RequirementCycle
from newskit.guard import must_propagate, plugin_guard, raise_if_terminating
from newskit.model import Analysis, Article, Claim, ErrorRecord, Event, Mention, SpanRef
from newskit.overlaps import order_key
from newskit.plugins import PluginManager, get_plugin_manager
from newskit.vocabulary import Vocabulary, using

if TYPE_CHECKING:
    from newskit.workers import WorkerPool

__all__ = ["DEFAULT_TIMEOUT", "ComponentInfo", "Pipeline"]

#: Seconds one article may take in :meth:`Pipeline.run_many` (the CLI's ``--timeout``).
DEFAULT_TIMEOUT = 60.0


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
        #: the merged vocabulary, collected once per build; current while an article runs
        self.vocabulary: Vocabulary = pm.vocabulary()

    @classmethod
    def build(cls, pm: PluginManager | None = None, **pm_options: Any) -> Pipeline:
        """Collect, validate and order the components of ``pm`` (default: a new manager
        built with ``get_plugin_manager(**pm_options)``).

        A plugin whose registration fails is skipped and reported in ``pm.report``
        (see :mod:`newskit.plugins`); in strict mode it raises.

        Raises:
            PluginLoadError: strict mode, a plugin's registration failed.
            DuplicateComponent: two components share a name.
            MissingRequirement: a component requires a kind nobody provides.
            RequirementCycle: requirements form a cycle.
        """
        if pm is None:
            pm = get_plugin_manager(**pm_options)
        regs = pm.registrations()
        extractors, linkers = list(regs.extractors), list(regs.linkers)
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
        return list(self.pm.registrations().mention_types)

    # ----------------------------------------------------------------- running

    def run(self, article: Article, *, timeout: float | None = None) -> Analysis:
        """Extract, resolve overlaps and link for one article. Never raises for a
        component's failure: it is recorded in ``Analysis.errors``.

        ``timeout`` (seconds) limits the whole article: past it the article's record
        holds only an ``ArticleTimeout`` error. In-process the limit uses ``SIGALRM`` and
        so applies in the main thread only, and only to code that returns to the
        interpreter; the worker pool of :meth:`run_many` also kills a worker that stays
        stuck.
        """
        if not isinstance(article, Article):
            # a list or a dict passed by mistake would otherwise fail deep inside a plugin,
            # recorded as that plugin's error: say what was wrong where it was wrong
            hint = ("; wrap a text as Article(id=..., text=...)" if isinstance(article, str)
                    else "; for many articles use Pipeline.run_many"
                    if isinstance(article, Iterable) and not isinstance(article, (bytes, dict))
                    else "")
            raise TypeError(f"Pipeline.run takes one newskit.Article, not {type(article).__name__}{hint}")
        running: list[str | None] = [None]
        try:
            with plugin_guard(timeout), using(self.vocabulary):
                return self._run(article, running)
        except ArticleTimeout:
            return timed_out(article, timeout, running[0])

    def _run(self, article: Article, running: list[str | None]) -> Analysis:
        errors: list[ErrorRecord] = []
        mentions: list[Mention] = []
        for comp, info in self._extractors:
            running[0] = info.name
            needed = tuple(sorted((m for m in mentions if m.kind in info.requires), key=order_key))
            try:
                got = list(comp.extract(article, needed))
            except BaseException as exc:
                if must_propagate(exc):
                    raise
                errors.append(_error("extract", info, exc, article))
                continue
            mentions.extend(_checked(got, article, info, errors))
        running[0] = "newskit_resolve_overlaps"
        resolved = self._resolve(article, tuple(sorted(mentions, key=order_key)), errors)
        found: list[Claim | Event] = []
        for linker, info in self._linkers:
            running[0] = info.name
            needed = tuple(m for m in resolved if m.kind in info.requires)
            try:
                items = list(linker.link(article, needed, tuple(found)))
            except BaseException as exc:
                if must_propagate(exc):
                    raise
                errors.append(_error("link", info, exc, article))
                continue
            found.extend(_checked_links(items, article, info, errors))
        return Analysis(
            article=article,
            mentions=resolved,
            claims=tuple(x for x in found if isinstance(x, Claim)),
            events=tuple(x for x in found if isinstance(x, Event)),
            errors=tuple(errors),
        )

    def _resolve(self, article: Article, mentions: tuple[Mention, ...],
                 errors: list[ErrorRecord]) -> tuple[Mention, ...]:
        """The overlap hook's choice, checked like an extractor's output; if the hook
        fails, every mention is kept and the failure recorded."""
        try:
            result = self.pm.hook.newskit_resolve_overlaps(article=article, mentions=mentions)
            if result is None:
                return mentions
            got = list(result)
        except BaseException as exc:
            if must_propagate(exc):
                raise
            errors.append(ErrorRecord(stage="overlaps", error=type(exc).__name__,
                                      message=str(exc) or type(exc).__name__, input=article.id))
            return mentions
        kept: list[Mention] = []
        for m in got:
            problem = _mention_problem(m, article.text)
            if problem:
                errors.append(ErrorRecord(stage="overlaps", component="newskit_resolve_overlaps",
                                          error="InvalidMention", message=problem, input=article.id))
            else:
                kept.append(m)
        return tuple(sorted(kept, key=order_key))

    def run_many(
        self,
        articles: Iterable[Article],
        *,
        workers: int = 1,
        window: int | None = None,
        on_done: Callable[[Analysis], None] | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        pool: WorkerPool | None = None,
    ) -> Iterator[Analysis]:
        """Run every article, yielding exactly one result per article, in input order.

        With ``workers > 1`` supervised processes do the work (:mod:`newskit.workers`): a
        worker that dies is replaced and its article retried once, then recorded as an
        error; at most ``window`` articles (default ``4 * workers``) are read ahead, so
        memory stays flat however long the input stream is. ``timeout`` is the time
        limit of each article in seconds (None or 0: none), see :meth:`run`. ``pool``: a
        :class:`~newskit.workers.WorkerPool` of the caller's, given ``workers`` processes
        here and left open for the caller's jobs (``newskit stories`` builds stories in it).
        """
        if workers <= 1:
            results: Iterator[Analysis] = (self.run(a, timeout=timeout) for a in articles)
        elif pool is not None:
            pool.n = workers
            results = pool.map(articles, window or 4 * workers, close=False)
        else:
            from newskit.workers import run_supervised

            results = run_supervised(self, articles, workers=workers,
                                     window=window or 4 * workers, timeout=timeout)
        try:
            for res in results:
                raise_if_terminating()  # a SIGTERM whose exit a finalizer swallowed
                if on_done:
                    on_done(res)
                yield res
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # the workers end now, even while an exception unwinds

    @property
    def build_options(self) -> dict[str, Any]:
        """The options this pipeline was built with (to rebuild it in a spawned worker)."""
        return dict(self._pm_options)


def timed_out(article: Article, timeout: float | None, component: str | None) -> Analysis:
    """The record of an article that ran out of time: the article, one error."""
    where = f" (in {component})" if component else ""
    return Analysis(article=article, errors=(ErrorRecord(
        stage="article", component=component, error="ArticleTimeout", input=article.id,
        message=f"the article took longer than its time limit of {timeout:g} s{where}; "
                "raise it with --timeout",
    ),))


def _error(stage: str, info: ComponentInfo, exc: BaseException, article: Article) -> ErrorRecord:
    return ErrorRecord(stage=stage, component=info.name, error=type(exc).__name__,
                       message=str(exc) or type(exc).__name__, input=article.id)


def _offsets_problem(start: object, end: object, text: object, article_text: str) -> str | None:
    """Checked here, not trusted to the model's validators: a subclass that redeclares
    ``start``/``end``/``text`` drops them."""
    if type(start) is not int or type(end) is not int:
        return f"offsets must be ints, got {start!r} and {end!r}"
    if not 0 <= start <= end <= len(article_text):
        return f"offsets [{start}, {end}) lie outside the article text (length {len(article_text)})"
    if not isinstance(text, str) or article_text[start:end] != text:
        return f"{text!r} at [{start}, {end}) does not slice the article text"
    return None


def _mention_problem(m: object, article_text: str) -> str | None:
    if not isinstance(m, Mention):
        return f"returned {type(m).__name__}, not a Mention"
    return _offsets_problem(m.start, m.end, m.text, article_text)


def _checked(got: list[Any], article: Article, info: ComponentInfo,
             errors: list[ErrorRecord]) -> Iterator[Mention]:
    """Only well-formed mentions pass; each bad one is reported, never silently dropped."""
    for m in got:
        problem = _mention_problem(m, article.text)
        if problem is None and m.kind not in info.provides:
            problem = f"returned a {m.kind!r} mention but provides only {sorted(info.provides)}"
        if problem:
            errors.append(ErrorRecord(stage="extract", component=info.name, error="InvalidMention",
                                      message=problem, input=article.id))
            continue
        yield m if m.source else attrs.evolve(m, source=info.name)


def _link_problem(item: object, article: Article) -> str | None:
    if not isinstance(item, (Claim, Event)):
        return f"linker returned {type(item).__name__}, not a Claim or Event"
    refs: list[Any] = list(item.mentions)
    if isinstance(item, Claim):
        problem = _offsets_problem(item.start, item.end, item.text, article.text)
        if problem:
            return f"claim {problem}"
        refs += [item.source_ref, item.cue_ref]
    else:
        refs += list(item.evidence)
    for ref in refs:
        if ref is None:
            continue
        if not isinstance(ref, SpanRef):
            return f"a reference is a {type(ref).__name__}, not a SpanRef"
        if ref.article == article.id:
            problem = _offsets_problem(ref.start, ref.end, ref.text, article.text)
            if problem:
                return f"reference {problem}"
    return None


def _checked_links(items: list[Any], article: Article, info: ComponentInfo,
                   errors: list[ErrorRecord]) -> Iterator[Claim | Event]:
    for item in items:
        problem = _link_problem(item, article)
        if problem:
            errors.append(ErrorRecord(stage="link", component=info.name, error="InvalidLink",
                                      message=problem, input=article.id))
        else:
            yield item
