"""Seeded demo data: a believable year of journal so that a newcomer sees every chart at once.

The year tells five stories that the charts and the advice are meant to reveal: a client
who slides from demanding to abusive, a loyal client who is a pleasure to serve, six weeks
of our own service failures, eight weeks of the vicious confidence cycle, and a recovery
after the summer holiday. Generation is pure (stdlib, wellbeing.domain and the analysis's
violation detection) and driven by one random.Random(seed), ids included, so the same seed
and end date give the same journal; wellbeing.services.demo only stores the result. The demo
also sets boundaries (encounters are checked against them as the app does at save), weekly
check-ins that follow the story, and the clients' history: the reframing of Brightwell
with its message and the advice that led to it, the end of Sable Print Works, and a
contact planned for tomorrow.

About 850 lines, over the usual 500: the year is one story (the calendar, one encounter
drawn, each client's year, the history), and it reads best in one place. The words and the
cast are in demo_data.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from wellbeing.analysis.violations import detect_violations
from wellbeing.domain.boundaries import Boundaries
from wellbeing.domain.model import (
    CheckIn,
    Client,
    ClientEvent,
    ClientEventKind,
    Encounter,
    EncounterKind,
    Strength,
    advice_detail,
)
from wellbeing.samples.demo_data import (
    ARCHITECT,
    BAKERY,
    BRIGHTWELL_ABUSIVE,
    BRIGHTWELL_DEMANDING,
    BRIGHTWELL_GOOD,
    BRIGHTWELL_PUSHING,
    BY_TAG,
    CAST,
    COMPLAINT_TAILS,
    COUNCIL,
    CYCLE_MOODS,
    CYCLE_NORTHWIND,
    CYCLE_SCENES,
    DAY_LOAD,
    DEMO_BOUNDARIES,
    DISRESPECT,
    ESCALATING,
    EVERYDAY_FAILURES,
    GOOD_SCENES,
    GOOD_WORK,
    HARD_SCENES,
    HIGH,
    KEY_ACCOUNT,
    LATE_PAYER,
    LOW,
    LOYAL,
    MID,
    NEWCOMER,
    NEXT_TIME,
    NEXT_TIME_BRIGHTWELL,
    OAKRIDGE_GOOD,
    OAKRIDGE_HARD,
    OFF_HOURS_OPENINGS,
    OUR_FAULT,
    RECOVERY_GOOD,
    RECOVERY_SCENES,
    REFRAMING_MESSAGE,
    RESTED,
    SERVICE_FAILURES,
    SERVICE_SPECIFIC,
    SPOKEN_TAILS,
    STRENGTHS,
    WARM,
    WRITTEN_TAILS,
    Cast,
    Scene,
    _good,
    _s,
)

DIFFICULT = EncounterKind.DIFFICULT
POSITIVE = EncounterKind.POSITIVE
YEAR_DAYS = 365


# --- what the demo hands back ---------------------------------------------------------


@dataclass(frozen=True)
class DemoStory:
    """Where each story sits, so that tests and guided tours need not guess."""

    client_ids: dict[str, str]
    """Client id by role: escalating, loyal, key_account, council, bakery, architect, …"""
    service_failures: tuple[date, date]
    cycle: tuple[date, date]
    holiday: tuple[date, date]
    """First and last day off, inclusive: no encounter falls inside."""
    reframed_on: date


@dataclass(frozen=True)
class DemoJournal:
    """Everything the demo writes, built without touching a database."""

    clients: tuple[Client, ...]
    encounters: tuple[Encounter, ...]
    strengths: tuple[Strength, ...]
    start: date
    end: date
    story: DemoStory
    check_ins: tuple[CheckIn, ...] = ()
    events: tuple[ClientEvent, ...] = ()
    boundaries: Boundaries = field(default_factory=Boundaries)

    def summary(self) -> str:
        """The one line `wellbeing demo` prints."""
        months = round((self.end - self.start).days / 30.44)
        return (
            f"Wrote {len(self.encounters)} encounters with {len(self.clients)} clients "
            f"over {months} months ({self.start.isoformat()} to {self.end.isoformat()}) "
            f"and {len(self.strengths)} strengths."
        )


# --- the calendar -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Mood:
    """How the user is doing in a phase; encounters are drawn around these values."""

    positive: float
    assertiveness: float
    confidence: float
    impact_shift: float
    our_fault: float
    cycle_scene: float
    complaint: float
    escalate: float
    backing: tuple[int, int, int]


@dataclass(frozen=True)
class _Plan:
    start: date
    end: date
    service: tuple[date, date]
    cycle: tuple[date, date]
    holiday: tuple[date, date]
    reframe: date
    last_late_payer: date

    def progress(self, day: date) -> float:
        return (day - self.start).days / (self.end - self.start).days

    def phase(self, day: date) -> str:
        if day < self.service[0]:
            return "baseline"
        if day <= self.service[1]:
            return "service"
        if day <= self.cycle[1]:
            return "cycle"
        if day <= self.holiday[1]:
            return "holiday"
        return "recovery"

    def mood(self, day: date) -> _Mood:
        """Baseline, then a slide through service failures into the cycle, then recovery."""
        phase = self.phase(day)
        if phase == "service":
            q = (day - self.service[0]).days / (self.service[1] - self.service[0]).days
            return _Mood(
                positive=0.22,
                assertiveness=3.5 - 0.4 * q,
                confidence=3.8 - 0.8 * q,
                impact_shift=0.4,
                our_fault=0.7,
                cycle_scene=0.0,
                complaint=0.1,
                escalate=0.07,
                backing=(5, 3, 2),
            )
        if phase == "cycle":
            q = (day - self.cycle[0]).days / (self.cycle[1] - self.cycle[0]).days
            return _Mood(
                positive=0.14 - 0.06 * q,
                assertiveness=2.8 - 1.2 * q,
                confidence=2.9 - 1.2 * q,
                impact_shift=1.4 + 0.6 * q,
                our_fault=0.08,
                cycle_scene=0.4 + 0.25 * q,
                complaint=0.4 + 0.35 * q,
                escalate=0.12,
                backing=(1, 3, 6),
            )
        if phase == "recovery":
            return _Mood(
                positive=0.6,
                assertiveness=4.0,
                confidence=4.1,
                impact_shift=-0.9,
                our_fault=0.04,
                cycle_scene=0.0,
                complaint=0.04,
                escalate=0.04,
                backing=(8, 2, 0),
            )
        return _Mood(
            positive=0.5,
            assertiveness=3.8,
            confidence=4.0,
            impact_shift=0.0,
            our_fault=0.06,
            cycle_scene=0.0,
            complaint=0.06,
            escalate=0.04,
            backing=(7, 2, 1),
        )


def _monday_on_or_after(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7)


def _plan(start: date, end: date) -> _Plan:
    """Place the stories: 18 weeks of ordinary life, 6 of failures, 8 of cycle, 2 off."""
    service_start = _monday_on_or_after(start + timedelta(weeks=18))
    service_end = service_start + timedelta(weeks=6, days=-3)  # a Friday
    cycle_start = service_end + timedelta(days=3)
    cycle_end = cycle_start + timedelta(weeks=8, days=-3)
    holiday = (cycle_end + timedelta(days=1), cycle_end + timedelta(days=16))
    reframe = holiday[1] + timedelta(days=11)  # the second Thursday back
    last_late_payer = start + timedelta(weeks=15, days=-start.weekday() + 2)
    return _Plan(
        start,
        end,
        (service_start, service_end),
        (cycle_start, cycle_end),
        holiday,
        reframe,
        last_late_payer,
    )


def _closed(day: date) -> bool:
    """Public holidays that fall in any year: nobody logs client calls on Christmas Day."""
    return (day.month, day.day) in ((12, 25), (12, 26), (1, 1))


# --- drawing one encounter --------------------------------------------------------------


def _new_id(rng: random.Random) -> str:
    """Ids from the seeded generator, so that a re-run gives the very same journal."""
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([key for key, _ in pairs], [weight for _, weight in pairs])[0]


def _work_time(rng: random.Random, day: date) -> datetime:
    """Within 8:30–18:30, busier mid-morning and mid-afternoon, to the nearest 5 minutes."""
    hours = (8.5, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)
    weights = (1, 3, 3, 3, 1, 2, 3, 3, 3, 2, 1)
    hour = rng.choices(hours, weights)[0]
    span = 30 if hour in (8.5, 18) else 60
    minutes = int(hour * 60) + rng.randrange(0, span, 5)
    return datetime.combine(day, time(minutes // 60, minutes % 60))


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _clock(when: datetime) -> str:
    return f"{when.hour}:{when.minute:02d}"


def _duration(rng: random.Random, channel: str, impact: int) -> int:
    low, high = {
        "phone": (4, 30),
        "email": (5, 20),
        "in_person": (20, 90),
        "video": (20, 60),
        "chat": (2, 15),
        "letter": (10, 30),
        "social": (5, 15),
    }[channel]
    return rng.randint(low, high) + (impact // 3) * rng.randint(0, 5)


def _lingered(rng: random.Random, kind: EncounterKind, impact: int) -> str | None:
    if kind is POSITIVE:
        return rng.choice(("minutes", "minutes", "hours", None))
    bands = (
        (2, ("minutes",)),
        (4, ("minutes", "hours")),
        (6, ("hours", "rest_of_day")),
        (8, ("rest_of_day", "into_night")),
        (10, ("into_night", "several_days")),
    )
    return rng.choice(next(options for top, options in bands if impact <= top))


def _emotions(
    rng: random.Random,
    kind: EncounterKind,
    impact: int,
    scene: Scene,
    role: str,
    phase: str,
    assertiveness: int | None,
) -> tuple[str, ...]:
    """One to three words that fit the impact, the tags and the phase."""
    if kind is POSITIVE:
        pool = WARM if role == LOYAL or rng.random() < 0.4 else GOOD_WORK
        if phase == "recovery" and rng.random() < 0.3:
            pool = RESTED
        return tuple(rng.sample(pool, rng.choice((1, 2, 2, 3))))
    band = LOW if impact <= 3 else MID if impact <= 6 else HIGH
    picked: list[str] = []
    tagged = [word for tag in scene.behaviours for word in BY_TAG.get(tag, ())]
    if tagged and rng.random() < 0.8:
        picked.append(rng.choice(tagged))
    if scene.irritants and rng.random() < 0.7:
        picked.append(rng.choice(OUR_FAULT))
    if phase == "cycle" and rng.random() < 0.6:
        picked.append(rng.choice(CYCLE_MOODS))
    picked.extend(rng.sample(band, rng.choice((1, 1, 2))))
    if assertiveness is not None and assertiveness >= 5 and rng.random() < 0.4:
        picked.append(rng.choice(("proud", "confident")))
    return tuple(dict.fromkeys(picked))[:3]


def _encounter(
    rng: random.Random,
    plan: _Plan,
    client: Client,
    cast: Cast,
    when: datetime,
    kind: EncounterKind,
    scene: Scene,
    *,
    stance: float = 0.0,
    scripted: bool = False,
) -> Encounter:
    """Dress a scene with the measures a person would log, drawn around the phase's mood.

    Scripted turning points keep their words: no complaint is tacked onto them.
    """
    phase = plan.phase(when.date())
    mood = plan.mood(when.date())
    channel = scene.channel or _weighted(rng, cast.channels)
    behaviours = list(scene.behaviours)
    text = scene.text
    if "out_of_hours" not in behaviours and (
        when.hour < 8 or when.hour >= 19 or when.weekday() >= 5
    ):
        behaviours.append("out_of_hours")
    if kind is POSITIVE:
        impact = _clamp(scene.impact + rng.gauss(0, 0.6), 0, 2)
        assertiveness = _clamp(rng.gauss(mood.assertiveness + 0.5, 0.6), 1, 5)
        confidence = _clamp(rng.gauss(mood.confidence + 0.5, 0.5), 1, 5)
    else:
        forgiving = cast.role == LOYAL or scripted  # the cycle's complaints come from others
        if "complaint" not in behaviours and not forgiving and rng.random() < mood.complaint:
            behaviours.append("complaint")
            text += rng.choice(COMPLAINT_TAILS)
        # Brightwell is the exception to the recovery: his harm does not ease with my rest.
        shift = max(mood.impact_shift, 0.0) if cast.role == ESCALATING else mood.impact_shift
        impact = _clamp(scene.impact + shift + rng.gauss(0, 0.9), 1, 10)
        assertiveness = _clamp(rng.gauss(mood.assertiveness + stance, 0.7), 1, 5)
        fault = -0.5 if scene.irritants else 0.0
        if set(behaviours) & set(DISRESPECT):
            fault -= 0.3
        confidence = _clamp(rng.gauss(mood.confidence + fault, 0.6), 1, 5)
    outcome, escalated, backed = _outcome(rng, kind, impact, mood, scene)
    if rng.random() < 0.06:
        assertiveness = None  # people skip a field now and then
    if rng.random() < 0.05:
        confidence = None
    next_time = ""
    if kind is DIFFICULT and rng.random() < (0.2 + impact * 0.04):
        pool = NEXT_TIME_BRIGHTWELL if cast.role == ESCALATING and impact >= 6 else NEXT_TIME
        next_time = rng.choice(pool)
    return Encounter(
        id=_new_id(rng),
        client_id=client.id,
        occurred_at=when,
        impact=impact,
        kind=kind,
        channel=channel,
        duration_minutes=_duration(rng, channel, impact),
        what_happened=text,
        behaviours=tuple(dict.fromkeys(behaviours)),
        irritants=scene.irritants,
        emotions=_emotions(rng, kind, impact, scene, cast.role, phase, assertiveness),
        lingered=_lingered(rng, kind, impact),
        assertiveness=assertiveness,
        company_confidence=confidence,
        outcome=outcome,
        escalated=escalated,
        backed=backed,
        next_time=next_time,
    )


def _outcome(
    rng: random.Random, kind: EncounterKind, impact: int, mood: _Mood, scene: Scene
) -> tuple[str, bool, str | None]:
    if kind is POSITIVE:
        return rng.choices(("resolved", "partly_resolved", "pending"), (17, 2, 1))[0], False, None
    if scene.escalate:
        return "escalated", True, scene.escalate
    if scene.outcome:
        return scene.outcome, False, None
    if rng.random() < mood.escalate + (0.06 if impact >= 7 else 0.0):
        backed = rng.choices(("yes", "partly", "no"), mood.backing)[0]
        return "escalated", True, backed
    outcome = rng.choices(("resolved", "partly_resolved", "pending"), (9, 6, 4))[0]
    return outcome, False, None


# --- each client's year -----------------------------------------------------------------


def _brightwell_stage(rng: random.Random, progress: float) -> int:
    """1 demanding, 2 pushing, 3 abusive: blurred at the edges, as real slides are.

    The first three months stay merely demanding so that the slide is plain to see.
    """
    blurred = progress + rng.gauss(0, 0.05)
    if progress < 0.26 or blurred < 0.34:
        return 1
    return 2 if blurred < 0.64 else 3


def _fitting(role: str, scenes: tuple[Scene, ...]) -> tuple[Scene, ...]:
    """The key account is demanding but never disrespectful: keep its scenes that way."""
    if role != KEY_ACCOUNT:
        return scenes
    return tuple(s for s in scenes if not set(s.behaviours) & set(DISRESPECT))


def _scene_for(
    rng: random.Random, plan: _Plan, role: str, day: date
) -> tuple[EncounterKind, Scene, float]:
    """What happened with this client on this day, and how firmly I tend to stand (stance)."""
    mood = plan.mood(day)
    phase = plan.phase(day)
    if role == ESCALATING:
        stage = _brightwell_stage(rng, plan.progress(day))
        if stage == 1 and rng.random() < 0.15:
            return POSITIVE, rng.choice(BRIGHTWELL_GOOD), 0.0
        pool = {1: BRIGHTWELL_DEMANDING, 2: BRIGHTWELL_PUSHING, 3: BRIGHTWELL_ABUSIVE}[stage]
        stance = 0.3 if day >= plan.reframe else -0.3
        return DIFFICULT, rng.choice(pool), stance
    if role == LOYAL:
        if phase == "service" and rng.random() < 0.15:
            return DIFFICULT, rng.choice(SERVICE_SPECIFIC[LOYAL]), 0.0
        if rng.random() < (0.75 if phase == "cycle" else 0.9):
            return POSITIVE, rng.choice(OAKRIDGE_GOOD), 0.0
        return DIFFICULT, rng.choice(OAKRIDGE_HARD), 0.0
    if rng.random() < mood.our_fault:
        if phase != "service":
            return DIFFICULT, rng.choice(EVERYDAY_FAILURES), 0.0
        own = SERVICE_SPECIFIC.get(role, ())
        pool = own if own and rng.random() < 0.3 else SERVICE_FAILURES
        return DIFFICULT, rng.choice(_fitting(role, pool)), 0.0
    if GOOD_SCENES[role] and rng.random() < mood.positive:
        pool = GOOD_SCENES[role]
        if phase == "recovery" and rng.random() < 0.2:
            pool = RECOVERY_GOOD
        return POSITIVE, rng.choice(pool), 0.0
    if rng.random() < mood.cycle_scene:
        pool = CYCLE_SCENES + (CYCLE_NORTHWIND if role == KEY_ACCOUNT else ())
        return DIFFICULT, rng.choice(_fitting(role, pool)), -0.3
    if phase == "recovery" and rng.random() < 0.25:
        return DIFFICULT, rng.choice(RECOVERY_SCENES), 0.8
    return DIFFICULT, rng.choice(HARD_SCENES[role]), 0.0


def _role_weights(plan: _Plan, day: date) -> tuple[tuple[str, float], ...]:
    """Who calls: the key account most, the escalating client more and more."""
    progress = plan.progress(day)
    return (
        (KEY_ACCOUNT, 30.0),
        (ESCALATING, 10.0 + 12.0 * progress),
        (LOYAL, 12.0),
        (COUNCIL, 13.0),
        (BAKERY, 10.0),
        (ARCHITECT, 8.0),
        (LATE_PAYER, 9.0 if day < plan.last_late_payer else 0.0),
    )


def _off_hours(rng: random.Random, plan: _Plan, day: date) -> list[tuple[str, datetime, Scene]]:
    """Calls outside 8:30–18:30: rare from most clients, a rising tide from Brightwell."""
    progress = plan.progress(day)
    found: list[tuple[str, datetime, Scene]] = []
    weekday = day.weekday()
    slot, when = None, None
    if weekday < 5 and rng.random() < 0.25 * progress**2:
        slot, when = "evening", _at(day, rng.randint(19, 22), rng.randrange(0, 60, 5))
    elif weekday < 5 and rng.random() < 0.06 * progress**2:
        slot, when = "early", _at(day, 7, rng.randrange(0, 60, 5))
    elif weekday == 5 and progress > 0.25 and rng.random() < 0.1 + 0.75 * (progress - 0.25):
        hour = 8 if rng.random() < 0.75 else rng.randint(9, 10)
        slot, when = "saturday", _at(day, hour, rng.randrange(0, 30, 5))
    elif weekday == 6 and rng.random() < 0.12 * progress:
        slot, when = "sunday", _at(day, rng.randint(10, 18), rng.randrange(0, 60, 5))
    if slot and when:
        stage = _brightwell_stage(rng, progress)
        opening, channel = rng.choice(OFF_HOURS_OPENINGS[slot])
        tails = SPOKEN_TAILS if channel == "phone" else WRITTEN_TAILS
        tail, tags = rng.choice(tails[stage])
        impact = {1: 4, 2: 5, 3: 7}[stage] + (1 if slot in ("saturday", "sunday") else 0)
        scene = _s(
            opening.format(t=_clock(when)) + tail,
            "out_of_hours " + tags,
            impact=impact,
            channel=channel,
        )
        found.append((ESCALATING, when, scene))
    if weekday == 5 and rng.random() < 0.08:
        when = _at(day, rng.randint(8, 11), rng.randrange(0, 60, 5))
        scene = _s(
            f"Saturday store opening: the tills wouldn't connect; the store manager "
            f"called at {_clock(when)}, apologetic.",
            "out_of_hours impatient",
            impact=4,
            channel="phone",
        )
        found.append((KEY_ACCOUNT, when, scene))
    if weekday == 6 and rng.random() < 0.06:
        when = _at(day, rng.randint(19, 21), rng.randrange(0, 60, 5))
        scene = _s(
            "Sunday evening email asking for help with his home Wi-Fi 'while I'm at it'.",
            "out_of_hours out_of_scope",
            impact=2,
            channel="email",
        )
        found.append((ARCHITECT, when, scene))
    return found


@dataclass(frozen=True)
class _Scripted:
    role: str
    when: datetime
    kind: EncounterKind
    scene: Scene
    assertiveness: int | None = None
    confidence: int | None = None
    emotions: tuple[str, ...] = ()
    next_time: str = ""


def _scripted(plan: _Plan) -> tuple[_Scripted, ...]:
    """The turning points each story needs, placed on fixed days of the plan."""
    last_month = plan.end - timedelta(days=19)
    final_row = last_month - timedelta(days=last_month.weekday() - 1)  # a Tuesday
    back = plan.holiday[1] + timedelta(days=1)
    return (
        _Scripted(
            LATE_PAYER,
            _at(plan.last_late_payer, 11, 15),
            DIFFICULT,
            _s(
                "Told them, calmly and in writing, that we will end the contract at the end of "
                "the month. Felt lighter afterwards.",
                "late_payment ignores_terms",
                impact=3,
                channel="email",
                outcome="ended",
            ),
            assertiveness=5,
            confidence=4,
            emotions=("relieved", "proud", "tense"),
        ),
        _Scripted(
            COUNCIL,
            _at(plan.service[0], 9, 10),
            DIFFICULT,
            _s(
                "Our server migration at the weekend lost a batch of client folders, theirs "
                "included. Spent the morning on the phone apologising.",
                "complaint lost_trust",
                "careless_error broken_promise",
                impact=7,
                channel="phone",
            ),
            assertiveness=3,
            confidence=2,
            emotions=("ashamed", "guilty", "stressed"),
            next_time="Ask for the migration checklist before promising dates to clients.",
        ),
        _Scripted(
            KEY_ACCOUNT,
            _at(back, 10, 30),
            POSITIVE,
            _good("Their IT lead said the cover during my holiday was seamless.", 0, "video"),
            confidence=5,
            emotions=("reassured", "pleased"),
        ),
        _Scripted(
            ESCALATING,
            _at(plan.reframe, 10, 0),
            DIFFICULT,
            _s(
                "Sent the director a written summary of our hours, response times and what the "
                "contract covers, agreed with my manager first.",
                "ignores_terms invasive",
                impact=4,
                channel="email",
                outcome="pending",
            ),
            assertiveness=5,
            confidence=4,
            emotions=("tense", "confident"),
            next_time="Point back to the written terms, every time, calmly.",
        ),
        _Scripted(
            ESCALATING,
            _at(plan.reframe + timedelta(days=1), 21, 5),
            DIFFICULT,
            _s(
                "Answered my written hours by calling at 21:05 to say he pays for a "
                "round-the-clock service. He doesn't.",
                "out_of_hours ignores_terms contemptuous",
                impact=7,
                channel="phone",
            ),
            assertiveness=4,
            confidence=4,
            emotions=("angry", "tired", "humiliated"),
        ),
        _Scripted(
            ESCALATING,
            _at(final_row, 16, 40),
            DIFFICULT,
            _s(
                "Threatened to 'finish us online' and said he knows where our office is. Told "
                "my manager straight away; she backed me fully.",
                "threatening insulting shouting",
                impact=9,
                channel="phone",
                escalate="yes",
            ),
            assertiveness=4,
            confidence=4,
            emotions=("anxious", "humiliated", "angry"),
            next_time="If it happens again, the director ends the contract: agreed today.",
        ),
    )


# --- boundaries, check-ins and the clients' history -------------------------------------


def _check_ins(rng: random.Random, plan: _Plan) -> tuple[CheckIn, ...]:
    """Friday check-ins that follow the story; none in the holiday or the last week."""
    found: list[CheckIn] = []
    day = _monday_on_or_after(plan.start) + timedelta(days=4)
    while day <= plan.end - timedelta(days=8):
        phase = plan.phase(day)
        if phase != "holiday" and rng.random() < 0.85:
            strain = {"baseline": 1.4, "service": 2.0, "cycle": 3.0, "recovery": 1.0}[phase]
            wellbeing = {"baseline": 3.4, "service": 2.8, "cycle": 1.6, "recovery": 3.8}[phase]
            found.append(
                CheckIn(
                    answered_at=_at(day, 17, 30),
                    strain=tuple(_clamp(rng.gauss(strain, 0.7), 0, 4) for _ in range(6)),
                    wellbeing=tuple(_clamp(rng.gauss(wellbeing, 0.7), 0, 5) for _ in range(5)),
                    id=_new_id(rng),
                )
            )
        day += timedelta(days=7)
    return tuple(found)


def _history(
    rng: random.Random, plan: _Plan, clients: dict[str, Client]
) -> tuple[ClientEvent, ...]:
    brightwell, sable = clients[ESCALATING].id, clients[LATE_PAYER].id

    def advice(on: date, level: str) -> ClientEvent:
        detail = advice_detail(level, [])
        return ClientEvent(
            brightwell, _at(on, 18, 0), ClientEventKind.ADVICE, detail, id=_new_id(rng)
        )

    return (
        advice(plan.service[0], "watch"),
        advice(plan.cycle[0] + timedelta(weeks=3), "reframe"),
        advice(plan.reframe + timedelta(weeks=6), "dethrone"),
        ClientEvent(
            sable, _at(plan.last_late_payer, 11, 30), ClientEventKind.DETHRONED, id=_new_id(rng)
        ),
        ClientEvent(
            brightwell,
            _at(plan.reframe, 9, 45),
            ClientEventKind.MESSAGE,
            REFRAMING_MESSAGE,
            id=_new_id(rng),
        ),
        ClientEvent(
            brightwell, _at(plan.reframe, 10, 0), ClientEventKind.REFRAMED, id=_new_id(rng)
        ),
        ClientEvent(
            clients[KEY_ACCOUNT].id,
            _at(plan.end + timedelta(days=1), 10, 0),
            ClientEventKind.CONTACT_PLANNED,
            id=_new_id(rng),
        ),
    )


def _newcomer(rng: random.Random, end: date) -> tuple[Client, list[Encounter]]:
    """A client met twice in the last fortnight: too little to advise on, and the app says
    so. Drawn after everything else, so the rest of the year does not depend on it."""
    client = Client(name="Juniper Yoga Studio", id=_new_id(rng), revenue_share=2.0)
    monday = end - timedelta(days=end.weekday() + 7)
    first = Encounter(
        client.id,
        _at(monday + timedelta(days=1), 11, 0),
        2,
        POSITIVE,
        id=_new_id(rng),
        channel="video",
        what_happened="First call: they want their front-desk laptop and Wi-Fi looked after.",
        emotions=("pleased", "calm"),
    )
    second = Encounter(
        client.id,
        _at(monday + timedelta(days=3), 15, 30),
        4,
        id=_new_id(rng),
        channel="email",
        what_happened="Asked for a quote by tomorrow morning, before we had even visited.",
        behaviours=("impatient",),
        emotions=("tense",),
        assertiveness=4,
        company_confidence=4,
    )
    return client, [first, second]


def _checked(encounter: Encounter) -> Encounter:
    """As the app saves it: violations detected from the demo's boundaries."""
    return replace(encounter, violations=detect_violations(encounter, DEMO_BOUNDARIES))


# --- the year ---------------------------------------------------------------------------


def generate_demo(seed: int = 2026, end: date | None = None) -> DemoJournal:
    """A year of journal ending on `end` (default today), the same for the same seed."""
    end = end or date.today()
    start = end - timedelta(days=YEAR_DAYS - 1)
    rng = random.Random(seed)
    plan = _plan(start, end)
    clients = {
        cast.role: Client(
            name=cast.name, id=_new_id(rng), revenue_share=cast.revenue_share, status=cast.status
        )
        for cast in CAST
    }
    casts = {cast.role: cast for cast in CAST}

    def draw(
        role: str,
        when: datetime,
        kind: EncounterKind,
        scene: Scene,
        stance: float,
        scripted: bool = False,
    ) -> Encounter:
        cast, client = casts[role], clients[role]
        return _encounter(
            rng, plan, client, cast, when, kind, scene, stance=stance, scripted=scripted
        )

    encounters: list[Encounter] = []
    day = start
    while day <= end:
        phase = plan.phase(day)
        if phase != "holiday" and not _closed(day):
            if day.weekday() < 5:
                count = rng.choices((1, 2, 3, 4, 5), DAY_LOAD[phase])[0]
                if day.month == 12 and day.day > 26:
                    count = max(1, count - 2)  # the quiet week between the holidays
                weights = _role_weights(plan, day)
                for when in sorted(_work_time(rng, day) for _ in range(count)):
                    role = rng.choices([r for r, _ in weights], [w for _, w in weights])[0]
                    kind, scene, stance = _scene_for(rng, plan, role, day)
                    encounters.append(draw(role, when, kind, scene, stance))
            for role, when, scene in _off_hours(rng, plan, day):
                encounters.append(draw(role, when, DIFFICULT, scene, -0.3))
        day += timedelta(days=1)
    for event in _scripted(plan):
        drawn = draw(event.role, event.when, event.kind, event.scene, 0.0, scripted=True)
        encounters.append(
            replace(
                drawn,
                assertiveness=event.assertiveness or drawn.assertiveness,
                company_confidence=event.confidence or drawn.company_confidence,
                emotions=event.emotions or drawn.emotions,
                next_time=event.next_time or drawn.next_time,
            )
        )
    newcomer, first_steps = _newcomer(rng, end)
    clients[NEWCOMER] = newcomer
    encounters += first_steps
    encounters = sorted((_checked(e) for e in encounters), key=lambda e: (e.occurred_at, e.id))
    strengths = tuple(
        Strength(text=text, id=_new_id(rng), position=index) for index, text in enumerate(STRENGTHS)
    )
    story = DemoStory(
        client_ids={role: client.id for role, client in clients.items()},
        service_failures=plan.service,
        cycle=plan.cycle,
        holiday=plan.holiday,
        reframed_on=plan.reframe,
    )
    return DemoJournal(
        tuple(clients.values()),
        tuple(encounters),
        strengths,
        start,
        end,
        story,
        check_ins=_check_ins(rng, plan),
        events=_history(rng, plan, clients),
        boundaries=DEMO_BOUNDARIES,
    )
