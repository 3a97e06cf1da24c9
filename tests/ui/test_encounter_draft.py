"""The draft keeps the one encounter shape, and a draft kept by an earlier version (flat
keys) is still offered back and restored after an update."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from wellbeing.domain.model import Encounter, EncounterKind
from wellbeing.store import journal
from wellbeing.ui.encounter_draft import Draft, draft_payload, read_draft

FLAT_DRAFT = {
    "editing_id": None,
    "client": "Acme",
    "when": "2026-03-02T08:15",
    "kind": "difficult",
    "impact": 8,
    "emotions": ["angry"],
    "behaviours": ["rude", "threatening"],
    "channel": "phone",
    "duration": 25,
    "what_happened": "Shouted about the invoice.",
    "irritants": [],
    "lingered": None,
    "assertiveness": 2,
    "confidence": 4,
    "outcome": None,
    "escalated": False,
    "backed": None,
    "next_time": "",
    "violations": ["out_of_hours"],
    "violations_picked": True,
}
"""A draft as the version before the shared encoder kept it (keys renamed, minutes)."""


def test_a_flat_draft_reads_as_the_encounter_it_held():
    draft = read_draft(FLAT_DRAFT)
    assert draft.client == "Acme" and draft.editing_id is None and draft.violations_picked
    assert draft.encounter == Encounter(
        client_id="",
        id="",
        occurred_at=datetime(2026, 3, 2, 8, 15),
        impact=8,
        emotions=("angry",),
        behaviours=("rude", "threatening"),
        channel="phone",
        duration_minutes=25,
        what_happened="Shouted about the invoice.",
        assertiveness=2,
        company_confidence=4,
        violations=("out_of_hours",),
    )
    assert draft.has_details()


def test_a_draft_round_trips_in_the_encounter_shape_with_the_impact_unset():
    typed = Encounter(
        client_id="",
        id="",
        occurred_at=datetime(2026, 3, 2, 8, 15),
        impact=None,  # type: ignore[arg-type]  # not chosen yet
        kind=EncounterKind.POSITIVE,
        emotions=("relieved",),
    )
    payload = draft_payload(Draft(typed, client="Zoé", editing_id="e1"))
    assert payload["impact"] is None
    assert payload["duration_minutes"] is None
    assert payload["occurred_at"] == "2026-03-02T08:15:00"
    assert "duration" not in payload and "confidence" not in payload and "when" not in payload
    assert read_draft(payload) == Draft(typed, client="Zoé", editing_id="e1")
    assert not read_draft(payload).has_details()


def test_a_draft_kept_by_the_previous_version_is_offered_back_and_restored(qtbot, make_window):
    first = make_window()
    journal.save_draft(first.store.db, FLAT_DRAFT)

    second = make_window()
    page = second.journal_page
    assert page.draft_banner.isVisible()
    assert "Acme" in page.draft_label.text()
    qtbot.mouseClick(page._restore_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.client_name() == "Acme"
    assert form.impact.value() == 8
    assert form.behaviours.selected() == ("rude", "threatening")
    assert form.duration.value() == 25
    assert form.confidence.value() == 4
    assert form.violations.selected() == ("out_of_hours",)
    assert form.when.dateTime().toPython() == datetime(2026, 3, 2, 8, 15)


def test_the_window_keeps_its_draft_in_the_encounter_shape(qtbot, window):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    qtbot.mouseClick(form.impact.button(9), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: journal.load_draft(window.store.db) is not None)
    payload, _ = journal.load_draft(window.store.db)
    assert payload["client"] == "Acme"
    assert payload["impact"] == 9
    assert set(payload) == set(Encounter.__dataclass_fields__) | {
        "client",
        "editing_id",
        "violations_picked",
    }
