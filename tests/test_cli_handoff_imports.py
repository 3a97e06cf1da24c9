"""A `wellbeing log` the running app takes imports nothing heavy: no Qt, no database, no
cryptography, no keyring, no numpy (the point of handing it over is not paying for them)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from wellbeing.services import handoff

HEAVY = ("PySide6", "shiboken6", "sqlite_utils", "sqlcipher3", "numpy", "matplotlib", "keyring")
HEAVY += ("cryptography", "zxcvbn", "opendp", "platformdirs")

RUN_AND_LIST_MODULES = """
import sys
from wellbeing.cli import main
code = main(sys.argv[1:])
print("MODULES", " ".join(sorted(sys.modules)))
sys.exit(code)
"""


@pytest.mark.skipif(os.name != "posix", reason="the hand-off uses a Unix socket")
def test_a_handed_off_log_imports_nothing_heavy(tmp_path: Path):
    journal = tmp_path / "journal.wbj"
    received: list[bytes] = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as app:  # stands in for the app
        app.bind(handoff.server_name(journal))
        app.listen()

        def answer() -> None:
            connection, _ = app.accept()
            with connection:
                received.append(connection.makefile("rb").readline())
                connection.sendall(handoff.saved_line("0" * 32))

        serving = threading.Thread(target=answer)
        serving.start()
        try:
            log = ["log", "--journal", str(journal), "--client", "Acme", "--impact", "6"]
            done = subprocess.run(
                [sys.executable, "-c", RUN_AND_LIST_MODULES, *log],
                capture_output=True,
                text=True,
                timeout=60,
            )
            serving.join(timeout=30)
        finally:
            os.unlink(handoff.server_name(journal))

    assert done.returncode == 0, done.stderr
    printed, modules = done.stdout.split("MODULES ")
    assert printed.strip() == "0" * 32
    verb, payload = received[0].split(b" ", 1)
    assert verb == b"log" and json.loads(payload)["encounter"]["impact"] == 6
    loaded = {name.split(".")[0] for name in modules.split()}
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
    assert not journal.exists()  # the journal was never opened, let alone created
