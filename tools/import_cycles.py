"""The import graph of `app/` and its cycles, as grimp sees them (issue 18 item 11).

    python tools/import_cycles.py       # counts, and every strongly connected component
    python tools/import_cycles.py -v    # ... with the imports inside each component

Every import is counted: at module level, inside a function (a lazy import), and under `if TYPE_CHECKING:`
(shown, but left out of the components: it never runs). A component of more than one module is a cycle.
The rules the core keeps (the layers, and the few named exceptions) are in pyproject.toml
[tool.importlinter]; tests/core/test_core_layers.py checks them with `lint-imports` and with `components` here.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
MODULE, FUNCTION, TYPING = "module", "function", "typing"


def build_graph(package: str = "app", type_checking: bool = True) -> grimp.ImportGraph:
    """The graph of `package`; `type_checking=False` leaves out `if TYPE_CHECKING:` imports, as lint-imports does."""
    return grimp.build_graph(package, cache_dir=None, exclude_type_checking_imports=not type_checking)


def import_kinds(graph: grimp.ImportGraph) -> dict[tuple[str, str], set[str]]:
    """{(importer, imported): the kinds of its import statements} for every import in `graph`."""
    out: dict[tuple[str, str], set[str]] = {}
    for importer in graph.modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            for detail in graph.get_import_details(importer=importer, imported=imported):
                lines = _statement_kinds(importer)
                out.setdefault((importer, imported), set()).add(lines.get(detail["line_number"], MODULE))
    return out


@lru_cache(maxsize=None)
def _statement_kinds(module: str) -> dict[int, str]:
    """{line of an import statement: module | function | typing} for one module's source."""
    path = ROOT.joinpath(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    kinds: dict[int, str] = {}

    def walk(node: ast.AST, kind: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = kind
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = FUNCTION
            elif isinstance(child, ast.If) and kind == MODULE and "TYPE_CHECKING" in ast.unparse(child.test):
                inner = TYPING
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                kinds[child.lineno] = inner
            walk(child, inner)

    walk(ast.parse(path.read_text(encoding="utf-8")), MODULE)
    return kinds


def components(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, without recursion), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    nodes = sorted(set(edges) | {b for targets in edges.values() for b in targets})
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(edges.get(target, ())))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return sorted(found)


def edges_of(kinds: dict[tuple[str, str], set[str]], counted: set[str]) -> dict[str, set[str]]:
    """{importer: imported modules} keeping the imports that have one of the `counted` kinds."""
    edges: dict[str, set[str]] = defaultdict(set)
    for (importer, imported), found in kinds.items():
        if found & counted:
            edges[importer].add(imported)
    return edges


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    graph = build_graph()
    kinds = import_kinds(graph)
    for kind in (MODULE, FUNCTION, TYPING):
        print(f"{kind}-level: {sum(1 for found in kinds.values() if kind in found)} imported pairs")
    print(f"modules: {len(graph.modules)}")
    for label, counted in (("module-level imports", {MODULE}), ("module- and function-level imports", {MODULE, FUNCTION})):
        edges = edges_of(kinds, counted)
        found = components(edges)
        print(f"{label}: {len(found)} cycle(s), sizes {[len(c) for c in found]}")
        for component in found:
            print("   ", " ".join(component))
            if "-v" in argv:
                for importer in component:
                    for imported in sorted(edges[importer] & set(component)):
                        print(f"        {importer} -> {imported} [{', '.join(sorted(kinds[(importer, imported)]))}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
