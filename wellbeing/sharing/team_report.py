"""The team report as a PDF: what a lead may show, in plain words, charts and the reasons
anything was left out.

Drawn without Qt (charts.render's PNGs, fpdf2 for the pages), so the command line and
the window produce the same file. Everything it says comes from a TeamView, which already
applied the minimum group and the rule against close views: the report adds nothing a
lead could not see, and warns against reading it about one person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.analysis.team import PeriodFigures
from wellbeing.charts.render import chart_png
from wellbeing.domain.formatting import format_date
from wellbeing.sharing.pdf import (
    BODY,
    FONT,
    LINE_MM,
    bullets,
    chart,
    document,
    facts,
    heading,
    output,
    paragraph,
    title_block,
    write_pdf,
)
from wellbeing.sharing.team_view import TeamView, WeekView, withheld_reason
from wellbeing.sharing.team_words import colon, period_lines

if TYPE_CHECKING:
    from fpdf import FPDF

    from wellbeing.charts.render import Axes

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Team report — {team}", "Rapport d'équipe — {team}"),
    "made": ("Made on {day}", "Établi le {day}"),
    "covered": ("Period covered", "Période couverte"),
    "range": ("{first} to {last}", "du {first} au {last}"),
    "shown": (
        "{weeks} of {all_weeks} weeks and {months} of {all_months} months shown",
        "{weeks} semaines sur {all_weeks} et {months} mois sur {all_months} montrés",
    ),
    "minimum": ("Minimum group", "Groupe minimum"),
    "minimum.value": (
        "{minimum} people: nothing is shown for fewer",
        "{minimum} personnes : rien n'est montré en dessous",
    ),
    "rejected": ("Files set aside", "Fichiers écartés"),
    "summary": ("Summary", "En bref"),
    "latest_month": ("Latest month shown: {key}", "Dernier mois montré : {key}"),
    "latest_week": ("Latest week shown: {key}", "Dernière semaine montrée : {key}"),
    "how": ("How to read this", "Comment lire ce rapport"),
    "how.text": (
        "Each person's answers were randomised on their own computer before they were "
        "shared, so every figure here is an estimate for the group, given with a 90 % "
        "interval: the true figure lies within it nine times out of ten. Where an interval "
        "would cover nearly the whole group, the report says the figure is too uncertain "
        "instead of showing it. Nothing is shown for fewer than {minimum} people, nor for a "
        "week that differs from one already shown by fewer than {minimum}. A month counts "
        "people on an average week. Never use this report to judge or single out an "
        "individual: well-being data is health data (GDPR, article 9), and these figures "
        "are made so that they cannot say anything about one person.",
        "Les réponses de chacun ont été tirées au hasard sur son propre ordinateur avant "
        "d'être partagées : chaque chiffre est donc une estimation pour le groupe, donnée "
        "avec un intervalle à 90 % qui contient la vraie valeur neuf fois sur dix. Quand un "
        "intervalle couvrirait presque tout le groupe, le rapport dit que le chiffre est trop "
        "incertain au lieu de le montrer. Rien n'est montré pour moins de {minimum} "
        "personnes, ni pour une semaine qui diffère d'une vue déjà montrée de moins de "
        "{minimum}. Un mois compte les personnes d'une semaine moyenne. N'utilisez jamais ce "
        "rapport pour juger ou désigner une personne : les données de bien-être sont des "
        "données de santé (RGPD, article 9), et ces chiffres sont faits pour ne rien pouvoir "
        "dire d'une personne.",
    ),
    "monthly": ("Monthly view", "Vue mensuelle"),
    "weekly": ("Weekly view", "Vue hebdomadaire"),
    "exhaustion": ("Exhaustion", "Épuisement"),
    "signals": ("Signals", "Signaux"),
    "irritants": ("Service irritants, {key}", "Irritants de service, {key}"),
    "nothing": ("Nothing can be shown here yet.", "Rien ne peut encore être montré ici."),
    "left_out": ("Left out", "Ce qui n'est pas montré"),
    "withheld": ("Weeks not shown", "Semaines non montrées"),
    "withheld.none": ("Every week was shown.", "Toutes les semaines ont été montrées."),
    "held": (
        "{count} newer file(s) left out until at least {minimum} have arrived.",
        "{count} fichier(s) plus récent(s) mis de côté jusqu'à ce qu'au moins {minimum} "
        "soient arrivés.",
    ),
    "held_back": (
        "Weeks shown without their newest files",
        "Semaines montrées sans leurs derniers fichiers",
    ),
    "months_left_out": ("Months missing some weeks", "Mois auxquels il manque des semaines"),
    "month_left_out": (
        "{key}: {count} week(s) not shown, left out of the month too.",
        "{key} : {count} semaine(s) non montrée(s), laissée(s) hors du mois aussi.",
    ),
    "files": ("Files set aside", "Fichiers écartés"),
    "files.none": (
        "No file was set aside: every file in the folder was read.",
        "Aucun fichier écarté : tous les fichiers du dossier ont été lus.",
    ),
}


def word(name: str, lang: str, **values: object) -> str:
    english, french = WORDS[name]
    return (french if lang == "fr" else english).format(**values)


# --- charts and pages (the engine is sharing.pdf) ----------------------------------------

Chart = tuple[str, str | None, Callable[["Axes"], None]]
"""(bookmark, caption written above it or None, drawing)."""


def _charts(periods: Sequence[PeriodFigures], lang: str) -> list[Chart]:
    from wellbeing.charts.team import (
        plot_team_exhaustion,
        plot_team_irritants,
        plot_team_signals,
    )

    def exhaustion(axes: Axes) -> None:
        plot_team_exhaustion(axes, periods, lang)

    def signals(axes: Axes) -> None:
        plot_team_signals(axes, periods, lang)

    charts: list[Chart] = [
        (word("exhaustion", lang), None, exhaustion),
        (word("signals", lang), None, signals),
    ]
    if periods:
        latest = periods[-1]

        def irritants(axes: Axes) -> None:
            plot_team_irritants(axes, latest, lang)

        which = "latest_month" if latest.weeks > 1 else "latest_week"
        caption = word(which, lang, key=latest.key)
        charts.append((word("irritants", lang, key=latest.key), caption, irritants))
    return charts


# --- the document -------------------------------------------------------------------------


def _first_page(pdf: FPDF, view: TeamView, lang: str, made: date) -> None:
    pdf.add_page()
    title = word("title", lang, team=view.team or "—")
    title_block(pdf, title, word("made", lang, day=format_date(made, lang)))
    rows = []
    if view.weeks:
        first, last = view.weeks[0].week.monday, view.weeks[-1].week.sunday
        span = word("range", lang, first=format_date(first, lang), last=format_date(last, lang))
        shown = word(
            "shown",
            lang,
            weeks=sum(w.figures is not None for w in view.weeks),
            all_weeks=len(view.weeks),
            months=sum(m.figures is not None for m in view.months),
            all_months=len(view.months),
        )
        rows.append((word("covered", lang), f"{span}\n{shown}"))
    rows.append((word("minimum", lang), word("minimum.value", lang, minimum=view.minimum)))
    rows.append((word("rejected", lang), str(len(view.rejected))))
    facts(pdf, rows, lang)
    heading(pdf, word("summary", lang), level=0)
    months = [m for m in view.months if m.figures is not None]
    weeks = [w for w in view.weeks if w.figures is not None]
    latest = [(word("latest_month", lang, key=m.key), m.figures) for m in months[-1:]]
    latest += [(word("latest_week", lang, key=str(w.week)), w.figures) for w in weeks[-1:]]
    for caption, figures in latest:
        if figures is None:
            continue
        pdf.set_font(FONT, "B", BODY + 0.5)
        pdf.multi_cell(0, LINE_MM + 0.5, caption, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
        bullets(pdf, period_lines(figures, lang))
        pdf.ln(2)
    heading(pdf, word("how", lang), level=0)
    paragraph(pdf, word("how.text", lang, minimum=view.minimum))


def _view_section(pdf: FPDF, title: str, periods: Sequence[PeriodFigures], lang: str) -> None:
    pdf.add_page()
    heading(pdf, title, level=0)
    if not periods:
        paragraph(pdf, word("nothing", lang))
        return
    for bookmark, caption, draw in _charts(periods, lang):
        chart(pdf, chart_png(draw), bookmark, caption)


def _why_withheld(week: WeekView, minimum: int, lang: str) -> str:
    """Why a week shows nothing, never how many files it holds below the minimum."""
    return f"{week.week}{colon(lang)} {withheld_reason(week.disclosure, minimum, lang)}"


def _left_out(pdf: FPDF, view: TeamView, lang: str) -> None:
    pdf.add_page()
    heading(pdf, word("left_out", lang), level=0)
    withheld = [w for w in view.weeks if w.figures is None]
    heading(pdf, word("withheld", lang), level=1)
    if withheld:
        bullets(pdf, [_why_withheld(w, view.minimum, lang) for w in withheld])
    else:
        paragraph(pdf, word("withheld.none", lang))
    held = [w for w in view.weeks if w.disclosure.held_back]
    if held:
        heading(pdf, word("held_back", lang), level=1)
        bullets(
            pdf,
            [
                f"{w.week}{colon(lang)} "
                + word("held", lang, count=w.disclosure.held_back, minimum=view.minimum)
                for w in held
            ],
        )
    partial = [m for m in view.months if m.weeks_left_out]
    if partial:
        heading(pdf, word("months_left_out", lang), level=1)
        bullets(
            pdf,
            [word("month_left_out", lang, key=m.key, count=m.weeks_left_out) for m in partial],
        )
    heading(pdf, word("files", lang), level=1)
    if view.rejected:
        bullets(pdf, [f"{r.file}{colon(lang)} {r.reason}" for r in view.rejected])
    else:
        paragraph(pdf, word("files.none", lang))


def render_team_report(view: TeamView, lang: str = "en", today: date | None = None) -> bytes:
    """The whole report as PDF bytes: built in memory, so a failure writes nothing."""
    made = today or date.today()
    title = word("title", lang, team=view.team or "—")
    pdf = document(title, title, lang, made)
    _first_page(pdf, view, lang, made)
    months = [m.figures for m in view.months if m.figures is not None]
    weeks = [w.figures for w in view.weeks if w.figures is not None]
    _view_section(pdf, word("monthly", lang), months, lang)
    _view_section(pdf, word("weekly", lang), weeks, lang)
    _left_out(pdf, view, lang)
    return output(pdf)


def write_team_report(
    view: TeamView, path: Path, lang: str = "en", today: date | None = None
) -> Path:
    """Write the report whole or not at all (a half-written PDF would look like a report)."""
    return write_pdf(path, render_team_report(view, lang, today))
