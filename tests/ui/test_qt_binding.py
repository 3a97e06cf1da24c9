"""Guards against a Qt binding that would crash a long session."""

from __future__ import annotations

import subprocess
import sys

EMITS = """
import sys
from PySide6.QtCore import QObject, Signal

class Store(QObject):
    changed = Signal(str, object)

store = Store()
before = sys.getrefcount(True)
for _ in range(5000):
    store.changed.emit("encounters", None)
print(before - sys.getrefcount(True))
"""


def test_emitting_signals_does_not_leak_references_to_true():
    """PySide6 6.12.0 aborted Python 3.11 after about a thousand emits (bool_dealloc)."""
    result = subprocess.run([sys.executable, "-c", EMITS], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout) == 0
