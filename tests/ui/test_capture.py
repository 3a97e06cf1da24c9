"""Capture from anywhere: the tray menu (two clicks), the capture window, `wellbeing capture`,
nothing named or written while locked, and the desktop without a tray.

The offscreen platform has no tray: the tray object is driven through its QMenu's actions,
which are the same whether or not an icon shows them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMenu

from wellbeing.domain.model import Encounter
from wellbeing.domain.when import Shorthand
from wellbeing.services.encounters import EncounterEntry
from wellbeing.store import journal
from wellbeing.ui.capture_window import CaptureWindow, emotion_row
from wellbeing.ui.journal_model import COLUMNS
from wellbeing.ui.single_instance import CAPTURE, SingleInstance
from wellbeing.ui.tray import said_once


def _log(window, client: str, impact: int = 5, hours_ago: int = 1) -> None:
    when = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=hours_ago)
    draft = Encounter(client_id="", occurred_at=when, impact=impact, emotions=("tired",))
    window.store.save_entry(EncounterEntry(client, draft))


def _client_menus(menu: QMenu) -> dict[str, QMenu]:
    return {a.menu().title(): a.menu() for a in menu.actions() if a.menu() is not None}


def _texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts.extend(_texts(action.menu()))
    return texts


def _pick(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


class Spontaneous(QCloseEvent):
    """A close from the window's title bar (QWidget.close() is never spontaneous)."""

    def spontaneous(self) -> bool:  # type: ignore[override]
        return True


def test_the_tray_menu_logs_a_rough_encounter_in_two_clicks(window):
    _log(window, "Globex", hours_ago=2)
    _log(window, "Initech & Co", hours_ago=1)
    tray = window.tray
    tray.menu.aboutToShow.emit()  # as when the menu opens
    clients = _client_menus(tray.menu)
    assert list(clients) == ["Initech && Co", "Globex"]  # most recent first; & kept as text

    _pick(clients["Globex"], "Rough (6)").trigger()  # click 1: the client; click 2: impact

    stored = journal.list_encounters(window.store.db)
    assert len(stored) == 3
    newest = max(stored, key=lambda e: (e.occurred_at, e.impact == 6))
    assert newest.impact == 6 and newest.what_happened == "" and newest.kind == "difficult"
    assert window.store.client(newest.client_id).name == "Globex"
    model = window.journal_page.model
    row = model.row_of(newest.id)
    mark = model.index(row, COLUMNS.index("behaviours"))  # the first text column: in sight
    assert mark.data() == "details to add"  # in the journal, quietly: not a reminder
    assert "Globex" in window.statusBar().currentMessage()


def test_the_capture_window_saves_with_enter(window, qtbot):
    _log(window, "Globex")
    window.hide()  # works with the main window out of sight
    window.tray.open_capture()
    capture = window.tray.capture
    assert capture is not None and capture.isVisible()
    assert capture.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert capture.client.itemText(0) == "Globex"  # recent clients offered
    assert capture.emotions.selected() == ()
    assert capture.emotions.button("tired")  # the most used emotion is in the row

    qtbot.keyClicks(capture.client.lineEdit(), "Acme")
    capture.impact.setFocus()
    qtbot.keyClick(capture.impact, Qt.Key.Key_7)
    qtbot.mouseClick(capture.emotions.button("frustrated"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(capture.saved):
        qtbot.keyClick(capture.client.lineEdit(), Qt.Key.Key_Return)

    assert not capture.isVisible()
    saved = [e for e in journal.list_encounters(window.store.db) if e.impact == 7]
    assert len(saved) == 1
    assert window.store.client(saved[0].client_id).name == "Acme"
    assert saved[0].emotions == ("frustrated",)


def test_the_capture_window_explains_what_is_missing(window, qtbot, warnings):
    window.tray.open_capture()
    capture = window.tray.capture
    qtbot.waitUntil(lambda: QApplication.activeWindow() is capture)  # Ctrl+Enter goes there
    qtbot.keyClicks(capture.client.lineEdit(), "Acme")
    qtbot.keyClick(
        capture.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert capture.isVisible() and not capture.problem.isHidden()
    assert "impact" in capture.problem.text()
    assert journal.count_encounters(window.store.db) == 0


def test_escape_closes_the_capture_window_without_saving(window, qtbot):
    window.tray.open_capture()
    capture = window.tray.capture
    qtbot.keyClicks(capture.client.lineEdit(), "Acme")
    capture.impact.set_value(4)
    qtbot.keyClick(capture.client.lineEdit(), Qt.Key.Key_Escape)
    assert not capture.isVisible()
    assert journal.count_encounters(window.store.db) == 0


def test_the_capture_window_dates_a_quick_choice(window, qtbot):
    window.tray.open_capture()
    capture = window.tray.capture
    qtbot.keyClicks(capture.client.lineEdit(), "Acme")
    capture.impact.set_value(2)
    qtbot.mouseClick(capture.when_choices.button(Shorthand.YESTERDAY), Qt.MouseButton.LeftButton)
    logged = capture.save()
    assert logged is not None
    assert logged.encounter.occurred_at.date() < datetime.now().date()


def test_locked_the_menu_names_nobody_and_capture_waits_for_the_unlock(window, qtbot):
    _log(window, "Globex")
    tray = window.tray
    tray.refresh()
    stale = _pick(_client_menus(tray.menu)["Globex"], "Very rough (9)")
    window.tray.open_capture()
    window.lock()

    assert not window.tray.capture.isVisible()  # closed with every other dialog
    texts = _texts(tray.menu)
    assert not any("Globex" in text for text in texts)
    assert "The journal is locked" in texts
    assert tray.capture_quick("Globex", 9) is None
    assert journal.count_encounters(window.store.db) == 1
    del stale  # a menu built before the lock is gone, not just hidden

    _pick(tray.menu, "Open the capture window…").trigger()
    assert not tray.capture.isVisible()
    assert "Unlock" in window.statusBar().currentMessage()
    window.unlock()
    assert tray.capture.isVisible()  # asked for while locked, shown once unlocked
    assert "Globex" in _client_menus(tray.menu)


def test_without_a_tray_closing_the_window_quits_and_it_is_said_once(make_window):
    first = make_window()
    assert not first.tray.available  # the offscreen platform has no tray
    assert "No system tray" in first.statusBar().currentMessage()
    first.tray.notify("Title", "Text")  # nothing to show it in: nothing happens

    first.closeEvent(Spontaneous())  # the title bar's close button
    assert first.store is None  # the journal closed: the app is not hiding anywhere

    second = make_window()
    assert "No system tray" not in second.statusBar().currentMessage()
    assert not said_once("no_tray")


def test_with_a_tray_the_title_bar_keeps_the_app_and_quit_quits(window):
    window.tray.available = True  # as on a desktop with a tray (no icon offscreen)
    event = Spontaneous()
    window.closeEvent(event)
    assert not event.isAccepted() and window.store is not None  # still there, in the tray

    window.tray.available = False  # no real icon to hide or quit from in this test
    _pick(window.tray.menu, "Quit").trigger()
    assert window.store is None


def test_emotion_row_prefers_the_users_own_words():
    row = emotion_row(["relieved", "unknown", "angry"])
    assert [t.key for t in row][:2] == ["relieved", "angry"]
    assert len(row) == 8


def test_a_second_start_can_ask_for_the_capture_window(qtbot, journal_path: Path):
    first = SingleInstance(journal_path)
    assert first.claim()
    with qtbot.waitSignal(first.capture_requested, timeout=3000):
        assert not SingleInstance(journal_path).claim(CAPTURE)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not SingleInstance(journal_path).claim()
    first.release()


def test_wellbeing_capture_hands_over_to_the_running_app(window, qtbot, journal_path: Path):
    from wellbeing.ui import app as app_module

    assert app_module.claim_journal(QApplication.instance(), window, journal_path)
    assert app_module.run_capture_gui(journal_path, "en") == 0
    qtbot.waitUntil(lambda: window.tray.capture is not None and window.tray.capture.isVisible())


def test_wellbeing_capture_alone_opens_only_the_capture_window(
    qtbot, journal_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from wellbeing.store import create_journal
    from wellbeing.ui import app as app_module

    db, _key = create_journal(journal_path, "a test passphrase")
    db.close()

    def exec_once(_app=None) -> int:
        [capture] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CaptureWindow) and w.isVisible()
        ]
        qtbot.keyClicks(capture.client.lineEdit(), "Acme")
        capture.impact.set_value(8)
        assert capture.save() is not None
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert app_module.run_capture_gui(journal_path, "en") == 0
    from wellbeing.store import open_journal

    db = open_journal(journal_path, "a test passphrase")
    assert [e.impact for e in journal.list_encounters(db)] == [8]
    db.close()


def test_the_capture_command(monkeypatch: pytest.MonkeyPatch, capsys, journal_path: Path):
    from wellbeing import cli
    from wellbeing.store import create_journal
    from wellbeing.ui import app as app_module

    assert cli.main(["capture", "--journal", str(journal_path)]) == cli.USER_ERROR
    assert "no journal" in capsys.readouterr().err

    db, _key = create_journal(journal_path, "a test passphrase")
    db.close()
    calls = []
    monkeypatch.setattr(app_module, "run_capture_gui", lambda *args: calls.append(args) or 0)
    assert cli.main(["capture", "--journal", str(journal_path), "--lang", "fr"]) == 0
    assert calls == [(journal_path, "fr")]
    assert cli.main(["--journal", str(journal_path), "capture"]) == 0
    assert calls[-1] == (journal_path, None)
