"""Interface language: Qt translators for our strings, the vocabulary's own labels for tags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellbeing.domain.vocabulary import LANGUAGES
from wellbeing.ui.resources import resource_path

LANGUAGE_FILENAME = "language"
"""Beside the default journal: the language chosen in the welcome, needed before any journal
is unlocked (the journal's own settings are encrypted), and not private."""


def remembered_language() -> str | None:
    """The language the user chose at their first start, if any."""
    from wellbeing.store.location import default_journal_path

    try:
        chosen = (default_journal_path().parent / LANGUAGE_FILENAME).read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return chosen if chosen in LANGUAGES else None


def remember_language(lang: str) -> None:
    """Kept for the next starts; a folder that refuses it only costs the choice."""
    from wellbeing.store.files import make_private_folder, write_private_text
    from wellbeing.store.location import default_journal_path

    folder = default_journal_path().parent
    try:
        make_private_folder(folder)
        write_private_text(folder / LANGUAGE_FILENAME, lang + "\n")
    except OSError:
        pass


def choose_language(requested: str | None) -> str:
    """--lang first, then the language chosen in the welcome, then the system's."""
    if requested in LANGUAGES:
        return requested
    remembered = remembered_language()
    if remembered is not None:
        return remembered
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load ours and Qt's own (for standard dialog buttons); keep them alive with the app."""
    QLocale.setDefault(QLocale(lang))
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    translators = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"wellbeing_{lang}.qm"))):
        translators.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{lang}", qt_dir):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def ui_language() -> str:
    """The language the vocabulary's labels are shown in, following the translators."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def date_edit_format(with_time: bool = False) -> str:
    """The Qt display format of a date field, matching wellbeing.domain.formatting's one
    format per language, so that what is typed looks like what is shown elsewhere."""
    day = "dd/MM/yyyy" if ui_language() == "fr" else "yyyy-MM-dd"
    return f"{day} HH:mm" if with_time else day
