"""Exceptions newskit raises. Everything a user may want to catch derives from NewskitError;
:class:`ArticleTimeout` is the exception (a ``BaseException``) that plugins must not catch."""

from __future__ import annotations

__all__ = [
    "ArticleTimeout",
    "DuplicateComponent",
    "InputError",
    "MissingRequirement",
    "NewskitError",
    "PluginLoadError",
    "RequirementCycle",
]


class NewskitError(Exception):
    """Base class of newskit's errors."""


class PluginLoadError(NewskitError):
    """A plugin failed to import or to register (raised only in strict mode): its module
    raised, its registration hook raised, or what it registered is invalid or clashes
    with another plugin's (a component name or mention kind already taken)."""

    def __init__(self, name: str, version: str | None, error: BaseException) -> None:
        self.name = name
        self.version = version
        self.error = error
        super().__init__(
            f"plugin {name!r} ({version or 'unknown version'}) failed to load: "
            f"{type(error).__name__}: {error}"
        )


class MissingRequirement(NewskitError):
    """A component requires something no registered component provides."""

    def __init__(self, component: str, requirement: str, available: list[str]) -> None:
        self.component = component
        self.requirement = requirement
        super().__init__(
            f"component {component!r} requires {requirement!r}, which no registered "
            f"component provides (provided: {', '.join(sorted(available)) or 'nothing'})"
        )


class RequirementCycle(NewskitError):
    """Components require each other in a cycle, so no order can satisfy them."""


class DuplicateComponent(NewskitError):
    """Two components were registered under the same name."""


class InputError(NewskitError):
    """An input could not be read as an article (bad encoding, binary, malformed JSON...)."""

    def __init__(self, code: str, message: str, input: str | None = None) -> None:
        self.code = code
        self.input = input
        super().__init__(message)


class ArticleTimeout(BaseException):
    """One article exceeded its time limit (``--timeout``).

    A ``BaseException``, like ``KeyboardInterrupt``, so that a plugin's ``except
    Exception`` cannot swallow it; the pipeline turns it into an error record.
    """
