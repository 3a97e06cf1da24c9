"""Why a number is what it is: reasons as data, worded in the user's language.

Every indicator returns Reasons (a code, the figures behind it, the encounters behind it)
rather than sentences, so that the window, the command line and a report word them the
same way in English and French. Each analysis module registers its own wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

_TEMPLATES: dict[str, tuple[str, str]] = {}


@dataclass(frozen=True)
class Reason:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    encounter_ids: tuple[str, ...] = ()
    """The encounters behind this reason, oldest first: what "why" lists."""


def register(templates: Mapping[str, tuple[str, str]]) -> None:
    """Add (English, French) str.format templates by code; a code is declared once."""
    for code, pair in templates.items():
        if code in _TEMPLATES and _TEMPLATES[code] != pair:
            raise ValueError(f"Reason code {code!r} is worded twice.")
        _TEMPLATES[code] = pair


class _FrenchNumber(float):
    """A float that formats with a decimal comma, as French readers expect (7,4 and not 7.4)."""

    def __format__(self, spec: str) -> str:
        return format(float(self), spec).replace(",", "\u202f").replace(".", ",")


def _localised(value: Any, lang: str) -> Any:
    if lang == "fr" and isinstance(value, float):
        return _FrenchNumber(value)
    return value


def describe(reason: Reason, lang: str = "en") -> str:
    english, french = _TEMPLATES[reason.code]
    template = french if lang == "fr" else english
    return template.format(**{k: _localised(v, lang) for k, v in reason.params.items()})


def as_sentence(text: str) -> str:
    """A reason shown on its own line starts with a capital (templates are lower-case so
    that they can also follow a colon)."""
    return text[:1].upper() + text[1:]


def known_codes() -> frozenset[str]:
    return frozenset(_TEMPLATES)
