"""One window per journal: a second start brings the first window forward instead.

Two processes writing the same journal would fight over it (and over the draft); a local
socket named after the journal's path tells a second start that the first is there. The
second start says what it wants in one line: "raise" (the window) or "capture" (the small
capture window, for `wellbeing capture` bound to a desktop shortcut).
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 500
RAISE = b"raise"
CAPTURE = b"capture"


def server_name(journal: Path) -> str:
    """Per user and per journal; a hash, so the socket's name says nothing of the path."""
    key = f"{getpass.getuser()}\0{journal.resolve()}".encode()
    return "wellbeing-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    activated = Signal()
    """Another start asked for this window."""
    capture_requested = Signal()
    """Another start (`wellbeing capture`) asked for the capture window."""

    def __init__(self, journal: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(journal)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)

    def claim(self, request: bytes = RAISE) -> bool:
        """True if this process may open the journal; False after handing `request` to the
        one that has it."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if socket.waitForConnected(TIMEOUT_MS):
            socket.write(request + b"\n")
            socket.waitForBytesWritten(TIMEOUT_MS)
            socket.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # left behind by a crashed first instance
        return self.server.listen(self.name)

    def release(self) -> None:
        self.server.close()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
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
        if connection.property("answered") or not connection.canReadLine():
            return
        connection.setProperty("answered", True)
        request = bytes(connection.readLine().data()).strip()
        (self.capture_requested if request == CAPTURE else self.activated).emit()

    def _ended(self, connection: QLocalSocket) -> None:
        """A start that left without a word (an older version) still wants the window."""
        self._read(connection)
        if not connection.property("answered"):
            connection.setProperty("answered", True)
            self.activated.emit()
