"""The draft of an encounter being typed, as the journal keeps it so that a crash loses nothing.

The payload is the encounter in its one JSON shape (wellbeing.domain.encoding), as typed so
far: the impact may still be null, ``client_id`` and ``id`` are empty, texts are not yet
trimmed. Three facts of the form sit beside its fields, since an encounter has none for
them: ``client``, the client's name as typed (perhaps a client not created yet);
``editing_id``, the saved encounter being edited, if any; ``violations_picked``, whether the
user chose the violations by hand (otherwise they are detected again from the boundaries).

A draft kept by a version before this shape (``when`` to the minute instead of
``occurred_at``, ``duration`` and ``confidence`` for ``duration_minutes`` and
``company_confidence``) is still read, so that a draft left behind by a crash just before
an update is offered back after it.

Pure Python, no Qt: the form (encounter_form.py) fills and reads its widgets around it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from wellbeing.domain.encoding import encounter_from_json, encounter_to_json
from wellbeing.domain.model import Encounter, EncounterKind


@dataclass(frozen=True)
class Draft:
    encounter: Encounter
    """As typed: client_id and id empty, the impact perhaps None."""
    client: str = ""
    editing_id: str | None = None
    violations_picked: bool = False

    def has_details(self) -> bool:
        """Whether anything was typed in the form's folded part (so it opens on restore)."""
        e = self.encounter
        return self.violations_picked or any(
            (e.channel, e.duration_minutes, e.what_happened, e.irritants, e.lingered, e.outcome)
        )


def draft_payload(draft: Draft) -> dict[str, Any]:
    """The JSON object the journal keeps (wellbeing.store.journal.save_draft)."""
    return encounter_to_json(draft.encounter) | {
        "client": draft.client,
        "editing_id": draft.editing_id,
        "violations_picked": draft.violations_picked,
    }


def read_draft(payload: Mapping[str, Any]) -> Draft:
    """The draft a payload holds, in this version's shape or the earlier flat one."""
    if "occurred_at" in payload:  # the form's three facts are ignored as unknown fields
        encounter = encounter_from_json(payload)
    else:
        encounter = _flat_draft_encounter(payload)
    return Draft(
        encounter=replace(encounter, client_id="", id=""),
        client=str(payload.get("client") or ""),
        editing_id=payload.get("editing_id") or None,
        violations_picked=bool(payload.get("violations_picked")),
    )


def _flat_draft_encounter(draft: Mapping[str, Any]) -> Encounter:
    """A draft as versions before the shared encoder kept it."""
    return Encounter(
        client_id="",
        id="",
        occurred_at=datetime.strptime(draft["when"], "%Y-%m-%dT%H:%M"),
        impact=draft.get("impact"),  # type: ignore[arg-type]  # may still be unset
        kind=EncounterKind(draft.get("kind", "difficult")),
        channel=draft.get("channel"),
        duration_minutes=draft.get("duration") or None,
        what_happened=draft.get("what_happened", ""),
        behaviours=tuple(draft.get("behaviours", ())),
        irritants=tuple(draft.get("irritants", ())),
        emotions=tuple(draft.get("emotions", ())),
        lingered=draft.get("lingered"),
        assertiveness=draft.get("assertiveness"),
        company_confidence=draft.get("confidence"),
        outcome=draft.get("outcome"),
        escalated=bool(draft.get("escalated")),
        backed=draft.get("backed"),
        next_time=draft.get("next_time", ""),
        violations=tuple(draft.get("violations", ())),
    )
