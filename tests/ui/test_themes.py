"""Light, dark and high-contrast themes: View → Theme, following the system, remembered,
a focus ring on every control, charts in the window's colours, and nothing told by colour
alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QWidget

from tests.conftest import PASSPHRASE
from wellbeing.charts.palette import DARK, HIGH_CONTRAST, LIGHT
from wellbeing.ui.theme import (
    DARK_THEME,
    HIGH_CONTRAST_THEME,
    LIGHT_THEME,
    SYSTEM,
    THEMES,
    contrast,
    current_theme,
    install_theme,
    style_sheet,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def back_to_the_system_theme(qapp) -> Iterator[None]:
    """Later tests start on the light look they were written for."""
    yield
    install_theme(qapp, SYSTEM)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)


@pytest.fixture
def demo_window(make_window, journal_path: Path):
    """The main window on a demo journal, so that every chart has something to draw."""
    from wellbeing.services.demo import write_demo_journal
    from wellbeing.store import create_journal

    db, _key = create_journal(journal_path, PASSPHRASE)
    write_demo_journal(db)
    db.close()
    return make_window()


def window_colour(widget: QWidget) -> str:
    return widget.palette().color(QPalette.ColorRole.Window).name()


def timeline(window):  # type: ignore[no-untyped-def]
    window.actions["show_insights"].trigger()
    page = window.insights_page.page
    page.figure("timeline")  # drawn now, not when the event loop gets to it
    return page.cards["timeline"]


def line(figure, gid: str):  # type: ignore[no-untyped-def]
    return next(a for a in figure.findobj() if a.get_gid() == gid)


# --- View → Theme ----------------------------------------------------------------------


def test_the_view_menu_switches_the_window_and_its_charts(qtbot, demo_window) -> None:
    window = demo_window
    card = timeline(window)
    figure = card.canvas.figure
    qtbot.waitUntil(lambda: to_hex(figure.get_facecolor()) == LIGHT.background)
    light_width = line(figure, "rolling_7").get_linewidth()
    assert window_colour(window) == LIGHT_THEME.window

    window.actions["theme_dark"].trigger()
    assert window_colour(window) == DARK_THEME.window
    assert window.journal_page.table.palette().color(QPalette.ColorRole.Base).name() == "#1e1e1e"
    qtbot.waitUntil(lambda: to_hex(figure.get_facecolor()) == DARK.background)
    axes = line(figure, "rolling_7").axes
    assert to_hex(axes.get_facecolor()) == DARK.background
    assert to_hex(axes.yaxis.get_ticklabels()[0].get_color()) == DARK_THEME.text

    window.actions["theme_high_contrast"].trigger()
    assert window_colour(window) == "#000000"
    qtbot.waitUntil(lambda: to_hex(figure.get_facecolor()) == HIGH_CONTRAST.background)
    assert line(figure, "rolling_7").get_linewidth() > light_width  # thicker lines
    assert window.actions["theme_high_contrast"].isChecked()
    assert not window.actions["theme_dark"].isChecked()

    window.actions["theme_light"].trigger()
    assert window_colour(window) == LIGHT_THEME.window
    qtbot.waitUntil(lambda: to_hex(figure.get_facecolor()) == LIGHT.background)


def test_chart_titles_stay_readable_after_switching_to_dark(qtbot, demo_window) -> None:
    """A title styled by its own sheet kept the light theme's dark text on dark grey."""
    window = demo_window
    window.actions["theme_light"].trigger()
    card = timeline(window)
    qtbot.waitUntil(card.title.isVisible)
    window.grab()  # drawn once in the light theme, as a person sees it first
    window.actions["theme_dark"].trigger()
    qtbot.waitUntil(lambda: window_colour(window) == DARK_THEME.window)
    where = QRect(card.title.mapTo(window, QPoint(0, 0)), card.title.size())
    image = window.grab(where).toImage()  # as the window paints it, not a fresh polish
    brightest = max(
        QColor(image.pixel(x, y)).lightness()
        for x in range(0, image.width(), 2)
        for y in range(image.height())
    )
    assert brightest > 180  # light text on the dark card


def test_the_theme_menu_works_before_a_journal_is_open(qtbot) -> None:
    """Themes need no journal: the locked or opening window offers them too."""
    from wellbeing.ui.app import create_application
    from wellbeing.ui.main_window import MainWindow

    create_application("en")
    window = MainWindow("en")
    qtbot.addWidget(window)
    menu = window.findChild(QWidget, "menu_theme")
    assert menu is not None and menu.title() == "&Theme"
    assert all(window.actions[f"theme_{name}"].isEnabled() for name in ("dark", "system"))
    assert window.actions["theme_system"].isChecked()
    window.actions["theme_dark"].trigger()
    assert window_colour(window) == DARK_THEME.window


# --- following the system ---------------------------------------------------------------


def test_system_follows_light_and_dark_while_the_app_runs(qtbot, window) -> None:
    hints = QGuiApplication.styleHints()
    assert window.actions["theme_system"].isChecked()

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(window) == DARK_THEME.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour(window) == LIGHT_THEME.window
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert current_theme().name == "high_contrast"
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert current_theme().name == "light"


def test_an_explicit_choice_ignores_the_system(qtbot, window) -> None:
    window.actions["theme_light"].trigger()
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(window) == LIGHT_THEME.window
    window.actions["theme_system"].trigger()  # back to the system, which went dark meanwhile
    assert window_colour(window) == DARK_THEME.window


# --- remembered -------------------------------------------------------------------------

RESTART = """
from wellbeing.ui.app import create_application
from wellbeing.ui.main_window import MainWindow
import json
app, lang = create_application(None)
window = MainWindow(lang)
ticked = [name for name, action in window.actions.items() if action.isChecked()]
colour = window.palette().color(window.palette().ColorRole.Window).name()
print(json.dumps([app.property("wellbeingTheme"), ticked, colour]))
"""


def test_high_contrast_is_remembered_across_restarts(qtbot, window) -> None:
    window.actions["theme_high_contrast"].trigger()
    window.close()

    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # WELLBEING_HOME: this test's
    done = subprocess.run(
        [sys.executable, "-c", RESTART],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    theme, ticked, colour = json.loads(done.stdout.strip().splitlines()[-1])
    assert (theme, ticked, colour) == ("high_contrast", ["theme_high_contrast"], "#000000")


def test_the_theme_survives_a_language_switch(qtbot, make_window) -> None:
    from wellbeing.ui.i18n import install_translators
    from wellbeing.ui.welcome import retranslate_window

    window = make_window("en")
    window.actions["theme_dark"].trigger()
    install_translators(QApplication.instance(), "fr")  # as the welcome's language step does
    retranslate_window(window, {})
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert window_colour(window) == DARK_THEME.window
    assert window.actions["theme_dark"].isChecked()
    assert window.actions["show_journal"].text() == "&Journal"  # translated (same in French)
    assert window.actions["new"].text() != "&New encounter"

    again = make_window("fr")  # and a restart in French
    assert window_colour(again) == DARK_THEME.window
    assert again.actions["theme_dark"].isChecked()


# --- the focus ring ---------------------------------------------------------------------


def ring_pixels(image: QImage, colour: str) -> int:
    """Pixels of exactly the ring's colour (no other control uses it)."""
    wanted = QColor(colour).rgb()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixel(x, y) == wanted
    )


def around(widget: QWidget) -> QImage:
    """The control and a few pixels round it, as its parent shows them (the ring included)."""
    parent = widget.parentWidget()
    assert parent is not None
    return parent.grab(widget.geometry().adjusted(-6, -6, 6, 6)).toImage()


def focused_and_not(qtbot, widget: QWidget, away: QWidget) -> tuple[QImage, QImage]:  # type: ignore[no-untyped-def]
    away.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(away.hasFocus)
    plain = around(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return around(widget), plain


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_kind_of_control_shows_a_focus_ring(qtbot, window, theme: str) -> None:
    install_theme(QApplication.instance(), theme)
    ring = THEMES[theme].focus
    form = window.journal_page.form
    box = QCheckBox("a check box", window.journal_page)
    box.move(200, 300)  # away from the search field's own ring
    box.show()
    controls = {
        "button": form.cancel_button,
        "kind button": form.positive,
        "chip": form.behaviours.button("rude"),
        "scale": form.difficult_impact,
        "combo box": form.client,
        "line edit": window.journal_page.search,
        "table": window.journal_page.table,
        "check box": box,
        "date field": form.when,
    }
    for name, control in controls.items():
        away = (
            window.journal_page.search if control is not window.journal_page.search else form.when
        )
        focused, plain = focused_and_not(qtbot, control, away)
        assert ring_pixels(focused, ring) > 20, f"{name}: no ring in {theme}"
        assert ring_pixels(plain, ring) < ring_pixels(focused, ring) / 4, name


def test_the_ring_goes_round_the_current_tab(qtbot, window) -> None:
    bar = window.tabs.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    overlay = window.findChild(QWidget, "focusRing")
    assert overlay is not None and overlay.isVisible()

    def round_tab(index: int) -> bool:
        tab = bar.tabRect(index).translated(bar.pos())
        return overlay.geometry().contains(tab) and tab.contains(overlay.geometry().center())

    assert round_tab(0) and not round_tab(1)
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert round_tab(1) and not round_tab(0)


def test_the_ring_follows_the_focus_and_leaves_with_it(qtbot, window) -> None:
    form = window.journal_page.form
    form.cancel_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(form.cancel_button.hasFocus)
    overlay = window.findChild(QWidget, "focusRing")
    assert overlay.geometry().contains(form.cancel_button.geometry())
    assert overlay.parentWidget() is form.cancel_button.parentWidget()
    form.cancel_button.hide()  # the focus moves on, and the ring with it
    shown_round_it = overlay.isVisible() and overlay.geometry().contains(
        form.cancel_button.geometry()
    )
    assert not shown_round_it
    form.cancel_button.show()
    window.journal_page.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.journal_page.search.hasFocus)
    assert overlay.geometry().contains(window.journal_page.search.geometry())


def test_the_ring_is_wide_and_stands_out_in_every_theme() -> None:
    for theme in THEMES.values():
        assert theme.focus_width >= 2
        for background in (theme.window, theme.base):
            assert contrast(theme.focus, background) >= 3, theme.name
        assert contrast(theme.focus, theme.focus_halo) >= 3, theme.name  # on a filled control
    assert HIGH_CONTRAST_THEME.focus_width >= 3


# --- readable, and never colour alone ----------------------------------------------------

TEXT_ON = (
    ("window_text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("placeholder", "base"),
    ("placeholder", "window"),
    ("chip_text", "chip"),
    ("checked_text", "checked"),
    ("checked_kind_text", "difficult"),
    ("checked_kind_text", "positive"),
    ("quadrant_text", "unpleasant_high"),
    ("quadrant_text", "unpleasant_low"),
    ("quadrant_text", "pleasant_high"),
    ("quadrant_text", "pleasant_low"),
    ("banner_text", "banner"),
    ("problem", "window"),
    ("difficult_text", "base"),
    ("positive_text", "base"),
    ("difficult_text", "alternate_base"),
    ("link", "base"),
)


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_every_text_colour_is_readable(theme) -> None:  # type: ignore[no-untyped-def]
    for text, background in TEXT_ON:
        ratio = contrast(getattr(theme, text), getattr(theme, background))
        assert ratio >= 4.5, f"{theme.name}: {text} on {background} is {ratio:.1f}:1"
    assert contrast(theme.chip_border, theme.chip) >= 3  # a chip's edge shows
    if theme.name == "high_contrast":
        assert contrast(theme.window_text, theme.window) == pytest.approx(21)


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_checked_controls_differ_by_more_than_colour(theme) -> None:  # type: ignore[no-untyped-def]
    """A checked chip, scale button or kind is underlined with a thicker border too."""
    sheet = " ".join(style_sheet(theme).split())
    for selector in ('QPushButton[chip="true"]:checked', 'QPushButton[scale="true"]:checked'):
        rule = sheet.split(selector + " {")[1].split("}")[0]
        assert "text-decoration: underline" in rule and "border: 2px" in rule, selector
    kind = sheet.split("QPushButton[kind]:checked {")[1].split("}")[0]
    assert "text-decoration: underline" in kind and "border: 2px" in kind
    assert "$" not in sheet  # every colour filled in


def test_a_disabled_chip_looks_disabled(qtbot) -> None:
    """The chips' own text colour used to hide that a chip (a time not yet come) is off."""
    from wellbeing.ui.app import create_application

    create_application("en")
    chip = QPushButton("This afternoon")
    chip.setProperty("chip", True)
    qtbot.addWidget(chip)
    chip.show()
    enabled = chip.grab().toImage()
    chip.setEnabled(False)
    assert chip.grab().toImage() != enabled


def test_advice_levels_have_a_shape_each(qapp) -> None:
    """Colour-blind users tell the levels apart by shape too, not only by the words."""
    from wellbeing.ui.advice_levels import DETHRONED, NOT_ENOUGH, level_pixmap

    keys = ("keep", "watch", "reframe", "dethrone", DETHRONED, NOT_ENOUGH)
    masks = {key: level_pixmap(key, 16).toImage().createAlphaMask() for key in keys}
    for first in keys:
        for second in keys:
            if first != second:
                assert masks[first] != masks[second] or {first, second} == {"keep", NOT_ENOUGH}
    hollow = level_pixmap(NOT_ENOUGH, 16).toImage()
    assert hollow.pixelColor(QPoint(8, 8)).alpha() == 0  # no advice: hollow, not a colour


def test_the_journal_kind_column_is_readable_in_dark(qtbot, demo_window) -> None:
    window = demo_window
    model = window.journal_page.proxy
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Kind"
    )
    index = model.index(0, column)
    for name in ("light", "dark", "high_contrast"):
        install_theme(QApplication.instance(), name)
        colour = model.data(index, Qt.ItemDataRole.ForegroundRole).name()
        base = window.journal_page.table.palette().color(QPalette.ColorRole.Base).name()
        assert contrast(colour, base) >= 4.5, name
        assert "Difficult" in model.data(index) or "Positive" in model.data(index)


def test_timeline_lines_differ_by_style_not_only_colour(qtbot, demo_window) -> None:
    figure = timeline(demo_window).canvas.figure
    qtbot.waitUntil(lambda: bool(figure.axes))
    styles = {gid: line(figure, gid).get_linestyle() for gid in ("rolling_7", "rolling_28", "ewma")}
    assert len(set(styles.values())) == 3, styles
