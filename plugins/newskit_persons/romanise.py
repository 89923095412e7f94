"""Wade-Giles spellings of Mandarin surnames, derived from their pinyin (issue #14).

News from Taiwan (and older news from anywhere) spells Mandarin names in Wade-Giles, as
the press writes it (no apostrophes, no umlauts): *Tsai*, *Hsu*, *Kuo*, *Chiang*,
*Tseng*, *Hsieh* are pinyin *Cai*, *Xu*, *Guo*, *Jiang*, *Zeng*, *Xie*. Rather than a
second hand-written list that misses whatever nobody thought of, every Mandarin surname
of ``data/lexicon.json`` (``mandarin_surnames``, pinyin) is also known in the spelling the
public conversion table between the two systems gives: initials by rule (``x`` -> ``hs``,
``z``/``c`` -> ``ts``, ``j``/``q`` -> ``ch``, ``zh`` -> ``ch``, ``r`` -> ``j``, voiced
stops -> voiceless), then finals (``-ie`` -> ``-ieh``, ``-ian`` -> ``-ien``, ``-ong`` ->
``-ung``, ``-uo`` -> ``-o`` after most initials, ``-i`` -> ``-ih`` after retroflexes).
"""

from __future__ import annotations

__all__ = ["wade_giles"]

#: Pinyin initials (longest first) and their press Wade-Giles spelling.
_INITIALS = (
    ("zh", "ch"), ("ch", "ch"), ("sh", "sh"),
    ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"), ("d", "t"), ("t", "t"), ("n", "n"), ("l", "l"),
    ("g", "k"), ("k", "k"), ("h", "h"), ("j", "ch"), ("q", "ch"), ("x", "hs"), ("r", "j"),
    ("z", "ts"), ("c", "ts"), ("s", "s"), ("y", "y"), ("w", "w"),
)

#: Whole finals that change (checked after the initial is taken off).
_FINALS = {"ie": "ieh", "ian": "ien", "ong": "ung", "iong": "iung", "ue": "ueh", "er": "erh"}

#: Initials after which pinyin ``-uo`` is written ``-o`` (``luo`` -> ``lo``; ``guo`` -> ``kuo`` keeps it).
_UO_TO_O = frozenset({"d", "t", "n", "l", "z", "c", "s", "r"})

#: Initials after which a lone ``-e`` is written ``-o`` (``he`` -> ``ho``, ``ge`` -> ``ko``).
_E_TO_O = frozenset({"g", "k", "h"})

#: Retroflex initials whose bare ``-i`` is written ``-ih`` (``shi`` -> ``shih``).
_RETROFLEX = frozenset({"zh", "ch", "sh", "r"})


def _final(initial: str, final: str) -> str:
    if initial == "y":
        return {"e": "eh", "an": "en", "ou": "u", "ue": "ueh"}.get(final, final)
    if final == "uo" and initial in _UO_TO_O:
        return "o"
    if final == "e" and initial in _E_TO_O:
        return "o"
    if final == "i" and initial in _RETROFLEX:
        return "ih"
    if final == "i" and initial in ("z", "c", "s"):
        return "u"  # "zi" -> "tzu" is written "tsu" in the press style used here
    return _FINALS.get(final, final)


def wade_giles(pinyin: str) -> str:
    """The press Wade-Giles spelling of one pinyin syllable (``xie`` -> ``hsieh``); a
    syllable it cannot split is returned unchanged."""
    syl = pinyin.lower()
    for py, wg in _INITIALS:
        if syl.startswith(py) and len(syl) > len(py):
            return wg + _final(py, syl[len(py) :])
    return syl
