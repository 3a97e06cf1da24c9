"""A screen reader can name everything it lands on, and read every chart in words.

The walk is tests/tools/fit_check's: the main window on a demo journal, its four pages
(and every tab on them), every dialog its menus and the client panel open (each page of a
multi-page dialog), Goals, the capture, team-lead and coach windows, the welcome's steps and
the lock screen. Each focusable control on show is asked for its name the way AT-SPI asks
Qt (QAccessibleInterface.text(Name)): a button's text and a label's buddy count, placeholder
text does not. Charts are one object of the Chart role: their title as name, their
describe_* summary as description.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.tools.fit_check import DialogWatch, _other_top_levels, each_screen, settle

if TYPE_CHECKING:
    pass

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QSlider,
)
"""Controls by kind; any other widget that takes focus (a scale, a row of chips) too."""

END = date(2026, 11, 30)

Problem = tuple[int, str]
"""The widget's id() (to list it once) and what is wrong, where."""


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader gets: Qt's accessible interface, as the AT-SPI bridge
    reads it (its accessibleName, a button's text, a buddy label's text…)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def is_control(widget: QWidget) -> bool:
    """A control a screen reader can land on: it takes focus by Tab or click, or is a chart.

    The line edit inside a combo box or spin box is that control's own (its name is the
    control's); scroll areas and tab widgets are containers, and a label with selectable
    text is read as its text."""
    from wellbeing.ui.charts.canvas import ChartCanvas

    if isinstance(widget, ChartCanvas):
        return True
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.isWindow():
        return False
    if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
        return False
    if isinstance(widget, CONTROLS):
        return True
    return not isinstance(widget, QAbstractScrollArea | QTabWidget | QLabel)


def name_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QComboBox):
        # AT-SPI names a combo box by its current text, whatever accessibleName says: what
        # it is for comes from the label whose buddy it is ("labelled by"), or, when it is
        # editable, from the name of the line edit that takes the typing.
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and interface.relations(QAccessible.RelationFlag.Label):
            return None
        if widget.isEditable() and widget.lineEdit().accessibleName():
            return None
        return "no label (a combo box needs a buddy QLabel)"
    name = accessible_name(widget)
    if not name:
        return "no name"
    typed_in = isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit)
    if typed_in and not widget.accessibleName() and name == widget.placeholderText().strip():
        return "only its placeholder text"  # gone once something is typed
    return None


def where_in(widget: QWidget, top: QWidget) -> str:
    chain = []
    parent: QWidget | None = widget
    while parent is not None and parent is not top:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return "/".join(reversed(chain[:4]))


def unnamed(top: QWidget, where: str, skip: frozenset[int] = frozenset()) -> list[Problem]:
    """Every control on show in `top` a screen reader could not name, with where it is
    (but the widgets whose id() is in `skip`)."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top) or not is_control(widget):
            continue
        if id(widget) in skip:
            continue
        problem = name_problem(widget)
        if problem:
            hint = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip()
            found.append(
                (
                    id(widget),
                    f"{type(widget).__name__} {widget.objectName()!r} at "
                    f"{where_in(widget, top)} has {problem}"
                    + (f" ({hint[:40]!r})" if hint else "")
                    + f" — {where}",
                )
            )
    return found


def once(problems: list[Problem]) -> list[str]:
    """Each widget once (a page's controls are met again on every tab of the window)."""
    seen: dict[tuple[int, str], str] = {}
    for widget, line in problems:
        seen.setdefault((widget, line.split(" — ")[0]), line)
    return list(seen.values())


def each_page(top: QWidget) -> Iterator[str]:
    """Every tab of every tab widget on show, then every page of a multi-page dialog."""
    for tabs in top.findChildren(QTabWidget):
        if tabs.window() is not top or not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(5)
            yield f"tab {tabs.tabText(index)!r}"
        tabs.setCurrentIndex(current)
    if isinstance(top, QDialog):
        for pages in top.findChildren(QStackedWidget):
            if isinstance(pages.parentWidget(), QTabWidget) or not pages.isVisibleTo(top):
                continue
            for index in range(pages.count()):
                pages.setCurrentIndex(index)
                settle(5)
                yield f"page {index + 1}"


def unnamed_anywhere(top: QWidget, where: str, skip: frozenset[int] = frozenset()) -> list[Problem]:
    found = unnamed(top, where, skip)
    for page in each_page(top):
        found += unnamed(top, f"{where}, {page}", skip)
    return found


class NameWatch(DialogWatch):
    """Each dialog a menu or button runs is shown, its names checked, and refused."""

    def look(self, dialog: QWidget) -> None:
        dialog.show()
        settle()
        name = f"{self.where} → {type(dialog).__name__} {dialog.windowTitle()!r}"
        self.seen.append(name)
        self.problems.extend(unnamed_anywhere(dialog, name))
        dialog.close()
        settle(2)


@pytest.fixture
def demo_window(qtbot, tmp_path: Path):
    from tests.tools.screenshot import demo_journal, passphrase
    from wellbeing.ui.app import build_window, create_application

    journal = demo_journal(tmp_path, end=END)
    _app, lang = create_application("en")
    window = build_window(journal, lang, passphrase())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.journal_page.loading)
    settle(20)
    yield window
    window.close()


def test_every_control_a_screen_reader_can_reach_has_a_name(demo_window, tmp_path):
    window = demo_window
    problems: list[Problem] = []
    with NameWatch() as watch:
        for where, top in each_screen(window, watch):
            watch.seen.append(where)
            problems += unnamed_anywhere(top, where)
        watch.where = "action goals"
        window.actions["goals"].trigger()
        settle()
        others: list[QWidget] = []
        for where, top in _other_top_levels(window, "en", tmp_path):
            watch.seen.append(where)
            problems += unnamed_anywhere(top, where)
            others.append(top)
        window.lock()
        settle()
        problems += unnamed(window, "lock screen")
    for top in others:  # deleted by Qt, between events: Python's collector would do it
        top.deleteLater()  # at any moment, and a coach window's charts then crash Qt
    settle()
    seen = "\n".join(watch.seen)
    for expected in ("main window, clients", "PrepareSessionDialog", "GoalsDialog", "welcome"):
        assert expected in seen
    lines = once([*problems, *watch.problems])
    assert not lines, "\n".join(lines)


def test_the_check_hears_what_a_screen_reader_hears(qtbot):
    """A line edit with only a placeholder has no name, and a combo box named only by
    setAccessibleName has none on Linux either; buddy labels name both, and a button's own
    text is its name."""
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit(holder)
    edit.setPlaceholderText("Client name")
    period = QComboBox(holder)
    period.addItems(["Last 3 months", "This year"])
    period.setAccessibleName("Period")
    save = QPushButton("Save", holder)
    layout = QVBoxLayout(holder)
    for widget in (edit, period, save):
        layout.addWidget(widget)
    holder.show()
    found = [line.split(" at ")[0] for _id, line in unnamed(holder, "here")]
    assert found == ["QLineEdit ''", "QComboBox ''"]
    for text, buddy in (("&Client", edit), ("&Period:", period)):
        QLabel(text, holder).setBuddy(buddy)
    assert accessible_name(edit) == "Client"
    assert accessible_name(save) == "Save"
    assert unnamed(holder, "here") == []


# --- charts -------------------------------------------------------------------------------


def chart_interface(widget: QWidget):
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def assert_read_as(card, summary: str) -> None:
    """The chart is one Chart object named by its title, described by its summary."""
    interface = chart_interface(card.canvas)
    assert interface.role() == QAccessible.Role.Chart
    assert interface.text(QAccessible.Text.Name) == card.title.text()
    assert interface.text(QAccessible.Text.Description) == summary
    assert interface.childCount() == 0  # the figure's pixels are not read as a blank object


def test_every_dashboard_chart_is_read_by_its_title_and_its_summary(demo_window, qtbot):
    from wellbeing.charts.irritants import describe_irritants
    from wellbeing.charts.timeline import describe_timeline

    window = demo_window
    window.show_insights()
    page = window.insights_page.ensure_built()
    qtbot.waitUntil(lambda: page.snapshot is not None)
    page.render_now()
    snap = page.snapshot
    summaries = page.summaries()
    for key, card in page.cards.items():
        assert_read_as(card, summaries[key])
    period = snap.period
    timeline = describe_timeline(snap.series, snap.flagged, period.first, period.last, "en")
    assert page.cards["timeline"].canvas.accessibleDescription() == timeline
    assert "7-day mean (the index):" in timeline
    irritants = page.cards["irritants"]
    assert irritants.canvas.accessibleDescription() == describe_irritants(snap.mirror, "en")
    assert irritants.canvas.accessibleName().startswith("Irritants on our side")
    # a chart out of sight is described before it is drawn, and follows the period
    page.choose_period("4w")
    assert page.cards["clients"].canvas.accessibleDescription() == page.summaries()["clients"]


def test_a_clients_monthly_chart_is_read_by_its_title_and_its_summary(demo_window, qtbot):
    from wellbeing.charts.monthly import describe_monthly

    window = demo_window
    window.show_clients()
    page = window.clients_page
    page.select_client(page.model.summary(0).client.id)
    tab = page.panel.timeline
    page.panel.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.chart is not None)
    interface = chart_interface(tab.chart)
    assert interface.role() == QAccessible.Role.Chart
    assert interface.text(QAccessible.Text.Name) == "Impact per month"
    assert interface.text(QAccessible.Text.Description) == describe_monthly(tab.monthly, "en")
    assert "Mean impact of difficult encounters" in tab.chart.accessibleDescription()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_team_window_charts_carry_their_summaries(qtbot, tmp_path, lang):
    from wellbeing.charts.team import describe_team_exhaustion, describe_team_signals
    from wellbeing.services.demo import write_demo_team
    from wellbeing.ui.team_window import TeamWindow

    write_demo_team(tmp_path, 2026, end=END)
    team = TeamWindow(tmp_path, lang, None, 5)
    qtbot.addWidget(team)
    team.show()
    team.reload()
    team.render_now()
    figures = team.shown_figures()
    assert figures
    assert_read_as(team.cards["exhaustion"], describe_team_exhaustion(figures, lang))
    assert_read_as(team.cards["signals"], describe_team_signals(figures, lang))
    irritants = chart_interface(team.cards["irritants"].canvas)
    assert irritants.text(QAccessible.Text.Description)


def test_coach_pack_charts_carry_their_summaries(qtbot, tmp_path):
    from wellbeing.charts.timeline import describe_timeline
    from wellbeing.domain.coaching import SessionChoices
    from wellbeing.services.coaching import session_content
    from wellbeing.services.demo import write_demo_journal
    from wellbeing.sharing.session_pack import pack_bytes
    from wellbeing.store import open_journal
    from wellbeing.ui.coach_charts import chart_summary
    from wellbeing.ui.coach_window import CoachWindow
    from wellbeing.ui.coach_workspace import CoachWorkspace

    db = open_journal(":memory:")
    write_demo_journal(db, end=END)
    content = session_content(db, SessionChoices(date(2026, 9, 1), END), date(2026, 12, 1))
    db.close()
    pack = tmp_path / "autumn.wbpack"
    pack.write_bytes(pack_bytes(content))
    coach = CoachWindow(CoachWorkspace(open_journal(":memory:")), "en")
    qtbot.addWidget(coach)
    coach.show()
    coach.import_file(pack)
    coach.show_pack()
    coach.pack_view.render_now()
    assert coach.pack_view.content is not None
    cards = coach.pack_view.cards
    expected = describe_timeline(content.series, content.flagged, content.first, content.last)
    assert_read_as(cards["exhaustion"], expected)
    assert_read_as(cards["cycle"], chart_summary(coach.pack_view.content, "cycle", "en"))
    assert cards["cycle"].canvas.accessibleDescription().startswith("Status: ")


def test_a_chart_is_one_object_in_the_accessibility_tree(qtbot):
    from wellbeing.ui.charts.canvas import ChartCanvas

    holder = QWidget()
    qtbot.addWidget(holder)
    chart = ChartCanvas(holder, 2.0)
    QVBoxLayout(holder).addWidget(chart)
    chart.describe("Exhaustion over time", "7-day mean (the index): went up from 31 to 58.")
    holder.show()
    parent = chart_interface(holder)
    children = [parent.child(i) for i in range(parent.childCount())]
    assert [c.role() for c in children] == [QAccessible.Role.Chart]
    assert children[0].text(QAccessible.Text.Name) == "Exhaustion over time"
    assert "58" in children[0].text(QAccessible.Text.Description)
