"""The export format, documented field by field, and its constants.

The reader (reader.py), the writer (writer.py) and the merge (merge.py) follow this text;
a test checks that every field the writer writes is named here.

The JSON format, "wellbeing-journal" version 2
==============================================
One UTF-8 JSON object. Every field is listed here; a reader refuses any other field, since a
new field means a new version.

``format``
    Always ``"wellbeing-journal"``: tells an export from any other JSON file.
``version``
    ``2``. A reader refuses a higher number: that file came from a newer app. Version 1 had
    no ``check_ins``, ``client_events`` or encounter ``violations``; such a file is still
    read, with those empty (and refused if it holds them).
``exported_at``
    When the file was written, ISO 8601 to the second with the UTC offset. Information only.
``clients``
    A list of objects, ordered by name:

    - ``id``: text, 1–64 letters, digits or ``_.:-``; stable across exports and imports.
    - ``name``: text, 1–200 characters; unique whatever the case and spacing.
    - ``revenue_share``: percent of the user's revenue, a number from 0 to 100, or null.
    - ``status``: ``"active"``, ``"reframed"`` or ``"dethroned"``.
``encounters``
    A list of objects, oldest first:

    - ``id``: text, as for clients.
    - ``client_id``: the id of one of the clients in this file.
    - ``occurred_at``: local wall-clock time to the second, ``"YYYY-MM-DDTHH:MM:SS"``, from
      the year 1900 on and not in the future.
    - ``kind``: ``"difficult"`` or ``"positive"``.
    - ``impact``: a whole number from 0 to 10.
    - ``channel``: a key of ``vocabulary.CHANNELS`` (``"phone"``…), or null.
    - ``duration_minutes``: a whole number from 0 to 1440, or null.
    - ``what_happened``: text, possibly empty (at most 100,000 characters).
    - ``behaviours``, ``irritants``, ``emotions``, ``violations``: sorted lists of keys of
      ``vocabulary.BEHAVIOURS`` (difficult ones and ones done well), ``IRRITANTS``,
      ``EMOTIONS`` and ``VIOLATIONS`` (the boundaries the encounter crossed).
    - ``lingered``: a key of ``vocabulary.LINGERING``, or null.
    - ``assertiveness``, ``company_confidence``: whole numbers from 1 to 5, or null.
    - ``outcome``: a key of ``vocabulary.OUTCOMES``, or null.
    - ``escalated``: true or false.
    - ``backed``: ``"yes"``, ``"partly"`` or ``"no"`` (only when escalated), or null.
    - ``next_time``: text, possibly empty.
``client_events``
    Each client's history (status changes, planned contacts, messages, advice given), a list
    of objects, oldest first:

    - ``id``: text, as for clients.
    - ``client_id``: the id of a client in this file or, when importing, in the journal.
    - ``at``: a time as for ``occurred_at``; it may be in the future (a planned contact).
    - ``kind``: a value of ``model.ClientEventKind`` (``"reframed"``, ``"dethroned"``,
      ``"reactivated"``, ``"contact_planned"``, ``"message"``, ``"advice"``).
    - ``detail``: text, possibly empty: the note, the message or the advice.
``check_ins``
    The weekly self-assessments, a list of objects, oldest first:

    - ``id``: text, as for clients.
    - ``answered_at``: a time as for ``occurred_at``, not in the future.
    - ``strain``: the six answers, in the order of ``checkin.STRAIN_QUESTIONS``, each a
      whole number from 0 (never) to 4 (always).
    - ``wellbeing``: the five answers, in the order of ``checkin.WELLBEING_QUESTIONS``, each
      a whole number from 0 (at no time) to 5 (all of the time).
``strengths``
    A list of objects in display order: ``id`` (as for clients), ``text`` (not blank),
    ``position`` (a whole number; smaller comes first).
``goals`` (since version 3)
    Actions agreed with a coach, a list of objects: ``id`` (as for clients), ``what`` (not
    blank), ``by_when`` (``YYYY-MM-DD`` or null), ``obstacles`` and ``support`` (text),
    ``likelihood`` (1 to 10 or null), ``added_at`` and ``done_at`` (times as for
    ``occurred_at``; ``done_at`` null while open).
``settings``
    An object: each preference's key → its JSON value, checked as strictly as an encounter
    (``settings.check``; a bad one would break every later command):

    - ``idle_lock_minutes``: a whole number from 1 to 240.
    - ``reframe_follow_up_weeks``: a whole number from 2 to 26.
    - ``boundaries``: ``boundaries.to_json``'s object (``working_hours``: seven
      ``["09:00", "18:00"]`` spans or null, Monday first; ``channels``: objects with a
      ``channel`` key of ``vocabulary.CHANNELS``, ``accepted`` true or false and ``hours``;
      ``response_hours``: 1 to 720 or null; ``in_scope``, ``respect``: text; ``limits``: a
      list of text); a span ends after it starts.
    - ``advice_thresholds``: field name of ``analysis.advice.Thresholds`` → a number in
      its range, the watch levels not above the reframe ones; a plain lower-case name this
      version does not know, with a number, is kept for the version that wrote it.

    Any other key is refused. An export holds only the settings an import takes back.

Numbers are finite, integers at most 400 digits long, and the document nests at most 32
levels deep (an export nests 6): a file breaking these is refused before it is read
field by field.

Drafts (a half-typed encounter) are not exported. When reading, only ``format``,
``version``, and the ids with ``name`` (clients), ``client_id``, ``occurred_at`` and
``impact`` (encounters), ``client_id``, ``at`` and ``kind`` (client events),
``answered_at``, ``strain`` and ``wellbeing`` (check-ins) and ``text`` (strengths) are
required; a missing list is empty and a missing field takes the value a new entry would have.

The CSV export holds one row per encounter for spreadsheets (it cannot be imported): a
header row, the client's name instead of its id, tags joined with ";", the time as
``YYYY-MM-DD HH:MM:SS``, ``escalated`` as yes/no, UTF-8 with a byte-order mark so that Excel
reads accents.
"""

from __future__ import annotations

import dataclasses

from wellbeing.domain.encoding import ENCOUNTER_FIELDS, TAG_FIELDS
from wellbeing.domain.model import CheckIn, Client, ClientEvent, Strength
from wellbeing.store.strict import TIME_FORMAT

FORMAT = "wellbeing-journal"
VERSION = 3
MAX_IMPORT_BYTES = 200_000_000
"""Files over 200 MB are refused before being read."""
MAX_DEPTH = 32
"""Deepest nesting read: an export nests 6 levels (settings → boundaries → channels → a
rule → its hours); a file nesting more is refused before it is parsed."""
MAX_DIGITS = 400
"""Longest integer read: no field takes more than a few digits, and converting thousands
of digits is slow (Python refuses over 4,300)."""
MAX_EXPORTED_AT = 64
"""Characters of ``exported_at`` read (information only, but shown)."""
POSITION_LIMIT = 2**31
"""A strength's position is stored as a 32-bit integer."""
BAD_EXPORT = "bad_export"
"""The InvalidValue code of every refusal of a malformed export."""

CSV_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

# Read from the dataclasses themselves: a field added to the domain cannot be forgotten here.
CLIENT_FIELDS = tuple(field.name for field in dataclasses.fields(Client))
STRENGTH_FIELDS = tuple(field.name for field in dataclasses.fields(Strength))
CHECK_IN_FIELDS = tuple(field.name for field in dataclasses.fields(CheckIn))
CLIENT_EVENT_FIELDS = tuple(field.name for field in dataclasses.fields(ClientEvent))
TOP_FIELDS = (
    "format",
    "version",
    "exported_at",
    "clients",
    "encounters",
    "client_events",
    "check_ins",
    "strengths",
    "settings",
    "goals",
)

NEW_IN: dict[int, dict[str, tuple[str, ...]]] = {
    2: {"": ("client_events", "check_ins"), "encounter": ("violations",)},
    3: {"": ("goals",)},
}
"""What each version added, by part ("" for the top): an older file holding any of it is
malformed."""
GOAL_FIELDS = ("id", "what", "by_when", "obstacles", "support", "likelihood", "added_at", "done_at")

CSV_COLUMNS = (
    "id",
    "occurred_at",
    "client",
    "kind",
    "impact",
    "channel",
    "duration_minutes",
    "behaviours",
    "irritants",
    "violations",
    "emotions",
    "lingered",
    "assertiveness",
    "company_confidence",
    "outcome",
    "escalated",
    "backed",
    "what_happened",
    "next_time",
)

__all__ = [
    "BAD_EXPORT",
    "CHECK_IN_FIELDS",
    "CLIENT_EVENT_FIELDS",
    "CLIENT_FIELDS",
    "CSV_COLUMNS",
    "CSV_TIME_FORMAT",
    "ENCOUNTER_FIELDS",
    "FORMAT",
    "GOAL_FIELDS",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_EXPORTED_AT",
    "MAX_IMPORT_BYTES",
    "NEW_IN",
    "POSITION_LIMIT",
    "STRENGTH_FIELDS",
    "TAG_FIELDS",
    "TIME_FORMAT",
    "TOP_FIELDS",
    "VERSION",
]
