"""The welcome's pages: each knows its title, whether something was typed, and re-translates
itself when the language changes (the first page changes it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.boundaries import Boundaries, ChannelRule
from wellbeing.domain.model import Client
from wellbeing.ui.boundaries_dialog import SpanRow, day_names
from wellbeing.ui.passphrase_dialogs import NewPassphraseForm, RecoveryKeyPanel

LIMIT_FIELDS = 3
CLIENT_ROWS = 4


def _label(kind: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if kind:
        label.setProperty(kind, True)
    return label


class Page(QWidget):
    """A heading, a sentence saying why the step matters, then the page's own fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label("heading")
        self.intro = _label("hint")
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.body, 1)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text in the current language (at start, and on a language change)."""

    def typed(self) -> bool:
        """Whether skipping would lose something the user typed or chose here."""
        return False

    def focus_first(self) -> None:
        self.focusNextChild()


class LanguagePage(Page):
    """English or French; the choice applies at once, to the welcome and to the app."""

    chosen = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QRadioButton] = {
            "en": QRadioButton("English"),  # each language named in itself: never translated
            "fr": QRadioButton("Français"),
        }
        self.group = QButtonGroup(self)
        for key, button in self.buttons.items():
            self.group.addButton(button)
            button.setObjectName(f"language_{key}")
            button.toggled.connect(lambda on, k=key: self._toggled(on, k))
            self.body.addWidget(button)
        self.buttons[lang if lang in self.buttons else "en"].setChecked(True)
        self.keys = _label("hint")
        self.body.addSpacing(12)
        self.body.addWidget(self.keys)
        self.body.addStretch(1)
        self.retranslate()

    def _toggled(self, on: bool, key: str) -> None:
        if on:
            self.chosen.emit(key)

    def title(self) -> str:
        return self.tr("Language")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to your Wellbeing Journal"))
        self.intro.setText(
            self.tr(
                "A private journal of difficult client encounters and of what they cost you. "
                "A few steps set it up; you can change each of them later. First, your "
                "language:"
            )
        )
        self.keys.setText(
            self.tr(
                "Keyboard: Enter goes to the next step, Alt+B goes back, Escape skips the rest."
            )
        )

    def language(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def focus_first(self) -> None:
        self.buttons[self.language()].setFocus()


class PassphrasePage(Page):
    """The passphrase, then (once the journal is made with it) the recovery key to keep."""

    kept_changed = Signal(bool)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.form = NewPassphraseForm(path)
        self.key_panel: RecoveryKeyPanel | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.form)
        self.problem = _label("problem")
        self.problem.hide()
        self.skip_note = _label("hint")
        self.skip_note.hide()
        self.body.addWidget(self.skip_note)
        self.body.addWidget(self.stack)
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self.retranslate()

    @property
    def created(self) -> bool:
        return self.key_panel is not None

    @property
    def kept(self) -> bool:
        return self.key_panel is not None and self.key_panel.kept.isChecked()

    def show_key(self, recovery_key: str) -> None:
        self.key_panel = RecoveryKeyPanel(recovery_key, journal=self.path)
        self.key_panel.kept_changed.connect(self.kept_changed)
        self.stack.addWidget(self.key_panel)
        self.stack.setCurrentWidget(self.key_panel)
        self.problem.hide()
        self.retranslate()

    def refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def title(self) -> str:
        return self.tr("Recovery key") if self.created else self.tr("Passphrase")

    def retranslate(self) -> None:
        self.form.retranslate()
        if self.key_panel is not None:
            self.key_panel.retranslate()
            self.heading.setText(self.tr("Your recovery key"))
            self.intro.setText(self.tr("Your journal is created, encrypted on this computer."))
        else:
            self.heading.setText(self.tr("Your passphrase"))
            self.intro.setText(self.tr("Only you can open your journal: nobody else, ever."))
        self.skip_note.setText(
            self.tr(
                "This step is the one that cannot be skipped: the journal needs a passphrase, "
                "and its recovery key must be kept safe. The rest can be set later."
            )
        )

    def typed(self) -> bool:
        return not self.created and self.form.typed()

    def focus_first(self) -> None:
        if self.key_panel is not None:
            self.key_panel.kept.setFocus()
        else:
            self.form.first.setFocus()


class BoundariesPage(Page):
    """Working days and hours, channels accepted, a few limits in the user's own words:
    saved as the user's boundaries at the end, so that nothing is flagged against limits
    the user never set."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[SpanRow] = []
        self.to_labels: list[QLabel] = []
        week = QGridLayout()
        week.setColumnStretch(4, 1)
        week.setVerticalSpacing(2)
        for weekday in range(7):
            row = SpanRow(QCheckBox())
            week.addWidget(row.switch, weekday, 0)
            week.addWidget(row.start, weekday, 1)
            to = QLabel()
            self.to_labels.append(to)
            week.addWidget(to, weekday, 2)
            week.addWidget(row.end, weekday, 3)
            self.days.append(row)
        channels = QGridLayout()
        channels.setVerticalSpacing(2)
        self.channels: dict[str, QCheckBox] = {}
        for index, term in enumerate(vocab.CHANNELS):
            box = QCheckBox()
            box.setObjectName(f"channel_{term.key}")
            channels.addWidget(box, index // 2, index % 2)
            self.channels[term.key] = box
        self.limits = [QLineEdit() for _ in range(LIMIT_FIELDS)]
        for field in self.limits:
            field.setMaxLength(300)
        self.week_heading = _label("section")
        self.channels_heading = _label("section")
        self.limits_heading = _label("section")
        left = QVBoxLayout()
        left.addWidget(self.week_heading)
        left.addLayout(week)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.channels_heading)
        right.addLayout(channels)
        right.addWidget(self.limits_heading)
        for field in self.limits:
            right.addWidget(field)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.body.addLayout(columns)
        self.body.addStretch(1)
        self.lang = lang
        self.show_boundaries(Boundaries())
        self.initial = self.boundaries()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Boundaries")

    def retranslate(self) -> None:
        from wellbeing.ui.i18n import ui_language

        self.lang = ui_language()
        self.heading.setText(self.tr("Your boundaries"))
        self.intro.setText(
            self.tr(
                "When you work, how clients may reach you, and what you will not accept. "
                "Encounters that cross these limits are flagged in the journal; change them "
                "any time in Journal → My boundaries."
            )
        )
        self.week_heading.setText(self.tr("The days and hours I work"))
        self.channels_heading.setText(self.tr("How clients may reach me"))
        self.limits_heading.setText(self.tr("Two or three limits, in my own words"))
        for name, row, to in zip(day_names(self.lang), self.days, self.to_labels, strict=True):
            row.switch.setText(name)
            row.start.setAccessibleName(
                QCoreApplication.translate("BoundariesDialog", "{day}, start").format(day=name)
            )
            row.end.setAccessibleName(
                QCoreApplication.translate("BoundariesDialog", "{day}, end").format(day=name)
            )
            to.setText(QCoreApplication.translate("BoundariesDialog", "to"))
        for term in vocab.CHANNELS:
            self.channels[term.key].setText(term.label(self.lang))
        examples = (
            self.tr("For example: no calls after 7 p.m."),
            self.tr("For example: extra requests get a quote first"),
            self.tr("For example: I am spoken to politely"),
        )
        for field, example in zip(self.limits, examples, strict=True):
            field.setPlaceholderText(example)
            field.setAccessibleName(self.tr("A limit in my own words"))

    def show_boundaries(self, boundaries: Boundaries) -> None:
        for row, hours in zip(self.days, boundaries.working_hours, strict=True):
            row.set(hours)
        for key, box in self.channels.items():
            rule = boundaries.rule_for(key)
            box.setChecked(rule is None or rule.accepted)

    def problem_text(self) -> tuple[str, QWidget] | None:
        for name, row in zip(day_names(self.lang), self.days, strict=True):
            hours = row.hours()
            if hours is not None and hours.end <= hours.start:
                message = QCoreApplication.translate(
                    "BoundariesDialog", "On {day}, the working hours must end after they start."
                )
                return message.format(day=name), row.end
        return None

    def boundaries(self) -> Boundaries:
        """The limits as shown (check problem_text first: hours may end before they start)."""
        return Boundaries(
            working_hours=tuple(row.hours() for row in self.days),
            channels=tuple(
                ChannelRule(key, accepted=False)
                for key, box in self.channels.items()
                if not box.isChecked()
            ),
            limits=tuple(text for field in self.limits if (text := field.text().strip())),
        )

    def typed(self) -> bool:
        return self.boundaries() != self.initial

    def focus_first(self) -> None:
        self.days[0].switch.setFocus()


class ClientsPage(Page):
    """A few names (and, if known, their share of revenue), so that logging can pick them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.name_heading = _label("section")
        self.share_heading = _label("section")
        grid.addWidget(self.name_heading, 0, 0)
        grid.addWidget(self.share_heading, 0, 1)
        self.names: list[QLineEdit] = []
        self.shares: list[QSpinBox] = []
        for row in range(CLIENT_ROWS):
            name = QLineEdit()
            name.setMaxLength(200)
            share = QSpinBox()
            share.setRange(0, 100)
            share.setSuffix(" %")
            share.setMinimumWidth(110)
            grid.addWidget(name, row + 1, 0)
            grid.addWidget(share, row + 1, 1)
            self.names.append(name)
            self.shares.append(share)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Clients")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your first clients (optional)"))
        self.intro.setText(
            self.tr(
                "The clients you deal with most, so that you can pick them when you log an "
                "encounter. Their share of your revenue, if you know it, shows how much you "
                "depend on each; leave it at “not known” otherwise."
            )
        )
        self.name_heading.setText(self.tr("Name"))
        self.share_heading.setText(self.tr("Share of my revenue"))
        for number, (name, share) in enumerate(zip(self.names, self.shares, strict=True), 1):
            name.setAccessibleName(self.tr("Client {n}, name").format(n=number))
            share.setAccessibleName(self.tr("Client {n}, share of my revenue").format(n=number))
            share.setSpecialValueText(self.tr("not known"))
        self.names[0].setPlaceholderText(self.tr("For example: Acme Lettings"))

    def clients(self) -> list[Client]:
        """One per distinct name (case aside), in the order typed."""
        seen: set[str] = set()
        found = []
        for name, share in zip(self.names, self.shares, strict=True):
            text = " ".join(name.text().split())
            if text and text.casefold() not in seen:
                seen.add(text.casefold())
                found.append(Client(text, revenue_share=float(share.value()) or None))
        return found

    def typed(self) -> bool:
        return any(name.text().strip() for name in self.names)

    def focus_first(self) -> None:
        self.names[0].setFocus()


class DemoPage(Page):
    """The offer to look around a made-up journal first, in a file of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own = QRadioButton()
        self.own.setObjectName("start_own")
        self.demo = QRadioButton()
        self.demo.setObjectName("explore_demo")
        self.own.setChecked(True)
        self.after = _label("hint")
        self.body.addWidget(self.own)
        self.body.addWidget(self.demo)
        self.body.addSpacing(12)
        self.body.addWidget(self.after)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Demo")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Explore a demo journal first?"))
        self.intro.setText(
            self.tr(
                "A demo journal holds a made-up year of encounters, so that you can see every "
                "chart and piece of advice at once. It is a separate file, marked “demo” "
                "everywhere it shows; one click removes it and opens your own journal."
            )
        )
        self.own.setText(self.tr("Start with my own journal"))
        self.demo.setText(self.tr("Explore the demo journal first"))
        self.after.setText(self.tr("Enter or Start opens the journal you chose."))

    def wants_demo(self) -> bool:
        return self.demo.isChecked()

    def focus_first(self) -> None:
        (self.demo if self.demo.isChecked() else self.own).setFocus()


__all__ = [
    "BoundariesPage",
    "ClientsPage",
    "DemoPage",
    "LanguagePage",
    "Page",
    "PassphrasePage",
]
