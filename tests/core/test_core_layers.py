"""The core reads bottom-up (issue 18 item 11): no import cycle among the modules of app/, and no import that
climbs the layers of pyproject.toml [tool.importlinter] (docs/architecture.md). Imports inside functions count
as much as those at the top of a module: a lazy import does not untie a cycle, it hides it.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

import grimp
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "pyproject.toml"


def _tool():
    spec = importlib.util.spec_from_file_location("import_cycles", ROOT / "tools" / "import_cycles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cycles = _tool()


def _layers() -> list[grimp.Layer]:
    """The layers contract of pyproject.toml, top first, as grimp reads it."""
    contract = next(c for c in tomllib.loads(CONFIG.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
                    if c["id"] == "layers")
    out = []
    for line in contract["layers"]:
        independent = "|" in line
        out.append(grimp.Layer(*re.split(r"\s*[|:]\s*", line.strip()), independent=independent))
    return out


def _graph() -> grimp.ImportGraph:
    graph = cycles.build_graph(type_checking=False)  # as lint-imports reads it: those imports never run
    # the graph is of this checkout's app/, not of another copy on the path
    assert Path(importlib.util.find_spec("app").origin).resolve().parent == ROOT / "app"
    assert "app.store.db" in graph.modules and "app.domain.versions" in graph.modules
    return graph


def _illegal(graph: grimp.ImportGraph) -> set:
    return graph.find_illegal_dependencies_for_layers(layers=_layers(), containers=set())


def _cycles_of(graph: grimp.ImportGraph) -> list[list[str]]:
    """Cycles through imports at module level or inside functions (not `if TYPE_CHECKING:`, which never runs)."""
    kinds = cycles.import_kinds(graph)
    return cycles.components(cycles.edges_of(kinds, {cycles.MODULE, cycles.FUNCTION}))


def test_lint_imports_keeps_the_layers(capsys):
    """What a developer runs (`lint-imports`): every contract of pyproject.toml is kept."""
    status = lint_imports(config_filename=str(CONFIG), no_cache=True, no_logo=True)
    assert status == 0, capsys.readouterr().out


def test_no_import_cycle_among_the_modules_of_app():
    graph = _graph()
    kinds = cycles.import_kinds(graph)
    # imports inside functions are in the graph, and counted: without them the core had no cycle at all
    assert any(cycles.FUNCTION in found for found in kinds.values())
    found = _cycles_of(graph)
    assert found == [], "import cycles (python tools/import_cycles.py -v):\n" + "\n".join(" ".join(c) for c in found)


def test_every_module_of_app_sits_in_one_layer():
    """A new module (or package) of app/ is placed in the contract, so that the layers speak of it. A package
    whose `__init__` neither imports nor is imported (app.security) is only a folder here; `app` itself holds
    the layers (and the version number, which imports nothing)."""
    graph = _graph()
    names = [name for layer in _layers() for name in layer.module_tails]
    folders = {m for m in graph.modules if graph.find_children(m) and not graph.find_modules_directly_imported_by(m)
               and not graph.find_modules_that_directly_import(m)}
    assert "app.security" in folders and not graph.find_modules_directly_imported_by("app")
    for module in sorted(graph.modules - folders - {"app"}):
        holders = [n for n in names if module == n or module.startswith(n + ".")]
        assert len(holders) == 1, f"{module} is in {holders or 'no layer'} of pyproject.toml [tool.importlinter]"


def test_a_new_cycle_or_an_import_up_the_layers_is_found():
    """The checks above can fail: the same graph with one bad import added (the store reading a unit, which
    imports the write path, which imports the store) shows the cycle and the climb."""
    graph = _graph()
    assert _cycles_of(graph) == [] and not _illegal(graph)
    graph.add_import(importer="app.store.db", imported="app.domain.units", line_number=1,
                     line_contents="from app.domain.units import get_unit")
    found = _cycles_of(graph)
    assert len(found) == 1 and {"app.store.db", "app.domain.units", "app.domain.versions"} <= set(found[0])
    illegal = _illegal(graph)
    assert {(d.importer, d.imported) for d in illegal} == {("app.store", "app.domain")}

