"""A stream of articles about many events, grouped into stories.

Why incremental: a day's feed holds 10^4-10^6 articles; comparing all pairs is out of the
question, and news about one event arrives within days. So the stream is read once, in
its order (feed it in time order), and each article is compared only with the stories
still *open*: those that gained an article within ``window_days`` of the stream's clock
(the latest publication date seen) and within ``window_articles`` articles (the clock
of an undated stream). A story that falls out of the window is final and is handed on at
once, so memory holds the open window, not the stream.

What is compared: what newskit extracted. An article is a sparse vector of people
(canonical names), places (its events' places and their countries), event classes, full
dates, and key terms (content words), each weighted by its kind, by ``1 + log(count)``
and by how rare it is in the stream so far (document frequencies counted as the stream
goes, halved now and then so they follow the news and stay small). An article joins the
open story whose centroid is most similar to it (cosine) when that reaches
``threshold``, else it starts a story. Candidates come from an inverted index, and a
feature shared by more than ``max_postings`` open stories is too common to look up: the
cost per article is bounded, and the whole run is linear in the stream.

Early decisions are revisited when a story closes (its window passed, or the stream
ended), since its evidence is then complete: the story is re-clustered from its articles
up, each weighed with the rarities counted by then, and split where its parts are not
alike on average; the closing stories join one another (or a story still open) by average
linkage, the closest pair first; and each article moves to the closing story it is most
alike to on average. An article joins the story that is best *when it comes*, before the
stories it belongs with have formed; the closing passes make the result depend little on
the order of the stream (:meth:`StoryGrouper._settle`). The work is bounded by the
closing stories' sizes and their neighbours in the inverted index.

Memory per story is bounded too: a story that reaches ``max_story_articles`` hands its
articles on as one part (built and written at once, ids ``s5``, ``s5.2``...) and stays
open with its centroid only; a story that has handed on a part is not split nor its
articles moved when it closes (the parts are written already).

Deterministic: the same stream in the same order gives the same stories (ties go to the
older story). Each group is then built exactly as ``newskit story`` builds one:
:func:`newskit.story.build_story`.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

import regex
from attrs import frozen

from newskit.datafiles import package_json
from newskit.model import Analysis, DateMention, PersonMention, Story
from newskit.story import build_story
from newskit.story.cluster import average_linkage
from newskit.workers import Job, JobFailed, WorkerPool

__all__ = ["GroupingOptions", "StoryGrouper", "article_features", "build_stories", "group_stories"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{N}]*(?:[-'’]\p{L}+)*")
_NON_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_FULL_DATE = regex.compile(r"^\d{4}-\d{2}-\d{2}")
_OPENERS = frozenset("\"'“‘([«-–—")
_QUOTE_OPENERS = frozenset("\n\"“‘«")
_SENTENCE_ENDS = frozenset(".!?:;…")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "stories.json")
    return data


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(_data()["stopwords"])


def _key(s: str) -> str:
    return str(_NON_ALNUM.sub("", s.casefold()))


@frozen(kw_only=True)
class GroupingOptions:
    """How stories are grouped.

    Attributes:
        threshold: the cosine similarity an article needs to join a story.
        window_days: a story stays open this many days after its latest article.
        window_articles: ...and this many articles of the stream (undated streams).
        max_features: features kept per article (the heaviest).
        max_centroid: features kept per story centroid (the heaviest).
        max_postings: a feature in more open stories than this is not looked up.
        decay_every: document frequencies are halved every this many articles.
        merge_threshold: open stories whose centroids grow this alike (cosine) are
            joined, the younger into the older (None: never); a story's centroid is
            steadier evidence than its first article was when it started the story.
        merge_every: articles between two passes that look for stories to join.
        link_threshold: before a story closes, it joins the open story whose articles
            are this alike to its own on average (mean cosine over every pair; None:
            never): a closing story's evidence is complete (:meth:`StoryGrouper._settle`).
        split_max_articles: a closing story of more articles than this is not split
            again (None: any size); the split compares every pair of its articles.
        max_story_articles: a story that holds this many articles hands them on as one
            part (``s5``, then ``s5.2``...) and goes on with its centroid only (None or 0:
            never), so a story that grows all week does not hold every analysis.
        prior_documents: documents assumed seen before the stream, in which no feature
            occurred: at the start of a stream a handful of articles cannot tell a
            common word from a rare one, so rarity only counts as evidence builds up.
        common_word_weight: the weight of a word the article does not write as a name,
            relative to one it does (:func:`article_features`). Below 1, stories of one
            kind that run in the same days (two floods, three blackouts) stay apart
            better, since what they share is common words ("killed", "rescuers"); 1 (the
            default) keeps ECB+ topic grouping, which asks to join two events of a kind,
            at its goal (docs/accuracy.md).
    """

    threshold: float = 0.12
    window_days: int = 7
    window_articles: int = 20_000
    max_features: int = 100
    max_centroid: int = 300
    max_postings: int = 64
    decay_every: int = 50_000
    prior_documents: float = 200.0
    merge_threshold: float | None = 0.2
    merge_every: int = 250
    link_threshold: float | None = 0.03
    split_max_articles: int | None = 200
    max_story_articles: int | None = 1000
    common_word_weight: float = 1.0


def article_features(a: Analysis, window_days: int | None = None,
                     common_word_weight: float = 1.0) -> dict[str, float]:
    """Kind-weighted counts of what the article is about, keyed ``kind:value``.

    With ``window_days``, a full date within that many days of the article's publication
    is left out: the grouping window already keeps only stories of those days together,
    and every story of those days has them (a feed's articles of one day all say that
    day), so such a date tells the days, not the story; a date further off (a trial set for
    next month, the anniversary of a disaster) is as specific as a name. A word the text
    does not write as a name (:func:`_names`) weighs ``common_word_weight`` times a name."""
    weights: Mapping[str, float] = _data()["weights"]
    counts: dict[str, float] = {}
    scale: dict[str, float] = {}
    day = a.article.published_date if window_days is not None else None

    def add(kind: str, value: str | None, factor: float = 1.0) -> None:
        k = _key(value or "")
        if k:
            f = f"{kind}:{k}"
            counts[f] = counts.get(f, 0.0) + 1.0
            scale[f] = weights[kind] * factor

    for m in a.mentions:
        if isinstance(m, PersonMention) and not m.author:
            add("person", m.entity or m.text)
        elif isinstance(m, DateMention) and m.type == "DATE" and _FULL_DATE.match(m.value):
            if not _near(m.value[:10], day, window_days):
                add("date", m.value[:10])
    for e in a.events:
        add("event", e.type)
        add("place", e.where)
        if e.country != e.where:
            add("place", e.country)
    names = _names(a.article.text)
    stop = _stopwords()
    for text in (a.article.title or "", a.article.text):
        for w in _WORD.findall(text):
            if len(w) > 2 and w.casefold() not in stop:
                add("term", w, 1.0 if _key(w) in names else common_word_weight)
    return {f: scale[f] * (1.0 + math.log(c)) for f, c in counts.items()}


def _names(text: str) -> frozenset[str]:
    """The words ``text`` writes with a capital where no sentence starts, and never in
    lower case: names of places, people, organisations, ships... A name is specific to
    one story; a common word ("killed", "rescuers", "outage") is shared by every story of
    its kind, and news of one kind runs in the same days."""
    capital: set[str] = set()
    lower: set[str] = set()
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].islower():
            lower.add(_key(w))
        elif w[0].isupper() and not _starts_sentence(text, m.start()):
            capital.add(_key(w))
    return frozenset(capital - lower)


def _starts_sentence(text: str, i: int) -> bool:
    """Whether the word at ``i`` opens a sentence, line or quotation (a capital there
    says nothing about the word)."""
    j = i - 1
    while j >= 0 and (text[j].isspace() or text[j] in _OPENERS):
        if text[j] in _QUOTE_OPENERS:
            return True
        j -= 1
    return j < 0 or text[j] in _SENTENCE_ENDS


def _near(value: str, day: dt.date | None, window_days: int | None) -> bool:
    """Whether the ISO date ``value`` lies within ``window_days`` of ``day``."""
    if day is None or window_days is None:
        return False
    try:
        return abs((dt.date.fromisoformat(value) - day).days) <= window_days
    except ValueError:
        return False


class _Open:
    """An open story: its members not yet handed on, its size (every article it took,
    handed on or not), centroid, parts handed on, and when it last grew."""

    __slots__ = ("centroid", "index", "last_day", "last_seen", "members", "norm", "parts", "sid", "size")

    def __init__(self, sid: str, index: int) -> None:
        self.sid = sid
        self.index = index
        self.members: list[Analysis] = []
        self.size = 0
        self.parts = 0
        self.centroid: dict[str, float] = {}
        self.norm = 0.0
        self.last_day: dt.date | None = None
        self.last_seen = 0


class StoryGrouper:
    """Incremental grouping of a stream of analyses into stories (see the module doc).

    ``add`` takes the next analysis and returns the stories it closed; ``finish``
    returns the rest. Stories are ``(id, members)`` with members in stream order.
    """

    def __init__(self, options: GroupingOptions | None = None) -> None:
        self.options = options or GroupingOptions()
        self._open: dict[str, _Open] = {}
        self._postings: dict[str, dict[str, None]] = {}
        self._df: dict[str, float] = {}
        self._n = 0.0
        self._seen = 0
        self._made = 0
        self._today: dt.date | None = None
        self._dirty: dict[str, None] = {}  # stories grown since the last merge pass
        self._full: list[tuple[str, list[Analysis]]] = []  # parts handed on, not yet returned
        self._today_vectors: dict[int, dict[str, float]] = {}  # id(analysis) -> vector, while settling

    # ------------------------------------------------------------------ features

    def _features(self, a: Analysis) -> dict[str, float]:
        return article_features(a, self.options.window_days, self.options.common_word_weight)

    def _vector(self, raw: dict[str, float]) -> dict[str, float]:
        """tf-idf over the stream so far, the heaviest features, unit length."""
        self._n += 1
        for f in raw:
            self._df[f] = self._df.get(f, 0.0) + 1.0
        return self._weigh(raw)

    def _weigh(self, raw: Mapping[str, float]) -> dict[str, float]:
        """The vector of ``raw`` with today's rarities: the heaviest features, unit length."""
        n = self._n + self.options.prior_documents
        vec = {f: w * math.log(n / max(self._df.get(f, 1.0), 1.0)) for f, w in raw.items()}
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[: self.options.max_features]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        return {f: w / norm for f, w in top if w > 0}

    def _decay(self) -> None:
        self._n /= 2.0
        self._df = {f: c / 2.0 for f, c in self._df.items() if c >= 1.0}

    # ------------------------------------------------------------------ matching

    def _best(self, vec: dict[str, float], day: dt.date | None) -> _Open | None:
        scores: dict[str, float] = {}
        for f, w in vec.items():
            post = self._postings.get(f)
            if not post or len(post) > self.options.max_postings:
                continue
            for sid in post:
                scores[sid] = scores.get(sid, 0.0) + w * self._open[sid].centroid[f]
        best: _Open | None = None
        best_score = self.options.threshold
        for sid, s in scores.items():
            story = self._open[sid]
            cos = s / story.norm if story.norm else 0.0
            if cos < best_score or not self._in_window(story, day):
                continue
            if best is None or cos > best_score or story.index < best.index:
                best, best_score = story, cos
        return best

    def _in_window(self, story: _Open, day: dt.date | None) -> bool:
        if day is None or story.last_day is None:
            return True
        return abs((day - story.last_day).days) <= self.options.window_days

    def _join(self, story: _Open, a: Analysis, vec: dict[str, float], day: dt.date | None) -> None:
        story.members.append(a)
        story.size += 1
        self._hand_on(story)
        story.last_seen = self._seen
        if day is not None and (story.last_day is None or day > story.last_day):
            story.last_day = day
        self._add_centroid(story, vec)

    def _add_centroid(self, story: _Open, vec: Mapping[str, float]) -> None:
        self._dirty[story.sid] = None
        c = story.centroid
        for f, w in vec.items():
            if f not in c:
                self._postings.setdefault(f, {})[story.sid] = None
            c[f] = c.get(f, 0.0) + w
        if len(c) > 2 * self.options.max_centroid:
            keep = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[: self.options.max_centroid]
            for f in set(c) - {f for f, _ in keep}:
                self._unpost(f, story.sid)
            story.centroid = c = dict(keep)
        story.norm = math.sqrt(sum(w * w for w in c.values()))

    # ------------------------------------------------------------------ merging

    def _merge_pass(self) -> None:
        """Join each story grown since the last pass to the most similar older open
        story, when their centroids reach ``merge_threshold``."""
        dirty, self._dirty = self._dirty, {}
        if self.options.merge_threshold is None:
            return
        for sid in sorted(dirty, key=lambda k: int(k[1:])):
            story = self._open.get(sid)
            other = self._most_similar(story) if story is not None else None
            if story is not None and other is not None:
                self._absorb(other, story)

    def _most_similar(self, story: _Open) -> _Open | None:
        top = sorted(story.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:30]
        scores: dict[str, float] = {}
        for f, w in top:
            post = self._postings.get(f)
            if not post or len(post) > self.options.max_postings:
                continue
            for sid in post:
                if sid != story.sid:
                    scores[sid] = scores.get(sid, 0.0) + w * self._open[sid].centroid[f]
        best: _Open | None = None
        best_cos = self.options.merge_threshold or 0.0
        for sid, s in scores.items():
            other = self._open[sid]
            cos = s / (story.norm * other.norm) if story.norm and other.norm else 0.0
            if cos < best_cos or not self._in_window(other, story.last_day):
                continue
            if best is None or cos > best_cos or other.index < best.index:
                best, best_cos = other, cos
        return best

    def _settle(self, closing: list[_Open]) -> list[_Open]:
        """Before stories close, each is split where its parts are not alike
        (:meth:`_split`), then a last merge by average linkage, the closest pair first:
        a closing story joins another open story (or another closing one) while the mean
        similarity of their articles (:meth:`_linkage`) reaches ``link_threshold``; then
        each article of the stories that close may move to a closing story it is more
        alike to (:meth:`_reassign`). A closing story's evidence is complete, so this pass
        can ask less of each pair than the join of one article to a young story; it finds
        the articles of one story that the stream's order split (a second article that
        came before the evidence linking it to the first). A pair is scored again when it
        comes off the heap if one of the two grew since it was pushed. Returns the stories
        of ``closing`` that still close (an absorbed one is gone; one that joined a story
        still open stays open)."""
        threshold = self.options.link_threshold
        if threshold is None or not closing:
            return closing
        self._today_vectors = {}
        closing = [piece for story in closing for piece in self._split(story, threshold)]
        stale = {s.sid for s in closing}
        heap: list[tuple[float, int, int, str, str]] = []
        for story in closing:
            self._push_links(story, threshold, heap)
        while heap:
            neg, i, j, a, b = heapq.heappop(heap)
            if a not in self._open or b not in self._open:
                continue  # absorbed since the pair was scored
            link = self._linkage(self._open[a], self._open[b])
            if link != -neg:  # one of the two has grown since: score the pair again
                if link >= threshold:
                    heapq.heappush(heap, (-link, i, j, a, b))
                continue
            into = self._absorb(self._open[a], self._open[b])
            if a in stale and b in stale:
                self._push_links(into, threshold, heap)
            else:
                stale.discard(into.sid)  # it took in an open story: it stays open
        settled = self._reassign([s for s in closing if s.sid in stale and s.sid in self._open], threshold)
        self._today_vectors = {}
        return settled

    def _now(self, a: Analysis) -> dict[str, float]:
        """The article's vector with today's rarities (kept for one settling pass: the
        counts do not change during it)."""
        vec = self._today_vectors.get(id(a))
        if vec is None:
            vec = self._today_vectors[id(a)] = self._weigh(self._features(a))
        return vec

    def _split(self, story: _Open, threshold: float) -> list[_Open]:
        """A closing story re-clustered from its articles up, by the same average linkage
        as :meth:`_settle`, each article's vector made again with today's rarities: an
        article that joined a young story on thin evidence (its own story had not started
        yet, or the rarity of its words was not yet known) is taken out again, with
        whatever it pulled in. The first piece keeps the story's id; the others are new
        stories that close with it unless the pass joins them elsewhere. A story that has
        handed on a part keeps its shape (that part is written already), and so does one
        over ``split_max_articles`` (the work is quadratic in the story's size)."""
        cap = self.options.split_max_articles
        if story.parts or len(story.members) < 2 or (cap is not None and len(story.members) > cap):
            return [story]
        members = story.members
        vecs = [self._now(a) for a in members]
        groups = average_linkage(len(vecs), _cosines(vecs), frozenset(), threshold, unscored=1.0)
        pieces = [story] + [self._new_story() for _ in groups[1:]]
        for piece, group in zip(pieces, groups, strict=True):
            piece.last_seen, piece.last_day = story.last_seen, story.last_day
            self._refill(piece, [(members[k], vecs[k]) for k in group])
        return pieces

    def _refill(self, story: _Open, items: list[tuple[Analysis, dict[str, float]]]) -> None:
        """``story`` now holds exactly ``items`` (article, vector); its centroid is rebuilt
        from their vectors."""
        for f in list(story.centroid):
            self._unpost(f, story.sid)
        story.centroid, story.norm = {}, 0.0
        story.members = [a for a, _ in items]
        story.size = len(items)
        for _, vec in items:
            self._add_centroid(story, vec)

    def _reassign(self, stories: list[_Open], threshold: float) -> list[_Open]:
        """One last look at every article of the closing ``stories``: it moves to the
        closing story whose articles are most alike to it on average when that beats its
        own story's (without it) and ``threshold``. An article joined the story that was
        best when it came, before the stories it is compared with now had formed; this
        asks again, once every story is whole. All moves are chosen before any is made,
        so the order the stories are looked at does not matter. Returns the stories left
        with articles. (Stories that handed on a part, or too large to be split, are left
        as they are: their centroids are not made of today's vectors, so an article's
        likeness to the rest of its story cannot be read from them.)"""
        cap = self.options.split_max_articles
        pool = {s.sid: s for s in stories if not s.parts and (cap is None or len(s.members) <= cap)}
        items = {sid: [(a, self._now(a)) for a in s.members] for sid, s in pool.items()}
        moves = {sid: {k: t for k, (_, vec) in enumerate(items[sid])
                       if (t := self._better_story(vec, pool[sid], pool, threshold)) is not None}
                 for sid in pool}
        if not any(moves.values()):
            return stories
        gained: dict[str, list[tuple[Analysis, dict[str, float]]]] = {}
        for sid, going in moves.items():
            for k, target in sorted(going.items()):
                gained.setdefault(target, []).append(items[sid][k])
        for sid in sorted(pool, key=lambda k: pool[k].index):
            if moves[sid] or sid in gained:
                kept = [x for k, x in enumerate(items[sid]) if k not in moves[sid]]
                self._refill(pool[sid], kept + gained.get(sid, []))
        for story in pool.values():
            if not story.members:
                self._close(story)
        return [s for s in stories if s.sid in self._open]

    def _better_story(self, vec: dict[str, float], own: _Open, pool: Mapping[str, _Open],
                      threshold: float) -> str | None:
        """The story of ``pool`` an article of ``own`` (vector ``vec``) is more alike to, on
        average, than to the rest of ``own`` and than ``threshold`` (ties: the older)."""
        scores: dict[str, float] = {}
        for f, w in vec.items():
            for sid in self._postings.get(f, {}):
                if sid in pool:
                    scores[sid] = scores.get(sid, 0.0) + w * pool[sid].centroid[f]
        stay = (scores.get(own.sid, 0.0) - 1.0) / (own.size - 1) if own.size > 1 else 0.0
        best: _Open | None = None
        best_mean = max(stay, threshold)
        for sid, dot in scores.items():
            other = pool[sid]
            mean = dot / other.size
            if other is own or mean < best_mean or (mean == best_mean and best is None):
                continue
            if best is None or mean > best_mean or other.index < best.index:
                best, best_mean = other, mean
        return best.sid if best is not None else None

    def _push_links(self, story: _Open, threshold: float,
                    heap: list[tuple[float, int, int, str, str]]) -> None:
        for other, link in self._linked(story, threshold):
            first, second = sorted((story, other), key=lambda s: s.index)
            heapq.heappush(heap, (-link, first.index, second.index, first.sid, second.sid))

    def _linked(self, story: _Open, threshold: float) -> Iterator[tuple[_Open, float]]:
        """Open stories in the window whose linkage with ``story`` reaches ``threshold``
        (candidates: the stories sharing one of its 30 heaviest features)."""
        top = sorted(story.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:30]
        seen: set[str] = {story.sid}
        for f, _w in top:
            post = self._postings.get(f)
            if not post or len(post) > self.options.max_postings:
                continue
            for sid in sorted(set(post) - seen, key=lambda k: int(k[1:])):
                seen.add(sid)
                other = self._open[sid]
                link = self._linkage(story, other)
                if link >= threshold and self._in_window(other, story.last_day):
                    yield other, link

    @staticmethod
    def _linkage(a: _Open, b: _Open) -> float:
        """The mean cosine over every pair of an article of ``a`` and one of ``b``. A
        centroid is the sum of its articles' unit vectors, so that mean is the dot product
        of the two centroids over the product of their sizes. Unlike the cosine of the
        two centroids, it falls as a story spreads: a broad story does not pull in every
        story near some part of it."""
        small, large = sorted((a.centroid, b.centroid), key=len)
        dot = sum(w * large.get(f, 0.0) for f, w in small.items())
        return dot / (a.size * b.size)

    def _absorb(self, into: _Open, other: _Open) -> _Open:
        """``other`` joins ``into``; the older of the two keeps its id (and is returned)."""
        if other.index < into.index:
            into, other = other, into
        self._close(other)
        into.members.extend(other.members)
        into.size += other.size
        self._hand_on(into)
        into.last_seen = max(into.last_seen, other.last_seen)
        if other.last_day is not None and (into.last_day is None or other.last_day > into.last_day):
            into.last_day = other.last_day
        self._add_centroid(into, other.centroid)
        return into

    def _hand_on(self, story: _Open) -> None:
        """A story that holds ``max_story_articles`` articles hands them on as one part,
        built and written like a closed story, and stays open with its centroid (so the
        next articles of the event still find it) but none of their analyses: memory per
        story is bounded, and so is the cost of building one part."""
        cap = self.options.max_story_articles
        if cap and len(story.members) >= cap:
            self._full.append((self._part_id(story), story.members))
            story.members = []
            story.parts += 1

    @staticmethod
    def _part_id(story: _Open) -> str:
        """``s5`` for a story's first (or only) part, ``s5.2``, ``s5.3``... for the next."""
        return story.sid if not story.parts else f"{story.sid}.{story.parts + 1}"

    def _take_full(self) -> list[tuple[str, list[Analysis]]]:
        full, self._full = self._full, []
        return full

    def _unpost(self, f: str, sid: str) -> None:
        post = self._postings.get(f)
        if post is not None:
            post.pop(sid, None)
            if not post:
                del self._postings[f]

    # ------------------------------------------------------------------ the stream

    def add(self, a: Analysis) -> list[tuple[str, list[Analysis]]]:
        """Take the next article; return the stories that closed before it."""
        self._seen += 1
        if self._seen % self.options.decay_every == 0:
            self._decay()
        day = a.article.published_date
        closed: list[tuple[str, list[Analysis]]] = []
        if day is not None and (self._today is None or day > self._today):
            self._today = day
            closed = self._close_stale()
        elif self._seen % 1000 == 0:
            closed = self._close_stale()
        elif self._seen % self.options.merge_every == 0:
            self._merge_pass()
        vec = self._vector(self._features(a))
        story = self._best(vec, day)
        if story is None:
            story = self._new_story()
        self._join(story, a, vec, day)
        return closed + self._take_full()

    def _new_story(self) -> _Open:
        self._made += 1
        story = self._open[f"s{self._made}"] = _Open(f"s{self._made}", self._made)
        return story

    def _close_stale(self) -> list[tuple[str, list[Analysis]]]:
        self._merge_pass()
        o = self.options
        stale = [s for s in self._open.values()
                 if self._seen - s.last_seen > o.window_articles
                 or (self._today is not None and s.last_day is not None
                     and (self._today - s.last_day).days > o.window_days)]
        settled = self._settle(sorted(stale, key=lambda s: s.index))
        return self._take_full() + self._closed(settled)

    def _closed(self, stories: list[_Open]) -> list[tuple[str, list[Analysis]]]:
        """Close ``stories``; the last part of each that still holds articles."""
        return [c for c in (self._close(s) for s in stories) if c[1]]

    def _close(self, story: _Open) -> tuple[str, list[Analysis]]:
        for f in story.centroid:
            self._unpost(f, story.sid)
        del self._open[story.sid]
        return self._part_id(story), story.members

    def finish(self) -> list[tuple[str, list[Analysis]]]:
        """Close every story still open, oldest first."""
        self._merge_pass()
        settled = self._settle(sorted(self._open.values(), key=lambda s: s.index))
        return self._take_full() + self._closed(settled)


def _cosines(vecs: list[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Cosine of every pair of unit vectors that share a feature, keyed ``(i, j)``, i < j."""
    post: dict[str, list[int]] = {}
    for k, v in enumerate(vecs):
        for f in v:
            post.setdefault(f, []).append(k)
    out: dict[tuple[int, int], float] = {}
    for f, ks in post.items():
        for x, i in enumerate(ks):
            wi = vecs[i][f]
            for j in ks[x + 1:]:
                out[(i, j)] = out.get((i, j), 0.0) + wi * vecs[j][f]
    return out


def group_stories(analyses: Iterable[Analysis], options: GroupingOptions | None = None
                  ) -> Iterator[tuple[str, list[Analysis]]]:
    """``(story id, members)`` for a stream of analyses, each story as soon as it closes."""
    grouper = StoryGrouper(options)
    for a in analyses:
        yield from grouper.add(a)
    yield from grouper.finish()


def build_stories(analyses: Iterable[Analysis], options: GroupingOptions | None = None,
                  *, pm: Any = None, pool: WorkerPool | None = None) -> Iterator[tuple[str, Story]]:
    """``(story id, story)``: each group built exactly as ``newskit story`` builds one
    (with the story hooks of plugin manager ``pm``, see :func:`newskit.story.build_story`).

    With ``pool`` (whose processes extract ``analyses``, :meth:`Pipeline.run_many`), each
    closed story is built in the pool too, while the grouping goes on here: building costs
    about as much as extracting, and in this process it would cap the run at one core.
    The stories come in the order they closed, as without a pool, at most twice the
    pool's processes in flight (a bounded number of closed stories held here)."""
    if pool is None:
        for sid, members in group_stories(analyses, options):
            yield sid, build_story(members, pm=pm)
        return
    pending: deque[tuple[str, list[Analysis], int]] = deque()

    def take() -> tuple[str, Story]:
        sid, members, key = pending.popleft()
        story = pool.result(key)
        if isinstance(story, JobFailed):  # built here: the same story, or the same error
            story = build_story(members, pm=pm)
        return sid, story

    for sid, members in group_stories(analyses, options):
        pending.append((sid, members, pool.submit(Job(_build_job, (members,)))))
        while pending and (pool.ready(pending[0][2]) or len(pending) > 2 * max(pool.n, 1)):
            yield take()
    while pending:
        yield take()


def _build_job(pipeline: Any, members: list[Analysis]) -> Story:
    """A story built in a pool worker, with the story hooks of the worker's plugins."""
    return build_story(members, pm=pipeline.pm)
