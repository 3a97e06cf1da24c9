"""Weeks and months as people read them: '2026-W10 · 2–8 Mar', 'mars 2026'.

The share dialog and the team window name periods the same way, so that an employee and
their lead speak of the same week in the same words.
"""

from __future__ import annotations

from wellbeing.domain.contribution import IsoWeek
from wellbeing.domain.formatting import month_abbr


def week_span(week: IsoWeek, lang: str) -> str:
    """'2–8 Mar' or '23 Feb – 1 Mar' (French: '2–8 mars'): the days a week covers."""
    monday, sunday = week.monday, week.sunday
    if monday.month == sunday.month:
        return f"{monday.day}–{sunday.day} {month_abbr(sunday.month, lang)}"
    start = f"{monday.day} {month_abbr(monday.month, lang)}"
    return f"{start} – {sunday.day} {month_abbr(sunday.month, lang)}"


def week_label(week: IsoWeek, lang: str) -> str:
    return f"{week} · {week_span(week, lang)}"


def month_label(key: str, lang: str) -> str:
    """'2026-03' as 'Mar 2026' ('mars 2026')."""
    year, month = key.split("-")
    return f"{month_abbr(int(month), lang)} {year}"
