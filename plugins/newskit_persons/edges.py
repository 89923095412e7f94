"""Where a name starts and ends inside a run of capitalised words: titles, demonyms and
sentence-opening ordinary words stripped from the left (``Privatisation Minister``,
``Yesterday``), function words, months and speech verbs trimmed from the right."""

from __future__ import annotations

from collections.abc import Sequence

from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon
from newskit_persons.tokens import Tok
from newskit_persons.word_classes import (
    ROMANISED_GIVEN,
    given_name,
    hyphen_parts,
    is_country,
    is_initial,
    plural_head,
)

__all__ = ["month_given", "past_last_role", "patronymic_beside", "strip_left", "strips_whole", "trim_right"]


def _written_lower(doc: Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``Ozeki Wakanohana`` where the article also writes ``beat ozeki Takanonami``: a
    sentence-opening word of no name list that the same article writes in lower case is
    its ordinary word (a rank, a role), no part of the name after it. Rare words only: a
    frequent one is read by :func:`_ordinary_opener` itself; particles (``van``, ``de``)
    open names in capitals and stand inside them in lower case."""
    t = doc.toks[k]
    f = t.folded
    return (
        k in doc.sent_start
        and k + 1 < cj
        and f in doc.lower_words
        and not lex.is_name(f)
        and f not in lex.particles
        and not lex.common(f, 3.0)
    )


def _ordinary_opener(doc: Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``Yesterday Smith …``, ``Police Chief …``: an ordinary word opening a sentence is
    no part of the name after it - unless it is an East Asian surname before a romanised
    given name (``Park Ji-hoon``) or a rarer word before a surname (``Evo Morales``)."""
    f = doc.toks[k].folded.rstrip(".")
    if _occupation_opener(doc, lex, k, cj) or _written_lower(doc, lex, k, cj):
        return True
    if not (k in doc.sent_start and k + 1 < cj and lex.common(f, 3.0) and not given_name(lex, f)):
        return False
    nxt = doc.toks[k + 1]
    if lex.is_name(f) and not lex.common(f, 4.5):
        # a surname that is also an ordinary noun stays, unless a given name and more
        # follow: "Surgeon Imran Qureshi", "Farmer Kwame Mensah" (an occupation as title:
        # a singular noun; "Jeans Mate Corp" is a firm)
        return (
            k + 2 < cj
            and not f.endswith("s")
            and f not in lex.east_asian
            and nxt.text[:1].isupper()
            and given_name(lex, nxt.folded)
            and not is_initial(doc, nxt)
            and doc.toks[cj - 1].folded not in lex.org_cues
        )
    if f in lex.east_asian and ROMANISED_GIVEN.fullmatch(nxt.text):
        return False
    if f.endswith(_ADVERB_ENDING) and len(f) > len(_ADVERB_ENDING) + 3:
        return True  # "Ironically Nichols had offered": an adverb, never a given name
    if not lex.common(f, 3.5) and _foreign_run(lex, doc.toks[k + 1 : cj]):
        return False  # "Abdel Fattah al-Sisi": a rarer word before words of no list
    return not (k + 2 == cj and not lex.common(f, 4.0) and nxt.folded in lex.surnames
                and not lex.common(nxt.folded, 4.0))


def _past_form_before_given(doc: Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``PHILADELPHIA 76ERS Fired Jim O'Brien``, ``Named Maurice Cheeks coach``: a
    capitalised past form of an English verb (no name of any list) before a listed given
    name and a word after it is the verb of a clipped line, no part of the name."""
    f = doc.toks[k].folded
    if not (f.endswith(_PAST_ENDING) and k + 2 < cj and lex.common(f, 3.0) and not lex.is_name(f)):
        return False
    nxt = doc.toks[k + 1]
    return given_name(lex, nxt.folded) and not is_initial(doc, nxt)


#: The ending of a regular English past form (``Fired``, ``Signed``, ``Waived``).
_PAST_ENDING = "ed"


#: The ending of an English adverb of manner or comment (``Ironically``, ``Reportedly``):
#: such a word opening a sentence is no given name (given names in -ly, ``Kelly``,
#: ``Beverly``, are listed and kept before this is asked).
_ADVERB_ENDING = "ly"


def _occupation_opener(doc: Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``Villager Ram Kishan``, ``Shopkeeper Ana Lima``: a rarer English noun of an
    occupation (by its ending) opening a sentence before a given name (or a rarer word) and
    one more word describes the person; it is no name of any list."""
    f = doc.toks[k].folded
    return (
        k in doc.sent_start
        and k + 2 < cj
        and f.isalpha()
        and f.endswith(lex.occupation_endings)
        and lex.common(f, 2.0)
        and not lex.common(f, 3.0)
        and not lex.is_name(f)
        and (given_name(lex, doc.toks[k + 1].folded) or not lex.common(doc.toks[k + 1].folded, 4.5))
    )


def _foreign_run(lex: Lexicon, toks: Sequence[Tok]) -> bool:
    """Words of no name list and no English word (``Fattah al-Sisi``): a name of a language
    the lists do not hold, which the word before it opens."""
    return all(not t.text.islower() and not lex.is_name(t.folded) and not lex.common(t.folded, 3.0) for t in toks)


def past_last_role(doc: Doc, lex: Lexicon, ci: int, cj: int) -> tuple[int, bool]:
    """``Privatisation Minister Wieslaw Kaczmarek``: the name starts after the last role
    word of the run (and is then titled)."""
    toks = doc.toks
    for p in range(cj - 2, ci - 1, -1):
        pf = toks[p].folded.rstrip(".")
        if (pf in lex.honorifics or lex.is_role(pf) or plural_head(lex, pf)) and not patronymic_beside(doc, lex, p, cj) and not (
            p == ci and given_name(lex, pf)
        ) and not (p > ci and given_name(lex, toks[p - 1].folded) and not _full_name_after(doc, lex, p + 1, cj)) and any(
            toks[x].folded not in lex.suffixes for x in range(p + 1, cj)
        ):
            return _past_rank(doc, lex, p + 1, cj), True
    return ci, False


def patronymic_beside(doc: Doc, lex: Lexicon, p: int, cj: int) -> bool:
    """``Crown Prince Sultan bin Abdulaziz``, ``Zayed bin Sultan al-Nahayan``: a title word
    right before or after a lower-case patronymic particle (``bin``, ``ibn``, ``ould``)
    is a name there, the son's or the father's, not a title of the name after it."""
    toks = doc.toks
    before = p > 0 and toks[p - 1].folded in lex.patronymics and toks[p - 1].text.islower()
    after = p + 2 < cj and toks[p + 1].folded in lex.patronymics and toks[p + 1].text.islower()
    return before or after


def _past_rank(doc: Doc, lex: Lexicon, a: int, cj: int) -> int:
    """``Detective Constable Andrew Pickles``, ``Lance Corporal``: a capitalised English
    noun right after a role word, before a given name and one more word, is the rest of
    the title (a rank the role lists lack), not the person's first name."""
    f = doc.toks[a].folded.rstrip(".")
    if a + 1 < cj and lex.common(f, 3.0) and not given_name(lex, f) and _full_name_after(doc, lex, a + 1, cj):
        return a + 1
    return a


#: Prepositions that name the country of a post: ``ambassador to Kenya``, ``envoy for Sudan``.
_POST_PREPS = frozenset(("to", "of", "for", "in"))


def _country_of_post(doc: Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``ambassador to Kenya Prudence Bushnell``: a country right after a preposition and
    before a given name and one more word closes the post's description; it is no given
    name of the person (``Chad Michael Murray`` opening a sentence keeps ``Chad``)."""
    if k == 0 or cj - k < 3 or not is_country(doc.toks[k]) or not given_name(lex, doc.toks[k + 1].folded):
        return False
    prev = doc.toks[k - 1]
    return prev.text.islower() and prev.folded in _POST_PREPS


def _full_name_after(doc: Doc, lex: Lexicon, a: int, cj: int) -> bool:
    """``Philippine President Joseph Estrada``: a given name and at least one more word (or
    words ending in a listed surname: ``Correspondent Purnell Murdock``) after a role word
    make it a title, though a word that is also a given name stands before it
    (``Philippine``, ``Africa``); alone after a given name it is a surname (``Mark Judge``)."""
    last = doc.toks[cj - 1].folded
    if cj - a < 2 or last in lex.suffixes:
        return False
    return given_name(lex, doc.toks[a].folded) or (last in lex.surnames and not lex.common(last, 4.0))


#: the joiners after a role word that open its portfolio (``Minister for Roads``, ``Secretary
#: of Health``)
_PORTFOLIO_JOINERS = frozenset(("for", "of"))
#: at most this many capitalised words in a portfolio (``Roads, Ports and Inland Waterways``
#: is cut by its comma anyway): the scan back stays bounded in a text of capitals
_PORTFOLIO_WORDS = 5


def _portfolio_word(doc: Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``Deputy Minister for Roads Ana Paz``, ``Vice Minister for Evaporite Resources Javier
    Mollo``: a capitalised word that is no given name, in the capitalised words after a role
    word and ``for``/``of``, before a full name, is the role's portfolio, not the person's
    first name."""
    toks = doc.toks
    if given_name(lex, toks[k].folded) or not _full_name_after(doc, lex, k + 1, cj):
        return False
    p = k - 1
    while p >= max(1, k - _PORTFOLIO_WORDS) and toks[p].text[:1].isupper():
        p -= 1  # back over the portfolio's earlier words ("Evaporite" before "Resources")
    return p >= 1 and toks[p].text in _PORTFOLIO_JOINERS and lex.is_role(toks[p - 1].folded.rstrip("."))


def strip_left(doc: Doc, lex: Lexicon, k: int, cj: int, titled: bool) -> tuple[int, bool] | None:
    """Titles, demonyms and sentence-opening ordinary words stripped from the left: where
    the name starts and whether a title stood before it; None when all that is left is a
    lone sentence-opening ordinary word (the caller decides on it)."""
    toks = doc.toks
    while k < cj:
        t = toks[k]
        f = t.folded.rstrip(".")
        if (f in lex.honorifics or lex.is_role(f)) and not patronymic_beside(doc, lex, k, cj):
            titled = True
            k += 1
            continue
        if is_initial(doc, t):
            break
        if f in lex.demonyms and given_name(lex, f) and k + 1 < cj:
            nf = toks[k + 1].folded.rstrip(".")
            if nf not in lex.title_words and not plural_head(lex, nf):
                break  # "Christian Cullen", not "German Chancellor Helmut Kohl"
        if month_given(doc, lex, k, cj):
            break  # "Jan Kroslak", "June Tanaka": a given name, not the month
        if _country_of_post(doc, lex, k, cj):
            titled = True
            k += 1
            continue
        if f in lex.title_modifiers or f in lex.demonyms or f in lex.stop_caps or f in lex.months:
            titled = False
            k += 1
            continue
        if f.startswith("ex-") and k + 1 < cj:
            titled = True  # "Ex-Yankee Randy Velarde", "ex-Beatle Paul McCartney": a former role
            k += 1
            continue
        if "-" in f and all(p in lex.title_words or plural_head(lex, p) for p in hyphen_parts(f)):
            titled = any(p in lex.title_heads or plural_head(lex, p) for p in hyphen_parts(f))
            k += 1
            continue
        if _portfolio_word(doc, lex, k, cj):
            titled = True
            k += 1
            continue
        if _ordinary_opener(doc, lex, k, cj) or _past_form_before_given(doc, lex, k, cj):
            titled = False
            k += 1
            continue
        if k in doc.sent_start and lex.common(f, 3.0) and not lex.is_name(f) and k + 1 == cj:
            return None
        break
    return k, titled


def strips_whole(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Whether :func:`strip_left` strips the run of the one word ``toks[k]`` whole: a
    title or role word, or (not an initial) a modifier, demonym, capitalised function
    word or month (``The``, ``Minister``, ``British``, ``June``). Asked before anything
    else of a run of one word, a third of all runs: such a run names no one, unless it is
    a role word standing for a surname (the caller asks that of ``title_heads``)."""
    t = doc.toks[k]
    f = t.folded.rstrip(".")
    if f in lex.honorifics or lex.is_role(f):
        return True
    return f in lex.stripped_words and not is_initial(doc, t)


#: Words after which a month is the month (``in May Smith ...``, ``to June Comelf``, ``the September Bund``).
_TIME_PREPS = frozenset(
    "in on since by until till to through from between and or last next early late mid end during before after of"
    " the a an this that each every per".split()
)


def month_given(doc: Doc, lex: Lexicon, k: int, cj: int) -> bool:
    """``Jan Kroslak``, ``June Tanaka``, ``Sun Yingjie``: a month or day word that is also a
    given name or an East Asian surname is the name when a name-shaped word follows in
    the run (a surname or no ordinary word, never a number or another month), it carries
    no abbreviation dot, and no time preposition stands before it (``in May Smith``).
    Lower-case name particles before the surname are passed over (``Jan van der Linden``)."""
    toks = doc.toks
    t = toks[k]
    f = t.folded
    if f not in lex.months or not (given_name(lex, f) or f in lex.east_asian) or k + 1 >= cj:
        return False
    if doc.text[t.end : t.end + 1] == "." or t.text.isupper():
        return False
    s = k + 1
    while s < cj - 1 and toks[s].text.islower() and toks[s].folded in lex.particles:
        s += 1
    nxt = toks[s]
    nf = nxt.folded
    if nf in lex.months or nf in lex.stop_caps or nf in lex.title_words or not nxt.text[:1].isupper():
        return False
    if k > 0 and toks[k - 1].folded in _TIME_PREPS:
        return False
    return nf in lex.surnames or not lex.common(nf, 3.5) or bool(ROMANISED_GIVEN.fullmatch(nxt.text))


def trim_right(doc: Doc, lex: Lexicon, k: int, cj: int) -> int:
    """Where a name ends once the words that cannot end one are trimmed from the right
    (function words, months, speech verbs, demonyms, lower-case particles)."""
    toks = doc.toks
    e = cj
    if _ruler_ordinal(doc, lex, k, e):
        return e
    while e > k and not _fathers_name(doc, lex, e - 1) and (
        toks[e - 1].folded in lex.stop_caps
        or toks[e - 1].folded in lex.months
        or toks[e - 1].folded in lex.speech_verbs
        or (toks[e - 1].folded in lex.demonyms and len(toks[e - 1].folded) > 3 and not _surname_after_given(lex, toks, k, e))
        or (toks[e - 1].text.islower() and toks[e - 1].folded in lex.particles)
    ):
        e -= 1
    return e


def _fathers_name(doc: Doc, lex: Lexicon, p: int) -> bool:
    """``Qaboos bin Said``: a capitalised word after a patronymic particle is a father's
    name, never trimmed as a speech verb or a function word."""
    prev = doc.toks[p - 1] if p > 0 else None
    return prev is not None and prev.folded in lex.patronymics and prev.text.islower() and doc.toks[p].text[:1].isupper()


def _ruler_ordinal(doc: Doc, lex: Lexicon, k: int, e: int) -> bool:
    """``Queen Elizabeth I``, ``King Baudouin I``: after a ruler's title and one name a
    numeral of one letter is the ruler's ordinal, not the pronoun ``I``."""
    toks = doc.toks
    return (
        e - k == 2
        and k > 0
        and toks[e - 1].text in ("I", "V")
        and toks[k - 1].folded in lex.ruler_titles
        and given_name(lex, toks[k].folded)
    )


def _surname_after_given(lex: Lexicon, toks: Sequence[Tok], k: int, e: int) -> bool:
    """``Richard Finn``, ``Viorel Moldovan``: a demonym that is also a surname, right after
    a given name, is the surname; not a frequent word of direction (``Bradford South``,
    ``Texas Southern``: a seat, a team)."""
    f = toks[e - 1].folded
    return e - k >= 2 and f in lex.surnames and not lex.common(f, 4.5) and given_name(lex, toks[e - 2].folded)
