"""What the computed indicators can say, and how each UI language words it.

Advice levels, exhaustion bands, cycle stages and statuses are stable keys in code, in the
journal and in `wellbeing insights --json`; their names are written once, here, so that
the window, the command line and a report cannot word them differently. They are StrEnums:
a member equals its key ("watch" == AdviceLevel.WATCH), so stored strings keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AdviceLevel(StrEnum):
    """The rungs of the client advice ladder, lowest first (see analysis.advice)."""

    KEEP = "keep"
    WATCH = "watch"
    REFRAME = "reframe"
    DETHRONE = "dethrone"


class NoAdvice(StrEnum):
    """Why a client has no advice level: too little data, or a relationship already ended."""

    NOT_ENOUGH_DATA = "none"
    DETHRONED = "dethroned"


class Band(StrEnum):
    """The colour of an exhaustion index (see analysis.exhaustion.band_of)."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class CycleStage(StrEnum):
    """The four stages of the vicious confidence cycle, in loop order."""

    ASSERTIVENESS = "assertiveness"
    ADVANTAGE = "advantage"
    DISSATISFACTION = "dissatisfaction"
    CONFIDENCE = "confidence"


class CycleStatus(StrEnum):
    QUIET = "quiet"
    SLIPPING = "slipping"
    TURNING = "turning"
    NOT_ENOUGH_DATA = "not_enough_data"


class StageState(StrEnum):
    STEADY = "steady"
    WORSENING = "worsening"
    NO_DATA = "no_data"


Indicator = AdviceLevel | NoAdvice | Band | CycleStage | CycleStatus | StageState


@dataclass(frozen=True)
class Wording:
    """A value's short label and, where the window explains it, the sentence it means."""

    en: str
    fr: str
    meaning_en: str = ""
    meaning_fr: str = ""


WORDING: dict[str, Wording] = {
    # keyed by members; a StrEnum member hashes and compares as its key
    AdviceLevel.KEEP: Wording(
        "Keep",
        "Garder",
        "Keep: this relationship is going well; carry on.",
        "Garder : cette relation se passe bien ; continuez ainsi.",
    ),
    AdviceLevel.WATCH: Wording(
        "Watch",
        "Surveiller",
        "Watch: keep an eye on it and note what happens.",
        "Surveiller : restez attentif·ve et notez ce qui se passe.",
    ),
    AdviceLevel.REFRAME: Wording(
        "Reframe",
        "Recadrer",
        "Reframe: state your limits, in writing.",
        "Recadrer : énoncez vos limites, par écrit.",
    ),
    AdviceLevel.DETHRONE: Wording(
        "Dethrone",
        "Détrôner",
        "Dethrone: ending this relationship is legitimate.",
        "Détrôner : mettre fin à cette relation est légitime.",
    ),
    NoAdvice.NOT_ENOUGH_DATA: Wording(
        "not enough data",
        "pas assez de données",
        "Not enough data yet: a few more encounters are needed for advice.",
        "Pas encore assez de données : il faut quelques échanges de plus pour un conseil.",
    ),
    NoAdvice.DETHRONED: Wording(
        "dethroned",
        "détrôné",
        "Dethroned: you ended this relationship; no advice.",
        "Détrôné : vous avez mis fin à cette relation ; pas de conseil.",
    ),
    Band.GREEN: Wording("green", "vert", "green: room to recover", "vert : de quoi récupérer"),
    Band.AMBER: Wording(
        "amber", "orange", "amber: a heavy stretch", "orange : une période chargée"
    ),
    Band.RED: Wording(
        "red", "rouge", "red: too much for too long", "rouge : trop, depuis trop longtemps"
    ),
    CycleStage.ASSERTIVENESS: Wording("My assertiveness", "Mon affirmation de soi"),
    CycleStage.ADVANTAGE: Wording("Clients take advantage", "Les clients en profitent"),
    CycleStage.DISSATISFACTION: Wording("Clients complain", "Les clients se plaignent"),
    CycleStage.CONFIDENCE: Wording(
        "My confidence in my company", "Ma confiance dans mon entreprise"
    ),
    CycleStatus.QUIET: Wording("quiet", "calme"),
    CycleStatus.SLIPPING: Wording("slipping", "glisse"),
    CycleStatus.TURNING: Wording("turning", "s'enclenche"),
    CycleStatus.NOT_ENOUGH_DATA: Wording("not enough data yet", "pas encore assez de données"),
    StageState.STEADY: Wording("steady", "stable"),
    StageState.WORSENING: Wording("worsening", "se dégrade"),
    StageState.NO_DATA: Wording("no data", "pas de données"),
}

NO_BAND = Wording("no colour yet", "pas encore de couleur")
"""An index not coloured yet (too few logged days): said instead of a band's meaning."""


def _wording(value: Indicator | str) -> Wording | None:
    """A member equals its key and every key is unique across the kinds (tests check it),
    so a bare key from a JSON document or a journal finds its wording too."""
    return WORDING.get(value)


def label(value: Indicator | str, lang: str = "en") -> str:
    """The short name ('Watch', 'vert'); an unknown key is shown as it is rather than lost."""
    wording = _wording(value)
    if wording is None:
        return str(value)
    return wording.fr if lang == "fr" else wording.en


def meaning(value: Indicator | str, lang: str = "en") -> str:
    """The sentence the window shows beside a value; its label when it has none."""
    wording = _wording(value)
    if wording is None:
        return str(value)
    text = wording.meaning_fr if lang == "fr" else wording.meaning_en
    return text or (wording.fr if lang == "fr" else wording.en)


def band_meaning(band: Band | str | None, lang: str = "en") -> str:
    """What an index's colour means, or that it has none yet."""
    if not band:
        return NO_BAND.fr if lang == "fr" else NO_BAND.en
    return meaning(band, lang)
