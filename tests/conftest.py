"""Shared fixtures. Qt must find the offscreen platform before it loads, hence the top line."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

PASSPHRASE = "a test passphrase"


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Journals made in-process use a cheap key derivation (recorded in their key file).

    The real cost (Argon2id, 64 MiB, t=3: about 0.14 s per open) is measured in the benchmarks;
    hundreds of tests would pay it for nothing. Journals made by subprocesses keep the real
    cost, and a subprocess opening one of these upgrades its key file to it.
    """
    from wellbeing.store import keys

    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)
    monkeypatch.setattr(keys, "KDF", keys.Kdf(keys.ARGON2ID, 32, 1, 4))


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep a developer's real journal and settings out of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WELLBEING_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setenv("WELLBEING_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    return home


@pytest.fixture
def db() -> Iterator:
    """A fresh in-memory journal with the full schema."""
    from wellbeing.store import open_journal

    database = open_journal(":memory:")
    yield database
    database.close()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.wbj"


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, standing in for Secret Service, Keychain or Credential Manager."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError(username)
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The OS keyring replaced by one in memory for the test."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
