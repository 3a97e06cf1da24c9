"""One date format and one number format per language, wherever they are shown."""

from __future__ import annotations

from datetime import date, datetime

from wellbeing.domain.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_percent,
    format_time,
)

NNBSP = "\u202f"


def test_dates_read_iso_in_english_and_day_first_in_french():
    assert format_date(date(2026, 3, 2)) == "2026-03-02"
    assert format_date(date(2026, 3, 2), "fr") == "02/03/2026"
    moment = datetime(2026, 3, 2, 8, 15, 30)
    assert format_datetime(moment) == "2026-03-02 08:15"
    assert format_datetime(moment, "fr") == "02/03/2026 08:15"
    assert format_datetime(moment, "en", seconds=True) == "2026-03-02 08:15:30"
    assert format_time(moment, "fr") == "08:15"


def test_numbers_use_the_french_decimal_comma_and_thin_thousands():
    assert format_number(7.44, "en", 1) == "7.4"
    assert format_number(7.44, "fr", 1) == "7,4"
    assert format_number(1234.5, "en", 1) == "1,234.5"
    assert format_number(1234.5, "fr", 1) == f"1{NNBSP}234,5"
    assert format_number(2.0, "fr", 1, trim=True) == "2"
    assert format_number(-0.04, "en", 1) == "0.0"


def test_percentages():
    assert format_percent(33.3) == "33%"
    assert format_percent(12.5, "fr", 1, trim=True) == f"12,5{NNBSP}%"


def test_a_stored_time_reads_as_every_other_time_in_its_language():
    from datetime import datetime

    from wellbeing.domain.formatting import format_datetime, format_stored_datetime

    moment = datetime(2026, 3, 2, 8, 15)
    for lang in ("en", "fr"):
        assert format_stored_datetime("2026-03-02T08:15:00", lang) == format_datetime(moment, lang)
