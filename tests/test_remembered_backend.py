"""The marker records which of keyring's backends took the key, and recall loads that one
without keyring's search through every installed backend (issue 16: 60 ms or more)."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.backend
import keyring.core
import pytest
from keyring.backends import fail

from wellbeing.store.remembered import (
    SERVICE,
    forget,
    marker_path,
    recall,
    remember,
)

KEY = bytes(range(32))
NAME = "keyring.backends.wellbeing_stand_in.Keyring"


class SharedKeyring(keyring.backend.KeyringBackend):
    """Stands for an OS keyring: every instance reads and writes the same store."""

    priority = 1  # type: ignore[assignment]
    items: ClassVar[dict[tuple[str, str], str]] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


@pytest.fixture
def os_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[SharedKeyring]]:
    """A backend among keyring's own, found by keyring's search when the key is remembered."""
    module = types.ModuleType(NAME.rsplit(".", 1)[0])
    stand_in = type("Keyring", (SharedKeyring,), {"__module__": module.__name__, "items": {}})
    module.Keyring = stand_in  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    previous = keyring.get_keyring()
    keyring.set_keyring(stand_in())
    yield stand_in
    keyring.set_keyring(previous)


def no_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring now chooses nothing usable, and its search fails the test if it runs."""

    def search(*_args: object) -> None:
        raise AssertionError("keyring searched its backends")

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(keyring.backend, "get_all_keyring", search)


def test_the_key_is_read_from_the_recorded_backend_without_keyrings_search(
    journal_path: Path, os_keyring: type[SharedKeyring], monkeypatch: pytest.MonkeyPatch
):
    journal_path.touch()
    remember(journal_path, KEY)
    assert marker_path(journal_path).read_text() == NAME  # nothing secret in it

    no_search(monkeypatch)
    assert recall(journal_path) == KEY


def test_forget_removes_the_key_from_the_recorded_backend(
    journal_path: Path, os_keyring: type[SharedKeyring], monkeypatch: pytest.MonkeyPatch
):
    journal_path.touch()
    remember(journal_path, KEY)
    keyring.set_keyring(fail.Keyring())  # keyring would now choose another

    assert forget(journal_path)
    assert not os_keyring.items and not marker_path(journal_path).exists()
    assert recall(journal_path) is None


@pytest.mark.parametrize(
    "written", ["tests.conftest.MemoryKeyring", "os.system", "keyring.backends.fail.Keyring", ""]
)
def test_a_marker_naming_anything_else_is_not_loaded(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch, written: str
):
    stored = type("Chosen", (SharedKeyring,), {"items": {}})()
    previous = keyring.get_keyring()
    keyring.set_keyring(stored)
    try:
        journal_path.touch()
        remember(journal_path, KEY)
        marker_path(journal_path).write_text(written)
        loaded: list[str] = []
        monkeypatch.setattr(keyring.core, "load_keyring", loaded.append)

        assert recall(journal_path) == KEY  # from the keyring keyring chooses, as before
        assert loaded == []
    finally:
        keyring.set_keyring(previous)
    assert stored.items[(SERVICE, next(iter(stored.items))[1])] == KEY.hex()


def test_a_recorded_backend_that_no_longer_has_the_key_leaves_it_to_keyring(
    journal_path: Path, os_keyring: type[SharedKeyring]
):
    journal_path.touch()
    remember(journal_path, KEY)
    moved = dict(os_keyring.items)
    os_keyring.items.clear()  # the key now lives only where keyring chooses
    keyring.set_keyring(type("Elsewhere", (SharedKeyring,), {"items": moved})())

    assert recall(journal_path) == KEY
