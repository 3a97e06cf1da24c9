"""Qt's own dialogs in the user's language, where Qt's French catalogue falls short.

Qt's file dialog kept "Look in:", "Files of type:" and the "Folder" kind in English in a
French session, although qtbase_fr holds the first two: the labels are set again, from
the loaded translators, whenever such a dialog shows. The kinds Qt's catalogue lacks are
declared here so that our own catalogue carries them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QFileDialog

QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)
"""Words Qt translates in its file dialogs but qtbase_fr does not hold."""


class QtDialogWords(QObject):
    """Puts the file dialog's labels through the translators each time one is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            self.translate_labels(watched)
        return False

    @staticmethod
    def translate_labels(dialog: QFileDialog) -> None:
        look_in = QCoreApplication.translate("QFileDialog", "Look in:")
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, look_in)
        file_type = QCoreApplication.translate("QFileDialog", "Files of type:")
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, file_type)


def install_qt_dialog_words(app: QApplication) -> QtDialogWords:
    """Once per application, like the keyboard conventions."""
    existing = app.findChild(QtDialogWords)
    if isinstance(existing, QtDialogWords):
        return existing
    words = QtDialogWords(app)
    app.installEventFilter(words)
    return words
