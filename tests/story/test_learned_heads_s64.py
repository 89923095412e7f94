"""A word the story learned as a happening's noun names it only where it heads its phrase
(story/learned.py ``learned_units``): before a noun it modifies that noun (``the logging
company``, ``hiccup reports``), and an -ing form before a noun takes it as its object
(``logging hardwood``). A verb of declaring with ``as`` after its object classes the object
(``declare the cobalt as Zambian``), which declares no state. Invented sentences (session 64)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.events import story_units
from newskit.story.learned import _before_noun, frame_heads, learned_units


def _learned(pipeline: Pipeline, arts: list[dict[str, str]], word: str) -> list[str]:
    """The text after each learned unit of ``word``, a few characters, in article order."""
    run = [pipeline.run(Article.from_dict(a)) for a in arts]
    texts = {a.article.id: a.article.text for a in run}
    got = [u for u in learned_units(run, story_units(run)) if u.ref.text.lower() == word]
    return [texts[u.ref.article][u.ref.start:u.ref.end + 12] for u in sorted(got, key=lambda u: u.key)]


def test_a_learned_word_before_a_noun_it_modifies_is_no_mention(pipeline: Pipeline) -> None:
    arts = [
        {"id": "g1", "published": "2026-03-04",
         "text": "Card payments failed across Portugal on Tuesday after a hiccup at the clearing house.\n"
                 "The hiccup reports piled up within minutes, the central bank said."},
        {"id": "g2", "published": "2026-03-04",
         "text": "Shops in Porto turned customers away as the hiccup spread.\n"
                 "A second hiccup two weeks ago had lasted an hour, and the hiccup also hit cash machines."},
    ]
    got = _learned(pipeline, arts, "hiccup")
    assert not any(g.startswith("hiccup reports") for g in got)
    assert any(g.startswith("hiccup at") for g in got)
    assert any(g.startswith("hiccup spread") for g in got)
    assert any(g.startswith("hiccup two") for g in got)  # a number after it: the phrase ended
    assert any(g.startswith("hiccup also") for g in got)  # an adverb after it: the phrase ended


def test_an_ing_form_before_a_noun_names_no_happening_there(pipeline: Pipeline) -> None:
    """``over logging in the reserve``: what the arrest answers, a happening; ``the logging
    company`` and ``logging hardwood`` are a modifier and a verb with its object."""
    arts = [
        {"id": "l1", "published": "2026-09-15", "title": "Sawmill owner held over logging in reserve",
         "text": "Federal police in Manaus on Tuesday arrested the owner of a logging company over logging "
                 "in the Tapauá reserve.\nHe is accused of logging hardwood worth 12 million reais."},
        {"id": "l2", "published": "2026-09-16",
         "text": "The arrest of the logging company owner was the third this year, prosecutors said.\n"
                 "Logging permits in the state are under review."},
    ]
    got = _learned(pipeline, arts, "logging")
    assert got and all(g.startswith("logging in") for g in got)


def test_what_is_declared_to_be_something_is_no_state() -> None:
    heads = [w for w, _, _ in frame_heads("Brokers declare raw cobalt as Zambian at the border post.")]
    assert heads == []
    heads = [w for w, _, _ in frame_heads("The governor declared a drought emergency in four districts.")]
    assert heads == ["emergency"]


_NOUNS = st.sampled_from(["company", "permits", "reports", "crews", "barriers", "season", "warnings"])
_ENDERS = st.sampled_from(["next", "also", "again", "two", "late", "anyone", "cost", "set", "north", "in", "at", "was",
                           "had", "and"])
_WORDS = st.sampled_from(["hiccup", "snarl", "derecho", "logging", "squall"])


@given(_WORDS, _NOUNS)
def test_a_word_before_a_lower_case_noun_modifies_it(word: str, noun: str) -> None:
    text = f"Officials said the {word} {noun} were checked."
    start = text.index(word)
    assert _before_noun(text, start, start + len(word))


@given(_WORDS, _ENDERS)
def test_a_word_before_an_adverb_a_number_or_a_closed_class_word_heads_its_phrase(word: str, ender: str) -> None:
    text = f"Officials said the {word} {ender} hit the north."
    start = text.index(word)
    assert not _before_noun(text, start, start + len(word))


def test_a_plural_heads_its_phrase() -> None:
    """The first noun of a compound is singular: a plural before a word is a subject or
    a head with its participle."""
    text = "Two squalls involving hail hit the coast."
    assert not _before_noun(text, 4, 11)
    text = "Officials said such squalls happen every spring."
    assert not _before_noun(text, text.index("squalls"), text.index("squalls") + 7)
    text = "The squall warning came late."
    assert _before_noun(text, 4, 10)


def test_a_verb_a_force_of_nature_did_keeps_its_object(pipeline: Pipeline) -> None:
    """What a force of nature did is learned as a verb (``participant_verbs``), object and
    all: a noun after the verb is its object, so the modifier test is for nouns only."""
    arts = [
        {"id": "f1", "published": "2026-11-02", "title": "Floodwaters swamp Ebro villages",
         "text": "Floodwaters swamped farmhouses along the lower Ebro on Sunday, regional officials said."},
        {"id": "f2", "published": "2026-11-02", "title": "Ebro floodwaters rise",
         "text": "Floodwaters cut roads near Tortosa on Sunday after the deluge.\nNo injuries were reported."},
    ]
    run = [pipeline.run(Article.from_dict(a)) for a in arts]
    got = {u.ref.text for u in learned_units(run, story_units(run))}
    assert "swamped" in got


def test_a_compound_with_a_general_head_names_the_learned_happening() -> None:
    """``strike action`` is the strike, ``a smog emergency`` the smog: the head names no kind."""
    text = "Unions called a day of stoppage action across the ports."
    start = text.index("stoppage")
    assert not _before_noun(text, start, start + len("stoppage"))
    text = "The governor declared a haze emergency in Riau."
    assert not _before_noun(text, text.index("haze"), text.index("haze") + 4)
    text = "The haze season began early."
    assert _before_noun(text, 4, 8)
