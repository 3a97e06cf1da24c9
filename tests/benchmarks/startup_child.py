"""Child process of the start-up benchmark: open a main window, report when it is painted, quit.

Run by run_benchmarks.py, never by hand:

    python startup_child.py bare
    python startup_child.py app --journal PATH
    python startup_child.py lock --journal PATH

The app path needs WELLBEING_PASSPHRASE (run_benchmarks sets it): the app then opens the
encrypted journal with it instead of asking in a dialog, which would wait for ever offscreen.

It prints one JSON line on stdout with wall-clock times (time.time(), seconds since the epoch,
so the parent can subtract the time it took just before Popen):

- ``child_start``: the first line of this script ran (interpreter start-up is before it);
- ``app_ready``: the QApplication exists (for the app: create_application returned, so the
  package, PySide6, translators and style sheet are loaded);
- ``journal_open``: (app only) the journal is unlocked (the key derivation, ~130 ms) and open,
  and its JournalStore made; the app starts this once the empty window has been painted;
- ``window_built``: the main window exists; for the app, the journal is open and
  JournalPage.reload has put the first page into the list's model (``rows`` says how many);
- ``rows_painted``: the journal list's viewport received its first Paint event while its model
  had rows, i.e. the first rows are on screen (app only);
- ``painted``: the main window's first complete paint. The event filter sees the window's first
  QEvent.Paint and schedules a zero-time single shot; Qt paints the whole widget tree of that
  window in the same backing-store sync before returning to the event loop, so the shot fires
  just after every child widget has painted and the backing store has been flushed (the app
  queues its journal opening the same way, after it).

The app path is exactly what ``wellbeing --journal PATH`` does (wellbeing.cli.main → cmd_gui →
wellbeing.ui.app.run_gui: QApplication, translators, style sheet, open_journal, MainWindow,
show, exec, then the journal opens); the only changes are wrappers around MainWindow.show and
MainWindow.install_store that install the event filters and note the times, one around
create_application that notes the time, and QMessageBox.critical made to fail the child at once
(a journal that cannot open would otherwise leave a modal box waiting offscreen). Nothing in
the package is edited.
"""

from __future__ import annotations

import time

CHILD_START = time.time()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QMainWindow,
    QMessageBox,
    QWidget,
)

MARKS: dict[str, Any] = {"child_start": CHILD_START}


def _report_and_quit() -> None:
    print(json.dumps(MARKS), flush=True)
    app = QApplication.instance()
    if app is not None:
        app.exit(0)


class PaintWatcher(QObject):
    """Notes the window's first complete paint and, when watching a list, its first rows.

    Quits once everything it watches has been seen.
    """

    def __init__(self, window: QWidget, wait_for_rows: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.table: QAbstractItemView | None = None
        self.wait_for_rows = wait_for_rows
        window.installEventFilter(self)

    def watch_table(self, table: QAbstractItemView) -> None:
        self.table = table
        table.viewport().installEventFilter(self)

    def _maybe_quit(self) -> None:
        if "painted" in MARKS and (not self.wait_for_rows or "rows_painted" in MARKS):
            _report_and_quit()

    def _window_painted(self) -> None:
        MARKS["painted"] = time.time()
        self._maybe_quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if watched is self.window and "painted" not in MARKS and not hasattr(self, "_shot"):
            self._shot = True
            QTimer.singleShot(0, self._window_painted)
        elif (
            self.table is not None
            and watched is self.table.viewport()
            and "rows_painted" not in MARKS
            and self.table.model().rowCount() > 0
        ):
            MARKS["rows_painted"] = time.time()
            QTimer.singleShot(0, self._maybe_quit)
        return False


def run_bare() -> int:
    """The baseline: a bare QMainWindow of the app's size, shown under the same event loop."""
    app = QApplication(sys.argv[:1])
    MARKS["app_ready"] = time.time()
    window = QMainWindow()
    window.resize(1320, 840)
    MARKS["window_built"] = time.time()
    PaintWatcher(window)
    window.show()
    return app.exec()


def run_app(argv: list[str]) -> int:
    """What the `wellbeing` command does with no sub-command, plus the paint watcher."""
    if not os.environ.get("WELLBEING_PASSPHRASE"):
        raise SystemExit("startup_child: set WELLBEING_PASSPHRASE, or the app asks for it")
    from wellbeing import cli
    from wellbeing.ui import app as app_module
    from wellbeing.ui import main_window

    original_create_application = app_module.create_application
    original_install_store = main_window.MainWindow.install_store
    original_show = main_window.MainWindow.show

    def create_application(lang):  # type: ignore[no-untyped-def]
        created = original_create_application(lang)
        MARKS["app_ready"] = time.time()
        return created

    def show(window):  # type: ignore[no-untyped-def]
        window._watcher = PaintWatcher(window, wait_for_rows=True)
        original_show(window)

    def install_store(window, store):  # type: ignore[no-untyped-def]
        MARKS["journal_open"] = time.time()
        original_install_store(window, store)
        MARKS["window_built"] = time.time()
        MARKS["rows"] = window.journal_page.model.rowCount()
        window._watcher.watch_table(window.journal_page.table)

    def critical(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        print(f"startup_child: the app showed an error box: {title}: {text}", file=sys.stderr)
        os._exit(3)

    app_module.create_application = create_application
    QMessageBox.critical = staticmethod(critical)  # type: ignore[method-assign]
    main_window.MainWindow.show = show
    main_window.MainWindow.install_store = install_store
    return cli.main(argv)


def run_lock(argv: list[str]) -> int:
    """The app with no passphrase given: `painted` is the unlock dialog's first paint."""
    os.environ.pop("WELLBEING_PASSPHRASE", None)
    from wellbeing import cli
    from wellbeing.ui import app as app_module
    from wellbeing.ui import passphrase_dialogs

    original_create_application = app_module.create_application
    original_exec = passphrase_dialogs.UnlockDialog.exec

    def create_application(lang):  # type: ignore[no-untyped-def]
        created = original_create_application(lang)
        MARKS["app_ready"] = time.time()
        return created

    def exec_(dialog):  # type: ignore[no-untyped-def]
        class DialogPainted(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and "painted" not in MARKS:
                    QTimer.singleShot(0, self.done)
                    MARKS["paint_seen"] = time.time()
                return False

            def done(self) -> None:
                MARKS["painted"] = time.time()
                print(json.dumps(MARKS), flush=True)
                os._exit(0)  # a modal dialog's loop: leave at once

        dialog._painted = DialogPainted(dialog)
        dialog.installEventFilter(dialog._painted)
        return original_exec(dialog)

    app_module.create_application = create_application
    passphrase_dialogs.UnlockDialog.exec = exec_  # type: ignore[method-assign]
    return cli.main(argv)


def main() -> int:
    mode, rest = sys.argv[1], sys.argv[2:]
    if mode == "bare":
        return run_bare()
    if mode == "app":
        return run_app(rest)
    if mode == "lock":
        return run_lock(rest)
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    sys.exit(main())
