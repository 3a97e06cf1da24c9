"""The vocabulary of the journal as plain Python: no storage, no Qt."""

from wellbeing.domain.model import Client, ClientStatus, Encounter, EncounterKind, Strength, new_id
from wellbeing.domain.validation import InvalidValue, validate_client, validate_encounter

__all__ = [
    "Client",
    "ClientStatus",
    "Encounter",
    "EncounterKind",
    "InvalidValue",
    "Strength",
    "new_id",
    "validate_client",
    "validate_encounter",
]
