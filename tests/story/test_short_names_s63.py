"""Session 63 (issue #10): a body's whole name may join its capitalised words with a name
particle of another language (``Banco Ribeira do Sul``, ``Aguas de Tolima``, ``Fonderia della
Valle``): ``Banco Ribeira said ...`` after it is the whole name, as ``Harwell`` after
``Harwell Container Terminals`` is. A particle not followed by a capitalised word is no part
of the name, nor is English ``of``. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import grammar
from newskit.actors import calendar_words
from newskit.model import Analysis, Article, Claim
from newskit.story.short_names import introduced_source_names


def _claim(source: str, kind: str = "organisation") -> Claim:
    return Claim(article="a", start=0, end=1, text="x", source=source, stance="denies", source_type=kind)


def _articles(*texts: str) -> list[Analysis]:
    return [Analysis(article=Article(id=f"a{k}", text=t)) for k, t in enumerate(texts)]


_FINE = ("The regulator fined Banco Ribeira do Sul 3 million reais on Monday. Banco Ribeira denied any "
         "wrongdoing.")
_WIRE = "Customers queued outside branches of Banco Ribeira do Sul. Banco Ribeira said deposits were safe."


def test_a_name_joined_by_a_particle_is_the_whole_name_of_its_short_form() -> None:
    got = introduced_source_names([_claim("Banco Ribeira"), _claim("regulator")], _articles(_FINE, _WIRE))
    assert [c.source for c in got] == ["Banco Ribeira do Sul", "regulator"]


def test_two_particles_join_a_name_and_a_particle_before_no_capital_does_not() -> None:
    text = "Workers of Fonderia de la Valle walked out. Fonderia said the talks would resume."
    got = introduced_source_names([_claim("Fonderia")], _articles(text))
    assert got[0].source == "Fonderia de la Valle"
    plain = "Workers of Fonderia de la fabbrica walked out. Fonderia said the talks would resume."
    assert introduced_source_names([_claim("Fonderia")], _articles(plain))[0].source == "Fonderia"


def test_english_of_is_no_particle() -> None:
    text = "Kestrel of Harbour Town was fined on Monday. Kestrel said it would appeal."
    assert introduced_source_names([_claim("Kestrel")], _articles(text))[0].source == "Kestrel"


_NEVER = {w.lower() for w in calendar_words()} | grammar.DETERMINERS | grammar.SUBJECT_PRONOUNS


@given(st.sampled_from(["de", "del", "da", "dos", "van", "von", "di"]),
       st.from_regex(r"\A[A-Z][a-z]{2,9}\Z").filter(lambda w: w.lower() not in _NEVER))
def test_a_particle_and_a_capitalised_word_go_on_the_name(particle: str, word: str) -> None:
    text = f"Police searched the offices of Grupo Ventura {particle} {word} on Friday. Grupo Ventura denied it."
    got = introduced_source_names([_claim("Grupo Ventura")], _articles(text))
    assert got[0].source == f"Grupo Ventura {particle} {word}"
