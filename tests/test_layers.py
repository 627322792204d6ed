"""Imports flow one way (STYLE.md §1): model <- stages <- store <- pipeline <- {cli, api,
distributed, web}. Read from the source with ``ast``, so an import inside a function counts
as much as one at the top (issue 9: the store no longer imports the pipeline)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "tidings"

ABOVE_THE_STORE = ("tidings.pipeline", "tidings.cli", "tidings.api", "tidings.web", "tidings.distributed")
SURFACES = ("tidings.cli", "tidings.api", "tidings.web")
STAGES = ("acquire", "extract", "nlp", "actors", "events", "dedup", "stories", "store")


def _module(path: Path, root: Path = PACKAGE.parent) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, root: Path = PACKAGE.parent) -> set[str]:
    """Every module ``path`` (under ``root``) imports; ``from x import y`` gives x and x.y."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = _module(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            out.add(base)
            out.update(f"{base}.{alias.name}" for alias in node.names)
    return out


def _files(*names: str) -> list[Path]:
    found: list[Path] = []
    for name in names:
        if (PACKAGE / name).is_dir():
            found.extend(sorted((PACKAGE / name).rglob("*.py")))
        else:
            found.append(PACKAGE / f"{name}.py")
    return found


def _offending(path: Path, forbidden: tuple[str, ...], root: Path = PACKAGE.parent) -> list[str]:
    return sorted(m for m in imports(path, root) if any(m == f or m.startswith(f + ".") for f in forbidden))


def test_imports_reads_absolute_relative_and_nested_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "tidings" / "store"
    pkg.mkdir(parents=True)
    sample = pkg / "sample.py"
    sample.write_text(
        "import json\nfrom tidings.model import Article\n"
        "def f():\n    from ..pipeline import code_many\n    from . import writer\n"
    )
    got = imports(sample, tmp_path)
    assert {"json", "tidings.model", "tidings.pipeline", "tidings.pipeline.code_many", "tidings.store.writer"} <= got
    assert _offending(sample, ABOVE_THE_STORE, tmp_path) == ["tidings.pipeline", "tidings.pipeline.code_many"]


@pytest.mark.parametrize("path", _files("store"), ids=lambda p: p.name)
def test_store_imports_nothing_above_it(path: Path) -> None:
    assert _offending(path, ABOVE_THE_STORE) == [], f"{path.relative_to(PACKAGE)} imports from above the store"


@pytest.mark.parametrize("path", _files(*STAGES), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_stages_import_no_surface(path: Path) -> None:
    assert _offending(path, SURFACES) == [], f"{path.relative_to(PACKAGE)} imports the CLI, API or web"


def test_every_stage_is_checked() -> None:
    checked = {_module(p) for p in _files(*STAGES)}
    assert {"tidings.store", "tidings.store.recode", "tidings.nlp", "tidings.events.coder",
            "tidings.actors.resolve", "tidings.acquire.http", "tidings.extract.html"} <= checked


def shadowed(path: Path) -> set[str]:
    """The names a module both imports at its top level and defines there again (a constant,
    a function or a class): the later definition silently replaces what other code of the
    module read under that name."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    imported = {alias.asname or alias.name.split(".")[0] for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in node.names}
    defined: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            defined.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            defined.add(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
    return imported & defined


def test_shadowed_finds_a_name_imported_and_defined_again(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from .home import OTHER_SIDE_NOUNS, opening\nOTHER_SIDE_NOUNS = frozenset({'rival'})\nPLAIN = 1\n")
    assert shadowed(sample) == {"OTHER_SIDE_NOUNS"}


@pytest.mark.parametrize("path", _files(*STAGES), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_stage_defines_again_a_name_it_imports(path: Path) -> None:
    # (a word list defined under the name of one imported from another module replaces it
    # for every rule of the module that read the imported one)
    assert shadowed(path) == set(), f"{path.relative_to(PACKAGE)} defines again what it imports"
