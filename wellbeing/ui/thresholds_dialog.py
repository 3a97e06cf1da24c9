"""Where each rung of the client advice starts: every threshold, in plain words, with undo.

Only the values that differ from the defaults are stored (settings.ADVICE_THRESHOLDS), so
that better defaults in a later version still reach users who never touched them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis import evidence
from wellbeing.analysis.advice import Thresholds
from wellbeing.store import settings
from wellbeing.store.errors import JournalError
from wellbeing.ui.errors import explain
from wellbeing.ui.journal_store import Changes, JournalStore
from wellbeing.ui.screen_fit import fit_to_screen
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.adaptive_splitter import AdaptiveSplitter
from wellbeing.ui.widgets.settings_buttons import settings_buttons

THRESHOLDS_CHANGED = settings.ADVICE_THRESHOLDS.key
"""What `store.changed` announces after a change of the advice settings."""

FOLLOW_UP = "follow_up_weeks"
"""The follow-up weeks sit among the thresholds in the dialog, though stored apart."""


@dataclass(frozen=True)
class Spin:
    """How one number is edited: decimals, step and unit (see ThresholdsDialog._units)."""

    decimals: int = 0
    step: float = 1.0
    unit: str = ""


GROUPS: tuple[tuple[str, tuple[tuple[str, Spin], ...]], ...] = (
    (
        "data",
        (
            ("window_weeks", Spin(unit="weeks")),
            ("min_encounters", Spin()),
            ("min_weeks", Spin(unit="weeks")),
        ),
    ),
    (
        "watch",
        (
            ("watch_difficult_share", Spin(step=5, unit="percent")),
            ("watch_mean_impact", Spin(1, 0.5, "impact")),
            ("watch_peak_impact", Spin(unit="impact")),
            ("watch_disrespect", Spin()),
            ("watch_crossings", Spin()),
        ),
    ),
    (
        "reframe",
        (
            ("reframe_mean_impact", Spin(1, 0.5, "impact")),
            ("reframe_disrespect", Spin()),
            ("reframe_threats", Spin()),
            ("reframe_crossings", Spin()),
            ("reframe_crossing_share", Spin(step=5, unit="percent")),
        ),
    ),
    ("dethrone", (("dethrone_severe", Spin()),)),
    (
        "trend",
        (
            ("min_half_encounters", Spin()),
            ("share_margin", Spin(step=5, unit="points")),
            ("impact_margin", Spin(1, 0.5)),
            ("violation_margin", Spin(1, 0.1)),
            ("disrespect_margin", Spin(2, 0.05)),
            ("frequency_margin", Spin(1, 0.5)),
            (FOLLOW_UP, Spin(unit="weeks")),
        ),
    ),
    (
        "money",
        (
            ("cost_excess", Spin(step=5, unit="points")),
            ("dependency_share", Spin(step=5, unit="percent")),
        ),
    ),
)

ORDERED = (
    ("watch_mean_impact", "reframe_mean_impact"),
    ("watch_disrespect", "reframe_disrespect"),
    ("watch_crossings", "reframe_crossings"),
    ("min_weeks", "window_weeks"),
)
"""Pairs Thresholds refuses out of order, worded here with the dialog's labels."""

LEFT_GROUPS = ("data", "watch", "reframe")
CAPTION_WIDTH = 240


class ThresholdsDialog(QDialog):
    """Edits Thresholds and the reframing follow-up weeks; Save stores them with undo."""

    def __init__(
        self,
        store: JournalStore,
        undo_stack: QUndoStack,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.lang = lang
        self.setWindowTitle(self.tr("Advice thresholds"))
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.labels: dict[str, str] = {}
        self._build()
        self.show_values(store.setting(settings.ADVICE_THRESHOLDS), self._stored_weeks())

    # --- building -------------------------------------------------------------------------

    def _texts(self) -> dict[str, tuple[str, str]]:
        """Label and tooltip (the documented meaning) of every field."""
        return {
            "window_weeks": (
                self.tr("Weeks the advice looks back"),
                self.tr("The advice reads the encounters of these last weeks, up to today."),
            ),
            "min_encounters": (
                self.tr("Encounters needed for advice"),
                self.tr("With fewer encounters than this in those weeks, no advice is given."),
            ),
            "min_weeks": (
                self.tr("Different weeks needed for advice"),
                self.tr("With encounters in fewer different weeks than this, no advice."),
            ),
            "watch_difficult_share": (
                self.tr("Watch from this share of difficult encounters"),
                self.tr("Share of the client's encounters that were difficult."),
            ),
            "watch_mean_impact": (
                self.tr("Watch from this mean impact"),
                self.tr("Mean impact of the difficult encounters, on the 0–10 scale."),
            ),
            "watch_peak_impact": (
                self.tr("Watch after one encounter this hard"),
                self.tr("One difficult encounter at this impact or more is enough to watch."),
            ),
            "watch_disrespect": (
                self.tr("Watch from this many disrespectful encounters"),
                self.tr("Encounters with rudeness, contempt, insults, shouting or threats."),
            ),
            "watch_crossings": (
                self.tr("Watch from this many encounters crossing a limit"),
                self.tr(
                    "Encounters crossing a limit you set: working hours, days off, channels, "
                    "scope or agreed terms."
                ),
            ),
            "reframe_mean_impact": (
                self.tr("Reframe from this mean impact"),
                self.tr("Mean impact of the difficult encounters, on the 0–10 scale."),
            ),
            "reframe_disrespect": (
                self.tr("Reframe from this many disrespectful encounters"),
                self.tr("Encounters with rudeness, contempt, insults, shouting or threats."),
            ),
            "reframe_threats": (
                self.tr("Reframe from this many threatening encounters"),
                self.tr("Encounters in which the client threatened you."),
            ),
            "reframe_crossings": (
                self.tr("Reframe from this many encounters crossing a limit"),
                self.tr(
                    "Encounters crossing a limit you set: working hours, days off, channels, "
                    "scope or agreed terms."
                ),
            ),
            "reframe_crossing_share": (
                self.tr("…and in at least this share of encounters"),
                self.tr(
                    "Crossings only call for reframing when they are a pattern: this share of "
                    "the client's encounters or more."
                ),
            ),
            "dethrone_severe": (
                self.tr("Dethrone at once from this many threats or insults"),
                self.tr(
                    "Encounters with threats or insults that justify ending the relationship "
                    "without reframing it first."
                ),
            ),
            "min_half_encounters": (
                self.tr("Encounters needed to judge a trend"),
                self.tr(
                    "Each half of the weeks read needs this many encounters before the advice "
                    "says whether things are getting worse."
                ),
            ),
            "share_margin": (
                self.tr("Change of the difficult share that counts"),
                self.tr(
                    "Change of the share of difficult encounters, in points, that counts as "
                    "worse or better."
                ),
            ),
            "impact_margin": (
                self.tr("Change of the mean impact that counts"),
                self.tr("Change of the mean impact that counts as worse or better."),
            ),
            "violation_margin": (
                self.tr("Change of limits crossed per encounter that counts"),
                self.tr(
                    "Change of boundary violations per encounter that counts as worse or better."
                ),
            ),
            "disrespect_margin": (
                self.tr("Change of disrespect per encounter that counts"),
                self.tr(
                    "After a reframing: change of the share of disrespectful encounters "
                    "(0 to 1) that counts."
                ),
            ),
            "frequency_margin": (
                self.tr("Change of difficult encounters per week that counts"),
                self.tr(
                    "After a reframing: five difficult encounters a week, then one, is a "
                    "reframing that worked even if each weighs the same."
                ),
            ),
            FOLLOW_UP: (
                self.tr("Weeks before judging a reframing"),
                self.tr(
                    "After a reframing, these weeks are compared with the same number of "
                    "weeks before it, to say whether it worked."
                ),
            ),
            "cost_excess": (
                self.tr("Emotional cost above the revenue that counts"),
                self.tr(
                    "Points by which a client's share of your emotional load may exceed "
                    "their share of your revenue."
                ),
            ),
            "dependency_share": (
                self.tr("Revenue share from which saying no feels risky"),
                self.tr("From this share of your revenue, the advice adds a dependency warning."),
            ),
        }

    def _group_titles(self) -> dict[str, str]:
        return {
            "data": self.tr("How much the advice reads"),
            "watch": self.tr("When to watch"),
            "reframe": self.tr("When to reframe"),
            "dethrone": self.tr("When to dethrone"),
            "trend": self.tr("Trends and the reframing follow-up"),
            "money": self.tr("Money"),
        }

    def _units(self) -> dict[str, str]:
        return {
            "weeks": self.tr(" weeks"),
            "percent": self.tr(" %"),
            "points": self.tr(" points"),
            "impact": self.tr(" /10"),
        }

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "The advice climbs from keep to watch, reframe and dethrone as these figures "
                "are reached. Hover over a setting to read what it counts."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("hint", True)
        texts, titles, units = self._texts(), self._group_titles(), self._units()
        grids = {"left": QGridLayout(), "right": QGridLayout()}
        for group, members in GROUPS:
            grid = grids["left" if group in LEFT_GROUPS else "right"]
            title = QLabel(titles[group])
            title.setProperty("section", True)
            grid.addWidget(title, grid.rowCount(), 0, 1, 2)
            for name, spin in members:
                label, tooltip = texts[name]
                editor = self._spin(name, spin, units.get(spin.unit, ""))
                editor.setToolTip(tooltip)
                editor.setAccessibleName(label)
                caption = QLabel(label)
                caption.setToolTip(tooltip)
                caption.setBuddy(editor)
                caption.setWordWrap(True)
                caption.setMinimumWidth(CAPTION_WIDTH)
                line = grid.rowCount()
                grid.addWidget(caption, line, 0)
                grid.addWidget(editor, line, 1, Qt.AlignmentFlag.AlignTop)
                self.spins[name] = editor
                self.labels[name] = label
        body = AdaptiveSplitter()  # one above the other when large text leaves no room
        body.setChildrenCollapsible(False)
        body.setHandleWidth(16)
        for grid in grids.values():
            grid.setColumnStretch(0, 1)
            grid.setRowStretch(grid.rowCount(), 1)
            grid.setVerticalSpacing(6)
            grid.setHorizontalSpacing(10)
            holder = QWidget()
            holder.setLayout(grid)
            body.addWidget(holder)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)  # sideways too, with large text
        self.problem = QLabel()
        self.problem.setProperty("problem", True)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self._build_buttons())
        fit_to_screen(self, 960, 600)

    def _spin(self, name: str, spin: Spin, unit: str) -> QSpinBox | QDoubleSpinBox:
        low, high = _limits(name)
        editor: QSpinBox | QDoubleSpinBox
        if spin.decimals or _is_float(name):
            editor = QDoubleSpinBox()
            editor.setDecimals(spin.decimals)
            editor.setRange(float(low), float(high))
        else:
            editor = QSpinBox()
            editor.setRange(int(low), int(high))
        editor.setSingleStep(spin.step)  # type: ignore[arg-type]
        editor.setSuffix(unit)
        editor.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        editor.setObjectName(name)
        return editor

    def _build_buttons(self) -> QDialogButtonBox:
        buttons, self.save_button, self.defaults_button = settings_buttons(
            self,
            self.save,
            self.restore_defaults,
            self.tr("Save these thresholds (Ctrl+Enter)"),
            self.tr("Fill in the defaults; nothing is saved yet"),
        )
        return buttons

    # --- state ----------------------------------------------------------------------------

    def _stored_weeks(self) -> int:
        return self.store.setting(settings.REFRAME_FOLLOW_UP_WEEKS)

    def show_values(self, overrides: dict, weeks: int) -> None:
        """Show the defaults with these overrides; overrides that no longer validate show
        as the defaults."""
        try:
            shown = Thresholds.from_overrides(overrides)
        except ValueError:
            shown = Thresholds()
        for spec in fields(Thresholds):
            self.spins[spec.name].setValue(getattr(shown, spec.name))
        self.spins[FOLLOW_UP].setValue(weeks)
        self.problem.setVisible(False)

    def restore_defaults(self) -> None:
        self.show_values({}, settings.REFRAME_FOLLOW_UP_WEEKS.default)

    def overrides(self) -> dict[str, float]:
        """The values shown that differ from the defaults."""
        defaults = Thresholds()
        found: dict[str, float] = {}
        for spec in fields(Thresholds):
            value = self.spins[spec.name].value()
            if abs(value - getattr(defaults, spec.name)) > 1e-9:
                found[spec.name] = int(value) if not _is_float(spec.name) else float(value)
        return found

    def follow_up_weeks(self) -> int:
        return int(self.spins[FOLLOW_UP].value())

    def problem_text(self, overrides: dict[str, float]) -> tuple[str, QWidget] | None:
        """Why these thresholds cannot be saved, in the dialog's words, and where to fix it."""
        try:
            Thresholds.from_overrides(overrides)
        except ValueError as error:
            values = {**_defaults(), **overrides}
            for low, high in ORDERED:
                if values[high] < values[low]:
                    message = self.tr("“{high}” cannot be below “{low}”.")
                    text = message.format(high=self.labels[high], low=self.labels[low])
                    return text, self.spins[high]
            return str(error), self.spins[FOLLOW_UP]
        return None

    def _refuse(self, text: str, where: QWidget | None = None) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        if where is not None:
            where.setFocus()

    def save(self) -> None:
        overrides = self.overrides()
        found = self.problem_text(overrides)
        if found is not None:
            self._refuse(*found)
            return
        stored = self.store.setting(settings.ADVICE_THRESHOLDS)
        known = {spec.name for spec in fields(Thresholds)}
        after = {**{k: v for k, v in stored.items() if k not in known}, **overrides}
        weeks_before, weeks_after = self._stored_weeks(), self.follow_up_weeks()
        if (after, weeks_after) != (stored, weeks_before):
            try:
                changes = self._write(after, weeks_after)
            except JournalError as error:
                self._refuse(explain(error))
                return
            record(
                self.undo_stack,
                self.tr("Change advice thresholds"),
                lambda: self._write(stored, weeks_before),
                lambda: self._write(after, weeks_after),
                changes,
            )
        self.accept()

    def _write(self, overrides: dict, weeks: int) -> Changes:
        """Both settings, then one announcement so that the advice is worked out again."""
        with self.store.transaction():  # one announcement for both, at the end
            changes = self.store.put_setting(settings.ADVICE_THRESHOLDS, overrides)
            return changes | self.store.put_setting(settings.REFRAME_FOLLOW_UP_WEEKS, weeks)


def _defaults() -> dict[str, float]:
    defaults = Thresholds()
    return {spec.name: getattr(defaults, spec.name) for spec in fields(Thresholds)}


def _limits(name: str) -> tuple[float, float]:
    if name == FOLLOW_UP:
        setting = settings.REFRAME_FOLLOW_UP_WEEKS
        return float(setting.low or 1), float(setting.high or 52)
    spec = next(spec for spec in fields(Thresholds) if spec.name == name)
    if name == "min_half_encounters":
        # Fewer than the shared minimum has no effect (the advice never goes below it);
        # settings saved lower by older versions still load, and show as the minimum.
        return float(max(spec.metadata["low"], evidence.MIN_SIDE)), spec.metadata["high"]
    return spec.metadata["low"], spec.metadata["high"]


def _is_float(name: str) -> bool:
    spec = next((spec for spec in fields(Thresholds) if spec.name == name), None)
    return spec is not None and spec.type in (float, "float")
