"""The article body as marked-up paragraphs: each sentence that carries events becomes a
``<mark>`` whose title lists the events (CAMEO code, modality, date), and inside it the actor
mentions and the trigger words are wrapped too. All text is escaped here; nothing from the
page ever becomes markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape


@dataclass(frozen=True)
class _Inner:
    start: int
    end: int
    kind: str  # "actor" or "trigger"
    title: str


def _event_title(e: dict[str, Any]) -> str:
    who = e.get("source_code") or "?"
    whom = e.get("target_code") or "—"
    parts = [f"{who} → {whom}", f"CAMEO {e.get('cameo')}", f"{e.get('plover') or ''}".strip(),
             f"modality: {e.get('modality')}"]
    if e.get("date") or e.get("day"):
        parts.append(f"date: {e.get('date') or e.get('day')}")
    if e.get("place"):
        parts.append(f"place: {e['place']}")
    return " · ".join(p for p in parts if p)


def paragraph_offsets(paragraphs: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each paragraph in the article text (paragraphs joined by blank lines)."""
    out, at = [], 0
    for p in paragraphs:
        out.append((at, at + len(p)))
        at += len(p) + 2
    return out


def _find_all(haystack: str, needle: str) -> list[int]:
    hits, at = [], haystack.find(needle)
    while needle and at >= 0:
        hits.append(at)
        at = haystack.find(needle, at + len(needle))
    return hits


def _locate(text: str, start: int, expected: str, shifts: Sequence[int], *, search: bool = True) -> int | None:
    """Where ``expected`` is in ``text``: at ``start``, at ``start`` less one of ``shifts``
    (offsets counted over the title and the body), or, failing both, its first occurrence."""
    if not expected:
        return None
    for shift in (0, *shifts):
        at = start - shift
        if 0 <= at and text[at : at + len(expected)] == expected:
            return at
    found = text.find(expected) if search else -1
    return found if found >= 0 else None


def marked_paragraphs(
    paragraphs: Sequence[str],
    events: Sequence[dict[str, Any]],
    mentions: Sequence[dict[str, Any]] = (),
    actor_names: dict[str, str] | None = None,
    title: str = "",
) -> list[Markup]:
    """One Markup per paragraph with events and actors highlighted.

    Args:
        paragraphs: the article's body paragraphs.
        events: event rows (``span`` = sentence offsets in the article text; offsets counted
            over the title and the body, as the coder may give them, are recognised too).
        mentions: mention rows (``start``/``end``, ``text``, ``actor_codes``).
        actor_names: code -> name, for the mention titles.
        title: the article's title, to recognise offsets that count it.
    """
    text = "\n\n".join(paragraphs)
    names = actor_names or {}
    shifts = (len(title) + 2, len(title) + 1) if title else ()
    # sentences with events: span -> events
    by_span: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for e in events:
        span: Sequence[Any] = e.get("span") or ()
        sentence = (e.get("sentence") or "").strip()
        if len(span) != 2:
            continue
        at = _locate(text, int(span[0]), sentence, shifts) if sentence else None
        if at is None:
            continue
        by_span.setdefault((at, at + len(sentence)), []).append(e)
    sentences = sorted(by_span)
    inner: list[_Inner] = []
    for m in mentions:
        words = m.get("text") or ""
        start = _locate(text, int(m.get("start") or 0), words, shifts, search=False)
        if start is not None:
            codes = list(m.get("actor_codes") or [])
            label = ", ".join(f"{c} ({names[c]})" if c in names else c for c in codes) or "actor"
            inner.append(_Inner(start, start + len(words), "actor", label))
    if not mentions:  # no stored mentions: find the actors' words in the event sentences
        for (s0, s1), evs in by_span.items():
            sentence = text[s0:s1]
            for e in evs:
                for side in ("source", "target"):
                    words, code = e.get(f"{side}_text") or "", e.get(f"{side}_code")
                    for hit in _find_all(sentence, words):
                        inner.append(_Inner(s0 + hit, s0 + hit + len(words), "actor", f"{code} ({e.get(f'{side}_name') or code})"))
    for (s0, s1), evs in by_span.items():
        sentence = text[s0:s1]
        for e in evs:
            trig = (e.get("trigger") or "").strip()
            hit = sentence.find(trig) if trig else -1
            if hit >= 0:
                inner.append(_Inner(s0 + hit, s0 + hit + len(trig), "trigger", _event_title(e)))
    inner.sort(key=lambda i: (i.start, -i.end, i.kind))
    kept: list[_Inner] = []
    for i in inner:  # no overlaps: the first (longest) wins
        if kept and i.start < kept[-1].end:
            continue
        kept.append(i)
    out = []
    for p0, p1 in paragraph_offsets(paragraphs):
        out.append(Markup("").join(_render(text, p0, p1, sentences, by_span, kept)))
    return out


def _render(
    text: str,
    p0: int,
    p1: int,
    sentences: list[tuple[int, int]],
    by_span: dict[tuple[int, int], list[dict[str, Any]]],
    inner: list[_Inner],
) -> list[Markup]:
    parts: list[Markup] = []
    at = p0
    taken_until = p0
    for s0, s1 in sentences:
        if s1 <= p0 or s0 >= p1 or s0 < taken_until:
            continue
        s0c, s1c = max(s0, p0), min(s1, p1)
        parts += _inner(text, at, s0c, inner)
        evs = by_span[(s0, s1)]
        quad = max(int(e.get("quad_class") or 0) for e in evs)
        title = "\n".join(_event_title(e) for e in evs)
        ids = " ".join(str(e.get("event_id") or "") for e in evs)
        parts.append(Markup('<mark class="event q{}" title="{}" data-events="{}" id="s{}">').format(
            quad, title, ids, s0))
        parts += _inner(text, s0c, s1c, inner)
        parts.append(Markup("</mark>"))
        at = taken_until = s1c
    parts += _inner(text, at, p1, inner)
    return parts


def _inner(text: str, a: int, b: int, inner: list[_Inner]) -> list[Markup]:
    parts: list[Markup] = []
    at = a
    for i in inner:
        if i.end <= a or i.start >= b or i.start < at or i.end > b:
            continue
        parts.append(escape(text[at:i.start]))
        parts.append(Markup('<span class="{}" title="{}">{}</span>').format(i.kind, i.title, text[i.start:i.end]))
        at = i.end
    parts.append(escape(text[at:b]))
    return parts
