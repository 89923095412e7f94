"""Build plugins/newskit_events/data/general_events.json from TimeBank/AQUAINT (TBAQ).

The trigger lexicon names the event types news reports by class; what it leaves out is
the long tail of ordinary actions a story tells ("escaped", "pulled", "dominated"). A
public corpus annotated for events in news says which words are such actions: TimeML's
EVENT tag over TimeBank and AQUAINT (TempEval-3 release, `../shared/data/tbaq`). This
script counts, for every past-tense verb form (a regular -ed form or an irregular past of
data/inflections.json), how often it is tagged an event and with which TimeML class, and
keeps the forms that are events in most of their occurrences, mostly of the classes
OCCURRENCE, ASPECTUAL or I_ACTION (never REPORTING, PERCEPTION or the states). It is run
by hand when the thresholds change; nothing reads the corpus at run time.

    python bench/build_general_events.py ../shared/data/tbaq

Only past forms are kept: a past verb asserts that something happened, while base and
-s forms are as often nouns ("a return", "the cuts"), and -ing forms generic activities.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

OUT = Path("plugins/newskit_events/data/general_events.json")
INFLECTIONS = Path("plugins/newskit_events/data/inflections.json")
_TEXT = regex.compile(r"<TEXT>(.*)</TEXT>", regex.S)
_PIECE = regex.compile(r'<EVENT eid="\w+" class="(\w+)">([^<]*)</EVENT>|<[^>]+>|([^<]+)')
_WORD = regex.compile(r"(?<![\p{L}-])\p{L}[\p{L}-]*(?<!-)")
#: TimeML classes of ordinary actions (a reporting verb is a claim; states and
#: perceptions are no happening)
KEEP = ("OCCURRENCE", "ASPECTUAL", "I_ACTION")
#: share of a form's occurrences tagged an event, and of its events in KEEP
MIN_RATE, MIN_EVENTS, MIN_KEEP = 0.6, 2, 0.5


def count(folder: Path) -> tuple[Counter[str], Counter[str], dict[str, Counter[str]]]:
    """(occurrences, occurrences tagged EVENT, TimeML classes) per lower-case word form."""
    total: Counter[str] = Counter()
    events: Counter[str] = Counter()
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted(folder.rglob("*.tml")):
        body = _TEXT.search(path.read_text(encoding="utf-8"))
        if body is None:
            continue
        for m in _PIECE.finditer(body.group(1)):
            if m.group(1):
                word = html.unescape(m.group(2)).strip().lower()
                if _WORD.fullmatch(word):
                    total[word] += 1
                    events[word] += 1
                    classes[word][m.group(1)] += 1
            elif m.group(3):
                total.update(w.lower() for w in _WORD.findall(html.unescape(m.group(3))))
    return total, events, classes


def past_forms() -> set[str]:
    """Irregular past and past participle forms (data/inflections.json)."""
    raw = json.loads(INFLECTIONS.read_text(encoding="utf-8"))
    return {f for lemma, forms in raw["irregular_verbs"].items() for f in forms if f != lemma}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tbaq")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    total, events, classes = count(Path(args.tbaq))
    irregular = past_forms()
    kept = {}
    for word, n in sorted(events.items()):
        keep = sum(classes[word][c] for c in KEEP)
        if not (word.endswith("ed") or word in irregular):
            continue
        if n >= MIN_EVENTS and n / total[word] >= MIN_RATE and keep / n >= MIN_KEEP:
            kept[word] = [n, total[word]]
    data = {
        "_source": ("Derived by bench/build_general_events.py from the TimeML EVENT annotation of "
                    "TimeBank and AQUAINT (TempEval-3 release, TBAQ-cleaned): past-tense verb forms "
                    f"tagged an event in >= {MIN_RATE:.0%} of >= {MIN_EVENTS} occurrences, mostly of "
                    f"the classes {', '.join(KEEP)}. Counts: [events, occurrences]. Word counts only; "
                    "no corpus text."),
        "forms": kept,
    }
    lines = [f" {json.dumps(w)}: {json.dumps(c)}" for w, c in kept.items()]
    text = ("{\n \"_source\": " + json.dumps(data["_source"]) + ",\n \"forms\": {\n" +
            ",\n".join(" " + x for x in lines) + "\n }\n}\n")
    json.loads(text)  # the hand-made layout (a form a line) must stay JSON
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"{len(kept)} forms written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
