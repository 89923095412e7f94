"""Build :class:`newskit.Analysis` objects from the seeds' gold mention annotations.

Used to develop and test the claims/events linkers and the story independently of the
extractors: gold dates, quantities, persons and quotes become DateMention,
QuantityMention, PersonMention and QuoteMention; the linkers then run on them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from newskit import (
    Analysis,
    Article,
    Claim,
    DateMention,
    Event,
    Mention,
    PersonMention,
    QuantityMention,
    QuoteMention,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = SEEDS / "gold"


def _num(v: Any) -> int | Decimal | None:
    if v is None:
        return None
    d = Decimal(str(v))
    return int(d) if d == d.to_integral_value() else d


def gold_docs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def gold_article(doc: dict[str, Any]) -> Article:
    text = (SEEDS / doc["article"]).read_text(encoding="utf-8")
    return Article.from_dict({"id": doc["article"].removesuffix(".txt"), "text": text,
                              "published": doc.get("published")})


def gold_mentions(doc: dict[str, Any], text: str) -> list[Mention]:
    out: list[Mention] = []
    for d in doc.get("dates", []):
        mod = None
        note = d.get("note") or ""
        if "mod=" in note:
            mod = note.split("mod=", 1)[1].split()[0].strip(";,.")
        out.append(DateMention(start=d["start"], end=d["end"], text=d["text"], source="gold",
                               type=d["type"], value=d["value"], mod=mod))
    for q in doc.get("quantities", []):
        out.append(QuantityMention(start=q["start"], end=q["end"], text=q["text"], source="gold",
                                   value=_num(q["value"]), high=_num(q.get("high")),
                                   approx=q.get("approx"), unit=q.get("unit"), of=q.get("of"),
                                   ordinal=q["text"].lower().endswith(("st", "nd", "rd", "th"))))
    for p in doc.get("persons", []):
        out.append(PersonMention(start=p["start"], end=p["end"], text=p["text"], source="gold",
                                 entity=p["entity"], title=p.get("title"),
                                 author=p["text"] == "Hong Seock-jae"))
    for q in doc.get("quotes", []):
        cue = q.get("cue")
        cs = ce = None
        if cue:
            # the nearest occurrence of the cue before or after the quote
            lo = text.rfind(cue, max(0, q["start"] - 200), q["start"])
            if lo < 0:
                lo = text.find(cue, q["end"], q["end"] + 200)
            if lo < 0:
                lo = text.lower().rfind(cue.lower(), max(0, q["start"] - 200), q["start"])
            if lo >= 0:
                cs, ce = lo, lo + len(cue)
                cue = text[cs:ce]
        out.append(QuoteMention(start=q["start"], end=q["end"], text=q["text"], source="gold",
                                direct=q["direct"], speaker=q.get("speaker"), cue=cue,
                                cue_start=cs, cue_end=ce))
    out.sort(key=lambda m: (m.start, m.end, m.kind))
    return out


def gold_analyses(linkers: Sequence[Any] | None = None) -> list[Analysis]:
    """One Analysis per seed article with gold mentions, linked by ``linkers`` (default:
    the bundled claims and events linkers)."""
    if linkers is None:
        from newskit_claims import ClaimsLinker
        from newskit_events import EventsLinker

        linkers = [ClaimsLinker(), EventsLinker()]
    out = []
    for doc in gold_docs():
        art = gold_article(doc)
        mentions = gold_mentions(doc, art.text)
        out.append(link(art, mentions, linkers))
    return out


def link(article: Article, mentions: Iterable[Mention], linkers: Sequence[Any]) -> Analysis:
    ms = tuple(mentions)
    found: list[Claim | Event] = []
    for lk in linkers:
        needed = tuple(m for m in ms if m.kind in lk.requires)
        found.extend(lk.link(article, needed, tuple(found)))
    return Analysis(article=article, mentions=ms,
                    claims=tuple(x for x in found if isinstance(x, Claim)),
                    events=tuple(x for x in found if isinstance(x, Event)))
