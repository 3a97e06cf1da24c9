"""The journal encrypted at rest: passphrase, recovery key, key file, damage, old schemas."""

from __future__ import annotations

import base64
import json
import os
import re
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.domain.model import Encounter
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import (
    DamagedJournal,
    JournalError,
    WrongPassphrase,
    create_journal,
    keys,
    open_journal,
)
from wellbeing.store import journal as store
from wellbeing.store.connection import change_passphrase, schema_version, verify_passphrase
from wellbeing.store.keys import key_file_path
from wellbeing.store.migrations import MIGRATION_NAMES, migrations

NEW_PASSPHRASE = "another good passphrase"


def assert_one_sentence(message: str) -> None:
    assert message.endswith("."), message
    assert "\n" not in message, message
    assert not re.search(r"[.!?]\s+[A-Z]", message), message


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def recovery_key(journal_path: Path) -> str:
    """A closed journal with one client and one encounter; returns its recovery key."""
    db, recovery = create_journal(journal_path, PASSPHRASE)
    client = store.ensure_client(db, "Acme")
    store.save_encounter(
        db,
        Encounter(
            id="e" * 32,
            client_id=client.id,
            occurred_at=datetime(2026, 3, 2, 8, 15),
            impact=6,
            what_happened="Shouted down the phone.",
            behaviours=("rude",),
        ),
    )
    db.close()
    return recovery


def assert_data_intact(path: Path, secret: str) -> None:
    db = open_journal(path, secret)
    try:
        assert [c.name for c in store.list_clients(db)] == ["Acme"]
        [encounter] = store.list_encounters(db)
        assert encounter.id == "e" * 32
        assert encounter.what_happened == "Shouted down the phone."
        assert encounter.behaviours == ("rude",)
    finally:
        db.close()


# --- passphrase and recovery key -----------------------------------------------------


def test_wrong_passphrase_is_refused_and_changes_nothing(journal_path, recovery_key):
    before = snapshot(journal_path.parent)
    with pytest.raises(WrongPassphrase) as caught:
        open_journal(journal_path, "not the passphrase")
    assert isinstance(caught.value, JournalError)
    assert_one_sentence(str(caught.value))
    assert "Wrong passphrase" in str(caught.value)
    assert snapshot(journal_path.parent) == before
    assert not verify_passphrase(journal_path, "not the passphrase")
    assert verify_passphrase(journal_path, PASSPHRASE)
    assert snapshot(journal_path.parent) == before
    assert_data_intact(journal_path, PASSPHRASE)


def test_a_wrong_recovery_key_is_refused(journal_path, recovery_key):
    other = keys.new_recovery_key()
    assert other != recovery_key
    with pytest.raises(WrongPassphrase):
        open_journal(journal_path, other)


@pytest.mark.parametrize(
    "typed",
    [
        lambda key: key,
        lambda key: key.replace("-", "").lower(),
        lambda key: f"  {key.lower().replace('-', ' ')}  ",
    ],
    ids=["as printed", "lowercase without dashes", "spaced"],
)
def test_the_recovery_key_opens_the_journal(journal_path, recovery_key, typed):
    assert verify_passphrase(journal_path, typed(recovery_key))
    assert_data_intact(journal_path, typed(recovery_key))


def test_change_passphrase(journal_path, recovery_key):
    key_before = key_file_path(journal_path).read_bytes()
    journal_before = journal_path.read_bytes()

    change_passphrase(journal_path, PASSPHRASE, NEW_PASSPHRASE)

    assert key_file_path(journal_path).read_bytes() != key_before
    assert journal_path.read_bytes() == journal_before  # only the key is rewrapped
    with pytest.raises(WrongPassphrase):
        open_journal(journal_path, PASSPHRASE)
    assert not verify_passphrase(journal_path, PASSPHRASE)
    assert verify_passphrase(journal_path, NEW_PASSPHRASE)
    assert_data_intact(journal_path, NEW_PASSPHRASE)
    assert_data_intact(journal_path, recovery_key)
    assert sorted(p.name for p in journal_path.parent.iterdir()) == [
        journal_path.name,
        key_file_path(journal_path).name,
        journal_path.name + ".lock",  # empty: says who has the journal open
    ]


def test_change_passphrase_with_the_recovery_key(journal_path, recovery_key):
    change_passphrase(journal_path, recovery_key.replace("-", "").lower(), NEW_PASSPHRASE)
    assert_data_intact(journal_path, NEW_PASSPHRASE)
    assert_data_intact(journal_path, recovery_key)
    assert not verify_passphrase(journal_path, PASSPHRASE)


def test_change_passphrase_needs_the_current_one(journal_path, recovery_key):
    before = snapshot(journal_path.parent)
    with pytest.raises(WrongPassphrase) as caught:
        change_passphrase(journal_path, "not the passphrase", NEW_PASSPHRASE)
    assert_one_sentence(str(caught.value))
    assert snapshot(journal_path.parent) == before
    assert_data_intact(journal_path, PASSPHRASE)


@pytest.mark.parametrize("short", ["", "a", "seven77"])
def test_a_short_passphrase_is_refused(journal_path, recovery_key, tmp_path, short):
    assert len(short) < keys.MIN_PASSPHRASE
    fresh = tmp_path / "fresh" / "journal.wbj"
    with pytest.raises(InvalidValue) as caught:
        create_journal(fresh, short)
    assert_one_sentence(str(caught.value))
    assert not fresh.exists()
    assert not key_file_path(fresh).exists()

    before = snapshot(journal_path.parent)
    with pytest.raises(InvalidValue):
        change_passphrase(journal_path, PASSPHRASE, short)
    assert snapshot(journal_path.parent) == before
    assert_data_intact(journal_path, PASSPHRASE)


def test_an_eight_character_passphrase_is_enough(journal_path):
    db, _ = create_journal(journal_path, "x" * keys.MIN_PASSPHRASE)
    db.close()
    open_journal(journal_path, "x" * keys.MIN_PASSPHRASE).close()


# --- the key file --------------------------------------------------------------------


def test_the_key_file_is_written_atomically_and_holds_no_data_key(journal_path, recovery_key):
    key_path = key_file_path(journal_path)
    assert key_path.name == "journal.wbj.key"
    data_key = keys.unlock(keys.read_key_file(key_path, journal_path), PASSPHRASE, journal_path)
    assert len(data_key) == 32
    change_passphrase(journal_path, PASSPHRASE, NEW_PASSPHRASE)
    assert keys.unlock(
        keys.read_key_file(key_path, journal_path), NEW_PASSPHRASE, journal_path
    ) == (data_key)

    assert not list(journal_path.parent.glob("*.tmp"))
    raw = key_path.read_bytes()
    for secret in (
        data_key,
        data_key.hex().encode(),
        data_key.hex().upper().encode(),
        base64.b64encode(data_key),
        base64.urlsafe_b64encode(data_key),
        PASSPHRASE.encode(),
        NEW_PASSPHRASE.encode(),
        recovery_key.encode(),
        recovery_key.replace("-", "").encode(),
    ):
        assert secret not in raw
    document = json.loads(raw)
    assert document["format"] == "wellbeing-journal-key"
    assert "Acme" not in raw.decode()


def test_a_crash_while_writing_the_key_file_keeps_the_old_one(
    journal_path, recovery_key, monkeypatch
):
    key_path = key_file_path(journal_path)
    before = key_path.read_bytes()

    def crash(*args: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(keys.os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        change_passphrase(journal_path, PASSPHRASE, NEW_PASSPHRASE)
    monkeypatch.undo()

    assert key_path.read_bytes() == before
    assert_data_intact(journal_path, PASSPHRASE)
    assert_data_intact(journal_path, recovery_key)


def test_a_missing_key_file_is_a_clear_error(journal_path, recovery_key):
    key_file_path(journal_path).unlink()
    before = snapshot(journal_path.parent)
    for attempt in (
        lambda: open_journal(journal_path, PASSPHRASE),
        lambda: verify_passphrase(journal_path, PASSPHRASE),
        lambda: change_passphrase(journal_path, PASSPHRASE, NEW_PASSPHRASE),
    ):
        with pytest.raises(JournalError) as caught:
            attempt()
        message = str(caught.value)
        assert_one_sentence(message)
        assert "journal.wbj.key" in message
        assert "missing" in message
    assert snapshot(journal_path.parent) == before


def _nonce_of_wrong_length(text: str) -> str:
    document = json.loads(text)
    document["passphrase"]["nonce"] = base64.b64encode(b"123").decode()
    return json.dumps(document)


def _format_of_another_app(text: str) -> str:
    return json.dumps({**json.loads(text), "format": "something-else"})


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "",
        lambda text: text[: len(text) // 2],
        lambda text: "\x00" * len(text),
        lambda text: text.replace('"passphrase"', '"pass"'),
        _format_of_another_app,
        lambda text: "null",
        lambda text: "[]",
        _nonce_of_wrong_length,
    ],
    ids=[
        "empty",
        "truncated",
        "zeroed",
        "slot missing",
        "another format",
        "json null",
        "json list",
        "nonce of the wrong length",
    ],
)
def test_a_damaged_key_file_is_a_clear_error(journal_path, recovery_key, damage):
    key_path = key_file_path(journal_path)
    key_path.write_text(damage(key_path.read_text(encoding="utf-8")), encoding="utf-8")
    before = snapshot(journal_path.parent)

    with pytest.raises(JournalError) as caught:
        open_journal(journal_path, PASSPHRASE)
    assert_one_sentence(str(caught.value))
    assert "key file" in str(caught.value) or "passphrase" in str(caught.value)
    assert snapshot(journal_path.parent) == before


def test_a_key_file_of_random_bytes_is_a_clear_error(journal_path, recovery_key):
    key_file_path(journal_path).write_bytes(os.urandom(300) + b"\xff")
    with pytest.raises(JournalError) as caught:
        open_journal(journal_path, PASSPHRASE)
    assert_one_sentence(str(caught.value))
    assert "damaged" in str(caught.value)


# --- a damaged journal ---------------------------------------------------------------


@pytest.fixture
def big_journal(journal_path: Path) -> bytes:
    """A closed journal of several pages; returns its bytes."""
    db, _ = create_journal(journal_path, PASSPHRASE)
    for i in range(300):
        store.ensure_client(db, f"Client number {i:04}")
    db.close()
    data = journal_path.read_bytes()
    assert len(data) > 16 * 4096
    return data


def _remove_logs(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


@pytest.mark.parametrize(
    "keep",
    [
        lambda size: 100,
        lambda size: 4096,
        lambda size: size // 2,
        lambda size: size - 4096,  # the last page lost, as by an interrupted copy
        lambda size: size - 1,
    ],
    ids=["to 100 bytes", "to one page", "to half", "by its last page", "by one byte"],
)
def test_a_truncated_journal_is_damaged(journal_path, big_journal, keep):
    journal_path.write_bytes(big_journal[: keep(len(big_journal))])
    before = snapshot(journal_path.parent)

    with pytest.raises(DamagedJournal) as caught:
        db = open_journal(journal_path, PASSPHRASE)
        try:  # shows what a user would meet next if the damage is not seen on opening
            store.list_clients(db)
        finally:
            db.close()
    assert_one_sentence(str(caught.value))
    _remove_logs(journal_path)
    assert snapshot(journal_path.parent) == before


def test_a_journal_overwritten_with_random_bytes_is_damaged(journal_path, big_journal):
    journal_path.write_bytes(os.urandom(len(big_journal)))
    before = snapshot(journal_path.parent)
    with pytest.raises(DamagedJournal) as caught:
        open_journal(journal_path, PASSPHRASE)
    assert_one_sentence(str(caught.value))
    assert str(journal_path) in str(caught.value)
    assert snapshot(journal_path.parent) == before


def test_a_journal_with_a_key_file_of_another_journal_is_damaged(
    tmp_path, journal_path, big_journal
):
    other = tmp_path / "other.wbj"
    create_journal(other, PASSPHRASE)[0].close()
    key_file_path(other).replace(key_file_path(journal_path))
    other.unlink()
    before = snapshot(journal_path.parent)
    with pytest.raises(DamagedJournal) as caught:
        open_journal(journal_path, PASSPHRASE)
    assert_one_sentence(str(caught.value))
    assert snapshot(journal_path.parent) == before


# --- nothing readable on disk --------------------------------------------------------

SECRET = "ZEBRA-SECRET-4711"


def assert_secret_absent(folder: Path) -> list[str]:
    names = sorted(p.name for p in folder.iterdir())
    for file in folder.iterdir():
        data = file.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert SECRET.encode(encoding) not in data, (file.name, encoding)
        assert SECRET.lower().encode() not in data, file.name
    return names


def test_a_secret_phrase_never_reaches_the_disk_in_clear(journal_path):
    db, _ = create_journal(journal_path, PASSPHRASE)
    client = store.ensure_client(db, SECRET)
    store.save_encounter(
        db,
        Encounter(
            client_id=client.id,
            occurred_at=datetime(2026, 3, 2, 8, 15),
            impact=9,
            what_happened=f"{SECRET} called me at home and shouted.",
            next_time=f"Tell {SECRET} my hours.",
        ),
    )
    store.save_draft(db, {"client": SECRET, "what_happened": f"{SECRET} again"})
    # While open, the latest writes sit in the write-ahead log: it is encrypted too.
    open_names = assert_secret_absent(journal_path.parent)
    assert f"{journal_path.name}-wal" in open_names
    db.close()

    names = assert_secret_absent(journal_path.parent)
    assert journal_path.name in names
    assert key_file_path(journal_path).name in names

    db = open_journal(journal_path, PASSPHRASE)
    try:  # and yet it is all there
        assert [c.name for c in store.list_clients(db)] == [SECRET]
        [encounter] = store.list_encounters(db)
        assert SECRET in encounter.what_happened
        assert store.load_draft(db)[0]["client"] == SECRET
    finally:
        db.close()
    assert_secret_absent(journal_path.parent)


# --- upgrades from every earlier schema ----------------------------------------------

ROWS_ADDED_BY = {
    "0001_clients_and_encounters": [
        "INSERT INTO clients (id, name, name_key, revenue_share, status) "
        "VALUES ('c1', 'Acme', 'acme', 40.0, 'reframed')",
        "INSERT INTO encounters (id, client_id, occurred_at, kind, impact, channel, "
        "duration_minutes, what_happened, lingered, assertiveness, company_confidence, "
        "outcome, escalated, backed, next_time) VALUES ('e1', 'c1', '2026-01-05T17:00:00', "
        "'difficult', 8, 'phone', 25, 'Shouted at me.', 'rest_of_day', 2, 3, 'pending', 1, "
        "'partly', 'Hang up sooner.')",
        "INSERT INTO encounter_tags (encounter_id, facet, tag) "
        "VALUES ('e1', 'behaviour', 'shouting'), ('e1', 'emotion', 'tense')",
    ],
    "0002_strengths_and_drafts": [
        "INSERT INTO strengths (id, text, position) VALUES ('s1', 'I stay calm.', 0)",
        "INSERT INTO drafts (slot, payload, saved_at) "
        """VALUES ('encounter', '{"impact": 3}', '2026-01-06T00:00:00')""",
    ],
    "0003_settings": [
        "INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', '25')",
    ],
    "0004_check_ins_and_client_events": [
        "INSERT INTO check_ins (id, answered_at, strain, wellbeing) "
        "VALUES ('k1', '2026-01-07T18:00:00', '[1, 2, 3, 2, 1, 0]', '[3, 3, 2, 4, 3]')",
        "INSERT INTO client_events (id, client_id, at, kind, detail) "
        "VALUES ('v1', 'c1', '2026-01-08T10:00:00', 'reframed', 'Limits stated by email.')",
        "INSERT INTO encounter_tags (encounter_id, facet, tag) "
        "VALUES ('e1', 'violation', 'respect')",
    ],
    "0005_sharing_memory": [
        "INSERT INTO sharing_memory (key, value) VALUES ('team_code', '\"SUPPORT-7\"')",
    ],
    "0006_goals_and_coaching": [
        "INSERT INTO goals (id, what, by_when, added_at) "
        "VALUES ('g1', 'Say no to evening calls', '2026-02-01', '2026-01-09T10:00:00')",
        "INSERT INTO coachees (id, label, added_at) VALUES ('p1', 'A.', '2026-01-09T10:00:00')",
    ],
}


def test_every_migration_has_representative_rows():
    assert list(ROWS_ADDED_BY) == MIGRATION_NAMES


def old_encrypted_journal(path: Path, applied: int) -> None:
    """A closed encrypted journal holding only the first `applied` migrations, with rows."""
    create_journal(path, PASSPHRASE)[0].close()
    db = open_journal(path, PASSPHRASE, upgrade=False)
    try:
        db.execute("PRAGMA foreign_keys = OFF")
        for name in reversed(db.table_names()):
            db.execute(f"DROP TABLE [{name}]")
        db.execute("PRAGMA foreign_keys = ON")
        db.conn.commit()
        assert db.table_names() == []
        if applied < len(MIGRATION_NAMES):
            migrations.apply(db, stop_before=MIGRATION_NAMES[applied])
        else:
            migrations.apply(db)
        assert [m.name for m in migrations.applied(db)] == MIGRATION_NAMES[:applied]
        for name in MIGRATION_NAMES[:applied]:
            for statement in ROWS_ADDED_BY[name]:
                db.execute(statement)
        db.conn.commit()
    finally:
        db.close()


@pytest.mark.parametrize(
    "applied",
    range(len(MIGRATION_NAMES) + 1),
    ids=lambda n: f"after {MIGRATION_NAMES[n - 1]}" if n else "empty",
)
def test_upgrade_from_every_earlier_schema_keeps_data(journal_path, applied):
    old_encrypted_journal(journal_path, applied)

    db = open_journal(journal_path, PASSPHRASE, upgrade=False)
    try:
        assert schema_version(db) == applied  # not upgraded behind the caller's back
    finally:
        db.close()

    db = open_journal(journal_path, PASSPHRASE)
    try:
        assert schema_version(db) == len(MIGRATION_NAMES)
        assert [m.name for m in migrations.applied(db)] == MIGRATION_NAMES
        has = set(MIGRATION_NAMES[:applied])
        if "0001_clients_and_encounters" in has:
            [client] = store.list_clients(db)
            assert (client.id, client.name, client.revenue_share) == ("c1", "Acme", 40.0)
            assert str(client.status) == "reframed"
            encounter = store.get_encounter(db, "e1")
            assert encounter is not None
            assert encounter.occurred_at == datetime(2026, 1, 5, 17, 0)
            assert (encounter.impact, encounter.channel, encounter.duration_minutes) == (
                8,
                "phone",
                25,
            )
            assert encounter.what_happened == "Shouted at me."
            assert encounter.behaviours == ("shouting",)
            assert encounter.emotions == ("tense",)
            assert (encounter.escalated, encounter.backed) == (True, "partly")
            assert encounter.next_time == "Hang up sooner."
        else:
            assert store.list_clients(db) == []
        if "0002_strengths_and_drafts" in has:
            assert [s.text for s in store.list_strengths(db)] == ["I stay calm."]
            assert store.load_draft(db) == ({"impact": 3}, datetime(2026, 1, 6))
        else:
            assert store.list_strengths(db) == []
            assert store.load_draft(db) is None
        settings = dict(db.execute("SELECT key, value FROM settings").fetchall())
        assert settings == ({"idle_lock_minutes": "25"} if "0003_settings" in has else {})

        # Everything works on the upgraded journal.
        client = store.ensure_client(db, "Globex")
        store.save_encounter(
            db,
            Encounter(client_id=client.id, occurred_at=datetime(2026, 2, 1, 9, 0), impact=2),
        )
        store.save_draft(db, {"impact": 5}, now=datetime(2026, 2, 2))
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('k', '1')")
        db.conn.commit()
    finally:
        db.close()

    db = open_journal(journal_path, PASSPHRASE)
    try:
        assert len(store.list_clients(db)) == (2 if applied else 1)
        assert store.load_draft(db) == ({"impact": 5}, datetime(2026, 2, 2))
    finally:
        db.close()
