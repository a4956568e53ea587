"""One window per database: a second start hands its files to the window already open, which
comes forward and imports them, and then quits.

The two meet on a local socket (a named pipe on Windows) whose name is drawn from the user and
the database, so another user, or the same user on another database, starts a window of its own.
One line of JSON goes over: {"files": [absolute paths]}; the running window answers "ok".
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal

# Qt's network module is loaded when a window is there to ask, or once this one has painted.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

WAIT_MS = 2000
ANSWER = b"ok\n"


def _user() -> str:
    """Who runs this: the user id where there is one (Linux, macOS), else the user name."""
    if hasattr(os, "getuid"):
        return str(os.getuid())
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        return ""


PREFIX = "mentordesk-"


def instance_name(database: str) -> str:
    import hashlib  # loads OpenSSL (~3 ms): only once a window may be listening, see any_listening

    user = _user()
    digest = hashlib.sha256(f"{user}\0{database}".encode()).hexdigest()[:24]
    return f"{PREFIX}{digest}"


def hand_over(name: str, files: list[Path], wait_ms: int = WAIT_MS) -> bool:
    """Pass `files` to the window listening as `name`; False when none answered."""
    if not may_be_listening(name):
        return False
    import json

    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(wait_ms):
        return False
    socket.write(json.dumps({"files": [str(f) for f in files]}).encode() + b"\n")
    socket.waitForBytesWritten(wait_ms)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(wait_ms):
        answer += bytes(socket.readAll())
    socket.disconnectFromServer()
    return answer == ANSWER


def any_listening() -> bool:
    """Whether any window may be listening, told without working out a database's name: on
    Linux and macOS, whether QDir.tempPath() holds a socket of ours at all. A start with no
    other window open (the usual one) then works its name out after its first paint."""
    if sys.platform == "win32":
        return True
    try:
        with os.scandir(QDir.tempPath()) as entries:
            return any(entry.name.startswith(PREFIX)
                       and stat.S_ISSOCK(entry.stat(follow_symlinks=False).st_mode)
                       for entry in entries)
    except OSError:  # cannot tell: ask
        return True


def may_be_listening(name: str) -> bool:
    """Whether a window may be listening as `name`. On Windows (named pipes) it is asked; on
    Linux and macOS its socket file is in QDir.tempPath(), where QLocalServer makes it, and
    without that file nobody listens (a start then need not load the network module)."""
    return sys.platform == "win32" or Path(QDir.tempPath(), name).exists()


class InstanceServer(QObject):
    """Listens for later starts; each one's files arrive through `files_received`."""

    files_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        # Nobody answered on this name (hand_over came first), so the socket is a crash's
        # leftover: take it over.
        self._server.removeServer(self.name)
        listening = self._server.listen(self.name)
        if not listening:
            log.warning("cannot listen for later starts: %s", self._server.errorString())
        return listening

    def close(self) -> None:
        self._server.close()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll())
        self._buffers[socket] = data
        if b"\n" not in data:
            return
        line = data.split(b"\n", 1)[0]
        import json

        try:
            files = [Path(f) for f in json.loads(line)["files"]]
        except (ValueError, KeyError, TypeError):
            log.warning("a later start sent something unreadable; ignored")
            socket.disconnectFromServer()
            return
        socket.write(ANSWER)
        socket.flush()
        self.files_received.emit(files)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
