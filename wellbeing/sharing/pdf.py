"""The small PDF engine every report shares: A4 portrait pages in DejaVu (matplotlib's own
fonts, so accents and arrows print without a system font), page numbers, bookmarked
headings, paragraphs, bullets, label–value facts, tables and charts as PNG.

Drawn without Qt (fpdf2 for the pages, charts.render's PNGs for the charts), so that the
command line and the window make the same file. Reports build their bytes in memory and
write them through `write_pdf`, whole or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from io import BytesIO
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wellbeing.charts.render import CHART_INCHES, font_files
from wellbeing.store.files import write_atomic

if TYPE_CHECKING:
    from fpdf import FPDF


FONT = "DejaVu"
BODY = 10
SMALL = 8.5
LINE_MM = 5.0
LABEL_MM = 48
"""Width of the bold label column of a facts block."""

PAGE_WORDS = ("Page {page} of {pages}", "Page {page} sur {pages}")


def colon(lang: str) -> str:
    """French sets a colon apart with a (narrow) space."""
    return "\u202f:" if lang == "fr" else ":"


def page_label(lang: str, page: int | str, pages: int | str) -> str:
    english, french = PAGE_WORDS
    return (french if lang == "fr" else english).format(page=page, pages=pages)


# --- the document -------------------------------------------------------------------------


def document(title: str, footer: str, lang: str, made: date) -> FPDF:
    """An empty A4 portrait document: fonts, margins, metadata and a footer with the report's
    name and "Page n of N" (a printed report gets its pages shuffled). Its creation date is
    `made` at noon, so that the same report made twice the same day gives the same bytes."""
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(FONT, "", SMALL - 1)
            self.set_text_color(110)
            self.cell(0, 5, footer, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, page_label(lang, self.page_no(), "{nb}"), align="R")

    pdf = Report(orientation="portrait", unit="mm", format="A4")
    regular, bold = font_files()
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


def title_block(pdf: FPDF, title: str, subtitle: str) -> None:
    """The report's big title (a bookmark too) and a muted line under it."""
    pdf.start_section(title, level=0)
    pdf.set_font(FONT, "B", 19)
    pdf.set_text_color(20)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT", align="L")
    paragraph(pdf, subtitle, SMALL + 0.5, 100)
    pdf.ln(4)


def heading(pdf: FPDF, text: str, level: int = 0, bookmark: bool = True) -> None:
    """A heading that is also a bookmark in the PDF's outline, never alone at a page's foot."""
    size = 14 if level == 0 else 11.5 if level == 1 else BODY + 0.5
    if pdf.will_page_break(size + 40 if level else size + 10):
        pdf.add_page()
    if bookmark:
        pdf.start_section(text, level=level)
    pdf.set_font(FONT, "B", size)
    pdf.set_text_color(34)
    pdf.ln(2 if level else 3)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(1.5 if level < 2 else 0.5)


def paragraph(pdf: FPDF, text: str, size: float = BODY, colour: int = 34) -> None:
    pdf.set_font(FONT, "", size)
    pdf.set_text_color(colour)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")


def bullets(pdf: FPDF, lines: Sequence[str], size: float = BODY) -> None:
    pdf.set_font(FONT, "", size)
    pdf.set_text_color(34)
    height = LINE_MM * size / BODY
    for line in lines:
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(4, height, "•")
        pdf.multi_cell(0, height, line, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(0.6)


def facts(
    pdf: FPDF, rows: Sequence[tuple[str, str]], lang: str, width: float | None = LABEL_MM
) -> None:
    """Label: value lines, the labels in bold in one column: `width` mm wide, or (None) as
    wide as the longest label, up to half the page."""
    pdf.set_text_color(34)
    if width is None:
        pdf.set_font(FONT, "B", BODY)
        longest = max(
            (pdf.get_string_width(f"{label}{colon(lang)}") for label, _ in rows), default=0
        )
        width = min(max(longest + 4, LABEL_MM), pdf.epw / 2)
    for label, value in rows:
        pdf.set_font(FONT, "B", BODY)
        pdf.cell(width, LINE_MM + 0.5, f"{label}{colon(lang)}")
        pdf.set_font(FONT, "", BODY)
        pdf.multi_cell(0, LINE_MM + 0.5, value, new_x="LMARGIN", new_y="NEXT", align="L")


def table(
    pdf: FPDF, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> None:
    """A plain table, its header repeated on each page it runs over; `widths` are shares of
    the page's width. Lines, not colours, set the rows apart (prints in black and white)."""
    with pdf.table(
        col_widths=tuple(widths),
        width=pdf.epw,
        text_align="LEFT",
        line_height=LINE_MM,
        first_row_as_headings=True,
        borders_layout="HORIZONTAL_LINES",
        padding=1.2,
    ) as drawn:
        pdf.set_text_color(34)
        pdf.set_font(FONT, "", BODY - 0.5)
        heading_row = drawn.row()
        for text in header:
            heading_row.cell(text)
        for values in rows:
            row = drawn.row()
            for text in values:
                row.cell(text)
    pdf.ln(2)


def chart(
    pdf: FPDF,
    png: bytes,
    bookmark: str | None,
    caption: str | None = None,
    size: tuple[float, float] = CHART_INCHES,
) -> None:
    """The chart (its own title says what it is) with a bookmark and, when the chart alone
    would not say what it shows, a caption; all kept on one page, the page's full width."""
    width = pdf.epw
    height = width * size[1] / size[0]
    if pdf.will_page_break(height + (LINE_MM + 1 if caption else 0)):
        pdf.add_page()
    if bookmark:
        pdf.start_section(bookmark, level=1)
    if caption:
        paragraph(pdf, caption, SMALL + 0.5, 90)
    pdf.image(BytesIO(png), x=pdf.l_margin, w=width, h=height)
    pdf.ln(3)


def output(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def write_pdf(path: Path, data: bytes) -> Path:
    """Write the report whole or not at all (a half-written PDF would look like a report)."""

    def write(handle: IO[Any]) -> None:
        handle.write(data)

    write_atomic(path, write, mode="wb")
    return path
