"""The central happening told again by a verb of impact ("the train *hit* the lorry").

Outlets name a collision, a crash or a storm by its noun in one sentence ("a collision at a
level crossing") and tell how it happened by a verb of contact in another: "a passenger
train *ploughed into* a lorry", "when it *hit* the vehicle", "a storm *ripped through* its
nets", "the tanker *was struck* on its port side". The trigger lexicon reads such a verb only
after a happening's noun ("the quake hit"), so with a vehicle or a pronoun as its subject
it is in no event, or, read as an attack ("struck"), in another one. The verbs of impact are
a closed class of English (``newskit/data/impact.json``), and a verb of it stands as a verb
by its local syntax: an object, a path ("into", "through") or a result ("tore open") after
it, or a passive's form of be before it; never after a determiner ("the size of the hit"),
an infinitive's "to", a modal or a negation (not told as done).

Such a verb re-tells the central event when that event is a happening (``story.json``
``central.happenings``: a disaster, a conflict, a crime, an incident) and the verb refers
back to it: the central event is told in the verb's own sentence, or the last happening told
before it in its article (``central.causes``; a toll is no cause) is the central event's, or
its article has told none. One whose own clause dates it where the central event's mentions
exclude it stays out. As the other layers that run once the central event is chosen
(:mod:`newskit.story.act_nouns`), only dated articles are read and a new mention is undated:
it never decides which event is central nor moves its day.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from functools import cache

from newskit.model import Analysis, PersonMention
from newskit.story._common import learned_word_lists, story_data, word_lists
from newskit.story.act_words import clause_date, is_calendar_date
from newskit.story.features import Unit, covered_by, dominant_class, last_before, span_unit
from newskit.story.learned import is_learned
from newskit.story.predicate import LeadTok, sentence_index, text_tokens
from newskit.textlayer import layer

__all__ = ["attach_impacts", "impact_verbs"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "impact"
_OFFSET = 5000


@cache
def _data() -> dict[str, frozenset[str]]:
    """The closed classes of ``impact.json`` and the determiners and paths of the learned events."""
    learned = learned_word_lists()
    return {**word_lists("impact.json"), "determiners": learned["determiners"], "paths": learned["paths"]}


def _low(tok: LeadTok) -> str:
    return tok[0].lower()


def _object_follows(toks: Sequence[LeadTok], i: int) -> bool:
    """An object, a path or a result opens right after the verb at ``toks[i]``: a determiner,
    a name, an object pronoun, "into" or "through", "open" or "apart"; not a number nor a
    level ("hit 40C", "hit an all-time high": a figure's course)."""
    if i + 1 >= len(toks):
        return False
    d = _data()
    w = toks[i + 1][0]
    low = w.lower()
    if any(_low(t) in d["levels"] for t in toks[i + 1:i + 4]):
        return False
    return low in d["determiners"] or low in d["paths"] or low in d["results"] or low in d["pronouns"] \
        or (w[0].isupper() and w.isalpha())


def is_impact_verb(toks: Sequence[LeadTok], i: int) -> bool:
    """The token at ``toks[i]`` is a verb of impact told as done (the module docstring)."""
    d = _data()
    if toks[i][0] not in d["verbs"]:  # lower case only: "Hit" opens a title, not a clause
        return False
    prev = _low(toks[i - 1]) if i else ""
    if prev in d["determiners"] or prev in d["not_before"] or prev.endswith(("n't", "n’t")) \
            or any(_low(t) in d["negations"] for t in toks[max(0, i - 3):i]):
        return False
    return prev in d["passive"] or _object_follows(toks, i)


def impact_verbs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every verb of impact told as done in ``text``."""
    toks = text_tokens(text)
    return [(toks[i][1], toks[i][2]) for i in range(len(toks)) if is_impact_verb(toks, i)]


def _person_before(a: Analysis, start: int) -> bool:
    """A person's name is the verb's subject ("Minister Sunita Rawal slammed the claims"): a
    person hits by words, not by impact."""
    return any(isinstance(m, PersonMention) and 0 <= start - m.end <= 2 for m in a.mentions)


def _own_date(a: Analysis, start: int) -> str | None:
    """The date of the verb's own clause (:func:`newskit.story.act_words.clause_date`), else
    the last calendar date its sentence gives before it ("In 2023, six people died when their
    minibus hit a mine": an earlier happening)."""
    when = clause_date(a, start)
    if when is not None:
        return when
    text = a.article.text
    sent = layer(text).sentence_at(start)
    if sent is None:
        return None
    dates = [m for m in a.mentions if is_calendar_date(m) and sent.start <= m.start < start]
    return max(dates, key=lambda m: m.start).value if dates else None


def _refers_back(mine: Sequence[Unit], start: int, sentence: int, central: Set[tuple[str, int, int]]) -> bool:
    """The central event is told in the verb's sentence, or the last happening its article
    tells before it (``mine``: the article's mentions of a causing class, in text order) is
    the central event's, or there is none."""
    if any(u.key in central and u.sentence_index == sentence for u in mine):
        return True
    last = last_before(mine, start)
    return last is None or last.key in central


def attach_impacts(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                   excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with every verb of impact that re-tells the central happening
    (``clusters[0]``, the module docstring) in it: a mention another cluster holds moves, a
    verb no mention covers becomes one (a word the story learned outside the central event
    gives way to it)."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    cls = dominant_class(host, lambda u: not is_learned(u))
    if cls not in story_data()["central"]["happenings"]:
        return [host, *(list(c) for c in clusters[1:])]
    central = {u.key for u in host}
    causes = frozenset(story_data()["central"]["causes"])
    every = sorted((u for c in clusters for u in c if u.key in central or not is_learned(u)), key=lambda u: u.key)
    told = [u for u in every if u.source.type in causes]
    moved: set[tuple[str, int, int]] = set()
    added: list[Unit] = []
    for a in analyses:
        if a.article.published_date is None:
            continue
        text, art = a.article.text, a.article.id
        mine = [u for u in told if u.ref.article == art]
        k = len(a.events) + _OFFSET
        for s, e in impact_verbs(text):
            if _person_before(a, s) or not _refers_back(mine, s, sentence_index(text, s), central):
                continue
            probe = span_unit(a, s, e, event_id="", kind=cls, event=k, when=_own_date(a, s))
            if probe.source.when is not None and any(excluded(probe, v) for v in host):
                continue
            holders = [u for u in every if u.ref.article == art and u.ref.start < e and s < u.ref.end]
            if holders:
                moved.update(u.key for u in holders if u.key not in central)
                continue
            added.append(span_unit(a, s, e, event_id=f"{art}:{_TAG}:learned:{s}", kind=cls, event=k))
            k += 1
    given_way = covered_by(added)
    host.extend(u for c in clusters[1:] for u in c if u.key in moved)
    rest = [[u for u in c if u.key not in moved and not given_way(u.ref.article, u.ref.start, u.ref.end)]
            for c in clusters[1:]]
    return [[*host, *added], *(r for r in rest if r)]
