"""Event coding quality on every event set, with the sets' own scorers, by halves.

    python benchmarks/event_quality.py --data ../shared/benchmarks [--only news|strict|leads|sweep]

1. news-events (``news-events/dev.jsonl``, 31 real news leads, two-coder gold): the set's own
   scorer (``news-events/score.py``, run as a program with this Python), on the study half
   (odd-numbered articles, the only ones whose misses are read) and the check half (even,
   read only through the scorer), and on the whole set. Headline: factual type+dyad F1.
2. PLOVER gold-standard records scored strictly by ``plover_gsr/score_strict.py`` (a side
   the gold leaves empty must be empty; no merging beyond countries), beside this project's
   own, lenient GSR scoring (``benchmarks/events.py --only gsr``).
3. The project's own news leads (``benchmarks/news-leads``: people invented, coded by hand to
   the same guideline), through the same scorer: ``study.jsonl`` (read, and learned from by
   the confidence model), ``heldout.jsonl`` to ``heldout8.jsonl`` (read only through the
   scorer's totals).
4. Confidence sweep: precision, recall and F1 of the news-events halves as the minimum
   confidence rises (every event is coded once with no cut, then filtered), so that the
   default cut is chosen on the study half and the check half shows whether precision rises
   with the cut; the same over the eight held-out lead files together (``heldout``: 272
   leads, about twenty-two times the check half's gold keys, so one event moves precision less).

Nothing of the data is copied; the scorers are run from where they lie.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CUTS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def run(cmd: list[str]) -> str:
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return out.stdout


def news(data: Path) -> dict[str, dict[str, str]]:
    """{half: {measure: 'P=… R=… F1=…'}} from the set's own scorer."""
    gold = data / "news-events" / "dev.jsonl"
    scorer = data / "news-events" / "score.py"
    out: dict[str, dict[str, str]] = {}
    for half in ("study", "check", "all"):
        cmd = [sys.executable, str(scorer), str(gold)] + ([] if half == "all" else ["--half", half])
        text = run(cmd)
        rows = {m[1]: f"P={m[2]} R={m[3]} F1={m[4]}" for m in re.finditer(r"^news (.+?): P=([\d.]+) R=([\d.]+) F1=([\d.]+)", text, re.MULTILINE)}
        tail = re.search(r"articles=(\d+) gold_factual=(\d+) factual_when_not=(\d+) errors=(\d+) articles/s=([\d.]+)", text)
        if tail:
            rows["articles"] = f"{tail[1]} articles, {tail[2]} gold factual events, {tail[3]} coded factual where gold is not, {tail[5]} articles/s"
        out[half] = rows
    return out


# The held-out lead files, read only through the scorer's totals.
HELDOUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")


def leads(data: Path) -> dict[str, dict[str, str]]:
    """{set: {measure: 'P=… R=… F1=…'}} for the project's own leads, by the news-events scorer."""
    out: dict[str, dict[str, str]] = {}
    for name in ("study", *HELDOUT):
        text = run([sys.executable, str(data / "news-events" / "score.py"), str(HERE / "news-leads" / f"{name}.jsonl")])
        out[name] = {m[1]: f"P={m[2]} R={m[3]} F1={m[4]}" for m in re.finditer(r"^news (.+?): P=([\d.]+) R=([\d.]+) F1=([\d.]+)", text, re.MULTILINE)}
    return out


def strict(data: Path) -> dict[str, str]:
    text = run([sys.executable, str(data / "plover_gsr" / "score_strict.py"), "plover", str(data / "plover_gsr" / "PLOVER_GSR_CAMEO.txt")])
    rows = {m[1]: f"P={m[2]} R={m[3]} F1={m[4]}" for m in re.finditer(r"^plover (.+?): P=([\d.]+) R=([\d.]+) F1=([\d.]+)", text, re.MULTILINE)}
    own = run([sys.executable, str(HERE / "events.py"), "--data", str(data), "--only", "gsr"])
    m = re.search(r"type\+dyad\s*│\s*([\d.]+)\s*│\s*([\d.]+)\s*│\s*([\d.]+)", own)
    if m:
        rows["own scoring, type+dyad"] = f"P={m[1]} R={m[2]} F1={m[3]}"
    return rows


def sweep(data: Path) -> dict[str, list[tuple[float, float, float, float, int]]]:
    """{half: [(cut, P, R, F1, predicted)]} of factual type+dyad on the news-events halves and
    on the held-out leads."""
    sys.path.insert(0, str(data / "news-events"))
    from score import keys, prf  # the set's own definitions

    from tidings.config import EventSettings
    from tidings.events import events

    def read(path: Path) -> list[dict[str, Any]]:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    arts = read(data / "news-events" / "dev.jsonl")
    groups = {
        "study": [a for a in arts if int(a["id"].rsplit("-", 1)[1]) % 2 == 1],
        "check": [a for a in arts if int(a["id"].rsplit("-", 1)[1]) % 2 == 0],
        "heldout": [a for f in HELDOUT for a in read(HERE / "news-leads" / f"{f}.jsonl")],
    }
    out: dict[str, list[tuple[float, float, float, float, int]]] = {}
    for name, group in groups.items():
        coded = []
        for art in group:
            evs = events(" ".join(art["sentences"]), published=art["published"], settings=EventSettings(min_confidence=0.0))
            coded.append((art, [e.to_dict() for e in evs]))
        rows = []
        for cut in CUTS:
            tp = npred = ngold = 0
            for art, pred in coded:
                g = keys(art["events"], "type+dyad")
                p = keys([e for e in pred if e["confidence"] >= cut], "type+dyad")
                tp, npred, ngold = tp + len(g & p), npred + len(p), ngold + len(g)
            P, R, F = prf(tp, npred, ngold)
            rows.append((cut, P, R, F, npred))
        out[name] = rows
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the shared benchmarks folder")
    ap.add_argument("--only", choices=("news", "strict", "leads", "sweep"), help="run one part")
    args = ap.parse_args(argv)
    if args.only in (None, "news"):
        print("## news-events (the set's own scorer)")
        for half, rows in news(args.data).items():
            for k, v in rows.items():
                print(f"{half:6} {k:28} {v}")
    if args.only in (None, "strict"):
        print("## PLOVER gold-standard records")
        for k, v in strict(args.data).items():
            print(f"strict {k:28} {v}")
    if args.only in (None, "leads"):
        print("## news leads written for the project (the news-events scorer)")
        for name, rows in leads(args.data).items():
            for k, v in rows.items():
                print(f"{name:7} {k:28} {v}")
    if args.only in (None, "sweep"):
        print("## confidence sweep, factual type+dyad (cut: P R F1 predicted)")
        for half, rows in sweep(args.data).items():
            for cut, P, R, F, n in rows:
                print(f"{half:7} cut={cut:.2f} P={P:.3f} R={R:.3f} F1={F:.3f} predicted={n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
