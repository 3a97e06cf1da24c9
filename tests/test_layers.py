"""The layers of the design brief, checked on every module's imports (napari-style contract)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "wellbeing"

# What each layer may import from the project and from the outside world.
ALLOWED = {
    "domain": ({"wellbeing.domain", "wellbeing"}, set()),
    "analysis": ({"wellbeing.domain", "wellbeing.analysis", "wellbeing"}, {"numpy"}),
    "store": (
        {"wellbeing.domain", "wellbeing.store", "wellbeing"},
        {"sqlite_utils", "platformdirs", "sqlcipher3", "cryptography", "zxcvbn", "keyring"},
    ),
}
FORBIDDEN_OUTSIDE_UI = {"PySide6", "matplotlib", "shiboken6"}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_qt_and_matplotlib_stay_under_ui(path: Path):
    if path.relative_to(PACKAGE).parts[0] == "ui":
        return
    leaked = {name for name in imports_of(path) if name.split(".")[0] in FORBIDDEN_OUTSIDE_UI}
    assert leaked == set()


@pytest.mark.parametrize("layer", sorted(x for x in ALLOWED if (PACKAGE / x).is_dir()))
def test_lower_layers_import_only_what_is_below_them(layer: str):
    own, outside = ALLOWED[layer]
    folder = PACKAGE / layer
    for path in folder.rglob("*.py"):
        for name in imports_of(path):
            top = name.split(".")[0]
            if top == "wellbeing":
                assert any(name == o or name.startswith(o + ".") for o in own - {"wellbeing"}) or (
                    name == "wellbeing"
                ), f"{path.name} imports {name}"
            elif top in outside:
                continue
            else:
                assert top in sys.stdlib_module_names, f"{path.name} imports {name}"
