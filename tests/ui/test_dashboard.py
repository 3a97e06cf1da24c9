"""The Insights dashboard on small hand-built journals: what each chart holds, the period
driving them, "Why?", exports, French, empty journals, and the benchmark's smoke run."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog

from wellbeing.analysis.cycle import CycleResult
from wellbeing.analysis.exhaustion import exhaustion_series
from wellbeing.analysis.facts import day_number
from wellbeing.analysis.reasons import Reason, describe
from wellbeing.charts.cycle import plot_cycle
from wellbeing.charts.layout import figure_text
from wellbeing.charts.palette import BANDS, LIGHT, OKABE_ITO
from wellbeing.domain.model import CheckIn, Client, Encounter, EncounterKind
from wellbeing.services import insights
from wellbeing.store import journal
from wellbeing.ui.dashboard import period as period_module
from wellbeing.ui.dashboard.notes import cycle_note
from wellbeing.ui.dashboard.page import DashboardPage
from wellbeing.ui.journal_store import JournalStore

TODAY = date(2026, 3, 20)  # a Friday
NOW = datetime.combine(TODAY, time(18, 0))
ACME, BIRCH = "acme", "birch"
DIFFICULT, POSITIVE = EncounterKind.DIFFICULT, EncounterKind.POSITIVE


def encounter(
    identity: str,
    client: str,
    when: datetime,
    impact: int,
    kind: EncounterKind = DIFFICULT,
    **tags: object,
) -> Encounter:
    return Encounter(
        client_id=client, occurred_at=when, impact=impact, kind=kind, id=identity, **tags
    )  # type: ignore[arg-type]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


RECENT = (
    # The last four weeks: three difficult encounters and a positive one.
    encounter("e3", BIRCH, at(date(2026, 3, 16), 9), 5, emotions=("anxious",)),
    encounter(
        "e2",
        ACME,
        at(date(2026, 3, 17), 20, 15),
        4,
        lingered="into_night",
        emotions=("angry", "tired"),
        behaviours=("out_of_hours",),
    ),
    encounter("e4", BIRCH, at(date(2026, 3, 18), 14), 1, POSITIVE, emotions=("relieved",)),
    encounter(
        "e1",
        ACME,
        at(date(2026, 3, 19), 10, 30),
        6,
        irritants=("no_call_back",),
        emotions=("angry",),
    ),
)
OLDER = (
    # Two months ago: inside "3 months", outside "4 weeks".
    encounter("o1", BIRCH, at(date(2026, 1, 20), 11), 7, irritants=("delay",)),
    encounter("o2", BIRCH, at(date(2026, 1, 21), 11), 3, irritants=("delay", "no_call_back")),
    encounter("o3", BIRCH, at(date(2026, 1, 22), 16), 2, irritants=("delay",)),
)


@pytest.fixture(autouse=True)
def fresh_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from the default period, as a new session would."""
    monkeypatch.setattr(period_module, "SESSION", period_module.SessionChoice())


def fill(db, encounters: tuple[Encounter, ...]) -> None:  # type: ignore[no-untyped-def]
    for client_id, name in ((ACME, "Acme"), (BIRCH, "Birch")):
        journal.save_client(db, Client(name=name, id=client_id))
    journal.save_encounters(db, encounters)


@pytest.fixture
def make_page(qtbot, db) -> Iterator[Callable[..., DashboardPage]]:  # type: ignore[no-untyped-def]
    def make(
        encounters: tuple[Encounter, ...] = RECENT + OLDER, lang: str = "en", period: str = "4w"
    ) -> DashboardPage:
        if encounters:
            fill(db, encounters)
        period_module.SESSION.key = period
        page = DashboardPage(JournalStore(db), QUndoStack(), lang, now=NOW)
        qtbot.addWidget(page)
        return page

    yield make


def axes_of(figure: Figure):  # type: ignore[no-untyped-def]
    return next(a for a in figure.axes if a.get_visible())


def by_gid(figure: Figure, gid: str):  # type: ignore[no-untyped-def]
    return next(a for a in figure.findobj() if a.get_gid() == gid)


def tick_labels(axes) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.get_text() for t in axes.get_yticklabels()]


def bars(figure: Figure) -> tuple[list[str], list[float]]:
    axes = axes_of(figure)
    widths = [patch.get_width() for patch in axes.patches]
    return tick_labels(axes), widths


# --- what the charts hold ---------------------------------------------------------------


def test_timeline_draws_the_period_days_with_gaps_left_as_gaps(make_page) -> None:
    page = make_page(period="4w")
    data = insights.load(page.store.db)
    first = TODAY - timedelta(days=27)
    expected = exhaustion_series(data.facts, data.check_ins, first, TODAY)

    figure = page.figure("timeline")
    week = by_gid(figure, "rolling_7")
    x, y = week.get_data()
    assert x[0] == day_number(first) and x[-1] == day_number(TODAY) and len(x) == 28
    np.testing.assert_allclose(y, expected.rolling_7, equal_nan=True)
    assert np.isnan(y[0]) and not np.isnan(y[-1])  # no mean before seven logged days
    days = by_gid(figure, "days").get_offsets()
    logged = [day_number(date(2026, 3, d)) for d in (16, 17, 18, 19)]
    assert sorted(days[:, 0]) == logged  # one point per logged day, nothing invented between


def test_timeline_values_match_the_analysis_with_a_baseline(qtbot, db) -> None:
    """The dashboard cuts its periods from one series computed at load: the numbers must be
    the ones the analysis gives for the period itself, EWMA and control band included."""
    start = TODAY - timedelta(days=90)
    daily = tuple(
        encounter(f"d{n}", ACME, at(start + timedelta(days=n), 10), 2 + (n * 7) % 8)
        for n in range(91)
        if (start + timedelta(days=n)).weekday() < 5
    )
    fill(db, daily)
    page = DashboardPage(JournalStore(db), QUndoStack(), "en", now=NOW)
    qtbot.addWidget(page)
    for key, days in (("4w", 28), ("3m", 91)):
        page.choose_period(key)
        first = TODAY - timedelta(days=days - 1)
        expected = exhaustion_series(page.data.facts, [], first, TODAY)
        series = page.snapshot.series
        assert expected.baseline is not None
        for name in ("value", "rolling_7", "rolling_28", "ewma", "ewma_upper", "ewma_lower"):
            np.testing.assert_allclose(
                getattr(series, name), getattr(expected, name), equal_nan=True, err_msg=name
            )
    assert by_gid(page.figure("timeline"), "control_band") is not None


def test_irritant_bars_follow_the_period(make_page) -> None:
    page = make_page(period="3m")
    labels, widths = bars(page.figure("irritants"))
    assert (labels, widths) == (["delay", "no call back"], [3, 2])
    assert "67%" in figure_text(page.figure("irritants"), "title")  # 4 of 6 difficult

    page.choose_period("4w")
    labels, widths = bars(page.figure("irritants"))
    assert (labels, widths) == (["no call back"], [1])
    assert "33%" in page.cards["irritants"].title.text()


def test_client_bars_show_the_emotional_load(make_page) -> None:
    page = make_page(period="4w")
    # Acme: 6 + 4 × 2 (it kept me up into the night); Birch: 5 (the positive one weighs 0).
    assert bars(page.figure("clients")) == (["Acme", "Birch"], [14, 5])
    values = [t.get_text() for t in axes_of(page.figure("clients")).texts]
    assert values == ["14 (2)", "5 (1)"]

    page.choose_period("3m")
    assert bars(page.figure("clients")) == (["Birch", "Acme"], [17, 14])


def test_weekday_hour_heatmap_counts_difficult_encounters(make_page) -> None:
    page = make_page(period="4w")
    figure = page.figure("hours")
    counts = np.asarray(by_gid(figure, "hours").get_array()).reshape(7, 24)
    expected = np.zeros((7, 24))
    expected[0, 9] = expected[1, 20] = expected[3, 10] = 1  # Mon 9h, Tue 20h, Thu 10h
    np.testing.assert_array_equal(np.nan_to_num(np.ma.filled(counts, 0)), expected)
    outlines = [
        (p.get_x(), round(p.get_y()), p.get_width())
        for p in axes_of(figure).patches
        if p.get_facecolor()[3] == 0
    ]
    assert outlines == [(9.0, day, 9.0) for day in range(5)]  # default hours, Mon–Fri 9–18
    assert "my working hours" in page.cards["hours"].legend.text()


def test_calendar_colours_logged_days_and_leaves_the_rest_blank(make_page) -> None:
    page = make_page(period="4w")
    grid = page.snapshot.calendar
    values = np.ma.masked_invalid(by_gid(page.figure("calendar"), "calendar").get_array())
    values = values.reshape(7, grid.weeks)
    series = page.snapshot.series
    for day in (16, 17, 18, 19):
        offset = day_number(date(2026, 3, day)) - grid.monday
        assert values[offset % 7, offset // 7] == pytest.approx(
            series.value[series.index_of(date(2026, 3, day))]
        )
    assert values.count() == 4  # every other day blank


def test_emotions_sit_on_the_plane_sized_by_count(make_page) -> None:
    page = make_page(period="4w")
    figure = page.figure("emotions")
    labels = sorted(t.get_text() for t in axes_of(figure).texts if t.get_gid() == "emotion_label")
    assert labels == ["angry (2)", "anxious (1)", "relieved (1)", "tired (1)"]
    unpleasant = by_gid(figure, "unpleasant")
    pleasant = by_gid(figure, "pleasant")
    assert len(unpleasant.get_offsets()) == 3 and len(pleasant.get_offsets()) == 1
    assert max(unpleasant.get_sizes()) > max(pleasant.get_sizes())  # angry counts twice


def cycle_result(**changes: object) -> CycleResult:
    values = {
        "weeks": np.arange(12),
        "values": {},
        "changes": {},
        "states": {
            "assertiveness": "worsening",
            "advantage": "steady",
            "dissatisfaction": "no_data",
            "confidence": "worsening",
        },
        "onsets": {},
        "status": "turning",
        "loop": ("confidence", "assertiveness"),
        "break_first": "confidence",
        "show_strengths": True,
        "advice": (Reason("cycle.advice.confidence"),),
        "unbacked": np.zeros(12),
        "partly_backed": np.zeros(12),
        "reasons": (Reason("cycle.turning.confidence", {"count": 2, "week": date(2026, 3, 2)}),),
    }
    values.update(changes)
    return CycleResult(**values)  # type: ignore[arg-type]


def test_cycle_ring_colours_hatches_and_names_each_stage() -> None:
    figure = Figure()
    plot_cycle(figure.add_subplot(), cycle_result(), "en", LIGHT)

    def wedge(stage: str):  # type: ignore[no-untyped-def]
        return by_gid(figure, f"stage:{stage}")

    assert to_hex(wedge("assertiveness").get_facecolor()) == BANDS["red"].lower()
    assert wedge("assertiveness").get_hatch()  # not colour alone
    assert to_hex(wedge("advantage").get_facecolor()) == BANDS["green"].lower()
    assert to_hex(wedge("dissatisfaction").get_facecolor()) == OKABE_ITO["grey"].lower()
    assert by_gid(figure, "label:assertiveness").get_text() == "1. My assertiveness"
    assert by_gid(figure, "state:assertiveness").get_text() == "worsening"
    assert by_gid(figure, "state:dissatisfaction").get_text() == "no data"
    assert by_gid(figure, "status").get_text() == "turning"
    hot = by_gid(figure, "arrow:confidence->assertiveness")
    cold = by_gid(figure, "arrow:assertiveness->advantage")
    assert hot.get_linewidth() > cold.get_linewidth()


def test_cycle_note_gives_the_advice_and_shows_the_strengths_back() -> None:
    note = cycle_note(cycle_result(), ["Our deliveries arrive on time"], "en")
    assert describe(Reason("cycle.advice.confidence"), "en") in note
    assert "Our deliveries arrive on time" in note
    quiet = cycle_result(status="quiet", advice=(), show_strengths=False, break_first=None)
    assert "Our deliveries" not in cycle_note(quiet, ["Our deliveries arrive on time"], "en")


# --- the period -------------------------------------------------------------------------


def test_period_is_chosen_by_keyboard_and_remembered_for_the_session(qtbot, make_page) -> None:
    page = make_page(period="4w")
    combo = page.selector.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 4 weeks -> 3 months
    assert page.snapshot.period.key == "3m"
    assert page.snapshot.period.first == TODAY - timedelta(days=90)

    page.choose_period("custom", (date(2026, 1, 19), date(2026, 1, 25)))
    assert (page.snapshot.period.first, page.snapshot.period.last) == (
        date(2026, 1, 19),
        date(2026, 1, 25),
    )
    assert page.selector.first_edit.isVisibleTo(page)
    assert bars(page.figure("irritants")) == (["delay", "no call back"], [3, 1])

    again = DashboardPage(page.store, QUndoStack(), "en", now=NOW)
    qtbot.addWidget(again)
    assert again.snapshot.period == page.snapshot.period  # same session, same period


def test_a_period_change_does_not_read_the_journal_again(make_page, monkeypatch) -> None:
    page = make_page()
    reads = []
    original = insights.load
    monkeypatch.setattr(insights, "load", lambda db: reads.append(db) or original(db))
    for key in ("3m", "12m", "all", "4w"):
        page.choose_period(key)
    assert reads == []


def test_a_saved_encounter_reloads_the_dashboard(qtbot, make_page) -> None:
    page = make_page(period="4w")
    page.show()
    qtbot.waitExposed(page)
    page.store.save_encounter(encounter("e5", ACME, at(TODAY, 9), 8, irritants=("delay",)), "Acme")
    qtbot.waitUntil(lambda: len(page.data.facts) == 8)
    # a tie keeps the vocabulary's order
    assert bars(page.figure("irritants")) == (["no call back", "delay"], [1, 1])


def test_two_columns_when_wide(qtbot, make_page) -> None:
    page = make_page()
    page.show()
    page.resize(1400, 900)
    qtbot.waitUntil(lambda: page._columns == 2)

    def position(key: str) -> tuple[int, int, int, int]:
        return page.grid.getItemPosition(page.grid.indexOf(page.cards[key]))

    assert position("timeline") == (0, 0, 1, 2)
    assert position("calendar")[:2] == (1, 0) and position("hours")[:2] == (1, 1)
    page.resize(900, 900)
    qtbot.waitUntil(lambda: page._columns == 1)
    assert position("hours")[:2] == (2, 0)


# --- the header and "Why?" ----------------------------------------------------------------


def test_why_lists_the_encounters_behind_the_index_and_opens_one(qtbot, make_page) -> None:
    page = make_page()
    qtbot.mouseClick(page.header.index.why_button, Qt.MouseButton.LeftButton)
    dialog = page.why_dialog
    assert dialog is not None
    assert dialog.model.ids() == ["e1", "e4", "e2", "e3"]  # newest first
    load = next(i for i, r in enumerate(dialog.reasons) if r.code == "exhaustion.load")
    dialog.show_reason(load)
    assert dialog.model.ids() == ["e1", "e2", "e3"]  # the difficult ones of the week
    row = [dialog.model.index(0, c).data() for c in range(4)]
    assert row == ["2026-03-19 10:30", "Acme", "difficult", "6/10"]

    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    with qtbot.waitSignal(page.open_encounter) as opened:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened.args == ["e2"]


def test_header_shows_the_index_in_words_and_a_check_in_reminder(make_page) -> None:
    page = make_page()
    index = page.today.index
    assert page.header.index.value.text() == f"{index.value:.0f}/100"
    assert page.header.index.detail.text().startswith(index.band)  # the band in words
    assert page.header.check_in.isVisibleTo(page)  # no check-in yet
    assert page.header.mirror.value.text() == "33%"  # 1 of the 3 difficult of 4 weeks
    assert not page.header.flags.isVisibleTo(page)


def test_red_flags_are_worded_kindly_with_steps(make_page, db) -> None:
    journal.save_check_in(
        db, CheckIn(answered_at=at(TODAY, 8), strain=(4,) * 6, wellbeing=(0, 1, 0, 1, 0))
    )
    page = make_page()
    assert page.today.flags
    text = page.header.flag_labels[0].text()
    assert "very low well-being" in text
    assert "This is not a diagnosis" in text
    assert "occupational health" in text
    assert not page.header.check_in.isVisibleTo(page)  # answered today
    shaded = by_gid(page.figure("timeline"), "flagged").get_paths()[-1].get_extents()
    assert (shaded.x0, shaded.x1) == (day_number(TODAY) - 0.5, day_number(TODAY) + 0.5)
    assert "red flag raised" in page.cards["timeline"].legend.text()


# --- exports ------------------------------------------------------------------------------


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path, str], None]:
    def choose(path: Path, chosen: str) -> None:
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), chosen)
        )

    return choose


def test_each_chart_exports_to_png_and_svg(qtbot, make_page, save_as, tmp_path) -> None:
    page = make_page()
    card = page.cards["irritants"]
    save_as(tmp_path / "irritants", "PNG image (*.png)")  # no suffix typed: the filter's
    qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "irritants.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    save_as(tmp_path / "timeline.svg", "SVG image (*.svg)")
    qtbot.mouseClick(page.cards["timeline"].export_button, Qt.MouseButton.LeftButton)
    root = ElementTree.parse(tmp_path / "timeline.svg").getroot()
    assert root.tag.endswith("svg")
    words = " ".join(root.itertext())
    assert "Exhaustion over time" in words and "7-day mean" in words  # title and legend
    assert not page.figure("timeline").legends[0].get_visible()  # back to the window's look


def test_the_dashboard_exports_the_session_report(qtbot, make_page, save_as, tmp_path) -> None:
    """The same report as `wellbeing report`, for the period shown: every section, no text,
    real names (the employee's own copy); page one says it in words."""
    from tests.sharing.test_team_report import bookmarks, pdf_text
    from wellbeing.domain.coaching import SECTION_WORDS, SessionChoices
    from wellbeing.services.coaching import session_content
    from wellbeing.sharing.session_words import summary_lines

    page = make_page()
    save_as(tmp_path / "insights.pdf", "PDF document (*.pdf)")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    data = (tmp_path / "insights.pdf").read_bytes()
    assert data[:4] == b"%PDF"
    titles = bookmarks(data)
    assert all(english in titles for english, _french in SECTION_WORDS.values())
    text = pdf_text(tmp_path / "insights.pdf")
    if text is None:
        pytest.skip("no PDF text reader (pdftotext or pypdf)")
    period = page.snapshot.period
    choices = SessionChoices(period.first, period.last, real_names=True)
    content = session_content(page.store.db, choices, TODAY)
    assert f"Coaching session — {period.first} to {period.last}" in text
    for line in summary_lines(content, "en"):
        assert " ".join(line.split()) in text


def test_a_refused_export_says_so_in_one_sentence(qtbot, make_page, save_as, tmp_path, warnings):
    page = make_page()
    target = tmp_path / "missing" / "chart.png"
    save_as(target, "PNG image (*.png)")
    qtbot.mouseClick(page.cards["clients"].export_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert warnings[0].startswith(f"The file {target} could not be written")
    assert warnings[0].count(".") >= 1 and "\n" not in warnings[0]


# --- languages and empty journals ---------------------------------------------------------


def test_french_labels(qtbot, make_page) -> None:
    page = make_page(lang="fr", period="3m")
    assert tick_labels(axes_of(page.figure("irritants"))) == ["délai trop long", "pas de rappel"]
    weekdays = tick_labels(axes_of(page.figure("hours")))
    assert weekdays[:2] == ["lun", "mar"]
    months = [t.get_text() for t in axes_of(page.figure("timeline")).get_xticklabels()]
    assert any("janv" in label for label in months)
    labels = [t.get_text() for t in axes_of(page.figure("emotions")).texts]
    assert "en colère (2)" in labels
    assert "12 %" not in page.header.mirror.value.text() and "%" in page.header.mirror.value.text()
    qtbot.mouseClick(page.header.index.why_button, Qt.MouseButton.LeftButton)
    reasons = page.why_dialog.reason_list.model().stringList()
    assert any(text.startswith("Charge émotionnelle") for text in reasons)


def test_an_empty_journal_shows_friendly_empty_states(qtbot, make_page) -> None:
    page = make_page(encounters=())
    page.render_now()
    for key in ("timeline", "calendar", "hours", "emotions", "irritants", "clients"):
        figure = page.figure(key)
        assert figure_text(figure, "empty"), key
        assert not any(axes.get_visible() for axes in figure.axes), key
    ring = page.figure("cycle")
    assert by_gid(ring, "status").get_text() == "not enough\ndata yet"
    assert by_gid(ring, "state:confidence").get_text() == "no data"
    assert page.header.index.value.text() == "—"
    assert page.header.mirror.value.text() == "—"
    qtbot.mouseClick(page.header.cycle.why_button, Qt.MouseButton.LeftButton)
    assert page.why_dialog.empty.isVisibleTo(page.why_dialog)


def test_a_chart_that_empties_keeps_working_when_data_comes_back(make_page) -> None:
    page = make_page(period="4w")
    page.choose_period("custom", (date(2025, 6, 1), date(2025, 6, 30)))
    assert figure_text(page.figure("clients"), "empty")
    page.choose_period("3m")
    assert bars(page.figure("clients")) == (["Birch", "Acme"], [17, 14])


# --- the benchmark's functions run (nothing timed is judged) ------------------------------


def test_dashboard_benchmark_runs_on_a_tiny_journal(qtbot, tmp_path) -> None:
    from tests.benchmarks import dashboard_benchmark
    from tests.benchmarks.journal_factory import passphrase
    from wellbeing.store import create_journal

    path = tmp_path / "tiny.wbj"
    db, _recovery = create_journal(path, passphrase())
    fill(db, RECENT + OLDER)
    db.close()
    timings = dashboard_benchmark.measure(path, "tiny", runs=1)
    assert len(timings) == 6
    for timing in timings:
        assert timing.samples and all(math.isfinite(s) and s > 0 for s in timing.samples)
    assert dashboard_benchmark.report(timings).count("\n") == len(timings) + 1


def test_the_insights_tab_opens_an_encounter_in_the_journal(qtbot, make_window) -> None:
    window = make_window()
    saved, _created = window.store.save_encounter(
        encounter(
            "w1", ACME, datetime.now().replace(second=0, microsecond=0), 7, irritants=("delay",)
        ),
        "Acme",
    ).value
    window.tabs.setCurrentWidget(window.insights_page)
    page = window.insights_page.page
    assert isinstance(page, DashboardPage)
    qtbot.mouseClick(page.header.mirror.why_button, Qt.MouseButton.LeftButton)
    dialog = page.why_dialog
    assert dialog.model.ids() == [saved.id]
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.journal_page
    assert window.journal_page.form.editing.id == saved.id
