"""Compiled ``regex`` patterns kept across processes, so start-up skips the pattern parser.

The ``regex`` module parses and optimises a pattern in pure Python before its C engine
takes the result (a list of opcodes). For the bundled plugins' grammars (quantities' unit
and number tries, dates' families, claims' constructions: large alternations built from
the word lists) that parser was about a third of a process's start-up (0.3 CPU s of ~0.9),
paid again by every ``newskit`` command. :func:`compile_pattern` keeps the parser's output
in one file in the user's cache directory, keyed by the pattern, its flags, the ``regex``
version and the Python version, and on the next start-up hands the stored opcodes straight
to the engine: the same engine call with the same arguments as ``regex.compile`` makes,
so the pattern matches exactly as before.

The engine call is a private interface of ``regex``; whenever anything about it does not
fit (another ``regex`` version, a named list, the LOCALE flag, a damaged or unwritable cache
file), the pattern is compiled by ``regex.compile`` as usual, so the cache can only save
time, never change a result. ``NEWSKIT_CACHE_DIR`` names the directory (default
``$XDG_CACHE_HOME/newskit`` or ``~/.cache/newskit``); set it to the empty string to turn the
cache off.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from pathlib import Path
from typing import Any, TypeVar, overload

import regex

__all__ = ["Buckets", "WordSet", "WordTable", "alternation", "cache_dir", "cache_file", "cached_tables", "compile_pattern", "compile_stdlib", "data_file",
           "read_data", "routed", "save", "word_buckets"]

T = TypeVar("T")

#: A stored pattern: the arguments of the engine's compile call (marshal-able data only).
_Args = tuple[Any, ...]
_Key = tuple[str, int, int]

#: Entries kept in the file at most (the whole file is read at start-up; tests build many
#: one-off vocabularies): above it the file keeps only what this process used. The bundled
#: plugins use about 250.
MAX_ENTRIES = 1000

_lock = threading.RLock()
_state: dict[str, Any] = {"loaded": False, "dirty": False}
_stored: dict[_Key, _Args] = {}
_used: set[_Key] = set()
#: what a look-up gives when nothing usable is stored (``None`` is a stored answer)
_MISSING: Any = object()

try:  # the private engine interface; without it every pattern goes through regex.compile
    from regex import _main as _regex_main

    _ENGINE: Any = _regex_main._regex
    _VERSION = f"{regex.__version__}-{sys.implementation.cache_tag}-{_ENGINE.MAGIC}"
except (ImportError, AttributeError):  # pragma: no cover - another regex layout
    _regex_main = None
    _ENGINE = None
    _VERSION = ""


def cache_dir() -> Path | None:
    """newskit's cache directory (``NEWSKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/newskit`` or
    ``~/.cache/newskit``), or None when ``NEWSKIT_CACHE_DIR`` is set empty: no cache."""
    env = os.environ.get("NEWSKIT_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "newskit" if xdg else Path.home() / ".cache" / "newskit"


def cache_file() -> Path | None:
    """Where the compiled patterns are kept, or None when the cache is off."""
    base = cache_dir()
    if not _VERSION or base is None:
        return None
    return base / f"patterns-{_VERSION}.marshal"


def _read_checked(path: Path) -> Any:
    """The value a cache file holds (a CRC-32 of the marshalled value, then the value), or
    ``_MISSING`` when the file is missing, damaged or foreign."""
    try:
        blob = path.read_bytes()
    except OSError:
        return _MISSING
    digest, payload = blob[:4], blob[4:]
    if zlib.crc32(payload).to_bytes(4, "big") != digest:
        return _MISSING
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return _MISSING


def _write_checked(path: Path, value: Any) -> None:
    """Write ``value`` to a cache file as :func:`_read_checked` reads it: whole, to a file of
    this process's, then renamed, so a reader never sees half of it. Raises ``OSError`` or
    ``ValueError`` (a value marshal cannot write)."""
    payload = marshal.dumps(value)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(zlib.crc32(payload).to_bytes(4, "big") + payload)
    os.replace(tmp, path)


def _read(path: Path) -> dict[_Key, _Args]:
    """The stored patterns, or nothing when the file is missing, damaged or foreign."""
    data = _read_checked(path)
    return data if isinstance(data, dict) else {}


def _load() -> None:
    _state["loaded"] = True
    path = cache_file()
    if path is not None:
        _stored.update(_read(path))
        if not _state.get("atexit"):
            _state["atexit"] = True
            atexit.register(save)


def save() -> None:
    """Merge this process's new patterns into the file (written whole, then renamed).

    Runs at exit; worker processes, which end without running exit handlers, call it when
    told to stop."""
    if not _state["dirty"]:
        return
    path = cache_file()
    if path is None:
        return
    with _lock:
        merged = _read(path)
        merged.update(_stored)
        if len(merged) > MAX_ENTRIES:
            merged = {k: v for k, v in _stored.items() if k in _used}
        try:
            _write_checked(path, merged)
            _state["dirty"] = False
        except (OSError, ValueError):
            pass


class _Recorder:
    """Stands in for the engine while ``regex.compile`` runs: notes the arguments it gets."""

    def __init__(self, engine: Any, pattern: str) -> None:
        self._engine = engine
        self._pattern = pattern
        self.args: _Args | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, *args: Any) -> Any:
        if args and args[0] == self._pattern:
            self.args = args
        return self._engine.compile(*args)


def _from_store(key: _Key, make: Callable[[_Args], Any]) -> Any:
    """What ``make`` builds from the arguments stored for ``key`` (the key then counts as
    used), or ``_MISSING`` when none are stored or they are foreign (then dropped, to be
    parsed afresh). Call it holding ``_lock``."""
    if not _state["loaded"]:
        _load()
    args = _stored.get(key)
    if args is None:
        return _MISSING
    try:
        got = make(args)
    except Exception:  # a foreign entry: parse it afresh
        del _stored[key]
        return _MISSING
    _used.add(key)
    return got


def _keep(key: _Key, args: _Args) -> None:
    """Store a newly parsed pattern's arguments, to be written at exit."""
    _stored[key] = args
    _used.add(key)
    _state["dirty"] = True


def _plain(args: _Args) -> _Args:
    """The engine's arguments with flag enums as the ints they are."""
    return tuple(int(a) if isinstance(a, int) and not isinstance(a, bool) else a for a in args)


def _storable(args: _Args) -> bool:
    """Plain data only: no named lists, no locale (its tables are the process's)."""
    try:
        marshal.dumps(args)
    except ValueError:
        return False
    named_lists, named_list_indexes = args[5], args[6]
    return not named_lists and not named_list_indexes and not (args[1] & regex.LOCALE)


def alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """A regex alternation of ``words``, each escaped, longest first (so "leading to" is
    tried before "leading"), a space inside an entry matching ``space``."""
    return "|".join(regex.escape(w).replace(r"\ ", space) for w in sorted(words, key=lambda w: (-len(w), w)))


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from the cross-process cache when it holds it.

    For patterns compiled at start-up (module level or on first use): large alternations
    cost milliseconds each to parse. The result is the pattern ``regex.compile`` gives.
    """
    if _regex_main is None or not isinstance(pattern, str):
        return regex.compile(pattern, flags)
    key: _Key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    with _lock:
        got = _from_store(key, lambda args: _ENGINE.compile(*args))
        if got is not _MISSING:
            return got
        recorder = _Recorder(_ENGINE, pattern)
        _regex_main._regex = recorder
        try:
            compiled: regex.Pattern[str] = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _regex_main._regex = _ENGINE
        args = _plain(recorder.args) if recorder.args is not None else None
        if args is not None and _storable(args):
            _keep(key, args)
        return compiled


#: the key's third part for a pattern of the standard library's engine (``regex``'s are its
#: version, 0 or 1)
_STDLIB = -1

try:  # the standard library's engine, parser and code generator, as ``re.compile`` calls them
    _sre: Any = importlib.import_module("_sre")
    _re_compiler: Any = importlib.import_module("re._compiler")
    _re_parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _re_compiler = importlib.import_module("sre_compile")
    _re_parser = importlib.import_module("sre_parse")


def compile_stdlib(pattern: str) -> tuple[re.Pattern[str], int] | None:
    """``re.compile(pattern)`` and the fewest characters a match of it spans, or None when
    the standard library cannot compile it; from the cross-process cache when it holds the
    answer (the standard library parses a pattern in Python too: tens of milliseconds for a
    large alternation). The stored arguments are those ``re.compile`` hands its engine, so
    the pattern matches exactly as ``re.compile`` makes it."""
    key: _Key = (pattern, 0, _STDLIB)
    with _lock:
        found = _from_store(key, lambda args: (_sre.compile(*args[1:]), int(args[0])) if args else None)
        if found is not _MISSING:
            return found  # type: ignore[no-any-return]
        try:
            got, stored = _stdlib_parsed(pattern)
        except re.error:
            got, stored = None, ()
        if stored is not None:
            _keep(key, stored)
        return got


def _stdlib_parsed(pattern: str) -> tuple[tuple[re.Pattern[str], int], _Args | None]:
    """The pattern compiled as ``re.compile`` does it, with what to store of it (None when
    the standard library's internals are not the ones known here)."""
    try:
        parsed = _re_parser.parse(pattern, 0)
        least = int(parsed.getwidth()[0])
        state = parsed.state
        groups = dict(state.groupdict)
        index: list[str | None] = [None] * state.groups
        for name, i in groups.items():
            index[i] = name
        # the opcodes as plain ints (the parser's named constants cannot be marshalled)
        code = [int(x) for x in _re_compiler._code(parsed, 0)]
        engine_args = (pattern, int(state.flags), code, state.groups - 1, groups, tuple(index))
        stored: _Args = (least, *engine_args)
        marshal.dumps(stored)
        return (_sre.compile(*engine_args), least), stored
    except re.error:
        raise
    except Exception:  # pragma: no cover - another layout of the standard library
        return (re.compile(pattern), int(_re_parser.parse(pattern, 0).getwidth()[0])), None


@contextlib.contextmanager
def routed() -> Iterator[None]:
    """Inside the block, ``regex.compile(pattern[, flags])`` goes through
    :func:`compile_pattern` (any other call as it was): the host loads its plugins inside
    it, so their module-level patterns come from the cache without a change to them."""
    original = regex.compile

    def through_cache(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or not isinstance(pattern, str):
            return original(pattern, flags, *args, **kwargs)
        return compile_pattern(pattern, flags)

    regex.compile = through_cache
    try:
        yield
    finally:
        regex.compile = original


def cached_tables(name: str, sources: Sequence[Path], build: Callable[[], T], content: str = "") -> T:
    """``build()``, kept in the cache directory as long as no file of ``sources`` changes
    (and ``content`` is the same).

    For word tables a plugin derives from its data files alone (large sets and
    dictionaries of strings and numbers: reading and splitting them is tens of
    milliseconds of the first article, unmarshalling them a few). ``sources`` must name
    every file the result depends on, the module holding ``build`` included: the key is
    each file's path, size and modification time. ``content`` names what else ``build``
    reads (a table derived from the current vocabulary: its inputs written out), compared
    whole, so the stored value is used only for exactly those inputs. The result must be
    plain data (``marshal``-able); when it is not, or the cache is off, ``build()`` is
    returned as is.
    """
    base = cache_dir()
    try:
        key: list[Any] = [sys.implementation.cache_tag, marshal.version, content]
        for src in sources:
            st = os.stat(src)
            key += [str(src), st.st_size, st.st_mtime_ns]
    except OSError:
        return build()
    if base is None:
        return build()
    # one file per installation (the sources' paths): checkouts sharing a cache directory
    # would otherwise overwrite each other's tables on every start
    where = zlib.crc32(repr([str(src) for src in sources]).encode())
    path = base / f"tables-{name}-{where:08x}.marshal"
    stored = _read_checked(path)
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
        return stored[1]  # type: ignore[no-any-return]
    value = build()
    with contextlib.suppress(OSError, ValueError):
        _write_checked(path, (key, value))
    return value


#: characters of a word that name its bucket in a :class:`WordSet` / :class:`WordTable`
PREFIX = 3

#: a word table's buckets as stored: prefix -> its lines joined by newlines
Buckets = dict[str, str]


def word_buckets(lines: Iterable[str], *, table: bool = False) -> Buckets:
    """``lines`` (words; with ``table``, ``word<TAB>value``) grouped by the first
    :data:`PREFIX` characters of the word, each group one newline-joined string, in their
    order: the stored form of a :class:`WordSet` (or, with ``table``, a :class:`WordTable`):
    a few thousand strings to unmarshal instead of one object per word. The lines must not
    hold a newline (lines of a file never do)."""
    groups: dict[str, list[str]] = {}
    for line in lines:
        groups.setdefault((line.partition("\t")[0] if table else line)[:PREFIX], []).append(line)
    return {k: "\n".join(v) for k, v in groups.items()}


class WordSet(Set[str]):
    """A large set of words (given names, surnames, places) that becomes Python objects
    bucket by bucket, on the first look-up of a word with that prefix.

    Making the whole set (tens of thousands of strings, hashed into a frozenset) cost tens
    of milliseconds of every process's first article, most of them for words that article
    never looks up. Membership is exactly that of ``frozenset(lines)``; the buckets are
    filled at most once each (two threads may both fill one: the same value)."""

    __slots__ = ("_buckets", "_sets")

    def __init__(self, buckets: Buckets, extra: Iterable[str] = ()) -> None:
        """``buckets`` from :func:`word_buckets`; ``extra`` words join the set."""
        extra = list(extra)
        if extra:
            buckets = dict(buckets)
            for k, v in word_buckets(extra).items():
                buckets[k] = buckets[k] + "\n" + v if k in buckets else v
        self._buckets = buckets
        self._sets: dict[str, frozenset[str]] = {}

    def _fill(self, key: str) -> frozenset[str]:
        blob = self._buckets.get(key)
        got = self._sets[key] = frozenset(blob.split("\n")) if blob is not None else frozenset()
        return got

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word[:PREFIX]
        got = self._sets.get(key)
        return word in (got if got is not None else self._fill(key))

    def __iter__(self) -> Iterator[str]:
        for key in self._buckets:
            got = self._sets.get(key)
            yield from (got if got is not None else self._fill(key))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __hash__(self) -> int:
        return self._hash()


class WordTable(Mapping[str, float]):
    """A large word -> number table (word frequencies) read bucket by bucket, as
    :class:`WordSet`: the lines are ``word<TAB>number`` (an empty number is 0), and of
    a word listed twice the later line counts, as when they fill a dict in order."""

    __slots__ = ("_buckets", "_tables")

    def __init__(self, buckets: Buckets) -> None:
        self._buckets = buckets
        self._tables: dict[str, dict[str, float]] = {}

    def _fill(self, key: str) -> dict[str, float]:
        table: dict[str, float] = {}
        blob = self._buckets.get(key)
        for line in blob.split("\n") if blob is not None else ():
            word, _, z = line.partition("\t")
            table[word] = float(z or 0)
        self._tables[key] = table
        return table

    def _table(self, word: str) -> dict[str, float]:
        key = word[:PREFIX]
        got = self._tables.get(key)
        return got if got is not None else self._fill(key)

    def __getitem__(self, word: str) -> float:
        if not isinstance(word, str):
            raise KeyError(word)
        return self._table(word)[word]

    @overload
    def get(self, word: str, /) -> float | None: ...

    @overload
    def get(self, word: str, /, default: float | T) -> float | T: ...

    def get(self, word: str, /, default: Any = None) -> Any:
        """The number of ``word``, or ``default`` (one look-up, no exception: hot path)."""
        return self._table(word).get(word, default) if isinstance(word, str) else default

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._table(word)

    def __iter__(self) -> Iterator[str]:
        for key in self._buckets:
            got = self._tables.get(key)
            yield from (got if got is not None else self._fill(key))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def data_file(package: str, name: str) -> Path:
    """The path of ``<package>/data/<name>`` (``name`` may hold ``/``): the plugins' word
    lists, and the sources :func:`cached_tables` keys on. Found from the package's own
    directory, as ``importlib.resources`` finds it for a package installed as files,
    without importing ``importlib.resources`` (with what it pulls in, ``tempfile``,
    ``zipfile``..., about a tenth of start-up's imports). A package in a zip: the path
    ``importlib.resources`` gives (it may not be readable as a file: see
    :func:`read_data`)."""
    module = sys.modules.get(package) or importlib.import_module(package)
    spec = getattr(module, "__spec__", None)
    for base in getattr(spec, "submodule_search_locations", None) or ():
        path = Path(base, "data", name)
        if path.is_file():
            return path
    from importlib import resources  # a package not on the file system (a zip)

    return Path(str(resources.files(package).joinpath("data").joinpath(name)))


def read_data(package: str, name: str) -> str:
    """The text (UTF-8) of ``<package>/data/<name>``: what
    ``importlib.resources.files(package).joinpath("data").joinpath(name).read_text("utf-8")``
    gives, read straight from the file when the package is installed as files (see
    :func:`data_file`), else through ``importlib.resources``."""
    try:
        return data_file(package, name).read_text(encoding="utf-8")
    except OSError:
        from importlib import resources

        return resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")
