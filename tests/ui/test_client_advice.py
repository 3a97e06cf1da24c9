"""The Clients page shows each client's advice, why, what was done, and how it went."""

from __future__ import annotations

import subprocess
import sys
import types
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QIcon, QUndoStack

from wellbeing.domain.model import (
    Client,
    ClientEventKind,
    ClientStatus,
    Encounter,
    EncounterKind,
)
from wellbeing.store import journal, settings
from wellbeing.store.engine import driver
from wellbeing.ui.clients_page import ADVICE_COLUMN, CLIENT_COLUMNS, ClientsPage
from wellbeing.ui.journal_model import JournalModel
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.thresholds_dialog import ThresholdsDialog

TODAY = date.today()
DIFFICULT = EncounterKind.DIFFICULT
POSITIVE = EncounterKind.POSITIVE


def _on(day: date, impact: int, client: Client, **fields: object) -> Encounter:
    return Encounter(
        client_id=client.id,
        occurred_at=datetime.combine(day, time(10, 0)),
        impact=impact,
        **fields,  # type: ignore[arg-type]
    )


def _ago(days: int, impact: int, client: Client, **fields: object) -> Encounter:
    return _on(TODAY - timedelta(days=days), impact, client, **fields)


def _month_start(months_back: int) -> date:
    index = TODAY.year * 12 + TODAY.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


@dataclass
class Journal:
    """The clients of the hand-built journal and the encounters that matter."""

    toxic: Client
    demanding: Client
    newcomer: Client
    gone: Client
    charted: Client
    reframed: Client
    insults: list[str]
    reframed_on: date


@pytest.fixture
def built(db) -> Journal:
    """Six clients, each engineered for one answer of the ladder."""
    names = ("Toxic Ltd", "Demanding Co", "Newcomer", "Gone Ltd", "Charted", "Reframed Ltd")
    toxic, demanding, newcomer, gone, charted, reframed = (
        journal.save_client(db, Client(name=name)) for name in names
    )
    insulting = [
        _ago(days, 8, toxic, behaviours=("insulting",), violations=("respect",))
        for days in (2, 16, 30)
    ]
    rude = [
        _ago(days, 7, toxic, behaviours=("rude",), violations=("out_of_hours",))
        for days in (9, 23, 37)
    ]
    demands = [
        _ago(3, 4, demanding, behaviours=("impatient",)),
        _ago(17, 4, demanding, behaviours=("unreasonable_demand",)),
        *(_ago(days, 1, demanding, kind=POSITIVE) for days in (10, 24, 31)),
    ]
    fresh = [_ago(4, 6, newcomer), _ago(11, 3, newcomer)]
    ended = [_ago(days, 6, gone, behaviours=("rude",)) for days in (5, 12, 19)]
    eleven = datetime.combine(_month_start(0), time(11, 0))
    months = [
        _on(_month_start(2) + timedelta(days=4), 4, charted, violations=("day_off",)),
        _on(_month_start(2) + timedelta(days=5), 8, charted, violations=("scope",)),
        _on(_month_start(0), 5, charted, violations=("day_off", "channel")),
        replace(_on(_month_start(0), 1, charted, kind=POSITIVE), occurred_at=eleven),
    ]
    reframed_on = TODAY - timedelta(days=14)
    follow = [_ago(days, 6, reframed) for days in (15, 22, 29, 36, 43)]
    follow += [_ago(days, 3, reframed) for days in (6, 12)]
    journal.save_encounters(db, [*insulting, *rude, *demands, *fresh, *ended, *months, *follow])
    journal.set_client_status(db, gone.id, ClientStatus.DETHRONED, datetime.now())
    at = datetime.combine(reframed_on, time(9, 0))
    journal.set_client_status(db, reframed.id, ClientStatus.REFRAMED, at)
    insults = [e.id for e in sorted(insulting, key=lambda e: e.occurred_at, reverse=True)]
    return Journal(
        toxic,
        demanding,
        newcomer,
        journal.get_client(db, gone.id),
        charted,
        journal.get_client(db, reframed.id),
        insults,
        reframed_on,
    )


@pytest.fixture
def store(db) -> JournalStore:
    return JournalStore(db)


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def page(qtbot, built: Journal, store: JournalStore, undo_stack: QUndoStack) -> ClientsPage:
    """The page alone, shown as in the window: showing it works the advice out."""
    shown = ClientsPage(store, undo_stack, JournalModel("en"), lang="en")
    qtbot.addWidget(shown)
    shown.resize(1300, 780)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: not shown.loading)  # the advice is worked out in a thread
    return shown


def advice_column(page: ClientsPage) -> dict[str, str]:
    model = page.model
    return {
        model.index(row, 0).data(): model.index(row, ADVICE_COLUMN).data()
        for row in range(model.rowCount())
    }


def select(page: ClientsPage, client: Client) -> None:
    page.table.selectRow(page.model.row_of(client.id))


def reasons(page: ClientsPage) -> list[str]:
    model = page.panel.reasons_model
    return [model.item(row).text() for row in range(model.rowCount())]


def click_row(qtbot, view, row: int, double: bool = False) -> None:
    centre = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:  # the second click of a double-click arrives as a double-click event
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


# --- the table ------------------------------------------------------------------------


def test_the_advice_column_says_each_level_in_words_beside_a_dot(page: ClientsPage):
    assert advice_column(page) == {
        "Charted": "not enough data",
        "Demanding Co": "Keep",
        "Gone Ltd": "dethroned",
        "Newcomer": "not enough data",
        "Reframed Ltd": "Watch",
        "Toxic Ltd": "Dethrone",
    }
    header = page.table.horizontalHeader()
    assert header.visualIndex(ADVICE_COLUMN) == CLIENT_COLUMNS.index("status") + 1
    assert page.model.headerData(ADVICE_COLUMN, Qt.Orientation.Horizontal) == "Advice"
    for row in range(page.model.rowCount()):
        index = page.model.index(row, ADVICE_COLUMN)
        assert isinstance(index.data(Qt.ItemDataRole.DecorationRole), QIcon)
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(
            ("Keep:", "Watch:", "Reframe:", "Dethrone:", "Not enough data", "Dethroned:")
        )


def test_clicking_the_advice_header_sorts_by_severity(qtbot, page: ClientsPage, built):
    select(page, built.demanding)
    header = page.table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(ADVICE_COLUMN) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert list(advice_column(page).values()) == [
        "dethroned",
        "not enough data",
        "not enough data",
        "Keep",
        "Watch",
        "Dethrone",
    ]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert next(iter(advice_column(page))) == "Toxic Ltd"
    assert page.current_client() == built.demanding  # the selection follows its client


# --- the advice and why ---------------------------------------------------------------


def test_a_toxic_client_shows_dethrone_with_reasons_in_numbers(page: ClientsPage, built):
    select(page, built.toxic)
    panel = page.panel
    assert panel.heading.text() == "Dethrone"
    assert panel.meaning.text() == "Dethrone: ending this relationship is legitimate."
    shown = reasons(page)
    assert shown[0] == ("Threats or insults in 3 encounters: no client relationship is worth that")
    assert "Disrespect in 6 encounters (rudeness, contempt, insults, shouting or threats)" in shown
    assert "Difficult encounters weigh 7.5/10 on average" in shown
    assert panel.dethrone_button.property("primary") is True


def test_why_lists_the_encounters_behind_a_reason_and_opens_one(qtbot, page: ClientsPage, built):
    select(page, built.toxic)
    panel = page.panel
    tooltip = panel.reasons_model.item(0).toolTip()
    assert tooltip.startswith("Encounters behind this reason: 3\n")
    assert (TODAY - timedelta(days=2)).isoformat() + ": impact 8" in tooltip

    click_row(qtbot, panel.reasons, 0)
    assert panel.why_ids() == built.insults
    first = panel.why_model.index(0, 0)
    assert first.data() == (TODAY - timedelta(days=2)).strftime("%Y-%m-%d 10:00")
    assert panel.why_model.index(0, 1).data() == "8"
    assert panel.why_model.index(0, 2).data() == "insulting or abusive"
    assert panel.why_title.text().startswith("Encounters behind this reason: 3")

    disrespect = next(i for i, text in enumerate(reasons(page)) if text.startswith("Disrespect"))
    click_row(qtbot, panel.reasons, disrespect)
    assert len(panel.why_ids()) == 6

    click_row(qtbot, panel.reasons, 0)
    with qtbot.waitSignal(page.open_encounter) as opened:
        click_row(qtbot, panel.why, 1, double=True)
    assert opened.args == [built.insults[1]]
    panel.why.setFocus()
    panel.why.setCurrentIndex(panel.why_model.index(2, 0))
    with qtbot.waitSignal(page.open_encounter) as opened:
        qtbot.keyClick(panel.why, Qt.Key.Key_Return)
    assert opened.args == [built.insults[2]]


def test_demanding_but_respectful_is_kept(page: ClientsPage, built):
    select(page, built.demanding)
    assert page.panel.heading.text() == "Keep"
    assert reasons(page) == [
        f"Nothing alarming since {(TODAY - timedelta(days=83)).isoformat()}: difficult "
        "encounters 2 of 5, mean impact 4.0/10",
        "2 demanding encounters, all of them respectful: demanding is not toxic",
    ]
    assert page.panel.prepare_button.isEnabled() and page.panel.reframe_button.isEnabled()


def test_two_encounters_are_not_enough_data(page: ClientsPage, built):
    select(page, built.newcomer)
    panel = page.panel
    assert panel.heading.text() == "Not enough data"
    assert reasons(page) == [
        "Not enough data for advice yet (encounters in the last 12 weeks: 2, in 2 different "
        "weeks; needed: 5 encounters in 3 different weeks)"
    ]
    assert len(panel.why_ids()) == 2


def test_a_reframing_shows_its_follow_up_with_before_and_after(page: ClientsPage, built):
    select(page, built.reframed)
    panel = page.panel
    assert panel.heading.text() == "Watch"
    assert panel.follow_up.isVisible()
    due = built.reframed_on + timedelta(weeks=6)
    text = panel.follow_up.text()
    assert (
        f"Reframed on {built.reframed_on.isoformat()}; follow-up due on {due.isoformat()}. "
        "Verdict: too early to tell." in text
    )
    assert "<th align='left'>Before</th><td align='right'>5</td>" in text  # encounters
    assert "<th align='left'>After</th><td align='right'>2</td>" in text
    assert not panel.reframe_button.isEnabled()  # already reframed
    assert panel.dethrone_button.isEnabled()
    select(page, built.toxic)
    assert not panel.follow_up.isVisible()


# --- actions --------------------------------------------------------------------------


@pytest.fixture
def opened_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple]]:
    """Stand-ins for the action dialogs: record how they were opened."""
    calls: list[tuple[str, tuple]] = []
    for module, name in (
        ("prepare_dialog", "PrepareDialog"),
        ("reframe_dialog", "ReframeDialog"),
        ("dethrone_dialog", "DethroneDialog"),
    ):

        class Recorder:
            def __init__(self, *args: object, parent: object = None, _name: str = name) -> None:
                self.call = (_name, args)

            def exec(self) -> int:
                calls.append(self.call)
                return 0

            def deleteLater(self) -> None:
                pass

        fake = types.ModuleType(f"wellbeing.ui.{module}")
        setattr(fake, name, Recorder)
        monkeypatch.setitem(sys.modules, f"wellbeing.ui.{module}", fake)
    return calls


def test_action_buttons_open_their_dialog_with_the_client_and_its_advice(
    qtbot, page: ClientsPage, built, store, undo_stack, opened_dialogs
):
    select(page, built.toxic)
    panel = page.panel
    for button in (panel.prepare_button, panel.reframe_button, panel.dethrone_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [name for name, _ in opened_dialogs] == [
        "PrepareDialog",
        "ReframeDialog",
        "DethroneDialog",
    ]
    _, args = opened_dialogs[-1]
    assert args[:4] == (store, undo_stack, "en", built.toxic)
    assert args[4].client_id == built.toxic.id and args[4].level == "dethrone"


def test_make_active_again_then_undo_and_redo(qtbot, page: ClientsPage, built, store, undo_stack):
    select(page, built.gone)
    panel = page.panel
    assert panel.heading.text() == "Dethroned"
    assert panel.reactivate_button.isVisible()
    assert not panel.reframe_button.isVisible() and not panel.dethrone_button.isVisible()

    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(panel.reactivate_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Gone Ltd is active again. Ctrl+Z undoes it."]
    assert store.client(built.gone.id).status == ClientStatus.ACTIVE
    assert store.client_events(built.gone.id)[-1].kind == ClientEventKind.REACTIVATED
    row = page.model.row_of(built.gone.id)
    assert page.model.index(row, CLIENT_COLUMNS.index("status")).data() == "active"
    assert panel.history_lines()[0] == "Made active again"
    assert panel.prepare_button.isVisible() and not panel.reactivate_button.isVisible()

    assert undo_stack.undoText() == "make Gone Ltd active again"
    [first] = [
        e for e in store.client_events(built.gone.id) if e.kind == ClientEventKind.REACTIVATED
    ]
    undo_stack.undo()
    assert store.client(built.gone.id).status == ClientStatus.DETHRONED
    kinds = [e.kind for e in store.client_events(built.gone.id)]
    assert ClientEventKind.REACTIVATED not in kinds
    assert advice_column(page)["Gone Ltd"] == "dethroned"
    undo_stack.redo()
    assert store.client(built.gone.id).status == ClientStatus.ACTIVE
    again = [e for e in store.client_events(built.gone.id) if e.kind == ClientEventKind.REACTIVATED]
    assert again == [first]  # the same event, same date: the follow-up reads that date


def test_a_status_chosen_in_the_details_is_dated_in_the_history(
    qtbot, page: ClientsPage, built, store, undo_stack
):
    select(page, built.demanding)
    page.status_box.setCurrentIndex(page.status_box.findData("reframed"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    [event] = [
        e for e in store.client_events(built.demanding.id) if e.kind != ClientEventKind.ADVICE
    ]
    assert event.kind == ClientEventKind.REFRAMED
    assert page.panel.history_lines()[0] == "Reframed"
    undo_stack.undo()
    assert store.client(built.demanding.id).status == ClientStatus.ACTIVE
    assert all(e.kind == ClientEventKind.ADVICE for e in store.client_events(built.demanding.id))


# --- thresholds and history -----------------------------------------------------------


def test_changed_thresholds_change_the_advice_and_its_history_and_undo(
    qtbot, page: ClientsPage, built, store, undo_stack
):
    select(page, built.demanding)
    assert page.panel.history_lines() == ["Advice: Keep"]
    dialog = ThresholdsDialog(store, undo_stack, "en", page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.spins["watch_difficult_share"].setValue(40)
    with qtbot.waitSignal(page.advice_updated, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.setting(settings.ADVICE_THRESHOLDS) == {"watch_difficult_share": 40.0}
    assert advice_column(page)["Demanding Co"] == "Watch"
    assert page.panel.heading.text() == "Watch"
    assert "2 of 5 encounters were difficult (40%)" in reasons(page)
    assert page.panel.history_lines() == ["Advice: Watch", "Advice: Keep"]

    assert undo_stack.undoText() == "Change advice thresholds"
    with qtbot.waitSignal(page.advice_updated, timeout=5000):
        undo_stack.undo()
    assert store.setting(settings.ADVICE_THRESHOLDS) == {}
    assert advice_column(page)["Demanding Co"] == "Keep"
    assert page.panel.history_lines() == ["Advice: Keep", "Advice: Watch", "Advice: Keep"]


def test_new_encounters_are_read_once_they_settle(qtbot, page: ClientsPage, built, store):
    updates: list[None] = []
    page.advice_updated.connect(lambda: updates.append(None))
    with qtbot.waitSignal(page.advice_updated, timeout=5000):
        for days in (18, 25, 32):
            store.save_encounter(_ago(days, 2, built.newcomer, kind=POSITIVE), "Newcomer")
        assert advice_column(page)["Newcomer"] == "not enough data"  # not on every change
    assert advice_column(page)["Newcomer"] == "Keep"
    assert len(updates) == 1


def test_a_journal_refusing_the_history_still_shows_the_advice(
    qtbot, built, store, undo_stack, monkeypatch
):
    from wellbeing.services import advice

    def refuse(*_args: object) -> int:
        raise driver().OperationalError("database or disk is full")

    monkeypatch.setattr(advice, "record_advice_changes", refuse)
    page = ClientsPage(store, undo_stack, JournalModel("en"), lang="en")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status) as said:
        page.show()
    assert said.args == [
        "The journal could not be written (the disk is full); nothing saved before was lost."
    ]
    assert advice_column(page)["Toxic Ltd"] == "Dethrone"


# --- timeline and chart ---------------------------------------------------------------


def test_the_timeline_lists_encounters_with_crossed_limits_in_words(
    qtbot, page: ClientsPage, built
):
    select(page, built.charted)
    timeline = page.panel.timeline
    rows = [
        [timeline.model.index(row, column).data() for column in range(4)]
        for row in range(timeline.model.rowCount())
    ]
    first = _month_start(0).isoformat()
    assert rows[:2] == [
        [f"{first} 11:00", "○ Positive", 1, ""],
        [f"{first} 10:00", "● Difficult", 5, "on a day off, through a channel I do not accept"],
    ]
    assert len(rows) == 4
    with qtbot.waitSignal(page.open_encounter):
        timeline.table.activated.emit(timeline.model.index(0, 0))


def test_the_chart_shows_mean_impact_per_month_and_violations(qtbot, page: ClientsPage, built):
    select(page, built.charted)
    timeline = page.panel.timeline
    assert timeline.chart is None  # matplotlib waits for the tab
    page.panel.setCurrentWidget(timeline)
    qtbot.waitUntil(lambda: timeline.chart is not None and bool(timeline.chart.axes()))
    bars, markers = timeline.chart.axes()
    assert [(p.get_x() + p.get_width() / 2, p.get_height()) for p in bars.patches] == [
        (0, 6.0),
        (2, 5.0),
    ]
    [line] = markers.get_lines()
    assert list(line.get_xdata()) == [0, 2] and list(line.get_ydata()) == [2, 2]
    labels = [label.get_text() for label in bars.get_xticklabels()]
    assert len(labels) == 3 and str(_month_start(2).year) in labels[0]
    assert bars.get_ylabel() == "Impact (0–10)"
    assert markers.get_ylabel() == "Violations"

    lonely = journal.save_client(page.store.db, Client(name="Lonely"))
    page.store.changed.emit("clients", None)
    select(page, lonely)
    qtbot.waitUntil(lambda: len(timeline.chart.axes()) == 1)
    [empty] = timeline.chart.axes()
    assert [t.get_text() for t in empty.texts] == ["No encounters with this client yet."]


# --- start-up -------------------------------------------------------------------------

START_UP = """
import sys
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from wellbeing.store import open_journal
from wellbeing.ui.clients_page import ClientsPage
from wellbeing.ui.journal_model import JournalModel
from wellbeing.ui.journal_store import JournalStore

app = QApplication([])
ClientsPage(JournalStore(open_journal(":memory:")), QUndoStack(), JournalModel("en"), lang="en")
print(sorted({name.split(".")[0] for name in sys.modules} & {"numpy", "matplotlib"}))
"""


def test_building_the_page_loads_neither_numpy_nor_matplotlib():
    """The page is built at start-up; the advice and the chart load them when shown."""
    done = subprocess.run(
        [sys.executable, "-c", START_UP], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_an_event_saved_elsewhere_shows_in_the_history_with_the_next_advice(
    qtbot, page: ClientsPage, built, store
):
    from datetime import datetime

    from wellbeing.domain.model import ClientEvent

    select(page, built.toxic)
    with qtbot.waitSignal(page.advice_updated):
        store.save_client_event(
            ClientEvent(
                built.toxic.id, datetime(2026, 3, 2, 10, 0), ClientEventKind.CONTACT_PLANNED
            )
        )
    assert "Contact planned" in page.panel.history_lines()
