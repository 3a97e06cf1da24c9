"""The journal's key, kept wrapped beside it: once by the passphrase, once by a recovery key.

The journal file is encrypted by SQLCipher with a random 256-bit data key. That key never
touches the disk in clear: the key file (`journal.wbj.key`, JSON) holds it wrapped with
AES-GCM under a key derived by scrypt from the passphrase, and again under one derived from
the recovery key. Changing the passphrase rewraps the data key (instant, nothing else
rewritten); the recovery key still works. The key file holds no journal content.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from wellbeing.store.errors import JournalError

KEY_FILE_VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # about 130 ms here: slow for guessing, quick to open
CONTEXT = b"wellbeing-journal-key-v1"
RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
MIN_PASSPHRASE = 8


class WrongPassphrase(JournalError):
    pass


@dataclass(frozen=True)
class Slot:
    salt: bytes
    nonce: bytes
    wrapped: bytes
    cost: int = SCRYPT_N
    """scrypt's N when this slot was written: reading follows the file, not today's default."""


@dataclass(frozen=True)
class KeyFile:
    passphrase: Slot
    recovery: Slot


def key_file_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".key")


def check_passphrase(passphrase: str) -> None:
    from wellbeing.domain.validation import InvalidValue

    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidValue(
            f"A passphrase needs at least {MIN_PASSPHRASE} characters.",
            "passphrase_short",
            limit=MIN_PASSPHRASE,
        )


def _derive(secret: str, salt: bytes, cost: int) -> bytes:
    """scrypt; also used by sealed exports."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=cost, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(secret.encode("utf-8"))


def _wrap(secret: str, data_key: bytes) -> Slot:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce, cost = os.urandom(16), os.urandom(12), SCRYPT_N
    wrapped = AESGCM(_derive(secret, salt, cost)).encrypt(nonce, data_key, CONTEXT)
    return Slot(salt, nonce, wrapped, cost)


def _unwrap(secret: str, slot: Slot) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = _derive(secret, slot.salt, slot.cost)
        return AESGCM(key).decrypt(slot.nonce, slot.wrapped, CONTEXT)
    except InvalidTag:
        return None
    except ValueError as error:  # a nonce or salt of an impossible size: a damaged file
        raise JournalError(f"The key file is damaged ({error}).") from None


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 4 letters and digits, easy to print and retype."""
    code = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(code[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_key(text: str) -> str | None:
    """The canonical form of something typed as a recovery key, or None if it is not one."""
    letters = "".join(c for c in text.upper() if c.isalnum())
    if len(letters) != 32 or any(c not in RECOVERY_ALPHABET for c in letters):
        return None
    return "-".join(letters[i : i + 4] for i in range(0, 32, 4))


def create_key_file(passphrase: str) -> tuple[KeyFile, bytes, str]:
    """A fresh data key wrapped twice; returns the key file, the data key, the recovery key."""
    check_passphrase(passphrase)
    data_key, recovery = os.urandom(32), new_recovery_key()
    return KeyFile(_wrap(passphrase, data_key), _wrap(recovery, data_key)), data_key, recovery


def unlock(key_file: KeyFile, secret: str, journal: Path) -> bytes:
    """The data key, from the passphrase or the recovery key; WrongPassphrase otherwise."""
    recovery = normalise_recovery_key(secret)
    if recovery is not None:
        data_key = _unwrap(recovery, key_file.recovery)
        if data_key is not None:
            return data_key
    data_key = _unwrap(secret, key_file.passphrase)
    if data_key is None:
        raise WrongPassphrase(f"Wrong passphrase for {journal}.", journal)
    return data_key


def with_new_passphrase(key_file: KeyFile, data_key: bytes, passphrase: str) -> KeyFile:
    check_passphrase(passphrase)
    return KeyFile(_wrap(passphrase, data_key), key_file.recovery)


def _slot_json(slot: Slot) -> dict[str, str | int]:
    encode = base64.b64encode
    return {
        "n": slot.cost,
        "salt": encode(slot.salt).decode(),
        "nonce": encode(slot.nonce).decode(),
        "wrapped": encode(slot.wrapped).decode(),
    }


def _slot(data: dict[str, str]) -> Slot:
    decode = base64.b64decode
    cost = int(data.get("n", SCRYPT_N))
    if cost < 2 or cost & (cost - 1) or cost > 2**22:
        raise ValueError(f"impossible scrypt cost {cost}")
    return Slot(decode(data["salt"]), decode(data["nonce"]), decode(data["wrapped"]), cost)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Atomic: a crash leaves the old key file or the new one, never half of one."""
    document = {
        "format": "wellbeing-journal-key",
        "version": KEY_FILE_VERSION,
        "kdf": {"name": "scrypt", "r": SCRYPT_R, "p": SCRYPT_P},
        "cipher": "AES-256-GCM",
        "passphrase": _slot_json(key_file.passphrase),
        "recovery": _slot_json(key_file.recovery),
    }
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def read_key_file(path: Path, journal: Path) -> KeyFile:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != "wellbeing-journal-key":
            raise ValueError("not a key file")
        if document.get("version", 0) > KEY_FILE_VERSION:
            raise JournalError(
                f"{journal} was written by a newer version of Wellbeing Journal; "
                "update the app to open it.",
                journal,
            )
        return KeyFile(_slot(document["passphrase"]), _slot(document["recovery"]))
    except FileNotFoundError:
        raise JournalError(
            f"The key file {path.name} is missing beside {journal}; without it the journal "
            "cannot be decrypted (restore it from a backup).",
            journal,
        ) from None
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise JournalError(f"The key file {path.name} is damaged ({error}).", journal) from None
