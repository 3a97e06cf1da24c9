"""Words the charts share, in the UI language: QLocale for month and weekday names, the
domain's tables for bands, stages and statuses (the command line words them the same way),
the domain's formatter for numbers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from wellbeing.domain import indicators
from wellbeing.domain.formatting import format_percent


def locale_of(lang: str) -> QLocale:
    return QLocale("fr_FR" if lang == "fr" else "en_GB")


def month_name(lang: str, month: int) -> str:
    """Short month name ('Mar', 'mars'), without the trailing dot some locales add."""
    return locale_of(lang).monthName(month, QLocale.FormatType.ShortFormat).rstrip(".")


def weekday_name(lang: str, weekday: int) -> str:
    """Short weekday name, 0 is Monday."""
    return locale_of(lang).dayName(weekday + 1, QLocale.FormatType.ShortFormat).rstrip(".")


def day_label(lang: str, day: date) -> str:
    """'3 Mar' in both languages (the French '3 mars' reads the same way)."""
    return f"{day.day} {month_name(lang, day.month)}"


def hour_label(lang: str, hour: int) -> str:
    return f"{hour} h" if lang == "fr" else f"{hour}:00"


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
