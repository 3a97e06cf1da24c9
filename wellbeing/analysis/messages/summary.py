"""The incident summary: a dated, neutral record of one client's encounters for a manager."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from wellbeing.analysis.advice import LIMIT_KINDS, AdviceFigures
from wellbeing.analysis.messages.incidents import labels_in_order, time_of_day
from wellbeing.analysis.messages.words import day_month, is_french, long_date, pick
from wellbeing.analysis.violations import DISRESPECT
from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.model import Encounter, EncounterKind


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
    return text.replace(".", ",") if is_french(lang) else text


def _summary_header(client_name: str, c: _Counts, lang: str, prepared_on: date | None) -> list[str]:
    lines = [
        pick(lang, f"Incident summary: {client_name}", f"Relevé des incidents : {client_name}")
    ]
    if prepared_on is not None:
        when = day_month(prepared_on, lang, True)
        lines.append(pick(lang, f"Prepared on {when}.", f"Établi le {when}."))
    if c.since is not None and c.until is not None:
        first, last = day_month(c.since, lang, True), day_month(c.until, lang, True)
        lines.append(pick(lang, f"Period: {first} to {last}.", f"Période : du {first} au {last}."))
    share = round(100 * c.difficult / c.encounters) if c.encounters else 0
    positive = c.encounters - c.difficult
    lines.append(
        pick(
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
            pick(
                lang,
                f"Impact of the difficult encounters: {mean}/10 on average, {c.peak_impact}/10 "
                "at most.",
                f"Impact des échanges difficiles : {mean}/10 en moyenne, {c.peak_impact}/10 au "
                "plus.",
            )
        )
    lines.append(
        pick(
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
            pick(lang, f"Boundaries crossed: {crossed}.", f"Limites franchies : {crossed}.")
        )
    return lines


def _summary_entry(number: int, e: Encounter, lang: str, include_text: bool) -> list[str]:
    colon = pick(lang, ": ", " : ")
    head = f"{number}. {long_date(e.occurred_at.date(), lang)}, {time_of_day(e.occurred_at, lang)}"
    if e.channel:
        head += f", {vocab.label_of(vocab.CHANNELS, e.channel, lang)}"
    if e.duration_minutes:
        head += f", {e.duration_minutes} min"
    lines = [head]
    fields = [
        (pick(lang, "Behaviours", "Comportements"), vocab.BEHAVIOURS, e.behaviours),
        (pick(lang, "Boundaries crossed", "Limites franchies"), vocab.VIOLATIONS, e.violations),
    ]
    for title, terms, keys in fields:
        if keys:
            lines.append(f"   {title}{colon}{labels_in_order(terms, keys, lang)}")
    lines.append(f"   {pick(lang, 'Impact on me', 'Impact sur moi')}{colon}{e.impact}/10")
    if e.outcome:
        outcome = vocab.label_of(vocab.OUTCOMES, e.outcome, lang)
        lines.append(f"   {pick(lang, 'Outcome', 'Issue')}{colon}{outcome}")
    if include_text:
        for title, text in (
            (pick(lang, "What happened", "Ce qui s'est passé"), e.what_happened),
            (pick(lang, "Next time", "La prochaine fois"), e.next_time),
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
            pick(lang, "No difficult encounter recorded.", "Aucun échange difficile consigné.")
        )
    else:
        lines.append(
            pick(
                lang,
                "Difficult encounters, oldest first:",
                "Échanges difficiles, du plus ancien au plus récent :",
            )
        )
        for number, encounter in enumerate(hard, start=1):
            lines.extend(_summary_entry(number, encounter, lang, include_text))
    return "\n".join(lines) + "\n"
