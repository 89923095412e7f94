"""Per-article claims: attributed propositions read from quotes and attribution
constructions, each with its source, stance, cue and the mentions it contains."""

from __future__ import annotations

from collections.abc import Sequence

from newskit import Article, Claim, Mention, PersonMention, QuantityMention, QuoteMention
from newskit.actors import ActorIndex, find_actors
from newskit.textlayer import layer
from newskit_claims.candidate import Candidate
from newskit_claims.constructions import construction_candidates
from newskit_claims.figures import split_at_figures
from newskit_claims.merge import merge_candidates
from newskit_claims.narration import narration_candidates
from newskit_claims.quoted import quote_candidates
from newskit_claims.records import to_claims
from newskit_claims.sources import resolve_sources
from newskit_claims.stance import read_stance

__all__ = ["extract_claims"]


def extract_claims(article: Article, mentions: Sequence[Mention]) -> list[Claim]:
    """The article's claims: candidates from quotes and constructions, merged where they
    overlap, split at figures, their sources resolved, each turned into a ``Claim``."""
    text = article.text
    if not text.strip():
        return []
    # the layer's own sentences, not a list of them: a long article's are a pair of arrays
    # there (``SpanArray``), and a list held a span and two numbers a sentence for the run
    sents = layer(text).sentences
    persons = [m for m in mentions if isinstance(m, PersonMention)]
    quotes = [m for m in mentions if isinstance(m, QuoteMention)]
    quantities = [m for m in mentions if isinstance(m, QuantityMention)]
    actors = ActorIndex(find_actors(text, persons, names=False))
    kept = merge_candidates(text, quote_candidates(text, quotes, actors),
                            construction_candidates(text, sents, actors) + narration_candidates(article, sents))
    qstarts = [q.start for q in quantities]
    split: list[Candidate] = []
    for c in sorted(kept, key=lambda c: (c.start, c.end)):
        split.extend(split_at_figures(text, c, quantities, qstarts))
    split.sort(key=lambda c: (c.start, c.end))
    stances = {id(c): read_stance(text, c) for c in split}
    targets = resolve_sources(text, split, persons, stances)
    return to_claims(article, mentions, sents, split, stances, targets)
