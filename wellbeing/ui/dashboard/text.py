"""Words the charts share, in the UI language: Qt translations for our sentences, QLocale
for month and weekday names, the vocabulary for tags."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale


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


def long_date(lang: str, day: date) -> str:
    return f"{day.day} {month_name(lang, day.month)} {day.year}"


def hour_label(lang: str, hour: int) -> str:
    return f"{hour} h" if lang == "fr" else f"{hour}:00"


def percent(lang: str, value: float) -> str:
    return f"{value:.0f} %" if lang == "fr" else f"{value:.0f}%"


def band_word(band: str | None) -> str:
    words = {
        "green": QCoreApplication.translate("Dashboard", "green: room to recover"),
        "amber": QCoreApplication.translate("Dashboard", "amber: a heavy stretch"),
        "red": QCoreApplication.translate("Dashboard", "red: too much for too long"),
    }
    return words.get(band or "", QCoreApplication.translate("Dashboard", "no colour yet"))


def band_name(band: str) -> str:
    """The one-word band, written beside its colour on the charts."""
    names = {
        "green": QCoreApplication.translate("Dashboard", "green"),
        "amber": QCoreApplication.translate("Dashboard", "amber"),
        "red": QCoreApplication.translate("Dashboard", "red"),
    }
    return names.get(band, band)


def stage_name(stage: str) -> str:
    names = {
        "assertiveness": QCoreApplication.translate("Dashboard", "My assertiveness"),
        "advantage": QCoreApplication.translate("Dashboard", "Clients take advantage"),
        "dissatisfaction": QCoreApplication.translate("Dashboard", "Clients complain"),
        "confidence": QCoreApplication.translate("Dashboard", "My confidence in my company"),
    }
    return names.get(stage, stage)


def stage_state(state: str) -> str:
    words = {
        "steady": QCoreApplication.translate("Dashboard", "steady"),
        "worsening": QCoreApplication.translate("Dashboard", "worsening"),
        "no_data": QCoreApplication.translate("Dashboard", "no data"),
    }
    return words.get(state, state)


def cycle_status(status: str) -> str:
    words = {
        "quiet": QCoreApplication.translate("Dashboard", "quiet"),
        "slipping": QCoreApplication.translate("Dashboard", "slipping"),
        "turning": QCoreApplication.translate("Dashboard", "turning"),
        "not_enough_data": QCoreApplication.translate("Dashboard", "not enough data yet"),
    }
    return words.get(status, status)
