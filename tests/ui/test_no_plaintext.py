"""What is typed in the window never lands on disk in clear: journal, WAL, drafts, backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from wellbeing.store.backup import list_backups

PHRASE = "QUOKKA-CONFIDENTIAL-9931"


def every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_a_known_phrase_appears_in_no_file_the_app_wrote(
    qtbot, make_window, journal_path: Path, isolated_home: Path
):
    window = make_window()
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), PHRASE + " Ltd")
    qtbot.mouseClick(form.impact.button(6), Qt.MouseButton.LeftButton)
    form.expand()
    form.what_happened.setPlainText(f"They said {PHRASE} twice.")
    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    form.what_happened.setPlainText(f"A draft about {PHRASE}.")  # kept as a draft
    window.journal_page.keep_draft()
    window.backup_if_due()
    assert list_backups(journal_path)
    window.strengths_page.add()
    window.close()

    written = every_file(journal_path.parent) + every_file(isolated_home)
    assert any(p.name.endswith("-wal") or p.suffix == ".key" for p in written)
    for path in written:
        data = path.read_bytes()
        for encoded in (PHRASE.encode("utf-8"), PHRASE.encode("utf-16-le")):
            assert encoded not in data, f"{PHRASE} found in clear in {path}"
