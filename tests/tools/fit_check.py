"""Opens every window and dialog of the app on the current screen and says what does not fit.

`QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.tools.fit_check --lang fr`
prints one line per problem (a window larger than the screen's available area, a label or
button whose text is wider or taller than the widget drawing it) and exits 1 if there is
any; `--json` prints them as a list. `tests/ui/test_fits_every_screen.py` runs it for each
screen size and text size; run it by hand to see why a layout fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

GRAB_FOLDER: Path | None = None
"""With --grab DIR, every window looked at is also saved there as a PNG, to look at."""

SLACK = 2
"""Pixels of rounding allowed between the text's needs and the widget's size."""


def settle(rounds: int = 12) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:50]!r}" if text else name


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area: its content may be taller than the window, and that is fine."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def clipped_text(widget: QWidget) -> str | None:
    """The text needs more room than the widget has (labels that elide on purpose say so
    with their tooltip holding the whole text, and are skipped)."""
    if hasattr(widget, "full_text"):
        return None  # widgets.elided: cut with "…" on purpose, the whole text on hover
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.toolTip() and widget.toolTip() != widget.text():
            return None  # elided on purpose, the whole text on hover
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"needs {needed} px of height, has {widget.height()}"
            return None
        needed_width = widget.minimumSizeHint().width()
        if needed_width > widget.width() + SLACK:
            return f"needs {needed_width} px of width, has {widget.width()}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK:
            return f"needs {hint.width()} px of width, has {widget.width()}"
    return None


def cut_by_viewport(widget: QWidget) -> str | None:
    """A scroll area that cannot scroll sideways but holds content wider than itself: the
    right of the content is simply not visible."""
    if not isinstance(widget, QAbstractScrollArea) or not hasattr(widget, "widget"):
        return None
    content = widget.widget()
    if (
        content is None
        or widget.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    ):
        return None
    if content.width() > widget.viewport().width() + SLACK:
        return f"shows {widget.viewport().width()} px of content {content.width()} px wide"
    return None


def window_problems(top: QWidget, where: str) -> list[str]:
    """What a person would see cut on this window: its own size, then every text."""
    if GRAB_FOLDER is not None:
        name = "".join(c if c.isalnum() else "_" for c in where)[:80]
        top.grab().save(str(GRAB_FOLDER / f"{name}.png"))
    problems = []
    screen = (top.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = top.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(
            f"{where}: window {frame.width()}×{frame.height()} larger than the screen's "
            f"{screen.width()}×{screen.height()}"
        )
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or widget.window() is not top:
            continue
        why = clipped_text(widget) or cut_by_viewport(widget)
        if why:
            problems.append(f"{where}: {describe(widget)} {why}")
    return problems


class DialogWatch:
    """Replaces QDialog.exec so that each dialog is shown, looked at and refused in turn."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: list[str] = []
        self.where = ""
        self._original = QDialog.exec
        self._saved: list[tuple[type, str, object]] = []

    def __enter__(self) -> DialogWatch:
        watch = self

        def look(dialog: QDialog) -> int:
            watch.look(dialog)
            return QDialog.DialogCode.Rejected

        def ask(parent: QWidget | None, title: str, label: str, *_args: object, **_kw: object):
            dialog = QInputDialog(parent)
            dialog.setWindowTitle(title)
            dialog.setLabelText(label)
            watch.look(dialog)
            return None, False

        def tell(parent: QWidget | None, title: str, text: str, *_args: object, **_kw: object):
            watch.look(QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent))
            return QMessageBox.StandardButton.Cancel

        QDialog.exec = look  # type: ignore[method-assign]
        for name in ("getInt", "getItem", "getText", "getDouble", "getMultiLineText"):
            self._saved.append((QInputDialog, name, getattr(QInputDialog, name)))
            setattr(QInputDialog, name, staticmethod(ask))
        for name in ("question", "warning", "information", "critical"):
            self._saved.append((QMessageBox, name, getattr(QMessageBox, name)))
            setattr(QMessageBox, name, staticmethod(tell))
        return self

    def __exit__(self, *_exc: object) -> None:
        QDialog.exec = self._original  # type: ignore[method-assign]
        for owner, name, original in self._saved:
            setattr(owner, name, original)

    def look(self, dialog: QWidget) -> None:
        dialog.show()
        settle()
        name = f"{self.where} → {type(dialog).__name__} {dialog.windowTitle()!r}"
        self.seen.append(name)
        self.problems.extend(window_problems(dialog, name))
        if type(dialog).__name__ == "UnlockDialog":  # its "wrong passphrase" sentence too
            dialog.accept()
            settle()
            self.problems.extend(window_problems(dialog, f"{name}, wrong passphrase"))
            self.seen.append(f"{name}, wrong passphrase")
        dialog.close()
        settle(2)


MAIN_ACTIONS = (
    "check_in",
    "boundaries",
    "thresholds",
    "share_week",
    "prepare_session",
    "reminders",
    "show_reminders",
    "reminder_settings",
    "change_passphrase",
    "remember",
    "lock_after",
    "restore",
    "help",
    "about",
)


def _other_windows(before: set[int]) -> Iterator[QWidget]:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and id(widget) not in before:
            yield widget


def each_screen(window: QMainWindow, watch: DialogWatch) -> Iterator[tuple[str, QWidget]]:
    """The main window on each page, then every dialog its menus and pages open."""
    for page in ("journal", "insights", "clients", "strengths"):
        getattr(window, f"show_{page}")()
        settle(20)
        yield f"main window, {page}", window
    window.show_journal()
    window.journal_page.form.expand(True)
    settle()
    yield "main window, journal with details", window
    window.journal_page.form.expand(False)
    for name in MAIN_ACTIONS:
        action = window.actions.get(name)
        if action is None or not action.isEnabled():
            continue
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        watch.where = f"action {name}"
        action.trigger()
        settle()
        for other in list(_other_windows(before)):
            yield f"action {name} → {type(other).__name__}", other
            other.close()
    yield from _client_dialogs(window, watch)
    yield from _why(window)


def _client_dialogs(window: QMainWindow, watch: DialogWatch) -> Iterator[tuple[str, QWidget]]:
    window.show_clients()
    settle(20)
    page = window.clients_page
    page.select_client(page.model.summary(0).client.id)
    settle(20)
    yield "clients page, first client selected", window
    panel = page.panel
    for name in ("prepare", "reframe", "dethrone", "edit_thresholds"):
        watch.where = f"client {name}"
        getattr(panel, name)()
        settle()


def _why(window: QMainWindow) -> Iterator[tuple[str, QWidget]]:
    window.show_insights()
    settle(20)
    page = window.insights_page.ensure_built()
    settle(20)
    dialog = page.show_why("Why?", page.header.reasons("index"))
    if dialog is not None:
        settle()
        yield "insights → Why?", dialog
        dialog.close()


def _other_top_levels(
    window: QMainWindow, lang: str, folder: Path
) -> Iterator[tuple[str, QWidget]]:
    """The windows that are not the journal's: capture, team lead, coach, first start."""
    from wellbeing.services.demo import write_demo_team
    from wellbeing.ui.capture_window import CaptureWindow
    from wellbeing.ui.team_window import TeamWindow

    capture = CaptureWindow(window.store, lang)
    capture.show()
    settle()
    yield "capture window", capture
    capture.close()
    team_folder = folder / "team"
    team_folder.mkdir()
    write_demo_team(team_folder, 2026, end=date(2026, 11, 30))
    team = TeamWindow(team_folder, lang, None, 5)
    team.show()
    team.reload()
    settle(20)
    yield "team window", team
    team.close()
    yield from _coach(folder, lang)
    yield from _welcome(folder, lang)


def _coach(folder: Path, lang: str) -> Iterator[tuple[str, QWidget]]:
    from wellbeing.domain.coaching import SessionChoices
    from wellbeing.services.coaching import session_content
    from wellbeing.services.demo import write_demo_journal
    from wellbeing.sharing.session_pack import pack_bytes
    from wellbeing.store import open_journal
    from wellbeing.ui.coach_window import CoachWindow
    from wellbeing.ui.coach_workspace import CoachWorkspace

    db = open_journal(":memory:")
    write_demo_journal(db, end=date(2026, 11, 30))
    content = session_content(
        db, SessionChoices(date(2026, 9, 1), date(2026, 11, 30)), date(2026, 12, 1)
    )
    db.close()
    pack = folder / "autumn.wbpack"
    pack.write_bytes(pack_bytes(content))
    coach = CoachWindow(CoachWorkspace(open_journal(":memory:")), lang)
    coach.show()
    coach.import_file(pack)
    settle(20)
    for name in ("show_pack", "show_compare", "show_notes", "show_actions"):
        getattr(coach, name)()
        settle()
        yield f"coach window, {name}", coach
    coach.close()


def _welcome(folder: Path, lang: str) -> Iterator[tuple[str, QWidget]]:
    from wellbeing.ui.main_window import MainWindow
    from wellbeing.ui.welcome import start_welcome

    window = MainWindow(lang)
    window.show()
    flow = start_welcome(window, folder / "first.wbj", lambda: None)
    for index in range(flow.stack.count()):
        flow.stack.setCurrentIndex(index)
        settle()
        yield f"welcome, step {index + 1}", window
    window.close()


def check(lang: str, journal: Path, passphrase: str) -> tuple[list[str], list[str]]:
    from wellbeing.ui.app import build_window, create_application

    app, chosen = create_application(lang)
    problems: list[str] = []
    with DialogWatch() as watch:
        window = build_window(journal, chosen, passphrase)
        window.show()
        while window.journal_page.loading:
            app.processEvents()
        settle(20)
        seen: list[str] = []
        for where, top in each_screen(window, watch):
            seen.append(where)
            problems.extend(window_problems(top, where))
        for where, top in _other_top_levels(window, chosen, journal.parent):
            seen.append(where)
            problems.extend(window_problems(top, where))
        window.lock()
        settle()
        seen.append("lock screen")
        problems.extend(window_problems(window, "lock screen"))
        problems.extend(watch.problems)
        seen.extend(watch.seen)
        window.close()
    return problems, seen


def main(argv: list[str] | None = None, run: Callable[..., object] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--seen", action="store_true", help="also list what was looked at")
    parser.add_argument("--grab", type=Path, help="save each window looked at to this folder")
    args = parser.parse_args(argv)
    global GRAB_FOLDER
    if args.grab is not None:
        args.grab.mkdir(parents=True, exist_ok=True)
        GRAB_FOLDER = args.grab
    from tests.tools.screenshot import demo_journal, passphrase

    with tempfile.TemporaryDirectory() as folder:
        journal = demo_journal(Path(folder), end=date(2026, 11, 30))
        problems, seen = check(args.lang, journal, passphrase())
    if args.json:
        print(json.dumps({"problems": problems, "seen": seen}, ensure_ascii=False))
    else:
        for line in seen if args.seen else ():
            print("seen:", line)
        for line in problems:
            print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
