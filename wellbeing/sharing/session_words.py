"""The session report's page one in plain words, in English and in French.

A coach has no time for raw logs: these few sentences say where the exhaustion index stands
and where it went, whether the confidence cycle is turning and where to break it first, the
clients to reframe or dethrone with their main reason, how the goals went and the latest
check-in. Each comes only from a section the employee chose; numbers and dates go through
the domain's formatter, so that French reads French.
"""

from __future__ import annotations

from wellbeing.analysis.reasons import describe
from wellbeing.domain.coaching import Section
from wellbeing.domain.formatting import format_date, format_number, format_percent
from wellbeing.domain.indicators import (
    AdviceLevel,
    CycleStatus,
    StageState,
    band_meaning,
    label,
)
from wellbeing.sharing.session_content import SessionContent

MAX_CLIENTS = 6
"""Clients named on page one at most (the rest are counted): the summary stays one page."""
STEADY_POINTS = 3.0
"""An index that moved less than this over the period is said to be about the same."""

WORDS: dict[str, tuple[str, str]] = {
    "index": (
        "The exhaustion index stands at {end}/100 on {last} ({band}); it was {start} on "
        "{first}: {trend}.",
        "L'indice d'épuisement est à {end}/100 le {last} ({band}) ; il était à {start} le "
        "{first} : {trend}.",
    ),
    "index.now": (
        "The exhaustion index stands at {end}/100 on {last} ({band}); it had no value yet on "
        "{first}.",
        "L'indice d'épuisement est à {end}/100 le {last} ({band}) ; il n'avait pas encore de "
        "valeur le {first}.",
    ),
    "index.none": (
        "The exhaustion index has no value yet: too few days were logged in this period.",
        "L'indice d'épuisement n'a pas encore de valeur : trop peu de jours renseignés sur "
        "cette période.",
    ),
    "up": ("up {points} points", "en hausse de {points} points"),
    "down": ("down {points} points", "en baisse de {points} points"),
    "same": ("about the same", "à peu près stable"),
    "flagged": (
        "A red flag was raised on {days} of the period.",
        "Un signal d'alerte a été levé {days} sur la période.",
    ),
    "day": ("{n} day", "{n} jour"),
    "days": ("{n} days", "{n} jours"),
    "cycle.turning": (
        "The confidence cycle is turning: {loop}. Break it first at {stage}.",
        "Le cycle de confiance s'enclenche : {loop}. À briser d'abord : {stage}.",
    ),
    "cycle.slipping": (
        "The confidence cycle is slipping: {stages} worsening. Break it first at {stage}.",
        "Le cycle de confiance glisse : {stages} se dégrade. À briser d'abord : {stage}.",
    ),
    "cycle.slipping.nowhere": (
        "The confidence cycle is slipping: {stages} worsening.",
        "Le cycle de confiance glisse : {stages} se dégrade.",
    ),
    "cycle.quiet": (
        "The confidence cycle is quiet: none of its four stages is worsening.",
        "Le cycle de confiance est calme : aucune de ses quatre étapes ne se dégrade.",
    ),
    "cycle.none": (
        "There is not enough data yet to tell whether the confidence cycle is turning.",
        "Pas encore assez de données pour dire si le cycle de confiance s'enclenche.",
    ),
    "mirror": (
        "Irritants on our side: in {share} of the difficult encounters ({count} of {total}).",
        "Irritants de notre côté : dans {share} des échanges difficiles ({count} sur {total}).",
    ),
    "mirror.none": (
        "No difficult encounter in this period, so no irritant on our side either.",
        "Aucun échange difficile sur cette période, donc aucun irritant de notre côté non plus.",
    ),
    "client": (
        "{name} — {level}. Main reason: {reason}.",
        "{name} — {level}. Raison principale : {reason}.",
    ),
    "client.bare": ("{name} — {level}.", "{name} — {level}."),
    "clients.more": (
        "{count} more clients to reframe or dethrone: see Client advice.",
        "{count} autres clients à recadrer ou détrôner : voir Conseils par client.",
    ),
    "clients.none": (
        "No client needs reframing or dethroning.",
        "Aucun client n'est à recadrer ni à détrôner.",
    ),
    "check_ins": (
        "Latest check-in, on {day}: strain {strain}/100, well-being {wellbeing}/100 "
        "({count} in the period).",
        "Dernier bilan, le {day} : tension {strain}/100, bien-être {wellbeing}/100 "
        "({count} sur la période).",
    ),
    "check_ins.none": ("No check-in in this period.", "Aucun bilan sur cette période."),
    "goals": (
        "Goals: {done} done since {first}, {open} still open{late}.",
        "Objectifs : {done} depuis le {first}, {open} en cours{late}.",
    ),
    "goals.done": ("{n}", "{n} atteint"),
    "goals.done.many": ("{n}", "{n} atteints"),
    "goals.late": (", {count} of them past their date", ", dont {count} à la date dépassée"),
    "goals.none": (
        "No goals yet: the actions agreed in a session will show here.",
        "Pas encore d'objectif : les actions convenues en séance apparaîtront ici.",
    ),
}


def word(key: str, lang: str, /, **values: object) -> str:
    english, french = WORDS[key]
    return (french if lang == "fr" else english).format(**values)


def quoted(text: str, lang: str) -> str:
    """A stage's name inside a sentence: « … » in French, “…” in English."""
    return f"«\u00a0{text}\u00a0»" if lang == "fr" else f"“{text}”"


def _number(value: float, lang: str) -> str:
    return format_number(value, lang)


def _index_lines(content: SessionContent, lang: str) -> list[str]:
    index = content.index
    lines = []
    if index is None or index.end is None:
        lines.append(word("index.none", lang))
    else:
        band = band_meaning(index.band, lang)
        last, first = format_date(content.last, lang), format_date(content.first, lang)
        end = _number(index.end, lang)
        if index.start is None:
            lines.append(word("index.now", lang, end=end, last=last, band=band, first=first))
        else:
            delta = index.end - index.start
            points = _number(abs(delta), lang)
            trend = (
                word("same", lang)
                if abs(delta) < STEADY_POINTS
                else word("up" if delta > 0 else "down", lang, points=points)
            )
            start = _number(index.start, lang)
            lines.append(
                word(
                    "index",
                    lang,
                    end=end,
                    last=last,
                    band=band,
                    start=start,
                    first=first,
                    trend=trend,
                )
            )
    flagged = int(content.flagged.sum()) if content.flagged is not None else 0
    if flagged:
        days = word("day" if flagged == 1 else "days", lang, n=flagged)
        lines.append(word("flagged", lang, days=days))
    return lines


def _cycle_lines(content: SessionContent, lang: str) -> list[str]:
    cycle = content.cycle
    if cycle is None or cycle.status == CycleStatus.NOT_ENOUGH_DATA:
        return [word("cycle.none", lang)]
    stage = quoted(label(cycle.break_first, lang), lang) if cycle.break_first else ""
    if cycle.status == CycleStatus.TURNING:
        loop = " → ".join(label(s, lang) for s in cycle.loop)
        return [word("cycle.turning", lang, loop=loop, stage=stage)]
    if cycle.status == CycleStatus.SLIPPING:
        worsening = [s for s, state in cycle.states.items() if state == StageState.WORSENING]
        stages = ", ".join(quoted(label(s, lang), lang) for s in worsening)
        key = "cycle.slipping" if stage else "cycle.slipping.nowhere"
        return [word(key, lang, stages=stages, stage=stage)]
    return [word("cycle.quiet", lang)]


def _mirror_lines(content: SessionContent, lang: str) -> list[str]:
    found = content.mirror
    if found is None or not found.difficult:
        return [word("mirror.none", lang)]
    share = format_percent(100 * found.share, lang)
    count, total = _number(found.with_irritant, lang), _number(found.difficult, lang)
    return [word("mirror", lang, share=share, count=count, total=total)]


def _client_lines(content: SessionContent, lang: str) -> list[str]:
    lines = []
    for level in (AdviceLevel.DETHRONE, AdviceLevel.REFRAME):
        for client in content.clients:
            if client.level != level:
                continue
            name, shown = client.name, label(level, lang)
            if client.reasons:
                reason = describe(client.reasons[0], lang).rstrip(".")
                lines.append(word("client", lang, name=name, level=shown, reason=reason))
            else:
                lines.append(word("client.bare", lang, name=name, level=shown))
    if len(lines) > MAX_CLIENTS:
        more = len(lines) - MAX_CLIENTS + 1
        lines = [*lines[: MAX_CLIENTS - 1], word("clients.more", lang, count=more)]
    return lines or [word("clients.none", lang)]


def _check_in_lines(content: SessionContent, lang: str) -> list[str]:
    if not content.check_ins:
        return [word("check_ins.none", lang)]
    latest = max(content.check_ins, key=lambda c: c.day)
    return [
        word(
            "check_ins",
            lang,
            day=format_date(latest.day, lang),
            strain=_number(latest.strain, lang),
            wellbeing=_number(latest.wellbeing, lang),
            count=len(content.check_ins),
        )
    ]


def goal_counts(content: SessionContent) -> tuple[int, int, int]:
    """(done since the period began, still open, open and past their date on the day the
    report was prepared)."""
    done = sum(g.done_on is not None and g.done_on >= content.first for g in content.goals)
    still = [g for g in content.goals if g.done_on is None]
    late = sum(g.by_when is not None and g.by_when < content.prepared_on for g in still)
    return done, len(still), late


def _goal_lines(content: SessionContent, lang: str) -> list[str]:
    if not content.goals:
        return [word("goals.none", lang)]
    done, still, late = goal_counts(content)
    late_words = word("goals.late", lang, count=late) if late else ""
    first = format_date(content.first, lang)
    done_words = word("goals.done.many" if done > 1 else "goals.done", lang, n=done)
    return [word("goals", lang, done=done_words, first=first, open=still, late=late_words)]


SUMMARIES = {
    Section.EXHAUSTION: _index_lines,
    Section.CYCLE: _cycle_lines,
    Section.MIRROR: _mirror_lines,
    Section.ADVICE: _client_lines,
    Section.CHECK_INS: _check_in_lines,
    Section.GOALS: _goal_lines,
}


def summary_lines(content: SessionContent, lang: str) -> list[str]:
    """Page one's sentences, in the report's section order, for the chosen sections only."""
    lines: list[str] = []
    for section in Section:
        if content.has(section):
            lines += SUMMARIES[section](content, lang)
    return lines
