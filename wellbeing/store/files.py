"""Small file operations the store repeats: private files, durable renames, copies.

Everything the journal writes is readable by its owner only (0600, folders 0700 when the
store creates them), and a rename is durable only once its folder is synced too.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def make_private_folder(folder: Path) -> None:
    """Create the folder (and missing parents) for the owner only; an existing one stays."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)


def create_private(path: Path) -> None:
    """An empty file only its owner may read; FileExistsError if there is one."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))


def copy_private(source: Path, target: Path) -> None:
    """Copy bytes into a new 0600 file (shutil.copyfile would follow the umask), fsynced."""
    target.unlink(missing_ok=True)
    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    with open(source, "rb") as reader, os.fdopen(descriptor, "wb") as writer:
        shutil.copyfileobj(reader, writer, 1024 * 1024)
        writer.flush()
        os.fsync(writer.fileno())


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make renames and creations inside folder survive a power cut (POSIX only)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_private_text(path: Path, text: str) -> None:
    """All or nothing, readable by its owner only: a crash leaves the old file or none."""

    def write(handle: IO[Any]) -> None:
        handle.write(text)

    write_atomic(path, write, encoding="utf-8")


def write_atomic(path: str | Path, write: Callable[[IO[Any]], None], **open_args: Any) -> None:
    """Write beside the target, fsync, then rename over it: a crash leaves old or new, whole.

    write(handle) fills the file, opened with open_args (``mode="wb"`` for bytes). The file
    is created readable by its owner only (mkstemp), since an export may not be encrypted.
    """
    import contextlib
    import tempfile

    path = Path(path)
    folder = path.parent
    handle_fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        mode = open_args.pop("mode", "w")
        with os.fdopen(handle_fd, mode, **open_args) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    sync_folder(folder)  # the rename itself must reach the disk too
