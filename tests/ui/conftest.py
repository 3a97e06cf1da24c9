"""A real main window on a fresh journal file, and a recorder for message boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def keyboard_conventions(qapp) -> None:
    """Widgets built alone follow the app's keyboard conventions too (wellbeing.ui.keyboard)."""
    from wellbeing.ui.keyboard import install_keyboard_conventions
    from wellbeing.ui.wheel_guard import install_wheel_guard

    install_keyboard_conventions(qapp)
    install_wheel_guard(qapp)


@pytest.fixture(autouse=True)
def english_after_each_test(qapp):
    """A test that switches to French leaves English behind it: the translators are the
    application's, and the next test (in any order) expects the default language."""
    yield
    from PySide6.QtCore import QLocale

    from wellbeing.ui.i18n import install_translators

    if QLocale().language() != QLocale.Language.English:
        install_translators(qapp, "en")


@pytest.fixture
def make_window(qtbot, journal_path: Path):
    """Build (and rebuild, to simulate a restart) the window on the same journal."""
    from wellbeing.ui.app import build_window, create_application

    windows = []

    def make(lang: str = "en"):
        create_application(lang)
        window = build_window(journal_path, lang)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()  # shortcuts only reach the active window
        qtbot.waitActive(window)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        qtbot.waitUntil(lambda: not window.journal_page.loading)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are modal; record what they would have said instead of blocking."""
    shown: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown
