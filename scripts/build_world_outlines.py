"""Build ``src/tidings/web/geo/countries-110m.json`` (the map's country outlines) from the
``countries-110m.json`` TopoJSON file of the npm package ``world-atlas`` (Natural Earth's
1:110m admin-0 countries, public domain; the package is ISC-licensed).

The output holds one SVG path per country in plate carrée coordinates (x = longitude,
y = minus latitude, rounded to 0.1 degree), so the server draws the map without decoding
TopoJSON or any JavaScript. Run once when the outlines should change:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_outlines.py package/countries-110m.json src/tidings/web/geo/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The arcs in longitude/latitude (TopoJSON stores them quantized and delta-encoded)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in indices:
        points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(points if not out else points[1:])
    return out


def unwrap(r: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses the antimeridian (Chukotka, Fiji) jumps by ~360 degrees of
    longitude between two points, which plate carree would draw as a line across the world.
    Make its longitudes continuous (past 180 if need be) and add the copy shifted by 360
    degrees, so that each side of the map shows its part (the view clips the rest)."""
    out = [r[0]]
    for lon, lat in r[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append((lon, lat))
    lons = [p[0] for p in out]
    if max(lons) > 180:
        return [out, [(lon - 360, lat) for lon, lat in out]]
    if min(lons) < -180:
        return [out, [(lon + 360, lat) for lon, lat in out]]
    return [out]


def path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for r in (piece for ring_ in rings for piece in unwrap(ring_)):
        coords: list[str] = []
        for lon, lat in r:
            point = f"{lon:.1f} {-lat:.1f}"
            if not coords or coords[-1] != point:
                coords.append(point)
        if len(coords) >= 3:
            parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


def main(src: str, dst: str) -> None:
    topo = json.loads(Path(src).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]] if geom["type"] == "Polygon" else []
        rings = [ring(r, arcs) for polygon in polygons for r in polygon]
        d = path(rings)
        if d:
            countries.append({"id": geom.get("id"), "name": geom.get("properties", {}).get("name"), "d": d})
    out = {
        "source": "world-atlas 2.0.2 countries-110m.json (Natural Earth 1:110m admin-0 countries, public domain)",
        "projection": "plate carree: x = longitude, y = -latitude, degrees",
        "countries": countries,
    }
    Path(dst).write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(countries)} countries to {dst}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build_world_outlines.py WORLD_ATLAS_countries-110m.json OUT.json")
    main(sys.argv[1], sys.argv[2])
