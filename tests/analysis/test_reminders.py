from datetime import date, datetime, time, timedelta

import pytest

from wellbeing.analysis.reminders import (
    NEXT_WEEK,
    TOMORROW,
    ReminderInputs,
    check_in_due,
    contacts_coming,
    current_reminders,
    due_reminders,
    marked,
    newly_due,
    snooze_until,
)
from wellbeing.domain.coaching import AgreedAction, Goal
from wellbeing.domain.model import CheckIn, Client, ClientEvent, ClientEventKind, ClientStatus
from wellbeing.domain.reminders import (
    ReminderKind,
    ReminderPrefs,
    marks_from_json,
    marks_to_json,
    prefs_from_json,
    prefs_to_json,
)

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


# --- every reminder, decided in one place ---------------------------------------------

ALL_ON = ReminderPrefs(frozenset(ReminderKind))
EVENING = datetime(2026, 3, 10, 18, 30)


def kinds(reminders) -> list[ReminderKind]:
    return [r.kind for r in reminders]


def test_nothing_but_what_the_user_set_up_is_recalled_in_an_empty_journal():
    empty = ReminderInputs(has_data=False)
    assert due_reminders(empty, ALL_ON, EVENING) == []  # no check-in nor nudge yet
    assert kinds(due_reminders(ReminderInputs(has_data=True), ALL_ON, EVENING)) == [
        ReminderKind.CHECK_IN,
        ReminderKind.END_OF_DAY,
    ]


def test_the_end_of_day_nudge_is_off_by_default_and_comes_at_its_time():
    inputs = ReminderInputs(has_data=True, last_check_in=EVENING - timedelta(days=1))
    assert due_reminders(inputs, ReminderPrefs(), EVENING) == []  # off by default
    prefs = ReminderPrefs(frozenset({ReminderKind.END_OF_DAY}), time(18, 0))
    assert due_reminders(inputs, prefs, datetime(2026, 3, 10, 17, 59)) == []
    [nudge] = due_reminders(inputs, prefs, datetime(2026, 3, 10, 18, 0))
    assert nudge.key == "end_of_day:2026-03-10"
    assert nudge.due_at == datetime(2026, 3, 10, 18, 0)
    [tomorrow] = due_reminders(inputs, prefs, datetime(2026, 3, 11, 18, 5))
    assert tomorrow.key != nudge.key  # dismissing today's nudge is not forever


def test_a_snoozed_reminder_comes_back_after_its_snooze_not_before():
    inputs = ReminderInputs(has_data=True)
    prefs = ReminderPrefs(frozenset({ReminderKind.CHECK_IN}))
    [check_in] = current_reminders(inputs, prefs, {}, NOW)
    until = snooze_until(TOMORROW, NOW)
    assert until == datetime(2026, 3, 11, 8, 0)
    marks = marked({}, check_in.key, until, [check_in.key], NOW)
    assert current_reminders(inputs, prefs, marks, until - timedelta(minutes=1)) == []
    assert [r.key for r in current_reminders(inputs, prefs, marks, until)] == [check_in.key]
    assert snooze_until(NEXT_WEEK, NOW) == datetime(2026, 3, 17, 8, 0)


def test_a_dismissed_reminder_stays_away_and_old_marks_are_pruned():
    inputs = ReminderInputs(has_data=True)
    prefs = ReminderPrefs(frozenset({ReminderKind.CHECK_IN}))
    [check_in] = current_reminders(inputs, prefs, {}, NOW)
    stale = {"contact:gone": None, "goal:over": NOW - timedelta(hours=1)}
    marks = marked(stale, check_in.key, None, [check_in.key], NOW)
    assert marks == {check_in.key: None}
    assert current_reminders(inputs, prefs, marks, NOW + timedelta(days=3)) == []
    next_week = NOW + timedelta(days=7)  # a new week's check-in is a new reminder
    assert kinds(current_reminders(inputs, prefs, marks, next_week)) == [ReminderKind.CHECK_IN]


def test_a_reframed_client_is_followed_up_after_the_chosen_weeks():
    acme = Client("Acme", status=ClientStatus.REFRAMED)
    reframed = ClientEvent(acme.id, datetime(2026, 1, 27, 10, 0), ClientEventKind.REFRAMED)
    inputs = ReminderInputs(True, NOW, (acme,), (reframed,), follow_up_weeks=6)
    prefs = ReminderPrefs(frozenset({ReminderKind.REFRAME_FOLLOW_UP}))
    assert due_reminders(inputs, prefs, datetime(2026, 3, 9, 9, 0)) == []
    [follow_up] = due_reminders(inputs, prefs, datetime(2026, 3, 10, 9, 0))
    assert (follow_up.subject, follow_up.target, follow_up.weeks) == ("Acme", acme.id, 6)
    dethroned = ClientEvent(acme.id, datetime(2026, 3, 1), ClientEventKind.DETHRONED)
    again = ReminderInputs(True, NOW, (acme,), (reframed, dethroned), follow_up_weeks=6)
    assert due_reminders(again, prefs, NOW) == []


def test_goals_and_contacts_come_first_and_each_kind_can_be_turned_off():
    acme = Client("Acme")
    call = plan(acme, EVENING + timedelta(hours=2))
    goal = Goal(AgreedAction("Say no after 18:00", date(2026, 3, 9)), NOW - timedelta(days=9))
    inputs = ReminderInputs(True, None, (acme,), (call,), (goal,))
    found = due_reminders(inputs, ALL_ON, EVENING)
    assert kinds(found) == [
        ReminderKind.CONTACT,
        ReminderKind.GOAL,
        ReminderKind.CHECK_IN,
        ReminderKind.END_OF_DAY,
    ]
    assert found[1].subject == "Say no after 18:00"
    assert due_reminders(inputs, ReminderPrefs(frozenset()), EVENING) == []


def test_only_what_was_not_shown_a_moment_ago_is_new():
    inputs = ReminderInputs(has_data=True)
    shown = due_reminders(inputs, ALL_ON, EVENING)
    assert newly_due([], shown) == shown
    assert newly_due([r.key for r in shown], shown) == []


def test_preferences_and_marks_round_trip_and_are_checked():
    prefs = ReminderPrefs(frozenset({ReminderKind.GOAL}), time(17, 30))
    assert prefs_from_json(prefs_to_json(prefs)) == prefs
    assert prefs_from_json({}) == ReminderPrefs()
    assert prefs_from_json({"kinds": {"later": True}}) == ReminderPrefs()  # lenient
    for bad in ({"kinds": {"later": True}}, {"end_of_day": "25:00"}, {"colour": 1}):
        with pytest.raises(ValueError):
            prefs_from_json(bad, strict=True)
    marks = {"goal:g1": None, "check_in:2026-W11": datetime(2026, 3, 11, 8, 0)}
    assert marks_from_json(marks_to_json(marks)) == marks
    for bad_mark in ({"k": 1}, {"k": "2026-03-11T08:00+01:00"}, {"": "dismissed"}, []):
        with pytest.raises(ValueError):
            marks_from_json(bad_mark)


def test_no_check_in_is_due_on_an_empty_journal_but_is_once_something_is_logged():
    from wellbeing.analysis.reminders import check_in_due

    now = datetime(2026, 12, 5, 18)
    assert not check_in_due([], now, encounters=0)
    assert check_in_due([], now, encounters=1)
