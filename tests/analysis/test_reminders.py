from datetime import datetime, timedelta

from wellbeing.analysis.reminders import check_in_due, contacts_coming
from wellbeing.domain.model import CheckIn, Client, ClientEvent, ClientEventKind, ClientStatus

NOW = datetime(2026, 3, 10, 9, 0)


def check_in(days_ago: int) -> CheckIn:
    return CheckIn(NOW - timedelta(days=days_ago), (1,) * 6, (3,) * 5)


def test_a_check_in_is_due_a_week_after_the_last_one_or_at_once():
    assert check_in_due([], NOW)
    assert not check_in_due([check_in(8), check_in(6)], NOW)
    assert check_in_due([check_in(14), check_in(7)], NOW)


def plan(client: Client, at: datetime) -> ClientEvent:
    return ClientEvent(client.id, at, ClientEventKind.CONTACT_PLANNED)


def test_contacts_today_or_tomorrow_are_announced_soonest_first():
    acme, zen = Client("Acme"), Client("Zen")
    gone = Client("Gone", status=ClientStatus.DETHRONED)
    events = [
        plan(acme, NOW + timedelta(hours=20)),
        plan(zen, datetime(2026, 3, 11, 23, 0)),  # tomorrow evening: announced already
        plan(zen, NOW + timedelta(hours=2)),
        plan(acme, NOW + timedelta(days=2)),  # the day after tomorrow: not yet
        plan(zen, NOW - timedelta(hours=3)),  # long past
        plan(gone, NOW + timedelta(hours=1)),  # dethroned: no reminder
        ClientEvent(acme.id, NOW + timedelta(hours=1), ClientEventKind.MESSAGE, "hello"),
    ]
    coming = contacts_coming([acme, zen, gone], events, NOW)
    assert [(r.client.name, r.at) for r in coming] == [
        ("Zen", NOW + timedelta(hours=2)),
        ("Acme", NOW + timedelta(hours=20)),
        ("Zen", datetime(2026, 3, 11, 23, 0)),
    ]
