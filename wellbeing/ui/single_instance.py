"""One window per journal: a second start brings the first window forward instead.

Two processes writing the same journal would fight over it (and over the draft); a local
socket named after the journal's path tells a second start that the first is there.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 500


def server_name(journal: Path) -> str:
    """Per user and per journal; a hash, so the socket's name says nothing of the path."""
    key = f"{getpass.getuser()}\0{journal.resolve()}".encode()
    return "wellbeing-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    activated = Signal()
    """Another start asked for this window."""

    def __init__(self, journal: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(journal)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)

    def claim(self) -> bool:
        """True if this process may open the journal; False after waking the one that has it."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if socket.waitForConnected(TIMEOUT_MS):
            socket.write(b"raise\n")
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
            connection.disconnected.connect(connection.deleteLater)
        self.activated.emit()
