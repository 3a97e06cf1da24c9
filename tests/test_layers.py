"""The layers of the design brief, checked on every module's imports (napari-style contract)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "wellbeing"

STORE_LIBS = {"sqlite_utils", "platformdirs", "sqlcipher3", "cryptography", "zxcvbn", "keyring"}
CHARTS_LIBS = {"matplotlib", "numpy"}

# What each layer may import from the project and from the outside world. A layer not yet
# in the package is skipped; "wellbeing" itself (the version) is allowed everywhere.
ALLOWED = {
    "domain": ({"wellbeing.domain", "wellbeing"}, set()),
    "analysis": ({"wellbeing.domain", "wellbeing.analysis", "wellbeing"}, {"numpy"}),
    "store": ({"wellbeing.domain", "wellbeing.store", "wellbeing"}, STORE_LIBS),
    "charts": (
        {"wellbeing.domain", "wellbeing.analysis", "wellbeing.charts", "wellbeing"},
        CHARTS_LIBS,
    ),
    "samples": (
        {
            "wellbeing.domain",
            "wellbeing.analysis",
            "wellbeing.store",
            "wellbeing.samples",
            "wellbeing",
        },
        {"numpy"},
    ),
    "sharing": (
        {
            "wellbeing.domain",
            "wellbeing.analysis",
            "wellbeing.store",
            "wellbeing.charts",
            "wellbeing.sharing",
            "wellbeing",
        },
        # matplotlib stays in charts/ (and the ui's canvases): reports draw via charts.render
        STORE_LIBS | {"numpy", "opendp", "fpdf"},
    ),
    "services": (
        {
            "wellbeing.domain",
            "wellbeing.analysis",
            "wellbeing.store",
            "wellbeing.charts",
            "wellbeing.sharing",
            "wellbeing.samples",
            "wellbeing.services",
            "wellbeing",
        },
        STORE_LIBS | {"numpy"},
    ),
}
FORBIDDEN_OUTSIDE_UI = {"PySide6", "shiboken6"}
MATPLOTLIB_LAYERS = {"ui", "charts", "sharing"}  # charts draw; sharing draws them into PDFs
UI = "wellbeing.ui"


def imports_of(path: Path) -> set[str]:
    """Every absolute import, at any depth; `from wellbeing import x` counts as wellbeing.x."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "wellbeing":
                names.update(f"wellbeing.{alias.name}" for alias in node.names)
            else:
                names.add(node.module)
    return names


def top_level_imports_of(path: Path) -> set[str]:
    """Imports run when the module loads: outside every function (lazy ones excluded)."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if isinstance(child, ast.Import):
                names.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                if child.module == "wellbeing":
                    names.update(f"wellbeing.{alias.name}" for alias in child.names)
                else:
                    names.add(child.module)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return names


def is_under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def layer_of(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_qt_and_matplotlib_stay_under_ui(path: Path):
    """Qt only under ui/; matplotlib under ui/ and the layers that draw charts."""
    layer = layer_of(path)
    if layer == "ui":
        return
    forbidden = FORBIDDEN_OUTSIDE_UI | (set() if layer in MATPLOTLIB_LAYERS else {"matplotlib"})
    leaked = {name for name in imports_of(path) if name.split(".")[0] in forbidden}
    assert leaked == set()


@pytest.mark.parametrize("layer", sorted(x for x in ALLOWED if (PACKAGE / x).is_dir()))
def test_lower_layers_import_only_what_is_below_them(layer: str):
    own, outside = ALLOWED[layer]
    folder = PACKAGE / layer
    for path in folder.rglob("*.py"):
        for name in imports_of(path):
            top = name.split(".")[0]
            if top == "wellbeing":
                assert any(is_under(name, o) for o in own - {"wellbeing"}) or (
                    name == "wellbeing" or name == "wellbeing.__version__"
                ), f"{path.name} imports {name}"
            elif top in outside:
                continue
            else:
                assert top in sys.stdlib_module_names, f"{path.name} imports {name}"


@pytest.mark.parametrize(
    "path",
    [p for p in modules() if layer_of(p) != "ui" and p.name != "cli.py"],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_nothing_outside_ui_imports_ui(path: Path):
    assert {name for name in imports_of(path) if is_under(name, UI)} == set()


def test_the_command_line_starts_the_gui_lazily():
    """`wellbeing` with no command opens the window; every other command stays Qt-free."""
    cli = PACKAGE / "cli.py"
    assert {name for name in top_level_imports_of(cli) if is_under(name, UI)} == set()
    assert any(is_under(name, UI) for name in imports_of(cli))  # inside a function
