"""Direct quotes and their speakers on real news of other kinds, for a reading without gold.

PolNeAR is political news; its speakers no longer show what goes wrong on news of other
kinds (issue #14). ECB+ holds 772 real articles (2008-2013: disasters, crime, sport,
business) that nobody here annotated for quotes. This runs the quotes plugin (and the
persons plugin it needs) over the articles of the odd or even topics and prints each direct
quote, one block an item: the article, the quote's text cut to about 80 characters, the
speaker's name and span as written, the cue, and the sentence around the quote, so a reader
can judge each speaker (right, wrong or missing) and count. The order is the corpus's
(topic, sub-topic, document, offset), so two runs diff.

ECB+ texts are tokens joined by spaces; each is first given back its print spacing
(``ecb_figures.detokenized``), and straight double marks, which that leaves spaced on both
sides, are closed up by turns within a line (opening, closing).

Protocol (session 58): the odd half is read and its errors may guide a fix; the even half
is judged by someone else at the start and the end only, so it says whether a fix carries.

    .venv/bin/python bench/ecb_quotes.py --half odd > /tmp/ecb_quotes_odd.txt
    .venv/bin/python bench/ecb_quotes.py --half odd --brief    # one line a quote
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from types import ModuleType

import regex
from ecb_figures import detokenized

from newskit import Article, Pipeline, QuoteMention

DEFAULT_SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus"
_WIDTH = 80
_SPLIT_CLOSE = regex.compile(r" ?' '(?= )")
#: curly marks and apostrophes as the corpus spaced them: "\u201c We \u2019 re here \u201d"
_CURLY = [(regex.compile(p), r) for p, r in (
    (r"(?<=\w) \u2019 (?=\w)", "\u2019"), (r"\u201c ", "\u201c"), (r" \u201d", "\u201d"),
    (r"\u2018 ", "\u2018"), (r" \u2019(?!\w)", "\u2019"))]


def _score_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("nk_score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _closed_marks(text: str) -> str:
    """``text`` with its straight double marks set against their words by turns: the first
    opens (``" We`` -> ``"We``), the next closes (``done . "`` -> ``done."``)."""
    out: list[str] = []
    pos, opening = 0, True
    for m in regex.finditer(r'"', text):
        out.append(text[pos:m.start()])
        if opening:
            out.append('"')
            pos = m.end() + (1 if text[m.end():m.end() + 1] == " " else 0)
        else:
            if out and out[-1].endswith(" "):
                out[-1] = out[-1][:-1]
            out.append('"')
            pos = m.end()
        opening = not opening
    out.append(text[pos:])
    return "".join(out)


def _open(paragraph: str) -> bool:
    """Whether a double quotation opened in ``paragraph`` is still open at its end."""
    return paragraph.count('"') % 2 == 1 or paragraph.count("\u201c") > paragraph.count("\u201d")


def printed(text: str) -> str:
    """An ECB+ text with print spacing, marks included. The corpus puts each sentence on a
    line of its own; a sentence that ends inside a quotation is joined to the next, as the
    paragraph it was printed in, so a quotation of two sentences keeps its two marks."""
    text = _SPLIT_CLOSE.sub('"', detokenized(text))  # a closing mark typed as two single ones
    for pattern, replacement in _CURLY:
        text = pattern.sub(replacement, text)
    paragraphs: list[str] = []
    for line in text.split("\n"):
        if paragraphs and _open(paragraphs[-1]):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return "\n".join(_closed_marks(p) for p in paragraphs)


def _cut(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _sentence(text: str, start: int, end: int, width: int = 320) -> str:
    """The line of ``text`` around ``start:end``, cut to ``width`` about the quote."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    line = text[left: right if right >= 0 else len(text)]
    if len(line) <= width:
        return line
    a = max(0, start - left - width // 3)
    return ("..." if a else "") + line[a: a + width] + "..."


def block(doc: str, text: str, q: QuoteMention, brief: bool) -> list[str]:
    """One quote's lines: the quote, its speaker and cue, and (unless ``brief``) its line."""
    span = (text[q.speaker_start:q.speaker_end] if q.speaker_start is not None and q.speaker_end is not None
            else None)
    head = f"{doc} {q.start}: «{_cut(text[q.start:q.end])}»"
    who = f"  speaker: {q.speaker!r} span {span!r} cue {q.cue!r}"
    if brief:
        return [f"{head} | {q.speaker!r} | {span!r}"]
    return [head, who, f"  line: {_sentence(text, q.start, q.end)}", ""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("odd", "even"), required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORE)
    ap.add_argument("--brief", action="store_true", help="one line a quote, no sentences")
    ap.add_argument("--all", action="store_true", help="reported speech too, not only direct quotes")
    args = ap.parse_args(argv)
    sc = _score_module(args.score)
    pipe = Pipeline.build(allow=["persons", "quotes"])
    parity = 1 if args.half == "odd" else 0
    docs = quotes = speakerless = 0
    for name, stories in sc.read_ecbplus(args.data, None, False):
        if int("".join(ch for ch in name if ch.isdigit())) % 2 != parity:
            continue
        for art, _gold, _sents in stories:
            text = printed(art["text"])
            analysis = pipe.run(Article(id=art["id"], text=text))
            docs += 1
            for q in sorted((m for m in analysis.mentions if isinstance(m, QuoteMention)),
                            key=lambda m: m.start):
                if not (q.direct or args.all):
                    continue
                quotes += 1
                speakerless += q.speaker is None
                print("\n".join(block(art["id"], text, q, args.brief)))
    print(f"TOTAL {docs} articles, {quotes} quotes, {speakerless} with no speaker")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
