"""Plugin discovery: a fresh plugin manager per call, entry points loaded one at a time.

A plugin that fails to import or register is reported (name, version, error) and skipped,
so one broken distribution never takes the host down; strict mode raises instead.
"Register" covers the registration hooks too: each plugin's hooks are called on their own
(:meth:`PluginManager.registrations`), and a plugin whose hook raises (``sys.exit()``
included), registers something that is not a component or a mention type, or takes a
component name or mention kind another plugin already has, is unregistered as a whole
and reported like an import failure. ``newskit plugins`` shows it.
Environment variables (also settable from the CLI):

``NEWSKIT_LOAD_PLUGINS``     comma-separated allow-list of plugin names (empty: none)
``NEWSKIT_DISABLE_PLUGINS``  comma-separated deny-list of plugin names
``NEWSKIT_STRICT_PLUGINS``   ``1`` to raise :class:`PluginLoadError` on a broken plugin
``NEWSKIT_TRACE_PLUGINS``    ``1`` to print every hook call to stderr
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
import pluggy
from attrs import frozen

from newskit import hookspecs
from newskit.components import ComponentInfo
from newskit.errors import DuplicateComponent, PluginLoadError
from newskit.guard import must_propagate, plugin_guard
from newskit.model import BUILTIN_MENTION_TYPES, Mention
from newskit.patterns import cache_dir, routed
from newskit.vocabulary import Vocabulary

__all__ = [
    "ENTRY_POINT_GROUP",
    "EntryPoint",
    "PluginInfo",
    "PluginManager",
    "Registrations",
    "entry_points",
    "get_plugin_manager",
]

ENTRY_POINT_GROUP = "newskit"
#: Core modules registered on every manager (not extractors: policies the host owns).
CORE_PLUGINS = ("newskit.overlaps", "newskit.story_hooks")


@frozen(kw_only=True)
class PluginInfo:
    """One plugin as the manager saw it: loaded, blocked or failed."""

    name: str
    version: str | None = None
    distribution: str | None = None
    module: str | None = None
    status: str = "loaded"  # loaded | failed | blocked | core
    error: str | None = None


@frozen(kw_only=True)
class Registrations:
    """Everything the loaded plugins registered, checked, in plugin registration order."""

    extractors: tuple[tuple[Any, ComponentInfo], ...] = ()
    linkers: tuple[tuple[Any, ComponentInfo], ...] = ()
    detectors: tuple[tuple[Any, ComponentInfo], ...] = ()
    mention_types: tuple[type[Mention], ...] = ()
    vocabulary: Vocabulary = attrs.field(factory=Vocabulary)


class PluginManager(pluggy.PluginManager):
    """A pluggy manager that remembers what it loaded and what failed."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)
        self.report: list[PluginInfo] = []
        #: contributions skipped because they were broken: (plugin, hook, error)
        self.vocabulary_errors: list[tuple[str, str, str]] = []
        self.strict = False
        self._registrations: Registrations | None = None
        # a plugin that owns hooks adds their specs the moment it is registered
        self.hook.newskit_add_hookspecs.call_historic(kwargs={"pluginmanager": self})

    @property
    def load_errors(self) -> list[PluginInfo]:
        return [p for p in self.report if p.status == "failed"]

    def register(self, plugin: object, name: str | None = None) -> str | None:
        self._registrations = None
        return super().register(plugin, name)

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any:
        self._registrations = None
        return super().unregister(plugin, name)

    def registrations(self) -> Registrations:
        """Call every plugin's registration hooks, one plugin at a time, and keep what
        the healthy ones registered (cached until a plugin is added or removed).

        Raises:
            PluginLoadError: in strict mode, for the first plugin whose registration fails.
        """
        if self._registrations is None:
            with plugin_guard(None):  # tells a real Ctrl-C from a plugin's own exceptions
                self._registrations = _collect_registrations(self)
        return self._registrations

    def vocabulary(self) -> Vocabulary:
        """The merged vocabulary of the loaded plugins (see :mod:`newskit.vocabulary`)."""
        return self.registrations().vocabulary

    def contributions(self) -> dict[str, dict[str, str]]:
        """What each plugin gives each hook beyond components: plugin -> hook -> a short
        description ("645 entries", or why it was skipped). ``newskit plugins`` shows it."""
        out: dict[str, dict[str, str]] = {}
        for det, info in self.registrations().detectors:
            got = out.setdefault(info.plugin, {})
            hook = "newskit_register_finding_detectors"
            item = f"{info.name} (section '{det.section}')"
            got[hook] = f"{got[hook]}, {item}" if hook in got else item
        for impl in self.hook.newskit_cluster_events.get_hookimpls():
            out.setdefault(impl.plugin_name, {})["newskit_cluster_events"] = (
                "fallback (trylast)" if impl.trylast else "replaces the clustering")
        for plugin, per in self.vocabulary().contributions.items():
            for hook, n in per.items():
                out.setdefault(plugin, {})[hook] = f"{n} entr{'y' if n == 1 else 'ies'}"
        for plugin, hook, error in self.vocabulary_errors:
            out.setdefault(plugin, {})[hook] = f"skipped: {error}"
        return out

    def skip_contribution(self, name: str, hook: str, exc: BaseException) -> None:
        """Report plugin ``name``'s broken contribution to vocabulary ``hook`` (strict
        mode: raise); the rest of the plugin stays loaded."""
        old = next((p for p in self.report if p.name == name), PluginInfo(name=name))
        if self.strict:
            raise PluginLoadError(name, old.version, ValueError(
                f"its contribution to {hook} is invalid: {type(exc).__name__}: {exc}")) from exc
        self.vocabulary_errors.append((name, hook, f"{type(exc).__name__}: {exc}"))
        print(f"newskit: skipped the contribution of plugin {name!r} ({old.version}) to {hook}: "
              f"{type(exc).__name__}: {exc}", file=sys.stderr)

    def fail(self, name: str, exc: BaseException) -> None:
        """Unregister plugin ``name`` and report it failed (strict mode: raise)."""
        old = next((p for p in self.report if p.name == name), PluginInfo(name=name))
        if self.has_plugin(name):
            self.unregister(name=name)
        if self.strict:
            raise PluginLoadError(name, old.version, exc) from exc
        failed = attrs.evolve(old, status="failed", error=f"{type(exc).__name__}: {exc}")
        if any(p.name == name for p in self.report):
            self.report = [failed if p.name == name else p for p in self.report]
        else:
            self.report.append(failed)
        print(f"newskit: skipped plugin {name!r} ({old.version}): {type(exc).__name__}: {exc}",
              file=sys.stderr)


class RegistrationError(ValueError):
    """What a plugin registered is not valid (reported as the plugin's load error)."""


_REGISTRATION_HOOKS = (
    ("newskit_register_extractors", "extractor", "extract"),
    ("newskit_register_linkers", "linker", "link"),
    ("newskit_register_finding_detectors", "detector", "detect"),
)


def _collect_registrations(pm: PluginManager) -> Registrations:
    extractors: list[tuple[Any, ComponentInfo]] = []
    linkers: list[tuple[Any, ComponentInfo]] = []
    kinds: dict[str, type[Mention]] = {t.kind: t for t in BUILTIN_MENTION_TYPES}
    names: dict[str, str] = {}
    detectors: list[tuple[Any, ComponentInfo]] = []
    for name, _ in list(pm.list_name_plugin()):
        try:
            ext, lnk, det, types = _registered_by(pm, name)
            _check_unique(name, ext + lnk + det, types, names, kinds)
        except BaseException as exc:
            if must_propagate(exc):
                raise
            pm.fail(name, exc)
            continue
        extractors += ext
        linkers += lnk
        detectors += det
        names.update((info.name, name) for _, info in ext + lnk + det)
        kinds.update((t.kind, t) for t in types)
    types_out = tuple(t for t in kinds.values() if t not in BUILTIN_MENTION_TYPES)
    # detectors run in precedence order (core first, then by plugin name), never in
    # registration order; a plugin's own detectors in the order it registered them
    rank = {n: _precedence(pm, n) for n, _ in pm.list_name_plugin()}
    detectors.sort(key=lambda d: (d[1].plugin not in CORE_PLUGINS, rank.get(d[1].plugin, (True, ""))))
    return Registrations(extractors=tuple(extractors), linkers=tuple(linkers),
                         detectors=tuple(detectors), mention_types=types_out,
                         vocabulary=_collect_vocabulary(pm))


def vocabulary_hooks(pm: pluggy.PluginManager) -> dict[str, type[Any]]:
    """The vocabulary hooks the loaded plugins declared: hook name -> entry type."""
    out: dict[str, type[Any]] = {}
    for name in sorted(vars(pm.hook)):
        caller = getattr(pm.hook, name)
        spec = getattr(caller, "spec", None)
        etype = getattr(getattr(spec, "function", None), "newskit_vocabulary", None)
        if etype is not None:
            out[name] = etype
    return out


def _precedence(pm: PluginManager, name: str) -> tuple[bool, str]:
    """Bundled plugins (the newskit distribution's) first, then the rest, by name."""
    info = next((p for p in pm.report if p.name == name), None)
    bundled = info is not None and info.distribution == "newskit"
    return (not bundled, name)


def _collect_vocabulary(pm: PluginManager) -> Vocabulary:
    """Each plugin's contribution to each vocabulary hook, checked and merged in
    precedence order; a broken contribution is skipped and reported (strict: raised)."""
    hooks = vocabulary_hooks(pm)
    plugins = sorted((n for n, _ in pm.list_name_plugin()), key=lambda n: _precedence(pm, n))
    given: list[tuple[str, type[Any], list[Any]]] = []
    for plugin in plugins:
        for hook_name, etype in hooks.items():
            try:
                entries = _call_impls(pm, hook_name, plugin)
                for e in entries:
                    if not isinstance(e, etype):
                        raise RegistrationError(f"registered {e!r} to {hook_name}; it takes "
                                                f"newskit.vocabulary.{etype.__name__} entries")
            except BaseException as exc:
                if must_propagate(exc):
                    raise
                pm.skip_contribution(plugin, hook_name, exc)
                continue
            if entries:
                given.append((plugin, etype, entries))
    return Vocabulary.merge(given)


def bundled_vocabulary() -> Vocabulary:
    """The vocabulary of the newskit distribution's own plugins (no third-party entries)."""
    names = [ep.name for ep in entry_points() if ep.distribution == "newskit"]
    return get_plugin_manager(allow=names, deny=(), strict=False).vocabulary()


def _call_impls(pm: PluginManager, hook_name: str, plugin: str) -> list[Any]:
    got: list[Any] = []
    for impl in getattr(pm.hook, hook_name).get_hookimpls():
        if impl.plugin_name != plugin or impl.hookwrapper or getattr(impl, "wrapper", False):
            continue
        kwargs: dict[str, Callable[[Any], None]] = {"register": got.append}
        impl.function(*[kwargs[a] for a in impl.argnames])
    return got


def _registered_by(pm: PluginManager, plugin: str) -> tuple[
        list[tuple[Any, ComponentInfo]], list[tuple[Any, ComponentInfo]],
        list[tuple[Any, ComponentInfo]], list[type[Mention]]]:
    """What one plugin registers, each object checked for the shape the host relies on."""
    comps: dict[str, list[tuple[Any, ComponentInfo]]] = {}
    for hook_name, role, method in _REGISTRATION_HOOKS:
        comps[role] = [(c, _component_info(c, role, method, plugin))
                       for c in _call_impls(pm, hook_name, plugin)]
    types = _call_impls(pm, "newskit_register_mention_types", plugin)
    for t in types:
        if not isinstance(t, type) or not issubclass(t, Mention) or not attrs.has(t):
            raise RegistrationError(f"registered {t!r} as a mention type; it is not an attrs "
                                    "subclass of newskit.Mention")
        kind = getattr(t, "kind", None)
        if not isinstance(kind, str) or not kind or kind in ("mention", "unknown"):
            raise RegistrationError(f"mention type {t.__qualname__} needs its own 'kind' string")
    return comps["extractor"], comps["linker"], comps["detector"], types


def _kinds(value: object, what: str) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise RegistrationError(f"{what} must be a collection of strings, got {value!r}")
    out = frozenset(value)
    if not all(isinstance(k, str) for k in out):
        raise RegistrationError(f"{what} must hold strings only, got {sorted(map(repr, out))}")
    return out


def _component_info(comp: object, role: str, method: str, plugin: str) -> ComponentInfo:
    name = getattr(comp, "name", None)
    if not isinstance(name, str) or not name:
        raise RegistrationError(f"registered {type(comp).__name__} as an {role} without a name")
    if not callable(getattr(comp, method, None)):
        raise RegistrationError(f"{role} {name!r} has no {method}() method")
    if role == "detector":
        section = getattr(comp, "section", None)
        if not isinstance(section, str) or not section.strip():
            raise RegistrationError(f"finding detector {name!r} needs a 'section' title")
        return ComponentInfo(name=name, role=role, plugin=plugin, provides=frozenset(),
                             requires=frozenset())
    return ComponentInfo(name=name, role=role, plugin=plugin,
                         provides=_kinds(getattr(comp, "provides", None), f"{name!r}.provides"),
                         requires=_kinds(getattr(comp, "requires", None), f"{name!r}.requires"))


def _check_unique(plugin: str, comps: list[tuple[Any, ComponentInfo]], types: list[type[Mention]],
                  names: dict[str, str], kinds: dict[str, type[Mention]]) -> None:
    """A name or kind already taken fails the plugin that comes later, not the run."""
    seen: dict[str, str] = dict(names)
    for _, info in comps:
        if info.name in seen:
            raise DuplicateComponent(f"component name {info.name!r} registered by both "
                                     f"{seen[info.name]!r} and {plugin!r}")
        seen[info.name] = plugin
    mine: dict[str, type[Mention]] = {}
    for t in types:
        other = kinds.get(t.kind) or mine.get(t.kind)
        if other is not None and other is not t:
            raise RegistrationError(f"mention kind {t.kind!r} of {t.__qualname__} is taken by "
                                    f"{other.__module__}.{other.__qualname__}")
        mine[t.kind] = t


def _names(value: str | None) -> set[str] | None:
    if value is None:
        return None
    return {n.strip() for n in value.split(",") if n.strip()}


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def get_plugin_manager(
    *,
    entry_points: bool = True,
    allow: Iterable[str] | None = None,
    deny: Iterable[str] | None = None,
    strict: bool | None = None,
    plugins: Sequence[object] = (),
) -> PluginManager:
    """Build a new plugin manager.

    Args:
        entry_points: load the plugins installed under the ``newskit`` entry-point group.
        allow: only these plugin names (default: ``NEWSKIT_LOAD_PLUGINS`` or all).
        deny: never these (default: ``NEWSKIT_DISABLE_PLUGINS``).
        strict: raise on a broken plugin (default: ``NEWSKIT_STRICT_PLUGINS``).
        plugins: extra plugin objects (modules, instances) to register directly.

    Raises:
        PluginLoadError: in strict mode, for a plugin that fails to import or register.
        pluggy.PluginValidationError: a hook implementation with no matching spec.
    """
    pm = PluginManager()
    allow_set = set(allow) if allow is not None else _names(os.environ.get("NEWSKIT_LOAD_PLUGINS"))
    deny_set = set(deny) if deny is not None else (_names(os.environ.get("NEWSKIT_DISABLE_PLUGINS")) or set())
    strict = _env_flag("NEWSKIT_STRICT_PLUGINS") if strict is None else strict
    pm.strict = strict

    for modname in CORE_PLUGINS:
        module = __import__(modname, fromlist=["_"])
        pm.register(module, name=modname)
        pm.report.append(PluginInfo(name=modname, module=modname, status="core"))
    if entry_points:
        with plugin_guard(None):
            _load_entry_points(pm, allow_set, deny_set, strict)
    for obj in plugins:
        pm.register(obj)
        name = pm.get_name(obj) or repr(obj)
        pm.report.append(PluginInfo(name=name, module=getattr(obj, "__name__", None)))
    # after every plugin is in: a plugin may implement a hook another plugin owns
    _check_pending(pm, {p.name for p in pm.report if p.distribution is not None})
    pm.registrations()  # a plugin whose registration fails is reported (or raised) now
    if _env_flag("NEWSKIT_TRACE_PLUGINS"):
        _trace(pm)
    return pm


def _load_entry_points(pm: PluginManager, allow: set[str] | None, deny: set[str], strict: bool) -> None:
    seen: set[str] = set()
    eps = sorted(entry_points(), key=lambda e: e.name)
    for ep in eps:
        if ep.name in seen:
            continue
        seen.add(ep.name)
        base = PluginInfo(name=ep.name, version=ep.version, distribution=ep.distribution, module=ep.value)
        if (allow is not None and ep.name not in allow) or ep.name in deny:
            pm.set_blocked(ep.name)
            pm.report.append(attrs.evolve(base, status="blocked"))
            continue
        try:
            with routed():  # the plugin's module-level patterns through the pattern cache
                plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except BaseException as exc:  # sys.exit() at import time is a broken plugin too
            if must_propagate(exc):
                raise
            pm.report.append(base)
            pm.fail(ep.name, exc)
            continue
        pm.report.append(base)


@frozen
class EntryPoint:
    """One ``newskit`` entry point as discovery found it (what ``importlib.metadata`` says)."""

    name: str
    value: str
    version: str | None
    distribution: str | None

    def load(self) -> Any:
        """Import the module and return the object the entry point names (``module:attr``)."""
        module, _, attr = self.value.split("[", 1)[0].partition(":")
        obj: Any = importlib.import_module(module.strip())
        for part in filter(None, attr.strip().split(".")):
            obj = getattr(obj, part)
        return obj


_discovered: dict[str, tuple[EntryPoint, ...]] = {}


def entry_points() -> tuple[EntryPoint, ...]:
    """The installed ``newskit`` entry points, read once per state of ``sys.path``.

    Reading them through ``importlib.metadata`` (importing it, then every distribution's
    metadata) was ~60 ms of every start-up. The result is kept in memory and in
    ``entry-points-*.json`` in the cache directory (:func:`newskit.patterns.cache_dir`),
    under a key of every ``sys.path`` directory and its modification time: installing,
    upgrading or removing a distribution adds or removes a ``*.dist-info`` directory
    there, which changes that time, so the entry points are read afresh.
    """
    key = json.dumps([[p, _mtime(p)] for p in sys.path])
    got = _discovered.get(key)
    if got is not None:
        return got
    base = cache_dir()
    # one file per environment: virtualenvs sharing a cache directory keep their own
    path = base / f"entry-points-{zlib.crc32(sys.prefix.encode()):08x}.json" if base is not None else None
    got = _read_entry_points(path, key) if path is not None else None
    if got is None:
        got = _scan_entry_points()
        if path is not None:
            _write_entry_points(path, key, got)
    _discovered[key] = got
    return got


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path or ".").st_mtime_ns
    except OSError:
        return None


def _scan_entry_points() -> tuple[EntryPoint, ...]:
    import importlib.metadata as md  # only when the cache does not answer

    found = []
    for ep in md.entry_points(group=ENTRY_POINT_GROUP):
        dist = getattr(ep, "dist", None)
        found.append(EntryPoint(name=ep.name, value=ep.value,
                                version=dist.version if dist is not None else None,
                                distribution=dist.metadata["Name"] if dist is not None else None))
    return tuple(found)


def _read_entry_points(path: Any, key: str) -> tuple[EntryPoint, ...] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        return tuple(EntryPoint(name=str(e[0]), value=str(e[1]), version=e[2], distribution=e[3])
                     for e in data["entry_points"])
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def _write_entry_points(path: Any, key: str, eps: tuple[EntryPoint, ...]) -> None:
    data = {"key": key, "entry_points": [[e.name, e.value, e.version, e.distribution] for e in eps]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def _check_pending(pm: PluginManager, from_entry_points: set[str]) -> None:
    """A hook implementation with no spec (a misspelt hook, or a hook of a plugin that is
    not loaded, unless marked ``optionalhook=True``) fails its own plugin, not the next."""
    for hook_name in sorted(vars(pm.hook)):
        caller = getattr(pm.hook, hook_name)
        if not isinstance(caller, pluggy.HookCaller) or caller.has_spec():
            continue
        for impl in caller.get_hookimpls():
            if impl.optionalhook or not pm.has_plugin(impl.plugin_name):
                continue
            exc = pluggy.PluginValidationError(
                impl.plugin, f"unknown hook {hook_name!r} in plugin {impl.plugin_name!r}: "
                "misspelt, or the plugin that owns it is not loaded")
            if impl.plugin_name not in from_entry_points:
                raise exc
            pm.fail(impl.plugin_name, exc)


def _trace(pm: PluginManager) -> None:
    def before(hook_name: str, methods: object, kwargs: object) -> None:
        print(f"newskit trace: {hook_name}", file=sys.stderr)

    def after(outcome: object, hook_name: str, methods: object, kwargs: object) -> None:
        pass

    pm.add_hookcall_monitoring(before, after)
