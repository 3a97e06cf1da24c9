"""`wellbeing log` hands its entry to the app already running on the journal.

Opening the journal costs a key derivation (about 0.4 s, by design) or a keyring look-up,
and the app has it open already: the command line validates the entry, sends it over the
app's single-instance socket and prints the app's answer. The app saves it through the same
service as its window (encounters.log_encounter), so its list, undo and reminders follow.

Only the same user reaches the socket: it lies in the user's private runtime folder
($XDG_RUNTIME_DIR, mode 0700) when there is one, is made user-only by the app (Qt's
UserAccessOption), and each side checks the other's user id on the connection (SO_PEERCRED)
where the system tells it. When nothing answers, or the app cannot take the entry now (it
is locked, or still opening), the command line opens the journal itself, as before. Qt-free
on purpose: the command line must not pay for importing Qt (about 0.1 s).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.domain.validation import InvalidValue

if TYPE_CHECKING:
    import socket

    from wellbeing.services.encounters import EncounterEntry

LOG = b"log"
"""The request word, before the entry as one line of JSON (older words: raise, capture)."""
CONNECT_TIMEOUT_S = 0.5
ANSWER_TIMEOUT_S = 5.0
"""The app answers once the entry is saved (milliseconds); it is given this long in case it
is busy before the command line opens the journal itself. The entry keeps its id, so one
saved both ways is saved once."""
MAX_REQUEST_BYTES = 8 * 1024 * 1024
"""An entry with its longest text (1 MB, escaped) fits; more is not from `wellbeing log`."""
MAX_ANSWER_BYTES = 64 * 1024
UCRED = "=iII"
"""struct ucred: pid_t (signed), uid_t and gid_t (unsigned: a user id may be above 2**31)."""
SUN_PATH_MAX = 100
"""AF_UNIX paths are cut at 104 (macOS) or 108 (Linux) bytes; a longer one is not used."""


def server_name(journal: Path) -> str:
    """Where the app running on `journal` listens: a socket path on POSIX (a pipe name on
    Windows), per user and per journal; a hash, so the name says nothing of the path."""
    key = f"{getpass.getuser()}\0{Path(journal).resolve()}".encode()
    name = "wellbeing-" + hashlib.sha256(key).hexdigest()[:24]
    if os.name != "posix":
        return name
    return os.path.join(_socket_folder(), name)


def _socket_folder() -> str:
    """The user's private runtime folder if it is really private; else a folder of our own
    in the temporary one, made 0700; else one in the home folder.

    Never a name in the shared temporary folder itself: another user could take it first
    and keep the app from starting. A folder of ours that someone else made first (or left
    open to others) is passed over for the next.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if _private_folder(runtime):
        return runtime
    temporary = os.environ.get("TMPDIR") or "/tmp"
    candidates = (
        os.path.join(temporary, f"wellbeing-{os.getuid()}"),
        os.path.join(os.path.expanduser("~"), ".wellbeing-run"),
    )
    for folder in candidates:
        if _private_folder(folder, make=True):
            return folder
    return candidates[-1]  # cannot listen there: the app starts without the channel


def _private_folder(folder: str, make: bool = False) -> bool:
    """Whether folder is a real folder (not a link) of this user's, closed to others."""
    if not os.path.isabs(folder) or len(folder) >= SUN_PATH_MAX - 40:
        return False
    if make:
        with contextlib.suppress(OSError):  # there already, or not makeable: checked below
            os.mkdir(folder, 0o700)
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def peer_user(connection: socket.socket) -> int | None:
    """The user id of the process at the other end, where the system says it (Linux)."""
    import socket

    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    credentials = connection.getsockopt(socket.SOL_SOCKET, option, struct.calcsize(UCRED))
    _pid, uid, _gid = struct.unpack(UCRED, credentials)
    return uid


def same_user(connection: socket.socket) -> bool:
    """Whether the other end runs as this user (True where the system cannot say: there the
    socket's and its folder's permissions keep other users out)."""
    uid = peer_user(connection)
    return uid is None or uid == os.getuid()


# --- the request -----------------------------------------------------------------------


@dataclass(frozen=True)
class LogRequest:
    """What `wellbeing log` asks the app to save."""

    entry: EncounterEntry
    strict_client: bool = False


def request_line(request: LogRequest) -> bytes:
    from wellbeing.domain.encoding import encounter_to_json

    entry = request.entry
    document = {
        "client": entry.client_name,
        "detect": entry.detect,
        "strict_client": request.strict_client,
        "encounter": encounter_to_json(entry.draft),
    }
    return LOG + b" " + json.dumps(document, ensure_ascii=False).encode("utf-8") + b"\n"


def read_request(payload: bytes) -> LogRequest:
    """The request sent by request_line, checked again as any entry is (InvalidValue)."""
    from wellbeing.domain.encoding import encounter_from_json
    from wellbeing.services.encounters import EncounterEntry

    try:
        document = json.loads(payload)
        if not isinstance(document, dict) or not isinstance(document.get("encounter"), dict):
            raise TypeError("not an entry")
        client, detect, strict = document["client"], document["detect"], document["strict_client"]
        if not isinstance(client, str) or not isinstance(detect, bool):
            raise TypeError("not an entry")
        draft = encounter_from_json(document["encounter"])
        if not isinstance(strict, bool) or not _fresh_id(draft.id):
            raise TypeError("not an entry from wellbeing log")
        return LogRequest(EncounterEntry(client, draft, detect=detect), strict)
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        raise InvalidValue(
            f"The command line sent an entry the app cannot read ({_cut(error)}); "
            "nothing was saved.",
            "unreadable_handoff",
        ) from None


def _fresh_id(encounter_id: object) -> bool:
    """An id as `wellbeing log` makes them: 32 hexadecimal digits."""
    return (
        isinstance(encounter_id, str)
        and len(encounter_id) == 32
        and all(c in "0123456789abcdef" for c in encounter_id)
    )


def not_a_new_entry() -> InvalidValue:
    return InvalidValue(
        "The command line sent the id of an encounter already in the journal; nothing was changed.",
        "handoff_existing_id",
    )


def _cut(error: Exception, limit: int = 80) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the answer ------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """The app's answer: the saved encounter's id, or why it was refused (one sentence)."""

    saved: str | None = None
    refused: str | None = None


UNAVAILABLE = b'{"unavailable": true}\n'
"""The app cannot take the entry now (locked, still opening): the command line writes."""


def saved_line(encounter_id: str) -> bytes:
    return json.dumps({"saved": encounter_id}).encode() + b"\n"


def refused_line(sentence: str) -> bytes:
    return json.dumps({"refused": sentence}, ensure_ascii=False).encode("utf-8") + b"\n"


def _answer(line: bytes) -> Answer | None:
    try:
        document = json.loads(line)
    except ValueError:
        return None
    if not isinstance(document, dict):
        return None
    if isinstance(saved := document.get("saved"), str):
        return Answer(saved=saved)
    if isinstance(refused := document.get("refused"), str):
        return Answer(refused=refused)
    return None  # unavailable, or a word from another version: write it ourselves


# --- the command line's side -----------------------------------------------------------


def hand_off(journal: Path, request: LogRequest) -> Answer | None:
    """Give the entry to the app running on `journal`; None when no app of this user took
    it (none running, locked, or no answer in time): then the caller writes it itself."""
    if os.name != "posix":
        return None  # Windows: the app listens on a named pipe, which Python cannot reach
    path = server_name(journal)
    try:
        info = os.lstat(path)
    except OSError:
        return None  # no app on this journal: the common case, decided without a syscall more
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        return None  # not the socket one of our apps made: never send it the entry
    import socket  # here: without an app (the common case) its import (3 ms) is not paid

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        try:
            connection.settimeout(CONNECT_TIMEOUT_S)
            connection.connect(path)
            if not same_user(connection):
                return None
            connection.settimeout(ANSWER_TIMEOUT_S)
            connection.sendall(request_line(request))
            return _answer(_read_line(connection))
        except OSError:  # refused (a crashed app's socket), timed out, reset
            return None


def _read_line(connection: socket.socket) -> bytes:
    data = b""
    while b"\n" not in data and len(data) < MAX_ANSWER_BYTES:
        chunk = connection.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.partition(b"\n")[0]
