"""The team report as a PDF: what a lead may show, in plain words, charts and the reasons
anything was left out.

Drawn without Qt (matplotlib's Agg into PNG, fpdf2 for the pages), so the command line and
the window produce the same file. Everything it says comes from a TeamView, which already
applied the minimum group and the rule against close views: the report adds nothing a
lead could not see, and warns against reading it about one person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wellbeing.analysis.team import PeriodFigures
from wellbeing.domain.formatting import format_date
from wellbeing.sharing.team_view import TeamView, WeekView, withheld_reason
from wellbeing.sharing.team_words import colon, period_lines
from wellbeing.store.files import write_atomic

if TYPE_CHECKING:
    from fpdf import FPDF
    from matplotlib.axes import Axes


FONT = "DejaVu"
BODY = 10
SMALL = 8.5
LINE_MM = 5.0
CHART_INCHES = (7.0, 3.1)
CHART_DPI = 150

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
    "page": ("Page {page} of {pages}", "Page {page} sur {pages}"),
}


def word(name: str, lang: str, **values: object) -> str:
    english, french = WORDS[name]
    return (french if lang == "fr" else english).format(**values)


# --- charts as images ---------------------------------------------------------------------


def chart_png(draw: Callable[[Axes], None]) -> bytes:
    """One chart drawn on a plain Figure (no pyplot, no Qt) into PNG bytes."""
    from io import BytesIO

    from matplotlib.figure import Figure

    figure = Figure(figsize=CHART_INCHES, dpi=CHART_DPI)
    draw(figure.add_subplot())
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI, facecolor="white")
    return buffer.getvalue()


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


def _fonts() -> tuple[Path, Path]:
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"


def _document(title: str, footer: str, lang: str, made: date) -> FPDF:
    from fpdf import FPDF

    class Report(FPDF):
        """Page numbers in every footer: a printed report gets its pages shuffled."""

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(FONT, "", SMALL - 1)
            self.set_text_color(110)
            self.cell(0, 5, footer, align="L")
            self.set_x(self.l_margin)
            pages = word("page", lang, page=self.page_no(), pages="{nb}")
            self.cell(0, 5, pages, align="R")

    pdf = Report(orientation="portrait", unit="mm", format="A4")
    regular, bold = _fonts()
    pdf.add_font(FONT, "", str(regular))
    pdf.add_font(FONT, "B", str(bold))
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(title)
    pdf.set_author("Wellbeing Journal")
    pdf.set_creator("Wellbeing Journal")
    pdf.set_lang(lang)
    pdf.set_creation_date(datetime.combine(made, time(12)).astimezone())
    return pdf


def _heading(pdf: FPDF, text: str, level: int = 0) -> None:
    """A heading that is also a bookmark in the PDF's outline."""
    size = 14 if level == 0 else 11.5
    if pdf.will_page_break(size + 40 if level else size + 10):
        pdf.add_page()
    pdf.start_section(text, level=level)
    pdf.set_font(FONT, "B", size)
    pdf.set_text_color(34)
    pdf.ln(2 if level else 3)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _paragraph(pdf: FPDF, text: str, size: float = BODY, colour: int = 34) -> None:
    pdf.set_font(FONT, "", size)
    pdf.set_text_color(colour)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")


def _bullets(pdf: FPDF, lines: Sequence[str]) -> None:
    pdf.set_font(FONT, "", BODY)
    pdf.set_text_color(34)
    for line in lines:
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(4, LINE_MM, "•")
        pdf.multi_cell(0, LINE_MM, line, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(0.6)


def _facts(pdf: FPDF, rows: Sequence[tuple[str, str]], lang: str) -> None:
    """Label: value lines, the labels in bold in one column."""
    pdf.set_text_color(34)
    for label, value in rows:
        pdf.set_font(FONT, "B", BODY)
        pdf.cell(48, LINE_MM + 0.5, f"{label}{colon(lang)}")
        pdf.set_font(FONT, "", BODY)
        pdf.multi_cell(0, LINE_MM + 0.5, value, new_x="LMARGIN", new_y="NEXT")


def _chart(pdf: FPDF, png: bytes, bookmark: str, caption: str | None) -> None:
    """The chart with its bookmark (its own title says what it is) and, when the chart
    alone would not say which period it shows, a caption; all kept on one page."""
    from io import BytesIO

    width = pdf.epw
    height = width * CHART_INCHES[1] / CHART_INCHES[0]
    if pdf.will_page_break(height + (LINE_MM + 1 if caption else 0)):
        pdf.add_page()
    pdf.start_section(bookmark, level=1)
    if caption:
        _paragraph(pdf, caption, SMALL + 0.5, 90)
    pdf.image(BytesIO(png), x=pdf.l_margin, w=width, h=height)
    pdf.ln(3)


def _first_page(pdf: FPDF, view: TeamView, lang: str, made: date) -> None:
    pdf.add_page()
    title = word("title", lang, team=view.team or "—")
    pdf.start_section(title, level=0)
    pdf.set_font(FONT, "B", 19)
    pdf.set_text_color(20)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    _paragraph(pdf, word("made", lang, day=format_date(made, lang)), SMALL + 0.5, 100)
    pdf.ln(4)
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
    _facts(pdf, rows, lang)
    _heading(pdf, word("summary", lang), level=0)
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
        _bullets(pdf, period_lines(figures, lang))
        pdf.ln(2)
    _heading(pdf, word("how", lang), level=0)
    _paragraph(pdf, word("how.text", lang, minimum=view.minimum))


def _view_section(pdf: FPDF, heading: str, periods: Sequence[PeriodFigures], lang: str) -> None:
    pdf.add_page()
    _heading(pdf, heading, level=0)
    if not periods:
        _paragraph(pdf, word("nothing", lang))
        return
    for bookmark, caption, draw in _charts(periods, lang):
        _chart(pdf, chart_png(draw), bookmark, caption)


def _why_withheld(week: WeekView, minimum: int, lang: str) -> str:
    """Why a week shows nothing, never how many files it holds below the minimum."""
    return f"{week.week}{colon(lang)} {withheld_reason(week.disclosure, minimum, lang)}"


def _left_out(pdf: FPDF, view: TeamView, lang: str) -> None:
    pdf.add_page()
    _heading(pdf, word("left_out", lang), level=0)
    withheld = [w for w in view.weeks if w.figures is None]
    _heading(pdf, word("withheld", lang), level=1)
    if withheld:
        _bullets(pdf, [_why_withheld(w, view.minimum, lang) for w in withheld])
    else:
        _paragraph(pdf, word("withheld.none", lang))
    held = [w for w in view.weeks if w.disclosure.held_back]
    if held:
        _heading(pdf, word("held_back", lang), level=1)
        _bullets(
            pdf,
            [
                f"{w.week}{colon(lang)} "
                + word("held", lang, count=w.disclosure.held_back, minimum=view.minimum)
                for w in held
            ],
        )
    partial = [m for m in view.months if m.weeks_left_out]
    if partial:
        _heading(pdf, word("months_left_out", lang), level=1)
        _bullets(
            pdf,
            [word("month_left_out", lang, key=m.key, count=m.weeks_left_out) for m in partial],
        )
    _heading(pdf, word("files", lang), level=1)
    if view.rejected:
        _bullets(pdf, [f"{r.file}{colon(lang)} {r.reason}" for r in view.rejected])
    else:
        _paragraph(pdf, word("files.none", lang))


def render_team_report(view: TeamView, lang: str = "en", today: date | None = None) -> bytes:
    """The whole report as PDF bytes: built in memory, so a failure writes nothing."""
    made = today or date.today()
    title = word("title", lang, team=view.team or "—")
    pdf = _document(title, title, lang, made)
    _first_page(pdf, view, lang, made)
    months = [m.figures for m in view.months if m.figures is not None]
    weeks = [w.figures for w in view.weeks if w.figures is not None]
    _view_section(pdf, word("monthly", lang), months, lang)
    _view_section(pdf, word("weekly", lang), weeks, lang)
    _left_out(pdf, view, lang)
    return bytes(pdf.output())


def write_team_report(
    view: TeamView, path: Path, lang: str = "en", today: date | None = None
) -> Path:
    """Write the report whole or not at all (a half-written PDF would look like a report)."""
    data = render_team_report(view, lang, today)

    def write(handle: IO[Any]) -> None:
        handle.write(data)

    write_atomic(path, write, mode="wb")
    return path
