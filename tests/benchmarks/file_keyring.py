"""A keyring in a plain file, for the benchmarks' `wellbeing` subprocesses only.

This machine (like CI) has no Secret Service, so `wellbeing remember` would find no keyring.
The benchmark selects this backend with PYTHON_KEYRING_BACKEND, which keyring reads before
it looks for any other backend: the figure then covers importing keyring and reading one
key, not a D-Bus round trip to a desktop keyring (a few milliseconds more on a desktop).
The file lies in the benchmark's throwaway home; never use this for real keys.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "WELLBEING_BENCHMARK_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def file(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _items(self) -> dict[str, str]:
        try:
            return json.loads(self.file.read_text())
        except FileNotFoundError:
            return {}

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._items() | {f"{service}\0{username}": password}
        self.file.write_text(json.dumps(items))

    def get_password(self, service: str, username: str) -> str | None:
        return self._items().get(f"{service}\0{username}")

    def delete_password(self, service: str, username: str) -> None:
        items = self._items()
        if items.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError(username)
        self.file.write_text(json.dumps(items))
