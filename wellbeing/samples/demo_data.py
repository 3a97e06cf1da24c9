"""The demo's words and cast: who the clients are, what happens with them, how it feels.

Only data (and the two small dataclasses that shape it); wellbeing.samples.demo draws the
year from it. Kept apart so that the drawing reads without 600 lines of scenes in the way;
over 500 lines itself because it is nothing but data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from wellbeing.domain.boundaries import Boundaries, ChannelRule, Hours
from wellbeing.domain.model import ClientStatus

ESCALATING = "escalating"
LOYAL = "loyal"
KEY_ACCOUNT = "key_account"
COUNCIL = "council"
BAKERY = "bakery"
ARCHITECT = "architect"
LATE_PAYER = "late_payer"
NEWCOMER = "newcomer"


# --- the cast ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cast:
    role: str
    name: str
    revenue_share: float | None
    status: ClientStatus
    channels: tuple[tuple[str, int], ...]


CAST: tuple[Cast, ...] = (
    Cast(
        ESCALATING,
        "Brightwell Lettings",
        12.0,
        ClientStatus.REFRAMED,
        (("phone", 6), ("email", 2), ("chat", 2), ("in_person", 1)),
    ),
    Cast(
        LOYAL,
        "Oakridge Dental Practice",
        9.0,
        ClientStatus.ACTIVE,
        (("phone", 4), ("in_person", 3), ("email", 2)),
    ),
    Cast(
        KEY_ACCOUNT,
        "Northwind Retail Group",
        40.0,
        ClientStatus.ACTIVE,
        (("email", 4), ("video", 3), ("phone", 3), ("in_person", 1)),
    ),
    Cast(
        COUNCIL,
        "Greenfield Town Council",
        11.0,
        ClientStatus.ACTIVE,
        (("email", 5), ("video", 2), ("phone", 2), ("letter", 1)),
    ),
    Cast(
        BAKERY,
        "Patel & Sons Bakery",
        6.0,
        ClientStatus.ACTIVE,
        (("phone", 5), ("in_person", 3), ("chat", 1)),
    ),
    Cast(
        ARCHITECT,
        "Luca Moretti Architects",
        4.0,
        ClientStatus.ACTIVE,
        (("email", 4), ("chat", 3), ("phone", 2), ("video", 1)),
    ),
    Cast(
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
class Scene:
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
) -> Scene:
    """Compact scene declaration: tags as space-separated keys."""
    return Scene(
        text,
        tuple(behaviours.split()),
        tuple(irritants.split()),
        impact,
        channel,
        escalate,
        outcome,
    )


def _good(text: str, impact: int = 1, channel: str | None = None) -> Scene:
    return Scene(text, impact=impact, channel=channel)


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
SERVICE_SPECIFIC: dict[str, tuple[Scene, ...]] = {
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


GOOD_SCENES: dict[str, tuple[Scene, ...]] = {
    ESCALATING: BRIGHTWELL_GOOD,
    LOYAL: OAKRIDGE_GOOD,
    KEY_ACCOUNT: NORTHWIND_GOOD,
    COUNCIL: COUNCIL_GOOD,
    BAKERY: BAKERY_GOOD,
    ARCHITECT: ARCHITECT_GOOD,
    LATE_PAYER: (),
}
HARD_SCENES: dict[str, tuple[Scene, ...]] = {
    LOYAL: OAKRIDGE_HARD,
    KEY_ACCOUNT: NORTHWIND_HARD,
    COUNCIL: COUNCIL_HARD,
    BAKERY: BAKERY_HARD,
    ARCHITECT: ARCHITECT_HARD,
    LATE_PAYER: LATE_PAYER_HARD,
}


DAY_LOAD: dict[str, tuple[int, ...]] = {
    "baseline": (2, 6, 8, 4, 1),
    "service": (1, 4, 8, 6, 2),
    "cycle": (0, 4, 8, 6, 3),
    "recovery": (4, 8, 7, 2, 0),
}


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
