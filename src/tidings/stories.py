"""Stories: articles about the same happening, grouped; and each article's nearest others.

Two articles are close when they share words or when they report the same events:

- **words**: the cosine similarity of their TF-IDF vectors (title and body, English stop
  words dropped, sublinear term frequency);
- **events**: the overlap (shared over the smaller set) of the pairs of sides their events
  join (``ARM|AZE``, half the weight), of their event types (PLOVER, a quarter) and of their
  places (a quarter; a part that either article lacks is left out of the weighting). No
  shared pair of sides means no event overlap at all.

Clustering is one pass in time order (day, then publication time): an article joins the
story of its best match among *earlier* articles, where a match is either words at or above
``StorySettings.threshold`` within ``window_days``, or events at or above
``event_threshold`` within ``event_window_days`` together with some shared words
(``event_min_similarity``). Otherwise it starts a story. A story's first article, its lead,
is thus its earliest published one, and the result does not depend on how the store was
filled. Short reports take part like any article: they are often the first word of a story.

"Popular" (largest and fastest-growing stories in a window) is a query over the result:
see ``tidings.store.queries.stories``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from tidings.config import StorySettings
from tidings.model import Story

_CHUNK = 512


@dataclass(frozen=True)
class StoryInput:
    """One article as clustering reads it: ``dyads`` (``"ARM|AZE"``, sides sorted),
    ``kinds`` (PLOVER types) and ``places`` are what its events are about."""

    doc_id: str
    title: str
    text: str
    day: dt.date | None  # None: the article is undated
    published: str | None = None
    dyads: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()


def _overlap(a: frozenset[str], b: frozenset[str]) -> float | None:
    """Shared items over the smaller set; None when either is empty (nothing to compare)."""
    if not a or not b:
        return None
    return len(a & b) / min(len(a), len(b))


def event_overlap(a: StoryInput, b: StoryInput) -> float:
    """How far two articles report the same events (0 to 1; see the module docstring)."""
    dyads = _overlap(a.dyads, b.dyads)
    if not dyads:
        return 0.0
    parts = [(dyads, 0.5)]
    for got in (_overlap(a.kinds, b.kinds), _overlap(a.places, b.places)):
        if got is not None:
            parts.append((got, 0.25))
    return sum(v * w for v, w in parts) / sum(w for _, w in parts)


@dataclass
class Clustering:
    """What ``cluster`` found: stories, each member's similarity to the story it joined
    (1.0 for the article that started it), and the related-article lists."""

    stories: list[Story] = field(default_factory=list)
    members: list[tuple[str, str, float]] = field(default_factory=list)  # story_id, doc_id, similarity
    related: list[tuple[str, str, int, float]] = field(default_factory=list)  # doc_id, related_id, rank, score


def story_id(lead_doc_id: str) -> str:
    return "s" + hashlib.sha256(lead_doc_id.encode()).hexdigest()[:11]


def cluster(articles: Sequence[StoryInput], settings: StorySettings | None = None) -> Clustering:
    """Group ``articles`` (any order) into stories and list each one's related articles."""
    settings = settings or StorySettings()
    out = Clustering()
    if not articles:
        return out
    # Undated articles come last: one joins the story of its most similar article whatever
    # that article's day, and gives its story no first or last day.
    items = sorted(articles, key=lambda a: (a.day is None, a.day or dt.date.min, a.published or "~", a.doc_id))
    docs = [f"{a.title}\n{a.title}\n{a.text}" for a in items]
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[^\W\d_]{2,}\b")
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:  # every document is empty of words: nothing to compare
        matrix = None
    n = len(items)
    days = np.array([a.day.toordinal() if a.day else 0 for a in items])
    label = np.full(n, -1)
    sim_to_story = np.ones(n)
    leads: list[int] = []
    k = settings.related_k
    for lo in range(0, n, _CHUNK):
        hi = min(lo + _CHUNK, n)
        if matrix is not None:
            sims = (matrix[lo:hi] @ matrix.T).toarray()
        else:
            sims = np.zeros((hi - lo, n))
        for row in range(hi - lo):
            i = lo + row
            s = sims[row]
            s[i] = -1.0
            # related: the k most similar others, any time
            if k > 0:
                top = np.argpartition(-s, min(k, n - 1) - 1)[:k] if n > 1 else np.array([], dtype=int)
                top = top[np.argsort(-s[top], kind="stable")]
                rank = 0
                for j in top:
                    if s[j] > 0.05:
                        rank += 1
                        out.related.append((items[i].doc_id, items[j].doc_id, rank, float(s[j])))
            # clustering: the best match among earlier articles, by words within the window
            # or by events within the (longer) event window
            earlier = s[:i].copy()
            if items[i].day is not None:
                earlier[days[:i] < days[i] - settings.window_days] = -1.0
            earlier[earlier < settings.threshold] = -1.0
            if items[i].dyads and items[i].day is not None:
                # only earlier articles in the event window that share some words: a handful
                near = (days[:i] >= days[i] - settings.event_window_days) & (s[:i] >= settings.event_min_similarity)
                for j in np.nonzero(near)[0]:
                    score = event_overlap(items[i], items[j])
                    if score >= settings.event_threshold:
                        earlier[j] = max(earlier[j], score)
            best = int(np.argmax(earlier)) if i else -1
            if best >= 0 and earlier[best] >= 0:
                label[i] = label[best]
                sim_to_story[i] = float(earlier[best])
            else:
                label[i] = len(leads)
                leads.append(i)
    by_story: dict[int, list[int]] = {}
    for i, lab in enumerate(label):
        by_story.setdefault(int(lab), []).append(i)
    for lab, lead in enumerate(leads):
        members = by_story[lab]
        dated = [d for m in members if (d := items[m].day) is not None]
        sid = story_id(items[lead].doc_id)
        out.stories.append(Story(
            story_id=sid,
            title=items[lead].title,
            article_ids=tuple(items[m].doc_id for m in members),
            first_seen=min(dated).isoformat() if dated else None,
            last_seen=max(dated).isoformat() if dated else None,
        ))
        out.members.extend((sid, items[m].doc_id, round(float(sim_to_story[m]), 4)) for m in members)
    return out
