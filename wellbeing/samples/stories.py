"""Seeded stories about one client or the confidence cycle, with the days that matter known.

Each story is an ordinary job (wellbeing.samples.simulation's steady contacts) plus what
the story is about, so that the advice, the cycle and the mirror can be checked against
it: "cycle" (assertiveness falls, then clients push, complain, and confidence in the
company falls, each a week to three after the one before, then recovery and a summer
holiday), "toxic" (a client who starts crossing limits, then insults), "key_account" (a
busy, demanding but always polite client bringing 38 % of the revenue), "pleasant" (a
client with the odd mild complaint), "reframed" (a client crossing limits, reframed, who
then behaves) and "service_failures" (our own irritants, rising). One random.Random(seed)
drives everything: the same arguments give the same story.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from wellbeing.domain.model import (
    CheckIn,
    Client,
    ClientEvent,
    ClientEventKind,
    Encounter,
    EncounterKind,
)
from wellbeing.samples import simulation as sim

STORY_NAMES = ("cycle", "toxic", "key_account", "pleasant", "reframed", "service_failures")
DAYS = 364
STAGE_ORDER = ("assertiveness", "advantage", "dissatisfaction", "confidence")
RAMP_DAYS = 14
"""Each stage of the cycle slides over two weeks."""


@dataclass(frozen=True)
class Story:
    name: str
    start: date
    clients: list[Client]
    encounters: list[Encounter]
    check_ins: list[CheckIn]
    events: list[ClientEvent]
    featured: Client | None
    """The client the story is about, if any."""
    marks: dict[str, date] = field(default_factory=dict)
    """The days that matter: 'slide', 'all_worsened', 'recovery', 'holiday', 'crossing',
    'insults', 'reframed', 'failures', by story."""


def _day(start: date, offset: int) -> date:
    return start + timedelta(days=offset)


def _background(
    rng: random.Random, clients: list[Client], start: date, rate: float = 1.0
) -> list[Encounter]:
    """The steady job with the other clients; `rate` thins it out."""
    found = []
    for offset in range(DAYS):
        for encounter in sim._day_encounters(rng, clients, _day(start, offset), 0.0):
            if rng.random() < rate:
                found.append(encounter)
    return found


def _check_ins(rng: random.Random, start: date) -> list[CheckIn]:
    return [sim._check_in(rng, _day(start, offset), 0.0) for offset in range(3, DAYS, 7)]


def _contact(
    rng: random.Random,
    client: Client,
    day: date,
    *,
    difficult: bool,
    impact: float,
    behaviours: tuple[str, ...] = (),
    violations: tuple[str, ...] = (),
    evening: bool = False,
    irritants: tuple[str, ...] = (),
    assertiveness: float = 3.8,
    confidence: float = 3.9,
) -> Encounter:
    minutes = rng.randint(19 * 60, 21 * 60) if evening else rng.randint(9 * 60, 17 * 60 + 30)
    return Encounter(
        client_id=client.id,
        occurred_at=datetime.combine(day, time(minutes // 60, minutes % 60)),
        impact=sim._clamp(rng.gauss(impact, 1.0), 0 if not difficult else 1, 10),
        kind=EncounterKind.DIFFICULT if difficult else EncounterKind.POSITIVE,
        id=sim._id(rng),
        channel=rng.choice(sim.CHANNELS),
        duration_minutes=rng.randint(5, 45),
        behaviours=tuple(sorted(set(behaviours))),
        irritants=tuple(sorted(set(irritants))),
        emotions=(rng.choice(sim.HEAVY_EMOTIONS if difficult else sim.GOOD_EMOTIONS),),
        lingered=rng.choice(
            ("minutes", "hours", "hours", "rest_of_day") if difficult else ("minutes", "hours")
        ),
        assertiveness=sim._clamp(rng.gauss(assertiveness, 0.7), 1, 5),
        company_confidence=sim._clamp(rng.gauss(confidence, 0.7), 1, 5),
        outcome="resolved",
        violations=tuple(sorted(set(violations))) + (("out_of_hours",) if evening else ()),
    )


def _working_days(start: date, offset: int) -> bool:
    return _day(start, offset).weekday() < 5


def _clients(rng: random.Random, featured: str | None, revenue: float | None) -> tuple:
    clients = [Client(name=name, id=sim._id(rng)) for name in sim.CLIENT_NAMES[:5]]
    main = Client(name=featured, id=sim._id(rng), revenue_share=revenue) if featured else None
    return clients, main


# --- the confidence cycle ------------------------------------------------------------------


def _stage(offset: int, begins: int, ends: int) -> float:
    """0 before a stage falls, 1 once it has, back to 0 during the recovery."""
    rise = min(1.0, max(0.0, (offset - begins) / RAMP_DAYS))
    fall = min(1.0, max(0.0, (offset - ends) / (2 * RAMP_DAYS)))
    return rise * (1.0 - fall)


def _cycle(rng: random.Random, start: date) -> Story:
    clients, _ = _clients(rng, None, None)
    slide = rng.randint(140, 180)
    begins = [slide]
    for _ in range(3):
        begins.append(begins[-1] + rng.randint(7, 21))
    recovery = begins[-1] + rng.randint(28, 42)
    holiday = recovery + rng.randint(63, 77)
    encounters = []
    for offset in range(DAYS):
        day = _day(start, offset)
        if holiday <= offset < holiday + 21 and rng.random() > 0.1:
            continue
        if not _working_days(start, offset):
            continue
        s = [_stage(offset, b, recovery) for b in begins]
        for _ in range(sim._poisson(rng, 1.2)):
            behaviours = [rng.choice(("impatient", "unreasonable_demand", "invasive", "rude"))]
            if rng.random() < sim._mix(0.1, 0.55, s[1]):
                behaviours.append(
                    rng.choice(("out_of_scope", "ignores_terms", "special_treatment"))
                )
            if rng.random() < sim._mix(0.08, 0.5, s[2]):
                behaviours.append("complaint")
            encounters.append(
                _contact(
                    rng,
                    rng.choice(clients),
                    day,
                    difficult=True,
                    impact=sim._mix(3.5, 5.0, max(s)),
                    behaviours=tuple(behaviours),
                    assertiveness=sim._mix(3.8, 2.3, s[0]),
                    confidence=sim._mix(3.9, 2.4, s[3]),
                )
            )
        for _ in range(sim._poisson(rng, 0.8)):
            encounters.append(
                _contact(
                    rng,
                    rng.choice(clients),
                    day,
                    difficult=False,
                    impact=1,
                    confidence=sim._mix(4.0, 2.6, s[3]),
                )
            )
    marks = {
        "slide": _day(start, slide),
        "all_worsened": _day(start, begins[-1]),
        "recovery": _day(start, recovery),
        "holiday": _day(start, holiday),
        **{f"stage_{name}": _day(start, b) for name, b in zip(STAGE_ORDER, begins, strict=True)},
    }
    return Story("cycle", start, clients, encounters, _check_ins(rng, start), [], None, marks)


# --- one client -----------------------------------------------------------------------------


def _per_week(rng: random.Random, start: date, offset: int, weekly: float) -> int:
    return sim._poisson(rng, weekly / 5) if _working_days(start, offset) else 0


def _toxic(rng: random.Random, start: date) -> Story:
    clients, toxic = _clients(rng, "Zenith Holdings", 10.0)
    assert toxic is not None
    crossing = rng.randint(150, 200)
    insults = crossing + rng.randint(21, 35)
    found = _background(rng, clients, start)
    for offset in range(DAYS):
        day = _day(start, offset)
        weekly = 2.0 if offset < crossing else 5.0
        for _ in range(_per_week(rng, start, offset, weekly)):
            if offset < crossing:
                hard = rng.random() < 0.35
                found.append(
                    _contact(
                        rng,
                        toxic,
                        day,
                        difficult=hard,
                        impact=3.5 if hard else 1,
                        behaviours=("impatient",) if hard else (),
                    )
                )
                continue
            behaviours = [rng.choice(("out_of_scope", "ignores_terms", "unreasonable_demand"))]
            violations = ["scope"] if "out_of_scope" in behaviours else []
            if "ignores_terms" in behaviours:
                violations.append("terms")
            if offset >= insults and rng.random() < 0.7:
                behaviours.append(rng.choice(("insulting", "insulting", "threatening")))
            elif rng.random() < 0.3:
                behaviours.append(rng.choice(("rude", "contemptuous")))
            found.append(
                _contact(
                    rng,
                    toxic,
                    day,
                    difficult=True,
                    impact=6.0,
                    behaviours=tuple(behaviours),
                    violations=tuple(violations),
                    evening=rng.random() < 0.5,
                )
            )
    marks = {"crossing": _day(start, crossing), "insults": _day(start, insults)}
    return Story("toxic", start, [*clients, toxic], found, _check_ins(rng, start), [], toxic, marks)


def _key_account(rng: random.Random, start: date) -> Story:
    clients, key = _clients(rng, "Northwind Retail", 38.0)
    assert key is not None
    found = _background(rng, clients, start, rate=0.5)
    for offset in range(DAYS):
        day = _day(start, offset)
        for _ in range(_per_week(rng, start, offset, 6.0)):
            hard = rng.random() < 0.45
            if not hard:
                found.append(_contact(rng, key, day, difficult=False, impact=1))
                continue
            behaviours = [rng.choice(("impatient", "special_treatment", "unreasonable_demand"))]
            violations = []
            if rng.random() < 0.04:
                behaviours.append("out_of_scope")
                violations.append("scope")
            found.append(
                _contact(
                    rng,
                    key,
                    day,
                    difficult=True,
                    impact=4.0,
                    behaviours=tuple(behaviours),
                    violations=tuple(violations),
                    evening=rng.random() < 0.02,
                )
            )
    return Story("key_account", start, [*clients, key], found, _check_ins(rng, start), [], key)


def _pleasant(rng: random.Random, start: date) -> Story:
    clients, nice = _clients(rng, "Bluebell Bakery", 15.0)
    assert nice is not None
    found = _background(rng, clients, start)
    for offset in range(DAYS):
        day = _day(start, offset)
        for _ in range(_per_week(rng, start, offset, 2.5)):
            hard = rng.random() < 0.08
            found.append(
                _contact(
                    rng,
                    nice,
                    day,
                    difficult=hard,
                    impact=3.0 if hard else 1,
                    behaviours=(rng.choice(("complaint", "impatient")),) if hard else (),
                    evening=rng.random() < 0.01,
                )
            )
    return Story("pleasant", start, [*clients, nice], found, _check_ins(rng, start), [], nice)


def _reframed(rng: random.Random, start: date) -> Story:
    clients, client = _clients(rng, "Copperline Media", 12.0)
    assert client is not None
    crossing = rng.randint(120, 160)
    reframed_on = crossing + rng.randint(21, 35)
    found = _background(rng, clients, start)
    for offset in range(DAYS):
        day = _day(start, offset)
        bad = crossing <= offset < reframed_on
        for _ in range(_per_week(rng, start, offset, 3.0 if bad else 2.0)):
            if bad:
                found.append(
                    _contact(
                        rng,
                        client,
                        day,
                        difficult=True,
                        impact=6.0,
                        behaviours=(rng.choice(("out_of_scope", "rude")),),
                        violations=("scope",),
                        evening=rng.random() < 0.4,
                    )
                )
                continue
            hard = rng.random() < 0.25
            found.append(
                _contact(
                    rng,
                    client,
                    day,
                    difficult=hard,
                    impact=3.0 if hard else 1,
                    behaviours=("impatient",) if hard else (),
                )
            )
    event = ClientEvent(
        client.id, datetime.combine(_day(start, reframed_on), time(9)), ClientEventKind.REFRAMED
    )
    marks = {"crossing": _day(start, crossing), "reframed": _day(start, reframed_on)}
    return Story(
        "reframed", start, [*clients, client], found, _check_ins(rng, start), [event], client, marks
    )


def _service_failures(rng: random.Random, start: date) -> Story:
    clients, _ = _clients(rng, None, None)
    failures = rng.randint(150, 200)
    found = []
    for encounter in _background(rng, clients, start):
        offset = (encounter.occurred_at.date() - start).days
        share = 0.1 if offset < failures else 0.55
        if encounter.kind == EncounterKind.DIFFICULT and rng.random() < share:
            irritant = rng.choice(("no_call_back", "had_to_repeat", "broken_promise", "delay"))
            encounter = replace(encounter, irritants=(irritant,))
        found.append(encounter)
    marks = {"failures": _day(start, failures)}
    return Story("service_failures", start, clients, found, _check_ins(rng, start), [], None, marks)


_TELLERS = {
    "cycle": _cycle,
    "toxic": _toxic,
    "key_account": _key_account,
    "pleasant": _pleasant,
    "reframed": _reframed,
    "service_failures": _service_failures,
}


def tell(name: str, seed: int, start: date = date(2023, 1, 2)) -> Story:
    """The story `name` (one of STORY_NAMES) over a year from `start`, a Monday."""
    if name not in _TELLERS:
        raise ValueError(f"Unknown story {name!r}; choose one of {', '.join(STORY_NAMES)}.")
    story = _TELLERS[name](random.Random(seed), start)
    story.encounters.sort(key=lambda e: e.occurred_at)
    return story
