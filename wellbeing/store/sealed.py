"""Sealed exports: a JSON export encrypted with a passphrase, for `export --encrypt`.

Layout: the line `WELLBEING-SEALED 1`, a JSON header line (scrypt cost, salt, nonce, all
base64), then the AES-256-GCM ciphertext of the UTF-8 JSON export. Same primitives as
the journal's key file.
"""

from __future__ import annotations

import base64
import json
import os

from wellbeing.domain.validation import InvalidValue

MAGIC = b"WELLBEING-SEALED 1\n"
CONTEXT = b"wellbeing-sealed-export-v1"


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(plain: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from wellbeing.store import keys

    keys.check_passphrase(passphrase)
    salt, nonce, cost = os.urandom(16), os.urandom(12), keys.SCRYPT_N
    key = keys._derive(passphrase, salt, cost)
    header = {
        "n": cost,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
    }
    body = AESGCM(key).encrypt(nonce, plain, CONTEXT)
    return MAGIC + json.dumps(header).encode() + b"\n" + body


def unseal(data: bytes, passphrase: str | None) -> bytes:
    """The export inside; InvalidValue for a missing or wrong passphrase or a damaged file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from wellbeing.store import keys

    if not passphrase:
        raise InvalidValue("this export is encrypted; its passphrase is needed.", "sealed")
    try:
        header_line, body = data[len(MAGIC) :].split(b"\n", 1)
        header = json.loads(header_line)
        salt, nonce = base64.b64decode(header["salt"]), base64.b64decode(header["nonce"])
        key = keys._derive(passphrase, salt, int(header["n"]))
        return AESGCM(key).decrypt(nonce, body, CONTEXT)
    except InvalidTag:
        raise InvalidValue("wrong passphrase for this encrypted export.", "sealed") from None
    except (ValueError, KeyError, TypeError) as error:
        raise InvalidValue(f"the encrypted export is damaged ({error}).", "sealed") from None
