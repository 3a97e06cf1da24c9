"""The keyring is imported without the modules it does not use to read a key (issue 16),
and works as a plain `import keyring` does: it finds the same backends, and what it put
off importing is there, whole, for whoever uses it afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

REPORT = """
import json, sys
if sys.argv[1] == "deferred":
    from wellbeing.store.remembered import _keyring
    keyring = _keyring()
else:
    import keyring
names = ("urllib.request", "http.client", "importlib_metadata")
skipped = sorted(n for n in names if n in sys.modules)
import keyring.backend
found = keyring.backend.get_all_keyring()
backends = sorted(f"{type(b).__module__}.{type(b).__name__}" for b in found)
import jaraco.context
import urllib.request
print(json.dumps({
    "skipped_at_import": skipped,
    "backends": backends,
    "chosen": type(keyring.get_keyring()).__module__,
    "urlopen": jaraco.context.urllib.request.urlopen is urllib.request.urlopen,
    "request_is_real": hasattr(sys.modules["urllib.request"], "Request"),
}))
"""


def report(how: str, **environment: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **environment)
    env.pop("PYTHON_KEYRING_BACKEND", None)  # let keyring look for its backends
    done = subprocess.run(
        [sys.executable, "-c", REPORT, how], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_keyring_finds_the_same_backends_without_what_it_does_not_use():
    plain, deferred = report("plain"), report("deferred")
    assert deferred["skipped_at_import"] == []  # none of them loaded to import keyring
    assert plain["skipped_at_import"] != []  # (they are, by a plain import)
    assert deferred["backends"] == plain["backends"]  # found through importlib metadata
    assert deferred["chosen"] == plain["chosen"]
    assert deferred["urlopen"] and deferred["request_is_real"]


def test_a_keyring_chosen_in_its_configuration_file_is_still_the_one_used(tmp_path: Path):
    folder = tmp_path / "config" / "python_keyring"
    folder.mkdir(parents=True)
    (folder / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyring.backends.null.Keyring\n"
    )
    config = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    plain, deferred = report("plain", **config), report("deferred", **config)
    assert plain["chosen"] == deferred["chosen"] == "keyring.backends.null"
