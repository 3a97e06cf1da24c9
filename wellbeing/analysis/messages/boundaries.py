"""The user's own limits as first-person sentences ('My working hours are …'), for the
assertive message and the prepare view.
"""

from __future__ import annotations

from collections.abc import Sequence

from wellbeing.analysis.messages.incidents import TOPICS
from wellbeing.analysis.messages.words import (
    DAYS,
    capitalised,
    hours_span,
    is_french,
    join_words,
    pick,
)
from wellbeing.domain.boundaries import Boundaries, Hours

# --- the user's boundaries in words -----------------------------------------------------

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
        return pick(lang, f"by {channel}", f"par {channel}")
    return pick(lang, *pair)


def _day_runs(days: Sequence[int], lang: str) -> list[str]:
    """[0, 1, 2, 3, 4] → ['Monday to Friday']; runs of two are named day by day."""
    names = DAYS["fr" if is_french(lang) else "en"]
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
            texts.append(pick(lang, f"{first} to {last}", f"du {first} au {last}"))
        else:
            texts.extend(pick(lang, names[d], f"le {names[d]}") for d in run)
    return texts


def week_text(boundaries: Boundaries, lang: str = "en") -> str:
    """'Monday to Friday, 9:00 to 18:00; Saturday, 10:00 to 13:00' (empty: no working day)."""
    by_hours: dict[Hours, list[int]] = {}
    for weekday, hours in enumerate(boundaries.working_hours):
        if hours is not None:
            by_hours.setdefault(hours, []).append(weekday)
    groups = [
        f"{join_words(_day_runs(days, lang), lang)}, {hours_span(hours, lang)}"
        for hours, days in by_hours.items()
    ]
    return pick(lang, "; ", " ; ").join(groups)


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
    return pick(lang, f"My working hours are {week}.", f"Mes horaires de travail : {week}.")


def _channel_sentences(boundaries: Boundaries, lang: str) -> list[str]:
    found = []
    for rule in boundaries.channels:
        if rule.accepted and rule.hours is not None:
            how, span = _reach(rule.channel, lang), hours_span(rule.hours, lang)
            found.append(
                pick(
                    lang, f"I can be reached {how} from {span}.", f"Je suis joignable {how} {span}."
                )
            )
    refused = [_reach(rule.channel, lang) for rule in boundaries.channels if not rule.accepted]
    if refused:
        found.append(
            pick(
                lang,
                f"I do not take work requests {join_words(refused, lang, 'or')}.",
                f"Je ne traite pas de demandes professionnelles {join_words(refused, lang, 'ni')}.",
            )
        )
    return found


def _response_sentence(boundaries: Boundaries, lang: str) -> str | None:
    hours = boundaries.response_hours
    if not hours:
        return None
    if hours == 1:
        return pick(lang, "I answer within one working hour.", "Je réponds sous une heure ouvrée.")
    return pick(
        lang, f"I answer within {hours} working hours.", f"Je réponds sous {hours} heures ouvrées."
    )


def _scope_sentence(boundaries: Boundaries, lang: str, touched: bool) -> str | None:
    if boundaries.in_scope.strip():
        text = _lowered(_user_text(boundaries.in_scope))
        return pick(lang, f"Our agreement covers: {text}", f"Notre accord couvre : {text}")
    if not touched:
        return None
    return pick(
        lang,
        "I ask that we keep to what we agreed; anything else is a new request.",
        "Je demande que nous nous en tenions à ce que nous avons convenu ; toute autre demande "
        "est une nouvelle demande.",
    )


def _respect_sentence(boundaries: Boundaries, lang: str, touched: bool) -> str | None:
    if boundaries.respect.strip():
        text = _lowered(_user_text(boundaries.respect))
        return pick(
            lang,
            f"I ask that our exchanges stay respectful: {text}",
            f"Je demande que nos échanges restent respectueux : {text}",
        )
    if not touched:
        return None
    return pick(
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
    sentences += [capitalised(_user_text(limit)) for limit in boundaries.limits if limit.strip()]
    return sentences
