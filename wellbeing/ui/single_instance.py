"""One window per journal: a second start brings the first window forward instead.

Two processes writing the same journal would fight over it (and over the draft); a local
socket named after the journal's path tells a second start that the first is there. The
second start says what it wants in one line: "raise" (the window) or "capture" (the small
capture window, for `wellbeing capture` bound to a desktop shortcut). `wellbeing log` sends
"log" and its entry, and waits for the answer line (services.handoff, ui.cli_handoff).

Only the same user gets through: the socket is in the user's private runtime folder when
there is one, it is made user-only (UserAccessOption: Qt binds it in a private temporary
folder, sets its mode to 0700, then moves it into place), and a connection from another
user id is dropped unread where the system says who connected (SO_PEERCRED, Linux).
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from wellbeing.services import handoff

log = logging.getLogger(__name__)

TIMEOUT_MS = 500
RAISE = b"raise"
CAPTURE = b"capture"
LOG = handoff.LOG


def server_name(journal: Path) -> str:
    """Per user and per journal (services.handoff: `wellbeing log` finds it without Qt)."""
    return handoff.server_name(journal)


def same_user(connection: QLocalSocket) -> bool:
    """Whether the process that connected runs as this user (see handoff.same_user)."""
    descriptor = connection.socketDescriptor()
    if os.name != "posix" or descriptor < 0:
        return True  # a Windows pipe: its access list, set by UserAccessOption, decides
    with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as duplicate:
        return handoff.same_user(duplicate)


class SingleInstance(QObject):
    activated = Signal()
    """Another start asked for this window."""
    capture_requested = Signal()
    """Another start (`wellbeing capture`) asked for the capture window."""

    def __init__(self, journal: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        """The journal this instance answers for (another may be opened in the window)."""
        self.name = server_name(journal)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.log_handler: Callable[[bytes], bytes] | None = None
        """Saves an entry `wellbeing log` handed over and gives the answer line
        (ui.cli_handoff); without one the command line is told to write it itself."""

    def claim(self, request: bytes = RAISE) -> bool:
        """True if this process may open the journal; False after handing `request` to the
        one that has it. A name it cannot listen on does not stop the app: it then runs
        without the channel (no hand-over), and the journal's lock refuses a second open."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if socket.waitForConnected(TIMEOUT_MS):
            socket.write(request + b"\n")
            socket.waitForBytesWritten(TIMEOUT_MS)
            socket.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # left behind by a crashed first instance
        if not self.server.listen(self.name):  # the journal's own lock still keeps one open
            log.warning("No single-instance channel: %s", self.server.errorString())
        return True

    def release(self) -> None:
        self.server.close()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            if not same_user(connection):
                connection.abort()
                connection.deleteLater()
                continue
            # Slots of self, found through sender(): Qt drops them when self goes, before
            # the sockets it owns close (and would call back into a half-deleted object).
            connection.readyRead.connect(self._on_ready)
            connection.disconnected.connect(self._on_ended)
            connection.disconnected.connect(connection.deleteLater)
            self._read(connection)

    def _on_ready(self) -> None:
        if isinstance(connection := self.sender(), QLocalSocket):
            self._read(connection)

    def _on_ended(self) -> None:
        if isinstance(connection := self.sender(), QLocalSocket):
            self._ended(connection)

    def _read(self, connection: QLocalSocket) -> None:
        """Act on the request once its line has arrived; only once per connection."""
        if connection.property("answered"):
            return
        if not connection.canReadLine():
            if connection.bytesAvailable() > handoff.MAX_REQUEST_BYTES:
                connection.setProperty("answered", True)
                connection.abort()  # no line ever this long comes from the command line
            return
        connection.setProperty("answered", True)
        request = bytes(connection.readLine().data()).strip()
        verb, _, payload = request.partition(b" ")
        if verb == LOG:
            self._answer_log(connection, payload)
        else:
            (self.capture_requested if request == CAPTURE else self.activated).emit()

    def _answer_log(self, connection: QLocalSocket, payload: bytes) -> None:
        """Save the handed-over entry and answer; the connection closes once it is sent."""
        answer = handoff.UNAVAILABLE
        try:
            if self.log_handler is not None:
                answer = self.log_handler(payload)
        finally:  # even after a bug: the command line then writes the entry itself
            connection.write(answer)
            connection.flush()  # now, not once the views have refreshed
            connection.disconnectFromServer()

    def _ended(self, connection: QLocalSocket) -> None:
        """A start that left without a word (an older version) still wants the window; an
        entry cut short (`wellbeing log` interrupted) does not."""
        self._read(connection)
        if not connection.property("answered"):
            connection.setProperty("answered", True)
            if bytes(connection.peek(len(LOG)).data()) != LOG:
                self.activated.emit()
