"""People across articles: PersonMention entities merged by canonical name, a shorter or
other spelling of a full name joined to it, and a lone surname joined to the one full name
it stands for in the story."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from newskit.actors import written_as_firm
from newskit.datafiles import package_json
from newskit.model import Analysis, Entity, PersonMention, SpanRef
from newskit.story._common import name_key, slug
from newskit.textlayer import layer

__all__ = ["build_people"]

Mentions = list[tuple[str, PersonMention]]


def _words(name: str) -> list[str]:
    return [w for w in slug(name).split("-") if w]


#: Words after a name that say which of a family it is, not who (``Jr``, ``III``).
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _core(key_words: list[str]) -> list[str]:
    """A name's words without its suffix (``Comeaux`` is the surname of ``Joseph Comeaux Jr``)."""
    return [w for w in key_words if w not in _SUFFIXES] or key_words


@cache
def _data() -> dict[str, Any]:
    """The rule data of people's spellings (``newskit/data/people.json``)."""
    raw: dict[str, Any] = package_json("newskit", "people.json")
    return {
        "patronymics": frozenset(raw["patronymics"]),
        "feminine": tuple(raw["feminine_endings"]),
        "short": {k: frozenset(v) for k, v in raw["short_given"].items()},
    }


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
    suffix; and, whatever their length, the same name with and without a suffix
    (``Ana Luisa Prado`` / ``Ana Luisa Prado Jr``). ``George W. Bush`` is no variant of
    ``George H. W. Bush``: a shorter name of three words or more already says which one."""
    s, lg = _core(short), _core(long)
    if len(s) < 2 or s[-1] != lg[-1] or len(lg) < 2:
        return False
    if s == lg:
        return len(short) != len(long)
    return len(s) == 2 and len(lg) > 2 and (s[0] == lg[0] or (len(lg[0]) == 1 and s[0] == lg[1]))


def _shortened(short: list[str], long: list[str]) -> bool:
    """Weaker than :func:`_variant_of`, asked only where no name is its variant: a name's
    last words that the longer opens with one more given name (``Mbeki Ondoa`` of ``Thabo
    Mbeki Ondoa``, written by the middle name or by a double surname), or the same first
    and last words with a patronymic or middle words between them in the longer
    (``Salim Al Harthy`` of ``Salim bin Nasser Al Harthy``). A shorter name holding an
    initial already says which one it is (``George W. Bush``), and after a patronymic the
    words are the father's name (``Khalifa Al Thani`` of ``Hamad bin Khalifa Al Thani``)."""
    s, lg = _core(short), _core(long)
    if len(s) < 2 or len(s) >= len(lg) or s[-1] != lg[-1] or any(len(w) == 1 for w in s):
        return False
    cut = len(lg) - len(s)
    if s == lg[cut:]:
        return lg[cut - 1] not in _data()["patronymics"]
    return len(s) >= 3 and s[0] == lg[0] and _inside(s[1:-1], lg[1:-1])


def _inside(few: list[str], many: list[str]) -> bool:
    """Whether ``few`` are words of ``many`` in their order (some of ``many`` skipped)."""
    rest = iter(many)
    return all(w in rest for w in few)


def _join_variants(groups: dict[str, Mentions]) -> dict[str, Mentions]:
    """Groups with each shorter spelling of a full name moved into the one longer spelling
    it is a variant of (:func:`_variant_of`; where none is, the one it is shortened from,
    :func:`_shortened`), when exactly one fits and, for a variant, no article names both
    (an article that writes ``John Smith`` and ``John Smith Jr`` means two people; one that
    writes ``Joseph Comeaux Jr`` after ``Arcade Joseph Comeaux Jr`` means one)."""
    words = {k: _words(ms[0][1].entity or "") for k, ms in groups.items()}
    articles = {k: {aid for aid, _ in ms} for k, ms in groups.items()}
    out: dict[str, Mentions] = {k: list(ms) for k, ms in groups.items()}
    joined = True
    while joined:  # a join can leave one fit where there were several (the fit's own variants joined)
        joined = False
        for key in sorted(out, key=lambda k: (len(words[k]), k)):
            fits = [other for other in out if other != key and _variant_of(words[key], words[other])]
            shared_ok = False  # an article naming both: two people (a son's suffix, another middle name)
            if not fits:
                fits = [other for other in out if other != key and _shortened(words[key], words[other])]
                shared_ok = True  # one more given name first: the same person, though one article names both
            if len(fits) == 1 and (shared_ok or not articles[key] & articles[fits[0]]):
                out[fits[0]].extend(out.pop(key))
                articles[fits[0]] |= articles[key]
                joined = True
    return out


def _one_edit(a: str, b: str) -> bool:
    """``b`` is ``a`` with one letter more (``Raite`` of ``Rait``, ``Jerymayne`` of ``Jermayne``)."""
    if len(b) != len(a) + 1:
        return False
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i:] == b[i + 1 :]


#: the shortest word one letter apart from another that is read as a slip of its spelling
_MIN_SLIP = 4


def _slipped(a: str, b: str) -> bool:
    """One word is the other with one letter slipped in, both long enough to tell a slip
    from another word (``Rait`` / ``Raite``; ``Ana`` / ``Anna`` is too short to say)."""
    x, y = sorted((a, b), key=len)
    return len(x) >= _MIN_SLIP and _one_edit(x, y)
#: the shortest clipped given name (``Sam`` of ``Samuel``; ``Al``, ``Jo`` are too short to say)
_MIN_CLIPPED = 3
#: the fewest letters a clipping drops (``Carl`` / ``Carla`` is two people, ``Dan`` / ``Daniel`` one)
_MIN_DROPPED = 2


def _given_forms(a: str, b: str) -> str | None:
    """How given name ``a`` and given name ``b`` are one person's: ``"short"`` when ``a``
    is an initial of ``b`` (``R.`` / ``Ruslan``) or a short form of it (``Sam`` /
    ``Samuel`` clipped, ``Bill`` / ``William`` of the listed short forms), ``"slip"`` when
    either is the other with a letter slipped in inside it (``Jermayne`` / ``Jerymayne``,
    never at the end: ``Paul`` / ``Paula``); None otherwise. A woman's name made of a
    man's (``Max`` / ``Maxine``) is another person's."""
    data = _data()
    if b in data["short"].get(a, ()):
        return "short"
    if len(a) == 1:
        return "short" if b.startswith(a) else None
    if b.startswith(a):
        rest = b[len(a) :]
        if len(a) >= _MIN_CLIPPED and len(rest) >= _MIN_DROPPED and not rest.endswith(data["feminine"]):
            return "short"
    return "slip" if _slipped(a, b) and a[-1] == b[-1] else None


def _other_spelling(a: list[str], b: list[str]) -> str | None:
    """How two names of as many words that differ in one word are one person's: the given
    name in a form of :func:`_given_forms` (``Mo Okafor`` / ``Maurice Okafor``), or the
    surname by one letter slipped in or left out (``Duncan Rait`` / ``Duncan Raite``, a
    ``"slip"``) after the same given name; None otherwise."""
    ca, cb = _core(a), _core(b)
    if len(ca) != len(cb) or len(ca) < 2:
        return None
    diff = [k for k in range(len(ca)) if ca[k] != cb[k]]
    if diff == [0]:
        return _given_forms(ca[0], cb[0])
    if diff == [len(ca) - 1] and len(ca[0]) > 1:
        return "slip" if _slipped(ca[-1], cb[-1]) else None
    return None


def _spelling_between(ones: set[tuple[str, ...]], others: set[tuple[str, ...]]) -> str | None:
    """The closest way any spelling of ``ones`` is one of ``others`` (``"short"``: one of
    ``ones`` is a short form of one of ``others``; ``"slip"``), or None."""
    hows = {h for a in ones for b in others if (h := _other_spelling(list(a), list(b)))}
    return min(hows) if hows else None


def _join_spellings(groups: dict[str, Mentions]) -> dict[str, Mentions]:
    """Groups with a name moved into the one other name of the story that is another
    spelling of it (:func:`_other_spelling`, asked of every full spelling either group
    holds: ``Duncan Rait`` may have joined ``Duncan Robert Rait`` already): a short form
    into its full name, never the other way (``Sam Odhiambo`` beside ``Samuel`` and
    ``Samson Odhiambo`` joins neither, and neither joins him). A slip of one letter joins
    only when no article names both (one article's ``Ana Ruiz`` and ``Ana Ruis`` may be
    two people); a short form joins though an article names both (``Maurice Okafor`` in
    its first line, ``Mo Okafor`` later)."""
    names = {k: {tuple(_words(m.entity)) for _, m in ms} for k, ms in groups.items()}
    articles = {k: {aid for aid, _ in ms} for k, ms in groups.items()}
    out: dict[str, Mentions] = {k: list(ms) for k, ms in groups.items()}
    for key in sorted(groups, key=lambda k: (len(groups[k]), k)):
        fits = [(o, how) for o in out if o != key and (how := _spelling_between(names[key], names[o]))]
        if len(fits) == 1 and (fits[0][1] == "short" or not articles[key] & articles[fits[0][0]]):
            target = fits[0][0]
            out[target].extend(out.pop(key))
            articles[target] |= articles[key]
            names[target] |= names[key]
    return out


def _credit_lines(text: str) -> list[tuple[int, int]]:
    """The article's bylines and credit lines (``By Jane Doe``, ``Reporting by Ana Lima;
    Editing by Tom Hale``, ``... contributed to this report.``: :mod:`newskit.furniture`):
    who wrote the article, not whom the news is about."""
    return [(f.start, f.end) for f in layer(text).furniture if f.kind == "byline"]


def _firm_names(analyses: Sequence[Analysis]) -> frozenset[str]:
    """The one-word names the story's articles write as a firm's, with its legal form after
    them (``Halvorsen ASA``): a lone mention of one of them elsewhere (``Norway's
    Halvorsen``, ``Halvorsen said``) is the firm, however a person's name it looks."""
    return frozenset().union(*(written_as_firm(a.article.text) for a in analyses))


def build_people(analyses: Sequence[Analysis]) -> tuple[Entity, ...]:
    """One :class:`Entity` per person, merged across articles by canonical name.

    Spellings that differ only in spaces, hyphens, case or accents are one person
    (``Kim Jong-un`` / ``Kim Jong Un``), and so are a name and its longer spelling with a
    middle name, an initial or a suffix (``Mark Heller`` / ``Mark Jay Heller``) when only
    one longer spelling fits, and two names one person goes by (``Sam Okafor`` / ``Samuel
    Okafor``) when only one fits; an article that names someone only by surname
    (``Wu``) joins the full name another article gives (``Wu Chien-fu``) when exactly one
    full name in the story fits. The most frequent full spelling names the entity (ties:
    the longest, then alphabetical). Ids are ``person:<slug>``, stable across runs and
    independent of article order. The reporters and editors a byline or credit line names
    are the articles' authors, not people of the story, and are left out, and so is a lone
    name the story writes elsewhere as a firm's (:func:`_firm_names`).
    """
    groups: dict[str, Mentions] = {}
    for a in analyses:
        credits = _credit_lines(a.article.text)
        for m in a.mentions:
            if isinstance(m, PersonMention) and m.entity and name_key(m.entity) \
                    and not any(s <= m.start and m.end <= e for s, e in credits):
                groups.setdefault(name_key(m.entity), []).append((a.article.id, m))
    out = []
    firms = _firm_names(analyses)
    for _key, ms in _join_lone_names(_join_spellings(_join_variants(groups))).items():
        if firms and all(m.entity in firms for _, m in ms):
            continue  # "Norway's Halvorsen" where another line writes "Halvorsen ASA": the firm
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
