"""The journal's key, kept wrapped beside it: once by the passphrase, once by a recovery key.

Over 500 lines on purpose: the key file's format, its strict reader and the wrapping are
reviewed together as one security boundary.

The journal file is encrypted by SQLCipher with a random 256-bit data key. That key never
touches the disk in clear: the key file (`journal.wbj.key`, JSON) holds it wrapped with
AES-GCM under a key derived by Argon2id from the passphrase, and again under one derived
from the recovery key. Changing the passphrase rewraps the data key (instant, nothing else
rewritten); the recovery key still works. The key file holds no journal content.

Each slot is bound to the header: the AES-GCM associated data covers the format, version,
cipher, and the slot's own name, key derivation (function and every parameter) and salt, so
a lowered cost or a swapped salt fails to unwrap instead of weakening the slot. A SHA-256
checksum over the rest of the document tells accidental damage (a flipped byte, a truncated
copy) from a wrong passphrase. Every field is bounded before any key derivation runs.

Version 3 names the key derivation per slot and uses Argon2id (RFC 9106's second
recommended option). Versions 1 and 2 (scrypt) still open, and `unlock_key_file` rewrites
the slot just used in today's format; the other slot is carried over as it was, with its
own associated data, until its secret is used in turn.
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
KEY_FILE_VERSION = 3
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
"""OWASP's minimum for scrypt (128 MiB, about 0.35-0.5 s here): key files of version 2 and
sealed exports."""
MIN_SCRYPT_N, MAX_SCRYPT_N = 2**10, 2**18
"""What a file may ask for: the tests' cheap cost up to twice today's (0.7 s, 256 MiB)."""
LEGACY_SCRYPT_N = 2**15
"""Assumed for a version 1 slot that records no cost: the default of those days."""
CIPHER = "AES-256-GCM"
CONTEXT = b"wellbeing-journal-key-v1"
"""Associated data of version 1 slots (still read, and carried over until next used)."""
HEADER_CONTEXT = b"wellbeing-journal-key-v2\n"
HEADER_CONTEXT_V3 = b"wellbeing-journal-key-v3\n"
SALT_BYTES, NONCE_BYTES, DATA_KEY_BYTES = 16, 12, 32
WRAPPED_BYTES = DATA_KEY_BYTES + 16  # the data key and AES-GCM's tag
MAX_KEY_FILE_BYTES = 16 * 1024  # a key file is under 1 KB: more is not one of ours
SLOTS = ("passphrase", "recovery")
BOUND, BOUND_V2, UNBOUND = "header-v3", "header-v2", "context-v1"  # a slot's "aad" field
SCRYPT, ARGON2ID = "scrypt", "argon2id"
MAX_ARGON2ID_MEMORY = 2**18
"""KiB a file may ask Argon2id for: 256 MiB, as for scrypt."""
MAX_ARGON2ID_WORK = 2**20
"""Memory times passes a file may ask for: about 5 times today's (0.7 s here)."""
MAX_ARGON2ID_PASSES, MAX_ARGON2ID_LANES = 16, 16
RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
MIN_PASSPHRASE = 8


class WrongPassphrase(JournalError):
    pass


class DamagedKeyFile(JournalError):
    """The key file cannot be trusted as it is: unreadable, altered or of impossible values."""


class KeyFileExists(JournalError):
    """A new key file would have replaced an existing one (and with it, its journal's key)."""


@dataclass(frozen=True)
class Kdf:
    """How a slot's wrapping key was derived: reading follows the file, not today's default."""

    name: str
    cost: int
    """scrypt: N; Argon2id: memory in KiB."""
    passes: int = 1
    """Argon2id's t (scrypt's r is fixed)."""
    lanes: int = 1
    """Argon2id's p (scrypt's p is fixed)."""

    def as_json(self) -> dict[str, str | int]:
        if self.name == SCRYPT:
            return {"name": SCRYPT, "n": self.cost, "r": SCRYPT_R, "p": SCRYPT_P}
        return {"name": ARGON2ID, "m": self.cost, "t": self.passes, "p": self.lanes}


KDF = Kdf(ARGON2ID, 2**16, 3, 4)
"""New slots: RFC 9106's second recommended option (64 MiB, t=3, p=4), above OWASP's minimum
for Argon2id (19 MiB, t=2); about 0.14 s here, so a key derived while the window is built is
ready before the window is."""


@dataclass(frozen=True)
class Slot:
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: Kdf
    binding: str = BOUND
    """What the slot's associated data covers: today's header, version 2's (a scrypt slot
    carried over), or nothing but a fixed context (version 1), until its secret is used
    again and it is rewrapped."""

    @property
    def cost(self) -> int:
        return self.kdf.cost

    @property
    def bound(self) -> bool:
        return self.binding != UNBOUND


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


def check_argon2id(memory: object, passes: object, lanes: object) -> Kdf:
    """Argon2id's parameters from a file, refused (ValueError) unless sane."""
    for name, value, top in (
        ("lanes", lanes, MAX_ARGON2ID_LANES),
        ("passes", passes, MAX_ARGON2ID_PASSES),
        ("memory", memory, MAX_ARGON2ID_MEMORY),
    ):
        if type(value) is not int:
            raise ValueError(f"Argon2id {name} {echo(value)} is not a whole number")
        if not 1 <= value <= top:
            raise ValueError(f"Argon2id {name} {echo(value)} is out of range")
    assert isinstance(memory, int) and isinstance(passes, int) and isinstance(lanes, int)
    if memory < 8 * lanes or memory * passes > MAX_ARGON2ID_WORK:
        raise ValueError(f"Argon2id memory {memory} KiB is out of range")
    return Kdf(ARGON2ID, memory, passes, lanes)


def parse_kdf(data: object, name: str) -> Kdf:
    """A version 3 slot's key derivation, every field checked before it is used."""
    if not isinstance(data, dict):
        raise ValueError(f"the {name} slot names no key derivation")
    if data.get("name") == SCRYPT and set(data) == {"name", "n", "r", "p"}:
        check_kdf_parameters(data["r"], data["p"])
        return Kdf(SCRYPT, check_cost(data["n"]))
    if data.get("name") == ARGON2ID and set(data) == {"name", "m", "t", "p"}:
        return check_argon2id(data["m"], data["t"], data["p"])
    raise ValueError(f"the {name} slot's key derivation is {echo(data.get('name'))}")


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


def _derive_slot(secret: str, salt: bytes, kdf: Kdf) -> bytes:
    """The wrapping key of a slot, by the function and parameters the slot records."""
    if kdf.name == SCRYPT:
        return _derive(secret, salt, kdf.cost)
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    check_argon2id(kdf.cost, kdf.passes, kdf.lanes)
    if len(salt) != SALT_BYTES:
        raise ValueError(f"the salt has {len(salt)} bytes instead of {SALT_BYTES}")
    argon2 = Argon2id(
        salt=salt, length=32, iterations=kdf.passes, lanes=kdf.lanes, memory_cost=kdf.cost
    )
    return argon2.derive(secret.encode("utf-8"))


def _associated_data(name: str, slot: Slot) -> bytes:
    """What a slot's tag covers: the header, and this slot's name, key derivation and salt."""
    if slot.binding == UNBOUND:
        return CONTEXT
    if slot.binding == BOUND:
        header_v3 = {
            "format": KEY_FILE_FORMAT,
            "version": 3,
            "cipher": CIPHER,
            "slot": name,
            "kdf": slot.kdf.as_json(),
            "salt": _encode(slot.salt),
        }
        return HEADER_CONTEXT_V3 + _canonical(header_v3)
    if slot.kdf.name != SCRYPT:  # version 2 knew no other
        raise ValueError(f"the {name} slot's key derivation is not scrypt")
    header = {
        "format": KEY_FILE_FORMAT,
        "version": 2,
        "kdf": {"name": "scrypt", "r": SCRYPT_R, "p": SCRYPT_P},
        "cipher": CIPHER,
        "slot": name,
        "n": slot.cost,
        "salt": _encode(slot.salt),
    }
    return HEADER_CONTEXT + _canonical(header)


def _wrap(secret: str, data_key: bytes, name: str, kdf: Kdf | None = None) -> Slot:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = KDF if kdf is None else kdf  # today's, read now (tests lower it)
    slot = Slot(os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES), b"", kdf)
    key = _derive_slot(secret, slot.salt, kdf)
    wrapped = AESGCM(key).encrypt(slot.nonce, data_key, _associated_data(name, slot))
    return replace(slot, wrapped=wrapped)


def _unwrap(secret: str, name: str, slot: Slot) -> bytes | None:
    """The data key, or None when the secret is wrong or the slot's header was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _derive_slot(secret, slot.salt, slot.kdf)
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


def upgrade_target(kdf: Kdf) -> Kdf:
    """Today's key derivation, or this slot's where it asks for more memory or passes."""
    if kdf.name != KDF.name:  # scrypt slots move to Argon2id
        return KDF
    return replace(KDF, cost=max(kdf.cost, KDF.cost), passes=max(kdf.passes, KDF.passes))


def upgraded(key_file: KeyFile, slot_name: str, secret: str, data_key: bytes) -> KeyFile | None:
    """The key file with the slot just used rewrapped, if it is weaker or older than today's.

    Only the slot whose secret we hold can be rewrapped; the other is carried over as it is
    (inside the new format) and upgraded the next time it is used. An Argon2id slot costlier
    than today's keeps its memory and passes: an upgrade never lowers them.
    """
    slot = getattr(key_file, slot_name)
    target = upgrade_target(slot.kdf)
    current = key_file.version >= KEY_FILE_VERSION and slot.binding == BOUND
    if current and slot.kdf == target:
        return None
    fresh = _wrap(secret, data_key, slot_name, target)
    return replace(key_file, version=KEY_FILE_VERSION, **{slot_name: fresh})


# --- the file on disk -----------------------------------------------------------------


def _slot_json(slot: Slot) -> dict[str, object]:
    return {
        "kdf": slot.kdf.as_json(),
        "salt": _encode(slot.salt),
        "nonce": _encode(slot.nonce),
        "wrapped": _encode(slot.wrapped),
        "aad": slot.binding,
    }


def key_file_bytes(key_file: KeyFile) -> bytes:
    """Today's format, whatever version the key file was read from, with its checksum."""
    document: dict[str, object] = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
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
        if version == 2:
            return _parse_version_2(document)
        return _parse_version_1(document)
    except ValueError as error:
        raise _damaged(path, journal, str(error)) from None


def _checked_rest(document: dict[str, object], fields: set[str]) -> dict[str, object]:
    """The document without its checksum, once the checksum and the field names match."""
    checksum = document.get("checksum")
    rest = {k: v for k, v in document.items() if k != "checksum"}
    expected = "sha256:" + hashlib.sha256(_canonical(rest)).hexdigest()
    if checksum != expected:  # no secret here: a plain comparison (compare_digest fails on é)
        raise ValueError("its checksum does not match")
    if set(rest) != fields:
        raise ValueError(f"unexpected fields {echo(sorted(set(rest) ^ fields))}")
    return rest


def _parse_current(document: dict[str, object]) -> KeyFile:
    rest = _checked_rest(document, {"format", "version", "cipher", "passphrase", "recovery"})
    if rest["cipher"] != CIPHER:
        raise ValueError(f"the cipher {echo(rest['cipher'])} is not {CIPHER}")
    passphrase, recovery = (_slot_v3(rest[name], name) for name in SLOTS)
    return KeyFile(passphrase, recovery, version=3)


def _slot_v3(data: object, name: str) -> Slot:
    if not isinstance(data, dict) or set(data) != {"kdf", "salt", "nonce", "wrapped", "aad"}:
        raise ValueError(f"the {name} slot is missing or has unexpected fields")
    if data["aad"] not in (BOUND, BOUND_V2, UNBOUND):
        raise ValueError(f"the {name} slot's associated data is {echo(data['aad'])}")
    kdf = parse_kdf(data["kdf"], name)
    if data["aad"] == BOUND_V2 and kdf.name != SCRYPT:
        raise ValueError(f"the {name} slot's key derivation is not scrypt")
    return Slot(
        salt=decode_field(data["salt"], SALT_BYTES, f"{name} salt"),
        nonce=decode_field(data["nonce"], NONCE_BYTES, f"{name} nonce"),
        wrapped=decode_field(data["wrapped"], WRAPPED_BYTES, f"wrapped {name} key"),
        kdf=kdf,
        binding=data["aad"],
    )


def _parse_version_2(document: dict[str, object]) -> KeyFile:
    fields = {"format", "version", "kdf", "cipher", "passphrase", "recovery"}
    rest = _checked_rest(document, fields)
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
        if data["aad"] not in (BOUND_V2, UNBOUND):
            raise ValueError(f"the {name} slot's associated data is {echo(data['aad'])}")
        cost, binding = data["n"], data["aad"]
    else:
        cost, binding = data.get("n", legacy_cost or LEGACY_SCRYPT_N), UNBOUND
    return Slot(
        salt=decode_field(data.get("salt"), SALT_BYTES, f"{name} salt"),
        nonce=decode_field(data.get("nonce"), NONCE_BYTES, f"{name} nonce"),
        wrapped=decode_field(data.get("wrapped"), WRAPPED_BYTES, f"wrapped {name} key"),
        kdf=Kdf(SCRYPT, check_cost(cost)),
        binding=binding,
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
