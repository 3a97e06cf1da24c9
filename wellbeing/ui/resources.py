"""Finds files under the project's resources/ folder, installed or from a checkout."""

from __future__ import annotations

from pathlib import Path

_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "resources",  # a checkout or editable install
    Path(__file__).resolve().parents[1] / "resources",  # a wheel maps resources/ here
)


def resource_path(*parts: str) -> Path:
    for root in _CANDIDATES:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return _CANDIDATES[0].joinpath(*parts)
