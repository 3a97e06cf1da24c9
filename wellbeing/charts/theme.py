"""The theme applied to matplotlib: its defaults, and the colours of axes already drawn.

Import lazily (it imports matplotlib); the palette itself is plain data in palette.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing.charts.palette import Theme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.typing import RcKeyType


HIGH_CONTRAST_WIDTH = 1.6
"""High contrast: every line this many times thicker."""


def theme_rc(theme: Theme) -> dict[RcKeyType, str]:
    """matplotlib defaults for the theme: the colours of what plotting creates unstyled."""
    return {
        "xtick.color": theme.text,
        "ytick.color": theme.text,
        "xtick.labelcolor": theme.text,
        "ytick.labelcolor": theme.text,
        "axes.edgecolor": theme.grid,
        "axes.labelcolor": theme.text,
        "axes.titlecolor": theme.text,
        "text.color": theme.text,
    }


def use_theme(theme: Theme) -> None:
    """Make the theme matplotlib's defaults, so that ticks and labels created while
    plotting already have their colours (restyling every tick costs a redraw ~60 ms)."""
    import matplotlib

    matplotlib.rcParams.update(theme_rc(theme))


def style_axes(axes: Axes, theme: Theme) -> None:
    axes.set_facecolor(theme.background)
    colours = (theme.text, theme.grid)
    if getattr(axes, "_wellbeing_colours", None) != colours:  # new axes, or another theme
        axes.tick_params(colors=theme.text, labelcolor=theme.text)
        for spine in axes.spines.values():
            spine.set_color(theme.grid)
        axes._wellbeing_colours = colours  # type: ignore[attr-defined]
    axes.title.set_color(theme.text)
    axes.xaxis.label.set_color(theme.text)
    axes.yaxis.label.set_color(theme.text)
    legend = axes.get_legend()
    if legend is not None:
        legend.get_frame().set_facecolor(theme.background)
        legend.get_frame().set_edgecolor(theme.grid)
        for text in legend.get_texts():
            text.set_color(theme.text)
    if theme.high_contrast:
        _thicken(axes)


def _thicken(axes: Axes) -> None:
    """High contrast: thicker series lines, once per line (a restyle must not add up)."""
    for line in axes.get_lines():
        if not getattr(line, "_wellbeing_thick", False):
            line.set_linewidth(line.get_linewidth() * HIGH_CONTRAST_WIDTH)
            line._wellbeing_thick = True  # type: ignore[attr-defined]
