"""The guide opens on F1 and at the right section from each "Why?", in both languages;
the About box names the version and where the journal and its backups live."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog

from wellbeing import __version__
from wellbeing.ui.help_content import CLIENTS, CYCLE, EXHAUSTION, GUIDE, START, TEAM, topic_for
from wellbeing.ui.help_window import HelpWindow


def guide_of(window) -> HelpWindow:
    [guide] = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
    return guide


def test_f1_opens_the_guide_at_its_start_and_links_lead_between_sections(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = guide_of(window)
    assert guide.current == START
    assert "What this journal is for" in guide.browser.toPlainText()
    guide.browser.anchorClicked.emit(QUrl(f"#{TEAM}"))
    assert guide.current == TEAM
    text = guide.browser.toPlainText()
    assert "never sees you as an individual" in text and "5" in text
    assert guide.contents.currentIndex().row() == [s.key for s in GUIDE["en"]].index(TEAM)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # one guide per window, brought back to its start
    assert window.findChildren(HelpWindow) == [guide] and guide.current == START


def test_a_why_opens_the_guide_at_the_idea_behind_the_number(qtbot, make_window):
    window = make_window()
    window.tabs.setCurrentWidget(window.insights_page)
    page = window.insights_page.page
    qtbot.mouseClick(page.header.cycle.why_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.why_dialog.learn_more, Qt.MouseButton.LeftButton)
    assert guide_of(window).current == CYCLE
    qtbot.mouseClick(page.header.index.why_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.why_dialog.learn_more, Qt.MouseButton.LeftButton)
    assert guide_of(window).current == EXHAUSTION
    assert "limits" in guide_of(window).browser.toPlainText()


def test_reasons_lead_to_their_section():
    assert topic_for(["advice.reframe_failed"]) == CLIENTS
    assert topic_for(["mirror.strengths"]) == CYCLE
    assert topic_for(["red_flag.high", "step.talk"]) == "not_a_diagnosis"
    assert topic_for([]) == START


def test_the_guide_in_french(qtbot, make_window):
    window = make_window("fr")
    window.help()
    guide = guide_of(window)
    assert "À quoi sert ce journal" in guide.browser.toPlainText()
    window.help(CLIENTS)
    assert "Recadrer et détrôner un client" in guide.browser.toPlainText()


def test_every_section_exists_in_both_languages_and_links_resolve():
    import re

    english, french = GUIDE["en"], GUIDE["fr"]
    assert [s.key for s in english] == [s.key for s in french]
    keys = {s.key for s in english}
    for section in (*english, *french):
        assert set(re.findall(r'href="#([a-z_]+)"', section.body)) <= keys, section.key


def test_about_shows_the_version_the_journal_and_its_backups(qtbot, window, monkeypatch):
    from wellbeing.ui.about_dialog import AboutDialog

    shown: list[str] = []

    def record(dialog: QDialog) -> int:
        if isinstance(dialog, AboutDialog):
            shown.append(dialog.text.text())
        return 0

    monkeypatch.setattr(QDialog, "exec", record)
    window.actions["about"].trigger()
    [text] = shown
    folder = str(window.store.path.parent)
    assert __version__ in text
    assert str(window.store.path) in text and f"{folder}/backups" in text.replace("\\", "/")
    assert "no network" in text and "no telemetry" in text
