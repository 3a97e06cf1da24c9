"""Where the privacy noise comes from.

In production, OpenDP's randomised response, which samples with a cryptographically secure
source (OpenSSL) inside its Rust core; OpenDP is heavy, so it is imported on first use.
Demo teams and simulations need the same distribution from a seed: `SeededNoise`.
"""

from __future__ import annotations

import functools
from typing import Any, Protocol

import numpy as np


class Noise(Protocol):
    def categorical(self, value: str, categories: tuple[str, ...], keep: float) -> str:
        """The value with probability keep, else one of the others, uniformly."""
        ...

    def bit(self, value: bool, keep: float) -> bool:
        """The bit with probability keep, else its opposite."""
        ...


@functools.cache
def _opendp() -> Any:
    import opendp.prelude as dp

    dp.enable_features("contrib")
    return dp


@functools.cache
def _categorical_measurement(categories: tuple[str, ...], keep: float) -> Any:
    return _opendp().m.make_randomized_response(list(categories), keep)


@functools.cache
def _bit_measurement(keep: float) -> Any:
    return _opendp().m.make_randomized_response_bool(keep)


class SecureNoise:
    """OpenDP's randomised response: the noise of every file that leaves the machine."""

    def categorical(self, value: str, categories: tuple[str, ...], keep: float) -> str:
        return str(_categorical_measurement(categories, keep)(value))

    def bit(self, value: bool, keep: float) -> bool:
        return bool(_bit_measurement(keep)(value))


class SeededNoise:
    """The same randomised response from a seeded generator: demo data and simulations only."""

    def __init__(self, generator: np.random.Generator):
        self.generator = generator

    def categorical(self, value: str, categories: tuple[str, ...], keep: float) -> str:
        if self.generator.random() < keep:
            return value
        others = [category for category in categories if category != value]
        return others[int(self.generator.integers(len(others)))]

    def bit(self, value: bool, keep: float) -> bool:
        return value if self.generator.random() < keep else not value
