"""Reasons write dates and decimals with the shared formatter, in the reader's language."""

from __future__ import annotations

from datetime import date

from wellbeing.analysis import advice  # noqa: F401  (registers the advice wording)
from wellbeing.analysis.reasons import Reason, describe


def test_a_reason_writes_its_date_and_decimals_in_each_language():
    reason = Reason(
        "advice.keep",
        {"since": date(2026, 3, 2), "difficult": 1, "encounters": 6, "mean_impact": 4.5},
    )
    assert describe(reason, "en") == (
        "nothing alarming since 2026-03-02: difficult encounters 1 of 6, mean impact 4.5/10"
    )
    assert describe(reason, "fr") == (
        "rien d'alarmant depuis le 02/03/2026 : échanges difficiles 1 sur 6, impact moyen 4,5/10"
    )
