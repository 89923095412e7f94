#!/usr/bin/env python3
"""The linear-time check of tests/core/test_linear_time.py run on the code before each
quadratic fix of issue 16, to show the check catches them (docs/robustness.md).

    .venv/bin/python bench/linear_before_fixes.py

Each case puts the pre-fix code in place (a module from git history first on sys.path,
or a pre-fix function patched in) in a fresh process and calls ``assert_linear`` as the
test does. Needs the git history (a full clone).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: (label, component, required plugins, family, size, pre-fix commit, plugin package, module)
CASES = [
    ("actors: leading stop words sliced", "events", "dates,persons", "month-run", 1000, None, None, None),
    ("actors: leading stop words sliced", "events", "dates,persons", "title-run", 1000, None, None, None),
    ("quotes: paragraph re-sliced", "quotes", "persons", "open-quotes", 600,
     "2351536", "newskit_quotes", "direct.py"),
    ("dates: header line sliced per date", "dates", "", "news-clause", 1000,
     "f9a2de1", "newskit_dates", "extractor.py"),
    ("claims: nested reports", "claims", "dates,quantities,persons,quotes", "said-run", 1000, None, None, None),
]

CHILD = r'''
import sys, regex
from newskit import Analysis, Article, Pipeline, get_plugin_manager
import newskit.actors as actors
from newskit.testing.adversarial import FAMILIES, NotLinear, assert_linear

label, name, reqs, family, size = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])


def old_names(text, taken):  # newskit.actors._names before 1bbad22
    out = []
    stop = actors._stop()
    for m in actors._NAME.finditer(text):
        s, e = m.span()
        words = m.group().split()
        while words and words[0].lower() in stop:
            s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
            words = words[1:]
        if not words or all(w.lower() in stop for w in words):
            continue
        before = text[max(0, s - 3):s]
        initial = s == 0 or regex.search(r"(?:[.!?\n]\s*|[\"“‘(]\s*)$", before) is not None
        if initial and len(words) == 1 and text[e:e + 2] not in ("'s", "’s"):
            continue
        if actors._overlaps(taken, s, e):
            continue
        name_ = actors._SUFFIX.sub("", text[s:e]) or text[s:e]
        out.append(actors.Actor(s, e, text[s:e], name_, "name"))
    return out


if label.startswith("actors"):
    actors._names = old_names
if label.startswith("claims"):
    import newskit_claims.quoted as quoted
    quoted._MAX_NESTED_REPORTS = 10**9  # no bound: the code before the fix
regs = get_plugin_manager(allow=[name]).registrations()
comp, info = next((c, i) for c, i in (*regs.extractors, *regs.linkers) if i.name == name)
before = Pipeline.build(allow=reqs.split(",")) if reqs else None


def prepare(text):
    art = Article(id="t", text=text)
    a = before.run(art) if before else Analysis(article=art)
    return art, tuple(m for m in a.mentions if m.kind in info.requires)


def run(args):
    art, needed = args
    return list(comp.link(art, needed, ()) if info.role == "linker" else comp.extract(art, needed))


run.__name__ = name
try:
    small, large = assert_linear(run, FAMILIES[family], size=size, prepare=prepare)
    print(f"{label}: {name} on {family}: passes, {large.total / small.total:.1f}x")
except NotLinear as exc:
    print(f"{label}: caught: {exc}")
'''


def main() -> int:
    for label, name, reqs, family, size, commit, package, module in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            env_path = ""
            if commit:
                src = ROOT / "plugins" / package
                dst = Path(tmp) / package
                subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
                old = subprocess.run(["git", "show", f"{commit}^:plugins/{package}/{module}"], cwd=ROOT,
                                     check=True, capture_output=True, text=True).stdout
                (dst / module).write_text(old, encoding="utf-8")
                env_path = tmp
            env = {"PYTHONPATH": env_path} if env_path else {}
            import os

            subprocess.run([sys.executable, "-c", CHILD, label, name, reqs, family, str(size)],
                           env={**os.environ, **env}, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
