"""Where an export may be written: never over the journal, its key, a backup or a device.

An export path typed by mistake (the journal's own name, its key file) would replace the
encrypted journal with readable JSON. So the target is checked before anything is written:
a regular file, or nothing yet, outside the journal's own files and backups folder; an
existing file is replaced only when the user said so; a link is refused, since it could
point anywhere.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from wellbeing.domain.validation import InvalidValue
from wellbeing.store.backup import backups_folder


def check_export_target(target: Path, journal: Path, replace: bool) -> None:
    """InvalidValue in one sentence if writing an export to target could harm something."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise InvalidValue(
            f"{target} cannot be checked ({error.strerror}).", "bad_target"
        ) from None
    if info is not None:
        _check_existing(target, info, replace)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidValue(f"The folder {folder} does not exist.", "bad_target")
    if _is_protected(target, journal):
        raise InvalidValue(
            f"{target} is the journal, one of its own files or a backup, which an export "
            "never replaces; choose another file name.",
            "protected_target",
        )


def _check_existing(target: Path, info: os.stat_result, replace: bool) -> None:
    if stat.S_ISLNK(info.st_mode):
        raise InvalidValue(
            f"{target} is a link; write the export to a plain file name instead.", "bad_target"
        )
    if stat.S_ISDIR(info.st_mode):
        raise InvalidValue(f"{target} is a folder; give a file name inside it.", "bad_target")
    if not stat.S_ISREG(info.st_mode):
        raise InvalidValue(f"{target} is not a regular file; choose another name.", "bad_target")
    if not replace:
        raise InvalidValue(f"{target} already exists; add --force to replace it.", "target_exists")


def _is_protected(target: Path, journal: Path) -> bool:
    """The journal and every file the store keeps beside it (its key, lock, write-ahead
    log, a restore or a creation under way), or anything in its backups folder."""
    resolved = _real(target)
    journal = _real(journal)
    if resolved == journal:
        return True
    if resolved.parent == journal.parent and resolved.name.startswith(
        (journal.name + ".", journal.name + "-")
    ):
        return True
    backups = _real(backups_folder(journal))
    return resolved.parent == backups or backups in resolved.parents


def _real(path: Path) -> Path:
    """Absolute, with every folder link resolved (the last part is never a link here)."""
    path = Path(os.path.abspath(path))
    return Path(os.path.realpath(path.parent)) / path.name
