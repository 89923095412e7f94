#!/usr/bin/env python3
"""Every claim of every article of a folder of story files, one line each: diff two runs.

A change to how the claims plugin reads a source (``the company``, a coordinated denial, a
place inside a body's name) moves few of the story scorer's figures, since a pair is
surfaced when a word of the party's name is shared; whether each source reads right is seen
only by listing them. One line a claim, in file and text order:

    STORY ARTICLE START STANCE | SOURCE | the claim's first 90 characters

    sh bench/story_folders.sh . /tmp/x          # /tmp/x_read: the read sets, one folder
    .venv/bin/python bench/claim_sources.py /tmp/x_read > /tmp/after.txt
    PYTHONPATH=/tmp/start/src:/tmp/start/plugins .venv/bin/python bench/claim_sources.py /tmp/x_read > /tmp/before.txt
    diff /tmp/before.txt /tmp/after.txt

(``git archive start src plugins | tar -x -C /tmp/start`` puts another commit's code first.)
Never run it over the check sets or ``bench/sealed/``: it prints their texts.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newskit import Article, Pipeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="a folder of story files (*.json with 'articles')")
    args = ap.parse_args()
    pipeline = Pipeline.build()
    for path in sorted(args.folder.glob("*.json")):
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            article = Article(id=a["id"], text=a["text"], published=a.get("published"), source=a.get("source"))
            for c in pipeline.run(article).claims:
                head = c.text[:90].replace("\n", " ")
                print(f"{path.stem} {a['id']} {c.start} {c.stance} | {c.source} | {head}")


if __name__ == "__main__":
    main()
