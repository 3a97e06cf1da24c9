"""Interface language: Qt translators for our strings, the vocabulary's own labels for tags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellbeing.domain.vocabulary import LANGUAGES
from wellbeing.ui.resources import resource_path


def choose_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
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
