"""Sealed exports: a JSON export encrypted with a passphrase, for `export --encrypt`.

Layout (format 2): the line `WELLBEING-SEALED 2`, a JSON header line (KDF, its cost and
parameters, cipher, salt and nonce, in base64), then the AES-256-GCM ciphertext of the UTF-8
JSON export. The associated data is those two lines exactly as written, so a header changed
in any byte (a lowered cost, another salt) fails to decrypt. Format 1 files (header of cost,
salt and nonce, fixed associated data) are still read. Every header field is bounded before
scrypt runs. Same primitives and bounds as the journal's key file.
"""

from __future__ import annotations

import base64
import json
import os

from wellbeing.domain.validation import InvalidValue

PREFIX = b"WELLBEING-SEALED "
MAGIC_1 = PREFIX + b"1\n"
MAGIC_2 = PREFIX + b"2\n"
MAGIC = MAGIC_2
"""What seal writes today."""
CONTEXT = b"wellbeing-sealed-export-v1"
"""Associated data of format 1."""
CIPHER = "AES-256-GCM"
MAX_HEADER_BYTES = 1024  # a header is about 150 bytes
TAG_BYTES = 16


def is_sealed(data: bytes) -> bool:
    """Any sealed format, even a newer one: unseal then says to update rather than 'not JSON'."""
    return data.startswith(PREFIX)


def seal(plain: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from wellbeing.store import keys

    keys.check_passphrase(passphrase)
    salt, nonce, cost = os.urandom(keys.SALT_BYTES), os.urandom(keys.NONCE_BYTES), keys.SCRYPT_N
    key = keys._derive(passphrase, salt, cost)
    header = {
        "kdf": "scrypt",
        "n": cost,
        "r": keys.SCRYPT_R,
        "p": keys.SCRYPT_P,
        "cipher": CIPHER,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
    }
    head = MAGIC_2 + json.dumps(header, separators=(",", ":")).encode() + b"\n"
    return head + AESGCM(key).encrypt(nonce, plain, head)


def unseal(data: bytes, passphrase: str | None) -> bytes:
    """The export inside; InvalidValue for a missing or wrong passphrase or a damaged file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from wellbeing.store import keys

    if not passphrase:
        raise InvalidValue("this export is encrypted; its passphrase is needed.", "sealed")
    try:
        cost, salt, nonce, associated, body = _parse(data)
    except InvalidValue:
        raise
    except ValueError as error:
        raise InvalidValue(f"the encrypted export is damaged ({error}).", "sealed") from None
    key = keys._derive(passphrase, salt, cost)
    try:
        return AESGCM(key).decrypt(nonce, body, associated)
    except InvalidTag:
        raise InvalidValue("wrong passphrase for this encrypted export.", "sealed") from None


def _parse(data: bytes) -> tuple[int, bytes, bytes, bytes, bytes]:
    """Cost, salt, nonce, associated data and ciphertext, all checked; ValueError if not."""
    from wellbeing.store import keys

    magic = data[: len(MAGIC_2)]
    if magic not in (MAGIC_1, MAGIC_2):
        if data.startswith(PREFIX) and data[len(PREFIX) : len(PREFIX) + 1].isdigit():
            raise InvalidValue(
                "this encrypted export was written by a newer version of Wellbeing Journal; "
                "update the app to read it.",
                "sealed",
            )
        raise ValueError("it does not start as an encrypted export")
    end = data.find(b"\n", len(magic), len(magic) + MAX_HEADER_BYTES + 1)
    if end < 0:
        raise ValueError("its header line is missing or too long")
    header_line, body = data[len(magic) : end], data[end + 1 :]
    try:
        header = json.loads(header_line.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, RecursionError, ValueError):
        raise ValueError("its header is not JSON") from None
    if not isinstance(header, dict):
        raise ValueError("its header is not a JSON object")
    if magic == MAGIC_2:
        expected = {"kdf", "n", "r", "p", "cipher", "salt", "nonce"}
        if set(header) != expected:
            raise ValueError(f"unexpected header fields {keys.echo(sorted(set(header)))}")
        if header["kdf"] != "scrypt":
            raise ValueError(f"the key derivation {keys.echo(header['kdf'])} is not scrypt")
        keys.check_kdf_parameters(header["r"], header["p"])
        if header["cipher"] != CIPHER:
            raise ValueError(f"the cipher {keys.echo(header['cipher'])} is not {CIPHER}")
        associated = data[: end + 1]
    else:
        if set(header) != {"n", "salt", "nonce"}:
            raise ValueError(f"unexpected header fields {keys.echo(sorted(set(header)))}")
        associated = CONTEXT
    cost = keys.check_cost(header["n"])
    salt = keys.decode_field(header["salt"], keys.SALT_BYTES, "salt")
    nonce = keys.decode_field(header["nonce"], keys.NONCE_BYTES, "nonce")
    if len(body) < TAG_BYTES:
        raise ValueError("it is truncated")
    return cost, salt, nonce, associated, body


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number")
