"""The event map, drawn on the server as SVG: country outlines shipped with tidings
(``web/geo``, from Natural Earth through the ``world-atlas`` package) and one circle per
place, its area proportional to the number of events there and its colour the quad class
most of them have. No tiles, no script, no request to anyone.

Plate carrée projection (x = longitude, y = minus latitude): the view is cut to the places
shown, with a margin, so a handful of European capitals do not sit in a corner of the world.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from tidings.web.charts import QUADS

OUTLINES = Path(__file__).resolve().parent / "geo" / "countries-110m.json"
#: The whole world, less Antarctica: x from -180 to 180, y (minus latitude) from -84 to 60.
WORLD = (-180.0, -84.0, 360.0, 144.0)
#: The narrowest view, in degrees of longitude, and the shape of the view (width / height).
MIN_SPAN = 24.0
ASPECT = 2.0


@cache
def outlines() -> tuple[tuple[str, str], ...]:
    """(name, SVG path) of every country."""
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return tuple((str(c.get("name") or ""), str(c["d"])) for c in data["countries"])


def dominant_quad(row: dict[str, Any]) -> int:
    """The quad class most of a place's events have (ties go to the more conflictual)."""
    counts = [(int(row.get(f"q{q}") or 0), q) for q in (1, 2, 3, 4)]
    best = max(counts)
    return best[1] if best[0] > 0 else 0


def view_box(places: Sequence[dict[str, Any]]) -> tuple[float, float, float, float]:
    """The part of the world to draw: the places' bounding box with a margin, at least
    ``MIN_SPAN`` degrees wide, ``ASPECT`` wide for one high, inside ``WORLD``."""
    if not places:
        return WORLD
    xs = [float(p["lon"]) for p in places]
    ys = [-float(p["lat"]) for p in places]
    w = max(max(xs) - min(xs), MIN_SPAN) * 1.3
    h = max(max(ys) - min(ys), MIN_SPAN / ASPECT) * 1.3
    w, h = max(w, h * ASPECT), max(h, w / ASPECT)
    w, h = min(w, WORLD[2]), min(h, WORLD[3])
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(cx - w / 2, WORLD[0]), WORLD[0] + WORLD[2] - w)
    y = min(max(cy - h / 2, WORLD[1]), WORLD[1] + WORLD[3] - h)
    return (round(x, 2), round(y, 2), round(w, 2), round(h, 2))


def event_map(
    places: Sequence[dict[str, Any]],
    *,
    title: str,
    link: Callable[[dict[str, Any]], str] | None = None,
    width: int = 860,
    css_class: str = "event-map",
) -> Markup:
    """The map: one ``<g class="place">`` (a circle, a label and a tooltip) per place row
    of ``tidings.store.views.event_places``."""
    x0, y0, w, h = view_box(places)
    height = round(width * h / w)
    unit = w / width  # degrees per pixel: sizes below are in pixels
    top = max((int(p["events"]) for p in places), default=1)
    colours = {q: colour for q, _, _, colour in QUADS}
    names = {q: name for q, _, name, _ in QUADS}
    out = [
        (f'<svg class="{escape(css_class)}" viewBox="{x0} {y0} {w} {h}" width="{width}" height="{height}" '
         f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg" '
         'preserveAspectRatio="xMidYMid meet">'),
        f"<title>{escape(title)}</title>",
        f'<rect class="sea" x="{x0}" y="{y0}" width="{w}" height="{h}" fill="#eef4f8"/>',
        f'<g class="countries" fill="#f7f7f2" stroke="#9a9a9a" stroke-width="{0.8 * unit:.4f}">',
    ]
    out += [f'<path d="{d}"><title>{escape(name)}</title></path>' for name, d in outlines()]
    out.append("</g>")
    out.append('<g class="places">')
    for p in places:
        n = int(p["events"])
        quad = dominant_quad(p)
        r = (4 + 18 * math.sqrt(n / top)) * unit
        cx, cy = float(p["lon"]), -float(p["lat"])
        label = f"{p['place']}: {n} event{'s' if n != 1 else ''}"
        if quad:
            label += f", mostly {names[quad].lower()}"
        circle = (
            f'<circle cx="{cx}" cy="{cy}" r="{r:.4f}" fill="{colours.get(quad, "#888888")}" fill-opacity="0.8" '
            f'stroke="#333333" stroke-width="{0.8 * unit:.4f}"/>'
        )
        text = (
            f'<text x="{cx + r + 3 * unit:.4f}" y="{cy + 4 * unit:.4f}" font-size="{12 * unit:.4f}" '
            f'stroke-width="{2.5 * unit:.4f}">'
            f"{escape(str(p['place']))}</text>"
        )
        body = f"<title>{escape(label)}</title>{circle}{text}"
        if link is not None:
            body = f'<a href="{escape(link(p))}">{body}</a>'
        out.append(
            f'<g class="place q{quad}" data-place="{escape(str(p["place"]))}" data-events="{n}" '
            f'data-quad="{quad}">{body}</g>'
        )
    out.append("</g></svg>")
    return Markup("".join(out))


def legend() -> Markup:
    """The colour key, as HTML (the map itself stays free of overlays)."""
    items = "".join(f'<li><span class="quad q{q}">{escape(name)}</span></li>' for q, _, name, _ in QUADS)
    return Markup(f'<ul class="map-legend">{items}<li class="muted">circle area: number of events</li></ul>')
