"""The About box: the version, where the journal and its backups are, the privacy promise.

The paths are selectable text, so that a user can find (and back up) their journal.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wellbeing import __version__
from wellbeing.ui.screen_fit import fit_to_screen, fitting_size

TEXT_WIDTH = 520


class AboutDialog(QDialog):
    def __init__(self, journal: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Wellbeing Journal"))
        if journal is None:
            where = self.tr("<p>No journal file is open.</p>")
        else:
            from wellbeing.store.backup import backups_folder

            where = self.tr(
                "<p><b>Your journal</b><br>{journal}</p><p><b>Its backups</b><br>{backups}</p>"
            ).format(
                journal=html.escape(str(journal)),
                backups=html.escape(str(backups_folder(journal))),
            )
        self.text = QLabel(
            self.tr("<h3>Wellbeing Journal {version}</h3>").format(version=__version__)
            + self.tr(
                "<p>A private journal of difficult client encounters and their emotional "
                "impact.</p>"
            )
            + where
            + self.tr(
                "<p><b>Your privacy</b><br>The journal is encrypted on disk with your "
                "passphrase. The app makes no network connection and sends no telemetry. "
                "Nothing leaves this computer unless you export it, and you see what "
                "leaves before it does.</p>"
                "<p>It is not a medical device and never diagnoses. If you feel worn out, "
                "talk to your manager, occupational health or a doctor.</p>"
            )
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # A wrapped label in a top-level dialog is not given its height for its width:
        # ask for it, or the last lines are cut (seen at 1024×600, scale 2).
        width = min(TEXT_WIDTH, fitting_size(TEXT_WIDTH, 0, self).width() - 40)
        self.text.setMinimumWidth(width)
        self.text.setMinimumHeight(self.text.heightForWidth(width))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, self.sizeHint().width(), self.sizeHint().height())
