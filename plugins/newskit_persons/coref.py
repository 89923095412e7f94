"""Entity resolution within one article: which mentions name the same person, and the
canonical full name of each.

* Full names (two words or more) open an entity, or join one whose name is the same up
  to spelling: case, hyphens and spaces (``Kim Jong-un`` / ``Kim Jong Un``), diacritics,
  and transliteration variants of a given name when the surname agrees
  (``Andrei``/``Andrey Rudenko``), or a middle initial (``George Bush`` / ``George W. Bush``).
* A partial name (``Putin``, ``Kim``) goes to the compatible entity that is most salient at
  that point (mentions so far), ties to the most recent; a name with no compatible full name
  opens an entity of its own.
* The canonical name is the variant with the most words (``Kim Jong Un`` over
  ``Kim Jong-un``); for names in family-name-first order, a hyphenated given name is
  written the way romanisation writes it, its second syllable in lower case (``Chang
  Yu-Lin`` -> ``Chang Yu-lin``): one spelling for the variants of one article, and the
  name as the outlet wrote it, so a reader (or a gold list) finds it. Across articles the
  story compares names by a key that ignores case, hyphens and spaces.
"""

from __future__ import annotations

from collections.abc import Sequence

from newskit.patterns import compile_pattern
from newskit_persons.detect import Candidate
from newskit_persons.lexicon import fold, lexicon

__all__ = ["Resolved", "resolve", "slug"]

_SLUG = compile_pattern(r"[^a-z0-9]+")


def slug(name: str) -> str:
    return str(_SLUG.sub("-", fold(name))).strip("-")


_WORD_SPLIT = compile_pattern(r"[\s\-]+")


def _words(name: str) -> list[str]:
    """Comparable words: folded, hyphen-split, dots dropped."""
    return [w for w in _WORD_SPLIT.split(fold(name).replace(".", "")) if w]


def _spelling(word: str) -> str:
    """A loose transliteration key: Andrei/Andrey, Sergei/Sergey, Aleksandr/Alexander."""
    w = word.replace("ks", "x").replace("y", "i").replace("j", "i").replace("ph", "f")
    out: list[str] = []
    for c in w:
        if not out or out[-1] != c:
            out.append(c)
    w = "".join(out)
    if w.endswith("er") and len(w) > 4:
        w = w[:-2] + "r"
    return w


def _east_asian(words: list[str]) -> bool:
    return len(words) >= 2 and words[0] in lexicon().east_asian


def _surname_first(surface: str) -> bool:
    """``KOGA Toshihiko``: a results list's SURNAME Given, the surname in capitals first
    (:mod:`newskit_persons.surname_first`), the given name after it not in capitals; not
    initials without dots (``TJ Watt``: two letters)."""
    parts = surface.split()
    if len(parts) < 2:
        return False
    head = parts[0].replace("-", "").replace("'", "")
    return len(head) > 2 and head.isalpha() and head.isupper() and not parts[-1].isupper()


def _romanised_given(word: str) -> bool:
    """``Ing-wen``, ``Ching-te``, ``Ki-moon``: two syllables joined by a hyphen, the second
    in lower case, the way Chinese and Korean given names are romanised (a Western
    hyphenated given name capitalises both: ``Jean-Pierre``)."""
    a, _, b = word.partition("-")
    return bool(a) and a[:1].isupper() and b[:1].islower() and b.isalpha() and a.isalpha()


def canonical_form(surface: str) -> str:
    """How a full name is written as an entity (see the module docstring). A hyphenated
    given name written after the family name keeps its hyphen, its second syllable in
    lower case whichever way it is capitalised (``Chang Yu-lin`` and ``Chang Yu-Lin`` ->
    ``Chang Yu-lin``; ``Tsai Ing-wen`` stays)."""
    parts = surface.split()
    lex = lexicon()
    family_first = len(parts) >= 2 and (
        fold(parts[0]) in lex.east_asian or (len(parts) == 2 and _romanised_given(parts[1]))
    )
    if not family_first:
        return " ".join(parts)
    out = [parts[0]]
    for p in parts[1:]:
        a, _, b = p.partition("-")
        if b and "-" not in b and a[:1].isupper() and a.isalpha() and b.isalpha():
            out.append(f"{a}-{b[:1].lower()}{b[1:]}")
        else:
            out.append(p)
    return " ".join(out)


class Resolved:
    __slots__ = ("candidate", "entity", "entity_id")

    def __init__(self, candidate: Candidate, entity: str, entity_id: str) -> None:
        self.candidate = candidate
        self.entity = entity
        self.entity_id = entity_id


class _Entity:
    __slots__ = ("count", "east", "first_seen", "given_last", "keys", "last_seen", "surname", "variants", "words")

    def __init__(self, words: list[str], surface: str, pos: int) -> None:
        self.words = words
        self.east = _east_asian(words)
        self.surname = words[0] if self.east or _surname_first(surface) else words[-1]
        #: "Pham Thi Lan ... Lan said": a Vietnamese name's last word is the given name
        #: its press uses alone
        self.given_last = self.east and len(words) >= 3 and words[0] in lexicon().vietnamese
        self.variants: dict[str, int] = {surface: 1}
        self.count = 1
        self.first_seen = pos
        self.last_seen = pos
        self.keys = {"".join(words)}

    def same_person(self, words: list[str]) -> bool:
        if "".join(words) in self.keys:
            return True
        mine = [w for w in self.words if len(w) > 1 or True]
        if len(words) < 2 or len(mine) < 2:
            return False
        if words[-1] != mine[-1] and _spelling(words[-1]) != _spelling(mine[-1]):
            return False
        if self.east != _east_asian(words):
            return False
        if self._tail(words):
            return True
        if not self.east and words[0][0] != mine[0][0]:
            return False  # "M. Waugh" is not "S. Waugh": another initial, another person
        a = [w for w in mine if len(w) > 1]
        b = [w for w in words if len(w) > 1]
        if [_spelling(w) for w in a] == [_spelling(w) for w in b]:
            return True
        if not a or not b:  # initials only on one side ("J. J."): nothing more to compare
            return False
        # a middle initial or middle name added: same first and last word
        return a[0] == b[0] and a[-1] == b[-1] and (len(a) == 3 or len(b) == 3) and abs(len(a) - len(b)) == 1

    def _tail(self, words: list[str]) -> bool:
        """``García Márquez`` for ``Gabriel García Márquez``, ``Von der Leyen`` for ``Ursula
        von der Leyen``: the full name without its given name, two words or more that open
        with no given name, or with a particle (``Jean Smith`` is not ``Mary Jean Smith``)."""
        n = len(words)
        return (
            not self.east
            and 2 <= n < len(self.words)
            and self.words[-n:] == words
            and (words[0] not in lexicon().given or words[0] in lexicon().particles)
        )

    def partial_match(self, words: list[str]) -> bool:
        if len(words) == 1:
            w = words[0]
            return w == self.surname or (not self.east and w in self.words[1:]) or (
                self.east and len(self.words) > 1 and w == "".join(self.words[1:])
            ) or (self.given_last and w == self.words[-1])
        return all(w in self.words for w in words)

    def given_name(self, words: list[str]) -> bool:
        """``Randall`` for ``Randall Cunningham`` (western order): detect accepts a lone
        given name only when the article gives it in full, so it is that person."""
        return len(words) == 1 and not self.east and len(self.words) > 1 and words[0] == self.words[0]

    def add(self, surface: str, pos: int) -> None:
        self.variants[surface] = self.variants.get(surface, 0) + 1
        self.count += 1
        self.last_seen = pos

    def canonical(self) -> str:
        best = max(
            self.variants.items(),
            key=lambda kv: (len(kv[0].split()), kv[1], -len(kv[0]), kv[0]),
        )
        return canonical_form(best[0])


def _by_given_name(
    by_word: dict[str, list[_Entity]], words: list[str], seen: dict[int, tuple[int, int]]
) -> _Entity | None:
    """The full name seen most recently whose given name is this lone word (tried only
    when no surname fits)."""
    best: _Entity | None = None
    best_key = (-1, -1)
    pool = by_word.get(words[0], []) if words else []
    if not pool or not lexicon().stands_alone(words[0]) or any(e.surname == words[0] for e in pool):
        return None  # not a given name, or also some person's surname ("Obama Speech" stays apart)
    for e in pool:
        key = seen.get(id(e), (0, -1))
        if e.given_name(words) and key[0] > 0 and key[1] > best_key[1]:
            best, best_key = e, key
    return best


class _Index:
    """The entities of one article as :func:`resolve` builds them in text order, found
    through word and key indexes (never by scanning them all), with each entity's
    salience so far (``seen``: id -> (mentions so far, last index))."""

    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self.by_key: dict[str, list[_Entity]] = {}
        self.by_word: dict[str, list[_Entity]] = {}
        self.seen: dict[int, tuple[int, int]] = {}

    def full_name(self, i: int, surface: str, words: list[str]) -> _Entity:
        """A full name joins the entity it names up to spelling, or opens one."""
        ent = None
        pool = self.by_key.get("".join(words), []) + self.by_word.get(words[-1], [])
        pool += self.by_word.get(_spelling(words[-1]), [])
        for e in pool:
            if e.same_person(words):
                ent = e
                break
        if ent is None:
            ent = _Entity(words, surface, i)
            self.entities.append(ent)
            for w in set(words):
                self.by_word.setdefault(w, []).append(ent)
            self.by_word.setdefault(_spelling(words[-1]), []).append(ent)
        else:
            ent.add(surface, i)
            ent.keys.add("".join(words))
        self.by_key.setdefault("".join(words), []).append(ent)
        n, _ = self.seen.get(id(ent), (0, -1))
        self.seen[id(ent)] = (n + 1, i)
        return ent

    def partial_name(self, i: int, words: list[str]) -> _Entity | None:
        """A partial name goes to the most salient compatible entity named so far (ties to
        the most recent), else to the full name whose given name it is (not counted: a
        given name does not weigh on surname ties); None when neither is named yet."""
        best: _Entity | None = None
        best_key = (-1, -1)
        for e in self.by_word.get(words[0], []) if words else []:
            if e.words == words or not e.partial_match(words):
                continue
            key = self.seen.get(id(e), (0, -1))
            if key[0] > 0 and key > best_key:
                best, best_key = e, key
        if best is None:
            return _by_given_name(self.by_word, words, self.seen)
        self.seen[id(best)] = (best_key[0] + 1, i)
        return best

    def named_later(self, i: int, surface: str, words: list[str], singles: dict[str, _Entity]) -> _Entity:
        """A name seen before its full form ("Putin to visit ...", then "Vladimir Putin")
        goes to the earliest compatible entity; a name with none opens one of its own,
        shared by the same name said again (``singles``)."""
        best = None
        for e in self.by_word.get(words[0], []) if words else []:
            if e.words != words and e.partial_match(words) and (
                best is None or e.first_seen < best.first_seen
            ):
                best = e
        if best is not None:
            return best
        k = "".join(words)
        best = singles.get(k)
        if best is None:
            best = _Entity(words, surface, i)
            singles[k] = best
            self.entities.append(best)
        else:
            best.add(surface, i)
        return best


def resolve(cands: Sequence[Candidate]) -> list[Resolved]:
    """Give every candidate its entity (canonical name and id), in text order.

    One pass in text order keeps the cost linear in the number of mentions (entities are
    found through a word index, never by scanning them all); names that fit no entity
    yet are read again once every full name is known."""
    index = _Index()
    assign: list[_Entity | None] = [None] * len(cands)
    later: list[tuple[int, list[str]]] = []
    for i, c in enumerate(cands):
        words = _words(c.surface)
        if len(c.names) >= 2 and len(words) >= 2:
            assign[i] = index.full_name(i, c.surface, words)
            continue
        assign[i] = index.partial_name(i, words)
        if assign[i] is None:
            later.append((i, words))
    singles: dict[str, _Entity] = {}
    for i, words in later:
        assign[i] = index.named_later(i, cands[i].surface, words, singles)
    names = {id(e): e.canonical() for e in index.entities}
    out = []
    for c, got in zip(cands, assign, strict=False):
        if got is None:  # pragma: no cover - every candidate is assigned above
            continue
        name = names[id(got)]
        out.append(Resolved(c, name, "person:" + slug(name)))
    return out
