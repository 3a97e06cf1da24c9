"""Renders the app's own screens to PNG, for the README and for looking at changes.

`python -m wellbeing.ui.screenshot OUT.png [--lang fr] [--page clients] [--details]`
builds a fresh demo journal in a temporary folder unless --journal is given. Set
QT_QPA_PLATFORM=offscreen to run it without a display.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from wellbeing.demo import write_demo_journal
from wellbeing.store import open_journal
from wellbeing.ui.app import build_window, create_application

PAGES = ("journal", "clients", "strengths")


def render(
    out: Path,
    journal_path: Path,
    lang: str = "en",
    page: str = "journal",
    details: bool = False,
    open_row: int | None = None,
) -> Path:
    app, chosen = create_application(lang)
    window = build_window(journal_path, chosen)
    window.show()
    while window.journal_page.loading:
        app.processEvents()
    getattr(window, f"show_{page}")()
    if open_row is not None:
        window.journal_page.table.selectRow(open_row)
        window.journal_page.table.activated.emit(window.journal_page.proxy.index(open_row, 0))
    window.journal_page.form.expand(details)
    QTimer.singleShot(0, lambda: None)
    for _ in range(10):
        QCoreApplication.processEvents()
    window.grab().save(str(out))
    window.close()
    return out


def demo_journal(folder: Path, end: date | None = None) -> Path:
    path = folder / "demo.wbj"
    db = open_journal(path)
    write_demo_journal(db, end=end)
    db.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--journal", type=Path)
    parser.add_argument("--lang", default="en", choices=("en", "fr"))
    parser.add_argument("--page", default="journal", choices=PAGES)
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--open-row", type=int)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        journal_path = args.journal or demo_journal(Path(folder))
        print(render(args.out, journal_path, args.lang, args.page, args.details, args.open_row))


if __name__ == "__main__":
    main()
