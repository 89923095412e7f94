"""Plugin discovery: a fresh plugin manager per call, entry points loaded one at a time.

A plugin that fails to import or register is reported (name, version, error) and skipped,
so one broken distribution never takes the host down; strict mode raises instead.
Environment variables (also settable from the CLI):

``NEWSKIT_LOAD_PLUGINS``     comma-separated allow-list of plugin names (empty: none)
``NEWSKIT_DISABLE_PLUGINS``  comma-separated deny-list of plugin names
``NEWSKIT_STRICT_PLUGINS``   ``1`` to raise :class:`PluginLoadError` on a broken plugin
``NEWSKIT_TRACE_PLUGINS``    ``1`` to print every hook call to stderr
"""

from __future__ import annotations

import importlib.metadata as md
import os
import sys
from collections.abc import Iterable, Sequence

import attrs
import pluggy
from attrs import frozen

from newskit import hookspecs
from newskit.errors import PluginLoadError

__all__ = ["ENTRY_POINT_GROUP", "PluginInfo", "PluginManager", "get_plugin_manager"]

ENTRY_POINT_GROUP = "newskit"
#: Core modules registered on every manager (not extractors: policies the host owns).
CORE_PLUGINS = ("newskit.overlaps",)


@frozen(kw_only=True)
class PluginInfo:
    """One plugin as the manager saw it: loaded, blocked or failed."""

    name: str
    version: str | None = None
    distribution: str | None = None
    module: str | None = None
    status: str = "loaded"  # loaded | failed | blocked | core
    error: str | None = None


class PluginManager(pluggy.PluginManager):
    """A pluggy manager that remembers what it loaded and what failed."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)
        self.report: list[PluginInfo] = []

    @property
    def load_errors(self) -> list[PluginInfo]:
        return [p for p in self.report if p.status == "failed"]


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

    for modname in CORE_PLUGINS:
        module = __import__(modname, fromlist=["_"])
        pm.register(module, name=modname)
        pm.report.append(PluginInfo(name=modname, module=modname, status="core"))
    if entry_points:
        _load_entry_points(pm, allow_set, deny_set, strict)
    for obj in plugins:
        pm.register(obj)
        name = pm.get_name(obj) or repr(obj)
        pm.report.append(PluginInfo(name=name, module=getattr(obj, "__name__", None)))
    pm.check_pending()
    if _env_flag("NEWSKIT_TRACE_PLUGINS"):
        _trace(pm)
    return pm


def _load_entry_points(pm: PluginManager, allow: set[str] | None, deny: set[str], strict: bool) -> None:
    seen: set[str] = set()
    eps = sorted(md.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
    for ep in eps:
        if ep.name in seen:
            continue
        seen.add(ep.name)
        dist = getattr(ep, "dist", None)
        version = dist.version if dist is not None else None
        dist_name = dist.metadata["Name"] if dist is not None else None
        base = PluginInfo(name=ep.name, version=version, distribution=dist_name, module=ep.value)
        if (allow is not None and ep.name not in allow) or ep.name in deny:
            pm.set_blocked(ep.name)
            pm.report.append(attrs.evolve(base, status="blocked"))
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
            # a misspelt hook in this plugin should blame this plugin, not the next one
            pm.check_pending()
        except Exception as exc:
            if pm.has_plugin(ep.name):
                pm.unregister(name=ep.name)
            if strict:
                raise PluginLoadError(ep.name, version, exc) from exc
            pm.report.append(attrs.evolve(base, status="failed", error=f"{type(exc).__name__}: {exc}"))
            print(f"newskit: skipped plugin {ep.name!r} ({version}): {type(exc).__name__}: {exc}",
                  file=sys.stderr)
            continue
        pm.report.append(base)


def _trace(pm: PluginManager) -> None:
    def before(hook_name: str, methods: object, kwargs: object) -> None:
        print(f"newskit trace: {hook_name}", file=sys.stderr)

    def after(outcome: object, hook_name: str, methods: object, kwargs: object) -> None:
        pass

    pm.add_hookcall_monitoring(before, after)
