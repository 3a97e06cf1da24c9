"""Colours every chart shares: Okabe–Ito (colour-blind safe), tuned for light and dark.

Bands and states never rely on colour alone: charts also label or hatch them.
"""

from __future__ import annotations

from dataclasses import dataclass

OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
}

BANDS = {"green": OKABE_ITO["green"], "amber": OKABE_ITO["orange"], "red": OKABE_ITO["vermillion"]}
"""Exhaustion bands and advice severity share these three."""

ADVICE = {
    "keep": OKABE_ITO["green"],
    "watch": OKABE_ITO["yellow"],
    "reframe": OKABE_ITO["orange"],
    "dethrone": OKABE_ITO["vermillion"],
}


@dataclass(frozen=True)
class Theme:
    """Text and background colours that follow the window (light or dark)."""

    background: str
    text: str
    muted: str
    grid: str
    line: str
    """The main series colour."""
    accent: str
    high_contrast: bool = False
    """Thicker lines and no grey text: the window's high-contrast theme."""

    @property
    def dark(self) -> bool:
        return _luminance(self.background) < 0.5


LIGHT = Theme("#ffffff", "#222222", "#666666", "#dddddd", OKABE_ITO["blue"], OKABE_ITO["orange"])
DARK = Theme("#1e1e1e", "#eeeeee", "#aaaaaa", "#444444", OKABE_ITO["sky"], OKABE_ITO["orange"])
HIGH_CONTRAST = Theme(
    "#000000", "#ffffff", "#ffffff", "#9a9a9a", OKABE_ITO["sky"], OKABE_ITO["orange"], True
)
PRINT = LIGHT
"""Reports and PDFs: dark text on white paper, whatever the window shows."""


def _luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def theme_for(background: str, text: str) -> Theme:
    """The theme matching the window's own palette colours (#rrggbb)."""
    base = DARK if _luminance(background) < 0.5 else LIGHT
    return Theme(background, text, base.muted, base.grid, base.line, base.accent)
