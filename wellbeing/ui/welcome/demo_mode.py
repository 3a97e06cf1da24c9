"""The demo journal, shown as a demo everywhere it shows, and removed in one click.

A separate file beside the user's journal (services.demo.DEMO_FILENAME), locked with the
same passphrase; the user's own journal stays open behind it, so that leaving the demo
brings it back at once without asking for the passphrase again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolBar

if TYPE_CHECKING:
    from wellbeing.ui.journal_store import JournalStore
    from wellbeing.ui.main_window import MainWindow


class DemoBanner(QToolBar):
    """Across the top of the window while the demo is open: what it is, and the way out."""

    def __init__(self, window: MainWindow, own: JournalStore) -> None:
        super().__init__(window)
        self.setObjectName("demoBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # never hidden from a context menu
        self.main_window = window
        self.own = own
        frame = QFrame()
        frame.setProperty("banner", True)
        self.label = QLabel()
        self.label.setObjectName("demoLabel")
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("leaveDemo")
        self.leave_button.clicked.connect(self.leave)
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.leave_button)
        self.addWidget(frame)
        self._retranslate()
        window.installEventFilter(self)
        window.stack.currentChanged.connect(self._follow_lock)

    def _follow_lock(self) -> None:
        """Locked, the way out would open the user's journal without its passphrase."""
        self.leave_button.setEnabled(not self.main_window.locked)

    def _retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "<b>Demo journal — not yours.</b> Made-up encounters to look around; "
                "nothing here is about you."
            )
        )
        self.leave_button.setText(self.tr("Remove the demo"))
        self.leave_button.setToolTip(
            self.tr("Deletes the demo journal and opens your own, in one click")
        )

    def mark(self) -> None:
        self.main_window.setWindowTitle(self.tr("Demo journal — not yours — Wellbeing Journal"))

    def leave(self) -> None:
        """Close and delete the demo (file, key, backups), then show the user's journal."""
        from wellbeing.services.demo import remove_demo_journal

        window = self.main_window
        if window.locked:
            return
        window.stack.currentChanged.disconnect(self._follow_lock)
        demo = window.store.path if window.store is not None else None
        window.close_journal()
        if demo is not None:
            remove_demo_journal(demo)
        window.removeEventFilter(self)
        window.removeToolBar(self)
        self.deleteLater()
        window.install_store(self.own)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main_window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._after_close)  # the window may only hide (tray)
        return False

    def _after_close(self) -> None:
        if self.main_window.store is None:  # really closed: let go of the user's journal too
            self.own.close()


def enter_demo(window: MainWindow, own: JournalStore, passphrase: str) -> DemoBanner:
    """Make a fresh demo beside the user's journal and show it, marked, in the window."""
    from PySide6.QtWidgets import QApplication

    from wellbeing.services.demo import demo_path_for, remove_demo_journal, write_demo_journal
    from wellbeing.store import create_journal
    from wellbeing.ui.journal_store import JournalStore

    assert own.path is not None
    demo_path = demo_path_for(own.path)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        remove_demo_journal(demo_path)  # one left by an earlier try: a demo is never kept
        db, _recovery_key = create_journal(demo_path, passphrase)
        write_demo_journal(db)
    finally:
        QApplication.restoreOverrideCursor()
    banner = DemoBanner(window, own)
    own.setParent(banner)  # open, unused, until the demo is left
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    banner.show()
    window.install_store(JournalStore(db, demo_path))
    banner.mark()
    return banner
