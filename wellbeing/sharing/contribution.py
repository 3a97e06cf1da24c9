"""A weekly contribution: randomising the answers, the weekly token, the file and its reader.

The file holds the randomised answers and nothing else (no text, no names, no dates finer
than the week, no ids, the app's major version only); `read_contribution` is the strict
reader the lead's side uses for every file found in the team folder.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from wellbeing import __version__
from wellbeing.analysis.privacy import CATEGORICAL, IRRITANT_BIT
from wellbeing.domain.contribution import (
    IRRITANT_CATEGORIES,
    IRRITANTS_KEY,
    QUESTIONS,
    Answers,
    IsoWeek,
    check_team_code,
)
from wellbeing.domain.validation import InvalidValue
from wellbeing.sharing.noise import Noise
from wellbeing.store import strict
from wellbeing.store.files import write_atomic

FORMAT = "wellbeing-contribution"
VERSION = 1
MAX_BYTES = 4096
"""A real file is under 600 bytes; anything much larger is not one."""
SUFFIX = ".wbc"
APP_MAJOR = int(__version__.split(".")[0])

SPEC = strict.FileSpec(
    noun="a contribution",
    title="a Wellbeing team contribution",
    code="bad_contribution",
    too_large_code="contribution_too_large",
    max_bytes=MAX_BYTES,
    max_depth=4,
    max_digits=6,
)


@dataclass(frozen=True)
class Contribution:
    team: str
    week: IsoWeek
    token: str
    answers: Answers
    app_major: int = APP_MAJOR

    @property
    def file_name(self) -> str:
        """Same week, same person, same name: a resubmission replaces the earlier file."""
        return f"{self.week}-{self.token[:16]}{SUFFIX}"


# --- the employee's side ------------------------------------------------------------------


def weekly_token(secret: bytes, team: str, week: IsoWeek) -> str:
    """HMAC of the week under a secret that never leaves the machine: stable within a week,
    unrelated from one week to the next for anyone without the secret."""
    message = f"{FORMAT}|{team}|{week}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:32]


def memo_key(question: str, truth: str) -> str:
    return f"{question}:{truth}"


def randomise(
    truth: Answers, memos: dict[str, str], noise: Noise
) -> tuple[Answers, dict[str, str]]:
    """The answers a file may carry, and the permanent answers drawn for the first time.

    Stage one (permanent) is drawn once per (question, true answer) and remembered, so that
    a year of files repeats it rather than averaging it away; stage two (instantaneous) is
    drawn for every file.
    """
    new: dict[str, str] = {}

    def permanent(key: str, draw: Any) -> str:
        if key not in memos and key not in new:
            new[key] = draw()
        return memos.get(key) or new[key]

    shown: dict[str, str] = {}
    for question in QUESTIONS:
        mechanism = CATEGORICAL[question.key]
        value = truth.categories[question.key]
        kept = permanent(
            memo_key(question.key, value),
            lambda: noise.categorical(value, question.keys, mechanism.permanent_keep),  # noqa: B023
        )
        shown[question.key] = noise.categorical(kept, question.keys, mechanism.instant_keep)
    irritants = set()
    for category in IRRITANT_CATEGORIES:
        bit = category.key in truth.irritants
        kept_bit = permanent(
            memo_key(f"{IRRITANTS_KEY}.{category.key}", "1" if bit else "0"),
            lambda: "1" if noise.bit(bit, IRRITANT_BIT.permanent_keep) else "0",  # noqa: B023
        )
        if noise.bit(kept_bit == "1", IRRITANT_BIT.instant_keep):
            irritants.add(category.key)
    return Answers(shown, frozenset(irritants)), new


def to_document(contribution: Contribution) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "app": contribution.app_major,
        "team": contribution.team,
        "week": str(contribution.week),
        "token": contribution.token,
        "answers": {
            **contribution.answers.categories,
            IRRITANTS_KEY: sorted(contribution.answers.irritants),
        },
    }


def to_text(contribution: Contribution) -> str:
    return json.dumps(to_document(contribution), indent=1, sort_keys=True) + "\n"


def write_contribution(folder: Path, contribution: Contribution) -> Path:
    """Written whole or not at all, readable by whoever can read the shared folder."""
    if not folder.is_dir():
        raise InvalidValue(f"There is no folder at {folder}; choose the team's shared folder.")
    target = folder / contribution.file_name
    text = to_text(contribution)

    def write(handle: IO[Any]) -> None:
        handle.write(text)

    write_atomic(target, write, encoding="utf-8")
    os.chmod(target, 0o644)
    return target


# --- the lead's side: the strict reader ---------------------------------------------------

_FIELDS = strict.Fields(SPEC.code)
_TOP = ("format", "version", "app", "team", "week", "token", "answers")
_ANSWERS = (*(question.key for question in QUESTIONS), IRRITANTS_KEY)
_IRRITANT_KEYS = tuple(category.key for category in IRRITANT_CATEGORIES)


def parse_contribution(data: bytes) -> Contribution:
    """One file's bytes as a Contribution, or InvalidValue naming what is wrong."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    document = strict.parse_json(strict.decode_text(data, SPEC), SPEC)
    top = _FIELDS.read_object("", document, _TOP, required=_TOP)
    if top["format"] != FORMAT:
        raise _FIELDS.problem("format", f"this is not {SPEC.title}.")
    if top["version"] != VERSION:
        raise _FIELDS.problem(
            "version", f"version {strict.shown(top['version'])} is not one this app reads."
        )
    _FIELDS.read_whole("app", top["app"], low=0, high=999)
    team = _read_team(top["team"])
    week = _read_week(top["week"])
    token = _FIELDS.read_text("token", top["token"])
    if len(token) != 32 or any(c not in "0123456789abcdef" for c in token):
        raise _FIELDS.problem("token", "must be 32 hexadecimal digits.")
    return Contribution(team, week, token, _read_answers(top["answers"]), top["app"])


def _read_team(value: Any) -> str:
    text = _FIELDS.read_text("team", value)
    try:
        return check_team_code(text)
    except InvalidValue:
        raise _FIELDS.problem("team", f"{strict.shown(text)} is not a team code.") from None


def _read_week(value: Any) -> IsoWeek:
    text = _FIELDS.read_text("week", value)
    try:
        return IsoWeek.parse(text)
    except InvalidValue:
        raise _FIELDS.problem("week", f"{strict.shown(text)} is not an ISO week.") from None


def _read_answers(value: Any) -> Answers:
    answers = _FIELDS.read_object("answers", value, _ANSWERS, required=_ANSWERS)
    categories = {
        question.key: _FIELDS.read_choice(
            f"answers.{question.key}", answers[question.key], question.keys
        )
        for question in QUESTIONS
    }
    listed = _FIELDS.read_list(f"answers.{IRRITANTS_KEY}", answers[IRRITANTS_KEY])
    irritants = set()
    for position, item in enumerate(listed):
        where = f"answers.{IRRITANTS_KEY}[{position}]"
        key = _FIELDS.read_choice(where, item, _IRRITANT_KEYS)
        if key in irritants:
            raise _FIELDS.problem(where, f"{key} is listed twice.")
        irritants.add(key)
    return Answers(categories, frozenset(irritants))


def _too_large(size: int) -> InvalidValue:
    return InvalidValue(
        f"the file is {size:,} bytes; a contribution is under {MAX_BYTES:,}.",
        SPEC.too_large_code,
        size=size,
    )


def read_contribution(file: Path) -> Contribution:
    try:
        data = strict.read_bytes(file, SPEC)
    except InvalidValue as error:
        if error.code != SPEC.too_large_code:
            raise
        # strict words sizes in MB ("0.0 MB … over 0.004096 MB"); a contribution is bytes.
        size = error.params.get("size")
        raise _too_large(size if isinstance(size, int) else MAX_BYTES + 1) from None
    return parse_contribution(data)
