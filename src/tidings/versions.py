"""The versions of the stages, recorded with every run (``runs.stage_versions``) so that each
stored row can say what produced it. A stage's version changes when its output for the same
input may change in a way a stored corpus should know about.

Kept below both the pipeline (which runs the stages) and the store (which records them), so
the store needs nothing from the pipeline.
"""

from __future__ import annotations

STAGE_VERSIONS: dict[str, str] = {
    "extract": "extract.v1",
    "events": "events.v1",
}
