"""Checks on the package's own source that its linters do not make."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "shipgraph"


def rebound_names(source: str) -> list[tuple[str, int, int]]:
    """Module-level names bound twice (a pattern, a function or a class): the later binding
    silently replaces the earlier one for every rule that reads the name."""
    seen: dict[str, int] = {}
    twice: list[tuple[str, int, int]] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append((name, seen[name], node.lineno))
            else:
                seen[name] = node.lineno
    return twice


def test_a_name_bound_twice_is_found() -> None:
    assert rebound_names("A = 1\ndef f(): pass\nA = 2\n") == [("A", 1, 3)]
    assert rebound_names("A = 1\nB: int = 2\ndef A(): pass\n") == [("A", 1, 3)]
    assert rebound_names("A = 1\nif True:\n    A = 2\n") == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_binds_a_name_twice(path: Path) -> None:
    assert rebound_names(path.read_text(encoding="utf-8")) == []
