"""The main window: the journal, clients and strengths pages, menus, undo and status bar.

Over 500 lines on purpose: it is where every page, action, lock and backup hook is wired;
what each does lives in its own module.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QTabWidget, QWidget

from wellbeing.domain.formatting import format_datetime
from wellbeing.store.settings import IDLE_LOCK_MINUTES
from wellbeing.ui import theme
from wellbeing.ui.actions import THEME_ACTIONS, build_actions, build_menus
from wellbeing.ui.file_dialogs import documents_folder
from wellbeing.ui.idle import IdleWatcher
from wellbeing.ui.lazy_page import LazyPage
from wellbeing.ui.modal import run_once
from wellbeing.ui.screen_fit import fitting_size, scrolling
from wellbeing.ui.widgets.elided import ElidedLabel

ALWAYS_AVAILABLE = ("quit", "about", "help", "open_team", "coach", *THEME_ACTIONS)
"""Actions that need no open journal: a team folder holds the team's files, not the journal."""
BACKUP_CHECK_MS = 60 * 60_000  # hourly look: is a daily backup due?
FIRST_BACKUP_DELAY_MS = 20_000  # not during start-up


def driver_error() -> type[Exception]:
    from wellbeing.store.engine import driver

    return driver().Error


if TYPE_CHECKING:
    from wellbeing.ui.clients_page import ClientsPage
    from wellbeing.ui.journal_store import JournalStore

STATUS_TIMEOUT_MS = 6000


class UndoFallthrough(QObject):
    """Ctrl+Z in a text field with nothing of its own to undo undoes the last change.

    Text fields claim Ctrl+Z for their own typing; after a save the cursor sits in the
    (empty) client field, where the user expects Ctrl+Z to undo the save.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

        focus = watched
        if isinstance(focus, QComboBox) and focus.lineEdit() is not None:
            focus = focus.lineEdit()  # a combo box hands the event to its own text field
        if not isinstance(focus, QLineEdit | QPlainTextEdit):
            return False
        if isinstance(focus, QLineEdit):
            can_undo, can_redo = focus.isUndoAvailable(), focus.isRedoAvailable()
        else:
            can_undo = focus.document().isUndoAvailable()
            can_redo = focus.document().isRedoAvailable()
        if event.matches(QKeySequence.StandardKey.Undo):
            return not can_undo
        if event.matches(QKeySequence.StandardKey.Redo):
            return not can_redo
        return False


class MainWindow(QMainWindow):
    """Shows at once, then receives an opened store; all pages share it and the undo stack.

    The pages and the journal load after the window is on screen, so that start-up feels
    as quick as an empty window whatever the size of the journal.
    """

    def __init__(self, lang: str, store: JournalStore | None = None) -> None:
        super().__init__()
        self.store: JournalStore | None = None
        self._after_paint: Callable[[], object] | None = None
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.lock_screen: QWidget | None = None  # built on first lock: not needed to start
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        # Large text on a small screen: the pages scroll rather than push the window past it.
        self.setCentralWidget(scrolling(self.stack, horizontal=True))
        self.idle = IdleWatcher(10, self)
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.idle.idle.connect(self.lock)
        self.counts = ElidedLabel(keep_characters=36)
        self.reminders: QWidget | None = None
        self.team_windows: list[QWidget] = []
        from wellbeing.ui.tray import Tray

        self.tray = Tray(self)
        """The tray icon (`available`, `notify`): capture from anywhere, reminders."""
        self.statusBar().addPermanentWidget(self.counts)
        self.actions = build_actions(self)
        self.actions["delete"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        build_menus(self, self.actions)
        theme.show_theme_choice(self.actions)
        self.undo_stack.canUndoChanged.connect(self.actions["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions["redo"].setEnabled)
        self.actions["undo"].setEnabled(False)
        self.actions["redo"].setEnabled(False)
        self.undo_stack.indexChanged.connect(self._describe_undo)
        for name, action in self.actions.items():  # nothing to act on until a journal opens
            action.setEnabled(name in ALWAYS_AVAILABLE)
        self.undo_fallthrough = UndoFallthrough(self)
        QApplication.instance().installEventFilter(self.undo_fallthrough)
        self.opening = QLabel(self.tr("Opening your journal…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs.setCornerWidget(self.opening, Qt.Corner.TopLeftCorner)
        self.resize(fitting_size(1320, 840))
        if store is not None:
            self.install_store(store)

    def _drop_pages(self) -> None:
        """Let go of the pages (and their undo history) while their journal is still open."""
        self.undo_stack.clear()
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        for page in pages:
            page.hide()
        self.tabs.clear()
        for page in pages:
            page.deleteLater()

    def close_journal(self) -> None:
        """Keep the draft, stop background work, drop the pages, close the file."""
        if self.store is None:
            return
        self.journal_page.stop()
        self.journal_page.keep_draft()
        self._drop_reminders()
        self._drop_pages()
        self.store.close()
        self.store = None

    def _drop_reminders(self) -> None:
        """Their timer reads the journal every minute: it must stop with the journal."""
        if self.reminders is not None:
            self.reminders.center.timer.stop()
            self.statusBar().removeWidget(self.reminders)
            self.reminders.deleteLater()
            self.reminders = None

    def install_store(self, store: JournalStore) -> None:
        """Build the pages on a journal; used at start and when another journal is opened.

        Insights and Clients are built when first shown (or first asked for), so the first
        rows appear sooner.
        """
        from wellbeing.ui.journal_page import JournalPage
        from wellbeing.ui.strengths_page import StrengthsPage

        self._drop_pages()
        self.store = store
        self.opening.hide()
        self.journal_page = JournalPage(store, self.undo_stack, self.lang)
        self.insights_page = LazyPage(self._build_insights)
        self.clients_tab = LazyPage(self._build_clients)
        self.strengths_page = StrengthsPage(store, self.undo_stack)  # small: ~2 ms
        self.tabs.addTab(self.journal_page, self.tr("Journal"))
        self.tabs.addTab(self.insights_page, self.tr("Insights"))
        self.tabs.addTab(self.clients_tab, self.tr("Clients"))
        self.tabs.addTab(self.strengths_page, self.tr("What my company does well"))
        self.journal_page.table.addAction(self.actions["delete"])
        self.journal_page.status.connect(self._show_status)
        self.strengths_page.status.connect(self._show_status)
        self._install_reminders(store)
        name = store.path.name if store.path else self.tr("in memory")
        self.setWindowTitle(self.tr("Wellbeing Journal — {journal}").format(journal=name))
        self.journal_page.reload()
        self.strengths_page.reload()
        self.journal_page.offer_draft()
        self.store.setParent(self)
        self.idle.set_minutes(store.setting(IDLE_LOCK_MINUTES))
        self.backup_timer.start()
        QTimer.singleShot(FIRST_BACKUP_DELAY_MS, self.backup_if_due)
        QApplication.instance().installEventFilter(self.idle)
        self.unlock()
        self.tray.start(store)
        self.journal_page.form.client.setFocus()

    @property
    def clients_page(self) -> ClientsPage:
        """The Clients tab's page, built on first use (it loads when first shown)."""
        return cast("ClientsPage", self.clients_tab.ensure_built())

    def _build_clients(self) -> QWidget:
        from wellbeing.ui.clients_page import ClientsPage

        assert self.store is not None
        page = ClientsPage(self.store, self.undo_stack, self.journal_page.model, lang=self.lang)
        page.status.connect(self._show_status)
        page.open_encounter.connect(self._open_encounter)
        return page

    def _build_insights(self) -> QWidget:
        from wellbeing.ui.dashboard.page import DashboardPage

        assert self.store is not None
        page = DashboardPage(self.store, self.undo_stack, self.lang)
        page.open_encounter.connect(self._open_encounter)
        return page

    def _install_reminders(self, store: JournalStore) -> None:
        from wellbeing.ui.reminders_bar import RemindersBar

        if self.reminders is not None:
            self.statusBar().removeWidget(self.reminders)
            self.reminders.deleteLater()
        self.reminders = RemindersBar(store)
        self.reminders.check_in_requested.connect(self.check_in)
        self.reminders.prepare_requested.connect(self.prepare_contact)
        self.reminders.goals_requested.connect(self.show_goals)
        self.reminders.log_requested.connect(self.new_encounter)
        self.reminders.list_requested.connect(self.show_reminders)
        self.reminders.center.became_due.connect(self._announce_reminders)
        self.statusBar().addPermanentWidget(self.reminders)

    def _announce_reminders(self, fresh: list) -> None:
        """In the background, through the tray; never with content while locked."""
        from wellbeing.ui.reminders_center import announce

        if self.reminders is not None:
            now = self.reminders.center.now()
            announce(self, getattr(self, "tray", None), fresh, self.locked, now)

    def show_reminders(self) -> None:
        from wellbeing.ui.reminders_dialog import RemindersDialog

        if self.reminders is None or self.locked:
            return
        dialog = RemindersDialog(self.reminders.center, self)
        dialog.open_requested.connect(self.reminders.open_reminder)
        dialog.settings_requested.connect(self.edit_reminder_settings)
        run_once(dialog)

    def edit_reminder_settings(self) -> None:
        from wellbeing.ui.reminders_dialog import ReminderSettingsDialog

        if self.reminders is not None and not self.locked:
            run_once(ReminderSettingsDialog(self.reminders.center, self))

    def choose_theme(self, choice: str) -> None:
        """View → Theme: the whole app changes at once; the next starts remember it."""
        theme.choose_theme(choice)

    def help(self, topic: str = "") -> None:
        """The guide, at `topic` (a "Why?" names its idea) or at its start."""
        from wellbeing.ui.help_content import START
        from wellbeing.ui.help_window import open_help

        open_help(self, self.lang, topic or START)

    # --- status -----------------------------------------------------------------------

    def _show_status(self, text: str) -> None:
        if text == self.journal_page.counts_text():
            self.counts.set_full_text(text)
        else:
            self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _describe_undo(self) -> None:
        undo_text = self.undo_stack.undoText()
        redo_text = self.undo_stack.redoText()
        self.actions["undo"].setText(
            self.tr("&Undo {action}").format(action=undo_text) if undo_text else self.tr("&Undo")
        )
        self.actions["redo"].setText(
            self.tr("&Redo {action}").format(action=redo_text) if redo_text else self.tr("&Redo")
        )

    # --- action handlers --------------------------------------------------------------

    def new_encounter(self) -> None:
        self.tabs.setCurrentWidget(self.journal_page)
        self.journal_page.new_encounter()

    def save_encounter(self) -> None:
        if self.tabs.currentWidget() is self.journal_page:
            self.journal_page.save()

    def toggle_details(self) -> None:
        self.tabs.setCurrentWidget(self.journal_page)
        form = self.journal_page.form
        form.expand(not form.details.isVisible())

    def find(self) -> None:
        self.tabs.setCurrentWidget(self.journal_page)
        self.journal_page.focus_search()

    def delete_selected(self) -> None:
        self.journal_page.delete_selected()

    def undo(self) -> None:
        text = self.undo_stack.undoText()
        if not self.undo_stack.canUndo():
            return
        self.undo_stack.undo()
        self.statusBar().showMessage(
            self.tr("Undone: {action}.").format(action=text), STATUS_TIMEOUT_MS
        )

    def redo(self) -> None:
        self.undo_stack.redo()

    def show_journal(self) -> None:
        self.tabs.setCurrentWidget(self.journal_page)

    def show_insights(self) -> None:
        self.tabs.setCurrentWidget(self.insights_page)

    def check_in(self) -> None:
        from wellbeing.ui.check_in_dialog import CheckInDialog

        if self.store is not None and not self.locked:
            run_once(CheckInDialog(self.store, self.undo_stack, self.lang, self))

    def edit_boundaries(self) -> None:
        from wellbeing.ui.boundaries_dialog import BoundariesDialog

        if self.store is not None and not self.locked:
            run_once(BoundariesDialog(self.store, self.undo_stack, self.lang, self))

    def edit_thresholds(self) -> None:
        from wellbeing.ui.thresholds_dialog import ThresholdsDialog

        if self.store is not None and not self.locked:
            run_once(ThresholdsDialog(self.store, self.undo_stack, self.lang, self))

    def share_week(self) -> None:
        """Opt-in only: this menu entry is the one way in, and nothing ever reminds of it."""
        from wellbeing.ui.contribute_dialog import ContributeDialog

        if self.store is None or self.locked:
            return
        dialog = ContributeDialog(self.store, self.lang, parent=self)
        if run_once(dialog) == ContributeDialog.DialogCode.Accepted and dialog.written:
            self.statusBar().showMessage(
                self.tr("Your week was written to {path}.").format(path=dialog.written),
                STATUS_TIMEOUT_MS,
            )

    def prepare_session(self) -> None:
        """The report and the pack for a coach: only what the employee chooses leaves."""
        from wellbeing.ui.prepare_session_dialog import PrepareSessionDialog

        if self.store is not None and not self.locked:
            run_once(PrepareSessionDialog(self.store, self.lang, parent=self))

    def show_goals(self) -> None:
        from wellbeing.ui.goals_dialog import GoalsDialog

        if self.store is not None and not self.locked:
            run_once(GoalsDialog(self.store, self.undo_stack, self.lang, self))

    def import_goals(self) -> None:
        """An actions file from a coach: its agreed actions become goals (Journal → Goals…)."""
        from wellbeing.ui.goals_dialog import import_goals_file

        if self.store is not None and not self.locked:
            import_goals_file(self, self.store)

    def open_team_folder(self) -> None:
        """The team lead's view, in a window of its own: it needs no journal."""
        from PySide6.QtWidgets import QFileDialog

        from wellbeing.ui.team_window import TeamWindow

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a team folder"), str(documents_folder())
        )
        if not folder:
            return
        window = TeamWindow(Path(folder), self.lang)
        self.team_windows = [w for w in self.team_windows if w.isVisible()] + [window]
        window.show()
        window.reload()

    def open_coach_mode(self) -> None:
        """The coach's own window on their encrypted workspace: it needs no journal."""
        from wellbeing.ui.coach_window import open_coach_window

        shown: QWidget | None = getattr(self, "coach_window", None)
        if shown is not None and shown.isVisible():  # one window per workspace
            shown.raise_()
            shown.activateWindow()
            return
        self.coach_window: QWidget | None = open_coach_window(self, self.lang)

    def prepare_contact(self, client_id: str) -> None:
        """Open the "before your next contact" view for a client, with its current advice."""
        from datetime import date

        from wellbeing.services import insights
        from wellbeing.ui.prepare_dialog import PrepareDialog

        if self.store is None or self.locked or (client := self.store.client(client_id)) is None:
            return
        data = self.store.journal_data()
        advice = next(
            (a for a in insights.client_advice(data, date.today()) if a.client_id == client_id),
            None,
        )
        run_once(PrepareDialog(self.store, self.undo_stack, self.lang, client, advice, self))

    def show_clients(self) -> None:
        self.tabs.setCurrentWidget(self.clients_tab)

    def show_strengths(self) -> None:
        self.tabs.setCurrentWidget(self.strengths_page)

    def _open_encounter(self, encounter_id: str) -> None:
        self.tabs.setCurrentWidget(self.journal_page)
        self.journal_page.open_encounter(encounter_id)

    def open_journal(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open or create a journal"),
            str(self.store.path.parent if self.store.path else Path.home()),
            self.tr("Wellbeing journals (*.wbj);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        from wellbeing.store import JournalError
        from wellbeing.ui.errors import explain_journal_error
        from wellbeing.ui.journal_access import obtain_journal

        if self.store is not None and self.store.path == Path(path):
            return  # already open
        try:  # asks for its passphrase, or a new one for a new journal
            db = obtain_journal(self, Path(path))
        except JournalError as error:
            QMessageBox.warning(
                self, self.tr("Cannot open this journal"), explain_journal_error(error)
            )
            return
        if db is None:
            return  # the user gave up: the current journal stays open
        from wellbeing.ui.journal_store import JournalStore

        self.close_journal()
        self.install_store(JournalStore(db, Path(path), self))

    def bring_to_front(self) -> None:
        """Another start of the app asked for this journal: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- backups ----------------------------------------------------------------------

    def backup_if_due(self) -> None:
        """A daily backup while the app runs; a failure is reported, never fatal."""
        from wellbeing.store.backup import DAILY, backup_due

        if self.store is None or self.store.path is None or not backup_due(self.store.path):
            return
        try:
            self.store.backup(DAILY)
        except (OSError, driver_error()) as error:
            self.statusBar().showMessage(
                self.tr("The daily backup failed ({error}).").format(error=error),
                STATUS_TIMEOUT_MS,
            )

    def restore_backup(self) -> None:
        """Close the journal, restore with the passphrase, reopen; if the user gives up,
        the journal as it was opens again."""
        from wellbeing.ui.backups_dialog import BackupsDialog
        from wellbeing.ui.journal_access import obtain_journal, restore_with_passphrase
        from wellbeing.ui.journal_store import JournalStore

        if self.store is None or self.store.path is None:
            return
        path = self.store.path
        dialog = BackupsDialog(path, self)
        if dialog.exec() != BackupsDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        self.close_journal()  # the restore needs the journal closed by every process
        chosen = dialog.chosen()
        when = format_datetime(chosen.taken_at, self.lang)
        secret = restore_with_passphrase(self, chosen.path, path, when)
        db = obtain_journal(self, path, secret)
        if db is None:
            self.close()
            return
        self.install_store(JournalStore(db, path))
        if secret:
            self.statusBar().showMessage(self.tr("Backup restored."), STATUS_TIMEOUT_MS)

    # --- privacy ----------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None and self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every piece of the journal until the passphrase is given again."""
        if self.store is None or self.locked:
            return
        self.journal_page.keep_draft()
        QApplication.instance().removeEventFilter(self.idle)
        self.idle.timer.stop()
        for name, action in self.actions.items():
            action.setEnabled(name in ALWAYS_AVAILABLE)
        self.counts.set_full_text("")
        self.statusBar().clearMessage()
        if self.reminders is not None:
            self.reminders.hide()  # they name clients and open their incidents
        self._close_dialogs()
        if self.lock_screen is None:
            from wellbeing.ui.lock_screen import LockScreen

            self.lock_screen = LockScreen(self._verify)
            self.lock_screen.unlocked.connect(self.unlock)
            self.stack.addWidget(self.lock_screen)
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        self.tray.locked_changed()

    def _close_dialogs(self) -> None:
        """A dialog left open (a check-in, a prepared message) must not outlive the lock."""
        from PySide6.QtWidgets import QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def unlock(self) -> None:
        for name, action in self.actions.items():
            if name not in ("undo", "redo"):
                action.setEnabled(True)
        self.actions["undo"].setEnabled(self.undo_stack.canUndo())
        self.actions["redo"].setEnabled(self.undo_stack.canRedo())
        self.stack.setCurrentWidget(self.tabs)
        if self.reminders is not None:
            self.reminders.show()
        if self.store is not None:
            self.counts.set_full_text(self.journal_page.counts_text())
            QApplication.instance().installEventFilter(self.idle)
            self.idle.timer.start()
        self.tray.locked_changed()

    def _verify(self, secret: str) -> bool:
        from wellbeing.store.connection import verify_passphrase

        return self.store is not None and verify_passphrase(self.store.path, secret)

    def change_passphrase(self) -> None:
        """A wrong current passphrase is said under the fields; the dialog stays open."""
        from wellbeing.domain.validation import InvalidValue
        from wellbeing.store import JournalError, WrongPassphrase
        from wellbeing.store.connection import change_passphrase
        from wellbeing.ui.errors import explain
        from wellbeing.ui.passphrase_dialogs import NewPassphraseDialog

        if self.store is None or self.store.path is None:
            return
        path = self.store.path

        def attempt(current: str, new: str) -> str | None:
            try:
                change_passphrase(path, current, new)
            except WrongPassphrase:
                return self.tr("The current passphrase is wrong; nothing was changed.")
            except (InvalidValue, JournalError) as error:
                return explain(error)
            return None

        dialog = NewPassphraseDialog(path, self, changing=True, attempt=attempt)
        if dialog.exec() == NewPassphraseDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Passphrase changed."), STATUS_TIMEOUT_MS)

    def toggle_remembered(self) -> None:
        """Opt in to (or out of) the key kept in the OS keyring, after saying what it means."""
        from PySide6.QtWidgets import QMessageBox

        from wellbeing.store.remembered import forget, is_remembered

        if self.store is None or self.store.path is None:
            return
        path = self.store.path
        title = self.tr("Remember my key on this computer")
        if is_remembered(path):
            answer = QMessageBox.question(
                self,
                title,
                self.tr(
                    "This computer keeps the journal's key: it opens without the passphrase "
                    "while your session is open. Forget the key, so that the passphrase is "
                    "asked again?"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                forget(path)
                self.statusBar().showMessage(
                    self.tr("The key is no longer kept on this computer."), STATUS_TIMEOUT_MS
                )
            return
        if self._ask_to_remember(path, title):
            self.statusBar().showMessage(
                self.tr("The key is kept on this computer."), STATUS_TIMEOUT_MS
            )

    def _ask_to_remember(self, path: Path, title: str) -> bool:
        from wellbeing.store import JournalError, WrongPassphrase
        from wellbeing.store.remembered import remember_journal
        from wellbeing.ui.passphrase_dialogs import UnlockDialog

        def attempt(secret: str) -> str | None:
            try:
                remember_journal(path, secret)
            except WrongPassphrase:
                return self.tr("Wrong passphrase. Try again, or type your recovery key.")
            except JournalError as error:
                return str(error)
            return None

        intro = self.tr(
            "The journal's key can be kept in this computer's keyring, so that the app and "
            "the command line open the journal without asking for the passphrase (and "
            "without its half-second wait) while your session is open. Anyone who can use "
            "your session could then open the journal too. Off by default; you can forget "
            "the key here at any time. Type your passphrase to turn it on."
        )
        words = (title, intro, self.tr("Remember"))
        dialog = UnlockDialog(path, attempt, self, words=words)
        return dialog.exec() == UnlockDialog.DialogCode.Accepted

    def choose_idle_lock(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.store is None:
            return
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Lock automatically"),
            self.tr("Lock the journal after this many minutes without use:"),
            self.store.setting(IDLE_LOCK_MINUTES),
            IDLE_LOCK_MINUTES.low or 1,
            IDLE_LOCK_MINUTES.high or 240,
        )
        if ok:
            self.store.put_setting(IDLE_LOCK_MINUTES, minutes)
            self.idle.set_minutes(minutes)

    def about(self) -> None:
        from wellbeing.ui.about_dialog import AboutDialog

        run_once(AboutDialog(self.store.path if self.store else None, self))

    def show_then(self, next_step: Callable[[], object]) -> None:
        """Show the window and, once it has painted, run next_step (opening the journal)."""
        self._after_paint = next_step
        self.show()

    def event(self, event: QEvent) -> bool:
        if self._after_paint is not None and event.type() == QEvent.Type.Paint:
            next_step, self._after_paint = self._after_paint, None
            QTimer.singleShot(0, next_step)  # after this paint reaches the screen
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep what is typed, then let go of the journal file (or, closed from its title
        bar with a tray to come back from, just hide)."""
        if self.tray.keep_running(event):
            event.ignore()
            self.hide()
            return
        QApplication.instance().removeEventFilter(self.idle)
        QApplication.instance().removeEventFilter(self.undo_fallthrough)
        self.close_journal()
        self.tray.shutdown()
        super().closeEvent(event)
