"""The coaching session report holds exactly what was chosen: page one's summary in plain
words (English and French, accents selectable), one section per chosen topic and none for
the others, no real client name when pseudonymised, no encounter id; the same bytes when
made twice."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.sharing.test_team_report import bookmarks, page_count, pdf_text
from wellbeing.domain.coaching import AgreedAction, Goal, Section, SessionChoices, section_label
from wellbeing.services.coaching import session_content
from wellbeing.services.demo import write_demo_journal
from wellbeing.services.session_report import export_session_report
from wellbeing.sharing.session_report import render_session_report
from wellbeing.sharing.session_words import summary_lines
from wellbeing.store import goals as stored_goals
from wellbeing.store import journal, open_journal

TODAY = date(2026, 3, 20)
FIRST = date(2025, 12, 20)


@pytest.fixture(scope="module")
def db():  # type: ignore[no-untyped-def]
    db = open_journal(":memory:")
    write_demo_journal(db, end=TODAY)
    added = datetime(2026, 1, 10, 10)
    for goal in (
        Goal(AgreedAction("Send my hours in writing", date(2026, 2, 1)), added, added),
        Goal(AgreedAction("Dire non à une demande hors périmètre", date(2026, 3, 1)), added),
    ):
        stored_goals.save_goal(db, goal)
    yield db
    db.close()


def chosen_texts(db) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    inside = [
        e
        for e in journal.list_encounters(db)
        if FIRST <= e.occurred_at.date() <= TODAY and e.what_happened.strip()
    ]
    return tuple(e.id for e in inside[:2])


def first_page(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    done = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return " ".join(done.stdout.split())


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Coaching session — 2025-12-20 to 2026-03-20", "Not a diagnosis", "Page 1 of"]),
        (
            "fr",
            [
                "Séance de coaching — du 20/12/2025 au 20/03/2026",
                "Pas un diagnostic",
                "L'indice d'épuisement est à",
                "Page 1 sur",
            ],
        ),
    ],
)
def test_page_one_says_the_period_in_plain_words(db, tmp_path, lang, expected) -> None:
    choices = SessionChoices(FIRST, TODAY)
    path = export_session_report(db, choices, tmp_path / "session.pdf", lang, TODAY)
    assert path.read_bytes()[:4] == b"%PDF"
    text = first_page(path)
    content = session_content(db, choices, TODAY)
    lines = summary_lines(content, lang)
    assert len(lines) >= 6  # index, cycle, irritants, clients, check-in, goals
    for line in lines:
        assert " ".join(line.split()) in text
    for words in expected:
        assert words in text
    if lang == "fr":
        assert "Objectifs : 1 atteint depuis le 20/12/2025, 1 en cours" in text


def test_one_section_per_chosen_topic_and_none_for_the_others(db) -> None:
    chosen = (Section.EXHAUSTION, Section.ADVICE, Section.GOALS)
    content = session_content(db, SessionChoices(FIRST, TODAY, sections=chosen), TODAY)
    data = render_session_report(content, "en")
    titles = bookmarks(data)
    for section in Section:
        assert (section_label(section) in titles) == (section in chosen), section
    assert "Texts the employee chose to share" not in titles  # none chosen, none shown
    text = " ".join(summary_lines(content, "en"))
    assert "exhaustion index" in text and "confidence cycle" not in text
    assert page_count(data) >= 1 + len(chosen)


def test_nothing_identifying_leaves_when_pseudonymised(db, tmp_path) -> None:
    ids = chosen_texts(db)
    assert len(ids) == 2
    choices = SessionChoices(FIRST, TODAY, text_ids=ids)
    path = export_session_report(db, choices, tmp_path / "session.pdf", "en", TODAY)
    data = path.read_bytes()
    text = pdf_text(path)
    assert text is not None
    assert "Client A" in text and "Texts the employee chose to share" in bookmarks(data)
    for client in journal.list_clients(db):
        assert client.name not in text, client.name
        assert client.id not in text and client.id.encode() not in data
    for encounter in journal.list_encounters(db):
        assert encounter.id not in text and encounter.id.encode() not in data
    texts = session_content(db, choices, TODAY).texts
    assert [" ".join(t.text.split()) in text for t in texts] == [True, True]


def test_real_names_only_when_chosen(db) -> None:
    content = session_content(db, SessionChoices(FIRST, TODAY, real_names=True), TODAY)
    data = render_session_report(content, "en")
    names = {c.name for c in journal.list_clients(db)}
    headings = [title.split(" — ")[0] for title in bookmarks(data) if " — " in title]
    assert names & set(headings) and "Client A" not in headings


def test_the_same_content_gives_the_same_bytes(db) -> None:
    content = session_content(db, SessionChoices(FIRST, TODAY), TODAY)
    assert render_session_report(content, "fr") == render_session_report(content, "fr")
    again = session_content(db, SessionChoices(FIRST, TODAY), TODAY)
    assert render_session_report(again, "en") == render_session_report(content, "en")
