"""Words for acting on a client relationship: the reframing message, the incident summary,
the checklist for ending a relationship.

Seed 003's first step is to reframe in writing; seed 004's frame is to state limits calmly
and hold them. The message follows the DESC shape (describe, express, specify,
consequences): facts without judgement, the effect in "I" terms, what is expected from now
on (the user's own boundaries), and a calm consequence. Every part is a draft the user
edits; nothing here is sent anywhere.

French past participles that would agree with the user ("vous m'avez appelé·e") are
avoided by choice of verb, so that the drafts read naturally whoever writes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from wellbeing.analysis.advice import LIMIT_KINDS, AdviceFigures
from wellbeing.analysis.violations import DISRESPECT
from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.boundaries import Boundaries, Hours
from wellbeing.domain.model import Encounter, EncounterKind

RECENT_INCIDENTS = 5

_MONTHS = {
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
_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}


def _fr(lang: str) -> bool:
    return lang == "fr"


def _pick(lang: str, en: str, fr: str) -> str:
    return fr if _fr(lang) else en


# --- dates and times in words ---------------------------------------------------------


def clock(moment: time, lang: str = "en") -> str:
    """'8:00' in English, '8 h' or '8 h 30' in French."""
    if _fr(lang):
        return f"{moment.hour} h" if moment.minute == 0 else f"{moment.hour} h {moment.minute:02d}"
    return f"{moment.hour}:{moment.minute:02d}"


def day_month(day: date, lang: str = "en", year: bool = False) -> str:
    """'3 March' or '1er mars', with the year when asked."""
    number = "1er" if _fr(lang) and day.day == 1 else str(day.day)
    text = f"{number} {_MONTHS['fr' if _fr(lang) else 'en'][day.month - 1]}"
    return f"{text} {day.year}" if year else text


def long_date(day: date, lang: str = "en") -> str:
    """'Monday 3 March 2025' or 'lundi 3 mars 2025': unambiguous for a third party."""
    return f"{_DAYS['fr' if _fr(lang) else 'en'][day.weekday()]} {day_month(day, lang, True)}"


def _join(items: Sequence[str], lang: str, last: str | None = None) -> str:
    """'a, b and c' ('a, b et c'); `last` replaces the final conjunction."""
    word = last if last is not None else _pick(lang, "and", "et")
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


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
        phrase = f"{_join(numbers, lang)} {month}"
        if _fr(lang):
            phrase = f"{'les' if len(group) > 1 else 'le'} {phrase}"
        texts.append(phrase)
    return _join(texts, lang)


def _span(hours: Hours, lang: str) -> str:
    start, end = clock(hours.start, lang), clock(hours.end, lang)
    return f"de {start} à {end}" if _fr(lang) else f"{start} to {end}"


# --- incidents ------------------------------------------------------------------------


@dataclass(frozen=True)
class Incident:
    """What a message may say about one encounter: when, how, what. No private text."""

    encounter_id: str
    occurred_at: datetime
    channel: str | None
    behaviours: tuple[str, ...]
    violations: tuple[str, ...]
    impact: int

    @classmethod
    def from_encounter(cls, encounter: Encounter) -> Incident:
        return cls(
            encounter_id=encounter.id,
            occurred_at=encounter.occurred_at,
            channel=encounter.channel,
            behaviours=encounter.behaviours,
            violations=encounter.violations,
            impact=encounter.impact,
        )

    @property
    def disrespectful(self) -> bool:
        return bool(DISRESPECT.intersection(self.behaviours)) or "respect" in self.violations


def is_incident(encounter: Encounter) -> bool:
    """A difficult encounter that crossed a limit or lacked respect: worth stating."""
    if encounter.kind != EncounterKind.DIFFICULT:
        return False
    return bool(encounter.violations) or bool(DISRESPECT.intersection(encounter.behaviours))


def incidents_from(
    encounters: Iterable[Encounter], since: date | None = None, limit: int = RECENT_INCIDENTS
) -> list[Incident]:
    """The most recent `limit` incidents from `since` on, oldest first (as a message tells
    them). Pass one client's encounters."""
    chosen = sorted(
        (
            e
            for e in encounters
            if is_incident(e) and (since is None or e.occurred_at.date() >= since)
        ),
        key=lambda e: e.occurred_at,
    )
    return [Incident.from_encounter(e) for e in chosen[-limit:]] if limit > 0 else []


# --- the facts, in "you" clauses --------------------------------------------------------

_CONTACT = {
    "phone": ("you called me", "vous m'avez téléphoné"),
    "email": ("you emailed me", "vous m'avez écrit par e-mail"),
    "in_person": ("you came to see me", "vous m'avez rendu visite"),
    "video": ("you called me by video", "vous m'avez fait un appel en visio"),
    "chat": ("you messaged me", "vous m'avez écrit par messagerie"),
    "social": ("you contacted me on social media", "vous m'avez écrit sur les réseaux sociaux"),
    "letter": ("you wrote to me", "vous m'avez écrit un courrier"),
    None: ("you contacted me", "vous avez pris contact avec moi"),
}

_BEHAVIOUR_CLAUSES = {
    "rude": ("you spoke to me rudely", "vous m'avez parlé sur un ton impoli"),
    "insulting": ("you used insulting words", "vous avez tenu des propos insultants"),
    "contemptuous": ("you spoke to me with contempt", "vous m'avez parlé avec mépris"),
    "shouting": ("you raised your voice", "vous avez haussé le ton"),
    "threatening": ("you made threats", "vous avez proféré des menaces"),
    "impatient": (
        "you asked for an immediate answer",
        "vous avez exigé une réponse immédiate",
    ),
    "unreasonable_demand": (
        "you made a demand I cannot reasonably meet",
        "vous avez formulé une demande que je ne peux raisonnablement satisfaire",
    ),
    "special_treatment": (
        "you asked for special treatment",
        "vous avez demandé un traitement de faveur",
    ),
    "out_of_scope": (
        "you asked for work outside what we agreed",
        "vous avez demandé un travail hors du périmètre convenu",
    ),
    "out_of_hours": (
        "you contacted me outside my working hours",
        "vous avez pris contact avec moi en dehors de mes horaires",
    ),
    "ignores_terms": (
        "you did not follow the terms we agreed",
        "vous n'avez pas respecté les conditions convenues",
    ),
    "questions_competence": (
        "you questioned my competence",
        "vous avez remis en cause mon professionnalisme",
    ),
    "invasive": ("you contacted me many times", "vous avez multiplié les sollicitations"),
    "blames_me": (
        "you held me responsible for mistakes that were not mine",
        "vous m'avez reproché des erreurs qui n'étaient pas les miennes",
    ),
    "takes_advantage": ("you took advantage of the situation", "vous avez profité de la situation"),
    "late_payment": ("a payment was late", "un paiement est arrivé en retard"),
}

_NOT_REPROACHED = frozenset({"complaint", "lost_trust"})
"""Voicing dissatisfaction or losing trust is feedback, not a crossed limit."""

_VIOLATION_CLAUSES = {
    "scope": ("out_of_scope", _BEHAVIOUR_CLAUSES["out_of_scope"]),
    "terms": ("ignores_terms", _BEHAVIOUR_CLAUSES["ignores_terms"]),
    "response_time": (
        "impatient",
        (
            "you asked for an answer faster than I promise",
            "vous avez exigé une réponse plus rapide que le délai que je propose",
        ),
    ),
    "respect": (None, ("you spoke to me without respect", "vous m'avez parlé sans respect")),
}
"""Violations worded only when no behaviour already says the same (behaviour, wording)."""

_TIMED = ("day_off", "out_of_hours", "channel_hours")


def _contact_clause(incident: Incident, lang: str) -> str | None:
    """'you called me on a Saturday at 8:00': only when the when or the how crossed a limit."""
    timed = [v for v in _TIMED if v in incident.violations]
    if not timed and "channel" not in incident.violations:
        return None
    en, fr = _CONTACT.get(incident.channel, _CONTACT[None])
    clause = _pick(lang, en, fr)
    moment = clock(incident.occurred_at.time(), lang)
    if "day_off" in timed:
        weekday = _DAYS["fr" if _fr(lang) else "en"][incident.occurred_at.weekday()]
        clause += _pick(lang, f" on a {weekday} at {moment}", f" un {weekday} à {moment}")
    elif timed:
        clause += _pick(lang, f" at {moment}", f" à {moment}")
    return clause


def _clauses(incident: Incident, lang: str) -> list[str]:
    clauses = []
    contact = _contact_clause(incident, lang)
    if contact:
        clauses.append(contact)
    for key in incident.behaviours:
        if key in _NOT_REPROACHED or (key == "out_of_hours" and contact):
            continue
        pair = _BEHAVIOUR_CLAUSES.get(key)
        if pair is None:
            label = vocab.label_of(vocab.BEHAVIOURS, key, lang)
            clauses.append(_pick(lang, f"there was this: {label}", f"il y a eu ceci : {label}"))
        else:
            clauses.append(_pick(lang, *pair))
    disrespect = DISRESPECT.intersection(incident.behaviours)
    for violation, (behaviour, pair) in _VIOLATION_CLAUSES.items():
        covered = disrespect if violation == "respect" else behaviour in incident.behaviours
        if violation in incident.violations and not covered:
            clauses.append(_pick(lang, *pair))
    return clauses


def describe_incident(incident: Incident, lang: str = "en") -> str:
    """What happened, without the date: 'you called me on a Saturday at 8:00 and …'."""
    clauses = _clauses(incident, lang)
    if not clauses:
        return _pick(lang, "we had a difficult exchange", "nous avons eu un échange difficile")
    return _join(clauses, lang)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def facts_text(incidents: Sequence[Incident], lang: str = "en") -> str:
    """'On 3 and 10 March you called me on a Saturday at 8:00; on 12 March you raised your
    voice.' Incidents described the same way share one clause."""
    if not incidents:
        return _pick(
            lang,
            "I would like to take a moment to agree on how we work together.",
            "Je souhaite prendre un moment pour convenir de notre façon de travailler ensemble.",
        )
    grouped: dict[str, list[date]] = {}
    for incident in sorted(incidents, key=lambda i: i.occurred_at):
        grouped.setdefault(describe_incident(incident, lang), []).append(
            incident.occurred_at.date()
        )
    clauses = [
        _pick(lang, f"on {date_list(days, lang)} {what}", f"{date_list(days, lang)}, {what}")
        for what, days in grouped.items()
    ]
    opener = _pick(
        lang,
        "I would like to come back to some of our recent exchanges.",
        "Je souhaite revenir sur certains de nos échanges récents.",
    )
    return f"{opener} {_capitalised(_pick(lang, '; ', ' ; ').join(clauses))}."


# --- what the incidents touch -----------------------------------------------------------

TOPICS = ("hours", "channels", "respect", "scope", "response")
"""What a message can be about, in the order its sentences come."""

_TOPIC_VIOLATIONS = {
    "hours": {"out_of_hours", "day_off", "channel_hours"},
    "channels": {"channel", "channel_hours"},
    "respect": {"respect"},
    "scope": {"scope", "terms"},
    "response": {"response_time"},
}
_TOPIC_BEHAVIOURS = {
    "hours": {"out_of_hours"},
    "channels": set(),
    "respect": set(DISRESPECT),
    "scope": {"out_of_scope", "ignores_terms", "unreasonable_demand", "special_treatment"},
    "response": {"impatient", "invasive"},
}


def topics_of(incidents: Iterable[Incident]) -> tuple[str, ...]:
    """The boundaries the incidents touched, in TOPICS order."""
    found: set[str] = set()
    for incident in incidents:
        for topic in TOPICS:
            if _TOPIC_VIOLATIONS[topic].intersection(incident.violations) or _TOPIC_BEHAVIOURS[
                topic
            ].intersection(incident.behaviours):
                found.add(topic)
    return tuple(topic for topic in TOPICS if topic in found)


# --- effect -----------------------------------------------------------------------------

_EFFECTS = {
    "hours": (
        "When I am contacted outside my working hours, it cuts into the time I need to rest, "
        "and I cannot give your requests the attention they deserve.",
        "Les contacts en dehors de mes horaires empiètent sur mon temps de repos, et je ne "
        "peux alors pas accorder à vos demandes l'attention qu'elles méritent.",
    ),
    "channels": (
        "Requests spread over several channels are easy for me to miss, and I do not want to "
        "miss yours.",
        "Les demandes dispersées sur plusieurs canaux peuvent m'échapper, et je ne veux pas "
        "manquer les vôtres.",
    ),
    "respect": (
        "When the tone rises, I find it hard to work calmly and to find good solutions with you.",
        "Quand le ton monte, il m'est difficile de travailler sereinement et de trouver de "
        "bonnes solutions avec vous.",
    ),
    "scope": (
        "Requests beyond what we agreed make it hard for me to plan my work and keep my "
        "commitments.",
        "Les demandes qui dépassent notre accord m'empêchent d'organiser mon travail et de "
        "tenir mes engagements.",
    ),
    "response": (
        "Being pressed for an immediate answer leaves me no time to give you a careful one.",
        "Quand une réponse immédiate est attendue, je n'ai pas le temps de vous apporter une "
        "réponse soignée.",
    ),
}


def effect_text(topics: Sequence[str], lang: str = "en") -> str:
    opener = _pick(
        lang,
        "I value our work together, and I want it to go well for both of us.",
        "Je tiens à notre collaboration et je souhaite qu'elle se passe bien pour nous deux.",
    )
    if not topics:
        rest = [
            _pick(
                lang,
                "Clear arrangements help me give you the best of my work.",
                "Des règles claires m'aident à vous offrir le meilleur de mon travail.",
            )
        ]
    else:
        rest = [_pick(lang, *_EFFECTS[topic]) for topic in topics]
    return " ".join([opener, *rest])


# --- expectation: the user's boundaries in words ----------------------------------------

_REACH = {
    "phone": ("by phone", "par téléphone"),
    "email": ("by email", "par e-mail"),
    "in_person": ("in person", "en personne"),
    "video": ("by video", "en visio"),
    "chat": ("by chat or messaging", "par messagerie"),
    "social": ("on social media", "sur les réseaux sociaux"),
    "letter": ("by letter", "par courrier"),
}


def _reach(channel: str, lang: str) -> str:
    pair = _REACH.get(channel)
    if pair is None:
        return _pick(lang, f"by {channel}", f"par {channel}")
    return _pick(lang, *pair)


def _day_runs(days: Sequence[int], lang: str) -> list[str]:
    """[0, 1, 2, 3, 4] → ['Monday to Friday']; runs of two are named day by day."""
    names = _DAYS["fr" if _fr(lang) else "en"]
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    texts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            first, last = names[run[0]], names[run[-1]]
            texts.append(_pick(lang, f"{first} to {last}", f"du {first} au {last}"))
        else:
            texts.extend(_pick(lang, names[d], f"le {names[d]}") for d in run)
    return texts


def week_text(boundaries: Boundaries, lang: str = "en") -> str:
    """'Monday to Friday, 9:00 to 18:00; Saturday, 10:00 to 13:00' (empty: no working day)."""
    by_hours: dict[Hours, list[int]] = {}
    for weekday, hours in enumerate(boundaries.working_hours):
        if hours is not None:
            by_hours.setdefault(hours, []).append(weekday)
    groups = [
        f"{_join(_day_runs(days, lang), lang)}, {_span(hours, lang)}"
        for hours, days in by_hours.items()
    ]
    return _pick(lang, "; ", " ; ").join(groups)


def _user_text(text: str) -> str:
    """The user's words as one sentence: lines joined, first letter kept, a final stop."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    joined = ""
    for line in lines:
        if joined:
            joined += " " if joined[-1] in ".!?…;:" else "; "
        joined += line
    if joined and joined[-1] not in ".!?…":
        joined += "."
    return joined


def _lowered(text: str) -> str:
    """'Politely, …' after a colon reads 'politely, …'; 'ACME …' stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _hours_sentence(boundaries: Boundaries, lang: str) -> str | None:
    week = week_text(boundaries, lang)
    if not week:
        return None
    return _pick(lang, f"My working hours are {week}.", f"Mes horaires de travail : {week}.")


def _channel_sentences(boundaries: Boundaries, lang: str) -> list[str]:
    found = []
    for rule in boundaries.channels:
        if rule.accepted and rule.hours is not None:
            how, span = _reach(rule.channel, lang), _span(rule.hours, lang)
            found.append(
                _pick(
                    lang, f"I can be reached {how} from {span}.", f"Je suis joignable {how} {span}."
                )
            )
    refused = [_reach(rule.channel, lang) for rule in boundaries.channels if not rule.accepted]
    if refused:
        found.append(
            _pick(
                lang,
                f"I do not take work requests {_join(refused, lang, 'or')}.",
                f"Je ne traite pas de demandes professionnelles {_join(refused, lang, 'ni')}.",
            )
        )
    return found


def _response_sentence(boundaries: Boundaries, lang: str) -> str | None:
    hours = boundaries.response_hours
    if not hours:
        return None
    if hours == 1:
        return _pick(lang, "I answer within one working hour.", "Je réponds sous une heure ouvrée.")
    return _pick(
        lang, f"I answer within {hours} working hours.", f"Je réponds sous {hours} heures ouvrées."
    )


def _scope_sentence(boundaries: Boundaries, lang: str, touched: bool) -> str | None:
    if boundaries.in_scope.strip():
        text = _lowered(_user_text(boundaries.in_scope))
        return _pick(lang, f"Our agreement covers: {text}", f"Notre accord couvre : {text}")
    if not touched:
        return None
    return _pick(
        lang,
        "I ask that we keep to what we agreed; anything else is a new request.",
        "Je demande que nous nous en tenions à ce que nous avons convenu ; toute autre demande "
        "est une nouvelle demande.",
    )


def _respect_sentence(boundaries: Boundaries, lang: str, touched: bool) -> str | None:
    if boundaries.respect.strip():
        text = _lowered(_user_text(boundaries.respect))
        return _pick(
            lang,
            f"I ask that our exchanges stay respectful: {text}",
            f"Je demande que nos échanges restent respectueux : {text}",
        )
    if not touched:
        return None
    return _pick(
        lang,
        "I ask that our exchanges stay calm and courteous.",
        "Je demande que nos échanges restent calmes et courtois.",
    )


def boundary_sentences(
    boundaries: Boundaries, topics: Sequence[str] = (), lang: str = "en"
) -> list[str]:
    """The user's limits as first-person sentences, those the incidents touched first, the
    free-form limits last."""
    touched = set(topics)
    by_topic: dict[str, list[str]] = {
        "hours": [s for s in [_hours_sentence(boundaries, lang)] if s],
        "channels": _channel_sentences(boundaries, lang),
        "respect": [s for s in [_respect_sentence(boundaries, lang, "respect" in touched)] if s],
        "scope": [s for s in [_scope_sentence(boundaries, lang, "scope" in touched)] if s],
        "response": [s for s in [_response_sentence(boundaries, lang)] if s],
    }
    order = [t for t in TOPICS if t in touched] + [t for t in TOPICS if t not in touched]
    sentences = [sentence for topic in order for sentence in by_topic[topic]]
    sentences += [_capitalised(_user_text(limit)) for limit in boundaries.limits if limit.strip()]
    return sentences


def expectation_text(boundaries: Boundaries, topics: Sequence[str] = (), lang: str = "en") -> str:
    sentences = boundary_sentences(boundaries, topics, lang)
    if not sentences:
        return _pick(
            lang,
            "From now on, I would like us to agree on clear working arrangements.",
            "Je souhaite que nous convenions désormais de règles de travail claires.",
        )
    lead = _pick(lang, "From now on:", "Désormais :")
    return "\n".join([lead, *(f"- {sentence}" for sentence in sentences)])


# --- consequence ------------------------------------------------------------------------

_CONSEQUENCES = {
    "hours": (
        "Requests that arrive outside these hours will be answered on my next working day.",
        "Les demandes reçues en dehors de ces horaires seront traitées le jour ouvré suivant.",
    ),
    "channels": (
        "Requests sent through other channels may go unseen; please use the ones above.",
        "Les demandes envoyées par d'autres canaux risquent de m'échapper ; merci d'utiliser "
        "ceux indiqués ci-dessus.",
    ),
    "respect": (
        "If an exchange becomes disrespectful, I will end it and we will continue in writing.",
        "Si un échange devient irrespectueux, j'y mettrai fin et nous poursuivrons par écrit.",
    ),
    "scope": (
        "Requests outside what we agreed will be handled as new requests, with their own "
        "quote and timing.",
        "Les demandes hors de notre accord seront traitées comme de nouvelles demandes, avec "
        "leur propre devis et leur propre délai.",
    ),
    "response": (
        "I will answer within the time stated above, urgent-sounding requests included.",
        "Je répondrai dans le délai indiqué ci-dessus, y compris aux demandes pressantes.",
    ),
}


def consequence_text(
    topics: Sequence[str], has_incidents: bool, boundaries: Boundaries, lang: str = "en"
) -> str:
    shown = list(topics)
    if not has_incidents and any(boundaries.working_hours):
        shown = ["hours"]
    sentences = [_pick(lang, *_CONSEQUENCES[topic]) for topic in shown]
    if has_incidents:
        sentences.append(
            _pick(
                lang,
                "If this continues, I will have to reconsider how we work together.",
                "Si cela continue, je devrai revoir notre façon de travailler ensemble.",
            )
        )
    return " ".join(sentences)


# --- the message ------------------------------------------------------------------------


@dataclass(frozen=True)
class MessageParts:
    """The four editable parts of a reframing message, and how to wrap them."""

    client_name: str
    lang: str
    facts: str
    effect: str
    expectation: str
    consequence: str

    def greeting(self) -> str:
        name = self.client_name.strip()
        if _fr(self.lang):
            return f"Bonjour {name}," if name else "Bonjour,"
        return f"Hello {name}," if name else "Hello,"

    def closing(self) -> str:
        return _pick(
            self.lang,
            "Thank you for your understanding.\n\nBest regards,",
            "Merci de votre compréhension.\n\nCordialement,",
        )

    def text(self) -> str:
        """The whole message: greeting, the non-empty parts as paragraphs, closing."""
        parts = [self.facts, self.effect, self.expectation, self.consequence]
        body = [part.strip() for part in parts if part.strip()]
        return "\n\n".join([self.greeting(), *body, self.closing()])


def assertive_message(
    client_name: str, incidents: Sequence[Incident], boundaries: Boundaries, lang: str = "en"
) -> MessageParts:
    """A first draft, built only from what the journal recorded and the user's limits."""
    topics = topics_of(incidents)
    return MessageParts(
        client_name=client_name,
        lang=lang,
        facts=facts_text(incidents, lang),
        effect=effect_text(topics, lang),
        expectation=expectation_text(boundaries, topics, lang),
        consequence=consequence_text(topics, bool(incidents), boundaries, lang),
    )


# --- the incident summary ---------------------------------------------------------------


def _time_of_day(moment: datetime, lang: str) -> str:
    return clock(moment.time(), lang) if _fr(lang) else f"{moment:%H:%M}"


def _labels(terms: tuple[vocab.Term, ...], keys: Iterable[str], lang: str) -> str:
    """Labels in the vocabulary's order (the journal may hand tags back in another)."""
    rank = {term.key: index for index, term in enumerate(terms)}
    ordered = sorted(keys, key=lambda key: rank.get(key, len(rank)))
    return ", ".join(vocab.label_of(terms, key, lang) for key in ordered)


def incident_line(incident: Incident, lang: str = "en") -> str:
    """'Saturday 8 March 2025, 08:00, phone: raised their voice; on a day off' — the
    vocabulary's own words, for lists the user reads."""
    head = f"{long_date(incident.occurred_at.date(), lang)}, "
    head += _time_of_day(incident.occurred_at, lang)
    if incident.channel:
        head += f", {vocab.label_of(vocab.CHANNELS, incident.channel, lang)}"
    words = _labels(vocab.BEHAVIOURS, incident.behaviours, lang)
    crossed = _labels(vocab.VIOLATIONS, incident.violations, lang)
    said = _pick(lang, "; ", " ; ").join(part for part in (words, crossed) if part)
    return f"{head}{_pick(lang, ': ', ' : ')}{said}" if said else head


@dataclass(frozen=True)
class _Counts:
    since: date | None
    until: date | None
    encounters: int
    difficult: int
    mean_impact: float
    peak_impact: int
    disrespect: int
    threats: int
    crossings: int
    violations: dict[str, int]


def _counts(
    encounters: Sequence[Encounter], figures: AdviceFigures | None, prepared_on: date | None
) -> _Counts:
    """With the advice's figures the period is its window (up to the day of preparing);
    without them, the encounters' own first and last days."""
    hard = [e for e in encounters if e.kind == EncounterKind.DIFFICULT]
    days = [e.occurred_at.date() for e in encounters]
    until = max(days) if days else None
    if figures is not None:
        until = prepared_on or until
        return _Counts(
            since=figures.since,
            until=until,
            encounters=figures.encounters,
            difficult=figures.difficult,
            mean_impact=figures.mean_impact,
            peak_impact=figures.peak_impact,
            disrespect=figures.disrespect,
            threats=figures.threats,
            crossings=figures.crossings,
            violations=dict(figures.violations),
        )
    violations = {
        term.key: n
        for term in vocab.VIOLATIONS
        if (n := sum(term.key in e.violations for e in encounters))
    }
    return _Counts(
        since=min(days) if days else None,
        until=until,
        encounters=len(encounters),
        difficult=len(hard),
        mean_impact=sum(e.impact for e in hard) / len(hard) if hard else 0.0,
        peak_impact=max((e.impact for e in hard), default=0),
        disrespect=sum(bool(DISRESPECT.intersection(e.behaviours)) for e in encounters),
        threats=sum("threatening" in e.behaviours for e in encounters),
        crossings=sum(bool(set(LIMIT_KINDS).intersection(e.violations)) for e in encounters),
        violations=violations,
    )


def _number(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if _fr(lang) else text


def _summary_header(client_name: str, c: _Counts, lang: str, prepared_on: date | None) -> list[str]:
    lines = [
        _pick(lang, f"Incident summary: {client_name}", f"Relevé des incidents : {client_name}")
    ]
    if prepared_on is not None:
        when = day_month(prepared_on, lang, True)
        lines.append(_pick(lang, f"Prepared on {when}.", f"Établi le {when}."))
    if c.since is not None and c.until is not None:
        first, last = day_month(c.since, lang, True), day_month(c.until, lang, True)
        lines.append(_pick(lang, f"Period: {first} to {last}.", f"Période : du {first} au {last}."))
    share = round(100 * c.difficult / c.encounters) if c.encounters else 0
    positive = c.encounters - c.difficult
    lines.append(
        _pick(
            lang,
            f"Encounters recorded: {c.encounters} ({c.difficult} difficult, {share} %; "
            f"{positive} positive).",
            f"Échanges consignés : {c.encounters} ({c.difficult} difficiles, soit {share} % ; "
            f"{positive} positifs).",
        )
    )
    if c.difficult:
        mean = _number(c.mean_impact, lang)
        lines.append(
            _pick(
                lang,
                f"Impact of the difficult encounters: {mean}/10 on average, {c.peak_impact}/10 "
                "at most.",
                f"Impact des échanges difficiles : {mean}/10 en moyenne, {c.peak_impact}/10 au "
                "plus.",
            )
        )
    lines.append(
        _pick(
            lang,
            f"Encounters with disrespect: {c.disrespect}; with threats: {c.threats}; with "
            f"limits crossed: {c.crossings}.",
            f"Échanges avec manque de respect : {c.disrespect} ; avec menaces : {c.threats} ; "
            f"avec limites franchies : {c.crossings}.",
        )
    )
    if c.violations:
        crossed = ", ".join(
            f"{vocab.label_of(vocab.VIOLATIONS, key, lang)} ({count})"
            for key, count in c.violations.items()
        )
        lines.append(
            _pick(lang, f"Boundaries crossed: {crossed}.", f"Limites franchies : {crossed}.")
        )
    return lines


def _summary_entry(number: int, e: Encounter, lang: str, include_text: bool) -> list[str]:
    colon = _pick(lang, ": ", " : ")
    head = f"{number}. {long_date(e.occurred_at.date(), lang)}, {_time_of_day(e.occurred_at, lang)}"
    if e.channel:
        head += f", {vocab.label_of(vocab.CHANNELS, e.channel, lang)}"
    if e.duration_minutes:
        head += f", {e.duration_minutes} min"
    lines = [head]
    fields = [
        (_pick(lang, "Behaviours", "Comportements"), vocab.BEHAVIOURS, e.behaviours),
        (_pick(lang, "Boundaries crossed", "Limites franchies"), vocab.VIOLATIONS, e.violations),
    ]
    for title, terms, keys in fields:
        if keys:
            lines.append(f"   {title}{colon}{_labels(terms, keys, lang)}")
    lines.append(f"   {_pick(lang, 'Impact on me', 'Impact sur moi')}{colon}{e.impact}/10")
    if e.outcome:
        outcome = vocab.label_of(vocab.OUTCOMES, e.outcome, lang)
        lines.append(f"   {_pick(lang, 'Outcome', 'Issue')}{colon}{outcome}")
    if include_text:
        for title, text in (
            (_pick(lang, "What happened", "Ce qui s'est passé"), e.what_happened),
            (_pick(lang, "Next time", "La prochaine fois"), e.next_time),
        ):
            if text.strip():
                lines.append(f"   {title}{colon}{' '.join(text.split())}")
    return lines


def incident_summary(
    client_name: str,
    encounters: Sequence[Encounter],
    figures: AdviceFigures | None = None,
    lang: str = "en",
    include_text: bool = False,
    prepared_on: date | None = None,
) -> str:
    """A dated, neutral record for a manager: counts, then every difficult encounter.

    The private 'what happened' and 'next time' texts stay out unless include_text is
    True. With `figures` (the advice's), the counts are the advice window's.
    """
    ordered = sorted(encounters, key=lambda e: e.occurred_at)
    lines = _summary_header(client_name, _counts(ordered, figures, prepared_on), lang, prepared_on)
    hard = [e for e in ordered if e.kind == EncounterKind.DIFFICULT]
    lines.append("")
    if not hard:
        lines.append(
            _pick(lang, "No difficult encounter recorded.", "Aucun échange difficile consigné.")
        )
    else:
        lines.append(
            _pick(
                lang,
                "Difficult encounters, oldest first:",
                "Échanges difficiles, du plus ancien au plus récent :",
            )
        )
        for number, encounter in enumerate(hard, start=1):
            lines.extend(_summary_entry(number, encounter, lang, include_text))
    return "\n".join(lines) + "\n"


# --- ending a relationship --------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem:
    """One step before ending a relationship: a short title and what it means."""

    key: str
    title_en: str
    title_fr: str
    detail_en: str
    detail_fr: str

    def title(self, lang: str = "en") -> str:
        return _pick(lang, self.title_en, self.title_fr)

    def detail(self, lang: str = "en") -> str:
        return _pick(lang, self.detail_en, self.detail_fr)


DETHRONE_CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "notice",
        "Check the notice period and the termination terms",
        "Vérifier le préavis et les conditions de résiliation",
        "Read the contract: how much notice is due, how it must be given (letter, email), "
        "and what each side still owes.",
        "Relisez le contrat : quel préavis est dû, sous quelle forme le donner (courrier, "
        "e-mail), et ce que chacun doit encore à l'autre.",
    ),
    ChecklistItem(
        "handover",
        "Plan the hand-over",
        "Organiser la passation",
        "Who takes over, which files, documents and access to pass on, and by when.",
        "Qui prend le relais, quels dossiers, documents et accès transmettre, et pour quand.",
    ),
    ChecklistItem(
        "script",
        "Prepare what you will say",
        "Préparer ce que vous allez dire",
        "A few factual sentences: the decision, the date it takes effect, the next steps. "
        "You do not owe a long justification.",
        "Quelques phrases factuelles : la décision, sa date d'effet, les prochaines étapes. "
        "Vous n'avez pas à vous justifier longuement.",
    ),
    ChecklistItem(
        "file",
        "Keep a file",
        "Garder un dossier",
        "The incident summary, the messages you sent, the contract and any written "
        "exchanges, stored somewhere safe.",
        "Le relevé des incidents, les messages envoyés, le contrat et les échanges écrits, "
        "rangés en lieu sûr.",
    ),
)


def ending_script(client_name: str, lang: str = "en") -> str:
    """A short, factual draft for announcing the end; the blanks are the user's to fill."""
    name = client_name.strip()
    if _fr(lang):
        return (
            f"Bonjour {name},\n\n"
            "Après réflexion, j'ai décidé de mettre fin à notre collaboration. Conformément à "
            "notre contrat, elle prendra fin le [date]. D'ici là, je terminerai [travaux en "
            "cours] et je transmettrai [dossiers] à [personne].\n\n"
            "Merci pour le travail accompli ensemble.\n\nCordialement,"
        )
    return (
        f"Hello {name},\n\n"
        "After careful thought, I have decided to end our collaboration. In line with our "
        "contract, it will end on [date]. Until then, I will complete [work in progress] and "
        "hand over [files] to [person].\n\n"
        "Thank you for the work we did together.\n\nBest regards,"
    )
