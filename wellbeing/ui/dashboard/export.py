"""Saving charts: one chart as PNG or SVG, the whole dashboard as one PDF: the coaching
session report for the dashboard's period (page one in plain words, then every section with
its chart), made by the same engine as `wellbeing report`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wellbeing.domain.coaching import SessionChoices
from wellbeing.services.coaching import MAX_DAYS
from wellbeing.ui.dashboard.card import ChartCard
from wellbeing.ui.file_dialogs import documents_folder

if TYPE_CHECKING:
    from wellbeing.services.insights import JournalData
    from wellbeing.ui.journal_store import JournalStore


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
    suggested = documents_folder() / f"{card.key}.png"
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


def export_dashboard(
    parent: QWidget,
    store: JournalStore,
    period: tuple[date, date],
    lang: str,
    today: date,
    data: JournalData | None = None,
) -> Path | None:
    """Ask where, then write the session report for the period shown: every section, no
    private text, real client names (the employee's own copy)."""
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Dashboard", "Export dashboard as PDF"),
        str(documents_folder() / "insights.pdf"),
        QCoreApplication.translate("Dashboard", "PDF document (*.pdf)"),
    )
    if not path:
        return None
    target = _with_suffix(path, chosen, ("pdf",))
    last = min(period[1], today)
    first = max(period[0], last - timedelta(days=MAX_DAYS - 1))  # "All" may be longer
    try:
        choices = SessionChoices(first, last, real_names=True)
        loaded = data or store.journal_data()
        return store.export_session_report(choices, target, lang, today, loaded)
    except (OSError, ValueError) as error:
        _failed(parent, target, error)
        return None
