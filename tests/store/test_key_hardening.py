"""The key file and sealed exports against weak costs, hostile fields, damage and overwrites.

Costs stay tiny here (conftest sets keys.KDF to Argon2id at 32 KiB and keys.SCRYPT_N to
2**10): what is tested is which key derivation a slot records and when it is rewrapped, not
how long a derivation takes.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.util
import json
import os
import re
import stat
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import keys, sealed
from wellbeing.store.errors import JournalError

CHEAP = 2**10
"""scrypt's N for version 1 and 2 slots made here."""
CHEAP_ARGON2ID = keys.Kdf("argon2id", 32, 1, 4)
"""What conftest makes today's key derivation."""
RECOVERY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
DATA_KEY = bytes(range(32))
JOURNAL = Path("journal.wbj")
KEY_PATH = Path("journal.wbj.key")


def assert_one_short_sentence(message: str) -> None:
    assert message.endswith("."), message
    assert "\n" not in message and "Traceback" not in message, message
    assert not re.search(r"[.!?]\s+[A-Z]", message), message
    assert len(message) < 220, message


def assert_short_message(message: str) -> None:
    """What fuzzing can check: echoed values are random text, so not the sentence shape."""
    assert message and "\n" not in message and "Traceback" not in message, message
    assert len(message) < 220, message


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def canonical(document: object) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def with_checksum(document: dict[str, Any]) -> dict[str, Any]:
    """The document as its writer would sign it: for tampering that recomputes the checksum."""
    rest = {k: v for k, v in document.items() if k != "checksum"}
    return {**rest, "checksum": "sha256:" + hashlib.sha256(canonical(rest)).hexdigest()}


def encoded(document: object) -> bytes:
    return json.dumps(document, indent=2).encode()


def version_1_slot(secret: str, cost: int, record_cost: bool = True) -> dict[str, Any]:
    """A slot as version 1 wrote it: fixed associated data, the header not covered."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=cost, r=8, p=1).derive(secret.encode())
    wrapped = AESGCM(key).encrypt(nonce, DATA_KEY, b"wellbeing-journal-key-v1")
    slot = {"salt": b64(salt), "nonce": b64(nonce), "wrapped": b64(wrapped)}
    return {"n": cost, **slot} if record_cost else slot


def version_2_slot(name: str, secret: str, cost: int) -> dict[str, Any]:
    """A slot as version 2 wrote it: scrypt, bound to version 2's header."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "format": "wellbeing-journal-key",
        "version": 2,
        "kdf": {"name": "scrypt", "r": 8, "p": 1},
        "cipher": "AES-256-GCM",
        "slot": name,
        "n": cost,
        "salt": b64(salt),
    }
    key = Scrypt(salt=salt, length=32, n=cost, r=8, p=1).derive(secret.encode())
    associated = b"wellbeing-journal-key-v2\n" + canonical(header)
    wrapped = AESGCM(key).encrypt(nonce, DATA_KEY, associated)
    return {"n": cost, "salt": b64(salt), "nonce": b64(nonce), "wrapped": b64(wrapped)} | {
        "aad": "header-v2"
    }


@functools.cache
def _version_2_bytes(cost: int = CHEAP) -> bytes:
    document = {
        "format": "wellbeing-journal-key",
        "version": 2,
        "kdf": {"name": "scrypt", "r": 8, "p": 1},
        "cipher": "AES-256-GCM",
        "passphrase": version_2_slot("passphrase", PASSPHRASE, cost),
        "recovery": version_2_slot("recovery", RECOVERY, cost),
    }
    return encoded(with_checksum(document))


def version_2_document(cost: int = CHEAP) -> dict[str, Any]:
    """A key file exactly as version 2 of the app wrote it (scrypt, made once per cost)."""
    return json.loads(_version_2_bytes(cost))


def version_1_document(cost: int = CHEAP, recovery_cost: int | None = None) -> dict[str, Any]:
    """A key file exactly as version 1 of the app wrote it."""
    return {
        "format": "wellbeing-journal-key",
        "version": 1,
        "kdf": {"name": "scrypt", "r": 8, "p": 1},
        "cipher": "AES-256-GCM",
        "passphrase": version_1_slot(PASSPHRASE, cost),
        "recovery": version_1_slot(RECOVERY, recovery_cost or cost),
    }


@functools.cache
def current_bytes() -> bytes:
    """Today's key file at the cheap cost, made once (its slots are what is fuzzed)."""
    key_file = keys.KeyFile(
        keys._wrap(PASSPHRASE, DATA_KEY, "passphrase", CHEAP_ARGON2ID),
        keys._wrap(RECOVERY, DATA_KEY, "recovery", CHEAP_ARGON2ID),
    )
    return keys.key_file_bytes(key_file)


def current_document() -> dict[str, Any]:
    return json.loads(current_bytes())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path


def put(folder: Path, content: bytes | dict[str, Any]) -> Path:
    path = folder / KEY_PATH.name
    path.write_bytes(content if isinstance(content, bytes) else encoded(content))
    return path


def no_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checks must refuse a file before any key derivation starts."""

    def refuse(*args: object) -> bytes:
        raise AssertionError("a key derivation ran before the file was checked")

    monkeypatch.setattr(keys, "_derive", refuse)
    monkeypatch.setattr(keys, "_derive_slot", refuse)


# --- 1. the cost of new slots, and upgrading old ones ---------------------------------


def test_todays_key_derivation_is_argon2id_above_owasps_minimum():
    spec = importlib.util.find_spec("wellbeing.store.keys")
    pristine = importlib.util.module_from_spec(spec)  # conftest lowered the one in use
    spec.loader.exec_module(pristine)
    kdf = pristine.KDF
    assert (kdf.name, kdf.cost, kdf.passes, kdf.lanes) == ("argon2id", 2**16, 3, 4)  # RFC 9106
    assert kdf.cost >= 19 * 1024 and kdf.passes >= 2  # OWASP: 19 MiB, t=2
    assert (pristine.SCRYPT_N, pristine.SCRYPT_R, pristine.SCRYPT_P) == (2**17, 8, 1)  # sealed
    assert pristine.KEY_FILE_VERSION == 3


STRONGER = keys.Kdf("argon2id", 64, 2, 4)


def test_new_slots_take_todays_key_derivation_when_written(monkeypatch):
    monkeypatch.setattr(keys, "KDF", STRONGER)
    key_file, _, _ = keys.create_key_file(PASSPHRASE)
    assert key_file.passphrase.kdf == key_file.recovery.kdf == STRONGER
    rewrapped = keys.with_new_passphrase(key_file, DATA_KEY, "another passphrase")
    assert rewrapped.passphrase.kdf == STRONGER
    document = json.loads(keys.key_file_bytes(rewrapped))
    assert document["passphrase"]["kdf"] == {"name": "argon2id", "m": 64, "t": 2, "p": 4}


@pytest.mark.parametrize("old_version", [1, 2])
@pytest.mark.parametrize(
    "secret, used, kept",
    [(PASSPHRASE, "passphrase", "recovery"), (RECOVERY.lower(), "recovery", "passphrase")],
)
def test_an_older_key_file_opens_and_the_slot_used_moves_to_argon2id(
    folder, old_version, secret, used, kept
):
    old = version_1_document() if old_version == 1 else version_2_document()
    path = put(folder, old)

    assert keys.unlock_key_file(path, JOURNAL, secret) == DATA_KEY

    document = json.loads(path.read_bytes())
    assert document["version"] == 3
    assert document["checksum"].startswith("sha256:")
    assert document[used]["kdf"] == {"name": "argon2id", "m": 32, "t": 1, "p": 4}
    assert document[used]["aad"] == "header-v3"
    assert document[used]["salt"] != old[used]["salt"]
    for field in ("salt", "nonce", "wrapped"):  # carried over as is
        assert document[kept][field] == old[kept][field]
    assert document[kept]["kdf"] == {"name": "scrypt", "n": CHEAP, "r": 8, "p": 1}
    assert document[kept]["aad"] == ("context-v1" if old_version == 1 else "header-v2")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 or os.name != "posix"
    assert not list(folder.glob("*.tmp"))
    for either in (PASSPHRASE, RECOVERY):  # both still open it
        assert keys.unlock(keys.read_key_file(path, JOURNAL), either, JOURNAL) == DATA_KEY


@pytest.mark.parametrize("old_version", [1, 2])
def test_the_carried_over_slot_is_upgraded_when_it_is_used_in_turn(folder, old_version):
    path = put(folder, version_1_document() if old_version == 1 else version_2_document())
    keys.unlock_key_file(path, JOURNAL, PASSPHRASE)
    keys.unlock_key_file(path, JOURNAL, RECOVERY)
    document = json.loads(path.read_bytes())
    for name in ("passphrase", "recovery"):
        assert document[name]["kdf"]["name"] == "argon2id"
        assert document[name]["aad"] == "header-v3"
    before = path.read_bytes()
    keys.unlock_key_file(path, JOURNAL, PASSPHRASE)
    assert path.read_bytes() == before  # up to date: not rewritten again


def test_the_earliest_key_files_with_one_cost_for_both_slots_still_open(folder):
    old = version_1_document()
    old["kdf"]["n"] = CHEAP
    old["passphrase"] = version_1_slot(PASSPHRASE, CHEAP, record_cost=False)
    old["recovery"] = version_1_slot(RECOVERY, CHEAP, record_cost=False)
    path = put(folder, old)
    assert keys.read_key_file(path, JOURNAL).passphrase.cost == CHEAP
    assert keys.unlock_key_file(path, JOURNAL, PASSPHRASE) == DATA_KEY
    assert json.loads(path.read_bytes())["version"] == 3


def test_a_weaker_argon2id_slot_is_rewrapped_at_todays_cost(folder, monkeypatch):
    path = put(folder, current_bytes())
    monkeypatch.setattr(keys, "KDF", STRONGER)
    assert keys.unlock_key_file(path, JOURNAL, PASSPHRASE) == DATA_KEY
    document = json.loads(path.read_bytes())
    assert document["passphrase"]["kdf"] == {"name": "argon2id", "m": 64, "t": 2, "p": 4}
    assert document["recovery"] == current_document()["recovery"]


def test_an_up_to_date_key_file_is_not_rewritten(folder):
    path = put(folder, current_bytes())
    before = path.stat()
    assert keys.unlock_key_file(path, JOURNAL, PASSPHRASE) == DATA_KEY
    assert path.read_bytes() == current_bytes()
    assert path.stat().st_ino == before.st_ino


def test_an_upgrade_never_lowers_an_argon2id_slots_memory_or_passes(folder, monkeypatch):
    monkeypatch.setattr(keys, "KDF", keys.Kdf("argon2id", 128, 1, 4))
    path = put(folder, current_bytes())  # 32 KiB, 1 pass: weaker in memory
    monkeypatch.setattr(keys, "KDF", keys.Kdf("argon2id", 64, 1, 4))
    keys.unlock_key_file(path, JOURNAL, PASSPHRASE)
    stronger = path.read_bytes()
    assert json.loads(stronger)["passphrase"]["kdf"]["m"] == 64
    monkeypatch.setattr(keys, "KDF", keys.Kdf("argon2id", 32, 2, 4))  # more passes, less memory
    keys.unlock_key_file(path, JOURNAL, PASSPHRASE)
    kdf = json.loads(path.read_bytes())["passphrase"]["kdf"]
    assert (kdf["m"], kdf["t"]) == (64, 2)


def test_an_upgrade_the_disk_refuses_still_unlocks_and_keeps_the_old_file(folder, monkeypatch):
    path = put(folder, version_1_document())
    before = path.read_bytes()

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keys.os, "replace", full)
    assert keys.unlock_key_file(path, JOURNAL, PASSPHRASE) == DATA_KEY
    assert path.read_bytes() == before
    assert not list(folder.glob("*.tmp"))


def test_an_upgrade_does_not_undo_a_key_file_changed_meanwhile(folder, monkeypatch):
    """Another process changed the passphrase between our read and our upgrade: theirs wins."""
    path = put(folder, version_1_document())
    theirs = current_bytes()
    real_upgraded = keys.upgraded

    def meanwhile(*args: Any) -> keys.KeyFile | None:
        path.write_bytes(theirs)
        return real_upgraded(*args)

    monkeypatch.setattr(keys, "upgraded", meanwhile)
    assert keys.unlock_key_file(path, JOURNAL, PASSPHRASE) == DATA_KEY
    assert path.read_bytes() == theirs


def test_unlock_keeps_its_signature_and_refuses_a_wrong_passphrase(folder):
    key_file = keys.read_key_file(put(folder, current_bytes()), JOURNAL)
    assert keys.unlock(key_file, RECOVERY, JOURNAL) == DATA_KEY
    with pytest.raises(keys.WrongPassphrase) as caught:
        keys.unlock(key_file, "not the passphrase", JOURNAL)
    assert_one_short_sentence(str(caught.value))


# --- 2. every field bounded before scrypt runs ----------------------------------------

HOSTILE_COSTS = [
    2**19,
    2**30,
    2**64,
    10**400,
    3 * 2**10,
    2**17 + 1,
    1,
    0,
    -(2**14),
    2**5,
    "131072",
    131072.0,
    1e308,
    True,
    None,
    [2**14],
    {"n": 2**14},
    "x" * 5000,
]


def _set(document: dict[str, Any], where: tuple[str, ...], value: object) -> dict[str, Any]:
    target = document
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    return document


HOSTILE_ARGON2ID = [
    *[(("passphrase", "kdf", "m"), value) for value in (2**19, 2**64, 16, 0, -1, "65536", 1.5)],
    *[(("recovery", "kdf", "m"), value) for value in (2**30, None, True)],
    *[(("passphrase", "kdf", "t"), value) for value in (0, 17, 2**40, "3", None)],
    *[(("passphrase", "kdf", "p"), value) for value in (0, 17, 2**40, 4.0)],
    (("passphrase", "kdf", "m"), 2**18),  # with 16 passes below: 8 times today's work
    (("passphrase", "kdf", "name"), "pbkdf2"),
    (("passphrase", "kdf", "name"), "scrypt"),  # scrypt's fields are n, r, p
    (("passphrase", "kdf"), {"name": "argon2id", "m": 64, "t": 1}),
    (("passphrase", "kdf"), {"name": "argon2id", "m": 64, "t": 1, "p": 1, "x": 1}),
    (("passphrase", "kdf"), {"name": "scrypt", "n": 2**19, "r": 8, "p": 1}),
    (("passphrase", "kdf"), {"name": "scrypt", "n": 2**10, "r": 16, "p": 1}),
    (("passphrase", "kdf"), "argon2id"),
    (("passphrase", "aad"), "header-v4"),
    (("recovery", "kdf"), None),
    (("cipher",), "AES-128-CBC"),
    (("passphrase", "salt"), b64(b"s" * 15)),
    (("passphrase", "nonce"), b64(b"n" * 13)),
    (("recovery", "wrapped"), b64(b"w" * 49)),
    (("recovery",), None),
    (("passphrase", "n"), 2**10),  # a version 2 field
    *[(("version",), v) for v in ("3", 3.0, 0, -1, None)],
]
HOSTILE_FIELDS = [
    *[(("passphrase", "n"), cost) for cost in HOSTILE_COSTS],
    *[(("recovery", "n"), cost) for cost in HOSTILE_COSTS[:4]],
    (("kdf", "r"), 16),
    (("kdf", "r"), "8"),
    (("kdf", "r"), 8.0),
    (("kdf", "p"), 2),
    (("kdf", "p"), 2**40),
    (("kdf", "name"), "argon2id"),
    (("cipher",), "AES-128-CBC"),
    (("passphrase", "salt"), b64(b"s" * 15)),
    (("passphrase", "salt"), b64(b"s" * 17)),
    (("passphrase", "salt"), b64(b"s" * 10_000)),
    (("passphrase", "salt"), "not base64 at all!"),
    (("passphrase", "salt"), 12345),
    (("passphrase", "nonce"), b64(b"n" * 11)),
    (("passphrase", "nonce"), b64(b"n" * 13)),
    (("recovery", "nonce"), b64(b"n" * 16)),
    (("passphrase", "wrapped"), b64(b"w" * 32)),
    (("passphrase", "wrapped"), b64(b"w" * 49)),
    (("recovery", "wrapped"), ""),
    (("recovery", "wrapped"), None),
    (("passphrase",), "slot"),
    (("recovery",), None),
]
VERSION_2_ONLY = [(("version",), v) for v in ("2", 2.0, 0, -1, None)]


CASES = (
    [(3, w, v) for w, v in HOSTILE_ARGON2ID]
    + [(2, w, v) for w, v in HOSTILE_FIELDS + VERSION_2_ONLY]
    + [(1, w, v) for w, v in HOSTILE_FIELDS]
)


def _passes_16(document: dict[str, Any], where: tuple[str, ...]) -> dict[str, Any]:
    if where == ("passphrase", "kdf", "m") and document["passphrase"]["kdf"]["m"] == 2**18:
        document["passphrase"]["kdf"]["t"] = 16
    return document


@pytest.mark.parametrize(
    "version, where, value",
    CASES,
    ids=[f"v{n}:{'.'.join(w)}={str(v)[:20]}" for n, w, v in CASES],
)
def test_an_impossible_field_is_refused_as_damage_at_once(
    folder, monkeypatch, version, where, value
):
    """Re-signed files reach the field checks past the checksum; version 1 has none."""
    documents = {3: current_document, 2: version_2_document, 1: version_1_document}
    document = _passes_16(_set(documents[version](), where, value), where)
    path = put(folder, with_checksum(document) if version > 1 else document)
    no_scrypt(monkeypatch)

    started = time.perf_counter()
    for attempt in (
        lambda: keys.read_key_file(path, JOURNAL),
        lambda: keys.unlock_key_file(path, JOURNAL, PASSPHRASE),
    ):
        with pytest.raises(JournalError) as caught:
            attempt()
        assert not isinstance(caught.value, keys.WrongPassphrase)
        assert "is damaged" in str(caught.value)
        assert_one_short_sentence(str(caught.value))
    assert time.perf_counter() - started < 0.5


def test_a_key_file_of_a_newer_version_says_so(folder):
    path = put(folder, with_checksum({**current_document(), "version": 4}))
    with pytest.raises(JournalError, match="newer version"):
        keys.read_key_file(path, JOURNAL)


def test_a_huge_key_file_is_refused_without_reading_it_all(folder, monkeypatch):
    path = put(folder, b"{" + b" " * (1024 * 1024) + b"}")
    no_scrypt(monkeypatch)
    with pytest.raises(JournalError, match="is damaged"):
        keys.read_key_file(path, JOURNAL)


def test_derive_itself_refuses_a_runaway_cost():
    with pytest.raises(ValueError):
        keys._derive(PASSPHRASE, b"s" * 16, 2**24)


def sealed_header(data: bytes) -> tuple[bytes, dict[str, Any], bytes]:
    magic, header, body = data.split(b"\n", 2)
    return magic + b"\n", json.loads(header), body


@pytest.mark.parametrize(
    "field, value",
    [
        ("n", 2**20),
        ("n", 2**40),
        ("n", 3000),
        ("n", -1),
        ("n", "1024"),
        ("n", 1024.0),
        ("n", "y" * 5000),
        ("r", 1),
        ("p", 16),
        ("kdf", "pbkdf2"),
        ("cipher", "ChaCha20"),
        ("salt", b64(b"s" * 8)),
        ("salt", "%%%"),
        ("nonce", b64(b"n" * 24)),
        ("nonce", None),
    ],
)
def test_a_sealed_export_asking_for_impossible_values_is_damaged_at_once(monkeypatch, field, value):
    magic, header, body = sealed_header(sealed.seal(b'{"x": 1}', PASSPHRASE))
    header[field] = value
    data = magic + json.dumps(header).encode() + b"\n" + body
    no_scrypt(monkeypatch)
    with pytest.raises(InvalidValue) as caught:
        sealed.unseal(data, PASSPHRASE)
    assert "damaged" in str(caught.value)
    assert_one_short_sentence(str(caught.value))


@pytest.mark.parametrize(
    "data",
    [
        b"WELLBEING-SEALED 1\n",
        b"WELLBEING-SEALED 2\n" + b"{" * 5000,
        b"WELLBEING-SEALED 2\n" + b"[" * 500 + b"\n" + b"x" * 40,
        b"WELLBEING-SEALED 2\nnull\nbody",
        b"WELLBEING-SEALED 1\n\xff\xfe\nbody",
    ],
)
def test_a_sealed_export_with_a_broken_header_is_damaged(monkeypatch, data):
    no_scrypt(monkeypatch)
    with pytest.raises(InvalidValue, match="damaged"):
        sealed.unseal(data, PASSPHRASE)


# --- 3. the header is authenticated ---------------------------------------------------


def test_a_slot_is_bound_to_the_header_and_its_own_key_derivation_and_salt():
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    document = json.loads(keys.key_file_bytes(keys.create_key_file(PASSPHRASE)[0]))
    assert document["version"] == 3
    slot = document["passphrase"]
    kdf = slot["kdf"]
    salt, nonce = base64.b64decode(slot["salt"]), base64.b64decode(slot["nonce"])
    key = Argon2id(
        salt=salt, length=32, iterations=kdf["t"], lanes=kdf["p"], memory_cost=kdf["m"]
    ).derive(PASSPHRASE.encode())
    header = {
        "format": "wellbeing-journal-key",
        "version": 3,
        "cipher": "AES-256-GCM",
        "slot": "passphrase",
        "kdf": kdf,
        "salt": slot["salt"],
    }
    wrapped = base64.b64decode(slot["wrapped"])
    associated = b"wellbeing-journal-key-v3\n" + canonical(header)
    assert len(AESGCM(key).decrypt(nonce, wrapped, associated)) == 32
    for other in (
        b"wellbeing-journal-key-v1",
        b"wellbeing-journal-key-v3\n" + canonical({**header, "kdf": {**kdf, "m": kdf["m"] * 2}}),
        b"wellbeing-journal-key-v3\n" + canonical({**header, "kdf": {**kdf, "t": kdf["t"] + 1}}),
        b"wellbeing-journal-key-v3\n" + canonical({**header, "slot": "recovery"}),
        b"wellbeing-journal-key-v3\n" + canonical({**header, "version": 2}),
    ):
        with pytest.raises(InvalidTag):
            AESGCM(key).decrypt(nonce, wrapped, other)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: _set(d, ("passphrase", "aad"), "context-v1"),  # a downgrade
        lambda d: _set(d, ("passphrase", "aad"), "header-v2"),
        lambda d: _set(d, ("passphrase", "salt"), d["recovery"]["salt"]),
        lambda d: _set(d, ("passphrase", "kdf", "m"), 64),
        lambda d: _set(d, ("passphrase", "kdf", "t"), 2),
        lambda d: _set(d, ("passphrase", "kdf"), {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}),
        lambda d: {**d, "passphrase": d["recovery"], "recovery": d["passphrase"]},
    ],
    ids=[
        "aad downgraded",
        "aad made version 2",
        "salt swapped",
        "memory raised",
        "passes raised",
        "function swapped",
        "slots swapped",
    ],
)
def test_tampering_that_re_signs_the_checksum_still_fails_to_unlock(folder, tamper):
    path = put(folder, with_checksum(tamper(current_document())))
    before = path.read_bytes()
    with pytest.raises(JournalError):
        keys.unlock_key_file(path, JOURNAL, PASSPHRASE)
    assert path.read_bytes() == before


def test_sealed_exports_are_format_2_with_the_header_authenticated():
    data = sealed.seal(b'{"x": 1}', PASSPHRASE)
    magic, header, body = sealed_header(data)
    assert magic == b"WELLBEING-SEALED 2\n"
    assert (header["kdf"], header["r"], header["p"], header["cipher"]) == (
        "scrypt",
        8,
        1,
        "AES-256-GCM",
    )
    assert sealed.is_sealed(data)
    assert sealed.unseal(data, PASSPHRASE) == b'{"x": 1}'
    # The same values written differently: a header is authenticated byte for byte.
    respaced = magic + json.dumps(header, indent=1).replace("\n", " ").encode() + b"\n" + body
    with pytest.raises(InvalidValue):
        sealed.unseal(respaced, PASSPHRASE)


def test_sealed_exports_of_format_1_are_still_read():
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(PASSPHRASE.encode())
    header = {"n": 2**15, "salt": b64(salt), "nonce": b64(nonce)}
    body = AESGCM(key).encrypt(nonce, b'{"old": true}', b"wellbeing-sealed-export-v1")
    data = b"WELLBEING-SEALED 1\n" + json.dumps(header).encode() + b"\n" + body
    assert sealed.is_sealed(data)
    assert sealed.unseal(data, PASSPHRASE) == b'{"old": true}'
    with pytest.raises(InvalidValue, match="wrong passphrase"):
        sealed.unseal(data, "another passphrase")


def test_a_sealed_export_of_a_newer_format_says_so():
    data = b'WELLBEING-SEALED 3\n{"new": "things"}\nbody'
    assert sealed.is_sealed(data)
    with pytest.raises(InvalidValue, match="newer version"):
        sealed.unseal(data, PASSPHRASE)


# --- 4. damage is not a wrong passphrase ----------------------------------------------


def _flip_wrapped(text: bytes) -> bytes:
    document = json.loads(text)
    wrapped = bytearray(base64.b64decode(document["passphrase"]["wrapped"]))
    wrapped[5] ^= 0x01
    document["passphrase"]["wrapped"] = b64(bytes(wrapped))
    return encoded(document)


def _flip_salt_character(text: bytes) -> bytes:
    document = json.loads(text)
    salt = document["recovery"]["salt"]
    document["recovery"]["salt"] = ("B" if salt[0] != "B" else "C") + salt[1:]
    return encoded(document)


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "a flipped bit in the wrapped key": _flip_wrapped,
    "a changed salt": _flip_salt_character,
    "a changed cost": lambda t: t.replace(b'"m": 32', b'"m": 64', 1),
    "a flipped checksum digit": lambda t: re.sub(
        rb"(sha256:)(.)", lambda m: m[1] + (b"0" if m[2] != b"0" else b"1"), t
    ),
    "truncated": lambda t: t[: len(t) * 2 // 3],
    "bad base64": lambda t: t.replace(b'"nonce": "', b'"nonce": "*', 1),
    "checksum removed": lambda t: encoded(
        {k: v for k, v in json.loads(t).items() if k != "checksum"}
    ),
    "zeroed": lambda t: b"\x00" * len(t),
    "empty": lambda t: b"",
}


@pytest.mark.parametrize("damage", list(DAMAGE.values()), ids=list(DAMAGE))
def test_a_damaged_key_file_says_damaged_not_wrong_passphrase(folder, damage):
    path = put(folder, damage(current_bytes()))
    assert path.read_bytes() != current_bytes()
    before = path.read_bytes()
    for secret in (PASSPHRASE, RECOVERY):
        with pytest.raises(JournalError) as caught:
            keys.unlock_key_file(path, JOURNAL, secret)
        assert not isinstance(caught.value, keys.WrongPassphrase)
        assert isinstance(caught.value, keys.DamagedKeyFile)
        message = str(caught.value)
        assert message.startswith(f"The key file {KEY_PATH.name} is damaged"), message
        assert_one_short_sentence(message)
    assert path.read_bytes() == before


def test_the_checksum_does_not_depend_on_layout(folder):
    """Re-indented by an editor or a sync tool, the key file is the same key file."""
    path = put(folder, json.dumps(current_document(), separators=(",", ":")).encode())
    assert keys.unlock_key_file(path, JOURNAL, PASSPHRASE) == DATA_KEY


# --- 5. a new key file never replaces one ---------------------------------------------


def test_a_new_key_file_never_replaces_an_existing_one(folder):
    path = put(folder, b"the key file of a journal that exists")
    key_file, _, _ = keys.create_key_file(PASSPHRASE)
    with pytest.raises(keys.KeyFileExists) as caught:
        keys.write_new_key_file(path, key_file)
    assert isinstance(caught.value, JournalError)
    assert_one_short_sentence(str(caught.value))
    assert path.read_bytes() == b"the key file of a journal that exists"
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_a_new_key_file_is_whole_and_opens(folder):
    path = folder / KEY_PATH.name
    key_file, data_key, recovery = keys.create_key_file(PASSPHRASE)
    keys.write_new_key_file(path, key_file)
    assert keys.unlock_key_file(path, JOURNAL, recovery) == data_key
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_without_hard_links_a_new_key_file_is_created_exclusively(folder, monkeypatch):
    def no_links(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(keys.os, "link", no_links)
    path = folder / KEY_PATH.name
    key_file, data_key, _ = keys.create_key_file(PASSPHRASE)
    keys.write_new_key_file(path, key_file)
    assert keys.unlock_key_file(path, JOURNAL, PASSPHRASE) == data_key
    with pytest.raises(keys.KeyFileExists):
        keys.write_new_key_file(path, key_file)
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_a_crash_while_creating_leaves_no_key_file_and_no_leftover(folder, monkeypatch):
    class PowerCut(BaseException):
        pass

    def cut(*args: object) -> None:
        raise PowerCut

    monkeypatch.setattr(keys.os, "link", cut)
    with pytest.raises(PowerCut):
        keys.write_new_key_file(folder / KEY_PATH.name, keys.create_key_file(PASSPHRASE)[0])
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
@pytest.mark.parametrize("write", ["write_new_key_file", "write_key_file"])
def test_key_files_are_readable_by_their_owner_only_whatever_the_umask(folder, umask, write):
    path = folder / KEY_PATH.name
    previous = os.umask(umask)
    try:
        getattr(keys, write)(path, keys.create_key_file(PASSPHRASE)[0])
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_rewrap_still_replaces_the_key_file_atomically(folder):
    path = folder / KEY_PATH.name
    key_file, data_key, recovery = keys.create_key_file(PASSPHRASE)
    keys.write_new_key_file(path, key_file)
    keys.write_key_file(path, keys.with_new_passphrase(key_file, data_key, "a new passphrase"))
    assert keys.unlock_key_file(path, JOURNAL, "a new passphrase") == data_key
    assert keys.unlock_key_file(path, JOURNAL, recovery) == data_key
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


# --- 7. fuzzing the reader ------------------------------------------------------------

FUZZ = settings(
    max_examples=300,
    deadline=timedelta(milliseconds=500),
    suppress_health_check=[HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [
    ("format",),
    ("version",),
    ("kdf",),
    ("kdf", "name"),
    ("kdf", "r"),
    ("kdf", "p"),
    ("kdf", "n"),
    ("cipher",),
    ("checksum",),
    ("passphrase",),
    ("recovery",),
    *[
        (slot, f)
        for slot in ("passphrase", "recovery")
        for f in ("n", "kdf", "salt", "nonce", "wrapped", "aad")
    ],
    *[(slot, "kdf", f) for slot in ("passphrase", "recovery") for f in ("name", "m", "t", "p")],
]


def _cheap(kdf: keys.Kdf) -> bool:
    return kdf.cost * kdf.passes <= 2**12


def _read_and_unlock(data: bytes) -> None:
    """Only the reader's own errors may come out; unlock too when its costs are cheap."""
    try:
        key_file = keys.parse_key_file(data, KEY_PATH, JOURNAL)
    except JournalError as error:
        assert_short_message(str(error))
        return
    if not (_cheap(key_file.passphrase.kdf) and _cheap(key_file.recovery.kdf)):
        return  # a well-formed file asking for a real cost: slow by design, not fuzzed
    for secret in (PASSPHRASE, RECOVERY, "not it at all"):
        try:
            keys.unlock(key_file, secret, JOURNAL)
        except JournalError as error:
            assert_short_message(str(error))


RUNAWAY_SLOT = {"n": 2**22, "salt": b64(bytes(16)), "nonce": b64(bytes(12)), "wrapped": "AAAA"}


@FUZZ
@given(st.binary(max_size=2000))
@example(b"[" * 5000)  # version 1 let RecursionError through
@example(  # version 1 ran scrypt at N=2**22 for this: 14 s and 4 GiB
    json.dumps(
        {
            "format": "wellbeing-journal-key",
            "version": 1,
            "passphrase": RUNAWAY_SLOT,
            "recovery": RUNAWAY_SLOT,
        }
    ).encode()
)
def test_fuzz_random_bytes(data):
    _read_and_unlock(data)


@FUZZ
@given(json_values)
def test_fuzz_random_json_documents(value):
    _read_and_unlock(json.dumps(value).encode())


@FUZZ
@given(
    st.sampled_from(["current", "version 2", "version 1"]),
    st.lists(st.tuples(st.sampled_from(FIELDS), json_values), min_size=1, max_size=3),
    st.booleans(),
)
@example("current", [(("checksum",), "é")], False)  # once a TypeError from compare_digest
@example("current", [(("passphrase", "kdf", "m"), 2**22)], True)
@example("version 2", [(("passphrase", "n"), 2**22)], True)
def test_fuzz_mutated_key_files(which, changes, re_sign):
    documents = {
        "current": current_document,
        "version 2": version_2_document,
        "version 1": version_1_document_cached,
    }
    document = documents[which]()
    for where, value in changes:
        try:
            _set(document, where, value)
        except (KeyError, TypeError, IndexError):  # the parent was replaced by a scalar
            continue
    if re_sign and isinstance(document, dict):
        document = with_checksum(document)
    _read_and_unlock(encoded(document))


@FUZZ
@given(st.data())
def test_fuzz_mutated_bytes(data):
    raw = bytearray(
        data.draw(
            st.sampled_from(
                [current_bytes(), _version_2_bytes(), encoded(version_1_document_cached())]
            )
        )
    )
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert"]))
        if action == "flip":
            raw[at] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "delete":
            del raw[at : at + data.draw(st.integers(1, 50))]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        if not raw:
            break
    _read_and_unlock(bytes(raw))


@functools.cache
def _version_1_bytes() -> bytes:
    return encoded(version_1_document())


def version_1_document_cached() -> dict[str, Any]:
    return json.loads(_version_1_bytes())


@settings(max_examples=40, deadline=timedelta(milliseconds=500))
@given(st.binary(max_size=600))
def test_fuzz_the_file_reader_on_disk(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / KEY_PATH.name
    path.write_bytes(data)
    with pytest.raises(JournalError):
        keys.read_key_file(path, JOURNAL)


@FUZZ
@given(
    st.sampled_from([b"WELLBEING-SEALED 1\n", b"WELLBEING-SEALED 2\n", b"WELLBEING-SEALED "]),
    st.one_of(json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=300)),
    st.binary(max_size=100),
)
def test_fuzz_sealed_export_headers(magic, header, body):
    data = magic + header + b"\n" + body
    assert sealed.is_sealed(data)
    with pytest.raises(InvalidValue) as caught:
        sealed.unseal(data, PASSPHRASE)
    assert_short_message(str(caught.value))
