"""The store wrapper is the only door: views read and write the journal through it, and
every write says what it changed."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

import wellbeing.ui
from wellbeing.domain.model import Client, Strength
from wellbeing.store import settings
from wellbeing.ui.changes import Changes, Done
from wellbeing.ui.journal_store import ADVICE_HISTORY, CLIENT_EVENTS, JournalStore

UI = Path(wellbeing.ui.__file__).parent
DOOR = UI / "journal_store.py"


def db_accesses(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "db"
    ]


def test_no_view_reaches_the_database_but_through_the_store() -> None:
    found = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if path != DOOR and (lines := db_accesses(path))
    }
    assert found == {}, f"`.db` used outside journal_store.py (file: lines): {found}"


def test_the_scan_sees_a_database_access() -> None:
    assert db_accesses(DOOR)


@pytest.fixture
def store(db) -> JournalStore:
    return JournalStore(db)


def heard(store: JournalStore) -> tuple[list[Changes], list[tuple[str, object]]]:
    applied: list[Changes] = []
    changed: list[tuple[str, object]] = []
    store.applied.connect(applied.append)
    store.changed.connect(lambda what, ids: changed.append((what, ids)))
    return applied, changed


def test_the_window_keeps_the_larger_page_cache_it_re_reads_from(store: JournalStore) -> None:
    from wellbeing.store.connection import WINDOW_CACHE_KIB

    assert store.db.execute("PRAGMA cache_size").fetchone()[0] == -WINDOW_CACHE_KIB


def test_a_write_returns_and_announces_what_it_changed(store: JournalStore) -> None:
    applied, changed = heard(store)
    saved = store.save_client(Client(name="ACME")).value
    changes = store.delete_client(saved.id)
    assert changes == Changes(clients=True, client_ids=(saved.id,))
    assert applied[-1] == changes and not changes.advice_history_only
    assert changes.may_change_advice
    assert changed[-1] == ("clients", None)
    assert store.put_setting(settings.IDLE_LOCK_MINUTES, 5) == Changes(
        settings=(settings.IDLE_LOCK_MINUTES.key,)
    )
    assert not applied[-1].may_change_advice


def test_a_write_that_makes_a_record_returns_it_with_what_it_changed(
    store: JournalStore,
) -> None:
    applied, _changed = heard(store)
    done = store.save_client(Client(name="ACME"))
    assert isinstance(done, Done) and done.value.name == "ACME"
    assert done.changes == applied[-1]
    assert done.changes == Changes(clients=True, client_ids=(done.value.id,), encounters=True)


def test_a_transaction_announces_its_writes_together_once_it_lands(store: JournalStore) -> None:
    applied, changed = heard(store)
    with store.transaction():
        store.save_strength(Strength(text="Fast refunds"))
        store.save_client(Client(name="ACME"))
        assert applied == [] and changed == []
    [together] = applied
    assert together.strengths and together.clients and together.encounters
    assert [what for what, _ids in changed] == ["encounters", "clients", "strengths"]


def test_the_advice_history_is_announced_as_that_only(
    store: JournalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellbeing.services import advice

    applied, changed = heard(store)
    monkeypatch.setattr(advice, "record_advice_changes", lambda _db, found, _at: len(found))
    found = [SimpleNamespace(client_id="c1"), SimpleNamespace(client_id="c2")]
    assert store.record_advice(found, datetime(2026, 3, 2, 9)).value == 2  # type: ignore[arg-type]
    [changes] = applied
    assert changes.advice_history_only and not changes.may_change_advice
    assert changes.client_ids == ("c1", "c2")
    assert changed == [(ADVICE_HISTORY, None)]
    assert all(what != CLIENT_EVENTS for what, _ids in changed)

    assert store.record_advice([], datetime(2026, 3, 2, 9)).value == 0
    assert len(applied) == 1  # nothing recorded, nothing announced
