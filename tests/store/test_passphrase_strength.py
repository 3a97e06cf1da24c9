"""Passphrase strength: advice from zxcvbn, never a refusal beyond the length floor."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import keys
from wellbeing.store.strength import PassphraseStrength, assess_passphrase

ROOT = Path(__file__).resolve().parents[2]


def test_a_common_password_is_weak_and_said_to_be_common():
    verdict = assess_passphrase("password123")
    assert verdict.common
    assert verdict.weak
    assert verdict.score <= 1
    assert verdict.crack_time == "less than a second"


@pytest.mark.parametrize("common", ["P@ssw0rd", "azertyuiop", "iloveyou", "123456789"])
def test_variants_of_common_passwords_are_common(common):
    verdict = assess_passphrase(common)
    assert verdict.common and verdict.weak


def test_the_test_suites_passphrase_is_strong_enough_not_to_be_warned_about():
    verdict = assess_passphrase(PASSPHRASE)  # "a test passphrase": 17 characters, score 4
    assert (verdict.score, verdict.weak, verdict.common) == (4, False, False)
    assert verdict.crack_time.endswith("years") or verdict.crack_time == "centuries"


def test_a_long_random_passphrase_is_strong():
    verdict = assess_passphrase("qG7#vL2pX9!mZ4wK8rT1-correct-staple-orbit")
    assert verdict == PassphraseStrength(score=4, weak=False, crack_time="centuries", common=False)


def test_a_short_passphrase_is_weak_whatever_its_score():
    verdict = assess_passphrase("Tr0ub4dor&3")  # 11 characters, yet zxcvbn scores it 4
    assert verdict.score >= 3
    assert verdict.weak
    assert not verdict.common


def test_a_sentence_of_common_words_with_a_decent_score_is_not_weak():
    verdict = assess_passphrase("my cat sleeps on the blue sofa")
    assert verdict.score >= 3
    assert not verdict.weak


def test_passphrases_beyond_zxcvbns_limit_are_assessed_on_their_start():
    assert assess_passphrase("correct horse battery staple " * 10).score == 4
    assert assess_passphrase("a" * 500).weak  # and quickly: only 72 characters are matched


def test_the_empty_passphrase_is_weak_without_asking_zxcvbn():
    assert assess_passphrase("") == PassphraseStrength(0, True, "less than a second", False)


def test_the_verdict_is_a_frozen_value():
    verdict = assess_passphrase(PASSPHRASE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.score = 0  # type: ignore[misc]


def test_a_weak_passphrase_is_still_accepted_and_a_short_one_still_refused():
    """The warning is advice: only the length floor refuses; the recovery key is the way out."""
    weak = "password123"
    assert assess_passphrase(weak).weak
    keys.check_passphrase(weak)
    with pytest.raises(InvalidValue):
        keys.check_passphrase("x" * (keys.MIN_PASSPHRASE - 1))


def test_zxcvbn_is_imported_only_when_a_passphrase_is_assessed():
    code = (
        "import sys, wellbeing.store.strength, wellbeing.store.keys;"
        "assert 'zxcvbn' not in sys.modules;"
        "wellbeing.store.strength.assess_passphrase('x');"
        "assert 'zxcvbn' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
