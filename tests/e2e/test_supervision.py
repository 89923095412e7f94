"""Issue 16, end to end: the ``newskit`` command under signals, dying workers, hanging
plugins and unwritable values. Subprocesses with hang guards (``timeout=``), no timings.

The misbehaving plugin is a throwaway installed distribution (tests/core/probes.py).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newskit.cli import main
from tests.core.probes import install_probe_distribution

LINUX = sys.platform.startswith("linux")
pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return install_probe_distribution(tmp_path)


def newskit(*args: str) -> list[str]:
    return [sys.executable, "-m", "newskit.cli", *args]


def lines(*rows: dict[str, str]) -> str:
    return "".join(json.dumps(r) + "\n" for r in rows)


def children(pid: int) -> set[int]:
    kids: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids.update(int(k) for k in (task / "children").read_text().split())
        except OSError:
            pass
    return kids


def alive(pid: int) -> bool:
    """Running (a zombie has already died; only its exit status is left)."""
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


def group_alive(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group: what would be left orphaned."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def wait_for(cond: object, limit: float = 60.0) -> None:
    end = time.monotonic() + limit
    while not cond():  # type: ignore[operator]
        assert time.monotonic() < end, "condition not reached"
        time.sleep(0.05)


def _signals_as_in_a_terminal() -> None:
    """A shell starts background jobs (``make test &``) with SIGINT ignored, and a child
    inherits that; the command's own handling is what is tested, so start from the default."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not LINUX, reason="reads /proc to find the workers")
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_to_the_parent_ends_its_workers_and_exits_cleanly(
        env: dict[str, str], tmp_path: Path, sig: str) -> None:
    src = tmp_path / "hang.jsonl"
    src.write_text(lines(*({"id": str(i), "text": f"HANG {i}"} for i in range(4))))
    proc = subprocess.Popen(newskit("extract", "--workers", "2", "--load-plugins", "probe",
                                    "--format", "json", str(src)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, text=True, start_new_session=True,
                            preexec_fn=_signals_as_in_a_terminal)
    wait_for(lambda: len(children(proc.pid)) == 2)
    workers = children(proc.pid)
    proc.send_signal(getattr(signal, sig))
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + getattr(signal, sig) if sig != "SIGINT" else proc.returncode == 130
    assert "Traceback" not in err
    assert json.loads(out) == []  # the interrupted array is closed
    wait_for(lambda: not any(alive(w) for w in workers), 10)
    assert not group_alive(proc.pid)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_a_full_disk_is_a_clear_error_not_a_traceback(env: dict[str, str], fmt: str) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run(newskit("extract", "--load-plugins", "example-places", "--format", fmt, "-"),
                              env=env, input=lines({"id": "a", "text": "Flights to Moscow."}),
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 2
    assert "No space left on device" in proc.stderr and "Traceback" not in proc.stderr


def test_registration_failure_is_shown_by_newskit_plugins(env: dict[str, str]) -> None:
    env = {**env, "PROBE_REGISTRATION_EXITS": "1"}
    proc = subprocess.run(newskit("plugins", "--load-plugins", "probe,example-places"), env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "probe" in proc.stdout and "failed" in proc.stdout
    assert "SystemExit: the probe refuses to register" in proc.stdout
    assert "extractor example-places" in proc.stdout
    strict = subprocess.run(newskit("extract", "--strict-plugins", "--load-plugins", "probe", "-"),
                            env=env, input="", capture_output=True, text=True, timeout=60)
    assert strict.returncode == 2 and "probe" in strict.stderr


SURROGATE = {"id": "s", "text": "Putin said \ud800 that the debt was 100000^999 dollars on Monday."}


@pytest.mark.parametrize("command, fmt", [("extract", "jsonl"), ("extract", "json"), ("extract", "text"),
                                          ("story", "json"), ("story", "text"), ("story", "markdown"),
                                          ("story", "html"), ("stories", "json"), ("stories", "html")])
def test_lone_surrogates_and_huge_numbers_are_written_in_every_format(
        tmp_path: Path, command: str, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(lines({"id": "a", "text": "Kim met Putin."}, SURROGATE, {"id": "c", "text": "Kim left."}),
                   encoding="utf-8")
    code = main([command, "--format", fmt, "--no-progress", str(src)])
    out = capsys.readouterr().out
    assert code == 0
    out.encode("utf-8")  # strict: no lone surrogate reached the stream
    if fmt == "jsonl":
        rows = [json.loads(x) for x in out.splitlines()]
        assert [r["id"] for r in rows] == ["a", "s", "c"]
        assert rows[1]["article"]["text"] == SURROGATE["text"]  # read back identical
        [q] = [m for m in rows[1]["mentions"] if m["kind"] == "quantity"]
        assert q["value"] == "1E+4995"
    elif command == "extract" and fmt == "json":
        assert len(json.loads(out)) == 3
    elif command == "story" and fmt == "json":
        assert json.loads(out)["articles"] == ["a", "c", "s"]
    elif fmt == "json":
        json.loads(out)
    elif command == "extract":
        assert out.count("== ") == 3 and "value=1E+4995" in out


def test_real_stdout_takes_a_lone_surrogate(env: dict[str, str]) -> None:
    proc = subprocess.run(newskit("extract", "--load-plugins", "quantities", "-"), env=env,
                          input=lines(SURROGATE).encode(), capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout.decode("utf-8"))
    assert row["article"]["text"] == SURROGATE["text"]


#: Input lines no reader can make an article of, each one record in its place (issue 16)
BAD_LINES: dict[str, tuple[bytes, str]] = {
    "not JSON": (b"not json", "MalformedJSON"),
    "nested JSON": (b'{"text": "x", "meta": ' + b"[" * 100_000, "MalformedJSON"),
    "4,300+ digit integer": (b'{"text": "The debt.", "n": ' + b"9" * 5_000 + b"}", "MalformedJSON"),
    "NaN": (b'{"text": "The debt.", "n": NaN}', "MalformedJSON"),
    "bad UTF-8 byte": (b'{"text": "caf\xe9 au lait"}', "EncodingError"),
    "no text": (b'{"title": "Only a title"}', "InvalidArticle"),
}
#: 1 MB adversarial texts: the quadratic inputs of issue 16 and number soup
BIG = {"big-june": "June " * 200_000, "big-quotes": '"a ' * 333_334, "big-soup": "1,2.3-4/5 " * 100_000}


@pytest.mark.timeout(180)
@pytest.mark.skipif(not LINUX, reason="reads /proc to find the workers")
def test_soak_mixed_stream_with_a_worker_killed_mid_run(env: dict[str, str], tmp_path: Path) -> None:
    """Good articles, every bad kind of issue 16, 1 MB adversarial texts, through
    --workers 2, with a worker killed from outside while it works: one record per input,
    in order, no orphan, no traceback."""
    rows: list[dict[str, str]] = [{"id": "nap", "text": "Kim met Putin. NAP"}]
    kinds = ["Kim met Putin on Monday.", "SYSEXIT", "FAKE-CTRL-C", "OWN-BASE", "EXIT-WORKER", "STUCK",
             "HANG", SURROGATE["text"], "The debt was 100000^999 dollars."]
    rows += [{"id": f"k{i}", "text": t} for i, t in enumerate(kinds)]
    rows += [{"id": "collides", "text": "Kim met Putin.", "_read_error": True},  # type: ignore[dict-item]
             {"id": "last-day", "published": "9999-12-31", "text": "Putin visited Pyongyang on 9999-12-31."}]
    rows += [{"id": k, "text": t} for k, t in BIG.items()]
    rows += [{"id": f"g{i}", "text": f"About {i},000 people met Kim on June {i + 1}."} for i in range(20)]
    # the lines no reader can read go between the articles, one after every third
    stream: list[bytes | dict[str, str]] = []
    bad = list(BAD_LINES.values())
    for i, row in enumerate(rows):
        stream.append(row)
        if i % 3 == 2 and bad:
            stream.append(bad.pop(0)[0])
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(b"".join((x if isinstance(x, bytes) else json.dumps(x).encode()) + b"\n" for x in stream))
    proc = subprocess.Popen(newskit("extract", "--workers", "2", "--timeout", "5", "--load-plugins",
                                    "probe,quantities,persons", str(src)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    wait_for(lambda: len(children(proc.pid)) == 2)
    time.sleep(0.3)  # the first worker is napping on the first article: kill it there
    victim = min(children(proc.pid))
    os.kill(victim, signal.SIGKILL)
    out, err = proc.communicate(timeout=150)
    assert proc.returncode == 1, err  # the unreadable lines
    assert b"Traceback" not in err
    got = [json.loads(x) for x in out.decode("utf-8").splitlines()]
    assert len(got) == len(stream)  # one record per input line, in order:
    for rec, item in zip(got, stream, strict=True):
        if isinstance(item, bytes):
            assert [e["stage"] for e in rec["errors"]] == ["read"]
        else:
            assert rec["id"] == item["id"]
    read_errors = [r["errors"][0]["error"] for r, x in zip(got, stream, strict=True) if isinstance(x, bytes)]
    assert read_errors == [code for _, code in BAD_LINES.values()]
    by_id = {r["id"]: r for r in got}
    assert by_id["nap"]["errors"] == []  # retried after its worker was killed
    errors = {k: [e["error"] for e in by_id[f"k{i}"]["errors"]] for i, k in enumerate(kinds[:7])}
    assert errors == {"Kim met Putin on Monday.": [], "SYSEXIT": ["SystemExit"],
                      "FAKE-CTRL-C": ["KeyboardInterrupt"], "OWN-BASE": ["PluginBaseException"],
                      "EXIT-WORKER": ["WorkerDied"], "STUCK": ["ArticleTimeout"], "HANG": ["ArticleTimeout"]}
    assert by_id["k7"]["article"]["text"] == SURROGATE["text"] and by_id["k7"]["errors"] == []
    assert [m["value"] for m in by_id["k8"]["mentions"] if m["kind"] == "quantity"] == ["1E+4995"]
    assert by_id["collides"]["errors"] == [] and by_id["collides"]["article"]["metadata"] == {"_read_error": True}
    assert by_id["last-day"]["errors"] == []
    for k, text in BIG.items():  # a whole record; the time limit is the only error allowed
        assert len(by_id[k]["article"]["text"]) == len(text)
        assert {e["error"] for e in by_id[k]["errors"]} <= {"ArticleTimeout"}
    assert all(by_id[f"g{i}"]["errors"] == [] and by_id[f"g{i}"]["mentions"] for i in range(20))
    wait_for(lambda: not group_alive(proc.pid), 10)
