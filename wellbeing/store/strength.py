"""How hard a passphrase is to guess: advice shown while it is chosen, never a refusal.

Only the length floor (keys.MIN_PASSPHRASE) is enforced; everything here is a warning the
user may overrule, because a journal they cannot open is worse than a weak passphrase and the
recovery key stays the way back in. The estimate is zxcvbn's (dictionaries of common
passwords, words, names, keyboard patterns, dates), imported only when a passphrase is
assessed so that start-up does not pay for its word lists.
"""

from __future__ import annotations

from dataclasses import dataclass

STRONG_LENGTH = 12
"""Shorter than this is called weak whatever its score: length is what slows guessing most."""
STRONG_SCORE = 3
"""zxcvbn's 'safely unguessable' (about 10^8 guesses and more); below it, weak."""
ZXCVBN_MAX_LENGTH = 72
"""zxcvbn refuses longer input (its matching slows down); the first 72 characters stand in."""
CRACK_TIME_MODEL = "offline_slow_hashing_1e4_per_second"
"""A stolen key file attacked offline against a slow hash: the case the key file faces."""


@dataclass(frozen=True)
class PassphraseStrength:
    score: int
    """0 (too guessable) to 4 (very unguessable), zxcvbn's scale."""
    weak: bool
    """Worth a warning: shorter than STRONG_LENGTH, or a score under STRONG_SCORE."""
    crack_time: str
    """How long guessing it would take, in short English ('3 hours', 'centuries')."""
    common: bool
    """It is, as a whole, one of the commonly used passwords (possibly with l33t or case)."""


def assess_passphrase(passphrase: str) -> PassphraseStrength:
    """zxcvbn's verdict on a passphrase, reduced to what the passphrase dialogs show."""
    if not passphrase:  # zxcvbn fails on the empty string
        return PassphraseStrength(0, True, "less than a second", False)
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH])
    score = int(result["score"])
    sequence = result["sequence"]
    common = len(sequence) == 1 and sequence[0].get("dictionary_name") == "passwords"
    return PassphraseStrength(
        score=score,
        weak=len(passphrase) < STRONG_LENGTH or score < STRONG_SCORE,
        crack_time=str(result["crack_times_display"][CRACK_TIME_MODEL]),
        common=common,
    )
