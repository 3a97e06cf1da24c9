"""The team report as a lead receives it: a PDF whose text says the latest month and week in
plain words, in English and in French, with page numbers and a bookmark per section; and
no report at all for a group too small to show anything."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from wellbeing.domain.validation import InvalidValue
from wellbeing.services.demo import write_demo_team
from wellbeing.services.team import team_view
from wellbeing.services.team_report import export_team_report
from wellbeing.sharing.team_words import period_lines

TODAY = date(2026, 3, 20)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("team") / "contributions"
    write_demo_team(folder, end=TODAY)
    return folder


def pdf_text(path: Path) -> str | None:
    """The PDF's selectable text, words separated by single spaces; None without a reader."""
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
        )
        text = done.stdout
    else:
        try:
            from pypdf import PdfReader
        except ImportError:
            return None
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def bookmarks(data: bytes) -> list[str]:
    """The outline's titles, as fpdf2 writes them: (literal) or <feff…> UTF-16 hex."""
    titles = []
    for literal, hexadecimal in re.findall(rb"/Title (?:\(([^)]*)\)|<feff([0-9a-f]+)>)", data):
        if hexadecimal:
            titles.append(bytes.fromhex(hexadecimal.decode()).decode("utf-16-be"))
        else:
            titles.append(literal.decode("latin-1"))
    return titles


def page_count(data: bytes) -> int:
    return data.count(b"/Type /Page") - data.count(b"/Type /Pages")


def latest_lines(folder: Path, views: Path, lang: str) -> list[str]:
    view = team_view(folder, today=TODAY, views_folder=views)
    month, week = view.shown_months[-1].figures, view.shown_weeks[-1].figures
    assert month is not None and week is not None
    return period_lines(month, lang) + period_lines(week, lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            ["Team report — DEMO-TEAM", "How to read this", "GDPR, article 9", "Page 1 of "],
        ),
        (
            "fr",
            [
                "Rapport d'équipe — DEMO-TEAM",
                "Comment lire ce rapport",
                "données de santé (RGPD, article 9)",
                "Page 1 sur ",
            ],
        ),
    ],
)
def test_the_report_says_the_latest_month_and_week_in_plain_words(
    demo_folder: Path, tmp_path: Path, lang: str, expected: list[str]
):
    views = tmp_path / "views"
    target = tmp_path / f"team-{lang}.pdf"
    written = export_team_report(demo_folder, target, lang=lang, today=TODAY, views_folder=views)
    assert written == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    pages = page_count(data)
    assert pages >= 3
    assert [p.name for p in tmp_path.iterdir() if p.name != "views"] == [target.name]
    sections = bookmarks(data)
    monthly, weekly = (
        ("Vue mensuelle", "Vue hebdomadaire")
        if lang == "fr"
        else (
            "Monthly view",
            "Weekly view",
        )
    )
    assert expected[0] in sections and monthly in sections and weekly in sections
    text = pdf_text(target)
    if text is None:
        pytest.skip("neither pdftotext nor pypdf is available to read the PDF's text")
    for phrase in expected:
        assert phrase in text
    last_page = "Page {0} sur {0}" if lang == "fr" else "Page {0} of {0}"
    assert last_page.format(pages) in text
    for line in latest_lines(demo_folder, views, lang):
        assert " ".join(line.split()) in text


def test_a_group_below_the_minimum_gets_no_report(tmp_path: Path):
    folder = tmp_path / "contributions"
    write_demo_team(folder, end=TODAY)
    files = sorted(folder.glob("*.wbc"))
    week = files[-1].name[:8]
    for path in files:
        if not path.name.startswith(week):
            path.unlink()
    for path in sorted(folder.glob("*.wbc"))[4:]:
        path.unlink()
    assert len(list(folder.glob("*.wbc"))) == 4
    target = tmp_path / "team.pdf"
    with pytest.raises(InvalidValue, match=r"nothing to report yet.*at least 5 people"):
        export_team_report(folder, target, today=TODAY, views_folder=tmp_path / "views")
    assert not target.exists()
