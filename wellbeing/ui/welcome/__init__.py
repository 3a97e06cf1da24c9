"""The first start: a short welcome instead of a bare passphrase dialog (see flow.py).

Only this module is imported at start-up; the pages load when a welcome is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from wellbeing.ui.main_window import MainWindow
    from wellbeing.ui.welcome.flow import WelcomeFlow, WelcomeResult


def needs_welcome(path: Path) -> bool:
    """A first start: no journal here, and none expected (no backups, key or restore
    beside it: those are offered back, never replaced by a new journal)."""
    from wellbeing.store import journal_exists
    from wellbeing.store.backup import expected_journal_problem

    return not path.is_dir() and not journal_exists(path) and expected_journal_problem(path) is None


def start_welcome(window: MainWindow, path: Path, on_abandon: Callable[[], object]) -> WelcomeFlow:
    """Show the welcome in the window; at its end the window opens the new journal (or
    the demo first, if the user asked for it)."""
    from wellbeing.ui.welcome.flow import WelcomeFlow

    flow = WelcomeFlow(path, window.lang)
    menus = _menu_titles(window)
    window.stack.addWidget(flow)
    window.stack.setCurrentWidget(flow)
    window.menuBar().hide()  # nothing there works before the journal exists
    window.statusBar().hide()
    window.setWindowTitle(QCoreApplication.translate("WelcomeFlow", "Welcome — Wellbeing Journal"))

    def follow_language(lang: str) -> None:
        window.lang = lang
        retranslate_window(window, menus)
        window.setWindowTitle(
            QCoreApplication.translate("WelcomeFlow", "Welcome — Wellbeing Journal")
        )

    def leave() -> None:
        _dismiss(window, flow)
        on_abandon()

    flow.language_chosen.connect(follow_language)
    flow.finished.connect(lambda result: _open_result(window, flow, result))
    flow.abandoned.connect(leave)
    flow.current().focus_first()
    return flow


def _menu_titles(window: MainWindow) -> dict[int, str]:
    """Each menu's source title, found by its text in the language it was built in."""

    from wellbeing.ui.actions import MENUS

    by_text = {QCoreApplication.translate("Menus", str(title)): str(title) for _, title in MENUS}
    return {
        index: by_text[action.text()]
        for index, action in enumerate(window.menuBar().actions())
        if action.text() in by_text
    }


def retranslate_window(window: MainWindow, menus: dict[int, str]) -> None:
    """The menus and actions were named when the window was built, before the language
    was chosen: name them again (the pages are built later, already in it)."""

    from wellbeing.ui.actions import ACTIONS

    actions = cast("dict[str, QAction]", window.actions)  # the window's, by name
    for spec in ACTIONS:
        action = actions.get(spec.name)
        if action is not None:
            action.setText(QCoreApplication.translate("Actions", spec.text))
    for index, menu_action in enumerate(window.menuBar().actions()):
        if index in menus:
            menu_action.setText(QCoreApplication.translate("Menus", menus[index]))
    window.opening.setText(window.tr("Opening your journal…"))


def _dismiss(window: MainWindow, flow: WelcomeFlow) -> None:
    window.stack.removeWidget(flow)
    flow.hide()
    flow.deleteLater()
    window.menuBar().show()
    window.statusBar().show()


def _open_result(window: MainWindow, flow: WelcomeFlow, result: WelcomeResult) -> None:
    """Store what the welcome gathered through the store's door, then open the journal."""
    from PySide6.QtWidgets import QMessageBox

    from wellbeing.store.errors import JournalError
    from wellbeing.ui.errors import explain

    store = result.store
    try:
        with store.transaction():
            if result.boundaries is not None:
                store.save_boundaries(result.boundaries)
            for client in result.clients:
                store.save_client(client)
    except JournalError as error:  # the journal itself exists: open it, say what was lost
        QMessageBox.warning(window, window.tr("Wellbeing Journal"), explain(error))
    _dismiss(window, flow)
    if result.demo:
        from wellbeing.domain.validation import InvalidValue
        from wellbeing.ui.welcome.demo_mode import enter_demo

        try:
            enter_demo(window, store, result.passphrase)
            return
        except (JournalError, InvalidValue, OSError) as error:
            problem = explain(error) if not isinstance(error, OSError) else str(error)
            QMessageBox.warning(window, window.tr("The demo could not be made"), problem)
    window.install_store(store)
