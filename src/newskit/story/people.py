"""People across articles: PersonMention entities merged by canonical name, and a lone
surname joined to the one full name it stands for in the story."""

from __future__ import annotations

from collections.abc import Sequence

from newskit.model import Analysis, Entity, PersonMention, SpanRef
from newskit.story._common import name_key, slug

__all__ = ["build_people"]

Mentions = list[tuple[str, PersonMention]]


def _words(name: str) -> list[str]:
    return [w for w in slug(name).split("-") if w]


#: Words after a name that say which of a family it is, not who (``Jr``, ``III``).
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _core(key_words: list[str]) -> list[str]:
    """A name's words without its suffix (``Comeaux`` is the surname of ``Joseph Comeaux Jr``)."""
    return [w for w in key_words if w not in _SUFFIXES] or key_words


def _short_forms(groups: dict[str, Mentions]) -> dict[str, set[str]]:
    """Lone words the articles themselves gave to a full name (``Wu`` resolved to ``Wu
    Chien-fu`` in an article that names both), keyed by the lone word."""
    out: dict[str, set[str]] = {}
    for key, ms in groups.items():
        for _, m in ms:
            ws = _words(m.text)
            if len(ws) == 1 and len(_words(m.entity or "")) >= 2:
                out.setdefault(ws[0], set()).add(key)
    return out


def _family_first(ms: Mentions) -> bool:
    """A name written family name first, as romanised Chinese and Korean names are: its
    given name is hyphenated (``Wu Chien-fu``) or in two syllables (``Kim Jong Un``)."""
    for _, m in ms:
        parts = (m.entity or "").split()
        if len(parts) >= 2 and ("-" in parts[-1] or (len(parts) == 3 and "." not in m.entity
                                                     and all(len(p) > 1 for p in parts))):
            return True
    return False


def _surname_of(lone: str, full: dict[str, tuple[list[str], bool]], taught: dict[str, set[str]]) -> str | None:
    """The one full name a lone name stands for: the full name the story's articles
    themselves joined it to, else the one whose surname it is: the last word (``Putin`` in
    ``Vladimir Putin``), or the first of a name written family name first (``Wu`` in
    ``Wu Chien-fu``); None when several fit."""
    known = taught.get(lone, set()) & full.keys()
    if len(known) == 1:
        return next(iter(known))
    if known:
        return None
    fits = [key for key, (ws, first) in full.items() if lone == _core(ws)[-1] or (first and lone == ws[0])]
    return fits[0] if len(fits) == 1 else None


def _join_lone_names(groups: dict[str, Mentions]) -> dict[str, Mentions]:
    """Groups with every lone name moved into the full name it stands for, when one does."""
    full = {k: (_words(ms[0][1].entity or ""), _family_first(ms)) for k, ms in groups.items()}
    full = {k: v for k, v in full.items() if len(v[0]) >= 2}
    taught = _short_forms(groups)
    out: dict[str, Mentions] = {k: list(ms) for k, ms in groups.items()}
    for key, ms in groups.items():
        ws = _words(ms[0][1].entity or "")
        if len(ws) != 1:
            continue
        target = _surname_of(ws[0], full, taught)
        if target is not None:
            out[target].extend(ms)
            del out[key]
    return out


def _variant_of(short: list[str], long: list[str]) -> bool:
    """``Mark Heller`` of ``Mark Jay Heller``, ``Dirk Kempthorne`` of ``Dirk A.
    Kempthorne``, ``Mark Felt`` of ``W. Mark Felt``, ``Joseph Comeaux`` of ``Joseph Comeaux
    Jr``: the same given name and surname, the longer adding middle names, initials or a
    suffix. ``George W. Bush`` is no variant of ``George H. W. Bush``: a shorter name of
    three words or more already says which one."""
    s, lg = _core(short), _core(long)
    if len(s) != 2 or s[-1] != lg[-1] or len(lg) < 2:
        return False
    if len(lg) == 2:
        return s == lg and len(short) != len(long)
    return s[0] == lg[0] or (len(lg[0]) == 1 and s[0] == lg[1])


def _join_variants(groups: dict[str, Mentions]) -> dict[str, Mentions]:
    """Groups with each shorter spelling of a full name moved into the one longer spelling
    it is a variant of (:func:`_variant_of`), when exactly one fits and no article names
    both (an article that writes ``John Smith`` and ``John Smith Jr`` means two people)."""
    words = {k: _words(ms[0][1].entity or "") for k, ms in groups.items()}
    articles = {k: {aid for aid, _ in ms} for k, ms in groups.items()}
    out: dict[str, Mentions] = {k: list(ms) for k, ms in groups.items()}
    for key in sorted(groups, key=lambda k: (len(words[k]), k)):
        fits = [other for other in out if other != key and _variant_of(words[key], words[other])]
        if len(fits) == 1 and not articles[key] & articles[fits[0]]:
            out[fits[0]].extend(out.pop(key))
            articles[fits[0]] |= articles[key]
    return out


def build_people(analyses: Sequence[Analysis]) -> tuple[Entity, ...]:
    """One :class:`Entity` per person, merged across articles by canonical name.

    Spellings that differ only in spaces, hyphens, case or accents are one person
    (``Kim Jong-un`` / ``Kim Jong Un``), and so are a name and its longer spelling with a
    middle name, an initial or a suffix (``Mark Heller`` / ``Mark Jay Heller``) when only
    one longer spelling fits; an article that names someone only by surname
    (``Wu``) joins the full name another article gives (``Wu Chien-fu``) when exactly one
    full name in the story fits. The most frequent full spelling names the entity (ties:
    the longest, then alphabetical). Ids are ``person:<slug>``, stable across runs and
    independent of article order.
    """
    groups: dict[str, Mentions] = {}
    for a in analyses:
        for m in a.mentions:
            if isinstance(m, PersonMention) and m.entity and name_key(m.entity):
                groups.setdefault(name_key(m.entity), []).append((a.article.id, m))
    out = []
    for _key, ms in _join_lone_names(_join_variants(groups)).items():
        counts: dict[str, int] = {}
        for _, m in ms:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        name = sorted(counts, key=lambda n: (-(len(_words(n)) > 1), -counts[n], -len(n), n))[0]
        refs = sorted({SpanRef(article=aid, start=m.start, end=m.end, text=m.text) for aid, m in ms},
                      key=lambda r: (r.article, r.start, r.end))
        out.append(Entity(
            id=f"person:{slug(name)}", name=name, type="person",
            aliases=tuple(sorted({m.text for _, m in ms} | set(counts))),
            titles=tuple(sorted({m.title for _, m in ms if m.title})),
            articles=tuple(sorted({aid for aid, _ in ms})),
            mentions=tuple(refs),
        ))
    return tuple(sorted(out, key=lambda e: (-len(e.mentions), e.id)))
