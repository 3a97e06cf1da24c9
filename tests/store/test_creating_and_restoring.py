"""Creating and restoring a journal: exclusive, whole, and never over what was there."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.store import (
    JournalBusy,
    JournalExists,
    JournalExpected,
    WrongPassphrase,
    create_journal,
    journal,
    open_journal,
)
from wellbeing.store.backup import MANUAL, backups_folder, make_backup, sweep_partials
from wellbeing.store.keys import key_file_path
from wellbeing.store.paths import staged_path
from wellbeing.store.restore import finish_restore, restore_backup, restore_interrupted

POSIX = pytest.mark.skipif(os.name != "posix", reason="permissions and flock are POSIX")


def clients_of(path: Path, secret: str = PASSPHRASE) -> list[str]:
    db = open_journal(path, secret)
    try:
        return [client.name for client in journal.list_clients(db)]
    finally:
        db.close()


def journal_with(path: Path, *names: str) -> None:
    db, _recovery = create_journal(path, PASSPHRASE)
    for name in names:
        journal.ensure_client(db, name)
    db.close()


def test_creating_an_existing_journal_says_so_and_keeps_its_key(journal_path: Path):
    journal_with(journal_path, "Acme")
    key_before = key_file_path(journal_path).read_bytes()
    with pytest.raises(JournalExists):
        create_journal(journal_path, "another passphrase")
    assert key_file_path(journal_path).read_bytes() == key_before
    assert clients_of(journal_path) == ["Acme"]


def test_a_key_file_without_its_journal_is_never_written_over(journal_path: Path):
    journal_with(journal_path, "Acme")
    key_before = key_file_path(journal_path).read_bytes()
    journal_path.unlink()
    with pytest.raises(JournalExpected, match="key file"):
        create_journal(journal_path, PASSPHRASE)
    assert key_file_path(journal_path).read_bytes() == key_before
    assert not journal_path.exists()


def test_backups_beside_a_missing_journal_mean_one_was_here(journal_path: Path):
    journal_with(journal_path, "Acme")
    db = open_journal(journal_path, PASSPHRASE)
    make_backup(db, journal_path, MANUAL)
    db.close()
    journal_path.unlink()
    key_file_path(journal_path).unlink()
    with pytest.raises(JournalExpected, match="wellbeing restore"):
        create_journal(journal_path, PASSPHRASE)
    assert not journal_path.exists() and not key_file_path(journal_path).exists()


RACER = """
import contextlib, sys
from wellbeing.store import locks
if sys.argv[3] == "without":  # as on Windows or a share without flock: no lock to take
    locks.exclusive = lambda *args: contextlib.nullcontext()
    locks.hold = lambda *args, **kwargs: locks.Hold(None)
from wellbeing.store import JournalExists, create_journal, open_journal
from wellbeing.store import journal
path = sys.argv[1]
try:
    db, key = create_journal(path, "a test passphrase")
    print("CREATED", key)
except JournalExists:
    db = open_journal(path, "a test passphrase")
    print("OPENED")
journal.ensure_client(db, "Client " + sys.argv[2])
db.close()
"""


@pytest.mark.parametrize("file_locks", ["with", "without"])
def test_three_creators_at_once_share_one_journal_and_one_recovery_key(
    tmp_path: Path, file_locks: str
):
    path = tmp_path / "race" / "journal.wbj"
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(path), str(n), file_locks],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(3)
    ]
    outputs = [racer.communicate(timeout=120) for racer in racers]
    assert all(racer.returncode == 0 for racer in racers), outputs
    created = [out for out, _err in outputs if out.startswith("CREATED")]
    assert len(created) == 1, outputs
    recovery_key = created[0].split()[1]
    # The one recovery key printed opens the journal, which holds every racer's client.
    assert clients_of(path, recovery_key) == ["Client 0", "Client 1", "Client 2"]


@POSIX
def test_journal_key_and_backups_are_for_their_owner_only(tmp_path: Path):
    path = tmp_path / "private" / "journal.wbj"
    journal_with(path, "Acme")
    db = open_journal(path, PASSPHRASE)
    backup = make_backup(db, path, MANUAL)
    db.close()
    for file in (path, key_file_path(path), backup, key_file_path(backup)):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    for folder in (path.parent, backups_folder(path)):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


@POSIX
def test_a_journal_made_readable_by_others_is_tightened_when_opened(journal_path: Path):
    journal_with(journal_path, "Acme")
    os.chmod(journal_path, 0o644)
    os.chmod(key_file_path(journal_path), 0o644)
    clients_of(journal_path)
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file_path(journal_path).stat().st_mode) == 0o600


# --- restore -----------------------------------------------------------------------------


def backed_up(path: Path, *names: str) -> Path:
    journal_with(path, *names)
    db = open_journal(path, PASSPHRASE)
    backup = make_backup(db, path, MANUAL)
    db.close()
    return backup


def test_restore_puts_back_the_journal_with_its_own_key(journal_path: Path):
    """The journal went missing and a new one (new key) was made: the backup's key returns."""
    backup = backed_up(journal_path, "Acme")
    newcomer = journal_path.with_name("elsewhere.wbj")
    journal_with(newcomer, "Newcomer")  # another data key, the same passphrase
    os.replace(newcomer, journal_path)  # as an older version of the app did in place
    os.replace(key_file_path(newcomer), key_file_path(journal_path))
    kept = restore_backup(backup, journal_path, PASSPHRASE)
    assert clients_of(journal_path) == ["Acme"]
    assert kept is not None and clients_of(kept) == ["Newcomer"]


def test_restore_keeps_a_passphrase_changed_since_the_backup(journal_path: Path):
    from wellbeing.store.connection import change_passphrase

    backup = backed_up(journal_path, "Acme")
    change_passphrase(journal_path, PASSPHRASE, "a newer passphrase")
    restore_backup(backup, journal_path, "a newer passphrase")
    assert clients_of(journal_path, "a newer passphrase") == ["Acme"]


def test_a_wrong_passphrase_restores_nothing(journal_path: Path):
    backup = backed_up(journal_path, "Acme")
    db = open_journal(journal_path, PASSPHRASE)
    journal.ensure_client(db, "Globex")
    db.close()
    with pytest.raises(WrongPassphrase):
        restore_backup(backup, journal_path, "not the passphrase")
    assert clients_of(journal_path) == ["Acme", "Globex"]
    assert not staged_path(journal_path).exists()
    assert [b.reason for b in _backups(journal_path)] == [MANUAL]


def _backups(path: Path):
    from wellbeing.store.backup import list_backups

    return list_backups(path)


@POSIX
def test_restore_is_refused_while_the_journal_is_open_elsewhere(journal_path: Path):
    backup = backed_up(journal_path, "Acme")
    holder = open_journal(journal_path, PASSPHRASE)  # the window, still open
    try:
        with pytest.raises(JournalBusy, match="close it"):
            restore_backup(backup, journal_path, PASSPHRASE)
        journal.ensure_client(holder, "Globex")  # its saves still land in the journal
    finally:
        holder.close()
    assert clients_of(journal_path) == ["Acme", "Globex"]


def test_an_interrupted_restore_is_finished_not_replaced_by_an_empty_journal(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from wellbeing.store import restore as restore_module

    backup = backed_up(journal_path, "Acme")

    def crash(staged: Path, journal_file: Path) -> None:
        raise KeyboardInterrupt  # the process dies after moving the journal away

    monkeypatch.setattr(restore_module, "_swap_in", crash)
    monkeypatch.setattr(restore_module, "_put_back", lambda kept, path: None)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(backup, journal_path, PASSPHRASE)
    monkeypatch.undo()
    assert not journal_path.exists() and restore_interrupted(journal_path)
    with pytest.raises(JournalExpected, match="interrupted"):
        create_journal(journal_path, PASSPHRASE)
    finish_restore(journal_path, PASSPHRASE)
    assert clients_of(journal_path) == ["Acme"]


def test_two_restores_in_the_same_second_keep_both_journals_they_replaced(journal_path: Path):
    first = backed_up(journal_path, "Acme")
    db = open_journal(journal_path, PASSPHRASE)
    journal.ensure_client(db, "Globex")
    second = make_backup(db, journal_path, MANUAL, now=datetime.now() + timedelta(seconds=5))
    journal.ensure_client(db, "Original")
    db.close()
    moment = datetime(2026, 12, 4, 22, 28, 38)
    kept_first = restore_backup(first, journal_path, PASSPHRASE, now=moment)
    kept_second = restore_backup(second, journal_path, PASSPHRASE, now=moment)
    assert kept_first != kept_second
    assert clients_of(kept_first) == ["Acme", "Globex", "Original"]
    assert clients_of(kept_second) == ["Acme"]


def test_a_half_copied_backup_is_never_swapped_in(journal_path: Path):
    """A crash while the backup was being copied beside the journal: nothing to finish."""
    backup = backed_up(journal_path, "Acme")
    partial = journal_path.with_name(journal_path.name + ".restoring.partial")
    partial.write_bytes(backup.read_bytes()[:8192])
    assert not restore_interrupted(journal_path)
    restore_backup(backup, journal_path, PASSPHRASE)
    assert clients_of(journal_path) == ["Acme"] and not partial.exists()


@POSIX
def test_a_file_system_without_locks_still_opens_and_restores(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import errno
    import fcntl

    backup = backed_up(journal_path, "Acme")

    def no_locks(*args):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    assert clients_of(journal_path) == ["Acme"]
    restore_backup(backup, journal_path, PASSPHRASE)
    assert clients_of(journal_path) == ["Acme"]


def test_stale_partial_backups_are_swept(journal_path: Path):
    backed_up(journal_path, "Acme")
    folder = backups_folder(journal_path)
    old = folder / f"{journal_path.stem}-20200101-000000-daily.wbj.partial"
    fresh = folder / f"{journal_path.stem}-20200101-000001-daily.wbj.partial"
    old.write_bytes(b"x" * 1000)
    fresh.write_bytes(b"x" * 1000)
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    assert sweep_partials(journal_path) == [old]
    assert fresh.exists()  # it may be another process's backup still being written
    assert sweep_partials(journal_path, datetime.now() + timedelta(hours=2)) == [fresh]


WRITER = """
import sys
from datetime import datetime
from wellbeing.store import open_journal, journal
from wellbeing.domain.model import Encounter, EncounterKind
db = open_journal(sys.argv[1], "a test passphrase")
client = journal.ensure_client(db, "Acme")
for n in range(int(sys.argv[2])):
    journal.save_encounter(db, Encounter(client_id=client.id, occurred_at=datetime(2026, 1, 5),
                                         impact=n % 11, kind=EncounterKind.DIFFICULT))
db.close()
"""


def test_concurrent_writers_wait_their_turn(journal_path: Path):
    journal_with(journal_path, "Acme")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(journal_path), "40"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    errors = [writer.communicate(timeout=120)[1] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0, 0], errors
    db = open_journal(journal_path, PASSPHRASE)
    try:
        assert journal.count_encounters(db) == 120
    finally:
        db.close()
