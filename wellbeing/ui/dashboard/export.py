"""Saving charts: one chart as PNG or SVG, the whole dashboard as one PDF (a cover page with
the indicators in words, then one page per chart, drawn light for printing)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wellbeing.charts.palette import LIGHT
from wellbeing.charts.theme import style_axes
from wellbeing.ui.dashboard.card import ChartCard

COVER_WIDTH = 95
"""Characters per line of the cover page's paragraphs."""
PAGE = (11.69, 5.2)
"""A4 landscape width; charts keep a chart's proportions rather than fill the page."""


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _with_suffix(path: str, chosen_filter: str, allowed: Sequence[str]) -> Path:
    """The path typed, with the suffix of the chosen filter when it has none of `allowed`."""
    target = Path(path)
    if target.suffix.lower().lstrip(".") in allowed:
        return target
    suffix = next((s for s in allowed if f"*.{s}" in chosen_filter), allowed[0])
    return target.with_name(f"{target.name}.{suffix}")


def _explain(path: Path, error: Exception) -> str:
    reason = getattr(error, "strerror", None) or str(error)
    return QCoreApplication.translate(
        "Dashboard", "The file {path} could not be written: {reason}."
    ).format(path=str(path), reason=reason.rstrip("."))


def _failed(parent: QWidget, path: Path, error: Exception) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Dashboard", "Export failed"), _explain(path, error)
    )


def export_chart(parent: QWidget, card: ChartCard) -> Path | None:
    """Ask where, then write the chart as shown; None when cancelled or refused."""
    suggested = _documents() / f"{card.key}.png"
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Dashboard", "Export chart"),
        str(suggested),
        ";;".join(
            (
                QCoreApplication.translate("Dashboard", "PNG image (*.png)"),
                QCoreApplication.translate("Dashboard", "SVG image (*.svg)"),
            )
        ),
    )
    if not path:
        return None
    target = _with_suffix(path, chosen, ("png", "svg"))
    try:
        return card.export(target)
    except (OSError, ValueError) as error:
        _failed(parent, target, error)
        return None


def write_pdf(path: Path, cards: Sequence[ChartCard], cover: Sequence[str]) -> Path:
    """One PDF: the cover's paragraphs on page one, then each chart redrawn light."""
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    with PdfPages(path) as pdf:
        page = Figure(figsize=(8.27, 11.69))
        page.text(0.08, 0.95, cover[0], fontsize=18, fontweight="bold", va="top")
        lines = ["\n".join(textwrap.wrap(paragraph, COVER_WIDTH)) for paragraph in cover[1:]]
        page.text(0.08, 0.9, "\n\n".join(lines), fontsize=10, va="top", linespacing=1.4)
        pdf.savefig(page)
        for card in cards:
            if card.plot is None:
                continue
            figure = Figure(figsize=PAGE, layout="constrained")
            figure.set_facecolor(LIGHT.background)
            card.plot(figure, LIGHT)
            for axes in figure.axes:
                style_axes(axes, LIGHT)
            pdf.savefig(figure)
    return path


def export_dashboard(
    parent: QWidget, cards: Sequence[ChartCard], cover: Sequence[str]
) -> Path | None:
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Dashboard", "Export dashboard as PDF"),
        str(_documents() / "insights.pdf"),
        QCoreApplication.translate("Dashboard", "PDF document (*.pdf)"),
    )
    if not path:
        return None
    target = _with_suffix(path, chosen, ("pdf",))
    try:
        return write_pdf(target, cards, cover)
    except (OSError, ValueError) as error:
        _failed(parent, target, error)
        return None
