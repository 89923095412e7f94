"""newskit's bundled ``claims`` linker: attributed propositions per article.

A claim is a span (the reported clause, or the phrase that carries a denial), its
``source`` (a person, government, outlet, organisation or country, canonical), its
``stance`` (``asserts``, ``alleges``, ``denies``, ``confirms``, ``predicts``,
``reports``), its cue, the mentions it contains and, for a denial, the claim it answers.
Claims are read from the quotes plugin's QuoteMentions and from attribution
constructions (``X has alleged that ...``, ``an accusation denied by X``, ``both
countries deny ...``, ``according to X``, ``X reportedly ...``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newskit import Article, Claim, Event, Mention, Register, hookimpl
from newskit.vocabulary import SpeechCue
from newskit_claims.cues import bundled_stance_cues
from newskit_claims.extract import extract_claims

__all__ = ["ClaimsLinker"]


class ClaimsLinker:
    """Finds claims in one article (see the module docstring)."""

    name = "claims"
    provides = frozenset({"claim"})
    requires = frozenset({"quote", "person", "date", "quantity"})

    def link(self, article: Article, mentions: Sequence[Mention],
             found: Sequence[Claim | Event]) -> Iterable[Claim | Event]:
        return extract_claims(article, mentions)


@hookimpl
def newskit_register_linkers(register: Register[ClaimsLinker]) -> None:
    register(ClaimsLinker())


# the hook belongs to the quotes plugin: optional, so claims still loads without it
@hookimpl(optionalhook=True)
def newskit_register_speech_cues(register: Register[SpeechCue]) -> None:
    for cue in bundled_stance_cues():
        register(cue)
