"""Page furniture: the lines a scraped news page carries around its story, and the lead
past them.

A scraped article rarely opens with its news: a date line ("First Published : June 13 ,
2013 4 : 59 PM EDT", "Updated 3:45 p.m."), a byline ("By JANE DOE, Associated Press"), a
photo caption, "Advertisement" or a row of share buttons stand before it, and a wire
dateline ("PARIS (Reuters) -") opens the first sentence itself. Whatever reads "the
lead" (the story's central event is the act the leads share) must read past them.

The rules are line shapes, read from ``data/furniture.json``: every word of a date line is
a calendar, clock or label word, a time zone after a time, or a number; a byline is a label
("By", "Reporting by") then capitalised names, and so is a wire's credit line at the end
("Reporting by Ana Lima in Recife; Editing by Tom Hale", "... contributed to this report."):
the story leaves the writers it names out of its people; a caption opens with its label and a colon
or slash, or closes with a photo credit ("(AP Photo/Evan Vucci)"); a boilerplate line is a
page control's words. No site's name. Each line is tested on its own words, so
the scan is linear in the text.

```pycon
>>> from newskit.furniture import furniture, lead
>>> text = ("May 2 , 2013 , 1 : 12 PM\\nBy JANE DOE, Associated Press\\n"
...         "PARIS (Reuters) - The bank raised rates on Monday. Markets fell.\\nAdvertisement\\n")
>>> [(f.kind, text[f.start:f.end]) for f in furniture(text)]
[('date', 'May 2 , 2013 , 1 : 12 PM'), ('byline', 'By JANE DOE, Associated Press'), \
('dateline', 'PARIS (Reuters) - '), ('boilerplate', 'Advertisement')]
>>> [text[s.start:s.end] for s in lead(text)]
['The bank raised rates on Monday.', 'Markets fell.']

```
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import regex
from attrs import frozen

from newskit.datafiles import package_json
from newskit.model import Span

__all__ = ["KINDS", "LEAD_SENTENCES", "Furniture", "furniture", "lead"]

#: the kinds of furniture, in the order a line is tested for them
KINDS = ("date", "byline", "caption", "boilerplate", "dateline")
#: how many news sentences make the lead
LEAD_SENTENCES = 2

_WORDS = regex.compile(r"[\p{L}\p{N}]+")
# a number as a date line writes it: "2013", "3rd", "5:03pm" -> "03pm", "5:55p" -> "55p"
_NUMBER = regex.compile(r"\d+(?:st|nd|rd|th|am|pm|a|p|h)?", regex.IGNORECASE)
# a clock time, however spaced: "1:12", "4 : 59", "08.45"
_CLOCK = regex.compile(r"\d{1,2}[ ]?[:.][ ]?\d{2}(?!\d)")
# a time zone as a clock time is followed by one: capitals ending in T ("KST", "AEDT")
_ZONE = regex.compile(r"[A-Z]{1,4}T")
# a photo credit closing a caption, after the caption's last sentence: ". (AP Photo/Evan
# Vucci)", ". (Reuters/Jane Doe)"
_NAME_WORDS = r"[\p{Lu}][\p{L}.'\-]*(?:[ ][\p{Lu}][\p{L}.'\-]*){0,3}"
_CREDIT = regex.compile(r"[.!?\"'\u201d\u2019][ ]*\(" + _NAME_WORDS + r"[ ]?/[ ]?" + _NAME_WORDS + r"\)[ ]*$")
#: a credit is searched for in this many characters at a line's end
_CREDIT_CHARS = 80


@frozen
class Furniture:
    """One piece of page furniture: ``kind`` (one of :data:`KINDS`) at ``[start, end)``."""

    kind: str
    start: int
    end: int


@cache
def _data() -> dict[str, Any]:
    return package_json("newskit", "furniture.json")  # type: ignore[no-any-return]


@cache
def _calendar_prefixes() -> frozenset[str]:
    """Every written form of a month or weekday: its name and its prefixes of three letters
    or more ("Sept", "Thurs", "Fri"), lower case."""
    from newskit.actors import calendar_words

    return frozenset(w.lower()[:k] for w in calendar_words() for k in range(3, len(w) + 1))


@cache
def _label_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The byline, caption and boilerplate-prefix openings and the contribution line's
    closing words, compiled once from the data."""
    d = _data()

    def alternatives(words: Sequence[str]) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", "[ ]+") for w in sorted(words, key=len, reverse=True))

    byline = regex.compile(r"(?i:" + alternatives(d["byline_labels"]) + r")[ ]+(?=\S)")
    caption = regex.compile(r"[(\[]?(?:[A-Z][\p{L}.]*[ ]){0,2}(?i:" + alternatives(d["caption_labels"])
                            + r")[ ]*(?:[:/|]|[ ][\u2013\u2014][ ])")
    prefix = regex.compile(r"(?i:" + alternatives(d["boilerplate_prefixes"]) + r")[ ]*[:|>\u00bb]")
    contribution = regex.compile(r"[ ](?:" + alternatives(d["contribution_tails"]) + r")[ ]*\.?[ ]*$")
    return byline, caption, prefix, contribution


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The date labels, clock words, byline joiners and boilerplate words, as sets."""
    d = _data()
    return (frozenset(d["date_labels"]), frozenset(d["clock_words"]), frozenset(d["byline_joiners"]),
            frozenset(w for w in d["boilerplate_lines"] if " " not in w))


def _is_date_line(line: str) -> bool:
    """Every word a number, a calendar, clock or label word, and the line names a day or a
    time: "May 2 , 2013 , 1 : 12 PM", "Posted on Thu Jun 13 , 2013", "05 / 02 / 2013"."""
    labels, clock, _, _ = _word_sets()
    calendar = _calendar_prefixes()
    numbers = strong = 0
    after_number = False
    for w in _WORDS.findall(line):
        low = w.lower()
        if _NUMBER.fullmatch(w):
            numbers += 1
        elif low in calendar or low in clock or (after_number and _ZONE.fullmatch(w)):
            strong += low in calendar or len(low) > 1
        elif low not in labels:
            return False
        after_number = numbers > 0 and (_NUMBER.fullmatch(w) is not None or low in clock)
    return numbers > 0 and (strong > 0 or numbers > 1 or _CLOCK.search(line) is not None)


def _is_byline(line: str) -> bool:
    """A byline or a wire's credit line: a byline label, then names: capitalised words and
    the joiners names take ("By JANE DOE and John Roe, Associated Press"); a credit line is
    such parts between semicolons, in brackets or not ("(Reporting by Ana Lima in Recife;
    Editing by Tom Hale)"); a sentence ("By Tuesday the river had") fails."""
    inner = line.strip()
    if inner[:1] in "([" and inner[-1:] in ")]":
        inner = inner[1:-1]
    return all(_is_credit(part.strip()) for part in inner.split(";"))


def _is_credit(part: str) -> bool:
    """One byline: its label, then at most twelve words of names and joiners."""
    m = _label_patterns()[0].match(part)
    if m is None:
        return False
    _, _, joiners, _ = _word_sets()
    words = _WORDS.findall(part, m.end())
    return 0 < len(words) <= 12 and any(w[0].isupper() for w in words) and \
        all(w[0].isupper() or w.lower() in joiners or w.lower() == "by" for w in words)


def _is_contributors(line: str) -> bool:
    """A line crediting who helped write the story: names and their posts, then a
    contribution's closing words ("Associated Press writers Jane Doe in Tokyo and John Roe
    contributed to this report.", ``contribution_tails``)."""
    m = _label_patterns()[3].search(line)
    if m is None or not line[:1].isupper():
        return False
    words = _WORDS.findall(line, 0, m.start())
    return 0 < len(words) <= 24 and sum(w[0].isupper() for w in words) >= 2


def _is_boilerplate(line: str) -> bool:
    """A page control's words only ("Advertisement", "Share Tweet Email") or a link's label
    ("Read more: ...", "Related: ...")."""
    if _label_patterns()[2].match(line):
        return True
    d = _data()
    words = [w.lower() for w in _WORDS.findall(line)]
    if not words or len(words) > 6:
        return False
    return " ".join(words) in d["boilerplate_lines"] or all(w in _word_sets()[3] for w in words)


def _line_kind(line: str) -> str | None:
    """The kind of furniture a whole line is, or None."""
    if len(line) <= _data()["max_line_chars"]:
        if _is_date_line(line):
            return "date"
        if _is_byline(line):
            return "byline"
        if _is_boilerplate(line):
            return "boilerplate"
    elif len(line) <= 3 * _data()["max_line_chars"] and ";" in line and _is_byline(line):
        return "byline"  # a wire's credit line names a part of the work per clause
    if len(line) <= 2 * _data()["max_line_chars"] and _is_contributors(line):
        return "byline"
    if _label_patterns()[1].match(line) or _CREDIT.search(line, max(0, len(line) - _CREDIT_CHARS)):
        return "caption"
    return None


def furniture(text: str, paragraphs: Sequence[Span] | None = None) -> tuple[Furniture, ...]:
    """The page furniture of ``text``, in order: whole lines (``date``, ``byline``,
    ``caption``, ``boilerplate``) and the ``dateline`` prefix a paragraph opens with.
    ``paragraphs`` are the text's lines (the text layer's), read when given."""
    from newskit.textlayer import dateline_end, layer

    out: list[Furniture] = []
    for p in paragraphs if paragraphs is not None else layer(text).paragraphs:
        kind = _line_kind(text[p.start : p.end])
        if kind is not None:
            out.append(Furniture(kind, p.start, p.end))
            continue
        end = dateline_end(text, p.start, p.end)
        if end > p.start:
            out.append(Furniture("dateline", p.start, end))
    return tuple(out)


def lead(text: str, sentences: Sequence[Span] | None = None, found: Sequence[Furniture] | None = None,
         n: int = LEAD_SENTENCES) -> tuple[Span, ...]:
    """The first ``n`` news sentences of ``text``: the sentences past its furniture, the
    first one starting after a dateline that opens it. ``sentences`` and ``found`` (the
    furniture) are the text layer's, read when given."""
    from newskit.textlayer import layer

    if sentences is None or found is None:
        lay = layer(text)
        sentences, found = lay.sentences, lay.furniture
    lines = [f for f in found if f.kind != "dateline"]
    cuts = {f.start: f.end for f in found if f.kind == "dateline"}
    out: list[Span] = []
    k = 0
    for s in sentences:
        if len(out) == n:
            break
        while k < len(lines) and lines[k].end <= s.start:
            k += 1
        if k < len(lines) and lines[k].start <= s.start and s.end <= lines[k].end:
            continue
        start = cuts.get(s.start, s.start)
        if start < s.end:
            out.append(Span(start=start, end=s.end))
    return tuple(out)
