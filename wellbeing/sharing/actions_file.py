"""The small file of actions agreed in a session, from the coach's app to the employee's
journal, where they become goals. It names the journal by the coachee id its packs carry,
so goals cannot land in someone else's journal by mistake."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from wellbeing.domain.coaching import LIKELIHOOD, AgreedAction
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import strict

FORMAT = "wellbeing-coaching-actions"
VERSION = 1
MAX_ACTIONS = 200

SPEC = strict.FileSpec(
    noun="an actions file",
    title="a Wellbeing coaching actions file",
    code="bad_actions",
    too_large_code="actions_too_large",
    max_bytes=1_000_000,
    max_depth=5,
    max_digits=6,
)
_F = strict.Fields(SPEC.code)


@dataclass(frozen=True)
class ActionsFile:
    coachee: str
    agreed_on: date
    actions: tuple[AgreedAction, ...]


def to_bytes(actions: ActionsFile) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "coachee": actions.coachee,
        "agreed_on": actions.agreed_on.isoformat(),
        "actions": [
            {
                "id": a.id,
                "what": a.what,
                "by_when": a.by_when.isoformat() if a.by_when else None,
                "obstacles": a.obstacles,
                "support": a.support,
                "likelihood": a.likelihood,
            }
            for a in actions.actions
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


_TOP = ("format", "version", "coachee", "agreed_on", "actions")
_ACTION = ("id", "what", "by_when", "obstacles", "support", "likelihood")


def _day(where: str, value: Any) -> date | None:
    if value is None:
        return None
    text = _F.read_text(where, value)
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise _F.problem(where, f"{strict.shown(text)} is not a date (YYYY-MM-DD).")


def _hex_id(where: str, value: Any) -> str:
    text = _F.read_text(where, value)
    if len(text) != 32 or any(c not in "0123456789abcdef" for c in text):
        raise _F.problem(where, "must be 32 hexadecimal digits.")
    return text


def read_actions(data: bytes) -> ActionsFile:
    document = strict.parse_json(strict.decode_text(data, SPEC), SPEC)
    top = _F.read_object("", document, _TOP, required=_TOP)
    if top["format"] != FORMAT:
        raise _F.problem("format", f"this is not {SPEC.title}.")
    version = _F.read_whole("version", top["version"], low=0, high=10**6)
    if version != VERSION:
        raise InvalidValue(
            "This actions file was made by a newer version of the app; update the app.",
            "actions_newer",
        )
    items = _F.read_list("actions", top["actions"])
    if len(items) > MAX_ACTIONS:
        raise _F.problem("actions", f"holds over {MAX_ACTIONS} actions.")
    actions = []
    seen: set[str] = set()
    for i, raw in enumerate(items):
        where = f"actions[{i}]"
        item = _F.read_object(where, raw, _ACTION, required=_ACTION)
        action_id = _hex_id(f"{where}.id", item["id"])
        if action_id in seen:
            raise _F.problem(f"{where}.id", "is listed twice.")
        seen.add(action_id)
        low, high = LIKELIHOOD
        try:
            actions.append(
                AgreedAction(
                    what=_F.read_text(f"{where}.what", item["what"]),
                    by_when=_day(f"{where}.by_when", item["by_when"]),
                    obstacles=_F.read_text(f"{where}.obstacles", item["obstacles"]),
                    support=_F.read_text(f"{where}.support", item["support"]),
                    likelihood=_F.read_whole(
                        f"{where}.likelihood", item["likelihood"], True, low, high
                    ),
                    id=action_id,
                )
            )
        except InvalidValue as error:
            if error.code == SPEC.code:
                raise
            raise _F.problem(where, str(error)) from None
    agreed_on = _day("agreed_on", top["agreed_on"])
    if agreed_on is None:
        raise _F.problem("agreed_on", "is missing.")
    return ActionsFile(_hex_id("coachee", top["coachee"]), agreed_on, tuple(actions))
