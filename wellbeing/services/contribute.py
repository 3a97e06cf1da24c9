"""Contribute a week to the team lead: the Journal menu's dialog and `wellbeing contribute`.

Prepare (true answers from the journal, randomised, a weekly token), show the preview,
then write: nothing is written before the person says so, and declining leaves no file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.analysis.privacy import contribution_epsilon
from wellbeing.analysis.week_answers import week_answers
from wellbeing.domain.contribution import (
    IRRITANT_CATEGORIES,
    QUESTIONS,
    Answers,
    IsoWeek,
    check_team_code,
)
from wellbeing.domain.validation import InvalidValue
from wellbeing.services.insights import load
from wellbeing.sharing.contribution import (
    Contribution,
    randomise,
    weekly_token,
    write_contribution,
)
from wellbeing.sharing.noise import Noise, SecureNoise
from wellbeing.store import sharing_memory

if TYPE_CHECKING:
    from sqlite_utils import Database

EPSILON = contribution_epsilon(len(IRRITANT_CATEGORIES))


@dataclass(frozen=True)
class Remembered:
    team: str | None
    folder: Path | None


def remembered(db: Database) -> Remembered:
    folder = sharing_memory.get(db, sharing_memory.FOLDER)
    return Remembered(sharing_memory.get(db, sharing_memory.TEAM_CODE), folder and Path(folder))


def prepare_contribution(
    db: Database, week: IsoWeek, team: str, today: date, noise: Noise | None = None
) -> Contribution:
    """The file's content, randomised; permanent answers drawn now are remembered at once,
    so that previewing again cannot shop for a kinder draw."""
    team = check_team_code(team)
    if week > IsoWeek.of(today):
        raise InvalidValue(f"{week} has not started yet; contribute a week that has.")
    data = load(db)
    truth = week_answers(data.facts, data.check_ins, week)
    shown, new = randomise(truth, sharing_memory.memos(db), noise or SecureNoise())
    if new:
        sharing_memory.remember_memos(db, new)
    token = weekly_token(sharing_memory.token_secret(db), team, week)
    return Contribution(team, week, token, shown)


def contribute(db: Database, contribution: Contribution, folder: Path) -> Path:
    """Write the previewed file; the folder and team code are remembered for next time."""
    written = write_contribution(folder, contribution)
    sharing_memory.put(
        db,
        {sharing_memory.TEAM_CODE: contribution.team, sharing_memory.FOLDER: str(folder)},
    )
    return written


def answer_lines(answers: Answers, lang: str) -> list[tuple[str, str]]:
    """(question, answer) in words, exactly what the file says, for the preview."""
    rows = [
        (question.label(lang), question.category(answers.categories[question.key]).label(lang))
        for question in QUESTIONS
    ]
    met = [c.label(lang) for c in IRRITANT_CATEGORIES if c.key in answers.irritants]
    none = "aucun" if lang == "fr" else "none"
    title = "Irritants de service" if lang == "fr" else "Service irritants"
    rows.append((title, ", ".join(met) if met else none))
    return rows


def preview_text(contribution: Contribution, lang: str) -> str:
    """The whole preview as text, for the command line."""
    fr = lang == "fr"
    head = (
        f"Contribution de l'équipe {contribution.team}, semaine {contribution.week}"
        if fr
        else f"Contribution to team {contribution.team}, week {contribution.week}"
    )
    rows = answer_lines(contribution.answers, lang)
    width = max(len(q) for q, _ in rows)
    body = [f"  {q.ljust(width)}  {a}" for q, a in rows]
    note = (
        "Ces réponses sont tirées au hasard à partir des vôtres (confidentialité "
        f"différentielle locale, ε = {EPSILON:.1f}) : elles peuvent différer de votre semaine, "
        "et c'est voulu. Aucun texte, aucun nom de client, aucune date plus fine que la semaine."
        if fr
        else "These answers are randomised from yours (local differential privacy, "
        f"ε = {EPSILON:.1f}): they may differ from your week, on purpose. No text, no client "
        "name, no date finer than the week."
    )
    return "\n".join([head, *body, note, f"{contribution.file_name}"])
