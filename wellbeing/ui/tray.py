"""The system-tray icon: log a rough encounter in two clicks, open the capture window.

Tired people log on hard days only if it costs nothing: the tray menu lists the recent
clients, each with three impacts, and saves through the same service as the window. While
the journal is locked the menu names nobody and capturing asks to unlock first.

Where there is no tray (GNOME without its extension, the offscreen platform) the object
still exists, with `available` False: the menu is built all the same (tests drive it),
nothing is shown, `notify` does nothing, and closing the window quits as it always did.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon
from shiboken6 import isValid

from wellbeing.domain.model import Encounter, EncounterKind
from wellbeing.domain.validation import InvalidValue
from wellbeing.services.encounters import EncounterEntry, Logged
from wellbeing.store.errors import JournalError
from wellbeing.store.location import default_journal_path
from wellbeing.ui.changes import CLIENTS, ENCOUNTERS
from wellbeing.ui.resources import resource_path

if TYPE_CHECKING:
    from wellbeing.ui.capture_window import CaptureWindow
    from wellbeing.ui.journal_store import JournalStore
    from wellbeing.ui.main_window import MainWindow

RECENT_CLIENTS = 8
NOTICE_MS = 30_000
"""A notice said once stays long enough to be read."""
NO_TRAY_NOTICE = "no_tray"
IN_TRAY_NOTICE = "kept_in_tray"


def impact_choices() -> tuple[tuple[str, int], ...]:
    """The three impacts of a quick capture: words first, the number the journal keeps."""
    return (
        (QCoreApplication.translate("Tray", "Mild (3)"), 3),
        (QCoreApplication.translate("Tray", "Rough (6)"), 6),
        (QCoreApplication.translate("Tray", "Very rough (9)"), 9),
    )


def said_once(key: str) -> bool:
    """True the first time `key` is asked about on this computer, False ever after.

    Kept beside the default journal, not inside a journal: whether the desktop has a tray
    is a fact about this computer, and says nothing about the user.
    """
    path = default_journal_path().parent / "notices.ini"
    memory = QSettings(str(path), QSettings.Format.IniFormat)
    if memory.value(key, False, type=bool):
        return False
    memory.setValue(key, True)
    memory.sync()
    return True


def _menu_text(name: str) -> str:
    """A client's name as a menu title: '&' would otherwise underline the next letter."""
    return name.replace("&", "&&")


class Tray(QObject):
    """The tray icon and its menu, around the main window it belongs to (`window.tray`).

    `available` says whether the desktop shows a tray; `notify(title, text)` shows a
    notification there (and does nothing without a tray).
    """

    def __init__(self, window: MainWindow, available: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.menu = QMenu(window)
        self.menu.setObjectName("tray_menu")
        self.menu.aboutToShow.connect(self.refresh)
        self.capture: CaptureWindow | None = None
        self._store: JournalStore | None = None
        self._submenus: list[QMenu] = []
        self._pending_capture = False
        self._quitting = False
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(QIcon(str(resource_path("icons", "wellbeing.svg"))), self)
            self.icon.setToolTip(self.tr("Wellbeing Journal"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()
            QApplication.setQuitOnLastWindowClosed(False)  # the tray keeps the app running
        self.refresh()

    # --- the journal ------------------------------------------------------------------

    def start(self, store: JournalStore) -> None:
        """A journal is open: offer its clients, and say once if there is no tray."""
        if self.capture is not None:
            self.capture.reject()
            self.capture = None
        self._store = store
        store.changed.connect(self._on_store_changed)
        self.refresh()
        if not self.available and said_once(NO_TRAY_NOTICE):
            self.window.statusBar().showMessage(
                self.tr(
                    "No system tray on this desktop: closing the window quits the app. For "
                    "quick capture, bind “wellbeing capture” to a shortcut (see the README)."
                ),
                NOTICE_MS,
            )

    def _on_store_changed(self, what: str, _ids: object) -> None:
        if what in (CLIENTS, ENCOUNTERS):
            self.refresh()

    def _ready(self) -> bool:
        """Whether the journal can be written now: open, and not locked."""
        return (
            self._store is not None and self.window.store is self._store and not self.window.locked
        )

    # --- the menu ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the menu: recent clients only while the journal is open and unlocked."""
        self.menu.clear()
        for submenu in self._submenus:
            if isValid(submenu):  # Qt may have deleted it with the menu's actions already
                submenu.deleteLater()
        self._submenus = []
        if self._ready():
            assert self._store is not None
            header = self.menu.addAction(self.tr("Log a rough encounter with…"))
            header.setEnabled(False)
            names = self._store.recent_client_names(RECENT_CLIENTS)
            for name in names:
                submenu = self.menu.addMenu(_menu_text(name))
                submenu.setObjectName("tray_client")
                self._submenus.append(submenu)
                for text, impact in impact_choices():
                    action = submenu.addAction(text)
                    action.triggered.connect(partial(self.capture_quick, name, impact))
            if not names:
                empty = self.menu.addAction(self.tr("No client yet: use the capture window"))
                empty.setEnabled(False)
        elif self.window.locked:
            locked = self.menu.addAction(self.tr("The journal is locked"))
            locked.setEnabled(False)
        self.menu.addSeparator()
        capture = self.menu.addAction(self.tr("Open the capture window…"))
        capture.setObjectName("tray_capture")
        capture.triggered.connect(self.open_capture)
        journal = self.menu.addAction(self.tr("Show the journal"))
        journal.setObjectName("tray_journal")
        journal.triggered.connect(self.window.bring_to_front)
        self.menu.addSeparator()
        quit_action = self.menu.addAction(self.tr("Quit"))
        quit_action.setObjectName("tray_quit")
        quit_action.triggered.connect(self.quit)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.window.bring_to_front()

    # --- capturing --------------------------------------------------------------------

    def ask_to_unlock(self) -> None:
        """Nothing is written or shown while locked: the window comes up at its lock."""
        self.window.bring_to_front()
        self.window.statusBar().showMessage(
            self.tr("Unlock the journal first, then capture the encounter."), NOTICE_MS
        )

    def capture_quick(self, client_name: str, impact: int) -> Logged | None:
        """A rough encounter with this client, now: what happened is left to add later."""
        if not self._ready():
            self.ask_to_unlock()
            return None
        assert self._store is not None
        draft = Encounter(
            client_id="",
            occurred_at=datetime.now().replace(second=0, microsecond=0),
            impact=impact,
            kind=EncounterKind.DIFFICULT,
        )
        try:
            logged = self._store.save_entry(EncounterEntry(client_name, draft)).value
        except (InvalidValue, JournalError) as error:
            from wellbeing.ui.errors import explain

            QMessageBox.warning(None, self.tr("Not saved"), explain(error))
            return None
        self._said_saved(logged)
        return logged

    def open_capture(self) -> None:
        """The small window; while locked, after the unlock (asked for first)."""
        if self._store is None or self.window.store is not self._store:
            self.window.bring_to_front()  # still opening: the journal comes first
            return
        if self.window.locked:
            self._pending_capture = True
            self.ask_to_unlock()
            return
        if self.capture is None:
            from wellbeing.ui.capture_window import CaptureWindow

            self.capture = CaptureWindow(self._store, self.window.lang)
            self.capture.saved.connect(self._said_saved)
        self.capture.bring_to_front()

    def _said_saved(self, logged: Logged) -> None:
        text = self.tr(
            "{client}, impact {impact}. Add what happened in the journal when you want to."
        ).format(client=logged.client.name, impact=logged.encounter.impact)
        self.window.statusBar().showMessage(self.tr("Encounter saved: {text}").format(text=text))
        self.notify(self.tr("Encounter saved"), text)

    def locked_changed(self) -> None:
        """Called on lock and unlock: names leave the menu, or come back (and a capture
        asked for while locked opens)."""
        self.refresh()
        if not self.window.locked and self._pending_capture:
            self._pending_capture = False
            self.open_capture()

    # --- notifications and closing ----------------------------------------------------

    def notify(self, title: str, text: str) -> None:
        """A notification from the tray; nothing where there is no tray."""
        if self.icon is not None:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)

    def keep_running(self, event: QCloseEvent) -> bool:
        """Whether closing the window (its title bar, not Quit) leaves the app in the tray.

        Never without a tray: the app would be running with no way back to it.
        """
        if not self.available or self._quitting or not event.spontaneous():
            return False
        if said_once(IN_TRAY_NOTICE):
            self.notify(
                self.tr("Wellbeing Journal is still running"),
                self.tr(
                    "It stays in the tray so that you can log an encounter from there. "
                    "Choose Quit in its menu to stop it."
                ),
            )
        return True

    def quit(self) -> None:
        """Quit for real, from the tray: the window closes (keeping any draft)."""
        self._quitting = True
        self.window.close()

    def shutdown(self) -> None:
        """The window closed for real: no capture window left, no icon, the app ends."""
        self._pending_capture = False
        if self.capture is not None:
            self.capture.reject()
            self.capture = None
        self._store = None
        if self.icon is not None:
            self.icon.hide()
            QApplication.setQuitOnLastWindowClosed(True)
            QApplication.quit()
