"""Checks on the library's own source that no behaviour test would see."""

import ast
import collections
from pathlib import Path

import q7x2lib

PACKAGE = Path(q7x2lib.__file__).parent


def _module_level_names(tree: ast.Module) -> collections.Counter:
    names: collections.Counter = collections.Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    # A second `_NAME = ...` further down a long module silently changes what every function above it reads
    # (round 56: a new set of agents reused the name of an older one in events.py).
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        names = _module_level_names(ast.parse(path.read_text(encoding="utf-8")))
        dup = sorted(n for n, k in names.items() if k > 1 and n != "__all__")
        if dup:
            twice[str(path.relative_to(PACKAGE))] = dup
    assert twice == {}


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\nB: int = 3\n")
    assert _module_level_names(tree)["A"] == 2 and _module_level_names(tree)["B"] == 1
