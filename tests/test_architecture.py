"""The layout's rules, checked on the source: no import circles, Qt only in the UI, SQL only in the store."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "reader"
SQL = re.compile(r"^\s*(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|VIRTUAL))", re.I | re.S)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """The reader modules ``name`` imports anywhere in its body (lazy imports in functions included)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            # "from reader.store import errors" imports the module reader.store.errors.
            targets = [prefix] + [f"{prefix}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _type_checking_only(name: str) -> set[str]:
    """Imports under ``if TYPE_CHECKING:``: they never run, so they make no circle."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and inner.module:
                    names.add(inner.module)
    return names


def find_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                circles.append(stack[stack.index(target) :] + [target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    return circles


def test_no_module_of_reader_is_part_of_an_import_circle():
    graph = {name: imports_of(name) - _type_checking_only(name) for name in MODULES}
    # A package's __init__ importing its own modules is how packages work, not a circle.
    for name, targets in graph.items():
        if MODULES[name].name == "__init__.py":
            graph[name] = {t for t in targets if not t.startswith(name + ".")}
    circles = find_circles(graph)
    assert circles == [], "import circles: " + "; ".join(" -> ".join(c) for c in circles)


def test_qt_is_imported_only_in_the_ui():
    offenders = []
    for name, path in MODULES.items():
        if name.startswith("reader.ui"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            module = getattr(node, "module", None) or ""
            names = [a.name for a in getattr(node, "names", [])] if isinstance(node, ast.Import) else [module]
            if any(n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") for n in names):
                offenders.append(name)
    assert offenders == []


def test_sql_statements_are_only_in_the_store():
    offenders = []
    for name, path in MODULES.items():
        if name.startswith("reader.store"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
                offenders.append(f"{name}: {node.value[:40]!r}")
    assert offenders == []


def test_the_store_does_not_read_files_or_call_the_parser():
    for name in MODULES:
        if name.startswith("reader.store"):
            reached = imports_of(name)
            assert not any(t.startswith(("reader.parsing", "reader.ingest", "reader.ui")) for t in reached), name


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith("reader.store")))
def test_no_store_module_grows_past_about_400_lines(name):
    assert len(MODULES[name].read_text(encoding="utf-8").splitlines()) <= 420


def test_the_checks_see_what_they_look_for():
    """Guards against a vacuous pass: a made-up circle is found, and real imports are read."""
    assert find_circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert find_circles({"a": {"b"}, "b": set()}) == []
    assert imports_of("reader.store.library") >= {"reader.store.connection", "reader.store.tags"}
