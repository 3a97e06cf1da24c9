"""Refresh the translation sources and compile them: `python -m tests.tools.i18n_build`.

A developer tool, so it lives beside the tests, not in the shipped package.
Runs pyside6-lupdate over every UI module (new strings appear as unfinished in the .ts
files, for a translator to fill in Qt Linguist or a text editor), then pyside6-lrelease.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import wellbeing.ui
from wellbeing.ui.resources import resource_path

UI_PACKAGE = Path(wellbeing.ui.__file__).resolve().parent


def ui_sources() -> list[Path]:
    """Every module of the UI package: any of them may hold a translatable string."""
    return sorted(UI_PACKAGE.rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def update_sources(targets: dict[str, Path]) -> None:
    sources = [str(p) for p in ui_sources()]
    for lang, ts in targets.items():
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [tool("pyside6-lupdate"), *extra, "-no-obsolete", *sources, "-ts", str(ts)],
            check=True,
            capture_output=True,
        )


def compile_all(targets: dict[str, Path]) -> None:
    for ts in targets.values():
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
        )


def main() -> None:
    folder = resource_path("translations")
    targets = {lang: folder / f"wellbeing_{lang}.ts" for lang in ("en", "fr")}
    update_sources(targets)
    compile_all(targets)
    for ts in targets.values():
        print(ts)


if __name__ == "__main__":
    main()
