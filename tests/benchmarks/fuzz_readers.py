"""Fuzzes the strict file readers with malformed files and counts what happens.

    cd /work/main && .venv/bin/python tests/benchmarks/fuzz_readers.py [--n 2000] [--seed 1]

Every file a user hands the app goes through one strict reader that must refuse bad input
with one short sentence (InvalidValue or JournalError), never a traceback. This script
builds a valid export, mutates it (deleted fields, swapped types, giant and non-finite
numbers, deep nesting, lone surrogates, control characters, BOMs, byte flips, truncation,
hostile settings), and feeds each file to exchange.read_export. A file the reader accepts
is imported into a fresh in-memory journal, which must then still work with what the app
calls afterwards (boundaries, the encounter list, insights, violation detection, export).
Mutated key files go through keys.read_key_file the same way (counted only).

Seeded: the same --seed and --n give the same files. It prints counts, never asserts;
the hostile-import tests (tests/store/test_hostile_imports.py) hold the assertions.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `wellbeing` importable
    sys.path.insert(0, str(ROOT))

from wellbeing.domain.validation import InvalidValue  # noqa: E402

RAW_PREFIX = "@@raw"
"""A string node spelled like this is replaced by raw JSON text after dumping: how the
script writes numbers and nestings json.dumps cannot (1e999, 5,000 digits, 100,000 levels)."""

RAW_TEXTS = (
    "9" * 5000,
    "-" + "9" * 5000,
    "9" * 400,
    "1e999",
    "-1e999",
    "1e308",
    "5e-324",
    "-0",
    "-0.0",
    "NaN",
    "Infinity",
    "[" * 100_000 + "]" * 100_000,
    '{"a":' * 50_000 + "1" + "}" * 50_000,
    "[" * 40 + "]" * 40,
    "[" * 100_000,
    "1" + "0" * 100_000 + ".5",
)

VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    1,
    11,
    2**31,
    2**63,
    10**30,
    -(10**30),
    0.5,
    5.0,
    "",
    "x",
    "x" * 300_000,
    "\ud800",
    "a\udc80b",
    "\u0000\u001b[31m",
    "\u202eevil",
    "phone",
    "rude",
    "2025-01-01T09:00:00",
    "9999-12-31T23:59:59",
    "0001-01-01T00:00:00",
    "1900-01-01T00:00:00",
    "٢٠٢٥-٠١-٠١T٠٩:٠٠:٠٠",
    [],
    {},
    [1, 2],
    {"a": 1},
    ["x" * 100] * 3,
    ["\ud800"],
)

SETTING_VALUES: dict[str, tuple[Any, ...]] = {
    "boundaries": (
        "abc",
        [],
        {"channels": "abc"},
        {"channels": ["phone"]},
        {"channels": [{"channel": "phone", "hours": "x"}]},
        {"channels": [{"channel": "phone", "hours": ["18:00", "09:00"]}]},
        {"channels": [{"channel": "phone", "hours": ["25:00", "26:00"]}]},
        {"channels": [{"channel": "phone", "accepted": "no"}]},
        {"channels": [{"channel": ["x"]}]},
        {"channels": [{"accepted": False}]},
        {"working_hours": [["09:00", "18:00"]] * 3},
        {"working_hours": "0900"},
        {"working_hours": [{"a": 1}] * 7},
        {"working_hours": [["09:00"]] * 7},
        {"working_hours": [["09:00", "18:00", "20:00"]] * 7},
        {"working_hours": [[9, 18]] * 7},
        {"response_hours": -5},
        {"response_hours": "24"},
        {"response_hours": 10**30},
        {"response_hours": 2.5},
        {"in_scope": 5},
        {"in_scope": "x" * 300_000},
        {"limits": "no"},
        {"limits": [1, 2]},
        {"limits": ["\ud800"]},
        {"respect": None},
        {"colour": "red"},
    ),
    "advice_thresholds": (
        "x",
        [],
        {"window_weeks": f"{RAW_PREFIX}3"},
        {"window_weeks": f"{RAW_PREFIX}4"},
        {"window_weeks": 10**30},
        {"window_weeks": 2.5},
        {"window_weeks": "12"},
        {"window_weeks": True},
        {"watch_mean_impact": 9, "reframe_mean_impact": 2},
        {"min_weeks": 50, "window_weeks": 10},
        {"watch_difficult_share": -1},
        {"later_version_key": 3},
        {"later_version_key": "x" * 300_000},
    ),
    "reframe_follow_up_weeks": (0, 1, 27, 1000, 10**30, -(10**30), 6.5, 6.0, True, "6", None, []),
    "idle_lock_minutes": (0, 241, 10**9, -1, 2.5, True, "10", None, {}),
    "theme": ("dark",),
    "x" * 300: (1,),
    "\ud800": (1,),
}


# --- a valid export to start from ----------------------------------------------------


def base_document() -> dict[str, Any]:
    """A small but complete export: every section and every setting, all valid."""
    from wellbeing.domain.boundaries import Boundaries, ChannelRule, Hours, to_json
    from wellbeing.domain.model import (
        CheckIn,
        Client,
        ClientEvent,
        ClientEventKind,
        Encounter,
        EncounterKind,
        Strength,
    )
    from wellbeing.store import exchange, journal, open_journal, settings

    db = open_journal(":memory:")
    try:
        clients = [Client(id="c1", name="Acme"), Client(id="c2", name="Éditions Ça & Là")]
        for client in clients:
            journal.save_client(db, client)
        start = datetime.now().replace(microsecond=0) - timedelta(weeks=10)
        journal.save_encounters(
            db,
            [
                Encounter(
                    id=f"e{index:02d}",
                    client_id=clients[index % 2].id,
                    occurred_at=start + timedelta(days=index * 2, hours=index % 12),
                    kind=EncounterKind.POSITIVE if index % 5 == 0 else EncounterKind.DIFFICULT,
                    impact=index % 11,
                    channel="phone" if index % 3 else "email",
                    duration_minutes=10 + index,
                    what_happened=f"Appel n°{index} 😤",
                    behaviours=("rude", "out_of_hours") if index % 2 else ("impatient",),
                    irritants=("no_call_back",) if index % 4 == 0 else (),
                    assertiveness=1 + index % 5,
                    company_confidence=1 + (index + 2) % 5,
                    escalated=index % 7 == 0,
                )
                for index in range(30)
            ],
        )
        for index, kind in enumerate(ClientEventKind):
            journal.save_client_event(
                db,
                ClientEvent(
                    id=f"v{index}",
                    client_id="c2",
                    at=start + timedelta(days=3 * index),
                    kind=kind,
                    detail="Plus d'appels après 18 h",
                ),
            )
        for index in range(3):
            journal.save_check_in(
                db,
                CheckIn(
                    id=f"k{index}",
                    answered_at=start + timedelta(weeks=index),
                    strain=(index, 1, 2, 3, 4, 0),
                    wellbeing=(5, index, 1, 2, 3),
                ),
            )
        journal.save_strength(db, Strength(id="s1", text="Réponse rapide", position=0))
        limits = Boundaries(
            channels=(
                ChannelRule(
                    "phone", True, Hours(datetime(1, 1, 1, 9).time(), datetime(1, 1, 1, 17).time())
                ),
                ChannelRule("social", False),
            ),
            in_scope="Web sites",
            respect="Politely",
            limits=("No calls on Sunday",),
        )
        settings.put(db, settings.BOUNDARIES, to_json(limits))
        settings.put(db, settings.IDLE_LOCK_MINUTES, 15)
        settings.put(db, settings.REFRAME_FOLLOW_UP_WEEKS, 8)
        settings.put(db, settings.REMINDERS, {"kinds": {"end_of_day": True}, "end_of_day": "17:30"})
        settings.put(
            db,
            settings.REMINDER_MARKS,
            {"goal:g1": "dismissed", "check_in:2026-W02": "2026-01-13T08:00"},
        )
        settings.put(
            db, settings.ADVICE_THRESHOLDS, {"watch_mean_impact": 6.0, "reframe_crossings": 5}
        )
        return exchange.export_json(db)
    finally:
        db.close()


# --- mutations -----------------------------------------------------------------------


def _slots(node: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key or index) of the tree, depth first."""
    if isinstance(node, dict):
        for key in list(node):
            found.append((node, key))
            _slots(node[key], found)
    elif isinstance(node, list):
        for index in range(len(node)):
            found.append((node, index))
            _slots(node[index], found)
    return found


def _raw(rng: random.Random) -> str:
    return f"{RAW_PREFIX}{rng.randrange(len(RAW_TEXTS))}"


def delete_field(rng: random.Random, doc: Any) -> Any:
    slots = [(c, k) for c, k in _slots(doc, []) if isinstance(c, dict)]
    if slots:
        container, key = rng.choice(slots)
        del container[key]
    return doc


def swap_type(rng: random.Random, doc: Any) -> Any:
    slots = _slots(doc, [])
    if not slots:
        return doc
    container, key = rng.choice(slots)
    container[key] = copy.deepcopy(rng.choice(VALUES)) if rng.random() < 0.8 else _raw(rng)
    return doc


def rename_key(rng: random.Random, doc: Any) -> Any:
    slots = [(c, k) for c, k in _slots(doc, []) if isinstance(c, dict)]
    if slots:
        container, key = rng.choice(slots)
        container[rng.choice(("mood", "x" * 300_000, "\ud800", "", "\u0000"))] = container.pop(key)
    return doc


def raw_number(rng: random.Random, doc: Any) -> Any:
    slots = [(c, k) for c, k in _slots(doc, []) if isinstance(c[k], int | float)]
    if slots:
        container, key = rng.choice(slots)
        container[key] = _raw(rng)
    return doc


def hostile_setting(rng: random.Random, doc: Any) -> Any:
    if not isinstance(doc, dict):
        return doc
    key = rng.choice(list(SETTING_VALUES))
    if not isinstance(doc.get("settings"), dict):
        doc["settings"] = {}
    doc["settings"][key] = copy.deepcopy(rng.choice(SETTING_VALUES[key]))
    return doc


def top_level(rng: random.Random, doc: Any) -> Any:
    return rng.choice(
        ([doc], 42, "format", "wellbeing-journal", None, {"format": "wellbeing-journal"}, [])
    )


def event_in_far_future(rng: random.Random, doc: Any) -> Any:
    events = doc.get("client_events") if isinstance(doc, dict) else None
    if isinstance(events, list) and events and isinstance(events[0], dict):
        rng.choice(events)["at"] = rng.choice(("9999-12-31T23:59:59", "2999-01-01T00:00:00"))
    return doc


TREE_MUTATIONS: tuple[Callable[[random.Random, Any], Any], ...] = (
    delete_field,
    swap_type,
    swap_type,
    rename_key,
    raw_number,
    hostile_setting,
    hostile_setting,
    top_level,
    event_in_far_future,
)


def dump(doc: Any) -> bytes:
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    for index, raw in enumerate(RAW_TEXTS):
        text = text.replace(f'"{RAW_PREFIX}{index}"', raw)
    return text.encode("utf-8", "surrogatepass")


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    mutable = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if mutable:
            mutable[rng.randrange(len(mutable))] = rng.randrange(256)
    return bytes(mutable)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    junk = rng.choice(
        (b"\xef\xbb\xbf", b"\x00", b"\x01", b"\xff\xfe", b"\xed\xa0\x80", b"\\ud800", b"\\u0000")
    )
    where = rng.randrange(len(data) + 1)
    return data[:where] + junk + data[where:]


def re_encode(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        return b"\xef\xbb\xbf" + data
    if choice == 1:
        return b"\xef\xbb\xbf\xef\xbb\xbf" + data
    text = data.decode("utf-8", "surrogatepass")
    return text.encode("utf-16" if choice == 2 else "utf-32", "surrogatepass")


BYTE_MUTATIONS: tuple[Callable[[random.Random, bytes], bytes], ...] = (
    flip_bytes,
    truncate,
    insert_bytes,
    re_encode,
)


def mutated_export(rng: random.Random, base: dict[str, Any]) -> tuple[str, bytes]:
    doc: Any = copy.deepcopy(base)
    names = []
    for _ in range(rng.randint(1, 3)):
        mutation = rng.choice(TREE_MUTATIONS)
        names.append(mutation.__name__)
        doc = mutation(rng, doc)
    data = dump(doc)
    if rng.random() < 0.25:
        mutation = rng.choice(BYTE_MUTATIONS)
        names.append(mutation.__name__)
        data = mutation(rng, data)
    return "+".join(names), data


# --- running -------------------------------------------------------------------------


@dataclass
class Tally:
    refused: int = 0
    accepted: int = 0
    refused_at_import: int = 0
    broke_later: Counter[str] = field(default_factory=Counter)
    tracebacks: Counter[str] = field(default_factory=Counter)
    longest: int = 0
    longest_message: str = ""
    multi_line: int = 0
    examples: dict[str, str] = field(default_factory=dict)
    """The mutations that first produced each kind of traceback."""

    def crash(self, counter: Counter[str], kind: str, example: str) -> None:
        counter[kind] += 1
        self.examples.setdefault(kind, example)

    def refusal(self, message: str) -> None:
        self.refused += 1
        if "\n" in message:
            self.multi_line += 1
        if len(message) > self.longest:
            self.longest, self.longest_message = len(message), message


def _kind(error: BaseException) -> str:
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return f"{type(error).__name__}{where}: {str(error)[:70]}"


def after_import(db: Any) -> None:
    """What the app does with a journal once the import is in."""
    from wellbeing.analysis.violations import detect_violations
    from wellbeing.domain.model import Encounter
    from wellbeing.services import insights
    from wellbeing.store import exchange, journal, settings

    limits = settings.boundaries(db)
    for hour in (3, 9, 20):
        probe = Encounter(
            client_id="c1",
            occurred_at=datetime.now().replace(hour=hour, microsecond=0),
            impact=5,
            channel="phone",
            behaviours=("impatient", "rude"),
        )
        detect_violations(probe, limits)
    journal.list_encounters(db)
    for setting in (settings.IDLE_LOCK_MINUTES, settings.REFRAME_FOLLOW_UP_WEEKS):
        settings.get(db, setting)
    data = insights.load(db)
    result = insights.insights(data, date.today())
    json.dumps(insights.to_json(result, data), allow_nan=False)
    json.dumps(exchange.export_json(db), allow_nan=False)


def fuzz_exports(n: int, rng: random.Random, folder: Path) -> Tally:
    from wellbeing.store import exchange, open_journal

    base = base_document()
    tally = Tally()
    path = folder / "import.json"
    for _ in range(n):
        name, data = mutated_export(rng, base)
        path.write_bytes(data)
        try:
            export = exchange.read_export(path)
        except InvalidValue as error:
            tally.refusal(str(error))
            continue
        except Exception as error:
            tally.crash(tally.tracebacks, f"read_export {_kind(error)}", name)
            continue
        tally.accepted += 1
        db = open_journal(":memory:")
        try:
            try:
                exchange.import_export(db, export)
            except InvalidValue as error:
                tally.refused_at_import += 1
                tally.refusal(str(error))
                continue
            after_import(db)
        except Exception as error:
            tally.crash(tally.broke_later, _kind(error), name)
        finally:
            db.close()
    return tally


def _signed(keys: Any, doc: dict[str, Any]) -> dict[str, Any]:
    """doc with its checksum made right again (as keys.key_file_bytes computes it), when the
    mutated fields can be serialised at all."""
    import hashlib

    rest = {k: v for k, v in doc.items() if k != "checksum"}
    try:
        digest = hashlib.sha256(keys._canonical(rest)).hexdigest()
    except Exception:
        return doc
    return {**doc, "checksum": f"sha256:{digest}"}


def fuzz_key_files(n: int, rng: random.Random, folder: Path) -> Tally:
    """Mutated key files through keys.read_key_file: JournalError is a clean refusal."""
    from wellbeing.store import JournalError, keys

    keys.KDF = keys.Kdf(keys.ARGON2ID, 32, 1, 4)  # the reader never derives a key: cheap
    key_file, _, _ = keys.create_key_file("a fuzzing passphrase")
    good = keys.key_file_bytes(key_file)
    document = json.loads(good)
    tally = Tally()
    path, journal = folder / "journal.wbj.key", folder / "journal.wbj"
    for _ in range(n):
        doc = copy.deepcopy(document)
        for _ in range(rng.randint(1, 2)):
            doc = rng.choice((delete_field, swap_type, rename_key, raw_number, top_level))(rng, doc)
        if isinstance(doc, dict) and "checksum" in doc and rng.random() < 0.5:
            doc = _signed(keys, doc)  # past the checksum, to the checks behind it
        data = dump(doc)
        if rng.random() < 0.3:
            data = rng.choice(BYTE_MUTATIONS)(rng, data)
        path.write_bytes(data)
        try:
            keys.read_key_file(path, journal)
        except (JournalError, InvalidValue) as error:
            tally.refusal(str(error))
            continue
        except Exception as error:
            tally.crash(tally.tracebacks, f"read_key_file {_kind(error)}", "key file")
            continue
        tally.accepted += 1
    return tally


def report(title: str, tally: Tally, n: int, shown: int = 8) -> None:
    print(f"== {title}: {n} files")
    print(f"refused cleanly:        {tally.refused}")
    print(f"accepted:               {tally.accepted}")
    if tally.refused_at_import:
        print(f"  then refused by import: {tally.refused_at_import}")
    if tally.broke_later or title.startswith("import"):
        print(f"  then broke the journal: {sum(tally.broke_later.values())}")
        for kind, count in tally.broke_later.most_common(shown):
            print(f"    {count:5d}  {kind} (e.g. {tally.examples[kind]})")
    print(f"tracebacks:             {sum(tally.tracebacks.values())}")
    for kind, count in tally.tracebacks.most_common(shown):
        print(f"    {count:5d}  {kind} (e.g. {tally.examples[kind]})")
    print(f"longest message:        {tally.longest} characters")
    if tally.longest_message:
        print(f"    {tally.longest_message[:160]!r}{'…' if tally.longest > 160 else ''}")
    if tally.multi_line:
        print(f"messages over several lines: {tally.multi_line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="import files to try")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keys", type=int, default=None, help="key files to try (default n/4)")
    args = parser.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        exports = fuzz_exports(args.n, random.Random(args.seed), folder)
        report("import files (exchange.read_export, then import_export)", exports, args.n)
        count = args.n // 4 if args.keys is None else args.keys
        key_files: Tally | None = None
        try:
            key_files = fuzz_key_files(count, random.Random(args.seed + 1), folder)
        except (ImportError, AttributeError, TypeError) as error:
            print(f"== key files: skipped ({error})")
        else:
            report("key files (keys.read_key_file)", key_files, count)
    total = sum(exports.tracebacks.values()) + sum(exports.broke_later.values())
    print(f"\ntracebacks from import files (read_export, then the journal): {total}")
    if key_files is not None:
        print(f"tracebacks from key files (read_key_file): {sum(key_files.tracebacks.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
