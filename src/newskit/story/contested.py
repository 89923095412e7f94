"""Allegation/denial pairs across the articles of a story.

A denial contests a proposition, not a whole topic: "both nations deny" the charge of
supplying arms, not the war it was supplied for. A denial is paired with

* the claim it answers (``responds_to``, read by the claims linker), and
* an allegation by another source, in any article, about the same proposition: the same
  story event and a shared content word that is not a name, or else two shared content
  words that are not names (``... steered contracts to any company``).

Denials come in many forms (the claims linker reads them): ``denied``, a plea (``pleaded
not guilty``), calling a charge false (``called the charges baseless``), an official
finding (``an audit found no evidence that ...``). Connected pairs make one ``contested``
finding, labelled ``allegation/denial``, naming who alleges and who denies, with outlets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

import regex

from newskit.datafiles import package_json
from newskit.model import Claim, Finding, SpanRef
from newskit.story._common import name_key

__all__ = ["allegation_denials"]

_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_ACCUSING = ("alleges", "reports", "asserts", "confirms")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "contested.json")
    return data


def _stems(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(all content stems, stems of words that are not names): names are shared by
    every claim of a story, so they never make two claims one proposition."""
    d = _data()
    stop = frozenset(d["stopwords"])
    n, k = int(d["min_word"]), int(d["stem_length"])
    every: set[str] = set()
    common: set[str] = set()
    for w in _WORD.findall(text):
        low = w.lower().replace("’", "'").removesuffix("'s")
        if len(low) < n or low in stop:
            continue
        every.add(low[:k])
        if w[:1].islower():
            common.add(low[:k])
    return frozenset(every), frozenset(common)


def _same_proposition(a: Claim, a_common: frozenset[str], d: Claim,
                      d_words: tuple[frozenset[str], frozenset[str]]) -> bool:
    shared = a_common & d_words[1]
    if a.about is not None and a.about == d.about:
        return bool(shared)
    return len(shared) >= 2


def _names_accuser(a: Claim, d: Claim) -> bool:
    """A denial that names whose allegation it answers: ``rejected Reis's allegations``,
    ``denied claims by Reis``."""
    last = (a.source or "").split()[-1] if a.source else ""
    if len(last) < 3:
        return False
    head = regex.escape(last.rstrip("'’"))
    return regex.search(r"(?<![\p{L}])" + head + r"(?:['’]s?\s)", d.text, regex.I) is not None or \
        regex.search(r"\bby\s+(?:the\s+)?(?:\p{L}+\s+)?" + head + r"(?![\p{L}])", d.text, regex.I) is not None


def _pairs(claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    by_id = {c.id: c for c in claims if c.id}
    accusing = [c for c in claims if c.stance in _ACCUSING and c.source]
    # an assertion some denial answers is an allegation for every denial of it
    # ("Survivors said the ferry had been overloaded" / "an inspection found no evidence that ...")
    answered = {d.responds_to for d in claims if d.stance == "denies" and d.responds_to}
    charged = {id(c) for c in accusing if c.stance == "alleges" or c.id in answered}
    common = {id(c): _stems(c.text)[1] for c in accusing if id(c) in charged}
    out: list[tuple[Claim, Claim]] = []
    for d in claims:
        if d.stance != "denies" or not d.source:
            continue
        target = by_id.get(d.responds_to or "")
        words = _stems(d.text + " " + (target.text if target is not None else ""))
        for a in accusing:
            if name_key(a.source) == name_key(d.source):
                continue
            if a is target or (id(a) in charged and (_names_accuser(a, d)
                                                     or _same_proposition(a, common[id(a)], d, words))):
                out.append((a, d))
    return out


def _components(pairs: Sequence[tuple[Claim, Claim]]) -> list[list[Claim]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    claims: dict[str, Claim] = {}
    for a, d in pairs:
        claims[a.id or ""], claims[d.id or ""] = a, d
        parent[find(a.id or "")] = find(d.id or "")
    groups: dict[str, list[Claim]] = {}
    for cid in sorted(claims):
        groups.setdefault(find(cid), []).append(claims[cid])
    return sorted(groups.values(), key=lambda g: min(c.id or "" for c in g))


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "..."


def allegation_denials(claims: Sequence[Claim], outlets: Mapping[str, str],
                       label: Callable[[str], str]) -> list[Finding]:
    """``contested`` findings; ``label(about)`` names what a group of claims is about."""
    out = []
    for group in _components(_pairs(claims)):
        allegations = [c for c in group if c.stance != "denies"]
        denials = [c for c in group if c.stance == "denies"]
        about = next((c.about for c in denials + allegations if c.about), None) or \
            f"claim:{min(c.id or '' for c in denials)}"

        def who(cs: Sequence[Claim]) -> str:
            return "; ".join(dict.fromkeys(f"{c.source} ({c.cue or c.stance}, {outlets.get(c.article, c.article)})"
                                           for c in cs))

        subject = f" [{label(about)}]" if not about.startswith("claim:") else ""
        summary = (f"{who(allegations)} allege \u201c{_short(allegations[0].text)}\u201d; "
                   f"denied by {who(denials)}{subject}")
        involved = allegations + denials
        out.append(Finding(type="contested", about=about, summary=summary, label="allegation/denial",
                           claims=tuple(c.id or "" for c in involved),
                           refs=tuple(SpanRef(article=c.article, start=c.start, end=c.end, text=c.text)
                                      for c in involved)))
    return out
