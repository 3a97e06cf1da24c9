"""Seeded demo data: a believable year of journal so that a newcomer sees every chart at once.

The year tells five stories that the charts and the advice are meant to reveal: a client
who slides from demanding to abusive, a loyal client who is a pleasure to serve, six weeks
of our own service failures, eight weeks of the vicious confidence cycle, and a recovery
after the summer holiday. Generation is pure (stdlib, wellbeing.domain and the analysis's
violation detection) and driven by one random.Random(seed), ids included, so the same seed
and end date give the same journal; write_demo_journal only stores the result. The demo
also sets boundaries (encounters are checked against them as the app does at save), weekly
check-ins that follow the story, and the clients' history: the reframing of Brightwell
with its message and the advice that led to it, the end of Sable Print Works, and a
contact planned for tomorrow.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from wellbeing.analysis.violations import detect_violations
from wellbeing.domain.boundaries import Boundaries, ChannelRule, Hours
from wellbeing.domain.model import (
    CheckIn,
    Client,
    ClientEvent,
    ClientEventKind,
    ClientStatus,
    Encounter,
    EncounterKind,
    Strength,
    advice_detail,
)
from wellbeing.domain.validation import InvalidValue

if TYPE_CHECKING:
    from sqlite_utils import Database

DIFFICULT = EncounterKind.DIFFICULT
POSITIVE = EncounterKind.POSITIVE
YEAR_DAYS = 365

ESCALATING = "escalating"
LOYAL = "loyal"
KEY_ACCOUNT = "key_account"
COUNCIL = "council"
BAKERY = "bakery"
ARCHITECT = "architect"
LATE_PAYER = "late_payer"
NEWCOMER = "newcomer"


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


# --- the cast ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cast:
    role: str
    name: str
    revenue_share: float | None
    status: ClientStatus
    channels: tuple[tuple[str, int], ...]


CAST: tuple[_Cast, ...] = (
    _Cast(
        ESCALATING,
        "Brightwell Lettings",
        12.0,
        ClientStatus.REFRAMED,
        (("phone", 6), ("email", 2), ("chat", 2), ("in_person", 1)),
    ),
    _Cast(
        LOYAL,
        "Oakridge Dental Practice",
        9.0,
        ClientStatus.ACTIVE,
        (("phone", 4), ("in_person", 3), ("email", 2)),
    ),
    _Cast(
        KEY_ACCOUNT,
        "Northwind Retail Group",
        40.0,
        ClientStatus.ACTIVE,
        (("email", 4), ("video", 3), ("phone", 3), ("in_person", 1)),
    ),
    _Cast(
        COUNCIL,
        "Greenfield Town Council",
        11.0,
        ClientStatus.ACTIVE,
        (("email", 5), ("video", 2), ("phone", 2), ("letter", 1)),
    ),
    _Cast(
        BAKERY,
        "Patel & Sons Bakery",
        6.0,
        ClientStatus.ACTIVE,
        (("phone", 5), ("in_person", 3), ("chat", 1)),
    ),
    _Cast(
        ARCHITECT,
        "Luca Moretti Architects",
        4.0,
        ClientStatus.ACTIVE,
        (("email", 4), ("chat", 3), ("phone", 2), ("video", 1)),
    ),
    _Cast(
        LATE_PAYER,
        "Sable Print Works",
        3.0,
        ClientStatus.DETHRONED,
        (("email", 4), ("phone", 4), ("letter", 1)),
    ),
)

STRENGTHS: tuple[str, ...] = (
    "Our technicians fix things the first time.",
    "Our quotes are clear, with no hidden costs.",
    "We explain things in plain words, without jargon.",
    "The team covers for each other when someone is off.",
    "Most of our clients renew their contracts year after year.",
    "When we get something wrong, we own it and put it right.",
)


# --- scenes: what happened, with tags that match the words ------------------------------


@dataclass(frozen=True)
class _Scene:
    text: str
    behaviours: tuple[str, ...] = ()
    irritants: tuple[str, ...] = ()
    impact: int = 4
    channel: str | None = None
    escalate: str | None = None
    """Forces an escalation, with this backing (yes, partly or no)."""
    outcome: str | None = None


def _s(
    text: str,
    behaviours: str = "",
    irritants: str = "",
    impact: int = 4,
    channel: str | None = None,
    escalate: str | None = None,
    outcome: str | None = None,
) -> _Scene:
    """Compact scene declaration: tags as space-separated keys."""
    return _Scene(
        text,
        tuple(behaviours.split()),
        tuple(irritants.split()),
        impact,
        channel,
        escalate,
        outcome,
    )


def _good(text: str, impact: int = 1, channel: str | None = None) -> _Scene:
    return _Scene(text, impact=impact, channel=channel)


# fmt: off
BRIGHTWELL_DEMANDING = (
    _s("Wanted a laptop ready for a new starter by this afternoon; asked at eleven.",
       "impatient unreasonable_demand", impact=4),
    _s("Asked us to 'have a quick look' at a landlord portal they bought elsewhere.",
       "out_of_scope", impact=3),
    _s("Four calls before lunch about the same printer ticket.", "impatient invasive", impact=4),
    _s("Wanted a discount because the Wi-Fi dropped for ten minutes during a viewing.",
       "unreasonable_demand special_treatment", impact=4),
    _s("Asked me to set up the director's home printer and his daughter's tablet.",
       "out_of_scope", impact=3),
    _s("Chased a ticket twenty minutes after logging it.", "impatient", impact=3),
    _s("Wants the monthly report redone in their own template, by tomorrow.",
       "unreasonable_demand", impact=3, channel="email"),
    _s("Expected a technician on site within the hour for a mouse that stopped working.",
       "impatient unreasonable_demand", impact=4),
    _s("Asked for weekly on-site visits 'at no extra cost, as a good client'.",
       "special_treatment unreasonable_demand", impact=4),
)
BRIGHTWELL_PUSHING = (
    _s("Insisted our contract covers their office move. It does not.",
       "ignores_terms out_of_scope", impact=5),
    _s("Told me a proper IT company would have fixed this already.",
       "questions_competence impatient", impact=5),
    _s("Raised his voice when I said the technician is booked until Thursday.",
       "shouting impatient", impact=6, channel="phone"),
    _s("Blamed me for their property software vendor's outage.", "blames_me", impact=5),
    _s("Cut me off twice and said he had no time for excuses.", "rude impatient", impact=5),
    _s("Demanded I stay on the line for forty minutes while an update installed.",
       "unreasonable_demand invasive", impact=5, channel="phone"),
    _s("Five emails in an hour, my manager copied on the last two.",
       "invasive impatient", impact=5, channel="email"),
    _s("Won't sign off the job unless we add a free extra screen.",
       "takes_advantage unreasonable_demand", impact=5),
    _s("Questioned every line of the invoice, including hours he had asked for.",
       "ignores_terms questions_competence", impact=5, channel="email"),
)
BRIGHTWELL_ABUSIVE = (
    _s("Called me useless in front of his staff during the site visit.",
       "insulting contemptuous", impact=8, channel="in_person"),
    _s("Shouted that we are 'a bunch of amateurs' and hung up.",
       "shouting insulting", impact=8, channel="phone"),
    _s("Mocked the way I read back the ticket number.", "contemptuous insulting", impact=7),
    _s("Said he will make sure every landlord in town hears how bad we are.",
       "threatening", impact=8),
    _s("Threatened to hold back the quarter's payment unless I came over tonight.",
       "threatening unreasonable_demand late_payment", impact=9, channel="phone"),
    _s("Swore at me when I said the request was outside our hours.",
       "insulting rude shouting", impact=8, channel="phone"),
    _s("Spelled words out slowly, as if I could not follow.", "contemptuous", impact=7),
    _s("Said he would call my manager and 'get me sorted out'.", "threatening rude", impact=7),
    _s("Told me to get out of the meeting room and slammed the door.",
       "rude shouting", impact=8, channel="in_person"),
    _s("Posted a one-star review online that names me and calls us cowboys.",
       "insulting contemptuous", impact=8, channel="social"),
    _s("Sneered that I should find a job I can actually do.",
       "contemptuous insulting questions_competence", impact=8),
)
BRIGHTWELL_GOOD = (
    _good("Thanked me for getting the new starter's laptop ready so fast."),
    _good("Short, friendly call: the viewing tablets all work now.", impact=0),
    _good("The director said thanks for the quick fix on the office Wi-Fi.", impact=1),
)

OFF_HOURS_OPENINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "evening": (
        ("Text at {t} asking why the shared drive is slow; 'needs fixing tonight'.", "chat"),
        ("Called my mobile at {t} about a password reset that could wait until morning.", "phone"),
        ("Voicemail at {t}: the director wants a call back 'as soon as you see this'.", "phone"),
        ("Three messages from {t} onwards, each shorter than the last.", "chat"),
        ("Email at {t}, my manager in copy, asking why nobody answers.", "email"),
    ),
    "early": (
        ("Call at {t}, before I had reached the office, chasing yesterday's ticket.", "phone"),
        ("Message at {t} asking for a technician 'first thing, before nine'.", "chat"),
    ),
    "saturday": (
        (
            "Phone rang at {t} on Saturday: the office printer was 'broken'. It was switched off.",
            "phone",
        ),
        ("Saturday, {t}: wanted the viewing tablet fixed before the first appointment.", "phone"),
        (
            "Saturday call at {t} while I was having breakfast; wants a new user for Monday.",
            "phone",
        ),
        ("Call at {t} on a Saturday about the office alarm app.", "phone"),
    ),
    "sunday": (
        ("Sunday {t}: long email listing everything he thinks we got wrong this month.", "email"),
        ("Sunday call at {t} about the screen for Monday's staff meeting.", "phone"),
    ),
}
SPOKEN_TAILS: dict[int, tuple[tuple[str, str], ...]] = {
    1: (
        (" Wanted it done first thing.", "impatient"),
        (" Asked if I could 'just log in remotely now'.", "unreasonable_demand"),
        ("", "impatient"),
    ),
    2: (
        (" Raised his voice when I said it would wait for working hours.", "shouting impatient"),
        (" Said we 'obviously' cover evenings and weekends. We don't.", "ignores_terms"),
        (" Said a proper supplier would pick up.", "questions_competence"),
    ),
    3: (
        (" Called me useless for not answering faster.", "insulting"),
        (" Swore and hung up.", "rude insulting"),
        (" Said he would 'make sure I regret' not picking up.", "threatening"),
        (" Sneered that real professionals answer their phones.", "contemptuous"),
        (" Shouted over me the whole time.", "shouting rude"),
    ),
}
WRITTEN_TAILS: dict[int, tuple[tuple[str, str], ...]] = {
    1: (
        (" Wanted it done first thing.", "impatient"),
        (" Asked if I could 'just log in remotely now'.", "unreasonable_demand"),
        ("", "impatient"),
    ),
    2: (
        (" Wrote that we 'obviously' cover evenings and weekends. We don't.", "ignores_terms"),
        (" Wrote that a proper supplier would reply.", "questions_competence"),
        (" Mostly in capitals.", "shouting impatient"),
    ),
    3: (
        (" Called me useless for not replying faster.", "insulting"),
        (" Full of swearing.", "rude insulting"),
        (" Ended with 'you will regret ignoring me'.", "threatening"),
        (" Sneered that real professionals answer their messages.", "contemptuous"),
    ),
}
OAKRIDGE_GOOD = (
    _good("Practice manager called just to say the new booking screens work perfectly.", 0),
    _good("They brought biscuits for the team after the server move went smoothly.",
          0, "in_person"),
    _good("Good questions during the security training, and thanks at the end.", 1, "in_person"),
    _good("Renewed for two more years without haggling.", 0),
    _good("Recommended us to the pharmacy next door.", 0),
    _good("Waited patiently while I tracked down the X-ray software licence.", 1),
    _good("Scanner problem sorted in ten minutes; lots of thanks.", 0, "phone"),
    _good("Annual review: they said they feel looked after.", 0, "in_person"),
    _good("Receptionist asked how I was doing and actually listened.", 0, "phone"),
    _good("They flagged a phishing email before clicking it, like we showed them.", 1),
)
OAKRIDGE_HARD = (
    _s("Receptionist short with me on a busy morning; apologised later.",
       "impatient", impact=2, channel="phone"),
    _s("Wanted a same-day visit for a dead monitor; fine with tomorrow once I explained.",
       "impatient", impact=2),
)

NORTHWIND_HARD = (
    _s("Needs tills and Wi-Fi ready for a shop opening on Monday; told us on Thursday. Polite, "
       "but firm.",
       "impatient unreasonable_demand", impact=5),
    _s("Asked for priority over every other client during their sales weekend.",
       "special_treatment", impact=4),
    _s("Wants head-office phones moved under the current contract. Not in scope, asked nicely.",
       "out_of_scope", impact=3),
    _s("Three store managers called about the same stock system, all urgent.",
       "invasive impatient", impact=4, channel="phone"),
    _s("Procurement wants next year's prices frozen and an extra site included.",
       "unreasonable_demand", impact=4, channel="email"),
    _s("Long video call going through every open ticket, line by line. Courteous, but draining.",
       "invasive", impact=4, channel="video"),
    _s("Regional manager asked for a technician on call all through stocktake.",
       "special_treatment unreasonable_demand", impact=4),
    _s("Asked us to train their new staff on software we don't support.", "out_of_scope", impact=3),
    _s("Needs a report on every outage this quarter by the end of the day.",
       "impatient", impact=4, channel="email"),
    _s("Wants the warehouse network redesign brought forward by a month.",
       "impatient unreasonable_demand", impact=4, channel="video"),
)
NORTHWIND_GOOD = (
    _good("Quarterly review went well; the new stores opened without a hitch.", 1, "video"),
    _good("Their IT lead thanked our team in an email to our director.", 0, "email"),
    _good("Agreed a realistic timeline for the warehouse network without pushing.", 1, "video"),
    _good("Signed off the extra stores at the price we proposed.", 1, "email"),
    _good("Store manager said the new card readers cut their queues in half.", 0, "phone"),
)

COUNCIL_HARD = (
    _s("Procurement sent our quote back a third time over formatting.",
       "unreasonable_demand", impact=3, channel="email"),
    _s("Wants the accessibility audit two weeks early because a councillor asked.",
       "impatient unreasonable_demand", impact=4),
    _s("Long email chain about who authorised the extra laptops, everyone in copy.",
       "ignores_terms invasive", impact=3, channel="email"),
    _s("Invoice paid sixty days late again.", "late_payment", impact=3, channel="email"),
    _s("Clerk asked us to fix the chamber's sound system. Not ours.", "out_of_scope", impact=2),
)
COUNCIL_GOOD = (
    _good("Committee meeting went smoothly; the chair thanked us for the clear report.",
          1, "video"),
    _good("Recovered a document the clerk thought was gone; she was delighted.", 0),
    _good("They accepted the new laptop plan first time round.", 1, "email"),
)

BAKERY_HARD = (
    _s("Card terminal down in the morning rush; the owner wanted someone there now.",
       "impatient", impact=4, channel="phone"),
    _s("Asked if we could fix the oven timer too.", "out_of_scope", impact=1),
    _s("The son disputed the call-out fee; said the last visit took five minutes.",
       "ignores_terms", impact=3),
    _s("Wanted the online shop changed before lunch for a special offer.",
       "impatient unreasonable_demand", impact=3, channel="chat"),
)
BAKERY_GOOD = (
    _good("The owner gave me a loaf on the way out after the till fix.", 0, "in_person"),
    _good("They said weekend orders doubled since we set up the online shop.", 0),
    _good("Quick chat about backups; they had followed every step we suggested.", 1),
    _good("Mrs Patel called to say the new tablet is 'a dream'.", 0, "phone"),
)

ARCHITECT_HARD = (
    _s("Plotter drivers again; he blamed the last update on us.", "blames_me", impact=4),
    _s("Asked for a cheaper plan with the same response times.",
       "special_treatment", impact=3, channel="email"),
    _s("Needed a 3D model file recovered before a client meeting in an hour.",
       "impatient", impact=4),
    _s("Wanted help choosing a gaming laptop for his nephew.",
       "out_of_scope", impact=1, channel="chat"),
)
ARCHITECT_GOOD = (
    _good("Showed me the building he designed on the new workstation; proud and grateful.",
          0, "video"),
    _good("Fixed his VPN in five minutes, then we chatted about cycling.", 0, "phone"),
    _good("Thanked us for the nightly backups after his laptop was stolen.", 1),
)

LATE_PAYER_HARD = (
    _s("September invoice still unpaid; 'next week' again.", "late_payment", impact=4),
    _s("Asked for work outside the contract; will pay 'when things pick up'.",
       "takes_advantage out_of_scope late_payment", impact=5),
    _s("Ignored the agreed notice and wanted the server move done tomorrow.",
       "ignores_terms impatient", impact=4),
    _s("Disputed an invoice they had approved in writing.",
       "ignores_terms late_payment", impact=5, channel="email"),
    _s("Said other suppliers would do it for half, so we should too.",
       "takes_advantage questions_competence", impact=4),
)

SERVICE_FAILURES = (
    _s("Their scanned contracts went missing in our backup migration; I had to tell them.",
       "complaint lost_trust", "careless_error broken_promise", impact=6),
    _s("Nobody called them back about the outage, though I had promised. They were right.",
       "complaint", "no_call_back broken_promise", impact=5),
    _s("Their ticket sat unanswered for four days; a colleague's queue was not covered.",
       "complaint", "unanswered delay", impact=5),
    _s("They had to explain the same problem to three of us. I would be annoyed too.",
       "complaint", "had_to_repeat", impact=4),
    _s("Replacement laptops two weeks late; the supplier slipped, but we promised.",
       "complaint", "delay broken_promise", impact=4),
    _s("We restored the wrong version of their folder; a week of their work gone.",
       "complaint lost_trust", "careless_error", impact=7),
    _s("Our support line rang out during the outage; they emailed me directly, upset.",
       "complaint", "unanswered hard_to_reach", impact=5, channel="email"),
    _s("Still no call back from the technician; second time they had to chase.",
       "complaint", "no_call_back had_to_repeat", impact=5, channel="phone"),
    _s("Half their shared files are missing since the migration. They asked who checked.",
       "complaint lost_trust", "careless_error", impact=6),
)
SERVICE_SPECIFIC: dict[str, tuple[_Scene, ...]] = {
    LOYAL: (
        _s("Their scanned referrals were among the lost files. Kind about it, but clearly "
           "disappointed.",
           "complaint", "careless_error", impact=5, channel="phone"),
    ),
    COUNCIL: (
        _s("Their planning folder was in the batch we lost. Formal complaint letter.",
           "complaint lost_trust", "careless_error broken_promise", impact=7, channel="letter"),
    ),
    BAKERY: (
        _s("Waited two days for the call back we promised about the card terminal.",
           "complaint", "no_call_back broken_promise", impact=5, channel="phone"),
    ),
    ARCHITECT: (
        _s("Had to explain his sync problem to three different people on our helpdesk.",
           "complaint", "had_to_repeat unanswered", impact=5),
    ),
    KEY_ACCOUNT: (
        _s("Store data from last week missing after our migration; head office asked for a "
           "written explanation.",
           "complaint lost_trust", "careless_error delay", impact=6, channel="email"),
    ),
}

EVERYDAY_FAILURES = (
    _s("Our technician turned up an hour late and didn't warn them.",
       "complaint", "delay", impact=3),
    _s("Our invoice went to their old address again.",
       "", "careless_error", impact=2, channel="email"),
    _s("The chatbot on our website sent them round in circles before they reached me.",
       "complaint", "chatbot", impact=3),
    _s("Our automatic reply told them we were closed on a working day.",
       "", "wrong_info", impact=2, channel="email"),
    _s("They were told 'not my department' by our front desk and then called me.",
       "complaint", "not_my_job", impact=3, channel="phone"),
)
CYCLE_SCENES = (
    _s("Agreed to an extra visit for free because I couldn't face the argument.",
       "takes_advantage", impact=5),
    _s("They said they no longer trust our estimates. I didn't defend the team.",
       "lost_trust complaint", impact=6),
    _s("Complaint about response times; I apologised for things that weren't ours.",
       "complaint blames_me", impact=6),
    _s("Said yes to a deadline I knew we couldn't meet.",
       "unreasonable_demand takes_advantage", impact=5),
    _s("They asked whether we are still the right supplier. I had no answer.",
       "lost_trust complaint", impact=6),
    _s("Took the scope dispute to my manager; was told to just do it and keep them happy.",
       "out_of_scope takes_advantage", impact=7, escalate="no"),
    _s("Third complaint this week about the same slow ticket queue.",
       "complaint", "delay", impact=6),
    _s("Stayed quiet while they rewrote what we had agreed, on the call.",
       "ignores_terms takes_advantage", impact=6, channel="video"),
    _s("Asked for backing on a refund request; the answer was 'give them what they want'.",
       "complaint unreasonable_demand", impact=7, escalate="no"),
    _s("Promised a fix by Friday to end the call. I don't know who will do it.",
       "impatient complaint", impact=6),
)
CYCLE_NORTHWIND = (
    _s("Agreed to cover their stocktake for free because I didn't want to upset them.",
       "takes_advantage special_treatment", impact=5),
    _s("Operations director said they are reviewing other suppliers.",
       "lost_trust complaint", impact=7, channel="video"),
    _s("Asked my manager to hold the line on the extra site; he said 'they're 40 % of our "
       "revenue, say yes'.",
       "out_of_scope takes_advantage", impact=7, escalate="no"),
)

RECOVERY_SCENES = (
    _s("Said no to an out-of-scope request, calmly, and offered a quote. They took it.",
       "out_of_scope", impact=2),
    _s("Pointed to the contract when asked for a free extra. No drama.",
       "special_treatment", impact=2),
    _s("Gave a realistic date instead of the one they wanted; they accepted it.",
       "impatient", impact=2),
)
RECOVERY_GOOD = (
    _good("Told the client what we fixed this month; they were pleased.", 0),
    _good("Felt on top of the queue for the first time in months.", 1),
)

COMPLAINT_TAILS = (
    " Said they're not happy with us lately.",
    " Ended with a complaint about how long things take.",
    " Added that this keeps happening.",
)
NEXT_TIME = (
    "Put the scope in writing before the call, not after.",
    "Give a time I can keep, not the one they want.",
    "Say 'I'll get back to you by three' and end the call.",
    "Ask my manager for backing before promising anything.",
    "Leave the phone on silent after half past six.",
    "Check the ticket history before calling back, so they don't repeat themselves.",
    "Offer a quote instead of a favour.",
    "Take five minutes outside before the next call.",
    "Remind them of the agreed response times in the first minute, kindly.",
    "Write down the two points I must not give in on before I pick up.",
)
NEXT_TIME_BRIGHTWELL = (
    "End the call if he swears, and say why.",
    "Let evening calls go to the voicemail that states our hours.",
    "Answer out-of-hours messages the next working morning, not before.",
    "Say 'I'll continue when we can talk calmly' and mean it.",
    "Keep a written log of every call for my manager.",
)


# fmt: on


# --- tags that mean disrespect, as opposed to demands --------------------------------

DISRESPECT = (
    "rude",
    "insulting",
    "contemptuous",
    "shouting",
    "threatening",
    "blames_me",
    "questions_competence",
)


# --- emotions ---------------------------------------------------------------------------

WARM = (
    "grateful",
    "valued",
    "respected",
    "pleased",
    "at_ease",
    "understood",
    "satisfied",
    "reassured",
)
GOOD_WORK = (
    "pleased",
    "relieved",
    "satisfied",
    "capable",
    "proud",
    "confident",
    "motivated",
    "energised",
    "amused",
    "calm",
)
LOW = ("irritated", "tired", "disappointed", "resigned", "tense")
MID = ("frustrated", "stressed", "tense", "worried", "defensive", "irritated", "drained", "tired")
HIGH = ("angry", "outraged", "overwhelmed", "anxious", "drained", "hurt")
BY_TAG: dict[str, tuple[str, ...]] = {
    "insulting": ("humiliated", "humiliated", "hurt", "sad"),
    "contemptuous": ("humiliated", "hurt"),
    "threatening": ("anxious", "worried", "panicked"),
    "shouting": ("tense", "angry"),
    "out_of_hours": ("tired", "tense", "drained"),
    "questions_competence": ("defensive", "hurt"),
    "blames_me": ("defensive", "frustrated"),
    "takes_advantage": ("powerless", "resigned"),
    "lost_trust": ("discouraged", "ashamed"),
}
OUR_FAULT = ("guilty", "ashamed", "disappointed", "defensive")
CYCLE_MOODS = ("powerless", "discouraged", "alone", "resigned", "drained", "numb")
RESTED = ("calm", "serene", "soothed", "relieved", "at_ease", "reassured", "safe")


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
    scene: _Scene,
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
    cast: _Cast,
    when: datetime,
    kind: EncounterKind,
    scene: _Scene,
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
    rng: random.Random, kind: EncounterKind, impact: int, mood: _Mood, scene: _Scene
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


GOOD_SCENES: dict[str, tuple[_Scene, ...]] = {
    ESCALATING: BRIGHTWELL_GOOD,
    LOYAL: OAKRIDGE_GOOD,
    KEY_ACCOUNT: NORTHWIND_GOOD,
    COUNCIL: COUNCIL_GOOD,
    BAKERY: BAKERY_GOOD,
    ARCHITECT: ARCHITECT_GOOD,
    LATE_PAYER: (),
}
HARD_SCENES: dict[str, tuple[_Scene, ...]] = {
    LOYAL: OAKRIDGE_HARD,
    KEY_ACCOUNT: NORTHWIND_HARD,
    COUNCIL: COUNCIL_HARD,
    BAKERY: BAKERY_HARD,
    ARCHITECT: ARCHITECT_HARD,
    LATE_PAYER: LATE_PAYER_HARD,
}


def _fitting(role: str, scenes: tuple[_Scene, ...]) -> tuple[_Scene, ...]:
    """The key account is demanding but never disrespectful: keep its scenes that way."""
    if role != KEY_ACCOUNT:
        return scenes
    return tuple(s for s in scenes if not set(s.behaviours) & set(DISRESPECT))


def _scene_for(
    rng: random.Random, plan: _Plan, role: str, day: date
) -> tuple[EncounterKind, _Scene, float]:
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


DAY_LOAD: dict[str, tuple[int, ...]] = {
    "baseline": (2, 6, 8, 4, 1),
    "service": (1, 4, 8, 6, 2),
    "cycle": (0, 4, 8, 6, 3),
    "recovery": (4, 8, 7, 2, 0),
}


def _off_hours(rng: random.Random, plan: _Plan, day: date) -> list[tuple[str, datetime, _Scene]]:
    """Calls outside 8:30–18:30: rare from most clients, a rising tide from Brightwell."""
    progress = plan.progress(day)
    found: list[tuple[str, datetime, _Scene]] = []
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
    scene: _Scene
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

DEMO_BOUNDARIES = Boundaries(
    working_hours=(Hours(time(8, 30), time(18, 30)),) * 5 + (None, None),
    channels=(ChannelRule("social", False),),
    response_hours=24,
    in_scope="Installing, maintaining and repairing the office IT we contracted for; "
    "advice on new equipment on request.",
    respect="Courteous and factual, even when something has gone wrong.",
    limits=("No calls to my personal mobile.", "Urgent requests go through the support line."),
)
"""A realistic frame: weekdays 8:30–18:30, weekends off, no client contact on social media."""

REFRAMING_MESSAGE = (
    "On several occasions recently you called outside our working hours and raised your voice "
    "with me. This makes it hard to give your requests the attention they need. From now on, "
    "I will answer calls from 8:30 to 18:30, Monday to Friday, and e-mails within one working "
    "day, and I expect our exchanges to stay courteous. Requests outside these hours will be "
    "handled on the next working day."
)


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


# --- the year, and storing it -----------------------------------------------------------


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
        scene: _Scene,
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


def write_demo_journal(db: Database, seed: int = 2026, end: date | None = None) -> str:
    """Fill an empty journal with the demo year in one transaction; returns the summary line.

    A journal that already holds encounters is refused: demo data mixed into real entries
    would distort every chart and could not be told apart afterwards.
    """
    from wellbeing.domain.boundaries import to_json
    from wellbeing.store import journal, settings

    existing = journal.count_encounters(db)
    if existing:
        noun = "encounter" if existing == 1 else "encounters"
        raise InvalidValue(
            f"This journal already holds {existing} {noun}; demo data only goes into an empty "
            "journal — pick another file with --journal."
        )
    demo = generate_demo(seed, end)
    with db.atomic():
        for client in demo.clients:
            journal.save_client(db, client)
        journal.save_encounters(db, demo.encounters)
        for strength in demo.strengths:
            journal.save_strength(db, strength)
        for check_in in demo.check_ins:
            journal.save_check_in(db, check_in, now=datetime.combine(demo.end, time(23, 59)))
        for event in demo.events:
            journal.save_client_event(db, event)
        settings.put(db, settings.BOUNDARIES, to_json(demo.boundaries))
    return demo.summary()
