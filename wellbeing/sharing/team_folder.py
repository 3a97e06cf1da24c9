"""Reading a team folder: every contribution file through the strict reader, each refusal
with its reason, duplicates and files from the future set aside, never counted."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wellbeing.domain.contribution import IsoWeek
from wellbeing.domain.validation import InvalidValue
from wellbeing.sharing.contribution import SUFFIX, Contribution, read_contribution


@dataclass(frozen=True)
class Rejected:
    file: str
    reason: str


@dataclass(frozen=True)
class FolderContents:
    team: str | None
    accepted: list[Contribution]
    rejected: list[Rejected]


MAX_FILES = 2_000_000
"""More than a company's years of weekly files: beyond it, this is not a team folder."""


def _candidates(folder: Path) -> list[os.DirEntry[str]]:
    if not folder.is_dir():
        raise InvalidValue(f"There is no folder at {folder}.")
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(".") or not entry.name.endswith(SUFFIX):
                continue  # half-written files (.name.tmp) and everything else in the folder
            found.append(entry)
            if len(found) > MAX_FILES:
                raise InvalidValue(f"{folder} holds over {MAX_FILES:,} contribution files.")
    return sorted(found, key=lambda entry: entry.name)


def _choose_team(read: list[tuple[str, float, Contribution]], team: str | None) -> str | None:
    if team is not None or not read:
        return team
    """The folder's team: the one most files name, so that one stray file cannot block the
    view (the others are listed as rejected); a tie is for the lead to settle."""
    ranked = Counter(c.team for _, _, c in read).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        tied = ", ".join(sorted(code for code, count in ranked if count == ranked[0][1]))
        raise InvalidValue(
            f"The folder holds as many contributions of several teams ({tied}); say which."
        )
    return ranked[0][0]


def read_folder(folder: Path, team: str | None, today: date) -> FolderContents:
    """Every `.wbc` file of the folder, read strictly; `team` None takes the folder's one team."""
    read: list[tuple[str, float, Contribution]] = []
    rejected: list[Rejected] = []
    for entry in _candidates(folder):
        try:
            if not entry.is_file(follow_symlinks=False):
                raise InvalidValue("not a plain file.")
            read.append((entry.name, entry.stat().st_mtime, read_contribution(Path(entry.path))))
        except InvalidValue as error:
            rejected.append(Rejected(entry.name, str(error)))
    team = _choose_team(read, team)
    this_week = IsoWeek.of(today)
    accepted: dict[tuple[IsoWeek, str], tuple[str, float, Contribution]] = {}
    for name, modified, contribution in read:
        if contribution.team != team:
            rejected.append(Rejected(name, f"made for team {contribution.team}, not {team}."))
        elif contribution.week > this_week:
            rejected.append(Rejected(name, f"dated {contribution.week}, a week still to come."))
        else:
            key = (contribution.week, contribution.token)
            kept = accepted.get(key)
            if kept is None or (kept[1], kept[0]) < (modified, name):
                if kept is not None:
                    rejected.append(_duplicate(kept[0], name))
                accepted[key] = (name, modified, contribution)
            else:
                rejected.append(_duplicate(name, kept[0]))
    rejected.sort(key=lambda r: r.file)
    return FolderContents(team, [c for _, _, c in accepted.values()], rejected)


def _duplicate(name: str, counted: str) -> Rejected:
    return Rejected(name, f"the same person's week as {counted}, which is counted instead.")
