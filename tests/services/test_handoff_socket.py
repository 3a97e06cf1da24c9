"""Where the hand-over socket lives, and who may talk on it: other users are kept out and
cannot keep the app from starting."""

from __future__ import annotations

import os
import shutil
import stat
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellbeing.services import handoff

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX sockets and permissions")


@pytest.fixture
def short_tmp_path() -> Iterator[Path]:
    """A folder with a short path: a socket's whole path must fit in about 100 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="wb", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def no_runtime_folder(short_tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A session without $XDG_RUNTIME_DIR: the shared temporary folder is what is left."""
    shared = short_tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(shared))
    monkeypatch.setenv("HOME", str(short_tmp_path / "home"))
    (short_tmp_path / "home").mkdir()
    return shared


def test_without_a_runtime_folder_the_socket_is_in_a_private_folder_not_the_shared_one(
    no_runtime_folder: Path,
):
    folder = Path(handoff.server_name(Path("journal.wbj"))).parent
    assert folder != no_runtime_folder
    assert folder.parent == no_runtime_folder
    info = folder.lstat()
    assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
    assert stat.S_IMODE(info.st_mode) == 0o700


@pytest.mark.parametrize("squat", ["open folder", "a file", "a link"])
def test_a_folder_name_taken_first_by_someone_else_is_passed_over(
    no_runtime_folder: Path, short_tmp_path: Path, squat: str
):
    taken = no_runtime_folder / f"wellbeing-{os.getuid()}"
    if squat == "open folder":
        taken.mkdir()
        taken.chmod(0o777)  # made by another user, or left open: theirs to fill
    elif squat == "a file":
        taken.write_text("")
    else:
        elsewhere = short_tmp_path / "elsewhere"
        elsewhere.mkdir(mode=0o700)
        taken.symlink_to(elsewhere)

    folder = Path(handoff.server_name(Path("journal.wbj"))).parent

    assert folder == short_tmp_path / "home" / ".wellbeing-run"
    assert stat.S_IMODE(folder.lstat().st_mode) == 0o700


class Connection:
    """What getsockopt(SO_PEERCRED) returns for a peer of a given user id."""

    def __init__(self, uid: int) -> None:
        self.credentials = struct.pack("=iII", 1234, uid, 100)

    def getsockopt(self, level: int, option: int, size: int) -> bytes:
        assert size == len(self.credentials)
        return self.credentials


@pytest.mark.skipif(not hasattr(__import__("socket"), "SO_PEERCRED"), reason="Linux")
@pytest.mark.parametrize("uid", [0, 1000, 2**31 + 5, 2**32 - 2])
def test_the_peers_user_id_is_read_whole_even_above_two_to_the_31(uid: int):
    assert handoff.peer_user(Connection(uid)) == uid  # type: ignore[arg-type]
