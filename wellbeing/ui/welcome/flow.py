"""The welcome: a few pages shown once, at the first start, before the journal exists.

Keyboard first (Enter goes on, Alt+B goes back, Escape skips the rest), and only the
passphrase cannot be skipped: without it there is no journal. Nothing of the later pages
is stored until the end, so that skipping leaves the journal as a plain new one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.ui.welcome.pages import (
    BoundariesPage,
    ClientsPage,
    DemoPage,
    LanguagePage,
    Page,
    PassphrasePage,
)

if TYPE_CHECKING:
    from wellbeing.domain.boundaries import Boundaries
    from wellbeing.domain.model import Client
    from wellbeing.ui.journal_store import JournalStore


@dataclass
class WelcomeResult:
    """What the welcome made and gathered; the caller stores it through the JournalStore."""

    store: JournalStore
    boundaries: Boundaries | None = None
    """None when skipped: the journal keeps no boundaries, and nothing is flagged for time."""
    clients: list[Client] = field(default_factory=list)
    demo: bool = False
    passphrase: str = ""
    """Only to lock the demo journal with the same passphrase as the user's own."""


class WelcomeFlow(QWidget):
    """The pages, a step indicator, and Back / Skip / Next; `finished` hands over the new
    journal, `abandoned` means the user left before it existed."""

    finished = Signal(object)
    """A WelcomeResult."""
    abandoned = Signal()
    language_chosen = Signal(str)

    def __init__(self, path: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.path = path
        self.store: JournalStore | None = None
        """The new journal, once the passphrase made it."""
        self._passphrase = ""
        self.skipping = False
        self.language = LanguagePage(lang)
        self.passphrase = PassphrasePage(path)
        self.boundaries = BoundariesPage(lang)
        self.clients = ClientsPage()
        self.demo = DemoPage()
        self.pages: list[Page] = [
            self.language,
            self.passphrase,
            self.boundaries,
            self.clients,
            self.demo,
        ]
        self.stack = QStackedWidget()
        for page in self.pages:
            scroll = QScrollArea()  # large text or a small screen scrolls, never clips
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's fields
            self.stack.addWidget(scroll)
        self.step = QLabel()
        self.step.setObjectName("welcomeStep")
        self.dots = QLabel()
        self.dots.setObjectName("welcomeDots")
        self.back_button = QPushButton()
        self.back_button.setObjectName("welcomeBack")
        self.back_button.clicked.connect(self.back)
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("welcomeSkip")
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton()
        self.next_button.setObjectName("welcomeNext")
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.next)
        for button in (self.back_button, self.skip_button, self.next_button):
            button.setAutoDefault(False)
        for keys in ("Alt+B", "Alt+Left"):  # the same in every language: no mnemonic
            QShortcut(QKeySequence(keys), self, self.back)
        indicator = QHBoxLayout()
        indicator.addWidget(self.step, 1)
        indicator.addWidget(self.dots)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        column = QWidget()
        column.setMaximumWidth(920)
        inner = QVBoxLayout(column)
        inner.addLayout(indicator)
        inner.addWidget(self.stack, 1)
        inner.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.addStretch(0)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        self.language.chosen.connect(self._choose_language)
        self.passphrase.kept_changed.connect(lambda _kept: self._update())
        self.passphrase.form.ready_changed.connect(lambda _ready: self._update())
        self._retranslate()
        self._update()

    # --- where we are -----------------------------------------------------------------

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def current(self) -> Page:
        return self.pages[self.index]

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        if self.current() is self.passphrase and not self.passphrase.created:
            scripted = os.environ.get("WELLBEING_PASSPHRASE")
            if scripted:  # scripts and tests: no typing, the key is still shown
                self._create(scripted)
        self._update()
        self.current().focus_first()

    def _update(self) -> None:
        total = len(self.pages)
        self.step.setText(
            self.tr("Step {n} of {total}: {title}").format(
                n=self.index + 1, total=total, title=self.current().title()
            )
        )
        self.dots.setText(" ".join("●" if i == self.index else "○" for i in range(total)))
        self.dots.setAccessibleName(self.step.text())
        self.back_button.setEnabled(self.index > 0)
        on_passphrase = self.current() is self.passphrase
        if on_passphrase and not self.passphrase.created:
            self.next_button.setEnabled(self.passphrase.form.ready)
        elif on_passphrase:
            self.next_button.setEnabled(self.passphrase.kept)
        else:
            self.next_button.setEnabled(True)
        last = self.index == total - 1 or (self.skipping and on_passphrase)
        self.next_button.setText(self.tr("&Start") if last else self.tr("&Next"))
        self.skip_button.setVisible(not on_passphrase or self.passphrase.kept)
        self.passphrase.skip_note.setVisible(self.skipping and on_passphrase)

    # --- moving -----------------------------------------------------------------------

    def next(self) -> None:
        page = self.current()
        if page is self.passphrase:
            if not self.passphrase.created:
                if self.passphrase.form.ready:
                    self._create(self.passphrase.form.passphrase())
                    self._update()
                    self.passphrase.focus_first()
                return
            if not self.passphrase.kept:
                self.passphrase.focus_first()
                return
            if self.skipping:
                self._finish(skipped=True)
                return
        if page is self.boundaries and (found := self.boundaries.problem_text()) is not None:
            text, where = found
            QMessageBox.warning(self, self.boundaries.title(), text)
            where.setFocus()
            return
        if self.index == len(self.pages) - 1:
            self._finish(skipped=False)
            return
        self._go(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.skipping = False
            self._go(self.index - 1)

    def skip(self) -> None:
        """Escape: straight to the journal. Before it exists, to the one step that cannot be
        skipped; on that step, leaving means no journal (and asks first)."""
        if not self.passphrase.kept:
            if self.current() is self.passphrase and not self.passphrase.created:
                self._ask_to_leave()
                return
            self.skipping = True
            if self.current() is not self.passphrase:
                self._go(self.pages.index(self.passphrase))
            else:
                self._update()
                self.passphrase.focus_first()
            return
        typed = any(page.typed() for page in self.pages[self.index :])
        if typed:
            answer = QMessageBox.question(
                self,
                self.tr("Skip the rest?"),
                self.tr(
                    "Skip the rest of the welcome? What you typed on these pages will not be "
                    "saved; you can set it all later from the menus."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._finish(skipped=True)

    def _ask_to_leave(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Leave without a journal?"),
            self.tr(
                "Your journal is not created yet: it needs a passphrase. Close the app "
                "without creating it?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.abandoned.emit()

    # --- doing ------------------------------------------------------------------------

    def _create(self, passphrase: str) -> None:
        """The journal is made here, as soon as the passphrase is chosen, as before."""
        from wellbeing.domain.validation import InvalidValue
        from wellbeing.store import JournalError, create_journal
        from wellbeing.ui.errors import explain, explain_journal_error
        from wellbeing.ui.journal_store import JournalStore

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened, recovery_key = create_journal(self.path, passphrase)
        except JournalError as error:
            self.passphrase.refuse(explain_journal_error(error))
            return
        except InvalidValue as error:
            self.passphrase.refuse(explain(error))
            return
        except OSError as error:
            self.passphrase.refuse(f"{error.strerror or error}: {self.path}")
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.store = JournalStore(opened, self.path)
        self._passphrase = passphrase
        self.passphrase.show_key(recovery_key)

    def _finish(self, skipped: bool) -> None:
        """Skipping drops the current page and the ones after it; the pages already left
        with Next are kept (Escape on the last step once threw the boundaries away)."""
        assert self.store is not None
        result = WelcomeResult(self.store, passphrase=self._passphrase)
        passed = self.index if skipped else len(self.pages)
        if self.pages.index(self.boundaries) < passed:
            result.boundaries = self.boundaries.boundaries()
        if self.pages.index(self.clients) < passed:
            result.clients = self.clients.clients()
        if not skipped:
            result.demo = self.demo.wants_demo()
        self._passphrase = ""
        self.finished.emit(result)

    def _choose_language(self, lang: str) -> None:
        from wellbeing.ui.i18n import install_translators, remember_language

        app = QApplication.instance()
        assert app is not None
        install_translators(app, lang)
        self._retranslate()  # at once: Qt's LanguageChange events arrive later
        remember_language(lang)
        self.language_chosen.emit(lang)

    # --- keys and language ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the fields leave alone reach here: Enter presses the focused button, or
        goes on; Escape skips."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
                focused.click()
            elif self.next_button.isEnabled():
                self.next()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.skip()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for page in self.pages:
            page.retranslate()
        self.back_button.setText(self.tr("Back (Alt+B)"))
        self.skip_button.setText(self.tr("Skip (Esc)"))
        self.skip_button.setToolTip(self.tr("Go straight to the journal; set the rest later"))
        self._update()
