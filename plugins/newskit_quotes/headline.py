"""Attributions in a headline and speaker labels of a transcript (issue #14).

A Title Case headline capitalises its cue (``Lindsey Graham Says Trump …``), which the
sentence grammar never takes for a verb (``United States`` is no cue), and headlines drop
the verb altogether (``Pence: Flowers Won't Be at Debate``). Three headline forms, read
only in the article's first paragraph when it is one short Title Case line:

* ``SPEAKER: CONTENT`` (``Sanders: Clinton Needs to …``; ``Obama on Climate: …`` gives
  Obama: a topic after *on*/*about* is not the speaker);
* ``CONTENT, SPEAKER Says`` (a postposed cue at the end) and ``CONTENT, Says SPEAKER``
  (the cue inverted after the comma), a closing quotation mark on either side of the comma;
* ``SPEAKER Says CONTENT`` (a capitalised cue of saying or attitude after a short subject).

A colon before a form of the second kind sets off a topic (``Drought: '…,' Says Ferryman``):
the cue's subject speaks, not the topic.

Transcripts of interviews and debates label each turn: ``PENCE: Well, look, …`` opening a
paragraph attributes the paragraph to the upper-case name, when at least two paragraphs
are labelled so (one label alone is a dateline or a rubric: ``NEW DELHI:``, ``UPDATE:``).

The speaker phrase must be a name or a description that can speak (a person mention, an
organisation, a role); ``Stealth Over Health: …`` (a title word such as *Over*) is no
speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .actors import classify, tables
from .attribution import NP, Cue, in_phrase
from .cues import lexicon
from .direct import Item
from .doc import Doc

__all__ = ["MAX_HEADLINE", "headline_items", "title_case", "transcript_items"]

#: The longest headline read (words) and the longest speaker phrase in it.
MAX_HEADLINE = 30
MAX_SPEAKER = 5

_TOPIC = frozenset({"on", "about", "to"})
#: Lower-case words of Title Case a speaker phrase may hold ("Secretary of State").
_NAME_GLUE = frozenset({"of", "the", "and", "de", "van", "von", "al", "bin", "da", "del", "la", "le"})
_LABEL = regex.compile(r"(?:\p{Lu}[\p{Lu}.'\u2019-]+)(?:\s+\p{Lu}[\p{Lu}.'\u2019-]+){0,2}:\s")
_SMALL = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "by", "or",
                    "as", "but", "from", "over", "into", "is", "be"})
_HEAD_CLASSES = frozenset({"speech", "bare", "attitude", "label", "npcomp"})


def title_case(words: Sequence[str]) -> bool:
    """Most of ``words`` capitalised, small words aside: a headline's case."""
    big = [w for w in words if w.lower() not in _SMALL and w[:1].isalpha()]
    caps = sum(1 for w in big if w[:1].isupper())
    return len(big) >= 3 and caps >= 0.8 * len(big)


def _title_case(doc: Doc, a: int, b: int) -> bool:
    """Most words of ``[a, b)`` capitalised, small words aside."""
    return title_case([doc.text[doc.starts[k] : doc.ends[k]] for k in range(doc.word_at(a), doc.word_at(b))])


def _speaker_ok(doc: Doc, first: int, last: int) -> bool:
    """Words ``first..last`` name someone who can speak."""
    if last - first + 1 > MAX_SPEAKER:
        return False
    a, b = doc.starts[first], doc.ends[last]
    if doc.in_quote(a) or doc.has_quote_char(a, b):
        return False  # '"Not One Cent": Council …': quoted words are what is said, not who
    if doc.persons_in(a, b):
        return True
    if first == last and classify(doc.text[a:b]).kind == "pronoun" and doc.low[first] not in _SMALL:
        return True  # "He Says Fares Will Rise", "Fares Will Rise, She Says": the pronoun's referent
    for k in range(first, last + 1):
        c = doc.text[doc.starts[k]]
        if doc.low[k] in _NAME_GLUE and k not in (first, last):
            continue
        if not c.isupper():
            return False
        if doc.low[k] in _SMALL:
            return False  # "Stealth Over Health": a title word
    return classify(doc.text[a:b]).kind in ("name", "org", "org_desc", "outlet", "country", "group", "person_desc")


#: Opening quotation marks before a headline's content.
_OPENING_MARKS = "'\"\u2018\u201c"


def _trimmed(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    text = doc.text
    while a < b and (text[a].isspace() or text[a] in _OPENING_MARKS):
        a += 1  # "'We Lost Everything,' Says Farmer": the quotation's words, not its mark
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".;"):
        b -= 1
    return (a, b) if b - a >= 3 else None


#: What a sentence-case headline's speaker before a colon may be besides a person: a role,
#: a body, a group or a written source (``Minister: …``, ``Police: …``, ``Survey: …``);
#: a rubric reads as a bare name (``Analysis: …``) and a dateline is in capitals.
_DESCRIBED = frozenset({"person_desc", "org", "org_desc", "group", "outlet"})


def _described_speaker(doc: Doc, first: int, last: int) -> bool:
    """Words ``first..last`` describe a speaker by role, body, group or document."""
    text = doc.text[doc.starts[first] : doc.ends[last]]
    return not text.isupper() and classify(text).kind in _DESCRIBED


def _colon_form(doc: Doc, a: int, b: int, named: bool = False) -> Item | None:
    """``SPEAKER: CONTENT``; when ``named`` (a headline in sentence case) the speaker must be
    a person the persons plugin found (``Sanders: Clinton needs to …``) or a role, body or
    document (``Minister: housing permits to be issued …``), not a rubric (``Analysis: …``,
    ``Update: …``)."""
    c = doc.text.find(":", a, b)
    if c < 0:
        return None
    first, end_w = doc.word_at(a), doc.word_before(c)
    last = end_w
    for k in range(first + 1, end_w + 1):
        if doc.low[k] in _TOPIC:
            last = k - 1  # "Obama on Climate Change:" -> Obama
            break
    if end_w < first or not _speaker_ok(doc, first, last):
        return None
    if named and not (doc.persons_in(doc.starts[first], doc.ends[last]) or _described_speaker(doc, first, last)):
        return None
    span = _trimmed(doc, c + 1, b)
    if span is None:
        return None
    cue = Cue(c, c + 1, end_w, end_w, ":", frozenset({"speech"}))
    np = NP(doc.starts[first], doc.ends[last], first, last)
    return Item(span[0], span[1], False, cue, np, "np", 0.7)


def _cue(doc: Doc, k: int) -> Cue | None:
    """A capitalised cue word of the headline at word ``k`` (one word): a verb of saying,
    thinking, labelling or attitude, or a verb of stance (``Urges``, ``Sees``, ``Rip``)."""
    w = doc.low[k]
    classes = lexicon().classes(w)
    plural_before = k > 0 and doc.low[k - 1].endswith("s") and not doc.low[k - 1].endswith("ss")
    if w.endswith("ing") or (w in lexicon().base_nouns and not plural_before):
        return None  # "Workers Slam …": a base form after a plural subject is its verb
    if not classes & _HEAD_CLASSES:
        if not _stance_verb(w):
            return None
        classes = frozenset({"stance"})
    return Cue(doc.starts[k], doc.ends[k], k, k, w, classes)


def _stance_verb(w: str) -> bool:
    """``w`` is a finite form of a verb of thinking or of stance (``Sees``, ``Urges``):
    in a headline its subject holds what follows."""
    from .stance import stance_lexicon

    lex = stance_lexicon()
    return "belief" in lexicon().classes(w) or (
        (w in lex.forms or w in lex.predicative) and not w.endswith("ing"))


#: Closing quotation marks a headline's comma may stand next to (``'Biggest in a
#: Generation,' Says …``, ``"Worst in a Century," Forecasters Say``).
_CLOSING_MARKS = "'\"\u2019\u201d"


def _comma_after(doc: Doc, k: int) -> bool:
    """Word ``k`` ends the headline's content: a comma follows it, with or without a
    closing quotation mark on either side."""
    return doc.gap(k).strip().strip(_CLOSING_MARKS) == ","


def _postposed_cue(doc: Doc, k: int) -> Cue | None:
    """A capitalised cue at word ``k`` that may follow its content (``Says``, ``Insists``)."""
    cue = _cue(doc, k)
    return cue if cue is not None and "postposed" in lexicon().classes(doc.low[k]) else None


def _speaker_last(doc: Doc, a: int, first: int, last: int) -> Item | None:
    """``CONTENT, Lindsey Graham Says``: the cue ends the headline, its subject before it."""
    end_cue = _postposed_cue(doc, last) or _cue(doc, last)  # "…,' Zoo Vows": any cue after its content
    if end_cue is None:
        return None
    k = last - 1
    while k > first and not _comma_after(doc, k - 1) and last - k <= MAX_SPEAKER:
        k -= 1
    if k <= first or not _comma_after(doc, k - 1) or not _speaker_ok(doc, k, last - 1):
        return None
    span = _trimmed(doc, a, doc.ends[k - 1])
    if span is None:
        return None
    return Item(span[0], span[1], False, end_cue, NP(doc.starts[k], doc.ends[last - 1], k, last - 1), "np", 0.7)


def _inverted(doc: Doc, a: int, first: int, last: int) -> Item | None:
    """``CONTENT, Says Seismologist``, ``…, Insists Furious City Manager``: the cue right
    after the content's comma and its subject after it, to the headline's end or to a
    clause of its own after the subject (``…,' Says Mayor as Floods Rise``; an age after
    a comma is no part of the name: ``Says Tenant, 81, as …``, nor a length of service:
    ``Says Ferryman of 40 Years``)."""
    k = last - 1
    while k > first and not _comma_after(doc, k - 1) and last - k < MAX_SPEAKER:
        k -= 1
    if k <= first or not _comma_after(doc, k - 1) or _postposed_cue(doc, k) is None:
        found = _cue_after_comma(doc, first, last)
        if found is None:
            return None
        k = found
    last = _subject_last(doc, k + 1, last)
    cue = _postposed_cue(doc, k)
    if cue is None or not _speaker_ok(doc, k + 1, last):
        return None
    span = _trimmed(doc, a, doc.ends[k - 1])
    if span is None:
        return None
    return Item(span[0], span[1], False, cue, NP(doc.starts[k + 1], doc.ends[last], k + 1, last), "np", 0.7)


#: Words opening a headline's clause of its own after an attribution (``… as Floods Rise``,
#: ``… After Defeat``): a closed class of subordinators and prepositions of circumstance.
_HEADLINE_TAIL = frozenset({"as", "after", "amid", "while", "before", "despite", "following", "when", "over"})


def _before_tail(doc: Doc, first: int, last: int) -> int:
    """The headline's last word before a clause of its own that follows a postposed cue
    (``'We Will Find Him,' Zoo Vows After Red Panda Escapes``: ``Vows``), else ``last``."""
    for k in range(first + 2, last + 1):
        if doc.low[k] in _HEADLINE_TAIL and doc.joined(k - 1) and _cue(doc, k - 1) is not None:
            return k - 1
    return last


def _cue_after_comma(doc: Doc, first: int, last: int) -> int | None:
    """The first postposed cue right after a comma of the headline (``…,' Says``), or None."""
    return next((k for k in range(first + 1, last) if _comma_after(doc, k - 1) and _postposed_cue(doc, k)), None)


def _subject_last(doc: Doc, first: int, last: int) -> int:
    """The last word of an inverted subject starting at ``first``: before a tail word of
    :data:`_HEADLINE_TAIL` or an age set off by commas, within :data:`MAX_SPEAKER` words."""
    for k in range(first + 1, min(last, first + MAX_SPEAKER) + 1):
        if doc.low[k] in _HEADLINE_TAIL or (doc.low[k].isdigit() and "," in doc.gap(k - 1)):
            return k - 1
        if doc.low[k] == "of" and k < last and doc.low[k + 1][:1].isdigit():
            return k - 1  # "Says Ferryman of 40 Years": a length of service is no part of the name
    return last


#: The most words before a headline's closing quotation (``Family of Man Who Died in
#: Custody 'Want the Truth'``).
_MAX_BEFORE_QUOTE = 8


def _quotation_after_speaker(doc: Doc, a: int, b: int) -> Item | None:
    """``Minister 'Will Not Resign'``, ``Family of Man Who Died in Custody 'Want the
    Truth'``: a headline that ends with a quotation and names before it, with no verb, who
    said it (the news headline's way of writing "says"). The speaker is the phrase's head
    and its Title Case modifiers (``Family of Man …``: the head is ``Family``)."""
    text = doc.text[a:b].rstrip()
    if not text or text[-1] not in _CLOSING_MARKS:
        return None
    close = a + len(text) - 1
    opening = max(text.rfind(m, 0, len(text) - 1) for m in _OPENING_MARKS)
    if opening <= 0 or not text[opening - 1].isspace() or not text[opening + 1 : opening + 2].isupper():
        return None
    first, last = doc.word_at(a), doc.word_before(a + opening)
    if last < first or last - first + 1 > _MAX_BEFORE_QUOTE or not all(in_phrase(doc, m) for m in range(first, last)):
        return None
    head_last = min(next((m - 1 for m in range(first + 1, last + 1) if doc.low[m] == "of"), last),
                    first + MAX_SPEAKER - 1)
    if not _speaker_ok(doc, first, head_last) or not (
            doc.persons_in(doc.starts[first], doc.ends[head_last]) or _described_speaker(doc, first, head_last)
            or tables().names_people(doc.low[head_last]) or doc.low[head_last] in tables().org_heads):
        return None  # "Storm Brings 'Worst Floods …'": a verb, no speaker, before the quotation
    span = _trimmed(doc, a + opening, close)
    if span is None:
        return None
    cue = Cue(a + opening, a + opening + 1, last, last, ":", frozenset({"speech"}))
    return Item(span[0], span[1], False, cue, NP(doc.starts[first], doc.ends[last], first, last), "np", 0.7)


def _verb_form(doc: Doc, a: int, b: int) -> Item | None:
    first, last = doc.word_at(a), doc.word_before(b)
    if last < first:
        return None
    ended = _speaker_last(doc, a, first, _before_tail(doc, first, last)) or _inverted(doc, a, first, last)
    if ended is not None:
        return ended
    # "Black Lawmakers Rip …", "Chris Christie Calls …": subject, cue, content
    for k in range(first + 1, min(last, first + MAX_SPEAKER + 1)):
        cue = _cue(doc, k)
        if cue is None or not doc.joined(k - 1):
            continue
        if not _speaker_ok(doc, first, k - 1) or doc.has_quote_char(doc.starts[first], doc.ends[k - 1]):
            return None  # "'We Will Find Him,' Zoo Vows": a quotation's end is no part of a speaker
        span = _trimmed(doc, doc.ends[k], _quoted_end(doc, doc.ends[k], b) or b)
        if span is None:
            return None
        np = NP(doc.starts[first], doc.ends[k - 1], first, k - 1)
        return Item(span[0], span[1], False, cue, np, "np", 0.7)
    return None


def _quoted_end(doc: Doc, a: int, b: int) -> int | None:
    """``Mayor Vows "No More Delays" On Bridge Repairs``: content after the cue that opens
    with a quotation is the quotation; the words after its closing mark are the topic. The
    end of the quoted words, or None when the content opens with no quotation closed
    before ``b``."""
    s = a
    while s < b and doc.text[s].isspace():
        s += 1
    if s >= b or doc.text[s] not in _OPENING_MARKS:
        return None
    close = next((i for i in range(s + 1, b)
                  if doc.text[i] in _CLOSING_MARKS and (i + 1 >= b or not doc.text[i + 1].isalpha())), None)
    return close if close is not None and doc.text[close + 1 : b].strip() else None


def headline_items(doc: Doc) -> list[Item]:
    """The attribution of a Title Case headline (the first paragraph, one line), if any."""
    if not doc.paras:
        return []
    a, b = doc.paras[0]
    if "\n" in doc.text[a:b].strip() or doc.word_at(b) - doc.word_at(a) > MAX_HEADLINE:
        return []
    if not _title_case(doc, a, b):
        item = _colon_form(doc, a, b, named=True)  # "Sanders: Clinton needs to …" in sentence case
        return [item] if item is not None else []
    item = _kicker_form(doc, a, b) or _colon_form(doc, a, b) or _verb_form(doc, a, b) \
        or _quotation_after_speaker(doc, a, b)
    return [item] if item is not None else []


def _kicker_form(doc: Doc, a: int, b: int) -> Item | None:
    """``Drought: 'The River Has Never Been This Low,' Says Ferryman``: a topic before the
    colon (a kicker) and a full attribution after it, its cue set off by the content's
    comma; the speaker is the cue's subject, not the word before the colon."""
    c = doc.text.find(":", a, b)
    if c < 0:
        return None
    first, last = doc.word_at(c + 1), doc.word_before(b)
    if last <= first:
        return None
    return _speaker_last(doc, c + 1, first, last) or _inverted(doc, c + 1, first, last)


def transcript_items(doc: Doc) -> list[Item]:
    """``PENCE: Well, look, …``: a paragraph opened by an upper-case speaker label."""
    out: list[Item] = []
    for a, b in doc.paras:
        m = _LABEL.match(doc.text, a, b)
        if m is None:
            continue
        c = m.end() - 2
        first, last = doc.word_at(a), doc.word_before(c)
        span = _trimmed(doc, m.end(), b)
        if last < first or span is None or doc.word_at(span[1]) - doc.word_at(span[0]) < 3:
            continue
        cue = Cue(c, c + 1, last, last, ":", frozenset({"speech"}))
        out.append(Item(span[0], span[1], False, cue, NP(doc.starts[first], doc.ends[last], first, last), "np", 0.7))
    # a transcript labels several turns; one label is a dateline or a rubric ("NEW DELHI:")
    return out if len(out) >= 2 else []


#: Quotation marks that may open a transcript turn (``"PENCE: Well, …``).
_OPENERS = "\"\u201c\u201e\u00ab"


def _turn_label(doc: Doc, a: int, b: int) -> regex.Match[str] | None:
    """The speaker label opening the paragraph span ``a``..``b`` after a quotation mark."""
    while a < b and doc.text[a] in _OPENERS:
        a += 1
    return _LABEL.match(doc.text, a, b)


def transcript_turns(doc: Doc, directs: list[Item]) -> list[Item]:
    """A quotation running over paragraphs that opens with a speaker label (``"WALLACE:
    …`` then ``"PENCE: …``, a transcript quoted whole) is one turn per label, each spoken
    by its label and, like the turns of :func:`transcript_items`, not a direct quotation
    (the labels, not quotation marks, say whose words they are); other quotations are
    returned unchanged."""
    out: list[Item] = []
    for it in directs:
        k = doc.para_index(it.start)
        turns: list[tuple[int, regex.Match[str]]] = []
        breaks: list[int] = []  # where a turn ends: the next label or stage direction
        while k < len(doc.paras) and doc.paras[k][0] < it.end:
            a, b = doc.paras[k]
            m = _turn_label(doc, max(a, it.start - 1), min(b, it.end))
            stage = m is None and _STAGE.fullmatch(doc.text, max(a, it.start), min(b, it.end)) is not None
            if m is not None:
                turns.append((k, m))
            elif not turns and not stage:
                break  # the quotation does not open with a label (or a stage direction): no transcript
            if m is not None or stage:
                breaks.append(a)
            k += 1
        if not turns:
            out.append(it)
            continue
        out += _turns(doc, it, turns, breaks)
    return out


def _turns(doc: Doc, it: Item, turns: list[tuple[int, regex.Match[str]]], breaks: list[int]) -> list[Item]:
    items: list[Item] = []
    for _, m in turns:
        end = next((x for x in breaks if x > m.start()), it.end)
        span = _trimmed(doc, m.end(), min(end, it.end))
        c = m.end() - 2
        first, last = doc.word_at(m.start()), doc.word_before(c)
        if span is None or last < first:
            continue
        b = span[1]
        while b > span[0] and doc.text[b - 1] in _QUOTE_CLOSERS + " \n":
            b -= 1
        cue = Cue(c, c + 1, last, last, ":", frozenset({"speech"}))
        np = NP(doc.starts[first], doc.ends[last], first, last)
        items.append(Item(span[0], b, False, cue, np, "np", it.confidence))  # a turn, as transcript_items
    return items


_QUOTE_CLOSERS = "\"\u201d\u00bb"

#: A paragraph that is only a stage direction of a transcript: ``"(CROSSTALK.)``.
_STAGE = regex.compile(r"\s*[\"\u201c]?\s*\([^()\n]{1,40}\)\.?\s*")
