"""The central act told by another outlet's near-synonym: "freed" beside "released", "the
blockade" beside "blocked", "declined" beside "refused", "the stoppage" beside "halted".

Outlets tell one act each in their own words, and a verb or noun of another word family
than the central event's is no family's mention (story/central.py ``linked``), so nothing
asked whether it is one with the news. Which words name one act is English, not the
stories': WordNet's synonym sets of each word's usual senses
(:func:`newskit.story.act_synonyms.synonym_groups`, the resource story/act_synonyms.py
reads definite nouns by). A mention whose word shares such a set with a word the central
event tells its act by (:func:`newskit.story.act_nouns.act_words`) tells that act when its
participants agree: its article event shares a participant with the central event, or its
article already tells the central event (an outlet that says "released" does not tell
another release as "freed" two sentences on), and nothing sets it apart
(:func:`newskit.story.central.kept_apart`: a toll or report, told only as possible, a
participant of its own, another time or place by most of the central event's mentions), nor
a time that ended over a month before its article was published, or a time or place that
excludes one of the central event's lead mentions ("last lifted its tolls in March 2024" in news of March 2026: an
earlier act of the same kind, though most central mentions state only a place that
agrees). The events plugin's class of the synonym may differ from the news' ("revolt"
beside "riot"): the shared synonym set says the act is one, so a class that cannot be one
happening sets no synonym apart.
The mention's whole article event joins. Only in dated news: an undated collection (ECB+
topics) holds two similar happenings, which synonyms would merge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newskit.story.act_nouns import act_words
from newskit.story.act_synonyms import synonym_groups
from newskit.story.central import kept_apart
from newskit.story.features import Unit, shared_who
from newskit.timex import interval

__all__ = ["attach_synonym_acts", "synonymous"]

#: a time that ended this many days before its article was published is no news of it
_PAST_DAYS = 31


def synonymous(word: str, groups: frozenset[int]) -> bool:
    """``word`` (one word, any inflection) shares a synonym set with ``groups``."""
    return word.isalpha() and bool(synonym_groups(word.lower()) & groups)


def attach_synonym_acts(clusters: list[list[Unit]], excluded: Callable[[Unit, Unit], bool]
                        ) -> list[list[Unit]]:
    """The central cluster ``clusters[0]`` with every article event of another cluster that
    tells its act by a near-synonym and agrees with it (module docstring); the rest after it.
    ``excluded``: two mentions whose times or places exclude each other."""
    if len(clusters) < 2:
        return clusters
    host = clusters[0]
    if not all(u.published for c in clusters for u in c):
        return clusters
    groups = frozenset(g for w in act_words(host) for g in synonym_groups(w))
    if not groups:
        return clusters
    families = {u.family for u in host}
    articles = {u.ref.article for u in host}
    joined = list(host)
    rest: list[list[Unit]] = []
    for c in clusters[1:]:
        moved = _synonym_events(c, host, groups, families, articles, excluded)
        joined.extend(u for u in c if (u.ref.article, u.event) in moved)
        if left := [u for u in c if (u.ref.article, u.event) not in moved]:
            rest.append(left)
    return [joined, *rest]


def _synonym_events(units: Sequence[Unit], host: Sequence[Unit], groups: frozenset[int], families: set[str],
                    articles: set[str], excluded: Callable[[Unit, Unit], bool]) -> set[tuple[str, int]]:
    """The article events of ``units`` with a near-synonym of the central act that agree
    with the central event ``host`` and that nothing sets apart from it."""
    events: dict[tuple[str, int], list[Unit]] = {}
    for u in units:
        events.setdefault((u.ref.article, u.event), []).append(u)
    out: set[tuple[str, int]] = set()
    leads = [v for v in host if v.lead]
    for key, told in events.items():
        if not any(u.family not in families and synonymous(u.ref.text, groups) for u in told):
            continue
        agree = key[0] in articles or any(shared_who(u, v) for u in told for v in host)
        if any(_done_before(u) or excluded(u, v) for u in told for v in leads):
            continue  # "last lifted its tolls in March 2024": the same act, done before
        if agree and kept_apart(told, host, excluded) in (None, "class"):
            out.add(key)
    return out


def _done_before(u: Unit) -> bool:
    """The mention states a time that ended over a month before its article was published:
    the same act done before ("last lifted its tolls in March 2024"). A day of the week
    near the news may be another step's ("emerging on Wednesday from the snowstorm"), so
    only a time long past sets a synonym apart."""
    if not u.source.when:
        return False
    iv, pub = interval(u.source.when), interval(u.published)
    return iv is not None and pub is not None and (pub[0] - iv[1]).days > _PAST_DAYS
