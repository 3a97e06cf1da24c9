"""Both languages complete and applied; a bad journal file gets a message box, not a trace."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tests.tools.i18n_build import tool, ui_sources
from wellbeing.ui.resources import resource_path

from .test_journal_page import quick_log


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_translation_sources_are_complete_and_compiled(lang: str):
    ts = resource_path("translations", f"wellbeing_{lang}.ts")
    root = ElementTree.parse(ts).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert ts.with_suffix(".qm").stat().st_size > 0


def test_every_string_in_the_code_is_in_the_french_source(tmp_path: Path):
    """lupdate on today's code finds nothing the committed .ts lacks."""
    fresh = tmp_path / "fresh.ts"
    committed = resource_path("translations", "wellbeing_fr.ts")
    fresh.write_bytes(committed.read_bytes())
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, ui_sources()), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    root = ElementTree.parse(fresh).getroot()
    new = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert new == []


def test_the_window_speaks_french_when_asked(qtbot, make_window):
    window = make_window("fr")
    assert window.tabs.tabText(0) == "Journal"
    assert window.tabs.tabText(1) == "Analyses"
    assert window.tabs.tabText(3) == "Ce que mon entreprise fait bien"
    assert window.journal_page.form.title.text() == "Nouvel échange"
    assert (
        window.journal_page.form.behaviours.button("impatient").text() == "veut tout, tout de suite"
    )
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    assert window.counts.full_text() == "1 échange dans le journal"
    assert window.journal_page.proxy.index(0, 4).data() == "impoli"


START_ON = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
QMessageBox.critical = lambda parent, title, text, *rest: print("BOX:", text, flush=True)
from wellbeing.ui.app import run_gui
sys.exit(run_gui(Path(sys.argv[1]), "en"))
"""


def test_a_file_that_is_not_a_journal_gets_a_message_box(tmp_path: Path):
    """The real start-up path, in its own process: the window, then one sentence, exit 2."""
    not_a_journal = tmp_path / "notes.wbj"
    not_a_journal.write_text("shopping list\n")
    result = subprocess.run(
        [sys.executable, "-c", START_ON, str(not_a_journal)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout.strip() == f"BOX: {not_a_journal} is not a Wellbeing journal."
    assert "Traceback" not in result.stderr
    assert not_a_journal.read_text() == "shopping list\n"
