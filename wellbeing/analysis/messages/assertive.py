"""The reframing message (seed 003's first step: state limits, in writing), in the DESC
shape: describe, express, specify, consequences.

Facts without judgement, the effect in 'I' terms, what is expected from now on (the
user's own boundaries), and a calm consequence. Every part is a draft the user edits;
nothing here is sent anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from wellbeing.analysis.messages.boundaries import boundary_sentences
from wellbeing.analysis.messages.incidents import Incident, topics_of
from wellbeing.analysis.messages.words import (
    DAYS,
    capitalised,
    clock,
    date_list,
    is_french,
    join_words,
    pick,
)
from wellbeing.analysis.violations import DISRESPECT
from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.boundaries import Boundaries

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
    clause = pick(lang, en, fr)
    moment = clock(incident.occurred_at.time(), lang)
    if "day_off" in timed:
        weekday = DAYS["fr" if is_french(lang) else "en"][incident.occurred_at.weekday()]
        clause += pick(lang, f" on a {weekday} at {moment}", f" un {weekday} à {moment}")
    elif timed:
        clause += pick(lang, f" at {moment}", f" à {moment}")
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
            clauses.append(pick(lang, f"there was this: {label}", f"il y a eu ceci : {label}"))
        else:
            clauses.append(pick(lang, *pair))
    disrespect = DISRESPECT.intersection(incident.behaviours)
    for violation, (behaviour, pair) in _VIOLATION_CLAUSES.items():
        covered = disrespect if violation == "respect" else behaviour in incident.behaviours
        if violation in incident.violations and not covered:
            clauses.append(pick(lang, *pair))
    return clauses


def describe_incident(incident: Incident, lang: str = "en") -> str:
    """What happened, without the date: 'you called me on a Saturday at 8:00 and …'."""
    clauses = _clauses(incident, lang)
    if not clauses:
        return pick(lang, "we had a difficult exchange", "nous avons eu un échange difficile")
    return join_words(clauses, lang)


def facts_text(incidents: Sequence[Incident], lang: str = "en") -> str:
    """'On 3 and 10 March you called me on a Saturday at 8:00; on 12 March you raised your
    voice.' Incidents described the same way share one clause."""
    if not incidents:
        return pick(
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
        pick(lang, f"on {date_list(days, lang)} {what}", f"{date_list(days, lang)}, {what}")
        for what, days in grouped.items()
    ]
    opener = pick(
        lang,
        "I would like to come back to some of our recent exchanges.",
        "Je souhaite revenir sur certains de nos échanges récents.",
    )
    return f"{opener} {capitalised(pick(lang, '; ', ' ; ').join(clauses))}."


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
    opener = pick(
        lang,
        "I value our work together, and I want it to go well for both of us.",
        "Je tiens à notre collaboration et je souhaite qu'elle se passe bien pour nous deux.",
    )
    if not topics:
        rest = [
            pick(
                lang,
                "Clear arrangements help me give you the best of my work.",
                "Des règles claires m'aident à vous offrir le meilleur de mon travail.",
            )
        ]
    else:
        rest = [pick(lang, *_EFFECTS[topic]) for topic in topics]
    return " ".join([opener, *rest])


# --- expectation ----------------------------------------------------------------------


def expectation_text(boundaries: Boundaries, topics: Sequence[str] = (), lang: str = "en") -> str:
    sentences = boundary_sentences(boundaries, topics, lang)
    if not sentences:
        return pick(
            lang,
            "From now on, I would like us to agree on clear working arrangements.",
            "Je souhaite que nous convenions désormais de règles de travail claires.",
        )
    lead = pick(lang, "From now on:", "Désormais :")
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
    sentences = [pick(lang, *_CONSEQUENCES[topic]) for topic in shown]
    if has_incidents:
        sentences.append(
            pick(
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
        if is_french(self.lang):
            return f"Bonjour {name}," if name else "Bonjour,"
        return f"Hello {name}," if name else "Hello,"

    def closing(self) -> str:
        return pick(
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
