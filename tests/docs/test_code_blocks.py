"""The docs cannot rot: every code block of README.md and docs/ is run or checked.

- ```python blocks run (in a fresh namespace, from the repository root);
- blocks marked ``<!-- file: PATH -->`` are files of the plugin guide: they are written
  out, pip-installed into a throwaway folder, and the plugin is run and tested there;
- every ``newskit ...`` command line of a ```bash block must parse (options and formats
  exist); the safe ones are run: every file they read exists in the repository (the
  seeds, the saved web pages), they read no stdin and start no cluster; they run from a
  scratch folder (so ``--output tables/`` writes there) and must exit 0 with output;
- a block marked ``<!-- not-run: why -->`` is skipped, and says why in the docs source.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from newskit.cli import _parser, main

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.S | re.M)
_MARK = re.compile(r"<!--\s*(file|not-run)\s*:?\s*([^>]*?)\s*-->\s*$")


def _blocks(lang: str) -> list[tuple[str, str, str | None, str]]:
    """(page:line, marker kind or "", marker text, code) of every ```lang block."""
    out = []
    for page in PAGES:
        src = page.read_text(encoding="utf-8")
        for m in _FENCE.finditer(src):
            if m.group(1) != lang and not (lang == "*" and m.group(1)):
                continue
            before = src[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
            mark = _MARK.search(before)
            where = f"{page.relative_to(ROOT)}:{src[:m.start()].count(chr(10)) + 1}"
            out.append((where, mark.group(1) if mark else "", mark.group(2) if mark else None,
                        m.group(2)))
    return out


PYTHON = [(w, code) for w, kind, _, code in _blocks("python") if not kind]
FILES = [(arg, code) for _, kind, arg, code in _blocks("*") if kind == "file"]


#: Runs one block as a reader would: a fresh interpreter, the repository root as the
#: working folder, the block's own name in tracebacks. A fresh process, not the test
#: worker, so that nothing another test left behind in the worker (threads, tracers,
#: caches) changes what a block does: the tracing step counter of the testing guide once
#: spun forever in a worker that had run the whole suite, and ran in 0.3 s alone.
_RUN_BLOCK = ("import sys; where = sys.argv[1]; "
              "exec(compile(sys.stdin.read(), where, 'exec'), {'__name__': 'docs_block'})")


@pytest.mark.parametrize(("where", "code"), PYTHON, ids=[w for w, _ in PYTHON])
def test_python_block_runs(where: str, code: str) -> None:
    done = subprocess.run([sys.executable, "-c", _RUN_BLOCK, where], input=code, cwd=ROOT,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, f"{where} failed:\n{done.stderr[-4000:]}"


def _commands() -> list[tuple[str, list[str]]]:
    out = []
    for where, kind, _, code in _blocks("bash"):
        if kind:
            continue
        for line in code.splitlines():
            for part in line.split("#", 1)[0].split("|"):
                words = shlex.split(part.split(">", 1)[0])
                for prefix in (["newskit"], [".venv/bin/newskit"], ["python", "-m", "newskit"]):
                    if words[:len(prefix)] == prefix:
                        out.append((where, words[len(prefix):]))
    return out


COMMANDS = _commands()


def test_the_docs_show_commands() -> None:
    assert len(COMMANDS) > 20


@pytest.mark.parametrize(("where", "argv"), COMMANDS, ids=[f"{w} {' '.join(a)}" for w, a in COMMANDS])
def test_command_lines_in_the_docs_parse(where: str, argv: list[str],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help and --version exit 0; a bad option exits 2
        assert exc.code == 0, capsys.readouterr().err
        return
    if getattr(args, "format", None) == "parquet":
        assert args.output, "parquet needs --output"


def _runnable(argv: list[str]) -> bool:
    """A command line safe to run in a test: it reads only files of the repository, no
    stdin, and starts no Dask cluster."""
    if "-" in argv or "--engine" in argv or "--scheduler" in argv:
        return False
    outputs = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--output"}
    paths = [a for a in argv[1:] if not a.startswith("-") and a not in outputs
             and ("/" in a or "." in a)]
    return all((ROOT / p).exists() for p in paths)


RUNNABLE = sorted({tuple(argv) for _, argv in COMMANDS if _runnable(argv)})


def test_most_doc_commands_are_run() -> None:
    assert len(RUNNABLE) >= 10, RUNNABLE


@pytest.mark.timeout(300)
@pytest.mark.parametrize("argv", RUNNABLE, ids=" ".join)
def test_safe_command_lines_in_the_docs_run(argv: tuple[str, ...], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("seeds", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    monkeypatch.chdir(tmp_path)
    try:
        code = main([*argv, "--no-progress"] if argv[0] in ("extract", "story", "stories") else list(argv))
    except SystemExit as exc:  # --help
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err
    if "--output" in argv:
        written = sorted(p.name for p in (tmp_path / argv[argv.index("--output") + 1]).glob("*.parquet"))
        assert "articles.parquet" in written, written
    else:
        assert out.strip()


def test_the_plugin_guide_installs_verbatim_and_its_plugin_runs(tmp_path: Path) -> None:
    assert {p for p, _ in FILES} >= {"newskit-places/pyproject.toml",
                                     "newskit-places/src/newskit_places/__init__.py"}
    for path, code in FILES:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(code, encoding="utf-8")
    target = tmp_path / "site"
    # no build isolation and no dependencies: the build backend (hatchling, in the dev
    # extra) and newskit are already here; the test needs no network
    pip = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                          "--no-build-isolation", "--disable-pip-version-check", "--target",
                          str(target), str(tmp_path / "newskit-places")],
                         capture_output=True, text=True, timeout=300)
    assert pip.returncode == 0, pip.stderr
    env = {**os.environ, "PYTHONPATH": str(target), "NEWSKIT_LOAD_PLUGINS": "places"}

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], input=stdin, env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=300)

    plugins = run("-m", "newskit", "plugins", "--format", "json")
    (row,) = [r for r in json.loads(plugins.stdout) if r["name"] == "places"]
    assert (row["name"], row["status"], row["version"]) == ("places", "loaded", "0.1.0"), row
    out = run("-m", "newskit", "extract", "-", stdin="From Moscow to Seoul.")
    found = [(m["text"], m["country"]) for m in json.loads(out.stdout)["mentions"]]
    assert found == [("Moscow", "RU"), ("Seoul", "KR")], out.stderr
    tests = run("-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                "newskit-places/tests")
    assert tests.returncode == 0, tests.stdout + tests.stderr
