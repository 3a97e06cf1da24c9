"""Renders the app's own screens to PNG, for the README and for looking at changes.

`python -m tests.tools.screenshot OUT.png [--lang fr] [--page insights|clients|…]
[--details] [--client NAME] [--tab N] [--size 1320x840] [--theme dark]` builds a fresh
demo journal in a temporary folder unless --journal is given (its passphrase:
WELLBEING_PASSPHRASE, or a throwaway one). Set QT_QPA_PLATFORM=offscreen to run it without
a display.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QTimer

from wellbeing.services.demo import write_demo_journal
from wellbeing.store import create_journal
from wellbeing.ui.app import build_window, create_application
from wellbeing.ui.theme import CHOICES, install_theme

PAGES = ("journal", "insights", "clients", "strengths")
SCREENSHOT_PASSPHRASE = "screenshot passphrase (throwaway)"


def passphrase() -> str:
    return os.environ.get("WELLBEING_PASSPHRASE") or SCREENSHOT_PASSPHRASE


def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def page_busy(window, page: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the page on show is still reading or working out what it shows (Clients'
    advice and Insights' charts come over several passes, some from a thread)."""
    if page == "clients":
        built = window.clients_tab.built
        return built is None or built.loading or built.reading
    if page == "insights":
        built = window.insights_page.built
        return built is None or built.loading or built.drawing or built.data is None
    return False


def wait_for(page_busy_now, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = QDeadlineTimer(int(seconds * 1000))
    while page_busy_now() and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def render(
    out: Path,
    journal_path: Path,
    lang: str = "en",
    page: str = "journal",
    details: bool = False,
    open_row: int | None = None,
    client: str | None = None,
    tab: int | None = None,
    size: tuple[int, int] = (1320, 840),
    theme: str | None = None,
) -> Path:
    app, chosen = create_application(lang)
    if theme is not None:
        install_theme(app, theme)  # for this picture only: the remembered choice stays
    window = build_window(journal_path, chosen, passphrase())
    window.resize(*size)
    window.show()
    while window.journal_page.loading:
        app.processEvents()
    getattr(window, f"show_{page}")()
    if open_row is not None:
        window.journal_page.table.selectRow(open_row)
        window.journal_page.table.activated.emit(window.journal_page.proxy.index(open_row, 0))
    window.journal_page.form.expand(details)
    settle()
    wait_for(lambda: page_busy(window, page))
    if client is not None:
        page_widget = window.clients_page
        match = next(c for c in window.store.clients() if c.name == client)
        page_widget.select_client(match.id)
        settle()
        wait_for(lambda: page_busy(window, page))
    if tab is not None and page == "clients":
        window.clients_page.panel.setCurrentIndex(tab)
    QTimer.singleShot(0, lambda: None)
    settle(40)
    window.grab().save(str(out))
    window.close()
    return out


def demo_journal(folder: Path, end: date | None = None) -> Path:
    path = folder / "demo.wbj"
    db, _recovery_key = create_journal(path, passphrase())
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
    parser.add_argument("--client", help="select this client (clients page)")
    parser.add_argument("--tab", type=int, help="tab of the client's panel to show")
    parser.add_argument("--size", default="1320x840", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--theme", choices=CHOICES, help="the window's theme (default: as chosen)")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory() as folder:
        journal_path = args.journal or demo_journal(Path(folder))
        out = render(
            args.out,
            journal_path,
            args.lang,
            args.page,
            args.details,
            args.open_row,
            args.client,
            args.tab,
            (width, height),
            args.theme,
        )
        print(out)


if __name__ == "__main__":
    main()
