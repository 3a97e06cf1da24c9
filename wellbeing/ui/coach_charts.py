"""What the coach sees of one pack: its charts, drawn by the very `charts/` functions of
the employee's window, and its words (summary, clients' levels and reasons, chosen texts).

A section the employee left out of the pack gets a chart that says so, never an empty
frame; the presentation mode skips it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wellbeing.analysis.reasons import describe
from wellbeing.domain.coaching import Section, section_label
from wellbeing.domain.formatting import format_date
from wellbeing.sharing.session_content import SessionContent
from wellbeing.ui.advice_levels import level_label

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from wellbeing.charts.palette import Theme

Plot = Callable[["Figure", "Theme"], None]

CHARTS: tuple[tuple[str, Section], ...] = (
    ("exhaustion", Section.EXHAUSTION),
    ("cycle", Section.CYCLE),
    ("irritants", Section.MIRROR),
    ("clients", Section.ADVICE),
    ("check_ins", Section.CHECK_INS),
)
"""The chart tabs, in the report's order, with the section each one needs."""


def chart_caption(key: str, lang: str) -> str:
    """The chart's full name: the section's own words, so pack, report and window agree."""
    return section_label(dict(CHARTS)[key], lang)


def tab_caption(key: str) -> str:
    """A short name for a tab: five tabs fit side by side on a 1024-pixel screen."""
    return {
        "exhaustion": QCoreApplication.translate("CoachCharts", "Exhaustion"),
        "cycle": QCoreApplication.translate("CoachCharts", "Cycle"),
        "irritants": QCoreApplication.translate("CoachCharts", "Irritants"),
        "clients": QCoreApplication.translate("CoachCharts", "Clients"),
        "check_ins": QCoreApplication.translate("CoachCharts", "Check-ins"),
    }[key]


def has_chart(content: SessionContent, key: str) -> bool:
    """Whether the pack holds what this chart draws."""
    if key == "exhaustion":
        return content.series is not None and content.flagged is not None
    if key == "cycle":
        return content.cycle is not None
    if key == "irritants":
        return content.mirror is not None
    if key == "clients":
        return content.loads is not None
    return content.has(Section.CHECK_INS)


def chart_plot(content: SessionContent | None, key: str, lang: str) -> Plot:
    """The drawing of one chart of a pack (or a sentence why there is none)."""
    from wellbeing.charts.layout import chart_axes, empty_state

    if content is None or not has_chart(content, key):
        heading = chart_caption(key, lang)
        message = chart_summary(content, key, lang)  # the summary says why there is none
        return lambda f, t: empty_state(chart_axes(f), t, heading, message)
    if key == "exhaustion":
        from wellbeing.charts.timeline import plot_timeline

        series, flagged = content.series, content.flagged
        assert series is not None and flagged is not None
        first, last = content.first, content.last
        return lambda f, t: plot_timeline(chart_axes(f), series, flagged, first, last, lang, t)
    if key == "cycle":
        from wellbeing.charts.cycle import plot_cycle

        cycle = content.cycle
        assert cycle is not None
        return lambda f, t: plot_cycle(chart_axes(f), cycle, lang, t)
    if key == "irritants":
        from wellbeing.charts.irritants import plot_irritants

        mirror = content.mirror
        assert mirror is not None
        return lambda f, t: plot_irritants(chart_axes(f), mirror, lang, t)
    if key == "clients":
        from wellbeing.charts.clients import plot_clients

        loads = content.loads
        assert loads is not None
        return lambda f, t: plot_clients(chart_axes(f), loads, lang, t)
    from wellbeing.charts.check_ins import plot_check_ins

    check_ins = content.check_ins
    return lambda f, t: plot_check_ins(chart_axes(f), check_ins, lang, t)


def chart_summary(content: SessionContent | None, key: str, lang: str) -> str:
    """What chart_plot draws, in words (what a screen reader says of the chart)."""
    if content is None:
        return QCoreApplication.translate("CoachCharts", "Choose a pack to see its charts.")
    if not has_chart(content, key):
        return QCoreApplication.translate(
            "CoachCharts", "The employee did not include this section in the pack."
        )
    if key == "exhaustion":
        from wellbeing.charts.timeline import describe_timeline

        assert content.series is not None and content.flagged is not None
        return describe_timeline(content.series, content.flagged, content.first, content.last, lang)
    if key == "cycle":
        from wellbeing.charts.cycle import describe_cycle

        assert content.cycle is not None
        return describe_cycle(content.cycle, lang)
    if key == "irritants":
        from wellbeing.charts.irritants import describe_irritants

        assert content.mirror is not None
        return describe_irritants(content.mirror, lang)
    if key == "clients":
        from wellbeing.charts.clients import describe_clients

        assert content.loads is not None
        return describe_clients(content.loads, lang)
    from wellbeing.charts.check_ins import describe_check_ins

    return describe_check_ins(content.check_ins, lang)


def _paragraphs(lines: list[str]) -> str:
    return "".join(
        f'<p style="margin: 0 0 5px 0">{html.escape(line, quote=False)}</p>' for line in lines
    )


def _heading(text: str) -> str:
    return f'<p style="margin: 8px 0 4px 0"><b>{html.escape(text, quote=False)}</b></p>'


def pack_html(content: SessionContent, lang: str) -> str:
    """The pack in words: the summary, each client's level with its reasons, the texts the
    employee chose to explain."""
    from wellbeing.sharing.session_words import summary_lines

    parts = [
        _heading(QCoreApplication.translate("CoachCharts", "Summary")),
        _paragraphs(summary_lines(content, lang)),
    ]
    if content.clients:
        parts.append(_heading(section_label(Section.ADVICE, lang)))
        for client in content.clients:
            level = level_label(client.level, lang) or client.level
            parts.append(
                f'<p style="margin: 4px 0 2px 0"><b>{html.escape(client.name)}</b>'
                f" — {html.escape(level)}</p>"
            )
            reasons = "".join(
                f"<li>{html.escape(describe(reason, lang), quote=False)}</li>"
                for reason in client.reasons
            )
            if reasons:
                parts.append(f'<ul style="margin: 0 0 4px 0">{reasons}</ul>')
    if content.texts:
        parts.append(
            _heading(
                QCoreApplication.translate("CoachCharts", "What the employee chose to explain")
            )
        )
        for text in content.texts:
            when = format_date(text.day, lang)
            parts.append(
                f'<p style="margin: 4px 0 2px 0"><i>{html.escape(when)} · '
                f"{html.escape(text.client)}</i></p>"
                f'<p style="margin: 0 0 6px 0">{html.escape(text.text, quote=False)}</p>'
            )
    return "".join(parts)


def compare_html(lines: list[str]) -> str:
    return _paragraphs(lines)
