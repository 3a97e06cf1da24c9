"""Dates, times and lists in words, English and French: the shared grammar of the drafts.

Written for a third party (a client, a manager), so unambiguous: '3 March 2025', not
'03/03'.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from wellbeing.domain.boundaries import Hours

# --- dates and times in words ---------------------------------------------------------

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}


def is_french(lang: str) -> bool:
    return lang == "fr"


def pick(lang: str, en: str, fr: str) -> str:
    return fr if is_french(lang) else en


def clock(moment: time, lang: str = "en") -> str:
    """'8:00' in English, '8 h' or '8 h 30' in French."""
    if is_french(lang):
        return f"{moment.hour} h" if moment.minute == 0 else f"{moment.hour} h {moment.minute:02d}"
    return f"{moment.hour}:{moment.minute:02d}"


def day_month(day: date, lang: str = "en", year: bool = False) -> str:
    """'3 March' or '1er mars', with the year when asked."""
    number = "1er" if is_french(lang) and day.day == 1 else str(day.day)
    text = f"{number} {MONTHS['fr' if is_french(lang) else 'en'][day.month - 1]}"
    return f"{text} {day.year}" if year else text


def long_date(day: date, lang: str = "en") -> str:
    """'Monday 3 March 2025' or 'lundi 3 mars 2025': unambiguous for a third party."""
    return f"{DAYS['fr' if is_french(lang) else 'en'][day.weekday()]} {day_month(day, lang, True)}"


def join_words(items: Sequence[str], lang: str, last: str | None = None) -> str:
    """'a, b and c' ('a, b et c'); `last` replaces the final conjunction."""
    word = last if last is not None else pick(lang, "and", "et")
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def capitalised(text: str) -> str:
    """First letter up, the rest as the user wrote it ('ACME' stays)."""
    return text[:1].upper() + text[1:]


def date_list(days: Sequence[date], lang: str = "en") -> str:
    """'On 3 and 10 March' / 'Les 3 et 10 mars': days of a month share its name; years
    only when the dates span more than one."""
    ordered = sorted(set(days))
    with_year = len({d.year for d in ordered}) > 1
    groups: list[list[date]] = []
    for day in ordered:
        if groups and (groups[-1][0].year, groups[-1][0].month) == (day.year, day.month):
            groups[-1].append(day)
        else:
            groups.append([day])
    texts = []
    for group in groups:
        numbers = [day_month(d, lang).split(" ")[0] for d in group]
        month = day_month(group[0], lang, with_year).split(" ", 1)[1]
        phrase = f"{join_words(numbers, lang)} {month}"
        if is_french(lang):
            phrase = f"{'les' if len(group) > 1 else 'le'} {phrase}"
        texts.append(phrase)
    return join_words(texts, lang)


def hours_span(hours: Hours, lang: str) -> str:
    start, end = clock(hours.start, lang), clock(hours.end, lang)
    return f"de {start} à {end}" if is_french(lang) else f"{start} to {end}"
