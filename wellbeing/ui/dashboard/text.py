"""Words the dashboard's header and page share with the charts, in the UI language: the
domain's tables for bands, stages and statuses (the command line words them the same way),
the domain's formatter for numbers."""

from __future__ import annotations

from wellbeing.domain import indicators
from wellbeing.domain.formatting import format_percent


def percent(lang: str, value: float) -> str:
    return format_percent(value, lang)


def band_word(lang: str, band: str | None) -> str:
    """What the index's colour means ('green: room to recover'), or that it has none yet."""
    return indicators.band_meaning(band, lang)


def band_name(lang: str, band: str) -> str:
    """The one-word band, written beside its colour on the charts."""
    return indicators.label(band, lang)


def stage_name(lang: str, stage: str) -> str:
    return indicators.label(stage, lang)


def stage_state(lang: str, state: str) -> str:
    return indicators.label(state, lang)


def cycle_status(lang: str, status: str) -> str:
    return indicators.label(status, lang)
