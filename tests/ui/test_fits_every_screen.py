"""Every window and dialog fits a laptop's screen, with ordinary and with large text.

Each screen is a separate process (the screen and its text scale are fixed when Qt
starts): tests/tools/fit_check.py opens the main window on the demo journal, its four
pages, every dialog its menus and the client panel open, the capture, team-lead and coach
windows, the welcome's five steps and the lock screen, and lists any window larger than
the screen's free area and any label or button whose text is cut.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from tests.tools.fit_check import clipped_text, cut_by_viewport

ROOT = Path(__file__).resolve().parents[2]

SCREENS = [
    # width, height, dpi (96 = 100 % text, 144 = 150 %, 192 = 200 %), language
    pytest.param(1024, 600, 96, "fr", id="1024x600-100%-fr"),
    pytest.param(1366, 768, 96, "en", id="1366x768-100%-en"),
    pytest.param(1024, 600, 144, "fr", id="1024x600-150%-fr"),
    pytest.param(1366, 768, 192, "fr", id="1366x768-200%-fr"),
    pytest.param(1024, 600, 192, "en", id="1024x600-200%-en"),
]


def run_fit_check(tmp_path: Path, width: int, height: int, dpi: int, lang: str) -> dict:
    screen = {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": dpi,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "HOME": str(tmp_path),  # the remembered language and theme stay out of the user's
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.tools.fit_check", "--lang", lang, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-3000:]
    return json.loads(lines[-1])


@pytest.mark.parametrize(("width", "height", "dpi", "lang"), SCREENS)
def test_every_window_and_dialog_fits_the_screen(tmp_path, width, height, dpi, lang):
    result = run_fit_check(tmp_path, width, height, dpi, lang)
    looked_at = "\n".join(result["seen"])
    for expected in (
        "main window, journal",
        "main window, clients",
        "CheckInDialog",
        "ReframeDialog",
        "DethroneDialog",
        "BoundariesDialog",
        "PrepareSessionDialog",
        "capture window",
        "team window",
        "coach window, show_actions",
        "welcome, step 5",
        "lock screen",
    ):
        assert expected in looked_at
    assert result["problems"] == []


def test_the_check_sees_a_cut_label_and_a_cut_button(qtbot):
    label = QLabel("A sentence far too long for forty pixels")
    qtbot.addWidget(label)
    label.setFixedWidth(40)
    wrapped = QLabel("A wrapped sentence that needs several lines at this width")
    qtbot.addWidget(wrapped)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(80, 20)
    button = QPushButton("Enregistrer les modifications")
    qtbot.addWidget(button)
    button.setFixedWidth(50)
    assert "width" in clipped_text(label)
    assert "height" in clipped_text(wrapped)
    assert "width" in clipped_text(button)
    label.setFixedWidth(label.sizeHint().width())
    assert clipped_text(label) is None


def test_the_check_sees_content_cut_by_a_scroll_area_that_cannot_scroll_sideways(qtbot):
    from PySide6.QtCore import Qt

    content = QWidget()
    content.setMinimumWidth(400)
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.resize(200, 100)
    area.show()
    qtbot.waitExposed(area)
    assert cut_by_viewport(area) is not None
