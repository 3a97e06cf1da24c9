"""Advice levels, bands and cycle words: one table, the same words in every door."""

from __future__ import annotations

from itertools import chain

from wellbeing.domain.indicators import (
    WORDING,
    AdviceLevel,
    Band,
    CycleStage,
    CycleStatus,
    NoAdvice,
    StageState,
    band_meaning,
    label,
    meaning,
)

KINDS = (AdviceLevel, NoAdvice, Band, CycleStage, CycleStatus, StageState)


def test_every_value_is_worded_in_both_languages_and_keys_never_collide():
    members = list(chain.from_iterable(KINDS))
    assert len({str(m) for m in members}) == len(members)  # a bare key finds one wording
    for member in members:
        assert WORDING[member].en and WORDING[member].fr


def test_levels_compare_as_the_strings_journals_and_json_hold():
    assert AdviceLevel.WATCH == "watch"
    assert [str(level) for level in AdviceLevel] == ["keep", "watch", "reframe", "dethrone"]
    assert label("watch", "fr") == label(AdviceLevel.WATCH, "fr") == "Surveiller"


def test_labels_and_meanings_a_user_reads():
    assert label(AdviceLevel.WATCH) == "Watch"
    assert meaning(AdviceLevel.WATCH) == "Watch: keep an eye on it and note what happens."
    assert meaning(AdviceLevel.REFRAME, "fr") == "Recadrer : énoncez vos limites, par écrit."
    assert label(Band.AMBER, "fr") == "orange"
    assert band_meaning(Band.GREEN) == "green: room to recover"
    assert band_meaning(None, "fr") == "pas encore de couleur"
    assert label(CycleStage.CONFIDENCE, "fr") == "Ma confiance dans mon entreprise"
    assert label(CycleStatus.NOT_ENOUGH_DATA) == "not enough data yet"
    assert meaning(StageState.WORSENING, "fr") == "se dégrade"  # no sentence: its label


def test_an_unknown_key_is_shown_as_it_is():
    assert label("from_a_newer_version") == "from_a_newer_version"
