"""Notes the dashboard writes under its charts, as rich text for a QLabel."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from wellbeing.analysis.cycle import CycleResult
from wellbeing.analysis.reasons import describe


def cycle_note(cycle: CycleResult, strengths: Sequence[str], lang: str) -> str:
    """What the ring means in words (rich text): status, where to break the loop first,
    and the strengths shown back when confidence in the company is the place to start."""
    parts = [f"<p>{html.escape(describe(cycle.reasons[0], lang))}</p>"]
    if cycle.advice:
        lead, *script = cycle.advice
        parts.append(f"<p><b>{html.escape(describe(lead, lang))}</b></p>")
        if script:
            items = "".join(f"<li>{html.escape(describe(r, lang))}</li>" for r in script)
            parts.append(f"<ul>{items}</ul>")
    if cycle.show_strengths:
        heading_text = QCoreApplication.translate("Dashboard", "What your company does well:")
        if strengths:
            items = "".join(f"<li>{html.escape(text)}</li>" for text in strengths)
            parts.append(f"<p>{html.escape(heading_text)}</p><ul>{items}</ul>")
        else:
            hint = QCoreApplication.translate(
                "Dashboard",
                "Your list of what your company does well is empty: add a few in the "
                "“What my company does well” tab.",
            )
            parts.append(f"<p>{html.escape(hint)}</p>")
    return "".join(parts)
