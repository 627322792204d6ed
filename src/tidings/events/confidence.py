"""How sure the coder is of an event: a number in [0, 1] from the evidence it was coded on.

The evidence of an event is a handful of named facts (``evidence``):

- ``trigger:<kind>``: the kind of word that triggered it: a verb, a noun ("the talks"), a
  noun done by a light verb ("laid siege to"), an adjective ("willing to").
- ``source:<how>`` / ``target:<how>``: how each side's actor was found (``Mention.how``):
  named in the dictionary, composed from a country and a role, a person, taken from the
  sentence's one country, from the article's home country (``home-*``), from an earlier
  mention (``coref``); ``none`` when the side is empty.
- ``no-target:<kind>``: no target named, for a directed act (AGREE, CONSULT, SUPPORT,
  COOPERATE, AID, REQUEST, ACCUSE, REJECT, SANCTION: one asks, meets, accuses *someone*), an
  act done to a victim (ASSAULT, COERCE: one attacks or arrests *someone*), an investigation
  (CAMEO 09, which need not name whom), or any other act (a march, a deployment).
- ``pattern:<id>``: for an event with no target, the pattern that coded it (its id before
  any ``+``): some patterns name no one by their nature ("called for an inquiry", "urged
  restraint"), others lose a target the text has ("accused the group of ...").
- ``no-source``: no doer named (a passive without "by").
- ``plover:<TYPE>`` and ``modality:<m>``.

The confidence is a logistic model over those facts: ``1 / (1 + exp(-(b + sum of the
weights of the facts present)))``. The weights (``data/confidence_model.tsv``) are learned
by ``benchmarks/train_confidence.py`` from the study half of the news-events benchmark and
the project's own study leads (``benchmarks/news-leads/study.jsonl``; an event is right when
its type and dyad are among the article's gold events), with the regularisation chosen by
cross-validation over those articles; the check half is never read by it.
``EventSettings.min_confidence`` is the default cut the trainer chose on the same articles. A
fact the model has no weight for counts 0.
"""

from __future__ import annotations

import functools
import math
from importlib import resources

from tidings.errors import ConfigError
from tidings.model import Mention

DIRECTED = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN"})
# Acts done to a victim (PLOVER's ASSAULT and COERCE: attack, kill, arrest, seize, ban): with
# no one named as done to, a different fact from acts that need no one (a march, a deployment)
DONE_TO = frozenset({"ASSAULT", "COERCE"})
INTERCEPT = "(intercept)"
MODEL_FILE = "data/confidence_model.tsv"


def evidence(*, trigger_kind: str, plover: str, cameo: str, source: Mention | None, target: Mention | None,
             has_source: bool = True, modality: str = "asserted", pattern: str = "") -> tuple[str, ...]:
    """The named facts an event was coded on (see the module docstring)."""
    facts = [f"trigger:{trigger_kind}", f"source:{source.how if source is not None else 'none'}",
             f"target:{target.how if target is not None else 'none'}", f"plover:{plover or 'none'}", f"modality:{modality}"]
    if target is None:
        # (a curfew, a state of emergency, a ban: restrictions laid on everyone, CAMEO 172x,
        # done to no one in particular; nor is property destroyed, CAMEO 1712, "set fire to
        # buses", done to anyone)
        done_to = plover in DONE_TO and not cameo.startswith(("172", "1712"))
        facts.append("no-target:" + ("investigation" if cameo.startswith("09") else "directed" if plover in DIRECTED
                                     else "done-to" if done_to else "undirected"))
        if pattern:
            facts.append("pattern:" + pattern.split("+", 1)[0])
    if not has_source:
        facts.append("no-source")
    return tuple(facts)


@functools.lru_cache(maxsize=1)
def model() -> dict[str, float]:
    """fact -> weight, and the intercept under ``INTERCEPT``, from ``data/confidence_model.tsv``."""
    where = f"tidings/{MODEL_FILE}"
    text = resources.files("tidings").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            fact, weight = parts[0], float(parts[1])
        except (IndexError, ValueError):
            raise ConfigError(f"{where}: line {n}: expected 'fact<TAB>weight'", code="config.confidence") from None
        if not math.isfinite(weight):
            raise ConfigError(f"{where}: line {n}: weight {parts[1]} is not a finite number", code="config.confidence")
        out[fact] = weight
    if INTERCEPT not in out:
        raise ConfigError(f"{where}: no '{INTERCEPT}' row", code="config.confidence")
    return out


def probability(facts: tuple[str, ...] | list[str]) -> float:
    """The model's confidence for a set of facts, in [0, 1]."""
    w = model()
    z = w[INTERCEPT] + sum(w.get(f, 0.0) for f in facts)
    return 1.0 / (1.0 + math.exp(-z))


def score(*, trigger_kind: str, plover: str, cameo: str, source: Mention | None, target: Mention | None,
          has_source: bool = True, modality: str = "asserted", pattern: str = "") -> tuple[float, list[str], tuple[str, ...]]:
    """(confidence, the facts that lowered it most, as words for ``explain``, every fact)."""
    facts = evidence(trigger_kind=trigger_kind, plover=plover, cameo=cameo, source=source, target=target,
                     has_source=has_source, modality=modality, pattern=pattern)
    return round(probability(facts), 3), lowering(facts), facts


def lowering(facts: tuple[str, ...] | list[str]) -> list[str]:
    """The facts that lowered a confidence most, most first, as words for ``explain``."""
    w = model()
    low = sorted((w.get(f, 0.0), f) for f in facts if w.get(f, 0.0) < 0)
    return [f"{f} {v:+.2f}" for v, f in low[:3]]
