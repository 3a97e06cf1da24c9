"""Dates and numbers as each UI language writes them, one way per language.

The window, the command line, the reasons and the reports all format through here, so a
date or a decimal never reads two ways on one screen. English keeps ISO dates
("2026-03-02 08:15"), which sort and read the same everywhere; French writes
"02/03/2026 08:15", a decimal comma ("7,4") and a narrow no-break space between thousands
and before the percent sign, so that "12 %" never breaks across lines.
"""

from __future__ import annotations

from datetime import date, datetime, time

NARROW_NBSP = "\u202f"


def format_date(day: date, lang: str = "en") -> str:
    """'2026-03-02' in English, '02/03/2026' in French."""
    if lang == "fr":
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def format_time(moment: time | datetime, lang: str = "en", seconds: bool = False) -> str:
    """'08:15' in both languages (a 24-hour clock), with ':30' seconds when asked."""
    text = f"{moment.hour:02d}:{moment.minute:02d}"
    return f"{text}:{moment.second:02d}" if seconds else text


def format_datetime(moment: datetime, lang: str = "en", seconds: bool = False) -> str:
    """'2026-03-02 08:15' in English, '02/03/2026 08:15' in French."""
    return f"{format_date(moment, lang)} {format_time(moment, lang, seconds)}"


def format_stored_datetime(text: str, lang: str = "en") -> str:
    """A time as the journal stores it ('2026-03-02T08:15:00') shown as format_datetime
    would, by slicing: the journal list shows thousands of rows without parsing any."""
    day, clock = text[:10], text[11:16]
    if lang == "fr":
        day = f"{day[8:10]}/{day[5:7]}/{day[:4]}"
    return f"{day} {clock}"


def localise_number(text: str, lang: str = "en") -> str:
    """An English-formatted number ('1,234.5') in the language's own marks ('1 234,5').

    Reasons format their figures with str.format specs; this turns the result into the
    reader's convention without a second set of rules."""
    if lang != "fr":
        return text
    return text.replace(",", NARROW_NBSP).replace(".", ",")


def format_number(
    value: float, lang: str = "en", decimals: int = 0, grouping: bool = True, trim: bool = False
) -> str:
    """The value rounded to `decimals` places: '1,234.5' or '1 234,5'. `trim` drops a zero
    fraction ('2.0' → '2', '2.50' → '2.5') where a table reads better without it."""
    text = f"{value:,.{decimals}f}" if grouping else f"{value:.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]  # -0.04 rounds to 0, not to "-0"
    return localise_number(text, lang)


def format_percent(value: float, lang: str = "en", decimals: int = 0, trim: bool = False) -> str:
    """A percentage (0–100, not a fraction): '42%' in English, '42 %' in French."""
    number = format_number(value, lang, decimals, trim=trim)
    return f"{number}{NARROW_NBSP}%" if lang == "fr" else f"{number}%"


_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.", "févr.", "mars", "avr.", "mai", "juin",
        "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ),
}  # fmt: skip
_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
}
"""Short names as the language's usage writes them (CLDR: en_GB, fr_FR)."""


def month_abbr(month: int, lang: str = "en") -> str:
    """Short month name, 1 is January: 'Sept', 'janv.' (French keeps its dot)."""
    return _MONTHS["fr" if lang == "fr" else "en"][month - 1]


def weekday_abbr(weekday: int, lang: str = "en") -> str:
    """Short weekday name, 0 is Monday: 'Mon', 'lun.'."""
    return _WEEKDAYS["fr" if lang == "fr" else "en"][weekday]
