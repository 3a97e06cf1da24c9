"""The analysis measured on seeded stories (issue 13): print the figures as a Markdown table.

    .venv/bin/python -m tests.benchmarks.analysis_figures [--seeds N]

Each figure is computed by a function below over `seeds` journals of a story
(wellbeing.samples.simulation and wellbeing.samples.stories); tests/samples runs the same
functions on fewer seeds and asserts the targets.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from wellbeing.analysis.advice import advise_clients
from wellbeing.analysis.cycle import WINDOW_WEEKS, confidence_cycle
from wellbeing.analysis.evidence import MIN_SIDE
from wellbeing.analysis.facts import Facts
from wellbeing.analysis.mirror import mirror
from wellbeing.analysis.red_flags import flagged_days
from wellbeing.samples.simulation import simulate_journal
from wellbeing.samples.stories import Story, tell

START = date(2023, 1, 2)
YEAR = 364
INSIGHT_WEEKS = 12


def _drift_delay(story: str, seed: int) -> float:
    """Days from the start of a drift to its first red flag (inf: never within 8 weeks)."""
    journal = simulate_journal(story, START, 150, seed)
    assert journal.drift_start is not None
    facts = Facts.from_encounters(journal.encounters)
    flags = flagged_days(
        facts, journal.check_ins, journal.drift_start, journal.drift_start + timedelta(days=56)
    )
    found = np.flatnonzero(flags)
    return float(found[0]) if len(found) else float("inf")


def _false_alarm_days(story: str, seed: int) -> int:
    """Red-flag days over a year that tells no slide."""
    journal = simulate_journal(story, START, YEAR, seed)
    facts = Facts.from_encounters(journal.encounters)
    return int(
        flagged_days(facts, journal.check_ins, START, START + timedelta(days=YEAR - 1)).sum()
    )


def steady_cycle_claims(story: str, seed: int) -> tuple[int, int]:
    """(Weekly readings saying the cycle is slipping or turning, readings) over a year
    that tells no slide: every claim there is a false one."""
    journal = simulate_journal(story, START, YEAR, seed)
    facts = Facts.from_encounters(journal.encounters)
    readings = range(8, 52)
    claims = sum(
        confidence_cycle(facts, START + timedelta(weeks=w, days=6), INSIGHT_WEEKS).status
        in ("slipping", "turning")
        for w in readings
    )
    return claims, len(readings)


@dataclass(frozen=True)
class CycleRun:
    first_turning: date | None
    """First day (read each day from the slide on) the cycle said turning."""
    named: str | None
    """The stage the first turning named as where the loop started."""
    before_slide: int
    """Weekly readings before the slide that said turning."""
    slipping_before: int
    """Weekly readings before the slide that said slipping."""
    first_claim: date | None
    """First day (read each day from the slide on) the cycle said slipping or turning."""
    thin: int
    """Readings saying turning while a stage of the loop rests on a thin window."""
    holiday: int
    """Readings during or just after the holiday that said turning."""
    all_worsened: date
    slide: date


def _thin(facts: Facts, today: date, loop: Iterable[str]) -> bool:
    """True if a stage of the loop has fewer than MIN_SIDE encounters in its latest window."""
    monday = today - timedelta(days=today.weekday())
    first = monday - timedelta(weeks=WINDOW_WEEKS - 1)
    recent = facts.between(first, today)
    difficult = int(recent.difficult.sum())
    rated = int(np.sum(~np.isnan(recent.confidence)))
    return any((rated if stage == "confidence" else difficult) < MIN_SIDE for stage in loop)


def cycle_run(seed: int) -> CycleRun:
    story = tell("cycle", seed)
    facts = Facts.from_encounters(story.encounters)
    slide, holiday = story.marks["slide"], story.marks["holiday"]
    before = slipping = thin = during = 0
    for week in range(8, (slide - START).days // 7):
        today = START + timedelta(weeks=week, days=6)
        status = confidence_cycle(facts, today, INSIGHT_WEEKS).status
        before += status == "turning"
        slipping += status == "slipping"
    first: date | None = None
    claim: date | None = None
    named = None
    for offset in range(0, 16 * 7):
        today = slide + timedelta(days=offset)
        result = confidence_cycle(facts, today, INSIGHT_WEEKS)
        if claim is None and result.status in ("slipping", "turning"):
            claim = today
        if result.status == "turning":
            thin += _thin(facts, today, result.loop)
            if first is None:
                first, named = today, result.loop[0]
    for offset in range(0, 6 * 7, 2):
        today = holiday + timedelta(days=offset)
        result = confidence_cycle(facts, today, INSIGHT_WEEKS)
        if result.status == "turning":
            during += 1
            thin += _thin(facts, today, result.loop)
    return CycleRun(
        first, named, before, slipping, claim, thin, during, story.marks["all_worsened"], slide
    )


def _levels(story: Story, days: Iterable[date]) -> list[str | None]:
    facts = Facts.from_encounters(story.encounters)
    assert story.featured is not None
    found = []
    for today in days:
        advice = advise_clients([story.featured], facts, story.events, today)
        found.append(advice[0].level if advice else None)
    return found


def weekly_levels(name: str, seed: int) -> list[str | None]:
    """The featured client's advice each Sunday from week 12 to the end of the year."""
    story = tell(name, seed)
    return _levels(story, (START + timedelta(weeks=w, days=6) for w in range(12, 52)))


def days_to(name: str, seed: int, mark: str, levels: set[str], within: int = 42) -> float:
    """Days from the story's `mark` to the first advice in `levels` (inf: not within)."""
    story = tell(name, seed)
    day = story.marks[mark]
    found = _levels(story, (day + timedelta(days=n) for n in range(within)))
    hits = [n for n, level in enumerate(found) if level in levels]
    return float(hits[0]) if hits else float("inf")


def reframed_outcome(seed: int) -> str | None:
    """The reframed client's advice a week after the follow-up is due."""
    story = tell("reframed", seed)
    return _levels(story, [story.marks["reframed"] + timedelta(weeks=7)])[0]


def mirror_rising(seed: int) -> tuple[bool, int]:
    """(Rising 8 weeks after our failures began; false trend claims on the weeks before.)"""
    story = tell("service_failures", seed)
    facts = Facts.from_encounters(story.encounters)
    failures = story.marks["failures"]

    def trend(today: date) -> str:
        return mirror(
            facts, today - timedelta(weeks=INSIGHT_WEEKS) + timedelta(days=1), today
        ).trend

    weeks_before = range(13, (failures - START).days // 7)
    false = sum(
        trend(START + timedelta(weeks=w, days=6)) in ("rising", "falling") for w in weeks_before
    )
    return trend(failures + timedelta(weeks=8)) == "rising", false


def weekly_logger_claims(seed: int) -> tuple[int, int]:
    """(Trend claims: cycle status or stage, mirror rising or falling, advice getting worse;
    mirror "steady" claims) over a year of Sundays for someone who logs once a week."""
    journal = simulate_journal("weekly_logger", START, YEAR, seed)
    facts = Facts.from_encounters(journal.encounters)
    claims = steady = 0
    for week in range(4, 52):
        today = START + timedelta(weeks=week, days=6)
        cycle = confidence_cycle(facts, today, INSIGHT_WEEKS)
        claims += cycle.status != "not_enough_data"
        first = today - timedelta(weeks=INSIGHT_WEEKS) + timedelta(days=1)
        trend = mirror(facts, first, today).trend
        claims += trend in ("rising", "falling")
        steady += trend == "steady"
        for advice in advise_clients(journal.clients, facts, [], today):
            claims += any(r.code.startswith("advice.worse") for r in advice.reasons)
    return claims, steady


# --- the table ---------------------------------------------------------------------------


def _share(values: Iterable[bool]) -> str:
    values = list(values)
    return f"{sum(values)}/{len(values)}"


def _median(values: list[float]) -> str:
    finite = [v for v in values if v != float("inf")]
    missed = len(values) - len(finite)
    text = f"{statistics.median(values):.0f}" if finite else "—"
    return text + (f" ({missed} never)" if missed else "")


def figures(seeds: int) -> list[tuple[str, str, str]]:
    """(figure, target, measured) rows."""
    rows: list[tuple[str, str, str]] = []
    seed_range = range(seeds)
    for story in ("drift", "drift_no_check_ins"):
        delays = [_drift_delay(story, s) for s in seed_range]
        rows.append((f"{story}: days to first red flag, median", "≤ 21", _median(delays)))
        rows.append((f"{story}: flagged within 21 days", "most", _share(d <= 21 for d in delays)))
    for story in ("stable", "hard_stable"):
        days = [_false_alarm_days(story, s) for s in seed_range]
        rows.append((f"{story}: false-alarm days over a year, total", "0", str(sum(days))))
    for story in ("stable", "hard_stable"):
        found = [steady_cycle_claims(story, s) for s in seed_range]
        claims, readings = sum(c for c, _ in found), sum(n for _, n in found)
        rows.append(
            (
                f"{story}: weeks with the cycle slipping or turning (weekly readings)",
                "≤ 5 %",
                f"{claims}/{readings} ({100 * claims / readings:.1f} %)",
            )
        )
    runs = [cycle_run(s) for s in seed_range]
    delays = [
        (r.first_turning - r.all_worsened).days if r.first_turning else float("inf") for r in runs
    ]
    rows.append(
        (
            "cycle: turning within 28 days of all four stages worsened",
            "all",
            _share(d <= 28 for d in delays),
        )
    )
    rows.append(("cycle: days from all four worsened to turning, median", "≤ 28", _median(delays)))
    from_slide = [
        (r.first_turning - r.slide).days if r.first_turning else float("inf") for r in runs
    ]
    rows.append(("cycle: days from the slide to turning, median", "—", _median(from_slide)))
    claimed = [(r.first_claim - r.slide).days if r.first_claim else float("inf") for r in runs]
    rows.append(
        ("cycle: days from the slide to slipping or turning, median", "—", _median(claimed))
    )
    rows.append(
        (
            "cycle: turning before the slide (weekly readings)",
            "0",
            str(sum(r.before_slide for r in runs)),
        )
    )
    rows.append(
        (
            "cycle: slipping before the slide (weekly readings)",
            "—",
            str(sum(r.slipping_before for r in runs)),
        )
    )
    rows.append(("cycle: turning on a thin window (readings)", "0", str(sum(r.thin for r in runs))))
    rows.append(
        (
            "cycle: turning after recovery, around the holiday (readings)",
            "0",
            str(sum(r.holiday for r in runs)),
        )
    )
    rows.append(
        (
            "cycle: loop named as starting with assertiveness",
            "all",
            _share(r.named == "assertiveness" for r in runs if r.first_turning),
        )
    )
    pleasant = [level for s in seed_range for level in weekly_levels("pleasant", s)]
    rows.append(
        (
            "pleasant client: weeks at keep",
            "≥ 95 %",
            f"{100 * np.mean([lvl == 'keep' for lvl in pleasant]):.1f} %",
        )
    )
    key = [level for s in seed_range for level in weekly_levels("key_account", s)]
    rows.append(
        (
            "polite key account: weeks at reframe or dethrone",
            "0",
            str(sum(lvl in ("reframe", "dethrone") for lvl in key)),
        )
    )
    rows.append(
        (
            "polite key account: weeks at keep / watch",
            "—",
            f"{sum(lvl == 'keep' for lvl in key)} / {sum(lvl == 'watch' for lvl in key)}",
        )
    )
    reframe = [days_to("toxic", s, "crossing", {"reframe", "dethrone"}) for s in seed_range]
    rows.append(
        (
            "toxic client: reframe within 14 days of crossing limits",
            "all",
            _share(d <= 14 for d in reframe),
        )
    )
    dethrone = [days_to("toxic", s, "insults", {"dethrone"}) for s in seed_range]
    rows.append(
        (
            "toxic client: dethrone within 21 days of insults",
            "all",
            _share(d <= 21 for d in dethrone),
        )
    )
    outcomes = [reframed_outcome(s) for s in seed_range]
    rows.append(
        (
            "reframed client who improves: keep or watch after the follow-up",
            "all",
            _share(o in ("keep", "watch") for o in outcomes),
        )
    )
    mirrors = [mirror_rising(s) for s in seed_range]
    rows.append(
        ("our service failures: mirror rising 8 weeks on", "most", _share(m[0] for m in mirrors))
    )
    rows.append(
        (
            "steady weeks before them: mirror trend claimed (readings)",
            "—",
            str(sum(m[1] for m in mirrors)),
        )
    )
    logger = [weekly_logger_claims(s) for s in seed_range]
    rows.append(
        ("once-a-week logger: trend claims (weekly readings)", "0", str(sum(c for c, _ in logger)))
    )
    rows.append(
        (
            "once-a-week logger: mirror said steady (weekly readings)",
            "0",
            str(sum(s for _, s in logger)),
        )
    )
    return rows


def table(rows: list[tuple[str, str, str]], seeds: int) -> str:
    lines = [f"| figure ({seeds} seeds each) | target | measured |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=40)
    seeds = parser.parse_args(argv).seeds
    print(table(figures(seeds), seeds))


if __name__ == "__main__":
    main()
