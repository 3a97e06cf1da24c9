"""`wellbeing insights` prints the figures the window shows, in words or as JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.services.demo import write_demo_journal
from wellbeing.store import create_journal

END = date(2026, 6, 30)


@pytest.fixture
def demo_journal(journal_path):
    db, _ = create_journal(journal_path, PASSPHRASE)
    write_demo_journal(db, end=END)
    db.close()
    return journal_path


def run(capsys, *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_json_carries_each_clients_advice_with_reasons_and_the_indicators(demo_journal, capsys):
    out = run(capsys, "insights", "--journal", str(demo_journal), "--json", "--date", "2026-06-30")
    document = json.loads(out)
    assert document["date"] == "2026-06-30"
    assert 0 <= document["exhaustion"]["index"] <= 100
    assert document["exhaustion"]["band"] in ("green", "amber", "red")
    assert document["cycle"]["status"] in ("quiet", "slipping", "turning", "not_enough_data")
    assert 0 <= document["mirror"]["share"] <= 100
    clients = {c["client"]: c for c in document["clients"]}
    assert "Sable Print Works" not in clients  # dethroned: out of active advice
    brightwell = clients["Brightwell Lettings"]
    assert brightwell["advice"] in ("reframe", "dethrone")
    assert brightwell["follow_up"]["reframed_on"]
    assert all(r["text"] and r["code"] for r in brightwell["reasons"])
    assert any(r["encounters"] for r in brightwell["reasons"])
    assert clients["Oakridge Dental Practice"]["advice"] == "keep"


def test_words_in_french(demo_journal, capsys):
    out = run(capsys, "insights", "--journal", str(demo_journal), "--lang", "fr")
    assert "Indice d'épuisement" in out
    assert "Conseils par client" in out


def test_an_empty_journal_says_there_is_not_enough_yet(journal_path, capsys):
    create_journal(journal_path, PASSPHRASE)[0].close()
    out = run(capsys, "insights", "--journal", str(journal_path), "--lang", "en")
    assert "Exhaustion index: not enough entries yet" in out


def test_an_unreadable_advice_event_does_not_stop_the_advice_history(db):
    """An import may carry any text in an event's detail: it is read as no level."""
    from datetime import datetime

    from wellbeing.domain.model import ClientEvent, ClientEventKind
    from wellbeing.services import advice as history
    from wellbeing.services import insights
    from wellbeing.store import journal

    write_demo_journal(db, end=END)
    client = journal.list_clients(db)[0]
    journal.save_client_event(
        db, ClientEvent(client.id, datetime(2026, 6, 30, 19, 0), ClientEventKind.ADVICE, "")
    )
    advice = insights.client_advice(insights.load(db), END)
    assert history.record_advice_changes(db, advice, datetime(2026, 6, 30, 20, 0)) >= 1
