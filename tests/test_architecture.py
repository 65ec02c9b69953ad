"""The shape of the code, checked: layering, no import cycles, small modules and functions.

The data flows one way (files -> loader -> Library -> planner / renderer -> site -> CLI), and the
imports must say so: a module may import its own layer or a lower one, never a higher one.
docs/architecture.md explains the layers and where to add things.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "mmc"

# Lowest first. The first matching prefix names a module's layer.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("model", ("mmc._version", "mmc.errors", "mmc.suggest", "mmc.cachedir", "mmc.runtime",
               "mmc.model", "mmc._precompiled")),
    ("content", ("mmc.content",)),
    ("plan/render", ("mmc.plan", "mmc.render")),
    ("site", ("mmc.site", "mmc.project", "mmc.scaffold")),
    ("cli", ("mmc.cli",)),
    ("plugins", ("mmc.mkdocs_plugin", "mmc.__main__", "mmc")),
)

def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(name: str) -> int:
    for rank, (_label, prefixes) in enumerate(LAYERS):
        if any(name == p or name.startswith(p + ".") for p in prefixes):
            return rank
    raise AssertionError(f"{name} belongs to no layer: add it to LAYERS in {__file__}")


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


KNOWN = modules()


def imports_of(name: str, path: Path) -> list[tuple[str, int, bool]]:
    """(imported mmc module, line, at module level?) for every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    top_level = {id(node) for node in tree.body}
    for statement in tree.body:  # imports under `if TYPE_CHECKING:` count as top level
        if isinstance(statement, ast.If):
            top_level.update(id(n) for n in statement.body)
    found: list[tuple[str, int, bool]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            targets = [stem] + [f"{stem}.{alias.name}" for alias in node.names]
        known = KNOWN
        for target in targets:
            if target == "mmc" or target.startswith("mmc."):
                while target not in known and "." in target:
                    target = target.rpartition(".")[0]
                entry = (target, node.lineno, id(node) in top_level)
                if target in known and target != name and entry not in found:
                    found.append(entry)
    return found


@pytest.fixture(scope="module")
def graph() -> dict[str, list[tuple[str, int, bool]]]:
    return {name: imports_of(name, path) for name, path in modules().items()}


def test_every_module_has_a_layer() -> None:
    for name in modules():
        layer_of(name)


def test_no_module_imports_a_higher_layer(graph: dict[str, list[tuple[str, int, bool]]]) -> None:
    back_edges = []
    for name, targets in graph.items():
        if name == "mmc":  # the package's lazy public names point at every layer by design
            continue
        for target, line, _top in targets:
            if target == "mmc":
                continue
            if layer_of(target) > layer_of(name):
                back_edges.append(
                    f"{KNOWN[name].relative_to(SRC)}:{line}: {name} "
                    f"({LAYERS[layer_of(name)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})"
                )
    assert not back_edges, "imports against the layering:\n" + "\n".join(back_edges)


def test_plan_and_render_do_not_depend_on_each_other(
    graph: dict[str, list[tuple[str, int, bool]]],
) -> None:
    crossing = [
        f"{name} imports {target}"
        for name, targets in graph.items()
        for target, _line, _top in targets
        if {name.split(".")[1:2][0] if "." in name else "", target.split(".")[1]} == {"plan", "render"}
    ]
    assert not crossing, crossing


def test_no_import_cycles(graph: dict[str, list[tuple[str, int, bool]]]) -> None:
    edges: dict[str, set[str]] = defaultdict(set)
    for name, targets in graph.items():
        for target, _line, top in targets:
            if top and target != "mmc" and name != "mmc":
                edges[name].add(target)
    cycle = a_cycle(edges)
    assert not cycle, "an import cycle (module-level imports): " + " -> ".join(cycle)


def a_cycle(edges: dict[str, set[str]]) -> list[str]:
    """One import cycle among ``edges`` (module -> modules it imports), or [] if none."""
    try:
        TopologicalSorter(edges).prepare()
    except CycleError as error:
        return list(error.args[1])
    return []


def test_the_layer_check_catches_a_back_edge(tmp_path: Path) -> None:
    """The check itself can fail: a model module importing the site is reported."""
    fake = tmp_path / "mmc" / "model"
    fake.mkdir(parents=True)
    source = fake / "bad.py"
    source.write_text("from mmc.site import build\n", encoding="utf-8")
    tree = ast.parse(source.read_text())
    node = tree.body[0]
    assert isinstance(node, ast.ImportFrom)
    assert layer_of(node.module or "") > layer_of("mmc.model.bad")
    assert set(a_cycle({"a": {"b"}, "b": {"a"}})) == {"a", "b"}
    assert a_cycle({"a": {"b"}, "b": set()}) == []

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80  # lines of code and comments; a docstring does not count

# Modules or functions allowed over the limits, each with the reason it is stated for.
# Keys: "path/relative/to/src/mmc.py" or "path.py:function".
OVER_LIMIT: dict[str, str] = {}

# Generated code, exempt from the size limits: Jinja's code for mmc's templates, written by
# scripts/compile_templates.py (a module per template, a function per template or block).
GENERATED = "_precompiled/"


def long_functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):  # the docstring is not code
                length -= (first.end_lineno or first.lineno) - first.lineno + 1
            if length > MAX_FUNCTION_LINES:
                out.append((node.name, length))
    return out


def test_modules_and_functions_stay_small() -> None:
    over = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(SRC / "mmc").as_posix()
        if rel.startswith(GENERATED):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES and rel not in OVER_LIMIT:
            over.append(f"{rel}: {lines} lines (limit {MAX_MODULE_LINES})")
        for function, length in long_functions(path):
            if f"{rel}:{function}" not in OVER_LIMIT:
                over.append(f"{rel}:{function}: {length} lines (limit {MAX_FUNCTION_LINES})")
    assert not over, "split these, or state the reason in OVER_LIMIT:\n" + "\n".join(over)


def test_stated_reasons_are_still_needed() -> None:
    for key in OVER_LIMIT:
        rel, _, function = key.partition(":")
        path = SRC / "mmc" / rel
        assert path.exists(), f"OVER_LIMIT names a missing file: {key}"
        if function:
            assert any(f == function for f, _ in long_functions(path)), f"no longer long: {key}"
        else:
            assert len(path.read_text().splitlines()) > MAX_MODULE_LINES, f"no longer long: {key}"
