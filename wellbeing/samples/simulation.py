"""Seeded journals that tell a known story, so that indicators can be checked against it.

"stable" is a plausible steady job: weekday contacts between 9 and 18, a difficult
encounter most days, some positive ones, moderate impact, the odd evening call, a
check-in roughly every week. "drift" is the same job until `drift_start`, then a gradual
slide (DRIFT_RAMP_DAYS to reach full strength) into exhaustion: more and harsher
difficult encounters that linger longer, evenings and weekends invaded, fewer positive
moments, worsening check-ins. "drift_no_check_ins" is the same slide by someone who never
answers a check-in. "hard_stable" is a hard job that stays hard: the load of a third of
the way into a drift, all year. "weekly_logger" is someone who logs one encounter a week
and a check-in every other week: too little for any trend. Check-in answers look back on
the fortnight they ask about, so they lag a slide as real answers do. Everything, ids
included, comes from one random.Random(seed): the same arguments give the same journal.
Stories about one client or the confidence cycle are in wellbeing.samples.stories.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from wellbeing.domain.boundaries import Boundaries
from wellbeing.domain.model import CheckIn, Client, Encounter, EncounterKind

STORIES = ("stable", "drift", "drift_no_check_ins", "hard_stable", "weekly_logger")
DRIFTS = frozenset({"drift", "drift_no_check_ins"})

HARD_STRENGTH = 0.25
"""The hard-but-stable job: a quarter of the way into a drift, and it stays there."""

HARD_CHECK_IN = 0.15
"""…by someone who copes with it: their check-ins are a little below a steady job's."""

DRIFT_RAMP_DAYS = 28
"""Days from the start of a drift to its full strength: four weeks of steady slide."""

STEADY_DAYS = 56
"""A drift starts half-way through the journal, but never before eight steady weeks."""

BOUNDARIES = Boundaries()
"""The simulated user's limits: 9:00–18:00, Monday to Friday."""

CLIENT_NAMES = (
    "Harbour Logistics",
    "Maple Street Clinic",
    "Vantage Estates",
    "Quill & Co Publishing",
    "Riverside Gym",
    "Atlas Engineering",
)
CHANNELS = ("phone", "email", "email", "video", "chat", "in_person")
MILD = ("impatient", "out_of_scope", "unreasonable_demand", "invasive", "complaint")
HARSH = ("rude", "contemptuous", "shouting", "questions_competence", "blames_me", "insulting")
HEAVY_EMOTIONS = ("stressed", "frustrated", "irritated", "tense", "worried")
DRAINED_EMOTIONS = ("drained", "overwhelmed", "powerless", "discouraged", "tired")
GOOD_EMOTIONS = ("pleased", "valued", "relieved", "satisfied", "respected")
LINGERING = ("minutes", "hours", "rest_of_day", "into_night", "several_days")
STEADY_LINGERING = (0.35, 0.40, 0.20, 0.04, 0.01)
DRAINED_LINGERING = (0.05, 0.20, 0.35, 0.25, 0.15)


@dataclass(frozen=True)
class SimulatedJournal:
    story: str
    start: date
    days: int
    clients: list[Client]
    encounters: list[Encounter]
    """Oldest first."""
    check_ins: list[CheckIn]
    drift_start: date | None
    """The first day of the slide, for drift stories; None otherwise."""


def _id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method: fine for the small daily means used here."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _mix(steady: float, drained: float, strength: float) -> float:
    return steady + (drained - steady) * strength


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _moment(rng: random.Random, day: date, outside: bool) -> datetime:
    """Working contacts fall between 9:00 and 18:00; others early, late or at weekends."""
    if day.weekday() >= 5:
        minutes = rng.randint(9 * 60, 19 * 60)
    elif outside:
        minutes = rng.choice((rng.randint(7 * 60, 8 * 60 + 50), rng.randint(18 * 60, 21 * 60)))
    else:
        minutes = rng.randint(9 * 60, 17 * 60 + 50)
    return datetime.combine(day, time(minutes // 60, minutes % 60))


def _violations(moment: datetime) -> tuple[str, ...]:
    hours = BOUNDARIES.working_hours[moment.weekday()]
    if hours is None:
        return ("day_off",)
    return () if hours.contains(moment.time()) else ("out_of_hours",)


def _difficult(rng: random.Random, client: Client, moment: datetime, strength: float) -> Encounter:
    harsh = rng.random() < _mix(0.15, 0.6, strength)
    behaviours = {rng.choice(HARSH if harsh else MILD), rng.choice(MILD)}
    violations = _violations(moment)
    if violations:
        behaviours.add("out_of_hours")
    emotions = {rng.choice(HEAVY_EMOTIONS)}
    if rng.random() < strength:
        emotions.add(rng.choice(DRAINED_EMOTIONS))
    weights = [
        _mix(a, b, strength) for a, b in zip(STEADY_LINGERING, DRAINED_LINGERING, strict=True)
    ]
    return Encounter(
        client_id=client.id,
        occurred_at=moment,
        impact=_clamp(rng.gauss(_mix(3.5, 7.5, strength), 1.3), 1, 10),
        kind=EncounterKind.DIFFICULT,
        id=_id(rng),
        channel=rng.choice(CHANNELS),
        duration_minutes=rng.randint(5, 60),
        behaviours=tuple(sorted(behaviours)),
        emotions=tuple(sorted(emotions)),
        lingered=rng.choices(LINGERING, weights)[0],
        assertiveness=_clamp(rng.gauss(_mix(3.5, 2.0, strength), 0.8), 1, 5),
        company_confidence=_clamp(rng.gauss(_mix(3.8, 2.5, strength), 0.8), 1, 5),
        outcome=rng.choice(("resolved", "resolved", "partly_resolved", "pending")),
        violations=violations,
    )


def _positive(rng: random.Random, client: Client, moment: datetime) -> Encounter:
    return Encounter(
        client_id=client.id,
        occurred_at=moment,
        impact=rng.randint(0, 2),
        kind=EncounterKind.POSITIVE,
        id=_id(rng),
        channel=rng.choice(CHANNELS),
        duration_minutes=rng.randint(5, 45),
        emotions=(rng.choice(GOOD_EMOTIONS),),
        lingered=rng.choice(("minutes", "hours")),
        assertiveness=_clamp(rng.gauss(4.0, 0.7), 1, 5),
        company_confidence=_clamp(rng.gauss(4.0, 0.7), 1, 5),
        outcome="resolved",
        violations=_violations(moment),
    )


def _day_encounters(
    rng: random.Random, clients: list[Client], day: date, strength: float
) -> list[Encounter]:
    """One day's contacts: weekdays busy, weekends quiet unless the drift invades them."""
    if day.weekday() >= 5:
        difficult = 1 if rng.random() < _mix(0.03, 0.45, strength) else 0
        positive = 0
    else:
        difficult = _poisson(rng, _mix(1.1, 2.6, strength))
        positive = _poisson(rng, _mix(0.8, 0.2, strength))
    outside = _mix(0.04, 0.35, strength)
    found = [
        _difficult(rng, rng.choice(clients), _moment(rng, day, rng.random() < outside), strength)
        for _ in range(difficult)
    ]
    found += [
        _positive(rng, rng.choice(clients), _moment(rng, day, False)) for _ in range(positive)
    ]
    return found


def _check_in(rng: random.Random, day: date, strength: float) -> CheckIn:
    minutes = rng.randint(17 * 60, 21 * 60 + 30)
    strain = _mix(1.0, 3.4, strength)
    wellbeing = _mix(3.6, 1.0, strength)
    return CheckIn(
        answered_at=datetime.combine(day, time(minutes // 60, minutes % 60)),
        strain=tuple(_clamp(rng.gauss(strain, 0.6), 0, 4) for _ in range(6)),
        wellbeing=tuple(_clamp(rng.gauss(wellbeing, 0.6), 0, 5) for _ in range(5)),
        id=_id(rng),
    )


def _strength(offset: int, drift_offset: int | None) -> float:
    if drift_offset is None or offset < drift_offset:
        return 0.0
    return min(1.0, (offset - drift_offset) / DRIFT_RAMP_DAYS)


def _looking_back(strengths: list[float]) -> float:
    """What a check-in answers about: the past fortnight, not today."""
    recent = strengths[-14:]
    return sum(recent) / len(recent)


def _weekly_logger(
    rng: random.Random, clients: list[Client], start: date, days: int
) -> tuple[list[Encounter], list[CheckIn]]:
    """One encounter a week on a working day, a check-in every other week."""
    encounters: list[Encounter] = []
    check_ins: list[CheckIn] = []
    for week in range(days // 7):
        day = start + timedelta(days=7 * week + rng.randint(0, 4))
        client = rng.choice(clients)
        if rng.random() < 0.6:
            encounters.append(_difficult(rng, client, _moment(rng, day, False), 0.0))
        else:
            encounters.append(_positive(rng, client, _moment(rng, day, False)))
        if week % 2 == 1:
            check_ins.append(_check_in(rng, day, 0.0))
    return encounters, check_ins


def simulate_journal(story: str, start: date, days: int, seed: int) -> SimulatedJournal:
    """A journal of `days` days from `start` telling `story` (one of STORIES)."""
    if story not in STORIES:
        raise ValueError(f"Unknown story {story!r}; choose one of {', '.join(STORIES)}.")
    rng = random.Random(seed)
    clients = [Client(name=name, id=_id(rng)) for name in CLIENT_NAMES]
    if story == "weekly_logger":
        encounters, check_ins = _weekly_logger(rng, clients, start, days)
        return SimulatedJournal(story, start, days, clients, encounters, check_ins, None)
    drift_offset = max(STEADY_DAYS, days // 2) if story in DRIFTS else None
    encounters = []
    check_ins = []
    strengths: list[float] = []
    next_check_in = rng.randint(0, 6)
    for offset in range(days):
        day = start + timedelta(days=offset)
        strength = _strength(offset, drift_offset)
        if story == "hard_stable":
            strength = HARD_STRENGTH
        strengths.append(strength)
        encounters += _day_encounters(rng, clients, day, strength)
        if offset >= next_check_in:
            answers = HARD_CHECK_IN if story == "hard_stable" else _looking_back(strengths)
            if story != "drift_no_check_ins":
                check_ins.append(_check_in(rng, day, answers))
            next_check_in = offset + rng.choice((6, 7, 7, 7, 8))
    encounters.sort(key=lambda e: e.occurred_at)
    drift_start = start + timedelta(days=drift_offset) if drift_offset is not None else None
    return SimulatedJournal(story, start, days, clients, encounters, check_ins, drift_start)
