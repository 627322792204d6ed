"""How sure the coder is of an event: a number in [0, 1] from the evidence it was coded on.

An event's confidence is the product of one factor per piece of evidence
(``data/confidence.tsv`` holds the factors, one row each, so that they can be read and
tuned without touching the coder):

- ``trigger``: the kind of word that triggered it. A verb pattern is the clearest; a noun
  ("the talks", "an attack") or an adjective ("willing to") more often names something
  that is not an act of the sentence's actors.
- ``source`` / ``target``: how each side's actor was found (``Mention.how``): named in
  the dictionary, composed from a country and a role, taken from the sentence's one
  country, from the article's home country (``home-*``), or from an earlier mention.
- ``no-target``: the event names no target. PLOVER's cooperative and verbal types are
  directed acts (one asks, meets, aids, accuses *someone*): without a named counterpart
  such an event is often a reading of a word that is not an act at all ("holds appeal",
  "gave no details"). Force, protest, deployment, withdrawal and threats are often coded
  without a target, and so are concessions ("the bill was withdrawn"). An investigation (CAMEO 09) need not name whom it investigates.
- ``no-source``: no doer named (a passive without "by"): the act is still reported.

``EventSettings.min_confidence`` is the default cut for output; it was chosen on the study
half of the news-events benchmark (see BENCHMARKS.md) for precision.
"""

from __future__ import annotations

import functools
from importlib import resources

from tidings.errors import ConfigError
from tidings.model import Mention

# PLOVER types whose act is, by definition, done to someone (see the module docstring).
DIRECTED = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "SANCTION"})


@functools.lru_cache(maxsize=1)
def factors() -> dict[tuple[str, str], float]:
    """(kind, key) -> factor, from ``data/confidence.tsv``."""
    where = "tidings/data/confidence.tsv"
    text = resources.files("tidings").joinpath("data/confidence.tsv").read_text(encoding="utf-8")
    out: dict[tuple[str, str], float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            kind, key, value = parts[0], parts[1], float(parts[2])
        except (IndexError, ValueError):
            raise ConfigError(f"{where}: line {n}: expected 'kind<TAB>key<TAB>factor'", code="config.confidence") from None
        if not 0.0 <= value <= 1.0:
            raise ConfigError(f"{where}: line {n}: factor {value} is not in [0, 1]", code="config.confidence")
        out[(kind, key)] = value
    return out


def _side(kind: str, m: Mention | None) -> tuple[float, str]:
    f = factors()
    if m is None:
        return 1.0, ""
    how = m.how if (kind, m.how) in f else "default"
    return f.get((kind, how), 1.0), f"{kind} {m.how}"


def score(*, trigger_kind: str, plover: str, cameo: str, source: Mention | None, target: Mention | None,
          has_source: bool = True) -> tuple[float, list[str]]:
    """(confidence, the factors below 1 that lowered it, as words for ``explain``)."""
    f = factors()
    value = f.get(("trigger", trigger_kind), 1.0)
    why = [f"trigger {trigger_kind} x{value:g}"] if value < 1 else []
    for kind, m in (("source", source), ("target", target)):
        v, what = _side(kind, m)
        value *= v
        if v < 1:
            why.append(f"{what} x{v:g}")
    if target is None:
        key = "investigation" if cameo.startswith("09") else ("directed" if plover in DIRECTED else "undirected")
        v = f.get(("no-target", key), 1.0)
        value *= v
        if v < 1:
            why.append(f"no target ({key}) x{v:g}")
    if not has_source:
        v = f.get(("no-source", "any"), 1.0)
        value *= v
        if v < 1:
            why.append(f"no source x{v:g}")
    return round(min(max(value, 0.0), 1.0), 3), why
