"""The ``newskit`` command: ``extract``, ``story``, ``stories`` and ``plugins``.

Exit codes: 0 all inputs processed, 1 some inputs could not be read (each still has an
error record in the output, in input order, and a line on stderr), 2 usage errors or the
output could not be written (disk full), 128 + signal when interrupted (130 Ctrl-C, 143
SIGTERM, 129 SIGHUP).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from newskit import __version__
from newskit.autoscale import auto_workers, cpu_count
from newskit.errors import NewskitError
from newskit.guard import exit_on_termination
from newskit.model import Analysis, Article, ErrorRecord, Mention
from newskit.pipeline import DEFAULT_TIMEOUT, Pipeline
from newskit.readers import MAX_CHARS, SOFT_ERRORS, read_inputs
from newskit.serialize import dumps, make_converter, story_to_json, write_record
from newskit.spool import Spool, SpoolError
from newskit.textlayer import forget

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from newskit.workers import WorkerPool

__all__ = ["main"]

_INPUTS_HELP = ("files (.txt, .md, .html, .json, .jsonl), folders (read one level deep), or - "
                "for stdin (default: -)")
_KINDS = ("date, quantity, person and quote mentions, claims and events (plus what installed "
          "plugins add)")


def _positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1, with a message that says so."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _workers(value: str) -> int:
    """``--workers``: a count, or ``auto`` (0)."""
    if value == "auto":
        return 0
    try:
        return _positive_int(value)
    except argparse.ArgumentTypeError as exc:
        raise argparse.ArgumentTypeError(f"{exc} (a count >= 1, or 'auto')") from None


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="*", default=["-"], help=_INPUTS_HELP)
    p.add_argument("--published", help="default publication date (ISO-8601) for articles "
                   "that state none, used to resolve relative dates")
    p.add_argument("--workers", type=_workers, default=0, metavar="N|auto",
                   help="process articles in N processes (default auto: one per core when "
                   "the input holds over 1 MB of text, else one)")
    p.add_argument("--max-chars", type=_positive_int, default=MAX_CHARS, metavar="N",
                   help="refuse (with a TooLarge error record) any article longer than N "
                   "characters (default: %(default)s)")
    p.add_argument("--follow-links", action="store_true",
                   help="in a folder, also read links that point out of the folder")
    p.add_argument("--timeout", "--article-timeout", type=float, default=DEFAULT_TIMEOUT,
                   metavar="SECONDS", help="time limit per article; past it the article gets "
                   f"an ArticleTimeout error record (default {DEFAULT_TIMEOUT:g}, 0: none)")
    p.add_argument("--load-plugins", metavar="NAMES",
                   help="comma-separated allow-list of plugins (env NEWSKIT_LOAD_PLUGINS)")
    p.add_argument("--disable-plugins", metavar="NAMES",
                   help="comma-separated plugins not to load (env NEWSKIT_DISABLE_PLUGINS)")
    p.add_argument("--strict-plugins", action="store_true",
                   help="fail when a plugin cannot be loaded (env NEWSKIT_STRICT_PLUGINS=1)")
    p.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    _add_engine(p)


def _add_engine(p: argparse.ArgumentParser) -> None:
    """--engine/--scheduler: where the pipeline runs (the records are the same)."""
    p.add_argument("--engine", choices=["default", "dask"], default="default",
                   help="default: this machine (--workers processes); dask: a Dask cluster "
                   "(needs the extra newskit[dask])")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the address "
                   "of a running Dask scheduler (default: a local cluster of --workers processes)")


def _require_engine(args: argparse.Namespace) -> None:
    """Fail before any output when the chosen engine is not installed."""
    if getattr(args, "engine", "default") != "dask":
        if getattr(args, "scheduler", None):
            raise NewskitError("--scheduler needs --engine dask")
        return
    try:
        import newskit.dask  # noqa: F401
    except ImportError as exc:
        raise NewskitError("--engine dask needs the optional extra newskit[dask]: "
                           f"pip install 'newskit[dask]' ({exc})") from exc


def _dask_client(args: argparse.Namespace) -> Any:
    """A context of the Dask client ``args`` ask for (the default engine: None)."""
    if args.engine != "dask":
        return contextlib.nullcontext(None)
    from newskit import dask as engine

    return engine.open_client(args.scheduler, args.workers or cpu_count())


def _dask_analyses(args: argparse.Namespace, failed: list[ErrorRecord],
                   progress: _Progress, client: Any = None) -> Iterator[Analysis]:
    """The Dask engine's analyses, in input order, exactly as the default engine's (on
    ``client``'s cluster, else on a cluster opened for the run)."""
    from newskit import dask as engine

    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(_dask_client(args))
        for a in engine.run(args.inputs, client, published=args.published, timeout=args.timeout,
                            max_chars=args.max_chars, follow_links=args.follow_links,
                            **_pm_options(args)):
            for e in a.errors:
                if e.stage == "read":
                    _report(e, progress)
                    if e.error not in SOFT_ERRORS:
                        failed.append(e)
            progress.update(a)
            yield a


def _add_format(p: argparse.ArgumentParser, choices: list[str], default: str) -> None:
    p.add_argument("--format", choices=choices, default=default,
                   help="output format: %(choices)s (default: %(default)s)")


def _add_output(p: argparse.ArgumentParser) -> None:
    p.add_argument("--output", metavar="DIR", help="the folder --format parquet writes its "
                   "tables to: one .parquet file per record type (docs/io.md)")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newskit", description="Structured, source-linked facts "
                                 "from English news articles.")
    ap.add_argument("--version", action="version", version=f"newskit {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help=f"per article: {_KINDS}",
                        description=f"Per article: {_KINDS}, with exact character offsets.")
    _add_common(ex)
    _add_format(ex, ["jsonl", "json", "text", "parquet"], "jsonl")
    _add_output(ex)
    ex.add_argument("--omit-text", action="store_true",
                    help="leave the article text out of JSON and tables")
    st = sub.add_parser("story", help="one story over all inputs: timeline, people, claims, conflicts")
    _add_common(st)
    _add_format(st, ["text", "json", "markdown", "html", "parquet"], "text")
    _add_output(st)
    _add_stories(sub)
    pl = sub.add_parser("plugins", help="installed plugins, their components and load errors")
    _add_format(pl, ["text", "json"], "text")
    for name in ("--load-plugins", "--disable-plugins"):
        pl.add_argument(name, metavar="NAMES")
    pl.add_argument("--strict-plugins", action="store_true")
    return ap


def _add_stories(sub: Any) -> None:
    ss = sub.add_parser("stories", help="a stream of articles about many events: grouped into "
                        "stories, each built as `story` builds one")
    _add_common(ss)
    ss.add_argument("--format", choices=["json", "text", "markdown", "html"], default="text")
    ss.add_argument("--window-days", type=int, default=7, metavar="N",
                    help="a story stays open N days after its latest article (default 7)")
    ss.add_argument("--threshold", type=float, default=None, metavar="X",
                    help="similarity an article needs to join a story (default: built in)")
    ss.add_argument("--max-story-articles", type=int, default=1000, metavar="N",
                    help="a story that reaches N articles is written as one part (ids s5, s5.2, "
                    "...) and goes on without holding them (default 1000, 0: no limit)")


def _cmd_stories(args: argparse.Namespace, pipeline: Pipeline) -> int:
    """Group the stream as it comes (feed it in time order) and write each story as it
    closes; inputs that could not be read are listed under "errors"."""
    import attrs

    from newskit.stories import GroupingOptions, build_stories, group_stories
    from newskit.stories_render import StoriesWriter
    from newskit.workers import WorkerPool

    failed: list[ErrorRecord] = []
    unread: list[ErrorRecord] = []
    progress = _Progress(not args.no_progress, args)

    def articles(client: Any, pool: WorkerPool | None = None) -> Iterator[Analysis]:
        for a in _analyses(args, pipeline, failed, progress, client, pool):
            if a.errors and a.errors[0].stage == "read":
                unread.extend(a.errors)
            else:
                yield a

    opts = GroupingOptions(window_days=args.window_days,
                           max_story_articles=args.max_story_articles or None)
    if args.threshold is not None:
        opts = attrs.evolve(opts, threshold=args.threshold)
    writer = StoriesWriter(sys.stdout, args.format, make_converter(pipeline.mention_types()))
    with _dask_client(args) as client, WorkerPool(pipeline, 0, args.timeout) as pool:
        if client is None:  # the pool that extracts builds the closed stories too
            built = build_stories(articles(None, pool), opts, pm=pipeline.pm, pool=pool)
        else:  # the Dask engine builds the closed stories on the cluster too
            from newskit import dask as engine

            built = engine.build_stories(group_stories(articles(client), opts), client, **_pm_options(args))
        for sid, story in built:
            writer.story(sid, story)
    progress.close()
    writer.close(unread)
    return 1 if failed else 0


def _pm_options(args: argparse.Namespace) -> dict[str, Any]:
    opts: dict[str, Any] = {}
    if args.load_plugins is not None:
        opts["allow"] = [n.strip() for n in args.load_plugins.split(",") if n.strip()]
    if args.disable_plugins is not None:
        opts["deny"] = [n.strip() for n in args.disable_plugins.split(",") if n.strip()]
    if args.strict_plugins:
        opts["strict"] = True
    return opts


class _Progress:
    """Progress on stderr, only when stderr is a terminal: a bar with the share done and
    the time left when the number of records is known before the run (files and folders:
    one record per file, one per line of a JSON Lines file), else a line with the count
    and the rate (stdin, a ``.json`` list, whose length is not known before parsing)."""

    def __init__(self, enabled: bool, args: argparse.Namespace | None = None) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.n = self.chars = 0
        self.t0 = time.perf_counter()
        self.total = _expected_records(args.inputs, args.follow_links) if self.enabled and args else None

    def update(self, a: Analysis) -> None:
        """An article analysed."""
        if self.enabled:
            self.chars += len(a.article.text)
            self.advance()

    def advance(self) -> None:
        """One more record (an article analysed, or an input that could not be read)."""
        if not self.enabled:
            return
        self.n += 1
        elapsed = max(time.perf_counter() - self.t0, 1e-9)
        line = f"{self.n:,} articles, {self.chars:,} chars, {self.chars / elapsed:,.0f} chars/s"
        if self.total:
            done = min(self.n / self.total, 1.0)
            left = elapsed * (1 - done) / done
            bar = "#" * int(done * 20)
            line = (f"[{bar:<20}] {done:4.0%} {self.n:,}/{self.total:,} articles, "
                    f"{self.chars / elapsed:,.0f} chars/s, {_duration(left)} left")
        sys.stderr.write("\rnewskit: " + line + "\x1b[K")
        sys.stderr.flush()

    def note(self, line: str) -> None:
        """A message on its own line, not mixed into the progress line."""
        sys.stderr.write(("\r\x1b[K" if self.enabled and self.n else "") + line + "\n")

    def close(self) -> None:
        if self.enabled and self.n:
            sys.stderr.write("\n")


def _duration(seconds: float) -> str:
    m, s = divmod(int(seconds + 0.5), 60)
    h, m = divmod(m, 60)
    return f"{h}h{m:02d}m" if h else f"{m}m{s:02d}s" if m else f"{s}s"


def _expected_records(inputs: Sequence[str], follow_links: bool) -> int | None:
    """How many records a run over ``inputs`` writes, counted before it starts (for the
    progress bar): one per file and per entry not read, one per line of a JSON Lines file
    (a newline count, at disk speed). None when it cannot be known up front:
    stdin, or a ``.json`` file (a list of any length)."""
    from newskit.readers import expand_inputs

    total = 0
    for ref in expand_inputs(inputs, follow_links=follow_links):
        if isinstance(ref, ErrorRecord):
            total += 1
            continue
        suffix = os.path.splitext(ref.path)[1].lower()
        if ref.path == "-" or suffix == ".json":
            return None
        total += _count_lines(ref.path) if suffix in (".jsonl", ".ndjson") else 1
    return total


def _count_lines(path: str) -> int:
    """The lines of a file (its newlines, read a megabyte at a time): an estimate of its
    records, as blank lines give none; 1 when unreadable (the reader makes that one error
    record)."""
    n, last = 0, b"\n"
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return max(1, n + (last != b"\n"))


def _report(rec: ErrorRecord, progress: _Progress) -> None:
    if rec.error == "Skipped":  # the label says it all: "skipped: Skipped:" said it twice
        progress.note(f"newskit: skipped: {rec.message}")
    else:
        label = "warning" if rec.error in SOFT_ERRORS else "error"
        progress.note(f"newskit: {label}: {rec.error}: {rec.message}")
    progress.advance()


def _unread(rec: ErrorRecord) -> Analysis:
    """The output record of an input that could not be read: no mentions, its error."""
    return Analysis(article=Article(id=rec.input or "", text=""), errors=(rec,))


def _analyses(args: argparse.Namespace, pipeline: Pipeline, failed: list[ErrorRecord],
              progress: _Progress, client: Any = None, pool: WorkerPool | None = None
              ) -> Iterator[Analysis]:
    """Every input as an Analysis, in input order, one per input.

    Only real articles go to the pipeline. The read order is kept out of band (a queue of
    slots: an error record, or None for "the next pipeline result"), so nothing in the
    user's data can be mistaken for the CLI's bookkeeping.
    """
    if args.engine == "dask":
        yield from _dask_analyses(args, failed, progress, client)
        return
    results = read_inputs(args.inputs, published=args.published, max_chars=args.max_chars,
                          follow_links=args.follow_links)
    slots: deque[ErrorRecord | None] = deque()

    def articles() -> Iterator[Article]:
        for r in results:
            if isinstance(r, ErrorRecord):
                if r.error not in SOFT_ERRORS:
                    failed.append(r)
                _report(r, progress)
                slots.append(r)
            else:
                slots.append(None)
                yield r

    workers, source = (args.workers, articles()) if args.workers else auto_workers(articles())
    for a in pipeline.run_many(source, workers=workers, on_done=progress.update,
                               timeout=args.timeout, pool=pool):
        while slots[0] is not None:
            yield _unread(slots.popleft())  # type: ignore[arg-type]
        slots.popleft()
        yield a
    while slots:
        yield _unread(slots.popleft())  # type: ignore[arg-type]


_PLAIN_FIELDS = {"kind", "start", "end", "text", "source", "confidence"}


def _write_text_safely(a: Analysis, out: TextIO, conv: Any) -> None:
    """The text record, or its header and the reason it cannot be written (a plugin
    value that does not unstructure must not end the batch)."""
    try:
        try:
            # a long article's listing waits in a temporary file, not in memory
            with Spool() as buf:
                _write_text(a, buf, conv)
                buf.copy_to(out)
        except SpoolError:  # the temporary file could not be written: in memory, as before
            mem = io.StringIO()
            _write_text(a, mem, conv)
            out.write(mem.getvalue())
    except Exception as exc:
        out.write(f"== {a.article.id}\n  ERROR serialize/-: SerializationError: "
                  f"{type(exc).__name__}: {exc}\n\n")


def _clip(text: str, n: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 3] + "..."


def _write_text(a: Analysis, out: SupportsWrite[str], conv: Any) -> None:
    """A readable listing: mentions with their non-empty attributes, claims, events."""
    published = f"  (published {a.article.published.isoformat()})" if a.article.published else ""
    out.write(f"== {a.article.id}{published}\n")
    for m in a.mentions:
        fields = conv.unstructure(m, Mention)
        details = ", ".join(f"{k}={v}" for k, v in fields.items()
                            if k not in _PLAIN_FIELDS and v not in (None, False, ""))
        out.write(f"  {m.kind:<9} {m.start:>6}-{m.end:<6} {m.text!r}" + (f"  [{details}]" if details else "") + "\n")
    for c in a.claims:
        cue = f", {c.cue}" if c.cue else ""
        out.write(f"  claim     {c.start:>6}-{c.end:<6} {c.source or '(unattributed)'} "
                  f"[{c.stance}{cue}]: {_clip(c.text)!r}\n")
    for e in a.events:
        parts = [f"when={e.when}" if e.when else "", f"where={e.where}" if e.where else "",
                 f"who={', '.join(e.who)}" if e.who else ""]
        span = f"{e.mentions[0].start:>6}-{e.mentions[0].end:<6}" if e.mentions else " " * 13
        details = ", ".join(p for p in parts if p)
        out.write(f"  event     {span} {e.trigger!r} [{e.type}" + (f"; {details}" if details else "") + "]\n")
    for err in a.errors:
        out.write(f"  ERROR {err.stage}/{err.component or '-'}: {err.error}: {err.message}\n")
    out.write("\n")


def _cmd_extract(args: argparse.Namespace, pipeline: Pipeline) -> int:
    failed: list[ErrorRecord] = []
    progress = _Progress(not args.no_progress, args)
    analyses = _layers_dropped(_analyses(args, pipeline, failed, progress))
    if args.format == "parquet":
        from newskit.tables import write_parquet

        write_parquet(analyses, args.output, mention_types=pipeline.mention_types(),
                      include_text=not args.omit_text)
    else:
        _write_records(args, pipeline, analyses)
    progress.close()
    return 1 if failed else 0


def _layers_dropped(analyses: Iterator[Analysis]) -> Iterator[Analysis]:
    """Each analysis, its article's text layer dropped from the cache first: the run is
    done, and nothing that writes a record reads it. It stayed while the record was
    written (a long article's, 9 MB per MB of text, under the record's pieces: the run's
    peak memory) and until later articles pushed it out."""
    for a in analyses:
        forget(a.article.text)
        yield a


def _write_records(args: argparse.Namespace, pipeline: Pipeline, analyses: Iterator[Analysis]) -> None:
    conv = make_converter(pipeline.mention_types())
    out = sys.stdout
    first = True
    if args.format == "json":
        out.write("[")
    try:
        for a in analyses:
            if args.format == "text":
                _write_text_safely(a, out, conv)
                continue
            # the record made a piece at a time, a long one into a temporary file, and
            # copied out whole: never one string, nor all its pieces in memory at once
            if args.format == "json":
                out.write(("" if first else ",") + "\n")
                write_record(a, out, converter=conv, include_text=not args.omit_text)
            else:
                write_record(a, out, converter=conv, include_text=not args.omit_text)
                out.write("\n")
                out.flush()
            first = False
    finally:
        if args.format == "json":  # interrupted or not, the array is closed: valid JSON
            with contextlib.suppress(OSError, ValueError):
                out.write("\n]\n")


def _cmd_story(args: argparse.Namespace, pipeline: Pipeline) -> int:
    from newskit.report import render
    from newskit.story import build_story

    failed: list[ErrorRecord] = []
    progress = _Progress(not args.no_progress, args)
    analyses = list(_analyses(args, pipeline, failed, progress))
    progress.close()
    # an input that could not be read is not an article of the story: it is listed as an
    # error, never counted ("Story over N articles" counts only what was read)
    unread = [e for a in analyses if not a.article.text for e in a.errors if e.stage == "read"]
    story = build_story([a for a in analyses if a.article.text], pm=pipeline.pm)
    story = attrs.evolve(story, errors=(*unread, *story.errors))
    if args.format == "parquet":
        from newskit.tables import write_parquet

        write_parquet(analyses, args.output, mention_types=pipeline.mention_types(), story=story)
    elif args.format == "json":
        conv = make_converter(pipeline.mention_types())
        sys.stdout.write(dumps(story_to_json(story, converter=conv)) + "\n")
    else:
        sys.stdout.write(render(story, analyses, args.format))
    return 1 if failed else 0


def _table(rows: list[list[str]]) -> list[str]:
    """Rows as aligned columns, each as wide as its longest cell (long names never break
    the layout)."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]


def _cmd_plugins(args: argparse.Namespace) -> int:
    from newskit.plugins import get_plugin_manager

    pm = get_plugin_manager(**_pm_options(args))
    try:
        comps = Pipeline.build(pm).components
    except NewskitError as exc:  # still list the plugins: this is the command to diagnose it
        print(f"newskit: error: the pipeline cannot be built: {exc}", file=sys.stderr)
        comps, code = (), 2
    else:
        code = 0
    given = pm.contributions()
    if args.format == "json":
        rows = [{"name": p.name, "version": p.version, "distribution": p.distribution,
                 "module": p.module, "status": p.status, "error": p.error,
                 "components": [{"name": c.name, "role": c.role, "provides": sorted(c.provides),
                                 "requires": sorted(c.requires)} for c in comps if c.plugin == p.name],
                 "contributions": given.get(p.name, {})}
                for p in pm.report]
        sys.stdout.write(dumps(rows, indent=2) + "\n")
        return code
    lines = _table([["PLUGIN", "VERSION", "STATUS", "MODULE"]]
                   + [[p.name, p.version or "-", p.status, p.module or ""] for p in pm.report])
    sys.stdout.write(lines[0] + "\n")
    for p, line in zip(pm.report, lines[1:], strict=True):
        sys.stdout.write(line + "\n")
        if p.error:
            sys.stdout.write(f"    error: {p.error}\n")
        for c in comps:
            if c.plugin == p.name:
                sys.stdout.write(f"    {c.role} {c.name}: provides {', '.join(sorted(c.provides)) or '-'}"
                                 f"; requires {', '.join(sorted(c.requires)) or '-'}\n")
        for hook, what in sorted(given.get(p.name, {}).items()):
            sys.stdout.write(f"    {hook}: {what}\n")
    return code


def _robust_output() -> None:
    """What the output encoding cannot carry (a lone surrogate in a text report, anything
    outside a non-UTF-8 locale's charset) is written as a backslash escape, never an error.
    JSON is already safe (serialize.dumps escapes lone surrogates)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors="backslashreplace")
        except (ValueError, OSError):
            pass


def _check_args(ap: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if getattr(args, "format", None) == "parquet" and not args.output:
        ap.error("--format parquet writes tables to a folder: give it with --output DIR")
    if getattr(args, "output", None) and args.format != "parquet":
        ap.error("--output is for --format parquet; other formats write to stdout")


def main(argv: Sequence[str] | None = None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    _check_args(ap, args)
    _robust_output()
    with exit_on_termination():  # SIGTERM/SIGHUP: clean-up runs (workers die), exit 128 + signal
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command == "plugins":
            return _cmd_plugins(args)
        if args.strict_plugins:
            os.environ["NEWSKIT_STRICT_PLUGINS"] = "1"  # workers inherit it
        _require_engine(args)
        pipeline = Pipeline.build(**_pm_options(args))
        commands = {"extract": _cmd_extract, "stories": _cmd_stories, "story": _cmd_story}
        code = commands[args.command](args, pipeline)
        sys.stdout.flush()  # a write error surfaces here, not in the interpreter's exit
        return code
    except (NewskitError, ValueError) as exc:
        print(f"newskit: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _discard_stdout()
        return 0
    except OSError as exc:  # the output cannot be written (disk full...): not a bad input
        _discard_stdout()
        print(f"newskit: error: cannot write the output: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    raise SystemExit(main())
