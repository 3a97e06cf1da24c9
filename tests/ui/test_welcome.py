"""The first start: a short welcome, walked with the keyboard, on a real window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import wellbeing.ui.app as app_module
from wellbeing.domain.boundaries import Boundaries
from wellbeing.domain.model import Encounter
from wellbeing.services.demo import demo_path_for
from wellbeing.store import journal, open_journal, settings
from wellbeing.store.connection import verify_passphrase
from wellbeing.store.keys import key_file_path
from wellbeing.ui.i18n import remembered_language
from wellbeing.ui.main_window import MainWindow
from wellbeing.ui.welcome.flow import WelcomeFlow

MINE = "copper lantern drifts"
SATURDAY_8AM = datetime(2026, 11, 21, 8, 0)


@pytest.fixture
def start(qtbot, journal_path: Path):
    """The real start-up path on a missing journal: the window, then the welcome in it."""
    made: list[MainWindow] = []

    def begin(lang: str = "en") -> tuple[MainWindow, WelcomeFlow]:
        app, _ = app_module.create_application(lang)
        window = MainWindow(lang)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        app_module.open_at_start(app, window, journal_path)
        flow = window.findChild(WelcomeFlow)
        assert flow is not None and flow.isVisible()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        made.append(window)
        return window, flow

    yield begin
    for window in made:
        window.close()
    app_module.create_application("en")  # the next test starts in English


@pytest.fixture
def typing(monkeypatch):
    """The passphrase is typed, not scripted."""
    monkeypatch.delenv("WELLBEING_PASSPHRASE")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user presses it: to whatever has the focus."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, target: QWidget) -> None:
    for _ in range(80):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    pytest.fail(f"Tab never reached {target!r}")


def through_the_passphrase(qtbot, flow: WelcomeFlow) -> None:
    assert focused() is flow.passphrase.form.first
    type_text(qtbot, MINE)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is flow.passphrase.form.second
    type_text(qtbot, MINE)
    press(qtbot, Qt.Key.Key_Return)  # the journal is made here
    assert flow.passphrase.created
    assert focused() is flow.passphrase.key_panel.kept
    press(qtbot, Qt.Key.Key_Return)  # not before the key is said to be safe
    assert flow.current() is flow.passphrase
    press(qtbot, Qt.Key.Key_Space)
    assert flow.passphrase.kept


def test_the_whole_welcome_with_the_keyboard_sets_the_users_boundaries(
    qtbot, start, typing, journal_path: Path
):
    window, flow = start()
    assert flow.step.text() == "Step 1 of 5: Language"
    assert not window.menuBar().isVisible()
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current() is flow.passphrase
    assert flow.step.text() == "Step 2 of 5: Passphrase"
    through_the_passphrase(qtbot, flow)
    press(qtbot, Qt.Key.Key_Return)

    page = flow.boundaries
    assert flow.current() is page and focused() is page.days[0].switch
    tab_to(qtbot, page.days[4].switch)  # Friday: a day off
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, page.channels["social"])
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, page.limits[0])
    type_text(qtbot, "No calls after 7 p.m.")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Extra work gets a quote first")
    press(qtbot, Qt.Key.Key_Return)

    assert flow.current() is flow.clients and focused() is flow.clients.names[0]
    type_text(qtbot, "Acme Lettings")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is flow.clients.shares[0]
    press(qtbot, Qt.Key.Key_Up)
    type_text(qtbot, "\b\b\b40")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Globex")
    press(qtbot, Qt.Key.Key_Return)

    assert flow.current() is flow.demo and flow.next_button.text() == "&Start"
    press(qtbot, Qt.Key.Key_Return)

    assert window.store is not None and window.store.path == journal_path
    assert window.findChild(WelcomeFlow) is None or not flow.isVisible()
    assert window.menuBar().isVisible()
    assert verify_passphrase(journal_path, MINE)
    stored = window.store.boundaries()
    week = Boundaries().working_hours
    assert stored.working_hours == (*week[:4], None, None, None)
    assert [r.channel for r in stored.channels if not r.accepted] == ["social"]
    assert stored.limits == ("No calls after 7 p.m.", "Extra work gets a quote first")
    assert window.store.setting(settings.BOUNDARIES)  # the user's, from the first encounter
    clients = {c.name: c.revenue_share for c in window.store.clients()}
    assert clients == {"Acme Lettings": 40.0, "Globex": None}
    assert not window.reminders.check_in.isVisible()  # nothing to speak about yet


def saturday_flags(window: MainWindow) -> tuple[str, ...]:
    from tests.ui.test_boundaries_in_the_window import set_when

    form = window.journal_page.form
    form.client.lineEdit().setText("Acme")
    set_when(form, SATURDAY_8AM)
    return form.violations.selected()


@pytest.mark.parametrize("work_saturday", [False, True])
def test_a_saturday_8am_call_is_a_day_off_only_if_the_user_made_it_one(
    qtbot, start, work_saturday: bool
):
    window, flow = start()
    press(qtbot, Qt.Key.Key_Return)  # language
    press(qtbot, Qt.Key.Key_Space)  # the scripted passphrase made it: the key is kept
    press(qtbot, Qt.Key.Key_Return)
    if work_saturday:
        tab_to(qtbot, flow.boundaries.days[5].switch)
        press(qtbot, Qt.Key.Key_Space)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Return)
    assert window.store is not None
    assert saturday_flags(window) == (("out_of_hours",) if work_saturday else ("day_off",))


def test_skipping_asks_only_for_the_passphrase_and_sets_nothing_else(qtbot, start, typing):
    window, flow = start()
    press(qtbot, Qt.Key.Key_Escape)  # nothing typed: no question
    assert flow.current() is flow.passphrase
    assert flow.passphrase.skip_note.isVisible()
    assert not flow.skip_button.isVisible()
    through_the_passphrase(qtbot, flow)
    assert flow.next_button.text() == "&Start"
    press(qtbot, Qt.Key.Key_Return)
    assert window.store is not None
    assert window.store.setting(settings.BOUNDARIES) == {}  # none chosen: nothing flagged
    assert saturday_flags(window) == ()
    assert window.store.clients() == []


def test_skipping_with_nothing_typed_asks_nothing(qtbot, start, monkeypatch):
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer[0]
    )
    window, _flow = start()
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Escape)  # nothing typed: straight to the journal
    assert window.store is not None and not asked
    assert window.store.setting(settings.BOUNDARIES) == {}


def test_escape_with_something_typed_asks_before_losing_it(qtbot, start, monkeypatch):
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer[0]
    )
    window, flow = start()
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # boundaries as suggested
    type_text(qtbot, "Acme")
    press(qtbot, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "will not be saved" in asked[0]
    assert window.store is None and flow.current() is flow.clients  # No: still here
    answer[0] = QMessageBox.StandardButton.Yes
    press(qtbot, Qt.Key.Key_Escape)
    assert window.store is not None and window.store.clients() == []


def test_going_back_keeps_what_was_typed(qtbot, start):
    _window, flow = start()
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, flow.boundaries.limits[0])
    type_text(qtbot, "Politely, please")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Acme")
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert flow.current() is flow.boundaries
    assert flow.boundaries.limits[0].text() == "Politely, please"
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert flow.current() is flow.passphrase and flow.passphrase.kept  # the key, not anew
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current() is flow.clients and flow.clients.names[0].text() == "Acme"


def test_choosing_french_translates_the_welcome_at_once_and_is_remembered(qtbot, start):
    window, flow = start()
    assert focused() is flow.language.buttons["en"]
    press(qtbot, Qt.Key.Key_Down)
    assert flow.language.language() == "fr"
    assert remembered_language() == "fr"
    assert window.lang == "fr"
    assert window.menuBar().actions()[0].text() == "&Fichier"
    press(qtbot, Qt.Key.Key_Return)
    assert flow.passphrase.key_panel is not None
    assert flow.passphrase.key_panel.copy.text() == "Copier"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert flow.boundaries.days[0].switch.text() == "Lundi"
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # nothing: no such key
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Return)
    assert window.journal_page.form.title.text() == "Nouvel échange"


def test_the_demo_is_marked_and_removed_in_one_click(qtbot, start, journal_path: Path):
    window, flow = start()
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # boundaries as suggested
    type_text(qtbot, "My real client")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is flow.demo.own
    press(qtbot, Qt.Key.Key_Down)
    assert flow.demo.wants_demo()
    press(qtbot, Qt.Key.Key_Return)

    demo = demo_path_for(journal_path)
    assert demo.exists() and window.store is not None and window.store.path == demo
    assert "Demo journal — not yours" in window.windowTitle()
    banner = window.findChild(QWidget, "demoBanner")
    assert banner is not None and banner.isVisible()
    assert window.store.count_encounters() > 100
    assert "My real client" not in {c.name for c in window.store.clients()}

    leave = window.findChild(QWidget, "leaveDemo")
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)

    assert not demo.exists() and not key_file_path(demo).exists()
    assert window.store is not None and window.store.path == journal_path
    assert "Demo" not in window.windowTitle()
    assert window.findChild(QWidget, "demoBanner") is None or not banner.isVisible()
    assert [c.name for c in window.store.clients()] == ["My real client"]
    assert window.store.count_encounters() == 0
    assert not window.reminders.check_in.isVisible()


def test_the_demo_cannot_be_left_while_locked(qtbot, start):
    window, flow = start()
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Return)
    flow.demo.demo.setChecked(True)
    press(qtbot, Qt.Key.Key_Return)
    window.lock()
    leave = window.findChild(QWidget, "leaveDemo")
    assert not leave.isEnabled()
    leave.click()
    assert window.locked


def test_an_existing_journal_opens_as_before(qtbot, start, journal_path: Path):
    from tests.conftest import PASSPHRASE
    from wellbeing.store import create_journal

    db, _key = create_journal(journal_path, PASSPHRASE)
    db.close()
    app, _ = app_module.create_application("en")
    window = MainWindow("en")
    qtbot.addWidget(window)
    app_module.open_at_start(app, window, journal_path)
    assert window.findChild(WelcomeFlow) is None and window.store is not None
    window.close()


def test_an_empty_journal_shows_no_check_in_nudge_until_something_is_logged(window):
    assert not window.reminders.check_in.isVisible()
    client = journal.ensure_client(window.store.db, "Acme")
    window.store.put_encounter(Encounter(client.id, datetime.now().replace(microsecond=0), 5))
    assert window.reminders.check_in.isVisible()


def test_the_journal_made_in_the_welcome_opens_with_its_recovery_key(
    qtbot, start, journal_path: Path
):
    window, flow = start()
    press(qtbot, Qt.Key.Key_Return)
    key = flow.passphrase.key_panel.recovery_key
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.store is not None
    window.close()
    open_journal(journal_path, key).close()


def test_escape_on_the_last_step_keeps_the_pages_already_left_with_next(qtbot, start):
    window, flow = start()
    press(qtbot, Qt.Key.Key_Return)  # language
    press(qtbot, Qt.Key.Key_Space)  # the scripted passphrase made it: the key is kept
    press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, flow.boundaries.limits[0])
    type_text(qtbot, "No calls after 7 p.m.")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Acme Lettings")
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current() is flow.demo

    press(qtbot, Qt.Key.Key_Escape)

    assert window.store is not None
    assert window.store.boundaries().limits == ("No calls after 7 p.m.",)
    assert [c.name for c in window.store.clients()] == ["Acme Lettings"]
    assert not demo_path_for(window.store.path).exists()
