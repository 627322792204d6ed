"""The CAMEO event code table: names, Goldstein scores, quad classes and PLOVER types.

The table is ``tidings/data/cameo.tsv`` (see ``data/README.md`` for where its facts come
from). A code not in the table falls back to its 3-digit parent, then its 2-digit root.
CAMEO 01 (public statement) has no PLOVER type: its ``plover`` is the empty string.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from tidings.errors import ConfigError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str = ""

    @property
    def root(self) -> str:
        return self.code[:2]


@functools.lru_cache(maxsize=1)
def table() -> dict[str, CameoCode]:
    """All codes of the shipped table, by code."""
    text = resources.files("tidings").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    out: dict[str, CameoCode] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 6:
            raise ConfigError(f"cameo.tsv line {n}: expected 6 tab-separated fields", code="config.cameo")
        code, gold, quad, plover, mode, label = parts
        out[code] = CameoCode(code, label, float(gold), int(quad), plover, mode)
    return out


def lookup(code: str) -> CameoCode:
    """The entry for ``code`` (or its nearest parent). Raises KeyError for a non-CAMEO code."""
    t = table()
    for key in (code, code[:3], code[:2]):
        if key in t:
            hit = t[key]
            return hit if key == code else CameoCode(code, hit.label, hit.goldstein, hit.quad_class, hit.plover, hit.plover_mode)
    raise KeyError(code)


def is_code(code: str) -> bool:
    return code.isdigit() and 2 <= len(code) <= 4 and code[:2] in table()


def describe(code: str) -> CameoCode:
    """``lookup``, or for a code outside CAMEO (a user dictionary may carry WEIS codes) a
    neutral entry: no PLOVER type, Goldstein 0, quad class 0."""
    try:
        return lookup(code)
    except KeyError:
        return CameoCode(code, "not a CAMEO code", 0.0, 0, "")
