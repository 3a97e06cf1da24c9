"""`wellbeing log` while the app runs on the journal: the app saves the entry (no KDF).

The command line runs in a thread (its socket waits for the answer) while the test's event
loop serves the app's side, as two processes would.
"""

from __future__ import annotations

import os
import socket
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellbeing import cli
from wellbeing.services import handoff
from wellbeing.store import journal, open_journal
from wellbeing.ui.cli_handoff import serve_window
from wellbeing.ui.single_instance import SingleInstance

from ..conftest import PASSPHRASE


@pytest.fixture
def serving(window, journal_path: Path) -> Iterator[SingleInstance]:
    """The window listening on its journal's socket, as the app started by `wellbeing` is."""
    instance = SingleInstance(journal_path)
    assert instance.claim()
    serve_window(instance, window)
    yield instance
    instance.release()


@pytest.fixture
def no_own_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line must not open the journal itself: the app saves."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("the command line opened the journal")

    monkeypatch.setattr(cli, "_open", refuse)


def run_cli(qtbot, *argv: str) -> int:
    """`wellbeing ARGV` in a thread, while the app's event loop answers it."""
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(cli.main(list(argv))))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    return result[0]


def test_the_running_app_saves_the_entry_and_its_list_shows_it(
    qtbot, window, serving, journal_path: Path, capsys, no_own_write
):
    code = run_cli(
        qtbot,
        "--journal",
        str(journal_path),
        "log",
        "--client",
        "Acme",
        "--impact",
        "7",
        "--behaviour",
        "rude",
        "--text",
        "Shouted about the invoice",
    )

    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    [saved] = journal.list_encounters(window.store.db)
    assert out.strip() == saved.id  # the same confirmation as when it writes itself
    assert (saved.impact, saved.behaviours, saved.what_happened) == (
        7,
        ("rude",),
        "Shouted about the invoice",
    )
    assert window.journal_page.proxy.rowCount() == 1
    assert "from the command line: Acme, impact 7" in window.statusBar().currentMessage()
    window.undo()  # Ctrl+Z undoes it, as a save in the window
    assert window.journal_page.proxy.rowCount() == 0
    assert journal.list_clients(window.store.db) == []


def test_a_refused_entry_gets_one_sentence_and_nothing_is_saved(
    qtbot, window, serving, journal_path: Path, capsys, no_own_write
):
    code = run_cli(
        qtbot,
        "--journal",
        str(journal_path),
        "log",
        "--client",
        "Nobody",
        "--strict-client",
        "--impact",
        "3",
    )

    _out, err = capsys.readouterr()
    assert code == cli.USER_ERROR
    assert err == "wellbeing: No client is called 'Nobody' in this journal.\n"
    assert journal.list_encounters(window.store.db) == []
    assert window.journal_page.proxy.rowCount() == 0


def test_an_unreadable_or_impossible_entry_is_refused_by_the_app(window, qtbot, journal_path):
    from wellbeing.ui.cli_handoff import answer_for_window

    garbled = answer_for_window(window, journal_path, b'{"client": "Acme"')
    impossible = answer_for_window(
        window,
        journal_path,
        b'{"client": "Acme", "detect": true, "strict_client": false, '
        b'"encounter": {"client_id": "", "occurred_at": "2026-03-02T08:15:00", "impact": 11}}',
    )

    assert "cannot read" in garbled.decode() and "nothing was saved" in garbled.decode()
    assert b"Impact must be" in impossible
    assert journal.list_encounters(window.store.db) == []


def test_a_locked_app_lets_the_command_line_write_itself(
    qtbot, window, serving, journal_path: Path, capsys
):
    window.lock()

    code = run_cli(
        qtbot, "--journal", str(journal_path), "log", "--client", "Acme", "--impact", "4"
    )

    assert code == 0
    out, _err = capsys.readouterr()
    assert [e.id for e in journal.list_encounters(window.store.db)] == [out.strip()]


def test_without_a_running_app_the_command_line_writes_as_before(journal_path: Path, capsys):
    from wellbeing.store import create_journal

    create_journal(journal_path, PASSPHRASE)[0].close()
    # A socket left by an app that crashed: nobody answers, so the command line writes.
    path = handoff.server_name(journal_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stale:
        stale.bind(path)
    try:
        code = cli.main(
            ["--journal", str(journal_path), "log", "--client", "Acme", "--impact", "2"]
        )
    finally:
        os.unlink(path)

    assert code == 0
    db = open_journal(journal_path, PASSPHRASE)
    try:
        [saved] = journal.list_encounters(db)
    finally:
        db.close()
    assert capsys.readouterr().out.strip() == saved.id


def test_the_socket_is_for_this_user_only(serving):
    path = serving.server.fullServerName()
    mode = os.stat(path).st_mode

    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0  # no group or other access: others cannot connect


@pytest.mark.skipif(os.name != "posix" or os.getuid() != 0, reason="needs root to chown")
def test_the_command_line_never_sends_its_entry_to_another_users_socket(journal_path: Path):
    from datetime import datetime

    from wellbeing.domain.model import Encounter
    from wellbeing.services.encounters import EncounterEntry

    path = handoff.server_name(journal_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as squatter:
        squatter.bind(path)
        squatter.listen()
        os.chown(path, 65534, 65534)  # made by another user (nobody)
        squatter.settimeout(0.2)
        entry = EncounterEntry(
            "Acme", Encounter(client_id="", occurred_at=datetime.now(), impact=5)
        )
        try:
            assert handoff.hand_off(journal_path, handoff.LogRequest(entry)) is None
            with pytest.raises(TimeoutError):
                squatter.accept()  # it never even connected
        finally:
            os.unlink(path)


def test_a_connection_from_another_user_is_dropped_unread(
    qtbot, window, serving, journal_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Where the system says who connected (SO_PEERCRED), another user id is refused."""
    monkeypatch.setattr(handoff, "peer_user", lambda _connection: os.getuid() + 1)
    answered: list[bytes] = []
    monkeypatch.setattr(serving, "log_handler", lambda payload: answered.append(payload) or b"")

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as other:
        other.connect(serving.server.fullServerName())
        other.sendall(b'log {"client": "Acme"}\n')
        other.settimeout(0.05)
        received: list[bytes] = []

        def closed() -> bool:
            try:
                received.append(other.recv(100))
            except TimeoutError:
                return False
            except ConnectionResetError:  # aborted: closed all the same
                received.append(b"")
            return True

        qtbot.waitUntil(closed, timeout=5000)

    assert received == [b""] and answered == []  # closed without a word, nothing handled


def test_the_capture_window_alone_takes_the_entry_too(qtbot, journal_path: Path, capsys):
    from wellbeing.store import create_journal
    from wellbeing.ui.cli_handoff import serve_store
    from wellbeing.ui.journal_store import JournalStore

    db, _ = create_journal(journal_path, PASSPHRASE)
    store = JournalStore(db, journal_path)
    instance = SingleInstance(journal_path)
    assert instance.claim()
    serve_store(instance, store)
    long_text = "Called again about the invoice. " * 3000  # 96 KB: read in many pieces
    try:
        code = run_cli(
            qtbot,
            *("log", "--journal", str(journal_path), "--client", "Acme", "--impact", "6"),
            *("--text", long_text),
        )
        [saved] = journal.list_encounters(store.db)
    finally:
        instance.release()
        store.close()

    assert code == 0
    assert capsys.readouterr().out.strip() == saved.id
    assert saved.what_happened == long_text


def test_an_app_that_does_not_answer_in_time_lets_the_command_line_write(
    journal_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    from wellbeing.store import create_journal

    create_journal(journal_path, PASSPHRASE)[0].close()
    monkeypatch.setattr(handoff, "ANSWER_TIMEOUT_S", 0.2)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as busy:  # listens, never answers
        busy.bind(handoff.server_name(journal_path))
        busy.listen()
        try:
            code = cli.main(
                ["log", "--journal", str(journal_path), "--client", "Acme", "--impact", "4"]
            )
        finally:
            os.unlink(handoff.server_name(journal_path))

    assert code == 0
    db = open_journal(journal_path, PASSPHRASE)
    try:
        assert [e.id for e in journal.list_encounters(db)] == [capsys.readouterr().out.strip()]
    finally:
        db.close()


def test_only_entries_wellbeing_log_could_send_are_taken(window, qtbot, journal_path):
    """A same-user process cannot overwrite an encounter, smuggle odd values or raise an
    error box through the socket: each is one sentence and nothing changes."""
    import json

    from wellbeing.ui.cli_handoff import answer_for_window

    def send(encounter: dict, **document: object) -> str:
        body = {"client": "Acme", "detect": True, "strict_client": False, **document}
        body["encounter"] = {"client_id": "", "impact": 4, **encounter}
        return answer_for_window(window, journal_path, json.dumps(body).encode()).decode()

    saved = json.loads(send({"id": "a" * 32, "occurred_at": "2026-03-02T08:15:00"}))
    assert saved.get("saved") == "a" * 32
    again = send({"id": "a" * 32, "occurred_at": "2026-03-02T09:15:00", "impact": 9})
    assert "already in the journal" in again
    for odd in (
        send({"id": "", "occurred_at": "2026-03-02T08:15:00"}),
        send({"id": 5, "occurred_at": "2026-03-02T08:15:00"}),
        send({"id": "b" * 32, "occurred_at": "2026-03-02T08:15:00"}, strict_client="yes"),
    ):
        assert "nothing was saved" in odd
    nested = answer_for_window(window, journal_path, b"[" * 100_000 + b"]" * 100_000)
    assert b"cannot read" in nested
    [kept] = journal.list_encounters(window.store.db)
    assert (kept.id, kept.impact) == ("a" * 32, 4)


def test_after_opening_another_journal_the_app_takes_no_entry_for_the_first(
    qtbot, window, serving, journal_path: Path, tmp_path: Path, capsys, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from wellbeing.ui.passphrase_dialogs import RecoveryKeyDialog

    other = tmp_path / "other" / "journal.wbj"
    other.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda _dialog: 1)
    window.open_journal()
    assert window.store is not None and window.store.path == other

    code = run_cli(
        qtbot, "--journal", str(journal_path), "log", "--client", "Acme", "--impact", "4"
    )

    assert code == 0
    assert journal.list_encounters(window.store.db) == []  # not in the journal now open
    out, _err = capsys.readouterr()
    first = open_journal(journal_path, PASSPHRASE)
    try:
        assert [e.id for e in journal.list_encounters(first)] == [out.strip()]
    finally:
        first.close()
