"""One JSON shape for an encounter, written by the export, ``wellbeing list --json`` and the
window's draft alike, so that a field added to Encounter reaches every one of them at once
and none of them renames a key.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from wellbeing.domain.model import Encounter, EncounterKind

ENCOUNTER_FIELDS = tuple(field.name for field in dataclasses.fields(Encounter))
"""Read from the dataclass itself: a field added to the domain cannot be forgotten."""
TAG_FIELDS = ("behaviours", "irritants", "violations", "emotions")
"""The fields holding sets of vocabulary keys: written sorted, since their order means
nothing and the journal does not keep it."""


def encounter_to_json(encounter: Encounter, timespec: str = "seconds") -> dict[str, Any]:
    """Every field, in the dataclass's order, as plain JSON values.

    The time is local ISO 8601 without an offset (``2026-03-02T08:15:30``; timespec
    ``"minutes"`` drops the seconds), the kind is its value, each tag list is sorted without
    repeats; everything else is as stored (an unset impact stays null, for a draft).
    """
    row = {name: getattr(encounter, name) for name in ENCOUNTER_FIELDS}
    row["occurred_at"] = encounter.occurred_at.isoformat(timespec=timespec)
    row["kind"] = str(encounter.kind)
    for name in TAG_FIELDS:
        row[name] = sorted(set(getattr(encounter, name)))
    return row


def encounter_from_json(data: Mapping[str, Any]) -> Encounter:
    """The encounter encounter_to_json wrote, trusting it: a file from outside goes through
    the strict reader (wellbeing.store.exchange) first. A missing field takes the value a
    new encounter would have; an unknown one is ignored (a later version's)."""
    values = {name: data[name] for name in ENCOUNTER_FIELDS if name in data}
    values["occurred_at"] = datetime.fromisoformat(data["occurred_at"])
    if "kind" in values:
        values["kind"] = EncounterKind(values["kind"])
    for name in TAG_FIELDS:
        if name in values:
            values[name] = tuple(values[name])
    return Encounter(**values)
