"""The house style's static gates, run with the suite so that CI keeps them: mypy --strict on
src (configured in pyproject.toml) and ruff over src, tests and benchmarks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.slow
def test_mypy_strict_finds_no_errors() -> None:
    mypy = BIN / "mypy"
    if not mypy.exists():
        pytest.skip("mypy is not installed in this environment (pip install -e '.[dev]')")
    result = subprocess.run([str(mypy)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:]


def test_ruff_finds_no_errors() -> None:
    ruff = BIN / "ruff"
    if not ruff.exists():
        pytest.skip("ruff is not installed in this environment (pip install -e '.[dev]')")
    result = subprocess.run([str(ruff), "check", "src", "tests", "benchmarks"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:]
