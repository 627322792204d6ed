"""TF-IDF story clustering and related articles, on articles written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tidings.config import Settings, StorySettings
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


def test_cluster_joins_reports_of_the_same_events_beyond_the_word_window() -> None:
    # Few shared words, a week apart: the shared dyad, event types and place join them.
    first = StoryInput("a", "Talks agreed", "Armenia and Azerbaijan agreed to talks in Brussels after border clashes.",
                       D0, "2024-05-06", frozenset({"ARM|AZE"}), frozenset({"AGREE", "ASSAULT"}), frozenset({"Brussels"}))
    later = StoryInput("b", "Leaders meet", "Pashinyan and Aliyev met in Brussels; the two sides agreed on a text.",
                       D0 + dt.timedelta(days=6), "2024-05-12", frozenset({"ARM|AZE", "ARM|RUS"}),
                       frozenset({"AGREE", "CONSULT"}), frozenset({"Brussels"}))
    other = StoryInput("c", "Drone attack", "Russian drones struck Kyiv overnight and Ukraine asked for air defence.",
                       D0 + dt.timedelta(days=2), None, frozenset({"RUS|UKR"}), frozenset({"ASSAULT"}), frozenset())
    got = cluster([later, other, first])
    assert sorted(sorted(s.article_ids) for s in got.stories) == [["a", "b"], ["c"]]
    for order in ([first, later, other], [other, first, later]):
        assert {s.story_id: s.article_ids for s in cluster(order).stories} == {
            s.story_id: s.article_ids for s in got.stories}
    joined = next(s for s in got.stories if "a" in s.article_ids)
    assert joined.article_ids[0] == "a"  # the earliest published leads
    # Beyond the event window they part again; without a shared dyad they never join.
    assert len(cluster([first, StoryInput(**{**later.__dict__, "day": D0 + dt.timedelta(days=8)})]).stories) == 2
    assert len(cluster([first, StoryInput(**{**later.__dict__, "dyads": frozenset({"ARM|RUS"})})]).stories) == 2


def test_event_overlap_needs_a_shared_dyad() -> None:
    from tidings.stories import event_overlap

    a = StoryInput("a", "", "", D0, dyads=frozenset({"ARM|AZE"}), kinds=frozenset({"AGREE"}))
    b = StoryInput("b", "", "", D0, dyads=frozenset({"ARM|AZE"}), kinds=frozenset({"ASSAULT"}))
    assert event_overlap(a, b) == (1.0 * 0.5 + 0.0 * 0.25) / 0.75  # no places on either: left out
    assert event_overlap(a, StoryInput("c", "", "", D0, dyads=frozenset({"RUS|UKR"}), kinds=frozenset({"AGREE"}))) == 0


def test_refresh_stories_makes_the_earliest_published_copy_the_original(tmp_path: Path) -> None:
    from tidings.model import Document
    from tidings.pipeline import run_many
    from tidings.store import Store

    body = ("Azerbaijan's defence ministry accused Armenian forces on Wednesday of shelling its positions in the "
            "Kalbajar district overnight, and said its troops had returned fire near the border villages.\n\n"
            "The Armenian defence ministry denied the accusation and said Azerbaijani soldiers had opened fire first.")
    late = Document(source="late.txt", content=f"Border shelling\n\n{body}\n\nSource: regional-wire\n".encode(),
                    kind="text", published="2024-03-15")
    early = Document(source="early.txt", content=f"Border shelling\n\n{body}\n".encode(), kind="text",
                     published="2024-03-14")
    settings = Settings()
    with Store(tmp_path / "s.duckdb") as store:
        for doc in (late, early):  # the later copy arrives first
            store.write(run_many([doc], settings, code_events=False))
        got = {r["source"]: r["canonical_id"] for r in store.articles().to_pylist()}
        assert got == {"late.txt": None, "early.txt": late.doc_id}  # as the writer saw them
        store.refresh_stories(settings)
        got = {r["source"]: r["canonical_id"] for r in store.articles().to_pylist()}
        assert got == {"early.txt": None, "late.txt": early.doc_id}
        story = store.stories().to_pylist()
        assert len(story) == 1 and story[0]["lead_id"] == early.doc_id
        # A third copy is now linked to the earliest one, not to the copy seen first.
        third = Document(source="third.txt", content=f"Border shelling\n\n{body}\n\nvia wire\n".encode(), kind="text",
                         published="2024-03-16")
        store.write(run_many([third], settings, code_events=False))
        assert store.article(third.doc_id)["canonical_id"] == early.doc_id
