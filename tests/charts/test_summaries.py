"""Each chart's text summary (describe_*, what a screen reader says instead of the picture)
on a small known dataset: it gives the chart's own figures, says in words what colour,
hatching and line styles show, reads in French, and says why when there is nothing."""

from __future__ import annotations

from datetime import date, datetime, time
from types import SimpleNamespace

import numpy as np

from tests.charts.test_team_charts import period, weeks
from wellbeing.analysis.exhaustion import Baseline, ExhaustionSeries
from wellbeing.analysis.facts import day_number
from wellbeing.analysis.grids import CalendarGrid, ClientLoads, EmotionCounts, HourGrid
from wellbeing.analysis.monthly import monthly_impact
from wellbeing.charts.calendar import describe_calendar
from wellbeing.charts.check_ins import describe_check_ins
from wellbeing.charts.clients import describe_clients
from wellbeing.charts.cycle import describe_cycle
from wellbeing.charts.emotions import describe_emotions
from wellbeing.charts.hours import describe_hours
from wellbeing.charts.irritants import describe_irritants
from wellbeing.charts.monthly import describe_monthly
from wellbeing.charts.team import (
    describe_team_exhaustion,
    describe_team_irritants,
    describe_team_signals,
)
from wellbeing.charts.timeline import describe_timeline
from wellbeing.domain.boundaries import Hours
from wellbeing.domain.indicators import CycleStage, CycleStatus, StageState
from wellbeing.domain.model import ClientEvent, ClientEventKind, Encounter, EncounterKind
from wellbeing.sharing.session_content import CheckInPart

NBSP = "\u202f"
FIRST, LAST = date(2026, 3, 2), date(2026, 3, 15)


def fortnight() -> tuple[ExhaustionSeries, np.ndarray]:
    """Two weeks: twelve logged days, the index from 31 to 58, the smoothed level (50)
    above the usual range (35–45 around 40), red flags on the 11th to the 13th."""
    nan = np.nan
    value = np.array([30, 32, 31, 35, 40, nan, nan, 45, 50, 55, 60, 72, 65, 58], dtype=float)
    index = np.array([31, 31, 31, 32, 34, 34, 34, 37, 42, 45, 50, 54, 56, 58], dtype=float)
    ewma = np.array([nan] * 7 + [41, 43, 45, 47, 49, 50, 50], dtype=float)
    flagged = np.zeros(14, dtype=bool)
    flagged[9:12] = True
    series = ExhaustionSeries(
        days=np.arange(day_number(FIRST), day_number(LAST) + 1),
        value=value,
        logged=~np.isnan(value),
        logged_7=np.full(14, 5),
        rolling_7=index,
        rolling_28=index,
        ewma=ewma,
        ewma_upper=np.full(14, 45.0),
        ewma_lower=np.full(14, 35.0),
        components={},
        baseline=Baseline(date(2026, 1, 1), date(2026, 2, 28), 40.0, 5.0, 40),
    )
    return series, flagged


def test_the_timeline_says_where_the_index_went_its_band_the_usual_level_and_the_flags():
    series, flagged = fortnight()
    assert describe_timeline(series, flagged, FIRST, LAST) == (
        "From 2 March 2026 to 15 March 2026: 12 days logged. "
        "7-day mean (the index): went up from 31 to 58. "
        "Latest: 58, in the red band (55 and above). "
        "Your usual level: 40; the smoothed level (50) is above your usual range. "
        "Red flag raised on 3 days, the last on 13 March 2026. "
        "Heaviest day: 13 March 2026, 72."
    )
    french = describe_timeline(series, flagged, FIRST, LAST, "fr")
    assert "Du 2 mars 2026 au 15 mars 2026 : 12 jours renseignés." in french
    assert "en hausse de 31 à 58" in french
    assert "dans la zone rouge (55 et plus)" in french
    assert "au-dessus de votre plage habituelle" in french


def test_a_timeline_with_nothing_logged_says_so():
    series, flagged = fortnight()
    empty = ExhaustionSeries(**{**vars(series), "logged": np.zeros(14, dtype=bool)})
    assert describe_timeline(empty, flagged, FIRST, LAST) == (
        "No encounter or check-in in this period: nothing to chart yet."
    )


def test_the_calendar_counts_the_days_in_each_band_and_names_the_heaviest_day_and_weekday():
    values = np.full((7, 2), np.nan)
    values[0] = [60, 70]  # Mondays: red
    values[2, 0] = 40  # a Wednesday: amber
    values[4, 1] = 20  # a Friday: green
    grid = CalendarGrid(FIRST, LAST, day_number(FIRST), values)
    assert describe_calendar(grid) == (
        "From 2 March 2026 to 15 March 2026: 4 days logged. "
        "2 in the red (55 and above), 1 amber (35 to 55), 1 green (under 35). "
        "Heaviest day: 9 March 2026, 70. Heaviest weekday on average: Monday (65)."
    )
    assert "Jour de la semaine le plus lourd en moyenne : lundi (65)." in describe_calendar(
        grid, "fr"
    )


def test_the_hours_name_the_busiest_times_and_what_fell_outside_working_hours():
    counts = np.zeros((7, 24), dtype=np.int64)
    counts[0, 9] = 3  # Monday 9:00, at work
    counts[5, 8] = 2  # Saturday 8:00, a day off
    counts[2, 20] = 1  # Wednesday 20:00, after work
    office = Hours(time(9), time(18))
    grid = HourGrid(counts, (office,) * 5 + (None, None))
    assert describe_hours(grid) == (
        "6 difficult encounters. Busiest times: Monday 9:00–10:00 (3), "
        "Saturday 8:00–9:00 (2), Wednesday 20:00–21:00 (1). Busiest day: Monday (3). "
        "Outside your working hours: 3 (50%)."
    )
    assert "samedi 8 h–9 h (2)" in describe_hours(grid, "fr")
    assert f"En dehors de vos horaires de travail : 3 (50{NBSP}%)." in describe_hours(grid, "fr")
    no_hours = HourGrid(counts, (None,) * 7)
    assert "working hours" not in describe_hours(no_hours)
    assert describe_hours(HourGrid(np.zeros((7, 24), dtype=np.int64), (None,) * 7)) == (
        "No difficult encounter in this period."
    )


def test_emotions_say_unpleasant_and_pleasant_in_words_not_by_colour():
    felt = EmotionCounts(
        ("tense", "calm", "drained"),
        np.array([5, 3, 2]),
        np.array([-0.9, 0.8, -0.7]),
        np.array([0.8, -0.8, -0.9]),
        unplaced=2,
    )
    assert describe_emotions(felt) == (
        "10 mentions of 3 emotions: 7 unpleasant, 3 pleasant. Most felt: "
        "tense 5 (unpleasant, high energy); calm 3 (pleasant, low energy); "
        "drained 2 (unpleasant, low energy). "
        "2 mentions of your own words are not placed on the plane."
    )
    assert "vidé·e 2 (désagréable, peu d'énergie)" in describe_emotions(felt, "fr")


def test_the_cycle_names_each_stage_state_and_the_loop_it_turned_through():
    cycle = SimpleNamespace(
        status=CycleStatus.TURNING,
        states={
            CycleStage.ASSERTIVENESS: StageState.WORSENING,
            CycleStage.ADVANTAGE: StageState.WORSENING,
            CycleStage.DISSATISFACTION: StageState.STEADY,
            CycleStage.CONFIDENCE: StageState.WORSENING,
        },
        loop=(CycleStage.ASSERTIVENESS, CycleStage.ADVANTAGE, CycleStage.CONFIDENCE),
    )
    assert describe_cycle(cycle) == (
        "Status: turning. 1. My assertiveness: worsening. 2. Clients take advantage: "
        "worsening. 3. Clients complain: steady. 4. My confidence in my company: worsening. "
        "The loop turned through: My assertiveness → Clients take advantage → "
        "My confidence in my company."
    )
    quiet = SimpleNamespace(status=CycleStatus.NOT_ENOUGH_DATA, states={}, loop=())
    assert describe_cycle(quiet, "fr").startswith(
        "État : pas encore assez de données. 1. Mon affirmation de soi : pas de données."
    )


def test_irritants_give_each_count_and_share_of_the_difficult_encounters():
    mirrored = SimpleNamespace(difficult=6, with_irritant=4, counts={"delay": 3, "chatbot": 1})
    assert describe_irritants(mirrored) == (
        "4 of 6 difficult encounters (67%) came with an irritant on our side. "
        "Most often: delay 3 (50%), chatbot that did not help 1 (17%)."
    )
    nothing = SimpleNamespace(difficult=2, with_irritant=0, counts={})
    assert describe_irritants(nothing, "fr") == (
        "Aucun irritant de notre côté n'a accompagné les échanges difficiles de cette période."
    )


def test_clients_give_each_load_and_its_encounters_heaviest_first():
    loads = ClientLoads(
        ("a", "b"), ("Acme", "Birch"), np.array([14.0, 5.0]), np.array([2, 1]), 3, 4.0
    )
    assert describe_clients(loads) == (
        "Emotional load, heaviest first: Acme 14 (2 difficult encounters), "
        "Birch 5 (1 difficult encounter), 3 other clients 4."
    )
    assert "Birch 5 (1 échange difficile), 3 autres clients 4." in describe_clients(loads, "fr")


def test_a_clients_months_give_the_highest_and_latest_impact_violations_and_steps():
    when = datetime(2026, 2, 10, 10)
    encounters = [
        Encounter(
            client_id="c",
            occurred_at=when,
            impact=6,
            kind=EncounterKind.DIFFICULT,
            violations=("scope", "hours"),
        ),
        Encounter(
            client_id="c", occurred_at=when.replace(month=3), impact=3, kind=EncounterKind.DIFFICULT
        ),
    ]
    reframed = ClientEvent(client_id="c", kind=ClientEventKind.REFRAMED, at=datetime(2026, 3, 5, 9))
    data = monthly_impact(encounters, date(2026, 3, 20), [reframed])
    assert describe_monthly(data) == (
        "From February 2026 to March 2026. Mean impact of difficult encounters: highest 6 "
        "in February 2026, latest 3 in March 2026. Boundary violations: 2, most in "
        "February 2026 (2). Marked on the chart: reframed in March 2026."
    )
    assert "Limites franchies : 2, surtout en février 2026 (2)." in describe_monthly(data, "fr")
    assert describe_monthly(monthly_impact([], date(2026, 3, 20))) == (
        "No encounters with this client yet."
    )


def test_check_ins_say_where_strain_and_wellbeing_went():
    points = (
        CheckInPart(date(2026, 3, 6), 25.0, 80.0),
        CheckInPart(date(2026, 2, 20), 40.0, 60.0),
    )
    assert describe_check_ins(points) == (
        "2 check-ins from 20 February 2026 to 6 March 2026. "
        "Client-related strain: went down from 40 to 25. Well-being: went up from 60 to 80."
    )
    assert "Tension liée aux clients : en baisse de 40 à 25." in describe_check_ins(points, "fr")
    assert describe_check_ins(()) == "No check-in in this period."


def test_team_shares_give_each_line_by_name_with_its_interval_and_the_periods_left_out():
    periods = weeks(3, {1: frozenset({"exhaustion"})})
    text = describe_team_exhaustion(periods)
    assert text.startswith(
        "Share of contributors, with its 90 % interval, over 3 weeks: "
        "week 1 of 2026 to week 3 of 2026."
    )
    # ten contributors, 2 in the red in week 3 (index 2), 0 in week 1
    assert "In the red: 20% in week 3 of 2026 (90 % interval: " in text
    assert ", 0% in week 1 of 2026." in text
    assert "Too uncertain to be drawn: 1 week." in text
    assert "Confidence cycle turning" in describe_team_signals(periods)
    assert "en semaine 3 de 2026" in describe_team_exhaustion(periods, "fr")


def test_team_irritants_most_frequent_first_or_why_nothing_is_said():
    figures = period("2026-11", irritants={"reach": 6.0, "process": 2.0}, weeks=4)
    text = describe_team_irritants(figures)
    assert text.startswith(
        "Share of contributors who met each irritant, most frequent first: "
        "being hard to reach 60% (90 % interval: "
    )
    assert text.index("being hard to reach") < text.index("complicated processes")
    unsure = period("2026-11", uncertain=frozenset({"irritants"}))
    assert describe_team_irritants(unsure) == "Too uncertain to say anything with 10 people."
