"""Every field a session pack carries, in words, read from the pack's own document
(`to_document`): the list is made from what is written, so it cannot forget a field."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from wellbeing.domain.coaching import Section, section_label
from wellbeing.domain.formatting import format_date
from wellbeing.domain.indicators import label


def _day(text: str, lang: str) -> str:
    return format_date(date.fromisoformat(text), lang)


def fields_that_leave(document: dict[str, Any], lang: str) -> list[tuple[str, list[str]]]:
    """(what, details) for each part of the document, in the file's order; details are
    the names and texts themselves, as the coach will read them."""
    found: list[tuple[str, list[str]]] = [
        (
            QCoreApplication.translate(
                "SessionFields", "A random id for this journal (never your name): {id}…"
            ).format(id=document["coachee"][:8]),
            [],
        ),
        (
            QCoreApplication.translate(
                "SessionFields", "The period: {first} to {last}; prepared on {made}"
            ).format(
                first=_day(document["first"], lang),
                last=_day(document["last"], lang),
                made=_day(document["prepared_on"], lang),
            ),
            [],
        ),
        (
            QCoreApplication.translate("SessionFields", "Sections: {sections}").format(
                sections=", ".join(section_label(Section(s), lang) for s in document["sections"])
                or QCoreApplication.translate("SessionFields", "none")
            ),
            [],
        ),
    ]
    if "index" in document:
        found.append(
            (
                QCoreApplication.translate(
                    "SessionFields",
                    "The exhaustion index at the start and the end of the period, its band",
                ),
                [],
            )
        )
    if "series" in document:
        found.append(
            (
                QCoreApplication.translate(
                    "SessionFields",
                    "The exhaustion index day by day: {count} points (the index, its averages, "
                    "its parts, the days flagged)",
                ).format(count=len(document["series"]["days"])),
                [],
            )
        )
    if "cycle" in document:
        cycle = document["cycle"]
        found.append(
            (
                QCoreApplication.translate(
                    "SessionFields",
                    "The confidence cycle: {count} weekly points for each of its four stages, "
                    "and what it means in words",
                ).format(count=len(cycle["weeks"])),
                [],
            )
        )
    if "mirror" in document:
        mirror = document["mirror"]
        found.append(
            (
                QCoreApplication.translate(
                    "SessionFields",
                    "Irritants on our side: how often each came up, {count} points of their "
                    "share over time, and what it means in words",
                ).format(count=len(mirror["periods"])),
                [],
            )
        )
    if "clients" in document:
        found.append(
            (
                QCoreApplication.translate(
                    "SessionFields",
                    "Client advice: each client as the coach reads it, with its reasons",
                ),
                [f"{c['name']}: {label(c['level'], lang)}" for c in document["clients"]],
            )
        )
    if "loads" in document:
        found.append(
            (
                QCoreApplication.translate(
                    "SessionFields", "The load of each client over the period"
                ),
                list(document["loads"]["names"]),
            )
        )
    if "check_ins" in document:
        found.append(
            (
                QCoreApplication.translate(
                    "SessionFields", "Check-ins: {count} (their dates, strain and wellbeing scores)"
                ).format(count=len(document["check_ins"])),
                [],
            )
        )
    if "goals" in document:
        found.append(
            (
                QCoreApplication.translate(
                    "SessionFields", "Goals: {count} (what, by when, done on)"
                ).format(count=len(document["goals"])),
                [g["what"] for g in document["goals"]],
            )
        )
    texts = document.get("texts") or []
    found.append(
        (
            QCoreApplication.translate("SessionFields", "Texts you chose: {count}").format(
                count=len(texts)
            )
            if texts
            else QCoreApplication.translate("SessionFields", "No text of yours"),
            [f"{_day(t['day'], lang)}, {t['client']}: {t['text']}" for t in texts],
        )
    )
    return found
