"""Misbehaving components for the reliability tests, each triggered by a word in the text.

The same source is importable in-process (tests register :class:`Probe` through a test
plugin manager; forked workers inherit it) and is written out as a throwaway installed
distribution for the CLI subprocess tests (:func:`install_probe_distribution`).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from newskit import Article, Extractor, Mention, Register, hookimpl


class PluginBaseException(BaseException):
    """A plugin's own BaseException subclass (not a signal)."""


class Probe:
    """Does what the article's text asks: ``EXIT-WORKER`` (the process dies),
    ``SYSEXIT``, ``FAKE-CTRL-C``, ``OWN-BASE``, ``NAP`` (one second), ``HANG`` (a loop the time limit can
    interrupt), ``STUCK`` (a loop that swallows every exception, the time limit included)."""

    name = "probe"
    provides = frozenset({"probe"})
    requires: frozenset[str] = frozenset()

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        text = article.text
        if "EXIT-WORKER" in text:
            os._exit(3)
        if "SYSEXIT" in text:
            sys.exit(1)
        if "FAKE-CTRL-C" in text:
            raise KeyboardInterrupt
        if "OWN-BASE" in text:
            raise PluginBaseException("not a signal")
        if "NAP" in text:
            time.sleep(1.0)
        if "HANG" in text:
            while True:
                time.sleep(0.02)
        if "STUCK" in text:
            while True:
                try:
                    time.sleep(0.02)
                except BaseException:  # the point: it swallows the timeout
                    pass
        return ()


class ProbePlugin:
    @hookimpl
    def newskit_register_extractors(self, register: Register[Extractor]) -> None:
        register(Probe())


_DIST_SOURCE = '''
import os
from tests.core.probes import Probe
from newskit import hookimpl


@hookimpl
def newskit_register_extractors(register):
    if os.environ.get("PROBE_REGISTRATION_EXITS"):
        raise SystemExit("the probe refuses to register")
    register(Probe())
'''


def install_probe_distribution(site: Path) -> dict[str, str]:
    """Write an installed distribution ``nk-probe`` (entry point ``probe``) into ``site``
    and return the environment a subprocess needs to find it (and this test package)."""
    (site / "nk_probe.py").write_text(_DIST_SOURCE, encoding="utf-8")
    dist = site / "nk_probe-1.0.dist-info"
    dist.mkdir(exist_ok=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: nk-probe\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[newskit]\nprobe = nk_probe\n")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(root), env.get("PYTHONPATH", "")])
    return env
