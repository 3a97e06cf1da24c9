"""Client advice: keep, watch, reframe or dethrone, always with the numbers behind it.

Over 500 lines on purpose: the ladder's rules, thresholds, follow-up and reasons are one
model that a coach reads top to bottom.

Seed 003's frame: when a client keeps crossing limits, first reframe the relationship
(state the limits, in writing); if that fails, ending it is legitimate. Seed 004's frame:
define limits, say them, hold them. The ladder below turns that into rules a user can
check against their own journal.

The ladder, over a rolling window (12 weeks by default, see `Thresholds`):

- No advice (level None) on too little data: fewer than 5 encounters, or encounters in
  fewer than 3 different weeks. Dethroned clients get no advice at all.
- **watch** when the relationship weighs: half or more of the encounters difficult, a
  mean impact of 5/10 or more, one encounter at 9/10 or more, any disrespect, limits
  crossed twice in difficult encounters, things getting worse, or an emotional cost well
  above the revenue. Limits crossed in contacts the user logged as positive (a pleasant
  client's rare evening e-mail) are listed but are no concern on their own: a pleasant
  client was put on watch for twelve weeks after two of them.
- **reframe** on harm that stating limits can fix: disrespect in 2 encounters, any
  threat, limits (hours, days off, channels, scope, terms) crossed in 4 encounters and in
  at least 15 % of them, crossed limits (twice) together with disrespect (a client who
  both disrespects you and ignores your limits is what reframing is for: each alone is a
  sign to watch, together they should not wait for a 12-week share to build up), a mean
  impact of 7/10 or more. Escalation and a cost well above the revenue aggravate: alone
  they call for watching; with disrespect or crossed limits they call for reframing.
- **dethrone** only after a reframing that did not work (see the follow-up below), or at
  at once for threats or insults in 3 encounters: no reframing is owed after that.
- **keep** otherwise.

Demanding is not toxic. Demands (unreasonable, impatient, special treatment, out of
scope, invasive) only count through how difficult and heavy the encounters were, so a
demanding but respectful client stays at keep or watch unless the impact is high (7/10).
Two demands are also boundary crossings, and we decided how far they go: repeated
out-of-scope requests cross the scope the user set, so four of them call for reframing
(stating the scope in writing is exactly what reframing is); impatience ("pressed to
answer faster than promised") is reported but never counts as a crossed limit.

Escalation compares the recent half of the window with the earlier half: the difficult
share up 20 points, the mean impact of the difficult encounters up 1.5, or boundary
violations per encounter up 0.5. Each comparison follows the shared minimum-data rule
(wellbeing.analysis.evidence): six encounters on each side (six difficult ones for the
impact: a half without a difficult encounter has no mean impact, it is not a 0), and a
change beyond chance (twice its standard error), so that a pleasant client's one mild
complaint after quiet weeks, or a random swing between the halves of a busy client, is
not "getting worse". Each reason says how many encounters it rests on.

Aggravating signs (escalation, a cost above the revenue) call for reframing only along
with disrespect or with crossings that form a pattern for this client's volume (at least
`reframe_crossing_share` of its encounters): a busy key account carries most of the load
because it brings most of the work, and two crossings in sixty contacts are not a pattern.

Emotional cost: the client's share of the user's load (impact weighted by how long it
lingered, see Facts.load) against the client's share of revenue; a cost 20 points above
the revenue counts. A client bringing 30 % of the revenue or more gets a dependency
warning: saying no feels risky, and it deserves a plan, whatever the level.

Reframe follow-up: N weeks (6 by default, the REFRAME_FOLLOW_UP_WEEKS setting) after the
latest REFRAMED event, the N weeks before are compared with the N weeks after on the
difficult share, the mean impact, violations and disrespect per encounter, and difficult
encounters per week (shares alone miss a client who calls far less often). It worked
when nothing got worse by the margins above and something got better by them (or the
weeks after were calm anyway). While the weeks after still lie in the window, the ladder
reads only the encounters since the reframing: it worked → keep (watch at most); it did
not → dethrone. Before it is due, the level is at least watch and says when it is due.
A later REACTIVATED or DETHRONED event closes that chapter: no follow-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any

import numpy as np

from wellbeing.analysis import evidence, reasons
from wellbeing.analysis.facts import Facts, day_number
from wellbeing.analysis.reasons import Reason
from wellbeing.analysis.violations import DISRESPECT
from wellbeing.domain.indicators import AdviceLevel
from wellbeing.domain.model import Client, ClientEvent, ClientEventKind, ClientStatus
from wellbeing.domain.vocabulary import VIOLATIONS

ADVICE_LEVELS: tuple[AdviceLevel, ...] = tuple(AdviceLevel)
KEEP, WATCH, REFRAME, DETHRONE = range(4)
"""Rungs of the ladder, as indexes into ADVICE_LEVELS."""

VERDICTS = ("worked", "did_not_work", "pending")

DEMANDS = frozenset(
    {"unreasonable_demand", "impatient", "special_treatment", "out_of_scope", "invasive"}
)
"""Behaviours that make a client demanding, not disrespectful."""

SEVERE = frozenset({"threatening", "insulting"})
"""Behaviours that, repeated, justify ending the relationship without a reframing first."""

LIMIT_KINDS = ("out_of_hours", "day_off", "channel", "channel_hours", "scope", "terms")
"""Violations of limits the user set and can state in writing; respect is counted as
disrespect, and response time mirrors impatience (a demand)."""


def _setting(default: float, low: float, high: float) -> Any:
    return field(default=default, metadata={"low": low, "high": high})


@dataclass(frozen=True)
class Thresholds:
    """Where each rung of the ladder starts. Shares are percentages (0–100), like
    Client.revenue_share; impacts are on the 0–10 scale."""

    window_weeks: int = _setting(12, 4, 104)
    """The rolling window the advice reads, ending today."""
    min_encounters: int = _setting(5, 1, 1000)
    """Fewer encounters than this in the window: no advice."""
    min_weeks: int = _setting(3, 1, 104)
    """Encounters in fewer different weeks than this: no advice."""
    watch_difficult_share: float = _setting(50.0, 0.0, 100.0)
    watch_mean_impact: float = _setting(5.0, 0.0, 10.0)
    """Mean impact of the difficult encounters."""
    reframe_mean_impact: float = _setting(7.0, 0.0, 10.0)
    watch_peak_impact: int = _setting(9, 0, 10)
    watch_disrespect: int = _setting(1, 1, 1000)
    """Encounters with disrespect (violations.DISRESPECT)."""
    reframe_disrespect: int = _setting(2, 1, 1000)
    reframe_threats: int = _setting(1, 1, 1000)
    dethrone_severe: int = _setting(3, 1, 1000)
    """Encounters with threats or insults that justify ending without a reframing."""
    watch_crossings: int = _setting(2, 1, 1000)
    """Encounters crossing a limit (LIMIT_KINDS)."""
    reframe_crossings: int = _setting(4, 1, 1000)
    reframe_crossing_share: float = _setting(15.0, 0.0, 100.0)
    """…and at least this share of the encounters (percent): four crossings in fifty
    contacts with a busy key account are a pattern to watch, not yet one to reframe."""
    share_margin: float = _setting(20.0, 0.0, 100.0)
    """Change of the difficult share (points) that counts as worse or better."""
    impact_margin: float = _setting(1.5, 0.0, 10.0)
    """Change of the mean impact that counts as worse or better."""
    violation_margin: float = _setting(0.5, 0.0, 10.0)
    """Change of boundary violations per encounter that counts as worse or better."""
    disrespect_margin: float = _setting(0.2, 0.0, 1.0)
    """Change of the disrespectful share of encounters (0–1) that counts (follow-up)."""
    frequency_margin: float = _setting(0.5, 0.0, 50.0)
    """Change of difficult encounters per week that counts (follow-up): five difficult
    encounters a week, then one, is a reframing that worked even if each weighs the same."""
    min_half_encounters: int = _setting(evidence.MIN_SIDE, 1, 1000)
    """Encounters each half of the window needs before escalation is judged; never fewer
    than the shared minimum (evidence.MIN_SIDE), a higher value asks for more."""
    cost_excess: float = _setting(20.0, 0.0, 100.0)
    """Points by which the share of emotional load may exceed the share of revenue."""
    dependency_share: float = _setting(30.0, 0.0, 100.0)
    """Share of revenue from which saying no to this client feels risky."""

    def __post_init__(self) -> None:
        for spec in fields(self):
            _check_range(spec.name, getattr(self, spec.name), spec.metadata, spec.type)
        for low, high in (
            ("watch_mean_impact", "reframe_mean_impact"),
            ("watch_disrespect", "reframe_disrespect"),
            ("watch_crossings", "reframe_crossings"),
            ("min_weeks", "window_weeks"),
        ):
            if getattr(self, high) < getattr(self, low):
                raise ValueError(
                    f"The advice setting {high} ({getattr(self, high)}) "
                    f"cannot be below {low} ({getattr(self, low)})."
                )

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, object]) -> Thresholds:
        """Defaults with the known keys of `overrides` replaced (settings files may carry
        keys of other versions, so unknown keys are ignored); bad values raise ValueError."""
        known = {spec.name: spec.type for spec in fields(cls)}
        values: dict[str, Any] = {  # int or float, as the field's type says
            name: _coerce(name, value, known[name])
            for name, value in overrides.items()
            if name in known
        }
        return cls(**values)


def _coerce(name: str, value: object, kind: object) -> float:
    """The value as the number the field holds; settings files give ints as floats."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"The advice setting {name} must be a number, not {value!r}.")
    if kind in (int, "int"):
        if value != int(value):
            raise ValueError(f"The advice setting {name} must be a whole number, not {value}.")
        return int(value)
    return float(value)


def _check_range(name: str, value: object, limits: Mapping[str, float], kind: object) -> None:
    number = _coerce(name, value, kind)
    if not limits["low"] <= number <= limits["high"]:
        raise ValueError(
            f"The advice setting {name} must be between {limits['low']} and "
            f"{limits['high']}, not {value}."
        )


@dataclass(frozen=True)
class AdviceFigures:
    """What the advice read in its window. Shares are percentages (0–100)."""

    since: date
    """First day read (the window start, or the reframing day during a follow-up)."""
    encounters: int
    weeks: int
    """Different weeks (counted back from today) with at least one encounter."""
    difficult: int
    difficult_share: float
    mean_impact: float
    """Mean impact of the difficult encounters (0 when there are none)."""
    peak_impact: int
    disrespect: int
    """Encounters with a behaviour in violations.DISRESPECT."""
    threats: int
    violations: Mapping[str, int]
    """Boundary violations by kind (vocabulary order), kinds that occurred only."""
    crossings: int
    """Encounters crossing at least one limit of LIMIT_KINDS."""
    escalating: bool
    load: float
    cost_share: float | None
    """This client's share of the user's emotional load over the same days."""
    revenue_share: float | None
    dependency: bool


@dataclass(frozen=True)
class PeriodFigures:
    """One side of a reframing follow-up. The difficult share is a percentage."""

    encounters: int
    difficult_share: float
    mean_impact: float
    violations_per_encounter: float
    disrespect_per_encounter: float
    difficult_per_week: float


@dataclass(frozen=True)
class FollowUp:
    reframed_on: date
    due_on: date
    verdict: str
    """'worked', 'did_not_work' or 'pending' (see VERDICTS)."""
    before: PeriodFigures
    after: PeriodFigures
    """The weeks after the reframing, so far while pending."""
    encounter_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClientAdvice:
    client_id: str
    level: AdviceLevel | None
    """None when there is not enough data, or for a dethroned client."""
    figures: AdviceFigures
    reasons: tuple[Reason, ...]
    follow_up: FollowUp | None = None


def _plural(code: str, count: int) -> str:
    return f"{code}.one" if count == 1 else code


_COMPARED = (
    "difficult encounters {share_before}% → {share_after}%, mean impact {impact_before} → "
    "{impact_after}, boundary violations per encounter {violations_before} → "
    "{violations_after}, disrespect per encounter {disrespect_before} → {disrespect_after}, "
    "difficult encounters per week {weekly_before} → {weekly_after}"
)
_COMPARED_FR = (
    "échanges difficiles {share_before} % → {share_after} %, impact moyen {impact_before} → "
    "{impact_after}, limites franchies par échange {violations_before} → "
    "{violations_after}, manques de respect par échange {disrespect_before} → "
    "{disrespect_after}, échanges difficiles par semaine {weekly_before} → {weekly_after}"
)
_DISRESPECT_EN = "(rudeness, contempt, insults, shouting or threats)"
_DISRESPECT_FR = "(impolitesse, mépris, insultes, cris ou menaces)"

reasons.register(
    {
        "advice.not_enough_data": (
            "not enough data for advice yet (encounters in the last {window_weeks} weeks: "
            "{encounters}, in {weeks} different weeks; needed: {min_encounters} encounters "
            "in {min_weeks} different weeks)",
            "pas encore assez de données pour un conseil (échanges sur les {window_weeks} "
            "dernières semaines : {encounters}, sur {weeks} semaines différentes ; il en faut "
            "{min_encounters} sur {min_weeks} semaines différentes)",
        ),
        "advice.dethroned": (
            "you ended this relationship: no advice",
            "vous avez mis fin à cette relation : pas de conseil",
        ),
        "advice.keep": (
            "nothing alarming since {since}: difficult encounters {difficult} of "
            "{encounters}, "
            "mean impact {mean_impact}/10",
            "rien d'alarmant depuis le {since} : échanges difficiles {difficult} sur "
            "{encounters}, impact moyen {mean_impact}/10",
        ),
        "advice.difficult_share": (
            "{difficult} of {encounters} encounters were difficult ({share}%)",
            "{difficult} échanges difficiles sur {encounters} ({share} %)",
        ),
        "advice.mean_impact": (
            "difficult encounters weigh {mean_impact}/10 on average",
            "les échanges difficiles pèsent en moyenne {mean_impact}/10",
        ),
        "advice.peak_impact": (
            "the hardest encounter hit {peak_impact}/10",
            "l'échange le plus dur a atteint {peak_impact}/10",
        ),
        "advice.severe": (
            "threats or insults in {count} encounters: no client relationship is worth that",
            "menaces ou insultes lors de {count} échanges : aucune relation client ne vaut cela",
        ),
        "advice.threats": (
            "threatened you in {count} encounters",
            "vous a menacé·e lors de {count} échanges",
        ),
        "advice.threats.one": ("threatened you once", "vous a menacé·e une fois"),
        "advice.disrespect": (
            f"disrespect in {{count}} encounters {_DISRESPECT_EN}",
            f"manque de respect lors de {{count}} échanges {_DISRESPECT_FR}",
        ),
        "advice.disrespect.one": (
            f"disrespect in one encounter {_DISRESPECT_EN}",
            f"manque de respect lors d'un échange {_DISRESPECT_FR}",
        ),
        "advice.crossings": (
            "your limits were crossed in {count} of {encounters} encounters",
            "vos limites ont été franchies lors de {count} échanges sur {encounters}",
        ),
        "advice.worse.share": (
            "it is getting worse: difficult encounters {before}% → {after}%, on {count} encounters",
            "cela s'aggrave : échanges difficiles {before} % → {after} %, sur {count} échanges",
        ),
        "advice.worse.impact": (
            "it is getting worse: mean impact {before} → {after}, on {count} difficult encounters",
            "cela s'aggrave : impact moyen {before} → {after}, sur {count} échanges difficiles",
        ),
        "advice.worse.violations": (
            "it is getting worse: boundary violations per encounter {before} → {after}, on "
            "{count} encounters",
            "cela s'aggrave : limites franchies par échange {before} → {after}, sur {count} "
            "échanges",
        ),
        "advice.cost": (
            "this client carries {cost_share}% of your emotional load for {revenue_share}% "
            "of your revenue",
            "ce client représente {cost_share} % de votre charge émotionnelle pour "
            "{revenue_share} % de votre chiffre d'affaires",
        ),
        "advice.dependency": (
            "this client brings {revenue_share}% of your revenue: saying no may feel risky; "
            "plan for it",
            "ce client apporte {revenue_share} % de votre chiffre d'affaires : dire non peut "
            "sembler risqué ; préparez-vous-y",
        ),
        "advice.demanding": (
            "{count} demanding encounters, all of them respectful: demanding is not toxic",
            "{count} échanges exigeants, tous respectueux : exigeant ne veut pas dire toxique",
        ),
        "advice.demanding.one": (
            "one demanding encounter, and a respectful one: demanding is not toxic",
            "un échange exigeant, et respectueux : exigeant ne veut pas dire toxique",
        ),
        "advice.follow_up_due": (
            "you reframed this relationship on {reframed_on}: follow-up due on {due_on}",
            "vous avez recadré cette relation le {reframed_on} : bilan prévu le {due_on}",
        ),
        "advice.reframe_worked": (
            f"the reframing worked: {_COMPARED}",
            f"le recadrage a fonctionné : {_COMPARED_FR}",
        ),
        "advice.reframe_failed": (
            f"the reframing did not work: {_COMPARED}",
            f"le recadrage n'a pas fonctionné : {_COMPARED_FR}",
        ),
    }
)

_VIOLATION_WORDING = {
    "out_of_hours": (
        ("one contact outside your working hours", "{count} contacts outside your working hours"),
        ("un contact en dehors de vos horaires", "{count} contacts en dehors de vos horaires"),
    ),
    "day_off": (
        ("one contact on a day off", "{count} contacts on a day off"),
        ("un contact pendant un jour de repos", "{count} contacts pendant un jour de repos"),
    ),
    "channel": (
        (
            "one contact through a channel you do not accept",
            "{count} contacts through a channel you do not accept",
        ),
        (
            "un contact par un canal que vous n'acceptez pas",
            "{count} contacts par un canal que vous n'acceptez pas",
        ),
    ),
    "channel_hours": (
        (
            "one contact through a channel outside its hours",
            "{count} contacts through a channel outside its hours",
        ),
        (
            "un contact par un canal en dehors de ses horaires",
            "{count} contacts par un canal en dehors de ses horaires",
        ),
    ),
    "response_time": (
        (
            "pressed once to answer faster than you promise",
            "pressed {count} times to answer faster than you promise",
        ),
        (
            "pressé·e une fois de répondre plus vite que promis",
            "pressé·e {count} fois de répondre plus vite que promis",
        ),
    ),
    "scope": (
        ("one request outside what is in scope", "{count} requests outside what is in scope"),
        ("une demande hors du périmètre convenu", "{count} demandes hors du périmètre convenu"),
    ),
    "terms": (
        ("agreed terms ignored once", "agreed terms ignored {count} times"),
        ("conditions convenues ignorées une fois", "conditions convenues ignorées {count} fois"),
    ),
}
"""Respect is worded by the disrespect reason instead."""

reasons.register(
    {
        code: (en, fr)
        for kind, ((en_one, en_many), (fr_one, fr_many)) in _VIOLATION_WORDING.items()
        for code, en, fr in (
            (f"advice.violation.{kind}.one", en_one, fr_one),
            (f"advice.violation.{kind}", en_many, fr_many),
        )
    }
)


def _ids(rows: Facts, mask: np.ndarray) -> tuple[str, ...]:
    return tuple(str(i) for i in rows.ids[mask])


def _violation_counts(rows: Facts) -> np.ndarray:
    """Boundary violations per encounter (each kind once per encounter)."""
    counts = np.zeros(len(rows), dtype=np.int64)
    for mask in rows.tags.get("violation", {}).values():
        counts += mask
    return counts


def _mean_impact(rows: Facts) -> float:
    impacts = rows.impact[rows.difficult]
    return float(impacts.mean()) if len(impacts) else 0.0


def _measure(rows: Facts, days: int) -> PeriodFigures:
    """The period's figures; `days` is its length, for the weekly rate."""
    count = len(rows)
    if count == 0:
        return PeriodFigures(0, 0.0, 0.0, 0.0, 0.0, 0.0)
    return PeriodFigures(
        encounters=count,
        difficult_share=100.0 * float(rows.difficult.sum()) / count,
        mean_impact=_mean_impact(rows),
        violations_per_encounter=float(_violation_counts(rows).sum()) / count,
        disrespect_per_encounter=float(rows.any_of("behaviour", DISRESPECT).sum()) / count,
        difficult_per_week=7.0 * float(rows.difficult.sum()) / max(days, 1),
    )


def _rose(before: float, after: float, margin: float) -> bool:
    return after - before >= margin - 1e-9


def _escalation(rows: Facts, first: date, last: date, t: Thresholds) -> list[Reason]:
    """Reasons why the recent half of [first, last] is worse than the earlier half, each
    on enough encounters and beyond chance (evidence)."""
    middle = first + timedelta(days=((last - first).days + 1) // 2)
    earlier = rows.between(first, middle - timedelta(days=1))
    recent = rows.between(middle, last)
    minimum = max(t.min_half_encounters, evidence.MIN_SIDE)
    found = []
    params: dict[str, float]
    count = len(earlier) + len(recent)
    if evidence.enough(len(earlier), len(recent), minimum):
        before = _measure(earlier, (middle - first).days)
        after = _measure(recent, (last - middle).days + 1)
        hard_before, hard_after = int(earlier.difficult.sum()), int(recent.difficult.sum())
        if _rose(before.difficult_share, after.difficult_share, t.share_margin) and (
            evidence.shares_differ(hard_before, len(earlier), hard_after, len(recent))
        ):
            params = {
                "before": round(before.difficult_share),
                "after": round(after.difficult_share),
                "count": count,
            }
            found.append(Reason("advice.worse.share", params, _ids(recent, recent.difficult)))
        violations = _violation_counts(earlier), _violation_counts(recent)
        if _rose(
            before.violations_per_encounter, after.violations_per_encounter, t.violation_margin
        ) and evidence.means_differ(
            float(violations[0].mean()),
            float(violations[0].std()),
            len(earlier),
            float(violations[1].mean()),
            float(violations[1].std()),
            len(recent),
            floor=0.5,
        ):
            params = {
                "before": round(before.violations_per_encounter, 1),
                "after": round(after.violations_per_encounter, 1),
                "count": count,
            }
            found.append(Reason("advice.worse.violations", params, _ids(recent, violations[1] > 0)))
    impacts = earlier.impact[earlier.difficult], recent.impact[recent.difficult]
    if evidence.enough(len(impacts[0]), len(impacts[1]), minimum):
        before_impact, after_impact = float(impacts[0].mean()), float(impacts[1].mean())
        if _rose(before_impact, after_impact, t.impact_margin) and evidence.means_differ(
            before_impact,
            float(impacts[0].std()),
            len(impacts[0]),
            after_impact,
            float(impacts[1].std()),
            len(impacts[1]),
        ):
            params = {
                "before": round(before_impact, 1),
                "after": round(after_impact, 1),
                "count": len(impacts[0]) + len(impacts[1]),
            }
            reason = Reason("advice.worse.impact", params, _ids(recent, recent.difficult))
            found.insert(1 if found and found[0].code == "advice.worse.share" else 0, reason)
    return found


def _figures(
    rows: Facts,
    since: date,
    today: date,
    client: Client,
    total_load: float,
    escalating: bool,
    t: Thresholds,
) -> AdviceFigures:
    count = len(rows)
    difficult = int(rows.difficult.sum())
    load = float(rows.load.sum())
    by_kind = {
        term.key: int(rows.has("violation", term.key).sum())
        for term in VIOLATIONS
        if rows.has("violation", term.key).any()
    }
    revenue = client.revenue_share
    return AdviceFigures(
        since=since,
        encounters=count,
        weeks=len(np.unique((day_number(today) - rows.day) // 7)),
        difficult=difficult,
        difficult_share=100.0 * difficult / count if count else 0.0,
        mean_impact=_mean_impact(rows),
        peak_impact=int(rows.impact[rows.difficult].max()) if difficult else 0,
        disrespect=int(rows.any_of("behaviour", DISRESPECT).sum()),
        threats=int(rows.has("behaviour", "threatening").sum()),
        violations=by_kind,
        crossings=int(rows.any_of("violation", LIMIT_KINDS).sum()),
        escalating=escalating,
        load=load,
        cost_share=100.0 * load / total_load if total_load > 0 else None,
        revenue_share=revenue,
        dependency=revenue is not None and revenue >= t.dependency_share,
    )


Signal = tuple[int, Reason]
"""A reason and the rung it calls for (KEEP for a reason that only informs)."""


def _impact_signals(rows: Facts, f: AdviceFigures, t: Thresholds) -> list[Signal]:
    hard = _ids(rows, rows.difficult)
    found: list[Signal] = []
    params: dict[str, float]
    if f.encounters and f.difficult_share >= t.watch_difficult_share:
        params = {
            "difficult": f.difficult,
            "encounters": f.encounters,
            "share": round(f.difficult_share),
        }
        found.append((WATCH, Reason("advice.difficult_share", params, hard)))
    if f.difficult and f.mean_impact >= t.watch_mean_impact:
        rung = REFRAME if f.mean_impact >= t.reframe_mean_impact else WATCH
        params = {"mean_impact": round(f.mean_impact, 1)}
        found.append((rung, Reason("advice.mean_impact", params, hard)))
    if f.difficult and f.peak_impact >= t.watch_peak_impact:
        peak = rows.difficult & (rows.impact == f.peak_impact)
        params = {"peak_impact": f.peak_impact}
        found.append((WATCH, Reason("advice.peak_impact", params, _ids(rows, peak))))
    return found


def _respect_signals(rows: Facts, f: AdviceFigures, t: Thresholds) -> list[Signal]:
    found: list[Signal] = []
    severe = rows.any_of("behaviour", SEVERE)
    severe_count = int(severe.sum())
    if severe_count >= t.dethrone_severe:
        reason = Reason("advice.severe", {"count": severe_count}, _ids(rows, severe))
        found.append((DETHRONE, reason))
    elif f.threats >= t.reframe_threats:
        threats = rows.has("behaviour", "threatening")
        code = _plural("advice.threats", f.threats)
        found.append((REFRAME, Reason(code, {"count": f.threats}, _ids(rows, threats))))
    if f.disrespect >= t.watch_disrespect:
        rung = REFRAME if f.disrespect >= t.reframe_disrespect else WATCH
        rude = rows.any_of("behaviour", DISRESPECT)
        code = _plural("advice.disrespect", f.disrespect)
        found.append((rung, Reason(code, {"count": f.disrespect}, _ids(rows, rude))))
    demanding = rows.any_of("behaviour", DEMANDS)
    if f.disrespect == 0 and demanding.any():
        count = int(demanding.sum())
        code = _plural("advice.demanding", count)
        found.append((KEEP, Reason(code, {"count": count}, _ids(rows, demanding))))
    return found


def _boundary_signals(rows: Facts, f: AdviceFigures, t: Thresholds) -> list[Signal]:
    found: list[Signal] = []
    crossed = rows.any_of("violation", LIMIT_KINDS)
    hurt = int((crossed & rows.difficult).sum())
    if f.crossings >= t.watch_crossings and (hurt >= t.watch_crossings or f.disrespect):
        share = 100.0 * f.crossings / max(f.encounters, 1)
        pattern = f.crossings >= t.reframe_crossings and share >= t.reframe_crossing_share
        rung = REFRAME if pattern or f.disrespect >= t.watch_disrespect else WATCH
        params = {"count": f.crossings, "encounters": f.encounters}
        found.append((rung, Reason("advice.crossings", params, _ids(rows, crossed))))
    elif f.crossings >= t.watch_crossings:
        # Crossed limits in contacts the user logged as good: listed below, not a concern.
        params = {"count": f.crossings, "encounters": f.encounters}
        found.append((KEEP, Reason("advice.crossings", params, _ids(rows, crossed))))
    for kind, count in f.violations.items():
        if kind in _VIOLATION_WORDING:
            code = _plural(f"advice.violation.{kind}", count)
            ids = _ids(rows, rows.has("violation", kind))
            found.append((KEEP, Reason(code, {"count": count}, ids)))
    return found


def _aggravating_signals(
    rows: Facts, f: AdviceFigures, escalation: list[Reason], t: Thresholds
) -> list[Signal]:
    """Escalation and cost: watch alone, reframe along with disrespect or with crossed limits
    that are a pattern for this client's volume (not two in sixty contacts)."""
    pattern = 100.0 * f.crossings / max(f.encounters, 1) >= t.reframe_crossing_share
    harmed = f.disrespect >= t.watch_disrespect or (f.crossings >= t.watch_crossings and pattern)
    rung = REFRAME if harmed else WATCH
    found: list[Signal] = [(rung, reason) for reason in escalation]
    if (
        f.cost_share is not None
        and f.revenue_share is not None
        and f.cost_share - f.revenue_share >= t.cost_excess
    ):
        params = {"cost_share": round(f.cost_share), "revenue_share": round(f.revenue_share)}
        costly = _ids(rows, rows.load > 0)
        found.append((rung, Reason("advice.cost", params, costly)))
    return found


def _ladder(
    rows: Facts, since: date, today: date, client: Client, total_load: float, t: Thresholds
) -> tuple[AdviceFigures, list[Signal]]:
    escalation = _escalation(rows, since, today, t)
    f = _figures(rows, since, today, client, total_load, bool(escalation), t)
    signals = [
        *_respect_signals(rows, f, t),
        *_boundary_signals(rows, f, t),
        *_impact_signals(rows, f, t),
        *_aggravating_signals(rows, f, escalation, t),
    ]
    return f, signals


def _latest_reframing(events: Iterable[ClientEvent], client_id: str, today: date) -> date | None:
    """The day of the latest REFRAMED event still open (no REACTIVATED or DETHRONED since)."""
    reframed: date | None = None
    mine = sorted(
        (e for e in events if e.client_id == client_id and e.at.date() <= today),
        key=lambda e: e.at,
    )
    for event in mine:
        if event.kind == ClientEventKind.REFRAMED:
            reframed = event.at.date()
        elif event.kind in (ClientEventKind.REACTIVATED, ClientEventKind.DETHRONED):
            reframed = None
    return reframed


def _verdict(before: PeriodFigures, after: PeriodFigures, t: Thresholds) -> str:
    pairs = (
        (before.difficult_share, after.difficult_share, t.share_margin),
        (before.mean_impact, after.mean_impact, t.impact_margin),
        (before.violations_per_encounter, after.violations_per_encounter, t.violation_margin),
        (before.disrespect_per_encounter, after.disrespect_per_encounter, t.disrespect_margin),
        (before.difficult_per_week, after.difficult_per_week, t.frequency_margin),
    )
    worse = any(_rose(b, a, margin) for b, a, margin in pairs)
    better = any(_rose(a, b, margin) for b, a, margin in pairs)
    calm = (
        after.difficult_share < t.watch_difficult_share
        and after.mean_impact < t.watch_mean_impact
        and after.disrespect_per_encounter == 0
    )
    return "worked" if not worse and (better or calm) else "did_not_work"


def _follow_up(
    mine: Facts,
    events: Iterable[ClientEvent],
    client_id: str,
    today: date,
    weeks: int,
    t: Thresholds,
) -> FollowUp | None:
    reframed = _latest_reframing(events, client_id, today)
    if reframed is None:
        return None
    span = timedelta(weeks=weeks)
    due = reframed + span
    before_rows = mine.between(reframed - span, reframed - timedelta(days=1))
    after_rows = mine.between(reframed, min(today, due - timedelta(days=1)))
    before = _measure(before_rows, span.days)
    after = _measure(after_rows, min((today - reframed).days + 1, span.days))
    verdict = "pending" if today < due else _verdict(before, after, t)
    ids = tuple(str(i) for i in (*before_rows.ids, *after_rows.ids))
    return FollowUp(reframed, due, verdict, before, after, ids)


def _follow_up_reason(follow_up: FollowUp) -> Reason:
    dates = {
        "reframed_on": follow_up.reframed_on,
        "due_on": follow_up.due_on,
    }
    if follow_up.verdict == "pending":
        return Reason("advice.follow_up_due", dates, follow_up.encounter_ids)
    before, after = follow_up.before, follow_up.after
    params = {
        **dates,
        "share_before": round(before.difficult_share),
        "share_after": round(after.difficult_share),
        "impact_before": round(before.mean_impact, 1),
        "impact_after": round(after.mean_impact, 1),
        "violations_before": round(before.violations_per_encounter, 1),
        "violations_after": round(after.violations_per_encounter, 1),
        "disrespect_before": round(before.disrespect_per_encounter, 1),
        "disrespect_after": round(after.disrespect_per_encounter, 1),
        "weekly_before": round(before.difficult_per_week, 1),
        "weekly_after": round(after.difficult_per_week, 1),
    }
    code = "advice.reframe_worked" if follow_up.verdict == "worked" else "advice.reframe_failed"
    return Reason(code, params, follow_up.encounter_ids)


def _window_start(today: date, t: Thresholds) -> date:
    return today - timedelta(days=7 * t.window_weeks - 1)


def _not_enough(figures: AdviceFigures, ids: tuple[str, ...], t: Thresholds) -> Reason:
    params = {
        "window_weeks": t.window_weeks,
        "encounters": figures.encounters,
        "weeks": figures.weeks,
        "min_encounters": t.min_encounters,
        "min_weeks": t.min_weeks,
    }
    return Reason("advice.not_enough_data", params, ids)


def _follow_up_rung(rung: int, follow_up: FollowUp | None, in_window: bool) -> int:
    """The rung once the follow-up has spoken: a verdict counts while its weeks are read."""
    if follow_up is None:
        return rung
    if follow_up.verdict == "pending":
        return max(rung, WATCH)
    if not in_window or rung == DETHRONE:
        return rung
    return min(rung, WATCH) if follow_up.verdict == "worked" else DETHRONE


def advise_client(
    client: Client,
    facts: Facts,
    events: Sequence[ClientEvent],
    today: date,
    total_load: float | None = None,
    thresholds: Thresholds = Thresholds(),
    follow_up_weeks: int = 6,
) -> ClientAdvice:
    """Advice for one client as of `today`.

    `facts` is the whole journal (all clients): the user's total emotional load is read
    from it unless `total_load` (over the same window, all clients) is given, which lets
    advise_clients compute it once.
    """
    if follow_up_weeks < 1:
        raise ValueError(f"The reframing follow-up needs at least one week, not {follow_up_weeks}.")
    t = thresholds
    first = _window_start(today, t)
    mine = facts.for_client(client.id)
    rows = mine.between(first, today)
    if client.status == ClientStatus.DETHRONED:
        figures = _figures(rows, first, today, client, 0.0, False, t)
        return ClientAdvice(client.id, None, figures, (Reason("advice.dethroned"),))
    follow_up = _follow_up(mine, events, client.id, today, follow_up_weeks, t)
    if total_load is None:
        total_load = float(facts.between(first, today).load.sum())
    figures = _figures(rows, first, today, client, total_load, False, t)
    if figures.encounters < t.min_encounters or figures.weeks < t.min_weeks:
        reason = _not_enough(figures, tuple(str(i) for i in rows.ids), t)
        return ClientAdvice(client.id, None, figures, (reason,), follow_up)
    in_window = follow_up is not None and follow_up.due_on > first
    since = first
    if in_window and follow_up is not None and follow_up.verdict != "pending":
        # The weeks since the reframing are the relationship's new chapter.
        since = max(first, follow_up.reframed_on)
        rows = mine.between(since, today)
        total_load = float(facts.between(since, today).load.sum())
    figures, signals = _ladder(rows, since, today, client, total_load, t)
    rung = _follow_up_rung(max((r for r, _ in signals), default=KEEP), follow_up, in_window)
    found = [reason for _, reason in sorted(signals, key=lambda signal: -signal[0])]
    if rung == KEEP:
        found.insert(0, _keep_reason(rows, figures))
    if follow_up is not None and in_window:
        found.insert(0, _follow_up_reason(follow_up))
    if figures.dependency and figures.revenue_share is not None:
        params = {"revenue_share": round(figures.revenue_share)}
        found.append(Reason("advice.dependency", params))
    return ClientAdvice(client.id, ADVICE_LEVELS[rung], figures, tuple(found), follow_up)


def _keep_reason(rows: Facts, figures: AdviceFigures) -> Reason:
    params = {
        "since": figures.since,
        "difficult": figures.difficult,
        "encounters": figures.encounters,
        "mean_impact": round(figures.mean_impact, 1),
    }
    return Reason("advice.keep", params, tuple(str(i) for i in rows.ids))


def advise_clients(
    clients: Iterable[Client],
    facts: Facts,
    events: Sequence[ClientEvent],
    today: date,
    thresholds: Thresholds = Thresholds(),
    follow_up_weeks: int = 6,
) -> list[ClientAdvice]:
    """Advice for every client still in the relationship, in the order given."""
    first = _window_start(today, thresholds)
    total_load = float(facts.between(first, today).load.sum())
    return [
        advise_client(client, facts, events, today, total_load, thresholds, follow_up_weeks)
        for client in clients
        if client.status != ClientStatus.DETHRONED
    ]
