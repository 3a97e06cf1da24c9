"""Export and import of the whole journal: a documented JSON format, and a CSV for spreadsheets.

- ``format``: the JSON format, documented field by field, and its constants;
- ``writer``: the journal as that JSON (optionally sealed) or as a CSV, written atomically;
- ``reader``: a file checked field by field into domain objects, over the generic strict
  toolkit (wellbeing.store.strict) that every file from outside is read with;
- ``merge``: a checked file planned against the journal, then written all or nothing.
"""

from __future__ import annotations

from wellbeing.store.exchange import format, merge, reader, writer
from wellbeing.store.exchange.format import (
    CHECK_IN_FIELDS,
    CLIENT_EVENT_FIELDS,
    CLIENT_FIELDS,
    CSV_COLUMNS,
    CSV_TIME_FORMAT,
    ENCOUNTER_FIELDS,
    FORMAT,
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_EXPORTED_AT,
    MAX_IMPORT_BYTES,
    STRENGTH_FIELDS,
    TAG_FIELDS,
    TIME_FORMAT,
    TOP_FIELDS,
    VERSION,
)
from wellbeing.store.exchange.merge import Counts, ImportSummary, import_export
from wellbeing.store.exchange.reader import Export, read_export
from wellbeing.store.exchange.writer import export_csv, export_json, write_json

__all__ = [
    "CHECK_IN_FIELDS",
    "CLIENT_EVENT_FIELDS",
    "CLIENT_FIELDS",
    "CSV_COLUMNS",
    "CSV_TIME_FORMAT",
    "ENCOUNTER_FIELDS",
    "FORMAT",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_EXPORTED_AT",
    "MAX_IMPORT_BYTES",
    "STRENGTH_FIELDS",
    "TAG_FIELDS",
    "TIME_FORMAT",
    "TOP_FIELDS",
    "VERSION",
    "Counts",
    "Export",
    "ImportSummary",
    "export_csv",
    "export_json",
    "format",
    "import_export",
    "merge",
    "read_export",
    "reader",
    "write_json",
    "writer",
]
