"""The setting of another happening is not the news (story/settings.py, story/central.py):
"a man was stabbed at a jazz concert" names where the stabbing happened, so an outlet that
leads with the concert only there does not lead with it. Sentences from a stabbing at a
concert, a derby's violence, a wildlife smuggling case and a power cut, written for these
tests."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import candidates, central_index
from newskit.story.features import Unit, family, lemma
from newskit.story.settings import setting_keys, setting_preposition


def _unit(article: str, text: str, word: str, cls: str, nth: int = 0, lead: bool = True) -> Unit:
    """The mention of ``word`` (its ``nth`` occurrence) in ``text``."""
    m = list(regex.finditer(rf"\b{regex.escape(word)}\b", text))[nth]
    ref = SpanRef(article=article, start=m.start(), end=m.end(), text=word)
    source = Event(id=f"{article}:{m.start()}", type=cls, trigger=word, mentions=(ref,))
    return Unit(key=(article, m.start(), m.end()), ref=ref, source=source, event=m.start(),
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=lead,
                sentence=(), doc=(), published="2026-05-10")


def _settings(text: str, *words: tuple[str, str]) -> set[str]:
    units = [_unit("a", text, w, cls) for w, cls in words]
    keys = setting_keys(units, {"a": text})
    return {u.ref.text for u in units if u.key in keys}


def test_the_place_of_a_stabbing_is_its_setting() -> None:
    text = "A man was stabbed at a crowded jazz concert in Leeds on Saturday night."
    assert _settings(text, ("stabbed", "violence"), ("concert", "performance")) == {"concert"}


def test_the_occasion_of_violence_after_an_object_is_its_setting() -> None:
    text = "Rival fans threw flares at police during Sunday's derby, injuring two officers."
    assert _settings(text, ("threw", "conflict"), ("derby", "contest")) == {"derby"}


def test_what_a_noun_of_act_is_of_is_its_setting() -> None:
    text = "Customs officers announced the seizure of a shipment of pangolin scales."
    assert _settings(text, ("seizure", "legal"), ("shipment", "transfer")) == {"shipment"}


def test_of_after_another_word_is_no_setting() -> None:
    """"of" completes the noun right before it: here "accused", not the seizure."""
    text = "The seizure came after police accused the exporter of fraud."
    assert _settings(text, ("seizure", "legal"), ("fraud", "crime")) == set()


def test_the_cause_of_a_toll_is_the_news_not_a_setting() -> None:
    text = "Two elderly residents died during Monday's power cut, the city said."
    assert _settings(text, ("died", "violence"), ("cut", "disaster")) == set()


def test_a_time_or_a_verb_after_the_preposition_makes_no_phrase() -> None:
    text = "The regulator met on Monday and suspended the licence of the operator."
    assert _settings(text, ("met", "meeting"), ("suspended", "decision")) == set()
    assert setting_preposition(text, text.index("suspended")) is None


def test_another_clause_keeps_the_phrase_apart() -> None:
    text = "The stabbing shocked the city, and at the concert hall a vigil was held."
    assert _settings(text, ("stabbing", "violence"), ("vigil", "meeting")) == set()


def _story() -> tuple[list[list[Unit]], dict[str, str | None], dict[str, str]]:
    texts = {"a": "A man was stabbed at a jazz concert in Leeds. Police said the concert was sold out.",
             "b": "Police are hunting a man who stabbed a fan at a concert in Leeds on Saturday.",
             "c": "A 24-year-old man was stabbed at the Northern Lights concert in Leeds."}
    stab = [_unit(a, t, "stabbed", "violence") for a, t in texts.items()]
    concert = [_unit("a", texts["a"], "concert", "performance"), _unit("a", texts["a"], "concert", "performance", 1),
               _unit("b", texts["b"], "concert", "performance"), _unit("c", texts["c"], "concert", "performance")]
    return [concert, stab], dict.fromkeys(texts), texts


def test_an_event_led_with_only_as_a_setting_yields_to_the_news() -> None:
    clusters, titles, texts = _story()
    settings = setting_keys([u for c in clusters for u in c], texts)
    events = [c[0].source for c in clusters]
    ranked = dict(candidates(clusters, events, titles, settings=settings))
    assert ranked[0].yields and not ranked[1].yields
    assert central_index(clusters, events, titles, settings=settings) == 1


def test_without_the_settings_the_concert_does_not_yield() -> None:
    clusters, titles, _ = _story()
    ranked = dict(candidates(clusters, [c[0].source for c in clusters], titles))
    assert not ranked[0].yields


_WORDS = st.sampled_from(["the", "a", "at", "on", "of", "during", "rally", "fire", "opened", "crowd", "Monday",
                          ",", "and", "shipment", "seizure", "killed", "in"])


@given(words=st.lists(_WORDS, min_size=2, max_size=14), picks=st.lists(st.integers(0, 13), min_size=1, max_size=4))
def test_settings_are_mentions_and_need_a_word_of_another_family(words: list[str], picks: list[int]) -> None:
    text = " ".join(words)
    chosen = sorted({p for p in picks if p < len(words) and words[p][0].isalpha()})
    units = [_unit("a", text, words[p], "incident", words[:p].count(words[p])) for p in chosen]
    units = list({u.key: u for u in units}.values())
    keys = setting_keys(units, {"a": text})
    assert keys <= {u.key for u in units}
    if len({u.family for u in units}) <= 1:
        assert not keys
