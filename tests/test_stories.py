"""TF-IDF story clustering and related articles, on articles written here."""

from __future__ import annotations

import datetime as dt

from tidings.config import StorySettings
from tidings.stories import StoryInput, cluster

D0 = dt.date(2024, 5, 6)

CLASH = [
    "Armenian and Azerbaijani troops exchanged fire on the border near Yerevan and Baku, officials said.",
    "Baku accused Yerevan of shelling Azerbaijani border posts; Armenian officials denied the border clash.",
    "Armenian and Azerbaijani troops exchanged fire on the border again, and Baku and Yerevan traded accusations.",
]
FLOOD = [
    "Heavy rain flooded villages in western Kenya and rivers burst their banks near the lake.",
    "Floodwaters cut roads across western Kenya as heavy rain continued around the lake villages.",
]


def _inputs(texts: list[str], prefix: str, days: list[int]) -> list[StoryInput]:
    return [StoryInput(f"{prefix}{i}", t.split(",")[0], t, D0 + dt.timedelta(days=d))
            for i, (t, d) in enumerate(zip(texts, days, strict=True))]


def test_cluster_separates_topics() -> None:
    got = cluster(_inputs(CLASH, "c", [0, 1, 2]) + _inputs(FLOOD, "f", [1, 2]))
    groups = sorted(sorted(s.article_ids) for s in got.stories)
    assert groups == [["c0", "c1", "c2"], ["f0", "f1"]]
    clash = next(s for s in got.stories if "c0" in s.article_ids)
    assert (clash.first_seen, clash.last_seen, clash.title) == ("2024-05-06", "2024-05-08", CLASH[0].split(",")[0])


def test_cluster_window_splits_a_topic_after_a_long_gap() -> None:
    got = cluster(_inputs(CLASH, "c", [0, 1, 20]), StorySettings(window_days=3))
    assert sorted(sorted(s.article_ids) for s in got.stories) == [["c0", "c1"], ["c2"]]


def test_cluster_does_not_depend_on_input_order() -> None:
    items = _inputs(CLASH, "c", [0, 1, 2]) + _inputs(FLOOD, "f", [1, 2])
    a = cluster(items)
    b = cluster(list(reversed(items)))
    assert {s.story_id: s.article_ids for s in a.stories} == {s.story_id: s.article_ids for s in b.stories}


def test_related_top_k_ranked_by_score() -> None:
    got = cluster(_inputs(CLASH, "c", [0, 1, 2]) + _inputs(FLOOD, "f", [1, 2]), StorySettings(related_k=2))
    c0 = [(rid, rank, score) for did, rid, rank, score in got.related if did == "c0"]
    assert [r[1] for r in c0] == [1, 2]
    assert {r[0] for r in c0} == {"c1", "c2"}
    assert c0[0][2] >= c0[1][2] > 0


def test_cluster_empty_input() -> None:
    assert cluster([]).stories == []
