"""The built-in guide: sections on the left, one section at a time on the right.

Opened from Help → Guide (F1) and from each "Why?", at the section explaining the idea
behind the number; links between sections stay inside the window (no browser, no network).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wellbeing.ui.help_content import START, Section, sections
from wellbeing.ui.screen_fit import fit_to_screen


class HelpWindow(QDialog):
    """Not modal: the guide can stay open beside the window it explains."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wellbeing Journal guide"))
        self.setModal(False)
        fit_to_screen(self, 860, 560)
        self.sections: tuple[Section, ...] = sections(lang)
        self.current = ""
        self.contents = QListView()
        self.contents.setModel(QStringListModel([s.title for s in self.sections], self))
        self.contents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setWordWrap(True)
        self.contents.setMaximumWidth(260)
        self.contents.selectionModel().currentChanged.connect(
            lambda index, _old: self.show_section(self.sections[index.row()].key)
        )
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.contents, 1)
        row.addWidget(self.browser, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.show_section(START)

    def show_section(self, key: str) -> None:
        """Show one section (the first, for a key this version does not know)."""
        keys = [s.key for s in self.sections]
        row = keys.index(key) if key in keys else 0
        section = self.sections[row]
        if section.key == self.current:
            return
        self.current = section.key
        self.browser.setHtml(f"<h2>{section.title}</h2>{section.body}")
        self.contents.setCurrentIndex(self.contents.model().index(row, 0))

    def _follow(self, url: QUrl) -> None:
        if url.fragment():
            self.show_section(url.fragment())
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)


def open_help(parent: QWidget, lang: str, topic: str = START) -> HelpWindow:
    """The guide at `topic`: one guide per window, brought to the front if already open."""
    window = parent.window()
    guide = window.findChild(HelpWindow, "help_window")
    if guide is None:
        guide = HelpWindow(lang, window)
        guide.setObjectName("help_window")
    guide.show_section(topic)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
