"""The coaching session report as a PDF: page one says the period in plain words, then one
section per chosen topic with its chart and its figures, then the texts the employee chose.

It reads only a SessionContent (what the employee chose, already pseudonymised), so it can
hold nothing more. The charts are drawn by the very `charts/` functions the window uses, on
plain matplotlib Figures in the light theme (no Qt), so the command line, the window and the
dashboard's Export PDF make the same pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.analysis.reasons import describe
from wellbeing.charts.palette import LIGHT
from wellbeing.charts.render import chart_png
from wellbeing.domain.coaching import Section, section_label
from wellbeing.domain.formatting import format_date, format_number
from wellbeing.domain.indicators import band_meaning, label, meaning
from wellbeing.sharing.pdf import (
    BODY,
    FONT,
    LINE_MM,
    SMALL,
    bullets,
    chart,
    document,
    facts,
    heading,
    output,
    paragraph,
    table,
    title_block,
    write_pdf,
)
from wellbeing.sharing.session_content import SessionContent
from wellbeing.sharing.session_words import goal_counts, summary_lines

if TYPE_CHECKING:
    from fpdf import FPDF

    from wellbeing.charts.render import Axes

WIDTH = 7.0
"""Inches: a chart takes the page's width between the margins (178 mm)."""

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Coaching session — {first} to {last}", "Séance de coaching — du {first} au {last}"),
    "prepared": ("Prepared on {day}", "Préparé le {day}"),
    "period": ("Period", "Période"),
    "period.value": ("{first} to {last} ({days} days)", "du {first} au {last} ({days} jours)"),
    "sections": ("Sections included", "Sections incluses"),
    "texts": ("Texts included", "Textes inclus"),
    "texts.none": ("none", "aucun"),
    "summary": ("Summary", "En bref"),
    "note": ("Not a diagnosis", "Pas un diagnostic"),
    "note.text": (
        "This report shows what was logged, in figures and in the employee's own words, so "
        "that it can be talked about; it is not a diagnosis. When the signals stay in the "
        "red, people can help: a manager, occupational health, a doctor.",
        "Ce rapport montre ce qui a été noté, en chiffres et avec les mots de la personne, "
        "pour pouvoir en parler ; ce n'est pas un diagnostic. Quand les signaux restent au "
        "rouge, des personnes peuvent aider : un·e responsable, la médecine du travail, un·e "
        "médecin.",
    ),
    "figures": ("In figures", "En chiffres"),
    "reasons": ("In words", "En mots"),
    "index.first": ("Index on {day}", "Indice le {day}"),
    "index.last": ("Index on {day}", "Indice le {day}"),
    "index.none": ("no value yet", "pas encore de valeur"),
    "colour": ("Colour", "Couleur"),
    "logged": ("Days logged", "Jours renseignés"),
    "logged.value": ("{logged} of {days}", "{logged} sur {days}"),
    "flagged": ("Red-flag days", "Jours d'alerte"),
    "status": ("Cycle", "Cycle"),
    "break_first": ("Break first at", "À briser d'abord"),
    "difficult": ("Difficult encounters", "Échanges difficiles"),
    "with_irritant": ("With an irritant on our side", "Avec un irritant de notre côté"),
    "client.heading": ("{name} — {level}", "{name} — {level}"),
    "check_ins": ("Check-ins", "Bilans"),
    "strain": ("Strain, first → latest", "Tension, premier → dernier"),
    "wellbeing": ("Well-being, first → latest", "Bien-être, premier → dernier"),
    "goal.what": ("Goal", "Objectif"),
    "goal.by": ("By when", "Pour le"),
    "goal.state": ("Where it stands", "Où il en est"),
    "goal.done": ("done on {day}", "atteint le {day}"),
    "goal.open": ("open", "en cours"),
    "goal.late": ("open, its date has passed", "en cours, date dépassée"),
    "goals.counts": ("Done since {first}", "Atteints depuis le {first}"),
    "goals.open": ("Still open", "En cours"),
    "goals.none": (
        "No goals yet: the actions agreed in a session will show here.",
        "Pas encore d'objectif : les actions convenues en séance apparaîtront ici.",
    ),
    "chosen_texts": ("Texts the employee chose to share", "Textes choisis par la personne"),
    "text.heading": ("{day} — {client}", "{day} — {client}"),
}

CHART_SIZES: dict[Section, tuple[float, float]] = {
    Section.EXHAUSTION: (WIDTH, 3.4),
    Section.CYCLE: (WIDTH, 4.0),
    Section.MIRROR: (WIDTH, 3.2),
    Section.ADVICE: (WIDTH, 3.2),
    Section.CHECK_INS: (WIDTH, 3.0),
}


def word(key: str, lang: str, /, **values: object) -> str:
    english, french = WORDS[key]
    return (french if lang == "fr" else english).format(**values)


def report_title(content: SessionContent, lang: str) -> str:
    first, last = format_date(content.first, lang), format_date(content.last, lang)
    return word("title", lang, first=first, last=last)


def _chart(pdf: FPDF, section: Section, lang: str, plot: Callable[[Axes], None]) -> None:
    size = CHART_SIZES[section]
    chart(pdf, chart_png(plot, size, theme=LIGHT), None, None, size)


def _figures(pdf: FPDF, rows: list[tuple[str, str]], lang: str) -> None:
    heading(pdf, word("figures", lang), level=2, bookmark=False)
    facts(pdf, rows, lang, width=None)


def _in_words(pdf: FPDF, lines: list[str], lang: str) -> None:
    if lines:
        heading(pdf, word("reasons", lang), level=2, bookmark=False)
        bullets(pdf, [_sentence(line) for line in lines])


def _sentence(text: str) -> str:
    """A reason as a sentence: capital first letter (reasons are often clauses)."""
    return text[:1].upper() + text[1:] if text else text


# --- page one -----------------------------------------------------------------------------


def _first_page(pdf: FPDF, content: SessionContent, lang: str) -> None:
    pdf.add_page()
    title_block(
        pdf,
        report_title(content, lang),
        word("prepared", lang, day=format_date(content.prepared_on, lang)),
    )
    days = (content.last - content.first).days + 1
    period = word(
        "period.value",
        lang,
        first=format_date(content.first, lang),
        last=format_date(content.last, lang),
        days=format_number(days, lang),
    )
    sections = ", ".join(section_label(s, lang) for s in Section if content.has(s))
    texts = str(len(content.texts)) if content.texts else word("texts.none", lang)
    facts(
        pdf,
        [
            (word("period", lang), period),
            (word("sections", lang), sections or "—"),
            (word("texts", lang), texts),
        ],
        lang,
    )
    heading(pdf, word("summary", lang), level=1)
    bullets(pdf, summary_lines(content, lang))
    pdf.ln(2)
    heading(pdf, word("note", lang), level=1)
    paragraph(pdf, word("note.text", lang), SMALL + 0.5, 70)


# --- one section per chosen topic ---------------------------------------------------------


def _exhaustion(pdf: FPDF, content: SessionContent, lang: str) -> None:
    from wellbeing.charts.timeline import plot_timeline

    series, flagged = content.series, content.flagged
    if series is not None and flagged is not None:
        _chart(
            pdf,
            Section.EXHAUSTION,
            lang,
            lambda axes: plot_timeline(
                axes, series, flagged, content.first, content.last, lang, LIGHT
            ),
        )
    index = content.index
    none = word("index.none", lang)

    def value(number: float | None) -> str:
        return f"{format_number(number, lang)}/100" if number is not None else none

    rows = [
        (
            word("index.first", lang, day=format_date(content.first, lang)),
            value(index.start if index else None),
        ),
        (
            word("index.last", lang, day=format_date(content.last, lang)),
            value(index.end if index else None),
        ),
        (word("colour", lang), band_meaning(index.band if index else None, lang)),
    ]
    if series is not None:
        logged = int(series.logged.sum())
        rows.append(
            (word("logged", lang), word("logged.value", lang, logged=logged, days=len(series)))
        )
    if flagged is not None:
        rows.append((word("flagged", lang), str(int(flagged.sum()))))
    _figures(pdf, rows, lang)


def _cycle(pdf: FPDF, content: SessionContent, lang: str) -> None:
    from wellbeing.charts.cycle import plot_cycle

    cycle = content.cycle
    if cycle is None:
        return
    _chart(pdf, Section.CYCLE, lang, lambda axes: plot_cycle(axes, cycle, lang, LIGHT))
    rows = [(word("status", lang), label(cycle.status, lang))]
    rows += [(label(stage, lang), label(state, lang)) for stage, state in cycle.states.items()]
    if cycle.break_first is not None:
        rows.append((word("break_first", lang), label(cycle.break_first, lang)))
    _figures(pdf, rows, lang)
    _in_words(pdf, [describe(r, lang) for r in (*cycle.reasons, *cycle.advice)], lang)


def _mirror(pdf: FPDF, content: SessionContent, lang: str) -> None:
    from wellbeing.charts.irritants import plot_irritants

    found = content.mirror
    if found is None:
        return
    _chart(pdf, Section.MIRROR, lang, lambda axes: plot_irritants(axes, found, lang, LIGHT))
    rows = [
        (word("difficult", lang), format_number(found.difficult, lang)),
        (word("with_irritant", lang), format_number(found.with_irritant, lang)),
    ]
    _figures(pdf, rows, lang)
    _in_words(pdf, [describe(r, lang) for r in found.reasons], lang)


def _advice(pdf: FPDF, content: SessionContent, lang: str) -> None:
    from wellbeing.charts.clients import plot_clients

    loads = content.loads
    if loads is not None:
        _chart(pdf, Section.ADVICE, lang, lambda axes: plot_clients(axes, loads, lang, LIGHT))
    for client in content.clients:
        shown = word("client.heading", lang, name=client.name, level=label(client.level, lang))
        heading(pdf, shown, level=1)
        paragraph(pdf, meaning(client.level, lang), SMALL + 0.5, 90)
        pdf.ln(1)
        bullets(pdf, [_sentence(describe(r, lang)) for r in client.reasons])


def _check_ins(pdf: FPDF, content: SessionContent, lang: str) -> None:
    from wellbeing.charts.check_ins import plot_check_ins

    points = content.check_ins
    _chart(
        pdf,
        Section.CHECK_INS,
        lang,
        lambda axes: plot_check_ins(
            axes, points, lang, LIGHT, first=content.first, last=content.last
        ),
    )
    rows = [(word("check_ins", lang), format_number(len(points), lang))]
    if points:
        start, end = points[0], points[-1]

        def pair(a: float, b: float) -> str:
            return f"{format_number(a, lang)} → {format_number(b, lang)} /100"

        rows.append((word("strain", lang), pair(start.strain, end.strain)))
        rows.append((word("wellbeing", lang), pair(start.wellbeing, end.wellbeing)))
    _figures(pdf, rows, lang)


def _goals(pdf: FPDF, content: SessionContent, lang: str) -> None:
    if not content.goals:
        paragraph(pdf, word("goals.none", lang))
        return
    done, still, _late = goal_counts(content)
    _figures(
        pdf,
        [
            (word("goals.counts", lang, first=format_date(content.first, lang)), str(done)),
            (word("goals.open", lang), str(still)),
        ],
        lang,
    )
    pdf.ln(2)
    rows = []
    for goal in content.goals:
        if goal.done_on is not None:
            state = word("goal.done", lang, day=format_date(goal.done_on, lang))
        elif goal.by_when is not None and goal.by_when < content.prepared_on:
            state = word("goal.late", lang)
        else:
            state = word("goal.open", lang)
        by_when = format_date(goal.by_when, lang) if goal.by_when else "—"
        rows.append((goal.what, by_when, state))
    header = (word("goal.what", lang), word("goal.by", lang), word("goal.state", lang))
    table(pdf, header, rows, (55, 18, 27))


SECTIONS: dict[Section, Callable[[FPDF, SessionContent, str], None]] = {
    Section.EXHAUSTION: _exhaustion,
    Section.CYCLE: _cycle,
    Section.MIRROR: _mirror,
    Section.ADVICE: _advice,
    Section.CHECK_INS: _check_ins,
    Section.GOALS: _goals,
}


def _texts(pdf: FPDF, content: SessionContent, lang: str) -> None:
    pdf.add_page()
    heading(pdf, word("chosen_texts", lang), level=0)
    for text in content.texts:
        shown = word("text.heading", lang, day=format_date(text.day, lang), client=text.client)
        if pdf.will_page_break(3 * LINE_MM):
            pdf.add_page()
        pdf.set_font(FONT, "B", BODY)
        pdf.set_text_color(34)
        pdf.multi_cell(0, LINE_MM, shown, new_x="LMARGIN", new_y="NEXT", align="L")
        paragraph(pdf, text.text)
        pdf.ln(3)


# --- the document -------------------------------------------------------------------------


def render_session_report(
    content: SessionContent, lang: str = "en", made: date | None = None
) -> bytes:
    """The whole report as PDF bytes, built in memory so that a failure writes nothing.
    Made twice from the same content on the same day, it gives the same bytes."""
    title = report_title(content, lang)
    pdf = document(title, title, lang, made or content.prepared_on)
    _first_page(pdf, content, lang)
    for section in Section:
        if not content.has(section):
            continue
        pdf.add_page()
        heading(pdf, section_label(section, lang), level=0)
        SECTIONS[section](pdf, content, lang)
    if content.texts:
        _texts(pdf, content, lang)
    return output(pdf)


def write_session_report(content: SessionContent, path: Path, lang: str = "en") -> Path:
    """Write the report whole or not at all."""
    return write_pdf(path, render_session_report(content, lang))
