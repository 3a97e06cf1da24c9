"""Log or edit an encounter: the one place both the window and `wellbeing log` save one.

Both doors used to save with their own rules (the window detected violations itself, the
command line against the journal); now what is stored, violations included, comes from
here, so the same input gives the same row whichever door it came through.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.model import Client, Encounter
from wellbeing.domain.validation import InvalidValue, check_client_name, validate_encounter

if TYPE_CHECKING:
    from sqlite_utils import Database

    from wellbeing.domain.boundaries import Boundaries

# The store, the boundaries and violation detection are imported when a save needs them:
# `wellbeing log` makes an entry (validation only) before it knows whether the running app
# saves it (services.handoff), and pays for nothing more then.


@dataclass(frozen=True)
class EncounterEntry:
    """An encounter as a person gave it, checked once, when the entry is made.

    `draft` has no client yet (client_id is ignored: the client is the one named); its
    violations are those given by hand, always kept. With `detect`, the violations the
    user's boundaries find are added at save (those of time and channel only once the
    user has set or confirmed their boundaries: see checked_boundaries). Because making an
    entry validates it, the command line makes one before it opens (or creates) a
    journal: a mistake writes nothing.
    """

    client_name: str
    draft: Encounter
    detect: bool = True

    def __post_init__(self) -> None:
        validate_encounter(self.draft)
        object.__setattr__(self, "client_name", check_client_name(self.client_name))


@dataclass(frozen=True)
class Logged:
    """What a save did: the encounter as stored, its client, and what it replaced."""

    encounter: Encounter
    client: Client
    client_created: bool
    previous: Encounter | None
    """The stored encounter an edit replaced; None for a new one (undo deletes it)."""


def boundaries_chosen(db: Database) -> bool:
    """Whether the user saved (or confirmed) their boundaries: until then the stored value
    is empty and the defaults are only a suggestion, not a limit anyone stated."""
    from wellbeing.store import settings

    return bool(settings.get(db, settings.BOUNDARIES))


def checked_boundaries(db: Database) -> Boundaries:
    """What a save detects violations against: the user's boundaries once chosen, none on
    time, day, channel or answer time before (see domain.boundaries.NOT_CHOSEN)."""
    from wellbeing.domain.boundaries import to_check
    from wellbeing.store import settings

    return to_check(settings.boundaries(db), boundaries_chosen(db))


def unknown_client(name: str) -> InvalidValue:
    """The refusal of `wellbeing log --strict-client`, whichever process saves the entry."""
    return InvalidValue(
        f"No client is called '{name}' in this journal.", "unknown_client", name=name
    )


def log_encounter(db: Database, entry: EncounterEntry, *, strict_client: bool = False) -> Logged:
    """Save the entry as an encounter under the named client, in one transaction.

    The client is created if new, unless `strict_client` (then an unknown name is refused).
    The draft's id is kept, so saving the same draft again replaces it.
    """
    return _save(db, entry, entry.draft.id, strict_client)


def edit_encounter(db: Database, encounter_id: str, entry: EncounterEntry) -> Logged:
    """Replace the stored encounter `encounter_id` with the entry, with the same rules as
    logging. One deleted meanwhile is saved again: what the user typed is never lost."""
    return _save(db, entry, encounter_id, strict_client=False)


def _save(db: Database, entry: EncounterEntry, encounter_id: str, strict_client: bool) -> Logged:
    from wellbeing.analysis.violations import detect_violations
    from wellbeing.store import journal

    with db.atomic():
        client = journal.find_client(db, entry.client_name)
        if client is None and strict_client:
            raise unknown_client(entry.client_name)
        created = client is None
        client = client or journal.ensure_client(db, entry.client_name)
        previous = journal.get_encounter(db, encounter_id)
        found = set(entry.draft.violations)
        if entry.detect:
            found.update(detect_violations(entry.draft, checked_boundaries(db)))
        encounter = replace(
            entry.draft,
            id=encounter_id,
            client_id=client.id,
            violations=tuple(term.key for term in vocab.VIOLATIONS if term.key in found),
        )
        journal.save_encounter(db, encounter)
    return Logged(encounter, client, created, previous)
