"""Per-article claims: attributed propositions read from quotes and attribution
constructions, each with its source, stance, cue and the mentions it contains."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import regex
from attrs import define

from newskit import (
    Article,
    Claim,
    DateMention,
    Mention,
    PersonMention,
    QuantityMention,
    QuoteMention,
    Span,
    SpanRef,
)
from newskit.text import sentences
from newskit.timex import interval
from newskit_claims.actors import Actor, find_actors

__all__ = ["extract_claims"]


@cache
def _data() -> dict[str, Any]:
    raw = resources.files(__package__).joinpath("data").joinpath("cues.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _cue_stance() -> dict[str, str]:
    out: dict[str, str] = {}
    for stance, words in _data()["stances"].items():
        for w in words:
            out.setdefault(w.lower(), stance)
    return out


@cache
def _patterns() -> dict[str, Any]:
    d = _data()
    st = d["stances"]
    b, e = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    return {
        "predictive": regex.compile(b + "(?:" + _alt(d["predictive"]) + ")" + e, regex.I),
        "accusation": regex.compile(b + "(?:" + _alt(d["accusation"]) + ")" + e, regex.I),
        "hypothetical": regex.compile(b + "(?:" + _alt(d["hypothetical"]) + r")\s+(?:\p{L}+\s+)?$", regex.I),
        "negated": regex.compile(b + "(?:" + _alt(d["negations"]) + r")\s+(?:\p{L}+\s+)?$", regex.I),
        # "X has alleged that", "X accused Y of", "X reported that", "X claimed in March that"
        "cue": regex.compile(
            b + "(?:(?:has|have|had)\\s+(?:also\\s+|repeatedly\\s+|consistently\\s+|long\\s+)?)?"
            "(?P<cue>" + _alt(st["alleges"] + st["denies"] + st["confirms"] + ["reported"]
                              + d["assert_that_cues"]) + ")" + e,
            regex.I),
        # "an accusation consistently denied by Pyongyang"
        "denied_by": regex.compile(
            b + r"(?:an?|the|this|that|these|those|such)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + _alt(d["denial_nouns"])
            + r")\s+(?:(?:that|which)\s+(?:has|have|was|were)\s+(?:been\s+)?)?(?:\p{Ll}+ly\s+)?(?P<cue>"
            + _alt(st["denies"]) + r")\s+by\s+", regex.I),
        # "a charge both nations deny"
        "noun_deny": regex.compile(
            b + r"(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + _alt(d["denial_nouns"])
            + r")\s+(?:that\s+|which\s+)?(?P<subj>(?:both|the\s+two)\s+\p{Ll}+|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3})\s+(?:\p{Ll}+ly\s+)?(?P<cue>"
            + _alt(st["denies"]) + ")" + e),
        # "Denying allegations of illicit arms transfers, both countries insist ..."
        "denying": regex.compile(
            r"(?P<cue>Denying|Rejecting|Dismissing|Refuting)\s+(?:[\p{L}-]+\s+){0,8}?[\p{L}-]+(?=,)"),
        # "have been downplayed by the Kremlin"
        "passive": regex.compile(
            r"(?:has|have|had|was|were)\s+(?:also\s+)?been\s+(?:\p{Ll}+ly\s+)?(?P<cue>"
            + _alt(st["denies"] + st["confirms"] + st["reports"] + st["alleges"]) + r")\s+by\s+", regex.I),
        # ", as confirmed by the Kremlin"
        "as_by": regex.compile(r",\s+as\s+(?P<cue>confirmed|announced|reported|stated|said)\s+by\s+", regex.I),
        "according": regex.compile(b + r"(?P<cue>according\s+to)\s+", regex.I),
        "reportedly": regex.compile(b + r"(?P<cue>reportedly)" + e, regex.I),
        "clause_end": regex.compile(
            r",\s+(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + _alt(d["denial_nouns"])
            + r")|while|whereas|although|though|but|which|as\s+confirmed|according\s+to)\b|;|\s[—–]\s", regex.I),
        "both": regex.compile(r"\b(?:both|the\s+two)\s+(?P<noun>" + _alt(d["collective"]) + r")\b", regex.I),
        "both_x_y": regex.compile(r"\bboth\s+$", regex.I),
        "that": regex.compile(r"^(?:\s+(?:in|on|last|this|earlier|on\s+\p{L}+)?\s*[\p{L}\p{N},.]*){0,4}?\s*that\s+", regex.I),
        "np_tail": regex.compile(r"^(?:['’]s)?\s+((?:(?:state|foreign|defen[cs]e|defense|security|"
                                 r"intelligence|military)\s+)?(?:media|ministry|officials?|government|"
                                 r"newspaper|agency|army|military|police|prosecutors|authorities))\b", regex.I),
    }


@define
class _Cand:
    start: int
    end: int
    source: str | None
    cue: str | None
    stance: str
    origin: str  # quote | construction
    source_ref: tuple[int, int] | None = None
    cue_ref: tuple[int, int] | None = None
    source_type: str | None = None
    responds: int | None = None  # index of the claim it answers
    fixed: bool = False  # stance fixed by the construction


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "\"'“”‘’,"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:\"'“”‘’"):
        e -= 1
    return s, e


def _clause_end(text: str, pos: int, sent: Span) -> int:
    m = _patterns()["clause_end"].search(text, pos, sent.end)
    return m.start() if m else sent.end


def _sent_of(sents: Sequence[Span], pos: int) -> Span:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return Span(start=max(0, pos), end=max(0, pos))


def _source_name(text: str, a: Actor) -> tuple[str, str, int]:
    """Canonical source for an actor mention, with a role tail ("Seoul's foreign ministry")."""
    if a.kind == "person":
        return a.name, "person", a.end
    tail = _patterns()["np_tail"].match(text, a.end, min(len(text), a.end + 40))
    kind = {"capital": "country", "city": "country", "state": "country", "region": "country",
            "demonym": "country"}.get(a.kind, a.kind)
    if tail:
        return f"{a.name} {tail.group(1).lower()}", "government" if "media" not in tail.group(1).lower() else "outlet", tail.end()
    return a.name, kind, a.end


def _subject(text: str, pos: int, sent: Span, actors: Sequence[Actor],
             cands: Sequence[_Cand]) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The source of a cue at ``pos``: the nearest actor before it in its clause, a
    resolved pronoun, or "both nations" resolved from the allegation being answered."""
    p = _patterns()
    lo = sent.start
    for b in regex.finditer(r"[;:]|,\s+(?:while|but|although|whereas)\b", text[sent.start:pos]):
        lo = sent.start + b.end()
    both = None
    for bm in p["both"].finditer(text, lo, pos):
        both = bm
    if both is not None and pos - both.end() < 30:
        pair = _pair(text, both.start(), sent, actors, cands)
        if pair:
            return pair, "country", both.span()
    near = [a for a in actors if lo <= a.start and a.end <= pos]
    if near:
        a = near[-1]
        # "both Moscow and Pyongyang"
        if len(near) >= 2 and regex.fullmatch(r"\s+and\s+", text[near[-2].end:a.start]) and \
                p["both_x_y"].search(text, max(0, near[-2].start - 6), near[-2].start):
            names = sorted({near[-2].name, a.name})
            return " and ".join(names), "country", (near[-2].start, a.end)
        name, kind, end = _source_name(text, a)
        if text[end:end + 2] in ("'s", "’s") and end + 2 < pos:
            pass
        return name, kind, (a.start, end)
    pron = regex.search(r"\b(he|she)\b", text[lo:pos], regex.I)
    if pron:
        prior = [a for a in actors if a.kind == "person" and a.end <= lo + pron.start()]
        if prior:
            return prior[-1].name, "person", (lo + pron.start(), lo + pron.end())
    for word, label in _data()["unnamed"].items():
        m = regex.search(r"\b" + regex.escape(word) + r"\b", text[lo:pos], regex.I)
        if m:
            return label, "unnamed", (lo + m.start(), lo + m.end())
    return None, None, None


def _pair(text: str, pos: int, sent: Span, actors: Sequence[Actor], cands: Sequence[_Cand]) -> str | None:
    """Who "both nations" are: the parties of the latest allegation, else the last two
    countries named before."""
    countries = [a for a in actors if a.kind in ("country", "capital", "demonym") and a.end <= pos
                 and a.start >= pos - 600]
    accusers: set[str] = set()
    for c in reversed(cands):
        if c.stance == "alleges" and c.end <= pos + 1 and c.start >= pos - 600:
            inside = [a for a in actors if c.start <= a.start and a.end <= c.end
                      and a.kind in ("country", "capital", "demonym")]
            accusers = {c.source or ""}
            names: list[str] = []
            for a in inside:
                if a.name not in names and a.name not in accusers:
                    names.append(a.name)
            if len(names) >= 2:
                return " and ".join(sorted(names[:2]))
            break
    window = [a for a in actors if a.kind in ("country", "capital", "demonym")
              and pos - 800 <= a.start and a.end <= pos + 200 and a.name not in accusers]
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for a in window:
        counts[a.name] = counts.get(a.name, 0) + 1
        if a.end <= pos:
            last[a.name] = a.start
    ranked = sorted(counts, key=lambda n: (-counts[n], -last.get(n, -1), n))
    if len(ranked) >= 2:
        return " and ".join(sorted(ranked[:2]))
    _ = countries
    return None


def _actor_after(text: str, pos: int, actors: Sequence[Actor]) -> tuple[str | None, str | None, tuple[int, int] | None]:
    for a in actors:
        if pos <= a.start <= pos + 6:
            name, kind, end = _source_name(text, a)
            return name, kind, (a.start, end)
    return None, None, None


def _constructions(text: str, sents: Sequence[Span], actors: Sequence[Actor]) -> list[_Cand]:
    p = _patterns()
    out: list[_Cand] = []
    stance_of = _cue_stance()
    for sent in sents:
        # "X alleged that ...", "X accused Y of ...", "X denied ..."
        for m in p["cue"].finditer(text, sent.start, sent.end):
            cue = m.group("cue")
            stance = stance_of.get(cue.lower(), "asserts")
            before = text[max(sent.start, m.start() - 25):m.start()]
            if p["negated"].search(before):
                continue  # "did not deny" is not a denial
            if regex.search(r"(?:\b(?:an?|the)\s+(?:\p{Ll}+\s+)?)$|[\p{Ll}]+ly\s+$", before) and stance == "denies":
                continue  # the noun-phrase denial patterns handle these
            if regex.match(r"\s+by\b", text[m.end():m.end() + 4]):
                continue
            after = text[m.end():sent.end]
            src, kind, sref = _subject(text, m.start(), sent, actors, out)
            if src is None:
                continue
            if stance in ("alleges",) and cue.lower().startswith("accus"):
                s, e = m.start("cue"), _clause_end(text, m.end(), sent)
            elif stance == "denies":
                s = sref[0] if sref else m.start()
                e = _clause_end(text, m.end(), sent)
            else:
                t = p["that"].match(after)
                if t is None:
                    if stance == "reports" and regex.match(r"\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+", after):
                        s, e = m.start("cue"), _clause_end(text, m.end(), sent)
                    else:
                        continue
                else:
                    s, e = m.end() + t.end(), _clause_end(text, m.end() + t.end(), sent)
            s, e = _trim(text, s, e)
            if e > s:
                out.append(_Cand(s, e, src, cue, stance, "construction", sref, m.span("cue"), kind,
                                 fixed=True))
        for m in p["denied_by"].finditer(text, sent.start, sent.end):
            src, kind, sref = _actor_after(text, m.end(), actors)
            if src is None:
                continue
            end = sref[1] if sref else m.end()
            s, e = _trim(text, m.start(), end)
            out.append(_Cand(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"),
                             kind, responds=_last_allegation(out, s), fixed=True))
        for m in p["noun_deny"].finditer(text, sent.start, sent.end):
            subj = m.group("subj")
            if subj.lower().startswith(("both", "the two")):
                src = _pair(text, m.start(), sent, actors, out)
                kind = "country"
            else:
                near = [a for a in actors if m.start("subj") <= a.start < m.end("subj")]
                src, kind = (_source_name(text, near[0])[:2] if near else (None, None))
            if src is None:
                continue
            s, e = _trim(text, m.start(), m.end())
            out.append(_Cand(s, e, src, m.group("cue"), "denies", "construction", m.span("subj"),
                             m.span("cue"), kind, responds=_last_allegation(out, s), fixed=True))
        for m in p["denying"].finditer(text, sent.start, sent.end):
            if m.start() != sent.start:
                continue
            src, kind, sref = _subject(text, min(sent.end, m.end() + 60), Span(start=m.end(), end=sent.end),
                                       actors, out)
            if src is None:
                continue
            s, e = _trim(text, m.start(), m.end())
            out.append(_Cand(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"),
                             kind, responds=_last_allegation(out, s), fixed=True))
        for m in p["passive"].finditer(text, sent.start, sent.end):
            src, kind, sref = _actor_after(text, m.end(), actors)
            if src is None:
                continue
            stance = stance_of.get(m.group("cue").lower(), "asserts")
            s, e = _trim(text, sent.start, m.start())
            if e > s:
                out.append(_Cand(s, e, src, m.group("cue"), stance, "construction", sref, m.span("cue"),
                                 kind, fixed=True))
        for m in p["as_by"].finditer(text, sent.start, sent.end):
            src, kind, sref = _actor_after(text, m.end(), actors)
            if src is None:
                continue
            stance = {"confirmed": "confirms", "reported": "reports"}.get(m.group("cue").lower(), "asserts")
            s, e = _trim(text, sent.start, m.start())
            if e > s:
                out.append(_Cand(s, e, src, m.group("cue"), stance, "construction", sref, m.span("cue"),
                                 kind))
        for m in p["according"].finditer(text, sent.start, sent.end):
            src, kind, sref = _actor_after(text, m.end(), actors)
            if src is None:
                continue
            end_src = sref[1] if sref else m.end()
            if m.start() <= sent.start + 1:
                comma = text.find(",", end_src, sent.end)
                s, e = _trim(text, comma + 1 if comma >= 0 else end_src, sent.end)
            else:
                s, e = _trim(text, sent.start, m.start())
            if e > s:
                out.append(_Cand(s, e, src, m.group("cue"), "asserts", "construction", sref, m.span("cue"),
                                 kind))
        for m in p["reportedly"].finditer(text, sent.start, sent.end):
            s, e = _trim(text, sent.start, _clause_end(text, m.end(), sent))
            comma = text.find(",", m.end(), e)
            if comma >= 0:
                e = comma
            s, e = _trim(text, s, e)
            if e > s:
                out.append(_Cand(s, e, _data()["unnamed"]["reportedly"], m.group("cue"), "reports",
                                 "construction", None, m.span("cue"), "unnamed", fixed=True))
    return out


def _last_allegation(cands: Sequence[_Cand], pos: int) -> int | None:
    for i in range(len(cands) - 1, -1, -1):
        c = cands[i]
        if c.stance in ("alleges", "reports") and c.start < pos and pos - c.end < 700:
            return i
    return None


def _from_quotes(text: str, quotes: Sequence[QuoteMention], actors: Sequence[Actor]) -> list[_Cand]:
    d = _data()
    np_cues = {w.lower() for w in d["np_cues"]}
    out: list[_Cand] = []
    indirect = [q for q in quotes if not q.direct]
    for q in quotes:
        if not q.speaker:
            continue
        if q.direct and any(i.start <= q.start and q.end <= i.end and i.speaker == q.speaker
                            for i in indirect):
            continue  # the reported clause around it is the claim
        cue = (q.cue or "").strip()
        if not q.direct and cue.lower() in np_cues:
            between = text[(q.cue_end or q.start):q.start] if q.cue_end is not None and q.cue_end <= q.start else ""
            if not regex.search(r"\bthat\s*$", between):
                continue  # "expressed intent to ...": not a proposition
        kind = "person" if any(a.kind == "person" and a.name == q.speaker for a in actors) else None
        sref = (q.speaker_start, q.speaker_end) if q.speaker_start is not None and q.speaker_end is not None else None
        cref = (q.cue_start, q.cue_end) if q.cue_start is not None and q.cue_end is not None else None
        stance = _cue_stance().get(cue.lower(), "asserts")
        for s, e in _split(text, q.start, q.end, q.direct):
            out.append(_Cand(s, e, q.speaker, cue or None, stance, "quote", sref, cref, kind))
    return out


def _split(text: str, s: int, e: int, direct: bool) -> list[tuple[int, int]]:
    """A reported clause with two propositions ("..., and that ...") gives two claims."""
    if direct:
        return [(s, e)]
    m = regex.search(r",?\s+and\s+that\s+", text[s:e])
    if m:
        a, b = _trim(text, s, s + m.start()), _trim(text, s + m.end(), e)
        return [x for x in (a, b) if x[1] > x[0]]
    return [(s, e)]


def _split_figures(text: str, c: _Cand, quantities: Sequence[QuantityMention]) -> list[_Cand]:
    """A claim stating two figures joined by "and <verb>" is two claims, one per figure."""
    inside = [q for q in quantities if c.start <= q.start and q.end <= c.end and not q.ordinal]
    if len(inside) < 2:
        return [c]
    for m in regex.finditer(r"\s+and\s+(?=\p{Ll}+(?:ed|ing)\b)", text[c.start:c.end]):
        cut = c.start + m.start()
        if any(q.end <= cut for q in inside) and any(q.start >= cut for q in inside):
            a = _Cand(c.start, cut, c.source, c.cue, c.stance, c.origin, c.source_ref, c.cue_ref,
                      c.source_type, c.responds, c.fixed)
            s2, e2 = _trim(text, c.start + m.end(), c.end)
            b = _Cand(s2, e2, c.source, c.cue, c.stance, c.origin, c.source_ref, c.cue_ref,
                      c.source_type, c.responds, c.fixed)
            return [a, b]
    return [c]


def _stance(text: str, c: _Cand) -> str:
    if c.fixed and c.stance != "asserts":
        return c.stance
    p = _patterns()
    content = text[c.start:c.end]
    if c.stance in ("denies", "confirms"):
        return c.stance
    pred = p["predictive"].search(content)
    if c.stance == "reports":
        strong = regex.search(r"\b(?:likely|possibility|possible|may|might|expected)\b", content, regex.I)
        if c.cue and c.cue.lower() in ("cited", "citing", "quoted", "quoting") and not strong:
            return "reports"
        return "predicts" if strong else "reports"
    if pred or regex.search(r"\blikely\s+that\b.*\b(?:will|would|could|might|may)\b", content, regex.I):
        return "predicts"
    if c.stance == "alleges":
        return "alleges"
    for m in p["accusation"].finditer(content):
        if not p["hypothetical"].search(content[max(0, m.start() - 20):m.start()]):
            return "alleges"
    return c.stance if c.stance in ("predicts",) else "asserts"


def extract_claims(article: Article, mentions: Sequence[Mention]) -> list[Claim]:
    text = article.text
    if not text.strip():
        return []
    sents = sentences(text)
    persons = [m for m in mentions if isinstance(m, PersonMention)]
    quotes = [m for m in mentions if isinstance(m, QuoteMention)]
    dates = [m for m in mentions if isinstance(m, DateMention)]
    quantities = [m for m in mentions if isinstance(m, QuantityMention)]
    actors = find_actors(text, persons)
    cands = _from_quotes(text, quotes, actors)
    cons = _constructions(text, sents, actors)
    kept: list[_Cand] = list(cands)
    for c in cons:
        if c.fixed and c.stance not in ("alleges", "denies", "confirms"):
            c.fixed = c.stance == "reports" and c.origin == "construction" and c.cue == "reportedly"
    for c in cons:
        clash = [k for k in kept if k.start < c.end and c.start < k.end]
        if not clash:
            kept.append(c)
            continue
        if c.stance == "denies":
            # "X alleged that ..., an accusation denied by Y": the denial is its own claim
            dup = [k for k in clash if k.stance == "denies"]
            if any(k.end - k.start >= c.end - c.start for k in dup):
                continue
            for k in dup:
                kept.remove(k)
            for k in clash:
                if k.stance != "denies" and k.start < c.start:
                    k.start, k.end = _trim(text, k.start, min(k.end, c.start))
            kept.append(c)
            continue
        for k in clash:  # the quote's span and speaker, the construction's stance
            if c.fixed and k.origin == "quote" and c.stance in ("alleges", "confirms"):
                k.stance, k.fixed = c.stance, True
                if (c.cue or "").lower().startswith("accus") and c.start <= k.start:
                    k.start, k.end = c.start, c.end  # "accused X of Y": from the cue on
    split: list[_Cand] = []
    for c in sorted(kept, key=lambda c: (c.start, c.end)):
        split.extend(_split_figures(text, c, quantities))
    split.sort(key=lambda c: (c.start, c.end))
    ids = {id(c): f"{article.id}#c{i}" for i, c in enumerate(split, 1)}
    stances = {id(c): _stance(text, c) for c in split}
    targets: dict[int, _Cand] = {}
    for i, c in enumerate(split):
        if stances[id(c)] != "denies":
            continue
        for prev in reversed(split[:i]):  # the allegation a denial answers
            if c.start - prev.end > 700:
                break
            if stances[id(prev)] in ("alleges", "reports") and prev.source != c.source:
                targets[id(c)] = prev
                break
    published = _published(article)
    out: list[Claim] = []
    for c in split:
        target = targets.get(id(c))
        inside = tuple(SpanRef(article=article.id, start=m.start, end=m.end, text=m.text)
                       for m in mentions if isinstance(m, (DateMention, QuantityMention, PersonMention))
                       and c.start <= m.start and m.end <= c.end)
        out.append(Claim(
            article=article.id, start=c.start, end=c.end, text=text[c.start:c.end],
            source=c.source, stance=stances[id(c)], cue=c.cue,
            source_ref=_ref(article, c.source_ref), cue_ref=_ref(article, c.cue_ref),
            mentions=inside, id=ids[id(c)],
            responds_to=ids.get(id(target)) if target is not None else None,
            stated=_stated(text, c, dates, sents) or published, source_type=c.source_type,
        ))
    return out


def _ref(article: Article, span: tuple[int, int] | None) -> SpanRef | None:
    if span is None or not (0 <= span[0] < span[1] <= len(article.text)):
        return None
    return SpanRef(article=article.id, start=span[0], end=span[1], text=article.text[span[0]:span[1]])


def _published(article: Article) -> str | None:
    d = article.published_date
    return d.isoformat() if d is not None else None


def _stated(text: str, c: _Cand, dates: Sequence[DateMention], sents: Sequence[Span]) -> str | None:
    """When the claim was made: a date by the cue ("claimed in March that") or opening its
    sentence ("On June 17, X reiterated ..."), outside the claim itself."""
    if c.cue_ref is None:
        return None
    a, b = c.cue_ref
    sent = _sent_of(sents, a)
    best: tuple[int, str] | None = None
    for d in dates:
        if d.type not in ("DATE", "TIME") or interval(d.value) is None or c.start <= d.start < c.end:
            continue
        if 0 <= d.start - b <= 12:
            dist = d.start - b
        elif sent.start <= d.start and d.end <= a and \
                regex.fullmatch(r"\s*(?:(?:on|in|by|at|last|this)\s+)?", text[sent.start:d.start], regex.I):
            dist = a - d.end
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, d.value)
    return best[1] if best else None
