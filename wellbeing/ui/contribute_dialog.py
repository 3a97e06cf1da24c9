"""Share my week with my team: choose the week, the team code and the folder, see exactly
what the file will say, then write it or cancel.

Opt-in on every use and never suggested elsewhere: nothing is written, and nothing is
left for a lead to see, until "Write the file" is pressed on the preview.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.contribution import IsoWeek, check_team_code, last_complete_week
from wellbeing.domain.formatting import format_number
from wellbeing.domain.validation import InvalidValue
from wellbeing.services.contribute import EPSILON, answer_lines
from wellbeing.sharing.contribution import Contribution
from wellbeing.store.errors import JournalError
from wellbeing.ui.errors import explain
from wellbeing.ui.file_dialogs import documents_folder
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.periods import week_span
from wellbeing.ui.screen_fit import fit_to_screen
from wellbeing.ui.widgets.labels import hint, section

WEEKS_OFFERED = 8
"""Complete weeks offered, newest first: a contribution is about a recent week."""


def offered_weeks(today: date, count: int = WEEKS_OFFERED) -> list[IsoWeek]:
    """The last complete weeks, newest first; never the week in progress nor a later one."""
    weeks = [last_complete_week(today)]
    while len(weeks) < count:
        weeks.append(weeks[-1].previous())
    return weeks


def problem_label() -> QLabel:
    """One sentence beside a field saying what is wrong with it; hidden when nothing is."""
    label = QLabel()
    label.setProperty("problem", True)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class ContributeDialog(QDialog):
    """Two steps in one dialog: the choices, then the preview of the file and its writing."""

    def __init__(
        self,
        store: JournalStore,
        lang: str,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.today = today or date.today()
        self.contribution: Contribution | None = None
        self.target: Path | None = None
        self.written: Path | None = None
        self.preview_rows: list[tuple[str, str]] = []
        self.setWindowTitle(self.tr("Share my week with my team"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choices())
        self.pages.addWidget(self._build_preview())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self._build_buttons())
        self._prefill()
        self.show_choices()
        fit_to_screen(self, 620, self.sizeHint().height())

    # --- building -------------------------------------------------------------------------

    def _build_choices(self) -> QWidget:
        page = QWidget()
        intro = hint(
            self.tr(
                "Write one small file about one week for your team lead: coarse answers only, "
                "randomised on this computer, never any text, client name or date finer than "
                "the week. You see exactly what it says before anything is written."
            )
        )
        self.week = QComboBox()
        self.week.setObjectName("week")
        for week in offered_weeks(self.today):
            self.week.addItem(f"{week} ({week_span(week, self.lang)})", str(week))
        self.team = QLineEdit()
        self.team.setObjectName("team")
        self.team.setPlaceholderText(self.tr("as your team lead gave it"))
        self.team.setMaxLength(32)
        self.team_problem = problem_label()
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        self.folder.setPlaceholderText(self.tr("the team's shared or synced folder"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        self.folder_problem = problem_label()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Week:"), self.week)
        form.addRow(self.tr("&Team code:"), self.team)
        form.addRow("", self.team_problem)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)  # a row of two widgets gets no buddy by itself
        form.addRow(folder_label, folder_row)
        form.addRow("", self.folder_problem)
        self.choices_problem = problem_label()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.choices_problem)
        layout.addStretch(1)
        return page

    def _build_preview(self) -> QWidget:
        page = QWidget()
        self.preview_title = section("")
        self.answers = QGridLayout()
        self.answers.setHorizontalSpacing(16)
        self.answers.setVerticalSpacing(4)
        self.answers.setColumnStretch(1, 1)
        self.randomised = hint("")
        self.file_name = QLabel()
        self.file_name.setWordWrap(True)
        self.file_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_problem = problem_label()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_title)
        layout.addLayout(self.answers)
        layout.addSpacing(6)
        layout.addWidget(self.randomised)
        layout.addWidget(self.file_name)
        layout.addWidget(self.preview_problem)
        layout.addStretch(1)
        return page

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(
            self.tr("&Back"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.preview_button = buttons.addButton(
            self.tr("&Preview…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button = buttons.addButton(
            self.tr("&Write the file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setProperty("primary", True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back_button.clicked.connect(self.show_choices)
        self.preview_button.clicked.connect(self.preview)
        self.write_button.clicked.connect(self.write)
        self.cancel_button.clicked.connect(self.reject)
        return buttons

    def _prefill(self) -> None:
        remembered = self.store.sharing_remembered()
        self.team.setText(remembered.team or "")
        self.folder.setText(str(remembered.folder) if remembered.folder else "")

    # --- steps ------------------------------------------------------------------------

    def show_choices(self) -> None:
        self.pages.setCurrentIndex(0)
        for button, shown in (
            (self.back_button, False),
            (self.preview_button, True),
            (self.write_button, False),
        ):
            button.setVisible(shown)
        self.preview_button.setDefault(True)
        self.first_field().setFocus()

    def first_field(self) -> QWidget:
        """Where typing starts: the team code until one is known, then the week."""
        return self.team if not self.team.text() else self.week

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pages.currentIndex() == 0:
            self.first_field().setFocus()

    def chosen_week(self) -> IsoWeek:
        return IsoWeek.parse(self.week.currentData())

    def choose_folder(self) -> None:
        start = self.folder.text().strip() or str(documents_folder())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("The folder your team shares"), start
        )
        if chosen:
            self.folder.setText(chosen)

    def _checked_choices(self) -> tuple[str, Path] | None:
        """The team code and folder, or None with each problem said beside its field."""
        for label in (self.team_problem, self.folder_problem, self.choices_problem):
            label.setVisible(False)
        team: str | None = None
        try:
            team = check_team_code(self.team.text())
        except InvalidValue:
            self._refuse(
                self.team_problem,
                self.tr(
                    "A team code is 3 to 32 letters, digits, “-” or “_”, as your team lead gave it."
                ),
            )
        text = self.folder.text().strip()
        folder = Path(text).expanduser() if text else None
        if folder is None:
            self._refuse(self.folder_problem, self.tr("Choose the folder the file goes into."))
        elif not folder.is_dir():
            self._refuse(
                self.folder_problem,
                self.tr("There is no folder at {path}.").format(path=folder),
            )
        if team is None:
            self.team.setFocus()
            return None
        if folder is None or not folder.is_dir():
            self.folder.setFocus()
            return None
        return team, folder

    def _refuse(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    def preview(self) -> None:
        """Randomise the week's answers and show them in words; nothing is written yet."""
        checked = self._checked_choices()
        if checked is None:
            return
        team, folder = checked
        try:
            self.contribution = self.store.prepare_contribution(
                self.chosen_week(), team, self.today
            ).value
        except (InvalidValue, JournalError) as error:
            self._refuse(self.choices_problem, explain(error))
            return
        self.target = folder
        self._show_preview(self.contribution, folder)

    def _show_preview(self, contribution: Contribution, folder: Path) -> None:
        week = contribution.week
        self.preview_title.setText(
            self.tr("What the file will say: team {team}, week {week} ({days})").format(
                team=contribution.team, week=week, days=week_span(week, self.lang)
            )
        )
        while self.answers.count():
            item = self.answers.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.preview_rows = answer_lines(contribution.answers, self.lang)
        for row, (question, answer) in enumerate(self.preview_rows):
            caption = QLabel(question)
            value = QLabel(answer)
            value.setObjectName(f"answer_{row}")
            value.setWordWrap(True)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            self.answers.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            self.answers.addWidget(value, row, 1)
        self.randomised.setText(
            self.tr(
                "These answers are randomised from yours on purpose (local differential "
                "privacy, ε = {epsilon}): each may differ from your week, so that no answer "
                "can be held against you. Your lead only sees figures for 5 people or more."
            ).format(epsilon=format_number(EPSILON, self.lang, 1))
        )
        self.file_name.setText(
            self.tr("File: {name}\nInto: {folder}").format(
                name=contribution.file_name, folder=folder
            )
        )
        self.preview_problem.setVisible(False)
        self.pages.setCurrentIndex(1)
        self.back_button.setVisible(True)
        self.preview_button.setVisible(False)
        self.write_button.setVisible(True)
        self.write_button.setDefault(True)
        self.write_button.setFocus()
        self.layout().activate()
        fit_to_screen(self, self.width(), max(self.height(), self.sizeHint().height()))

    def write(self) -> None:
        """Write exactly the previewed file; a refusal is said here and nothing is written."""
        if self.contribution is None or self.target is None:
            return
        try:
            self.written = self.store.contribute(self.contribution, self.target).value
        except (InvalidValue, JournalError) as error:
            self._refuse(self.preview_problem, explain(error))
            return
        except OSError as error:
            self._refuse(
                self.preview_problem,
                self.tr("The file could not be written ({error}); nothing was written.").format(
                    error=error.strerror or error
                ),
            )
            return
        self.accept()
