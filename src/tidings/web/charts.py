"""Charts drawn on the server as SVG: readable without a mouse (axes, ticks, legends and
numbers are drawn, not hidden in tooltips), no script, and every label escaped.

Each function returns ``markupsafe.Markup`` ready to drop into a template.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from markupsafe import Markup, escape

#: Quad classes in the order they stack, with the colours of the legend (colour-blind safe:
#: blues for cooperation, oranges for conflict).
QUADS = (
    (1, "q1", "Verbal cooperation", "#9ecae1"),
    (2, "q2", "Material cooperation", "#3182bd"),
    (3, "q3", "Verbal conflict", "#fdae6b"),
    (4, "q4", "Material conflict", "#d94801"),
)
GOLDSTEIN_COLOUR = "#222222"


def _nice_max(value: float) -> float:
    """The smallest 1/2/5 x 10^k at or above ``value`` (at least 1)."""
    if value <= 1:
        return 1.0
    exp = 10 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * exp >= value:
            return float(step * exp)
    return float(10 * exp)


def _ticks(top: float) -> list[float]:
    """Evenly spaced ticks from 0 to ``top`` at a round step (1, 2, 2.5 or 5 x 10^k)."""
    for count in (4, 5, 3, 6, 2):
        step = top / count
        lead = step / 10 ** math.floor(math.log10(step))
        if any(abs(lead - nice) < 1e-9 for nice in (1, 2, 2.5, 5)) and step >= 1:
            return [round(step * i, 6) for i in range(count + 1)]
    return [0.0, top]


def _fmt(value: float) -> str:
    return f"{value:g}" if abs(value) < 1000 else f"{value:,.0f}"


def _legend(items: Sequence[tuple[str, str, str]], x: float, y: float) -> list[str]:
    """A one-row legend: (css class, label, colour)."""
    out = [f'<g class="legend" transform="translate({x:.1f},{y:.1f})">']
    cx = 0.0
    for cls, label, colour in items:
        if cls == "goldstein":
            out.append(
                f'<line x1="{cx:.1f}" y1="-4" x2="{cx + 16:.1f}" y2="-4" stroke="{colour}" stroke-width="2"/>'
                f'<circle cx="{cx + 8:.1f}" cy="-4" r="3" fill="{colour}"/>'
            )
        else:
            out.append(f'<rect class="{cls}" x="{cx:.1f}" y="-10" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{cx + 20:.1f}" y="0">{escape(label)}</text>')
        cx += 28 + 6.6 * len(label)
    out.append("</g>")
    return out


def timeline(
    periods: Sequence[dict[str, Any]],
    *,
    title: str,
    by: str = "week",
    link: Callable[[dict[str, Any]], str] | None = None,
    width: int = 860,
    height: int = 320,
) -> Markup:
    """Stacked bars of events per quad class for each period, and a line of the mean
    Goldstein score on its own axis (-10 to +10). One ``<g class="period">`` per period.

    Args:
        periods: rows with ``period`` (ISO date), ``q1``..``q4``, ``events`` and ``goldstein``.
        title: the accessible name of the chart.
        by: the period unit, for the axis caption.
        link: gives the URL a period's bars link to (e.g. the events of that week).
    """
    ml, mr, mt, mb = 48, 52, 34, 44
    pw, ph = width - ml - mr, height - mt - mb
    out = [
        (f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" '
         f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'),
        f"<title>{escape(title)}</title>",
    ]
    legend = [(cls, label, colour) for _, cls, label, colour in QUADS]
    legend.append(("goldstein", "Mean Goldstein (right axis)", GOLDSTEIN_COLOUR))
    out += _legend(legend, ml, 16)
    if not periods:
        out.append(
            f'<text class="empty" x="{width / 2:.0f}" y="{height / 2:.0f}" text-anchor="middle">'
            "No dated events in this range</text></svg>"
        )
        return Markup("".join(out))
    top = _nice_max(max(int(p.get("events") or 0) for p in periods))
    def y(v: float) -> float:  # event count -> height on the left axis
        return mt + ph - (v / top) * ph

    def g(v: float) -> float:  # Goldstein score -> height on the right axis
        return mt + ph / 2 - (v / 10.0) * (ph / 2)

    # grid and left axis (counts)
    out.append('<g class="axis y-left">')
    for t in _ticks(top):
        out.append(
            f'<line class="grid" x1="{ml}" x2="{ml + pw}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>'
            f'<text x="{ml - 6}" y="{y(t) + 4:.1f}" text-anchor="end">{_fmt(t)}</text>'
        )
    out.append(
        f'<text class="caption" transform="translate(12,{mt + ph / 2:.0f}) rotate(-90)" '
        'text-anchor="middle">events</text></g>'
    )
    # right axis (Goldstein)
    out.append('<g class="axis y-right">')
    for t in (-10, -5, 0, 5, 10):
        out.append(
            f'<line x1="{ml + pw}" x2="{ml + pw + 4}" y1="{g(t):.1f}" y2="{g(t):.1f}"/>'
            f'<text x="{ml + pw + 7}" y="{g(t) + 4:.1f}">{t:+d}</text>'
        )
    out.append(
        f'<line class="zero" x1="{ml}" x2="{ml + pw}" y1="{g(0):.1f}" y2="{g(0):.1f}"/>'
        f'<text class="caption" transform="translate({width - 8},{mt + ph / 2:.0f}) rotate(90)" '
        'text-anchor="middle">Goldstein</text></g>'
    )
    n = len(periods)
    slot = pw / n
    bar = max(1.0, min(40.0, slot * 0.75))
    label_every = max(1, math.ceil(n / max(1, pw // 70)))
    points: list[tuple[float, float]] = []
    for i, p in enumerate(periods):
        x0 = ml + i * slot + (slot - bar) / 2
        period = str(p["period"])
        total = int(p.get("events") or 0)
        gold = p.get("goldstein")
        parts = ", ".join(f"{label.lower()} {int(p.get(cls) or 0)}" for _, cls, label, _ in QUADS)
        tip = f"{by} of {period}: {total} events ({parts})"
        if gold is not None:
            tip += f"; mean Goldstein {float(gold):+.1f}"
        out.append(f'<g class="period" data-period="{escape(period)}" data-events="{total}">')
        out.append(f"<title>{escape(tip)}</title>")
        if link and total:
            out.append(f'<a href="{escape(link(p))}">')
        base = 0
        for _, cls, _, colour in QUADS:
            v = int(p.get(cls) or 0)
            if v:
                out.append(
                    f'<rect class="{cls}" x="{x0:.1f}" y="{y(base + v):.1f}" width="{bar:.1f}" '
                    f'height="{y(base) - y(base + v):.1f}" fill="{colour}"/>'
                )
            base += v
        if not total:  # an empty period still has its mark, so the periods can be counted
            out.append(f'<rect class="none" x="{x0:.1f}" y="{mt + ph - 1:.1f}" width="{bar:.1f}" height="1"/>')
        if total and slot >= 18:
            out.append(
                f'<text class="count" x="{x0 + bar / 2:.1f}" y="{y(total) - 3:.1f}" '
                f'text-anchor="middle">{total}</text>'
            )
        if link and total:
            out.append("</a>")
        if i % label_every == 0:
            out.append(
                f'<text class="tick" x="{x0 + bar / 2:.1f}" y="{mt + ph + 16}" text-anchor="middle">'
                f"{escape(_short_date(period, by))}</text>"
            )
        out.append("</g>")
        if gold is not None:
            points.append((x0 + bar / 2, g(float(gold))))
    if points:
        path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{yy:.1f}" for i, (x, yy) in enumerate(points))
        out.append(f'<g class="goldstein"><path d="{path}" fill="none" stroke="{GOLDSTEIN_COLOUR}" stroke-width="1.5"/>')
        out += [f'<circle cx="{x:.1f}" cy="{yy:.1f}" r="2.5" fill="{GOLDSTEIN_COLOUR}"/>' for x, yy in points]
        out.append("</g>")
    out.append(
        f'<line class="axis-line" x1="{ml}" x2="{ml + pw}" y1="{mt + ph}" y2="{mt + ph}"/>'
        f'<text class="caption" x="{ml + pw / 2:.0f}" y="{height - 6}" text-anchor="middle">'
        f"{escape(by)} starting</text></svg>"
    )
    return Markup("".join(out))


def _short_date(iso: str, by: str) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    try:
        y, m, d = (int(x) for x in iso[:10].split("-"))
    except ValueError:
        return iso
    if by == "month":
        return f"{months[m - 1]} {y}"
    return f"{d} {months[m - 1]} {str(y)[2:]}"


def diverging(
    rows: Sequence[dict[str, Any]],
    *,
    title: str,
    link: Callable[[dict[str, Any]], str] | None = None,
    width: int = 560,
) -> Markup:
    """Cooperation to the right, conflict to the left, one row per dyad, with the counts and
    the mean Goldstein written out."""
    longest = max((len(f"{r['a']}–{r['b']}") for r in rows), default=8)
    row_h, ml, mr, mt, mb = 26, int(min(200, 12 + 7.6 * longest)), 64, 40, 26
    height = mt + mb + row_h * max(1, len(rows))
    pw = width - ml - mr
    mid = ml + pw / 2
    out = [
        (f'<svg class="chart diverging" viewBox="0 0 {width} {height}" role="img" '
         f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'),
        f"<title>{escape(title)}</title>",
    ]
    out += _legend([("q4", "Conflict", QUADS[3][3]), ("q2", "Cooperation", QUADS[1][3])], ml, 16)
    if not rows:
        out.append(f'<text class="empty" x="{width / 2:.0f}" y="{mt + 16}" text-anchor="middle">No dyads yet</text></svg>')
        return Markup("".join(out))
    top = _nice_max(max(max(int(r["cooperation"]), int(r["conflict"])) for r in rows))
    scale = (pw / 2) / top
    out.append(
        f'<text class="caption" x="{width - 4}" y="{mt - 6}" text-anchor="end">mean Goldstein</text>'
    )
    for i, r in enumerate(rows):
        y0 = mt + i * row_h
        name = f"{r['a']}–{r['b']}"
        coop, conf = int(r["cooperation"]), int(r["conflict"])
        gold = r.get("goldstein")
        out.append(f'<g class="dyad" data-dyad="{escape(name)}">')
        out.append(f"<title>{escape(name)}: {coop} cooperative, {conf} conflictual events</title>")
        if link:
            out.append(f'<a href="{escape(link(r))}">')
        out.append(f'<text class="label" x="{ml - 8}" y="{y0 + row_h / 2 + 4:.1f}" text-anchor="end">{escape(name)}</text>')
        if conf:
            out.append(
                f'<rect class="q4" x="{mid - conf * scale:.1f}" y="{y0 + 4}" width="{conf * scale:.1f}" '
                f'height="{row_h - 8}" fill="{QUADS[3][3]}"/>'
                f'<text class="count" x="{mid - conf * scale - 4:.1f}" y="{y0 + row_h / 2 + 4:.1f}" text-anchor="end">{conf}</text>'
            )
        if coop:
            out.append(
                f'<rect class="q2" x="{mid:.1f}" y="{y0 + 4}" width="{coop * scale:.1f}" '
                f'height="{row_h - 8}" fill="{QUADS[1][3]}"/>'
                f'<text class="count" x="{mid + coop * scale + 4:.1f}" y="{y0 + row_h / 2 + 4:.1f}">{coop}</text>'
            )
        if link:
            out.append("</a>")
        if gold is not None:
            out.append(
                f'<text class="gold" x="{width - 4}" y="{y0 + row_h / 2 + 4:.1f}" text-anchor="end">{float(gold):+.1f}</text>'
            )
        out.append("</g>")
    bottom = mt + row_h * len(rows)
    out.append(f'<line class="axis-line" x1="{mid:.1f}" x2="{mid:.1f}" y1="{mt}" y2="{bottom}"/>')
    for t in (top, top / 2):
        for sign in (-1, 1):
            x = mid + sign * t * scale
            out.append(f'<text class="tick" x="{x:.1f}" y="{bottom + 16}" text-anchor="middle">{_fmt(t)}</text>')
    out.append(f'<text class="tick" x="{mid:.1f}" y="{bottom + 16}" text-anchor="middle">0</text></svg>')
    return Markup("".join(out))


def ranked_bars(
    rows: Sequence[dict[str, Any]],
    *,
    title: str,
    label: Callable[[dict[str, Any]], str],
    link: Callable[[dict[str, Any]], str] | None = None,
    width: int = 560,
) -> Markup:
    """Horizontal bars, largest first, each split by quad class, with the total written out."""
    longest = max((len(label(r)) for r in rows), default=8)
    row_h, ml, mr, mt, mb = 24, int(min(220, 14 + 7.6 * longest)), 48, 40, 26
    height = mt + mb + row_h * max(1, len(rows))
    pw = width - ml - mr
    out = [
        (f'<svg class="chart ranked" viewBox="0 0 {width} {height}" role="img" '
         f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'),
        f"<title>{escape(title)}</title>",
    ]
    out += _legend([(cls, name, colour) for _, cls, name, colour in QUADS], 8, 16)
    if not rows:
        out.append(f'<text class="empty" x="{width / 2:.0f}" y="{mt + 16}" text-anchor="middle">No counterparts yet</text></svg>')
        return Markup("".join(out))
    top = _nice_max(max(int(r["events"]) for r in rows))
    scale = pw / top
    for t in _ticks(top):
        x = ml + t * scale
        out.append(
            f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{mt}" y2="{mt + row_h * len(rows)}"/>'
            f'<text class="tick" x="{x:.1f}" y="{mt + row_h * len(rows) + 16}" text-anchor="middle">{_fmt(t)}</text>'
        )
    for i, r in enumerate(rows):
        y0 = mt + i * row_h
        name = label(r)
        out.append(f'<g class="bar" data-code="{escape(str(r.get("code", "")))}">')
        out.append(f"<title>{escape(name)}: {int(r['events'])} events</title>")
        if link:
            out.append(f'<a href="{escape(link(r))}">')
        out.append(f'<text class="label" x="{ml - 8}" y="{y0 + row_h / 2 + 4:.1f}" text-anchor="end">{escape(name)}</text>')
        x = float(ml)
        for _, cls, _, colour in QUADS:
            v = int(r.get(cls) or 0)
            if v:
                out.append(
                    f'<rect class="{cls}" x="{x:.1f}" y="{y0 + 4}" width="{v * scale:.1f}" height="{row_h - 8}" fill="{colour}"/>'
                )
                x += v * scale
        out.append(f'<text class="count" x="{x + 4:.1f}" y="{y0 + row_h / 2 + 4:.1f}">{int(r["events"])}</text>')
        if link:
            out.append("</a>")
        out.append("</g>")
    out.append("</svg>")
    return Markup("".join(out))
