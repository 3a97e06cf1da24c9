"""Opt-in "remember on this computer": the journal's data key kept in the OS keyring.

With the passphrase derived at N=2**17 (about 0.4 s and 128 MiB), every command would pay
that cost again. Someone who logs from a terminal many times a day may choose instead to
keep the journal's data key in the operating system's keyring (Secret Service on Linux,
Keychain on macOS, Credential Manager on Windows), which unlocks with their session. It
is off by default: anyone who can use the session can then open the journal without the
passphrase, so the app explains this before turning it on, and `forget` removes the key.

The key is filed under a hash of the journal's path, so the keyring's entry names no file.
A `<journal>.remembered` file beside the journal says the user opted in, so that the
keyring is consulted only then; it names the keyring backend that took the key when that
is one of keyring's own (nothing secret), which is then loaded without keyring's search.
A remembered key that no longer opens the journal (a restore from another journal, a new
journal at the same path) is forgotten, and the passphrase is asked as usual.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from wellbeing.store.errors import JournalError

SERVICE = "Wellbeing Journal"
KEY_BYTES = 32


class KeyringUnavailable(JournalError):
    """No usable keyring on this computer (no Secret Service running, for instance)."""


def _account(journal: Path) -> str:
    resolved = str(Path(journal).resolve())
    return "journal-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:32]


def marker_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".remembered")


def _keyring() -> Any:
    """The keyring module, imported only when this opt-in is used (it loads its backends)."""
    if "keyring" not in sys.modules:
        with _deferred(*UNUSED_BY_KEYRING):
            import keyring  # noqa: F401
    return sys.modules["keyring"]


UNUSED_BY_KEYRING = (
    "urllib.request",
    "importlib_metadata",
    "importlib.metadata",
    "configparser",
    "more_itertools",
    "subprocess",
    "tempfile",
)
"""Imported with keyring, used only when it does something else than read a key: jaraco.
context imports urllib.request (with http.client, ssl and email), subprocess and tempfile
for downloads and checkouts keyring never asks for; jaraco.functools imports
more_itertools for functions keyring does not call; keyring reads its configuration file
(configparser) and finds its backends with importlib metadata only when no backend is
set in the environment. About 25 ms of the 34 ms keyring took to import here."""


class _Deferred(ModuleType):
    """Stands for a module until something uses it: then the module is imported for real
    and answers (every later import gets the real one)."""

    def __getattr__(self, name: str) -> Any:
        real = sys.modules.get(self.__name__)
        if real is None or real is self:
            sys.modules.pop(self.__name__, None)
            real = importlib.import_module(self.__name__)
        return getattr(real, name)


@contextlib.contextmanager
def _deferred(*names: str) -> Iterator[None]:
    """Imports made meanwhile that name these modules get a _Deferred instead (those not
    imported yet); afterwards, importing them imports them as usual."""
    standing = {}
    for name in names:
        if name in sys.modules:
            continue
        parent, _, child = name.rpartition(".")
        if parent and parent not in sys.modules:
            continue  # keep it simple: only submodules of a package already there
        placeholder = _Deferred(name)
        placeholder.__spec__ = None
        sys.modules[name] = standing[name] = placeholder
        if parent and not hasattr(sys.modules[parent], child):
            setattr(sys.modules[parent], child, placeholder)
    try:
        yield
    finally:
        for name, placeholder in standing.items():
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]


OS_KEYRINGS = "keyring.backends."
"""Where keyring's own backends live (Secret Service, KWallet, Keychain, Credential
Manager): the only ones the marker records, so the only ones loaded from its words."""
NOT_RECORDED = frozenset(
    {
        "keyring.backends.chainer.ChainerBackend",  # finds the others again itself
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
    }
)


def remember(journal: Path, data_key: bytes) -> None:
    """Keep the data key in the keyring; KeyringUnavailable in one sentence if there is none.

    The marker records which of keyring's backends took the key, so that recall loads
    that one directly instead of making keyring find every installed backend again
    (their entry points read, each imported and asked whether it works: 60 ms here).
    """
    from wellbeing.store.files import create_private

    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, _account(journal), data_key.hex())
        backend = type(keyring.get_keyring())
    except Exception as error:  # every backend raises its own kind of error
        raise KeyringUnavailable(
            "This computer has no keyring the app can use, so the key was not remembered "
            f"({_short(error)}).",
            journal,
        ) from None
    marker = marker_path(journal)
    if not marker.exists():
        create_private(marker)
    name = f"{backend.__module__}.{backend.__qualname__}"
    marker.write_text(name if _recordable(name) else "", encoding="ascii")


def _recordable(name: str) -> bool:
    return (
        name.startswith(OS_KEYRINGS)
        and name not in NOT_RECORDED
        and name.replace(".", "").replace("_", "").isalnum()
    )


def _recorded_backend(journal: Path) -> Any | None:
    """The backend the marker names, loaded directly; None when it names none (a marker
    from before, or a keyring chosen otherwise: by configuration, or in this process)."""
    try:
        name = marker_path(journal).read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return None
    if not _recordable(name):
        return None
    try:
        return _keyring().core.load_keyring(name)
    except Exception:  # uninstalled since, or not working now: keyring chooses
        return None


def _backends(journal: Path) -> Iterator[Any]:
    """Where the key may be: the recorded backend first, then the one keyring chooses."""
    recorded = _recorded_backend(journal)
    if recorded is not None:
        yield recorded
    yield _keyring().get_keyring()


def remember_journal(journal: Path, secret: str) -> None:
    """Unlock the journal's key with its passphrase (or recovery key) and remember it."""
    from wellbeing.store.keys import key_file_path, unlock_key_file

    remember(journal, unlock_key_file(key_file_path(journal), journal, secret))


def recall(journal: Path) -> bytes | None:
    """The remembered data key, or None (not remembered, no keyring, or a mangled entry)."""
    if not marker_path(journal).exists():
        return None
    stored = None
    try:
        for backend in _backends(journal):
            with contextlib.suppress(Exception):  # a locked keyring: try the next
                stored = backend.get_password(SERVICE, _account(journal))
            if stored:
                break
    except Exception:  # no keyring at all means: ask the passphrase
        return None
    if not stored:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def forget(journal: Path) -> bool:
    """Remove the remembered key (from the recorded backend and keyring's choice); True if
    there was one."""
    backends = list(_backends(journal)) if marker_path(journal).exists() else []
    marker_path(journal).unlink(missing_ok=True)
    try:
        backends = backends or [_keyring().get_keyring()]
    except Exception:
        return False
    removed = False
    for backend in backends:
        with contextlib.suppress(Exception):
            if backend.get_password(SERVICE, _account(journal)) is not None:
                backend.delete_password(SERVICE, _account(journal))
                removed = True
    return removed


def is_remembered(journal: Path) -> bool:
    return recall(journal) is not None


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text if len(text) <= 80 else text[:79] + "…"
