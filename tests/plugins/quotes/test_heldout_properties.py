"""Properties of the #14 rules (headlines, transcripts, stances, plausibility, scare quotes)
on generated text: no crash, valid offsets, deterministic output."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newskit import PersonMention
from newskit.story.people import build_people
from newskit_quotes import extract_quotes

PIECES = [
    "Tuesday said", "said the past", "Heping Township said", "criticized", "called for", "refused to",
    "vowed to", "warned of", "attacked", "Maria Gomez", "Wu Chien-fu", "Wu", "the senator", "HOST:",
    "MORALES:", "Pence:", "Says", "Warns", "so-called", '"smart fence"', '"', "\u201c", "\u201d", ",",
    ".", ":", "\n\n", "\n", "read a statement from", "on behalf of", "was labeled", "by", "the",
    "a", "its", "on Monday", "last week", "which", "that", "according to", "told the court",
    "Officials", "The Union Warns Airline", "60-year-old", "fisherman", "declining to be named",
]

texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join)


def _persons(text: str) -> list[PersonMention]:
    out = []
    for name in ("Maria Gomez", "Wu Chien-fu", "Wu"):
        i = text.find(name)
        while i >= 0:
            if not any(p.start <= i < p.end for p in out):
                out.append(PersonMention(start=i, end=i + len(name), text=name, entity="Wu Chien Fu"
                                         if name.startswith("Wu") else name, entity_id="x"))
            i = text.find(name, i + len(name))
    return sorted(out, key=lambda p: p.start)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_quotes_on_generated_text_are_valid_and_deterministic(text: str) -> None:
    people = _persons(text)
    got = extract_quotes(text, people)
    assert got == extract_quotes(text, people)
    for q in got:
        assert 0 <= q.start < q.end <= len(text) and q.text == text[q.start : q.end]
        if q.speaker_start is not None and q.speaker_end is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
        if q.cue_start is not None and q.cue_end is not None:
            assert 0 <= q.cue_start < q.cue_end <= len(text)


names = st.lists(st.sampled_from(["Wu", "Wu Chien Fu", "Chen", "Chen Shih Chung", "Anna Berger", "Berger",
                                  "Anna", "Lin Yu Ting", "Lin"]), min_size=1, max_size=8)


@settings(max_examples=100, deadline=None)
@given(st.lists(names, min_size=1, max_size=4))
def test_story_people_keep_every_mention_once_whatever_the_order(articles: list[list[str]]) -> None:
    from newskit import Analysis, Article

    def make(k: int, ents: list[str]) -> Analysis:
        text = " ".join(ents)
        ms, pos = [], 0
        for e in ents:
            ms.append(PersonMention(start=pos, end=pos + len(e), text=e, entity=e, entity_id="x"))
            pos += len(e) + 1
        return Analysis(article=Article(id=f"a{k}", text=text), mentions=tuple(ms))

    analyses = [make(k, ents) for k, ents in enumerate(articles)]
    people = build_people(analyses)
    total = sum(len(e.mentions) for e in people)
    assert total == sum(len(ents) for ents in articles)
    assert {e.name for e in build_people(list(reversed(analyses)))} == {e.name for e in people}
