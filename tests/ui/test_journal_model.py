"""The journal list's model and filter on their own: what the list shows, finds and keeps
in order as lines come, change and go (the model keeps them as compact columns)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from wellbeing.store.journal import EncounterLine
from wellbeing.ui import journal_model
from wellbeing.ui.journal_filter import JournalFilterProxy
from wellbeing.ui.journal_model import (
    COLUMNS,
    ID_ROLE,
    JournalFilter,
    JournalModel,
)


def replace_when(item: EncounterLine, when: str) -> EncounterLine:
    return replace(item, occurred_at=when)


def line(number: int, when: str, **values: object) -> EncounterLine:
    fields: dict[str, object] = {
        "id": f"id{number}",
        "occurred_at": when,
        "client_id": "c1",
        "client_name": "Acme",
        "kind": "difficult",
        "impact": 5,
        "behaviours": "rude",
        "emotions": "",
        "what_happened": "",
    }
    fields.update(values)
    return EncounterLine(**fields)  # type: ignore[arg-type]


def shown(proxy: JournalFilterProxy, column: str = "what_happened") -> list[str]:
    at = COLUMNS.index(column)
    return [str(proxy.index(row, at).data()) for row in range(proxy.rowCount())]


def ids(model: JournalModel | JournalFilterProxy) -> list[str]:
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def make(lang: str = "en") -> tuple[JournalModel, JournalFilterProxy]:
    model = JournalModel(lang)
    proxy = JournalFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_a_line_shows_its_time_client_kind_impact_tags_and_text(qtbot):
    model, _ = make("fr")
    model.reset(
        [
            line(
                1,
                "2026-03-02T08:15:00",
                impact=7,
                behaviours="rude,impatient",
                emotions="angry",
                violations="insulted",
                what_happened="  Called\n at   8 ",
            )
        ]
    )
    row = {column: model.index(0, at).data() for at, column in enumerate(COLUMNS)}
    assert row["when"] == "02/03/2026 08:15"
    assert row["client"] == "Acme"
    assert row["kind"].endswith("⚑")
    assert row["impact"] == 7
    assert row["behaviours"] == "impoli, veut tout, tout de suite"
    assert row["emotions"] == "en colère"
    assert row["what_happened"] == "Called at 8"
    assert model.index(0, 0).data(ID_ROLE) == "id1"


@pytest.mark.parametrize("lowered_rows", [10_000, 1, 4])
def test_search_reads_labels_clients_and_text_beyond_what_shows(qtbot, monkeypatch, lowered_rows):
    monkeypatch.setattr(journal_model, "LOWERED_ROWS", lowered_rows)  # texts lowered in parts
    model, proxy = make("fr")
    hidden = "x" * 200 + " Straße"
    model.reset(
        [
            line(1, "2026-03-03T10:00:00", client_id="c2", client_name="Globex"),
            line(2, "2026-03-02T10:00:00", behaviours="impatient", what_happened="ab"),
            line(3, "2026-03-01T10:00:00", behaviours="", what_happened=hidden),
            line(4, "2026-02-28T10:00:00", behaviours="", what_happened="cd"),
            line(5, "2026-02-27T10:00:00", what_happened="y" * 170 + " Needle"),
            line(6, "2026-02-26T10:00:00", what_happened="Shouted\n  LOUDLY  "),
        ]
    )
    for search, expected in (
        ("globex", ["id1"]),
        ("TOUT DE SUITE", ["id2"]),  # a behaviour's French label, not its key
        ("strasse", ["id3"]),  # casefolded: ß is ss
        ("bc", []),  # not across the end of one line's text and the next one's
        ("acme", ["id2", "id3", "id4", "id5", "id6"]),
        ("needle", ["id5"]),  # past what shows
        ("loudly", ["id6"]),
        ("acme cd", ["id4"]),  # every word
    ):
        proxy.set_filter(JournalFilter(search=search))
        assert ids(proxy) == expected, search


def test_filters_by_client_kind_and_days_both_included(qtbot):
    model, proxy = make()
    model.reset(
        [
            line(1, "2026-03-03T23:59:00", client_id="c2", client_name="Globex"),
            line(2, "2026-03-02T00:00:00", kind="positive"),
            line(3, "2026-03-01T12:00:00"),
        ]
    )
    proxy.set_filter(JournalFilter(client_id="c2"))
    assert ids(proxy) == ["id1"]
    proxy.set_filter(JournalFilter(kind="positive"))
    assert ids(proxy) == ["id2"]
    proxy.set_filter(JournalFilter(start=date(2026, 3, 2), end=date(2026, 3, 3)))
    assert ids(proxy) == ["id1", "id2"]
    proxy.set_filter(JournalFilter(client_id="nobody"))
    assert ids(proxy) == []


def test_lines_loaded_saved_and_deleted_while_filtered_keep_order_and_filter(qtbot):
    model, proxy = make()
    model.reset([line(1, "2026-03-09T10:00:00", what_happened="late")])
    proxy.set_filter(JournalFilter(search="late"))
    model.append(
        [
            line(n, f"2026-03-0{9 - n}T10:00:00", what_happened="late" if n % 2 else "early")
            for n in range(2, 8)
        ]
    )
    assert ids(proxy) == ["id1", "id3", "id5", "id7"]
    model.put_lines([line(8, "2026-03-04T12:00:00", what_happened="late again")])
    model.put_lines([line(3, "2026-03-06T10:00:00", what_happened="early now")])
    assert ids(proxy) == ["id1", "id8", "id5", "id7"]
    model.remove_ids({"id1", "id2", "id8", "id5", "nobody"})
    assert ids(model) == ["id3", "id4", "id6", "id7"]
    assert ids(proxy) == ["id7"]
    assert model.row_of("id6") == 2
    assert model.row_of("id5") == -1
    assert model.row_of("id") == -1  # a prefix of every id is none of them


def test_a_quick_difficult_line_says_details_are_to_add_until_there_are_some(qtbot):
    model, _ = make()
    model.reset([line(1, "2026-03-02T10:00:00", behaviours="")])
    column = COLUMNS.index("behaviours")
    assert model.index(0, column).data() == "details to add"
    assert model.index(0, column).data(Qt.ItemDataRole.FontRole).italic()
    model.put_lines([line(1, "2026-03-02T10:00:00", behaviours="", what_happened="He shouted")])
    assert model.index(0, column).data() == ""
    assert shown(model) == ["He shouted"]  # type: ignore[arg-type]


def test_the_model_and_proxy_stay_well_behaved_through_changes(qtmodeltester, qtbot):
    model, proxy = make()
    model.reset([line(n, f"2026-03-{10 + n}T10:00:00", what_happened=f"t{n}") for n in range(9)])
    proxy.set_filter(JournalFilter(search="t"))
    model.remove_ids({"id2", "id3", "id6"})
    model.put_lines([line(20, "2026-03-15T11:00:00", what_happened="t20")])
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_without_a_filter_every_line_follows_as_it_comes_and_goes(qtmodeltester, qtbot):
    model, proxy = make()
    qtmodeltester.check(proxy)  # watches every signal the proxy sends from here on
    model.reset([line(n, f"2026-03-{10 + n}T10:00:00", what_happened=f"t{n}") for n in range(5)])
    model.append([line(9, "2026-03-01T10:00:00")])
    model.put_lines([line(20, "2026-03-12T11:00:00")])
    model.remove_ids({"id1", "id9"})
    assert ids(proxy) == ids(model)
    proxy.set_filter(JournalFilter(search="t3"))
    proxy.set_filter(JournalFilter())
    assert ids(proxy) == ids(model)


def test_the_chosen_line_stays_chosen_through_filter_changes(qtbot):
    model, proxy = make()
    model.reset(
        [
            line(n, f"2026-03-{20 - n}T10:00:00", what_happened=("late", "early")[n % 2])
            for n in range(8)
        ]
    )
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    chosen = table.selectionModel()
    table.selectRow(4)  # id4, "late"
    proxy.set_filter(JournalFilter(search="late"), chosen)
    assert table.currentIndex().data(ID_ROLE) == "id4"
    assert [i.data(ID_ROLE) for i in chosen.selectedRows()] == ["id4"]
    assert table.currentIndex().row() == 2  # id0, id2, id4
    proxy.set_filter(JournalFilter(), chosen)
    assert table.currentIndex().data(ID_ROLE) == "id4" and table.currentIndex().row() == 4
    proxy.set_filter(JournalFilter(search="early"), chosen)  # filtered out: nothing chosen
    assert not chosen.selectedRows()


def test_a_whole_filtered_list_selected_stays_those_lines_once_the_filter_widens(qtbot):
    model, proxy = make()
    model.reset(
        [
            line(n, f"2026-03-{1 + n // 60:02d}T10:{n % 60:02d}:00", what_happened=f"w{n % 5}")
            for n in range(1000)
        ]
    )
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    chosen = table.selectionModel()
    proxy.set_filter(JournalFilter(search="w0"), chosen)
    table.selectAll()  # 200 lines of 7 columns: Qt keeps it as one whole-table range
    proxy.set_filter(JournalFilter(), chosen)
    picked = [index.data(ID_ROLE) for index in chosen.selectedRows()]
    assert len(picked) == 200  # not stretched over the 800 lines that were hidden
    assert all(model.index(model.row_of(i), 6).data() == "w0" for i in picked)


def test_random_changes_keep_the_filtered_lines_those_the_filter_keeps(qtmodeltester, qtbot):
    chance = random.Random(16)
    model, proxy = make()
    qtmodeltester.check(proxy)
    words = ("late", "rude", "calm", "")
    number = 0
    for _step in range(300):
        action = chance.choice(("append", "put", "remove", "filter"))
        if action == "append" or model.rowCount() == 0:
            last = model.rowCount() and model.index(model.rowCount() - 1, 0).data(ID_ROLE)
            lines = []
            for _ in range(chance.randint(1, 4)):
                number += 1
                when = f"2026-0{chance.randint(1, 2)}-1{chance.randint(0, 9)}T10:00:00"
                lines.append(line(number, when, what_happened=chance.choice(words)))
            if last:  # the list grows with older lines at its end
                lines = [replace_when(item, "2025-01-01T00:00:00") for item in lines]
            model.append(lines)
        elif action == "put":
            number += 1
            when = f"2026-0{chance.randint(1, 3)}-1{chance.randint(0, 9)}T10:00:00"
            model.put_lines([line(number, when, what_happened=chance.choice(words))])
        elif action == "remove":
            rows = chance.sample(range(model.rowCount()), min(3, model.rowCount()))
            model.remove_ids({model.encounter_id(row) for row in rows})
        else:
            proxy.set_filter(JournalFilter(search=chance.choice(words)))
        wanted = proxy.journal_filter
        kept = [
            model.encounter_id(row)
            for row in range(model.rowCount())
            if model.matching(wanted, row, row + 1)[0]
        ]
        assert ids(proxy) == kept
