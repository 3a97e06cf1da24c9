"""Why a number is what it is: reasons as data, worded in the user's language.

Every indicator returns Reasons (a code, the figures behind it, the encounters behind it)
rather than sentences, so that the window, the command line and a report word them the
same way in English and French. Each analysis module registers its own wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from wellbeing.domain.formatting import format_date, format_datetime, localise_number

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


class _Figure(float):
    """A float that keeps its template's spec ('.1f') but writes the reader's decimal mark
    and thousands separator (7,4 in French), through the shared number formatter."""

    lang: str = "en"

    def __format__(self, spec: str) -> str:
        return localise_number(format(float(self), spec), self.lang)


def _localised(value: Any, lang: str) -> Any:
    """Dates in the one format of the language (templates write {day}, with no spec), and
    decimals with its decimal mark."""
    if isinstance(value, datetime):
        return format_datetime(value, lang)
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, float):
        figure = _Figure(value)
        figure.lang = lang
        return figure
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
