"""Small drawing helpers every chart uses: a light layout, titles, empty states, date ticks
and the colour map of the heatmaps.

Charts are laid out with fixed margins in inches (FixedMargins) rather than matplotlib's
constrained layout, which measures every label on each draw and doubled the time of a
full dashboard redraw; margins are sized from the labels' lengths when the chart is built.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine

from wellbeing.analysis.facts import day_number, day_of
from wellbeing.charts.palette import Theme
from wellbeing.charts.words import day_label, month_name

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.colors import Colormap
    from matplotlib.legend import Legend
    from matplotlib.text import Text

TITLE_SIZE = 11
SMALL = 8
TITLE_ROOM = 0.38
"""Inches above the axes for the title (exports); on screen the card's caption shows it."""
UNTITLED_ROOM = 0.12
LINE = SMALL * 1.45 / 72
"""Height of one line of small text, in inches."""
CHAR = SMALL * 0.6 / 72
"""Width of an average character of small text, in inches (DejaVu Sans runs ≈ 0.55 em)."""
BAR_WIDTH, BAR_GAP = 0.14, 0.12
"""A colour bar's width and its gap to the chart, in inches."""


class FixedMargins(LayoutEngine):
    """Places the title, the chart's axes and its colour bar at fixed distances in inches
    from the figure's edges, whatever the figure's size."""

    _adjust_compatible = True
    _colorbar_gridspec = False

    def __init__(self, left: float, right: float, bottom: float, top: float = TITLE_ROOM) -> None:
        super().__init__()
        self._params = {"left": left, "right": right, "bottom": bottom, "top": top}
        self.axes: Axes | None = None
        self.bar: Axes | None = None
        self.title: Text | None = None
        self.titled = True
        self.export_only: list[Artist] = []
        """Artists drawn in exports only (legends: the window shows them as text)."""
        self.export_room = 0.0
        """Inches added below the axes for them."""
        self.notes: list[str] = []
        """What the export-only axis labels say, for the window to write under the chart."""

    def set_titled(self, titled: bool) -> None:
        """Draw the title in the figure (exports) or leave it to the window (on screen:
        Qt draws text far faster than matplotlib 3.11 does)."""
        self.titled = titled
        if self.title is not None:
            self.title.set_visible(titled)
        for artist in self.export_only:
            artist.set_visible(titled)

    def set(self, **kwargs: float) -> None:
        self._params.update(kwargs)

    def execute(self, fig: Figure) -> None:
        width, height = fig.get_size_inches()
        p = self._params
        if self.title is not None:
            self.title.set_y(1 - 0.08 / height)
        if self.axes is None:
            return
        top = p["top"] if self.titled else UNTITLED_ROOM
        bottom = p["bottom"] + (self.export_room if self.titled else 0.0)
        bar_room = BAR_WIDTH + BAR_GAP if self.bar is not None else 0.0
        inner_w = max(width - p["left"] - p["right"] - bar_room, 0.2)
        inner_h = max(height - top - bottom, 0.2)
        box = (p["left"] / width, bottom / height, inner_w / width, inner_h / height)
        self.axes.set_position(box)
        if self.bar is not None:
            x = (p["left"] + inner_w + BAR_GAP) / width
            self.bar.set_position((x, box[1], BAR_WIDTH / width, box[3]))


def label_width(labels: Sequence[str], size: float = SMALL) -> float:
    """Inches the longest of these one-line labels takes (an estimate, slightly generous)."""
    longest = max((len(label) for label in labels), default=0)
    return longest * size * 0.6 / 72


LABEL_CHARACTERS = 32
"""Longer tick labels (a client's full name) are cut with an ellipsis."""


def shorten(label: str, limit: int = LABEL_CHARACTERS) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def bar_rows(count: int) -> np.ndarray:
    """Row positions of horizontal bars, the first (largest) on top."""
    return np.arange(count)[::-1]


def title(figure: Figure, theme: Theme, text: str) -> Text:
    return figure.text(
        0.5,
        0.98,
        text,
        ha="center",
        va="top",
        color=theme.text,
        fontsize=TITLE_SIZE,
        fontweight="bold",
        gid="title",
    )


def figure(axes: Axes) -> Figure:
    """The figure the axes are drawn in."""
    return axes.get_figure(root=True)  # type: ignore[return-value]


def chart_axes(figure: Figure) -> Axes:
    """The axes a chart draws on in this figure: the ones it drew on last time (creating
    axes and their ticks is most of what drawing a small chart costs), or new ones."""
    engine = figure.get_layout_engine()
    if isinstance(engine, FixedMargins) and engine.axes is not None and engine.axes in figure.axes:
        return engine.axes
    for axes in list(figure.axes):
        figure.delaxes(axes)  # figure.clear() would first clear them, for nothing
    figure.clear()
    return figure.add_axes((0.1, 0.1, 0.8, 0.8))


def frame(
    axes: Axes,
    theme: Theme,
    heading: str,
    *,
    left: float,
    bottom: float,
    right: float = 0.2,
    colour_bar: bool = False,
) -> Axes | None:
    """Give the chart's figure its title and lay `axes` out by FixedMargins (with a colour
    scale's axes beside them, returned, when asked); `axes` are emptied first.

    A chart redrawn on its own figure gets its colour scale's axes back, emptied, too.
    """
    figure, engine = _fresh_layout(axes, left, right, bottom)
    engine.set(left=left, right=right, bottom=bottom, top=TITLE_ROOM)
    bar = engine.bar if engine.bar is not None and engine.bar in figure.axes else None
    if bar is not None and not colour_bar:
        figure.delaxes(bar)
        bar = None
    elif bar is None and colour_bar:
        bar = figure.add_axes((0.92, 0.1, 0.02, 0.8))
    for shown in (axes, bar):
        if shown is not None:
            _empty(shown)
            shown.set_visible(True)
    engine.axes, engine.bar = axes, bar
    engine.title = title(figure, theme, heading)
    engine.set_titled(engine.titled)
    return bar


def _clear_figure_level(figure: Figure) -> None:
    for text in list(figure.texts):
        text.remove()
    for legend in list(figure.legends):
        legend.remove()


def _empty(axes: Axes) -> None:
    """Remove what a chart drew on its axes, keeping the axes and their ticks."""
    for artist in (
        *axes.lines,
        *axes.collections,
        *axes.patches,
        *axes.texts,
        *axes.images,
        *axes.artists,
    ):
        artist.remove()
    axes.containers.clear()
    legend = axes.get_legend()
    if legend is not None:
        legend.remove()
    axes.set_xlabel("")
    axes.set_ylabel("")
    axes.set_axis_on()
    axes.set_frame_on(True)
    for spine in axes.spines.values():
        spine.set_visible(True)


def _fresh_layout(
    axes: Axes, left: float, right: float, bottom: float
) -> tuple[Figure, FixedMargins]:
    """The axes' figure, cleared of figure-level artists, with its FixedMargins engine
    (reused on a redraw, its export-only extras forgotten; made with these margins else)."""
    figure = axes.get_figure(root=True)
    assert isinstance(figure, Figure)
    engine = figure.get_layout_engine()
    _clear_figure_level(figure)
    if isinstance(engine, FixedMargins):
        engine.export_only, engine.export_room, engine.notes = [], 0.0, []
    else:
        engine = FixedMargins(left=left, right=right, bottom=bottom)
        figure.set_layout_engine(engine)
    return figure, engine


def empty_state(axes: Axes, theme: Theme, heading: str, message: str) -> None:
    """No axes shown, and a sentence saying why: never an empty frame without words."""
    figure, engine = _fresh_layout(axes, 0, 0, 0)
    engine.axes = axes
    for hidden in figure.axes:
        _empty(hidden)
        hidden.set_visible(False)
    engine.title = title(figure, theme, heading)
    engine.set_titled(engine.titled)
    figure.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        wrap=True,
        color=theme.muted,
        fontsize=10,
        gid="empty",
    )


def legend(figure: Figure, theme: Theme, rows: int, **options: object) -> Legend:
    """A legend under the chart, drawn in exports only: on screen the card writes it as
    text (see legend_html), which is several times faster than matplotlib's legend."""
    shown = figure.legend(
        loc="lower center",
        bbox_to_anchor=(0.5, 0.0),
        fontsize=SMALL,
        frameon=False,
        labelcolor=theme.text,
        **options,
    )
    engine = figure.get_layout_engine()
    if isinstance(engine, FixedMargins):
        engine.export_only.append(shown)
        engine.export_room += rows * LINE * 1.25 + 0.08
        shown.set_visible(engine.titled)
    return shown


def axis_note(figure: Figure, axes: Axes, text: str) -> None:
    """What the x axis measures: its label in exports, a line of text under the chart on
    screen (fast, and read by screen readers). In exports a long note wraps within the
    figure (a French one ran off both sides of a printed page) and gets room below."""
    axes.set_xlabel(text, fontsize=SMALL, wrap=True)
    engine = figure.get_layout_engine()
    if isinstance(engine, FixedMargins):
        engine.export_only.append(axes.xaxis.label)
        engine.export_room += _note_lines(figure, engine, text) * LINE + 0.06
        engine.notes.append(text)
        axes.xaxis.label.set_visible(engine.titled)


def _note_lines(figure: Figure, engine: FixedMargins, text: str) -> int:
    """Lines a note centred under the axes takes when matplotlib wraps it within the figure
    (its line width: twice the distance from the axes' centre to the nearer figure edge)."""
    width = figure.get_figwidth()
    right = engine._params["right"] + (BAR_WIDTH + BAR_GAP if engine.bar is not None else 0.0)
    centre = (engine._params["left"] + width - right) / 2
    room = max(2 * min(centre, width - centre) - 0.1, 1.0)
    return max(1, math.ceil(len(text) * CHAR / room))


def screen_notes(figure: Figure) -> list[str]:
    engine = figure.get_layout_engine()
    return list(engine.notes) if isinstance(engine, FixedMargins) else []


LINE_SYMBOLS = {"-": "━━", "solid": "━━", "--": "╍╍", "-.": "━·━", ":": "┉┉"}
"""A line's style in text, so that a legend tells series apart without their colours."""


def _swatch(handle: Artist, background: str) -> tuple[str, str]:
    """(symbol, #rrggbb) standing for a legend handle in text."""
    from matplotlib.collections import Collection
    from matplotlib.colors import to_hex, to_rgba
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    def blended(colour: object) -> str:
        red, green, blue, alpha = to_rgba(colour)
        alpha = max(alpha, 0.6)  # a pale fill still needs a visible swatch
        back = to_rgba(background)
        mix = [alpha * c + (1 - alpha) * b for c, b in zip((red, green, blue), back, strict=False)]
        return to_hex(mix)

    if isinstance(handle, Line2D):
        if handle.get_linestyle() in ("None", "", " "):
            return "●", blended(handle.get_color())
        return LINE_SYMBOLS.get(str(handle.get_linestyle()), "╍╍"), blended(handle.get_color())
    if isinstance(handle, Collection):
        faces = handle.get_facecolor()
        colour = faces[0] if len(faces) else handle.get_edgecolor()[0]
        symbol = "▨" if handle.get_hatch() else "●" if handle.get_offsets().size else "■"
        return symbol, blended(colour)
    if isinstance(handle, Patch):
        if handle.get_linewidth() and to_rgba(handle.get_edgecolor())[3]:
            return "▣", blended(handle.get_edgecolor())
        return ("▨" if handle.get_hatch() else "■"), blended(handle.get_facecolor())
    return "■", "#888888"


def legend_html(figure: Figure, background: str) -> str:
    """The figure's legends as one line of rich text: coloured symbols and their labels."""
    import html

    items = []
    for shown in figure.legends:
        for handle, text in zip(shown.legend_handles, shown.get_texts(), strict=False):
            if handle is None:
                continue
            symbol, colour = _swatch(handle, background)
            # Non-breaking hyphens too: Qt breaks "7-day mean" after the hyphen otherwise.
            label = html.escape(text.get_text()).replace("-", "\u2011")
            # An item breaks between items, never inside one ("3 fois" alone on a line).
            items.append(
                '<span style="white-space:nowrap">'
                f'<span style="color:{colour}; font-weight:bold">{symbol}</span>&nbsp;{label}'
                "</span>"
            )
    return " &nbsp;&nbsp; ".join(items)


def legend_labels(figure: Figure) -> list[str]:
    """The figure's legend entries as plain words (what legend_html writes with symbols)."""
    return [
        text.get_text()
        for shown in figure.legends
        for handle, text in zip(shown.legend_handles, shown.get_texts(), strict=False)
        if handle is not None
    ]


def set_titled(figure: Figure, titled: bool) -> None:
    engine = figure.get_layout_engine()
    if isinstance(engine, FixedMargins):
        engine.set_titled(titled)


def figure_text(figure: Figure, gid: str) -> str | None:
    """The text of the figure-level label with this gid ('title', 'empty'), if any."""
    for text in figure.texts:
        if text.get_gid() == gid:
            return text.get_text()
    return None


def sequential(theme: Theme) -> Colormap:
    """Colour-blind safe and perceptually even; the heavy end stands out from the background
    (dark on a light window, light on a dark one), the light end still differs from blank."""
    from matplotlib import colormaps
    from matplotlib.colors import ListedColormap

    base = colormaps["magma"] if theme.dark else colormaps["magma_r"]
    span = np.linspace(0.15, 0.92, 256) if theme.dark else np.linspace(0.08, 0.85, 256)
    return ListedColormap(base(span))


def colour_scale(bar: Axes, theme: Theme, label: str, top: float, ticks: Sequence[float]) -> None:
    """The colour map from 0 to `top` as a strip in its own small axes, a few ticks beside
    it (a Colorbar object costs as much again as the chart)."""
    steps = np.linspace(0, top, 65)
    bar.pcolormesh(
        [0, 1], steps, steps[:-1, None], cmap=sequential(theme), vmin=0, vmax=top, linewidth=0
    )
    bar.set_xlim(0, 1)
    bar.set_ylim(0, top)
    bar.set_xticks([])
    bar.set_yticks(list(ticks), [f"{t:g}" for t in ticks])
    bar.yaxis.tick_right()
    bar.yaxis.set_label_position("right")
    bar.tick_params(labelsize=SMALL, colors=theme.text, length=2)
    bar.set_ylabel(label, fontsize=SMALL, color=theme.text)


def day_ticks(first: date, last: date, lang: str) -> tuple[list[int], list[str]]:
    """Tick positions (day numbers) and labels: Mondays for a few weeks, the 1st and 15th
    for a few months, month starts beyond."""
    span = (last - first).days
    if span <= 45:
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        days = [monday + timedelta(weeks=w) for w in range(span // 7 + 1)]
        days = [d for d in days if d <= last]
        return [day_number(d) for d in days], [day_label(lang, d) for d in days]
    if span <= 120:
        days = [
            day_of(n)
            for n in range(day_number(first), day_number(last) + 1)
            if day_of(n).day in (1, 15)
        ]
        return [day_number(d) for d in days], [day_label(lang, d) for d in days]
    step = 1 if span <= 400 else 2 if span <= 800 else 3 if span <= 1200 else 6
    months = []
    month = date(first.year, first.month, 1)
    if month < first:
        month = next_month(month)
    while month <= last:
        if (month.month - 1) % step == 0:
            months.append(month)
        month = next_month(month)
    labels = []
    for index, day in enumerate(months):
        name = month_name(lang, day.month)
        labels.append(f"{name}\n{day.year}" if index == 0 or day.month == 1 else name)
    return [day_number(d) for d in months], labels


def next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def date_axis(axes: Axes, first: date, last: date, lang: str) -> None:
    positions, labels = day_ticks(first, last, lang)
    axes.set_xticks(positions, labels, fontsize=SMALL)
    axes.set_xlim(day_number(first) - 0.5, day_number(last) + 0.5)


BAR_MIN_ROWS = 6
"""Bars keep a slim height with only a few of them: the axis always has room for six."""
