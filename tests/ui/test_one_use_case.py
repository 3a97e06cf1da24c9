"""One use case, one place: the window and `wellbeing log` store the very same encounter."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.domain.boundaries import Boundaries, to_json
from wellbeing.domain.model import Encounter
from wellbeing.store import create_journal, journal, open_journal, settings

SATURDAY_8AM = datetime(2026, 11, 21, 8, 0)
TEXT = "Called my mobile at 8 on a Saturday about the quote."


def stored(db) -> tuple[str, Encounter]:
    """The one encounter of a journal with its client's name; ids are random, so blank."""
    [encounter] = journal.list_encounters(db)
    client = journal.get_client(db, encounter.client_id)
    return client.name, replace(encounter, id="", client_id="")


def log_in_the_window(qtbot, window, by_hand: tuple[str, ...]) -> None:
    window.store.save_boundaries(Boundaries())  # the defaults, confirmed: detection applies
    form = window.journal_page.form
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    form.when.setDateTime(QDateTime(QDate(2026, 11, 21), QTime(8, 0)))
    qtbot.mouseClick(form.impact.button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.emotions.button("angry"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.behaviours.button("rude"), Qt.MouseButton.LeftButton)
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    qtbot.keyClicks(form.what_happened, TEXT)
    for key in by_hand:  # ticked on top of what the form found
        qtbot.mouseClick(form.violations.button(key), Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def log_on_the_command_line(path: Path, by_hand: tuple[str, ...]) -> None:
    db, _recovery_key = create_journal(path, PASSPHRASE)
    try:
        settings.put(db, settings.BOUNDARIES, to_json(Boundaries()))  # as in the window
    finally:
        db.close()
    extra = [arg for key in by_hand for arg in ("--violation", key)]
    args = ["log", "--journal", str(path), "--client", "Acme", "--impact", "6"]
    args += ["--when", "2026-11-21 08:00", "--channel", "phone", "--behaviour", "rude"]
    assert main([*args, "--emotion", "angry", "--text", TEXT, *extra]) == 0


@pytest.mark.parametrize(
    ("by_hand", "violations"),
    [((), ("day_off", "respect")), (("scope",), ("day_off", "respect", "scope"))],
    ids=["detected", "detected and one by hand"],
)
def test_the_window_and_the_command_line_store_the_same_row(
    qtbot, window, tmp_path, by_hand, violations
):
    log_in_the_window(qtbot, window, by_hand)
    log_on_the_command_line(tmp_path / "cli.wbj", by_hand)

    from_window = stored(window.store.db)
    db = open_journal(tmp_path / "cli.wbj", PASSPHRASE)
    try:
        from_cli = stored(db)
    finally:
        db.close()
    assert from_window == from_cli
    name, encounter = from_cli
    assert name == "Acme"
    assert (encounter.occurred_at, encounter.channel) == (SATURDAY_8AM, "phone")
    assert encounter.violations == violations
