"""No view of the team ever singles anyone out, whatever the folder does between views.

Files appear (late contributions) and disappear (deleted, replaced) between two openings
of the team view. Over any such history: every set of contributions a view uses holds at
least the minimum group, and any two views (weeks or months) are equal or differ by at
least the minimum, so that subtracting one from another reveals no one.
"""

from __future__ import annotations

import hashlib
import itertools
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing.analysis.team import disclose
from wellbeing.domain.contribution import QUESTIONS, Answers, IsoWeek
from wellbeing.services.team import TeamView, team_view
from wellbeing.sharing.contribution import Contribution, write_contribution

TEAM = "TEAM-A"
WEEKS = (IsoWeek(2026, 10), IsoWeek(2026, 11), IsoWeek(2026, 12))
"""Three weeks of March 2026, so that months pool several weeks."""
TODAY = date(2026, 4, 1)

View = frozenset[tuple[str, str]]
"""What a view is made of: (week, token) pairs, tokens being unlinkable across weeks."""


def folder_states(people: int, weeks: int) -> st.SearchStrategy[list[list[frozenset[int]]]]:
    """Successive folder states: for each view, who (by number) has a file for each week."""
    week = st.frozensets(st.integers(0, people - 1))
    return st.lists(st.lists(week, min_size=weeks, max_size=weeks), min_size=1, max_size=6)


def assert_no_view_singles_anyone_out(views: Iterable[View], minimum: int) -> None:
    distinct = set(views)
    for view in distinct:
        assert len(view) >= minimum, sorted(view)
    for one, other in itertools.combinations(distinct, 2):
        assert len(one ^ other) >= minimum, (sorted(one), sorted(other))


@settings(max_examples=300, deadline=None)
@given(minimum=st.integers(5, 8), states=folder_states(people=16, weeks=1))
def test_disclose_never_shows_a_small_set_or_a_small_difference(
    minimum: int, states: list[list[frozenset[int]]]
):
    """The rule alone, over many histories: each view remembers what was shown before."""
    shown_before: list[frozenset[str]] = []
    for [present] in states:
        tokens = frozenset(str(person) for person in present)
        first = not shown_before
        disclosure = disclose(tokens, shown_before, minimum)
        if disclosure.shown is None:
            assert disclosure.withheld is not None
            continue
        assert disclosure.shown <= tokens  # never a file that is not there
        assert disclosure.held_back == len(tokens - disclosure.shown)
        if first:
            assert disclosure.shown == tokens  # the first view of a big enough week is whole
        if disclosure.shown not in shown_before:
            shown_before.append(disclosure.shown)
    assert_no_view_singles_anyone_out(
        [frozenset(("w", t) for t in shown) for shown in shown_before], minimum
    )


# --- the service, on real files ----------------------------------------------------------


def token(week: IsoWeek, person: int) -> str:
    return hashlib.sha256(f"{week}|{person}".encode()).hexdigest()[:32]


def answers(person: int) -> Answers:
    return Answers(
        {q.key: q.keys[person % len(q.keys)] for q in QUESTIONS},
        frozenset({"reach"} if person % 2 else ()),
    )


def sync_folder(folder: Path, state: list[frozenset[int]], people: int) -> None:
    """Make the folder hold exactly the files of `state`: late ones arrive, others go."""
    for week, present in zip(WEEKS, state, strict=True):
        for person in range(people):
            contribution = Contribution(TEAM, week, token(week, person), answers(person))
            path = folder / contribution.file_name
            if person in present and not path.exists():
                write_contribution(folder, contribution)
            elif person not in present and path.exists():
                path.unlink()


def views_of(view: TeamView) -> list[View]:
    """Every week and month the view shows, as the (week, token) pairs it pools."""
    weeks: dict[str, View] = {}
    for week in view.weeks:
        if week.figures is None:
            assert week.disclosure.shown is None
            continue
        assert week.disclosure.shown is not None
        assert week.figures.files == len(week.disclosure.shown) >= view.minimum
        weeks[str(week.week)] = frozenset((str(week.week), t) for t in week.disclosure.shown)
    months: list[View] = []
    for month in view.months:
        pooled = [
            weeks[str(w.week)]
            for w in view.weeks
            if f"{w.week.month[0]}-{w.week.month[1]:02d}" == month.key and str(w.week) in weeks
        ]
        assert month.weeks_shown == len(pooled)
        if month.figures is None:
            assert not pooled
            continue
        union = frozenset().union(*pooled)
        assert month.figures.files == len(union)  # exactly the shown weeks, nothing else
        months.append(union)
    return [*weeks.values(), *months]


@settings(max_examples=25, deadline=None)
@given(minimum=st.integers(5, 7), states=folder_states(people=11, weeks=len(WEEKS)))
def test_the_team_view_never_shows_a_small_group_or_a_small_difference_over_reopenings(
    minimum: int, states: list[list[frozenset[int]]]
):
    """`team_view` reopened on a folder whose files come and go, its record of views kept
    in the views folder as on a lead's computer: weeks and months alike stay safe."""
    with tempfile.TemporaryDirectory() as place:
        folder, views_folder = Path(place) / "team", Path(place) / "views"
        folder.mkdir()
        seen: list[View] = []
        for state in states:
            sync_folder(folder, state, people=11)
            view = team_view(folder, TEAM, minimum=minimum, today=TODAY, views_folder=views_folder)
            assert not view.rejected
            seen.extend(views_of(view))
        assert_no_view_singles_anyone_out(seen, minimum)


def test_a_fifth_person_arriving_late_is_held_back_until_the_difference_is_big_enough(
    tmp_path: Path,
):
    """The concrete case the rule exists for: 5 shown, then a 6th file arrives. Showing 6
    would let the lead subtract the first view and read the newcomer's answers."""
    folder, views_folder = tmp_path / "team", tmp_path / "views"
    folder.mkdir()

    def view_of(present: frozenset[int]) -> TeamView:
        sync_folder(folder, [present, frozenset(), frozenset()], people=11)
        return team_view(folder, TEAM, today=TODAY, views_folder=views_folder)

    first = view_of(frozenset(range(5)))
    later = view_of(frozenset(range(6)))
    enough = view_of(frozenset(range(10)))

    assert first.weeks[0].figures is not None and first.weeks[0].figures.files == 5
    assert later.weeks[0].disclosure.shown == first.weeks[0].disclosure.shown
    assert later.weeks[0].disclosure.held_back == 1
    assert enough.weeks[0].figures is not None and enough.weeks[0].figures.files == 10
    # A fresh record (another lead, or the record deleted) starts again from the files.
    fresh = team_view(folder, TEAM, today=TODAY, views_folder=tmp_path / "other-views")
    assert fresh.weeks[0].figures is not None and fresh.weeks[0].figures.files == 10
