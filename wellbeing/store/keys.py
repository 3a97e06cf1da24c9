"""The journal's key, kept wrapped beside it: once by the passphrase, once by a recovery key.

Over 500 lines on purpose: the key file's format, its strict reader and the wrapping are
reviewed together as one security boundary.

The journal file is encrypted by SQLCipher with a random 256-bit data key. That key never
touches the disk in clear: the key file (`journal.wbj.key`, JSON) holds it wrapped with
AES-GCM under a key derived by scrypt from the passphrase, and again under one derived from
the recovery key. Changing the passphrase rewraps the data key (instant, nothing else
rewritten); the recovery key still works. The key file holds no journal content.

Version 2 of the key file binds each slot to the header: the AES-GCM associated data covers
the format, version, KDF and its parameters, and the slot's own name, cost and salt, so a
lowered cost or a swapped salt fails to unwrap instead of weakening the slot. A SHA-256
checksum over the rest of the document tells accidental damage (a flipped byte, a truncated
copy) from a wrong passphrase. Every field is bounded before scrypt runs. Version 1 files
still open, and `unlock_key_file` rewrites them in the new format.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from wellbeing.store.errors import JournalError
from wellbeing.store.files import sync_folder

log = logging.getLogger(__name__)

KEY_FILE_FORMAT = "wellbeing-journal-key"
KEY_FILE_VERSION = 2
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
"""OWASP's minimum for scrypt: 128 MiB, about 0.35-0.5 s per unlock on an AMD EPYC core."""
MIN_SCRYPT_N, MAX_SCRYPT_N = 2**10, 2**18
"""What a file may ask for: the tests' cheap cost up to twice today's (0.7 s, 256 MiB)."""
LEGACY_SCRYPT_N = 2**15
"""Assumed for a version 1 slot that records no cost: the default of those days."""
CIPHER = "AES-256-GCM"
CONTEXT = b"wellbeing-journal-key-v1"
"""Associated data of version 1 slots (still read, and carried over until next used)."""
HEADER_CONTEXT = b"wellbeing-journal-key-v2\n"
SALT_BYTES, NONCE_BYTES, DATA_KEY_BYTES = 16, 12, 32
WRAPPED_BYTES = DATA_KEY_BYTES + 16  # the data key and AES-GCM's tag
MAX_KEY_FILE_BYTES = 16 * 1024  # a key file is under 1 KB: more is not one of ours
SLOTS = ("passphrase", "recovery")
BOUND, UNBOUND = "header-v2", "context-v1"  # a slot's "aad" field
RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
MIN_PASSPHRASE = 8


class WrongPassphrase(JournalError):
    pass


class DamagedKeyFile(JournalError):
    """The key file cannot be trusted as it is: unreadable, altered or of impossible values."""


class KeyFileExists(JournalError):
    """A new key file would have replaced an existing one (and with it, its journal's key)."""


@dataclass(frozen=True)
class Slot:
    salt: bytes
    nonce: bytes
    wrapped: bytes
    cost: int
    """scrypt's N when this slot was written: reading follows the file, not today's default."""
    bound: bool = True
    """Whether the associated data covers the version 2 header; a carried-over version 1
    slot is not, until its secret is used again and it is rewrapped."""


@dataclass(frozen=True)
class KeyFile:
    passphrase: Slot
    recovery: Slot
    version: int = KEY_FILE_VERSION
    """The format version read from disk; anything written is today's version."""


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


# --- bounds, shared with sealed exports -----------------------------------------------


def echo(value: object, limit: int = 32) -> str:
    """A value for a message, cut short: a damaged file must not fill the screen."""
    try:
        text = repr(value)
    except ValueError:  # an int too long for repr
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_cost(value: object) -> int:
    """scrypt's N from a file, refused (ValueError) unless a sane power of two."""
    if type(value) is not int:
        raise ValueError(f"scrypt cost {echo(value)} is not a whole number")
    if not MIN_SCRYPT_N <= value <= MAX_SCRYPT_N:
        raise ValueError(f"scrypt cost {echo(value)} is out of range")
    if value & (value - 1):
        raise ValueError(f"scrypt cost {value} is not a power of two")
    return value


def check_kdf_parameters(r: object, p: object) -> None:
    """r and p are fixed: a file asking for others is damaged or not ours."""
    if type(r) is not int or r != SCRYPT_R:
        raise ValueError(f"scrypt r {echo(r)} is not {SCRYPT_R}")
    if type(p) is not int or p != SCRYPT_P:
        raise ValueError(f"scrypt p {echo(p)} is not {SCRYPT_P}")


def decode_field(value: object, size: int, name: str) -> bytes:
    """Strict base64 of exactly `size` bytes, or ValueError naming the field."""
    if type(value) is not str or len(value) > 4 * size:
        raise ValueError(f"the {name} is not base64 of {size} bytes")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise ValueError(f"the {name} is not valid base64") from None
    if len(data) != size:
        raise ValueError(f"the {name} has {len(data)} bytes instead of {size}")
    return data


def _encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(document: object) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


# --- wrapping -------------------------------------------------------------------------


def _derive(secret: str, salt: bytes, cost: int) -> bytes:
    """scrypt; also used by sealed exports. Bounds checked here too: no caller runs away."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    check_cost(cost)
    if len(salt) != SALT_BYTES:
        raise ValueError(f"the salt has {len(salt)} bytes instead of {SALT_BYTES}")
    kdf = Scrypt(salt=salt, length=32, n=cost, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(secret.encode("utf-8"))


def _associated_data(name: str, slot: Slot) -> bytes:
    """What a slot's tag covers: in version 2 the header and this slot's cost and salt."""
    if not slot.bound:
        return CONTEXT
    header = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "kdf": {"name": "scrypt", "r": SCRYPT_R, "p": SCRYPT_P},
        "cipher": CIPHER,
        "slot": name,
        "n": slot.cost,
        "salt": _encode(slot.salt),
    }
    return HEADER_CONTEXT + _canonical(header)


def _wrap(secret: str, data_key: bytes, name: str, cost: int | None = None) -> Slot:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cost = SCRYPT_N if cost is None else cost  # today's cost, read now (tests lower it)
    slot = Slot(os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES), b"", cost)
    key = _derive(secret, slot.salt, cost)
    wrapped = AESGCM(key).encrypt(slot.nonce, data_key, _associated_data(name, slot))
    return replace(slot, wrapped=wrapped)


def _unwrap(secret: str, name: str, slot: Slot) -> bytes | None:
    """The data key, or None when the secret is wrong or the slot's header was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _derive(secret, slot.salt, slot.cost)
    try:
        return AESGCM(key).decrypt(slot.nonce, slot.wrapped, _associated_data(name, slot))
    except InvalidTag:
        return None


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
    data_key, recovery = os.urandom(DATA_KEY_BYTES), new_recovery_key()
    key_file = KeyFile(
        _wrap(passphrase, data_key, "passphrase"), _wrap(recovery, data_key, "recovery")
    )
    return key_file, data_key, recovery


def _unlock(key_file: KeyFile, secret: str, journal: Path) -> tuple[bytes, str, str]:
    """The data key, the slot that gave it, and the secret as that slot knows it."""
    recovery = normalise_recovery_key(secret)
    if recovery is not None:
        data_key = _unwrap(recovery, "recovery", key_file.recovery)
        if data_key is not None:
            return data_key, "recovery", recovery
    data_key = _unwrap(secret, "passphrase", key_file.passphrase)
    if data_key is None:
        raise WrongPassphrase(f"Wrong passphrase for {journal}.", journal)
    return data_key, "passphrase", secret


def unlock(key_file: KeyFile, secret: str, journal: Path) -> bytes:
    """The data key, from the passphrase or the recovery key; WrongPassphrase otherwise."""
    return _unlock(key_file, secret, journal)[0]


def with_new_passphrase(key_file: KeyFile, data_key: bytes, passphrase: str) -> KeyFile:
    check_passphrase(passphrase)
    return KeyFile(_wrap(passphrase, data_key, "passphrase"), key_file.recovery)


def upgraded(key_file: KeyFile, slot_name: str, secret: str, data_key: bytes) -> KeyFile | None:
    """The key file with the slot just used rewrapped, if it is weaker or older than today's.

    Only the slot whose secret we hold can be rewrapped; the other is carried over as it is
    (inside the new format) and upgraded the next time it is used. A slot costlier than
    today's keeps its cost: an upgrade never lowers one.
    """
    slot = getattr(key_file, slot_name)
    if key_file.version >= KEY_FILE_VERSION and slot.bound and slot.cost >= SCRYPT_N:
        return None
    fresh = _wrap(secret, data_key, slot_name, max(slot.cost, SCRYPT_N))
    return replace(key_file, version=KEY_FILE_VERSION, **{slot_name: fresh})


# --- the file on disk -----------------------------------------------------------------


def _slot_json(slot: Slot) -> dict[str, str | int]:
    return {
        "n": slot.cost,
        "salt": _encode(slot.salt),
        "nonce": _encode(slot.nonce),
        "wrapped": _encode(slot.wrapped),
        "aad": BOUND if slot.bound else UNBOUND,
    }


def key_file_bytes(key_file: KeyFile) -> bytes:
    """Today's format, whatever version the key file was read from, with its checksum."""
    document: dict[str, object] = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "kdf": {"name": "scrypt", "r": SCRYPT_R, "p": SCRYPT_P},
        "cipher": CIPHER,
        "passphrase": _slot_json(key_file.passphrase),
        "recovery": _slot_json(key_file.recovery),
    }
    document["checksum"] = "sha256:" + hashlib.sha256(_canonical(document)).hexdigest()
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def _write_temporary(path: Path, data: bytes) -> Path:
    """A fresh file beside path, readable by its owner only, on disk before it is used."""
    temporary = path.with_name(f"{path.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view) :]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Atomic replace, for a rewrap: a crash leaves the old key file or the new one."""
    _replace(path, key_file_bytes(key_file), None)


def _replace(path: Path, data: bytes, unless_changed_from: bytes | None) -> bool:
    """Replace path with data; with unless_changed_from, only if the file still holds it."""
    temporary = _write_temporary(path, data)
    try:
        if unless_changed_from is not None:
            with open(path, "rb") as handle:  # another process rewrapped it meanwhile
                if handle.read(MAX_KEY_FILE_BYTES + 1) != unless_changed_from:
                    return False
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    sync_folder(path.parent)
    return True


def write_new_key_file(path: Path, key_file: KeyFile) -> None:
    """Create the key file of a new journal; KeyFileExists rather than replace one.

    Written aside and synced, then hard-linked into place, which fails if the name is taken:
    an existing key file (the only way into its journal) is never overwritten, and a crash
    leaves either no key file or a whole one.
    """
    data = key_file_bytes(key_file)
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise _exists(path) from None
    except OSError:  # no hard links here (FAT, some network shares): exclusive create
        _write_exclusive(path, data)
    finally:
        temporary.unlink(missing_ok=True)
    sync_folder(path.parent)


def _write_exclusive(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags, 0o600)
    except FileExistsError:
        raise _exists(path) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _exists(path: Path) -> KeyFileExists:
    return KeyFileExists(f"The key file {path.name} already exists, so it was left as it is.", path)


def _read_bytes(path: Path, journal: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise JournalError(
            f"The key file {path.name} is missing beside {journal}; without it the journal "
            "cannot be decrypted (restore it from a backup).",
            journal,
        ) from None
    except OSError as error:
        raise JournalError(
            f"The key file {path.name} cannot be read ({error.strerror or error}).", journal
        ) from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise _damaged(path, journal, "it is far too large")
    return data


def read_key_file(path: Path, journal: Path) -> KeyFile:
    """The key file at path, checked field by field; JournalError naming what is wrong."""
    return parse_key_file(_read_bytes(path, journal), path, journal)


def _damaged(path: Path, journal: Path, reason: str) -> DamagedKeyFile:
    return DamagedKeyFile(f"The key file {path.name} is damaged ({reason}).", journal)


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    document = dict(pairs)
    if len(document) != len(pairs):
        raise ValueError("a field appears twice")
    return document


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number")


def parse_key_file(data: bytes, path: Path, journal: Path) -> KeyFile:
    """The checks of read_key_file on bytes already read: cheap, and no scrypt call."""
    try:
        document = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
        )
    except UnicodeDecodeError:
        raise _damaged(path, journal, "it is not UTF-8 text") from None
    except RecursionError:
        raise _damaged(path, journal, "it is nested too deeply") from None
    except json.JSONDecodeError as error:
        raise _damaged(path, journal, f"not JSON: {error.msg.lower()}") from None
    except ValueError:  # a repeated field, NaN, an integer of thousands of digits
        raise _damaged(path, journal, "not JSON this app writes") from None
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise _damaged(path, journal, "not a Wellbeing key file")
    version = document.get("version")
    if type(version) is int and version > KEY_FILE_VERSION:
        raise JournalError(
            f"{journal} was written by a newer version of Wellbeing Journal; "
            "update the app to open it.",
            journal,
        )
    try:
        if type(version) is not int or version < 1:
            raise ValueError(f"unknown version {echo(version)}")
        if version == KEY_FILE_VERSION:
            return _parse_current(document)
        return _parse_version_1(document)
    except ValueError as error:
        raise _damaged(path, journal, str(error)) from None


def _parse_current(document: dict[str, object]) -> KeyFile:
    checksum = document.get("checksum")
    rest = {k: v for k, v in document.items() if k != "checksum"}
    expected = "sha256:" + hashlib.sha256(_canonical(rest)).hexdigest()
    if checksum != expected:  # no secret here: a plain comparison (compare_digest fails on é)
        raise ValueError("its checksum does not match")
    fields = {"format", "version", "kdf", "cipher", "passphrase", "recovery"}
    if set(rest) != fields:
        raise ValueError(f"unexpected fields {echo(sorted(set(rest) ^ fields))}")
    _check_header(rest, required=True)
    passphrase, recovery = (_slot(rest[name], name, None, current=True) for name in SLOTS)
    return KeyFile(passphrase, recovery, version=2)


def _parse_version_1(document: dict[str, object]) -> KeyFile:
    legacy = _check_header(document, required=False)
    passphrase, recovery = (
        _slot(document.get(name), name, legacy, current=False) for name in SLOTS
    )
    return KeyFile(passphrase, recovery, version=1)


def _check_header(document: dict[str, object], required: bool) -> int | None:
    """The KDF and cipher a file names; returns the cost very early files set for both slots."""
    kdf = document.get("kdf")
    if kdf is None and not required:
        return None
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise ValueError("the key derivation is not scrypt")
    check_kdf_parameters(kdf.get("r"), kdf.get("p"))
    if required and set(kdf) != {"name", "r", "p"}:
        raise ValueError("unexpected key derivation parameters")
    cipher = document.get("cipher", CIPHER if not required else None)
    if cipher != CIPHER:
        raise ValueError(f"the cipher {echo(cipher)} is not {CIPHER}")
    return check_cost(kdf["n"]) if "n" in kdf else None


def _slot(data: object, name: str, legacy_cost: int | None, current: bool) -> Slot:
    if not isinstance(data, dict):
        raise ValueError(f"the {name} slot is missing")
    if current and set(data) != {"n", "salt", "nonce", "wrapped", "aad"}:
        raise ValueError(f"the {name} slot has unexpected fields")
    if current:
        if data["aad"] not in (BOUND, UNBOUND):
            raise ValueError(f"the {name} slot's associated data is {echo(data['aad'])}")
        cost, bound = data["n"], data["aad"] == BOUND
    else:
        cost, bound = data.get("n", legacy_cost or LEGACY_SCRYPT_N), False
    return Slot(
        salt=decode_field(data.get("salt"), SALT_BYTES, f"{name} salt"),
        nonce=decode_field(data.get("nonce"), NONCE_BYTES, f"{name} nonce"),
        wrapped=decode_field(data.get("wrapped"), WRAPPED_BYTES, f"wrapped {name} key"),
        cost=check_cost(cost),
        bound=bound,
    )


def unlock_key_file(path: Path, journal: Path, secret: str) -> bytes:
    """Read the key file, unlock it, and bring the slot used up to today's format and cost.

    The upgrade is an atomic replace, skipped if another process changed the key file since
    it was read (a passphrase change must not be undone) and given up quietly if the disk
    refuses it: the old key file still opens, and the upgrade is tried again next time.
    """
    data = _read_bytes(path, journal)
    key_file = parse_key_file(data, path, journal)
    data_key, slot_name, as_known = _unlock(key_file, secret, journal)
    better = upgraded(key_file, slot_name, as_known, data_key)
    if better is not None:
        try:
            _replace(path, key_file_bytes(better), unless_changed_from=data)
        except OSError as error:
            log.warning("The key file %s was not upgraded: %s", path.name, error)
    return data_key
