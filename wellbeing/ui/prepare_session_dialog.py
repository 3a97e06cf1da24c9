"""Prepare a coaching session: choose what the coach may see, look at every page and every
field that leaves, then save the report, the pack, or both.

Nothing leaves unless chosen here: no private text by default, clients as Client A, B…
unless real names are chosen, and names inside the chosen texts redacted as typed. The
preview shows the very bytes that are saved (the PDF) and the pack's own fields, so what
the employee saw is exactly what the coach gets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.coaching import Section, SessionChoices, section_label
from wellbeing.domain.formatting import format_date
from wellbeing.domain.validation import InvalidValue
from wellbeing.sharing.session_pack import new_code, to_document
from wellbeing.store.errors import JournalError
from wellbeing.ui.check_list_model import CheckItem, CheckListModel
from wellbeing.ui.contribute_dialog import problem_label
from wellbeing.ui.errors import explain
from wellbeing.ui.file_dialogs import documents_folder
from wellbeing.ui.i18n import date_edit_format
from wellbeing.ui.journal_store import CLIENTS, ENCOUNTERS, JournalStore
from wellbeing.ui.pdf_pages import PdfPages
from wellbeing.ui.screen_fit import fit_to_screen
from wellbeing.ui.session_fields import fields_that_leave
from wellbeing.ui.widgets.adaptive_splitter import AdaptiveSplitter
from wellbeing.ui.widgets.labels import hint, section

if TYPE_CHECKING:
    from wellbeing.services.insights import JournalData
    from wellbeing.sharing.session_content import SessionContent

TEXT_START = 70
"""Characters of a private text shown in the list to choose from."""
PAGE_WIDTH = 640
"""Logical pixels a preview page is drawn wide at most."""
PAGES_SHARE = 0.58
"""The part of the preview's width given to the pages; the fields take the rest."""
PACK_SUFFIX = "wbpack"
SECTION_COLUMNS = 3


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _with_suffix(path: str, suffix: str) -> Path:
    target = Path(path)
    return target if target.suffix else target.with_name(f"{target.name}.{suffix}")


def _list_view(model: CheckListModel, name: str) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    _stretchy(view)
    return view


def _stretchy(widget: QWidget) -> None:
    """Asks for its minimum only, then takes whatever room is left: the choices fit a
    1024×600 screen without a scroll bar, and grow on a larger one."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)


class PrepareSessionDialog(QDialog):
    """Two steps: the choices (with a live look at the chosen texts), then the preview,
    where the report and the pack are saved."""

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
        self.data: JournalData | None = None
        self.content: SessionContent | None = None
        self.pdf: bytes | None = None
        self.code: str | None = None
        self.saved_report: Path | None = None
        self.saved_pack: Path | None = None
        self.last_pack = store.last_pack_through()
        self.setWindowTitle(self.tr("Prepare a coaching session"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._scrolled(self._build_choices()))
        self.pages.addWidget(self._build_preview())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self._build_buttons())
        self._fill_clients()
        self._set_period(*self._default_period())
        self.period_from.dateChanged.connect(self._period_changed)
        self.period_to.dateChanged.connect(self._period_changed)
        store.changed.connect(self._on_store_changed)
        self.show_choices()
        self._fit_to_screen()

    # --- building -----------------------------------------------------------------------

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        """Small screens (1024×600) scroll the choices rather than clip them."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _build_choices(self) -> QWidget:
        page = QWidget()
        intro = hint(
            self.tr(
                "Choose exactly what your coach will see. Nothing else leaves: clients are "
                "Client A, B… unless you choose their names, and no text of yours is included "
                "unless you tick it."
            )
        )
        columns = AdaptiveSplitter()  # one above the other when large text leaves no room
        columns.setChildrenCollapsible(False)
        columns.setHandleWidth(18)
        for column in (self._build_left(), self._build_right()):
            holder = QWidget()
            column.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(column)
            columns.addWidget(holder)
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(columns, 1)
        return page

    def _build_left(self) -> QVBoxLayout:
        self.period_from = QDateEdit()
        self.period_from.setObjectName("period_from")
        self.period_to = QDateEdit()
        self.period_to.setObjectName("period_to")
        for field in (self.period_from, self.period_to):
            field.setCalendarPopup(True)
            field.setDisplayFormat(date_edit_format())
            field.setMaximumDate(_qdate(self.today))
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.period_from)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.period_to)
        dates = QHBoxLayout()
        dates.addWidget(from_label)
        dates.addWidget(self.period_from, 1)
        dates.addSpacing(8)
        dates.addWidget(to_label)
        dates.addWidget(self.period_to, 1)
        self.four_weeks = QPushButton(self.tr("Last &4 weeks"))
        self.three_months = QPushButton(self.tr("Last 3 &months"))
        self.since_last = QPushButton(self.tr("Since the last pac&k"))
        self.since_last.setVisible(self.last_pack is not None and self.last_pack < self.today)
        quick = QHBoxLayout()
        for button, period in (
            (self.four_weeks, self._four_weeks),
            (self.three_months, self._three_months),
            (self.since_last, self._since_last),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, p=period: self._set_period(*p()))
            quick.addWidget(button)
        quick.addStretch(1)
        self.period_problem = problem_label()
        self.section_boxes: dict[Section, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for i, item in enumerate(Section):
            box = QCheckBox(section_label(item, self.lang))
            box.setObjectName(f"section_{item}")
            box.setChecked(True)
            self.section_boxes[item] = box
            grid.addWidget(box, i // SECTION_COLUMNS, i % SECTION_COLUMNS)
        self.clients_model = CheckListModel(self)
        self.clients_view = _list_view(self.clients_model, "clients")
        self.clients_view.setMinimumHeight(80)
        clients_label = section(self.tr("C&lients shown"))
        clients_label.setBuddy(self.clients_view)
        self.all_clients = QPushButton(self.tr("All"))
        self.no_client = QPushButton(self.tr("None"))
        clients_row = QHBoxLayout()
        clients_row.addWidget(clients_label, 1)
        for button, checked in ((self.all_clients, True), (self.no_client, False)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=checked: self.clients_model.set_all(c))
            clients_row.addWidget(button)
        self.real_names = QCheckBox(self.tr("Use &real client names"))
        self.real_names.setObjectName("real_names")
        self.real_names_hint = hint(self.tr("Off: your coach reads Client A, Client B…"))
        self.clients_model.checked_changed.connect(self._clients_changed)
        self.real_names.toggled.connect(self._update_texts_preview)
        self.real_names.toggled.connect(self._say_names)
        layout = QVBoxLayout()
        layout.addWidget(section(self.tr("Period")))
        layout.addLayout(dates)
        layout.addLayout(quick)
        layout.addWidget(self.period_problem)
        layout.addWidget(section(self.tr("Sections")))
        layout.addLayout(grid)
        layout.addLayout(clients_row)
        layout.addWidget(self.clients_view, 1)
        layout.addWidget(self.real_names)
        layout.addWidget(self.real_names_hint)
        return layout

    def _build_right(self) -> QVBoxLayout:
        self.texts_model = CheckListModel(self)
        self.texts_view = _list_view(self.texts_model, "texts")
        self.texts_view.setMinimumHeight(100)
        self.texts_model.checked_changed.connect(self._update_texts_preview)
        texts_label = section(self.tr("&Encounters whose text to include"))
        texts_label.setBuddy(self.texts_view)
        self.no_texts = hint(self.tr("No encounter of this period has a text."))
        self.redactions = QLineEdit()
        self.redactions.setObjectName("redactions")
        self.redactions.setPlaceholderText(self.tr("e.g. Martin, Sophie"))
        self.redactions.textChanged.connect(self._update_texts_preview)
        redact_label = QLabel(self.tr("Re&dact names:"))
        redact_label.setBuddy(self.redactions)
        redact_row = QHBoxLayout()
        redact_row.addWidget(redact_label)
        redact_row.addWidget(self.redactions, 1)
        redact_hint = hint(
            self.tr("Words separated by commas, replaced by […] in the texts you chose.")
        )
        self.texts_preview = QPlainTextEdit()
        self.texts_preview.setObjectName("texts_preview")
        self.texts_preview.setReadOnly(True)
        self.texts_preview.setMinimumHeight(80)
        self.texts_preview.setTabChangesFocus(True)
        _stretchy(self.texts_preview)
        layout = QVBoxLayout()
        layout.addWidget(texts_label)
        layout.addWidget(self.texts_view, 2)
        layout.addWidget(self.no_texts)
        layout.addLayout(redact_row)
        layout.addWidget(redact_hint)
        preview_label = QLabel(self.tr("The chosen texts as your coach will read them:"))
        preview_label.setBuddy(self.texts_preview)  # names the preview for a screen reader
        layout.addWidget(preview_label)
        layout.addWidget(self.texts_preview, 1)
        return layout

    def _build_preview(self) -> QWidget:
        page = QWidget()
        self.pdf_pages = PdfPages()
        self.pages_title = section("")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pages_title)
        left_layout.addWidget(self.pdf_pages, 1)
        self.fields = QTextBrowser()
        self.fields.setObjectName("fields")
        self.fields.setOpenLinks(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        fields_title = section(self.tr("Everything the pack holds"))
        fields_title.setBuddy(self.fields)
        right_layout.addWidget(fields_title)
        right_layout.addWidget(self.fields, 1)
        right_layout.addWidget(self._build_seal())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.setVisible(False)
        self.preview_problem = problem_label()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.saved)
        layout.addWidget(self.preview_problem)
        return page

    def _build_seal(self) -> QWidget:
        box = QWidget()
        self.seal = QCheckBox(self.tr("&Seal the pack with a one-time code"))
        self.seal.setObjectName("seal")
        self.seal.toggled.connect(self._seal_toggled)
        self.code_label = QLabel()
        self.code_label.setObjectName("code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.9)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_code = QPushButton(self.tr("&Copy"))
        self.copy_code.setAutoDefault(False)
        self.copy_code.clicked.connect(self._copy_code)
        code_row = QHBoxLayout()
        code_row.setContentsMargins(0, 0, 0, 0)
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.copy_code)
        code_row.addStretch(1)
        self.code_hint = hint(
            self.tr(
                "Tell this code to your coach in person, never with the file: without it, "
                "the pack cannot be opened."
            )
        )
        self.code_box = QWidget()
        code_layout = QVBoxLayout(self.code_box)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.addLayout(code_row)
        code_layout.addWidget(self.code_hint)
        self.code_box.setVisible(False)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.seal)
        layout.addWidget(self.code_box)
        return box

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(
            self.tr("&Back"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.preview_button = buttons.addButton(
            self.tr("&Preview…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setProperty("primary", True)
        self.save_report_button = buttons.addButton(
            self.tr("Save &report PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_pack_button = buttons.addButton(
            self.tr("Save &pack…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_pack_button.setProperty("primary", True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.back_button.clicked.connect(self.show_choices)
        self.preview_button.clicked.connect(self.preview)
        self.save_report_button.clicked.connect(self.save_report)
        self.save_pack_button.clicked.connect(self.save_pack)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        return buttons

    def _fit_to_screen(self) -> None:
        """As large as useful, never larger than the screen's free area (1024×600 too)."""
        fit_to_screen(self, 1120, 760)

    # --- the period -------------------------------------------------------------------

    def _four_weeks(self) -> tuple[date, date]:
        return self.today - timedelta(days=27), self.today

    def _three_months(self) -> tuple[date, date]:
        return _day(_qdate(self.today).addMonths(-3).addDays(1)), self.today

    def _since_last(self) -> tuple[date, date]:
        if self.last_pack is None or self.last_pack >= self.today:
            return self._four_weeks()
        return self.last_pack + timedelta(days=1), self.today

    def _default_period(self) -> tuple[date, date]:
        """Since the last pack when one was written (the trend since last time)."""
        return self._since_last()

    def _set_period(self, first: date, last: date) -> None:
        for field, day in ((self.period_from, first), (self.period_to, last)):
            field.blockSignals(True)
            field.setDate(_qdate(day))
            field.blockSignals(False)
        self._period_changed()

    def period(self) -> tuple[date, date]:
        return _day(self.period_from.date()), _day(self.period_to.date())

    def _period_changed(self) -> None:
        self.period_problem.setVisible(False)
        self._fill_texts()

    # --- lists ------------------------------------------------------------------------

    def _on_store_changed(self, what: str, _ids: object) -> None:
        """Another part of the window wrote (an undo): the lists follow the journal."""
        if what in (CLIENTS, ENCOUNTERS):
            self.data = None
            if what == CLIENTS:
                self._fill_clients()
            self._fill_texts()

    def _fill_clients(self) -> None:
        clients = sorted(self.store.clients(), key=lambda c: c.name.casefold())
        known = {item.key for item in self.clients_model.items}
        checked = set(self.clients_model.checked) | {c.id for c in clients if c.id not in known}
        self.clients_model.set_items([CheckItem(c.id, c.name) for c in clients], checked)

    def _clients_changed(self) -> None:
        self._fill_texts()

    def _fill_texts(self) -> None:
        """The period's encounters with a text, of the clients shown; the ticks kept."""
        first, last = self.period()
        chosen_clients = set(self.clients_model.checked)
        names = {c.id: c.name for c in self.store.clients()}
        items = []
        if first <= last:
            for encounter in self.store.encounters_with_text(first, last):
                if encounter.client_id not in chosen_clients:
                    continue
                text = " ".join(encounter.what_happened.split())
                start = text if len(text) <= TEXT_START else text[: TEXT_START - 1] + "…"
                when = format_date(encounter.occurred_at.date(), self.lang)
                client = names.get(encounter.client_id, "")
                items.append(CheckItem(encounter.id, f"{when} · {client} · {start}", text))
        self.texts_model.set_items(items, self.texts_model.checked)
        self.no_texts.setVisible(not items)
        self.texts_view.setVisible(bool(items))
        self._update_texts_preview()

    def _say_names(self, real: bool) -> None:
        self.real_names_hint.setText(
            self.tr("On: your coach reads the clients' names as you wrote them.")
            if real
            else self.tr("Off: your coach reads Client A, Client B…")
        )

    # --- the choices --------------------------------------------------------------------

    def choices(self, sections: tuple[Section, ...] | None = None) -> SessionChoices:
        """The choices as they stand; raises InvalidValue for an impossible period."""
        first, last = self.period()
        if sections is None:
            sections = tuple(s for s, box in self.section_boxes.items() if box.isChecked())
        everyone = len(self.clients_model.checked) == len(self.clients_model.items)
        return SessionChoices(
            first,
            last,
            sections=sections,
            client_ids=None if everyone else self.clients_model.checked_keys(),
            text_ids=self.texts_model.checked_keys(),
            real_names=self.real_names.isChecked(),
            redactions=tuple(w.strip() for w in self.redactions.text().split(",") if w.strip()),
        )

    def _journal_data(self) -> JournalData:
        if self.data is None:
            self.data = self.store.journal_data()
        return self.data

    def _update_texts_preview(self) -> None:
        """The chosen texts exactly as they will leave (the service makes them)."""
        if not self.texts_model.checked:
            self.texts_preview.setPlainText(self.tr("No text of yours will leave."))
            return
        try:
            content = self.store.session_content(
                self.choices(sections=()), self.today, self._journal_data()
            )
        except (InvalidValue, JournalError) as error:
            self.texts_preview.setPlainText(explain(error))
            return
        self.texts_preview.setPlainText(
            "\n\n".join(
                f"{format_date(t.day, self.lang)}, {t.client}: {t.text}" for t in content.texts
            )
        )

    # --- steps --------------------------------------------------------------------------

    def show_choices(self) -> None:
        self.pages.setCurrentIndex(0)
        for button, shown in (
            (self.back_button, False),
            (self.preview_button, True),
            (self.save_report_button, False),
            (self.save_pack_button, False),
            (self.cancel_button, True),
            (self.close_button, False),
        ):
            button.setVisible(shown)
        self.preview_button.setDefault(True)
        self.period_from.setFocus()

    def preview(self) -> None:
        """Work the content out once, draw its report's pages and list its fields."""
        self.period_problem.setVisible(False)
        try:
            choices = self.choices()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                content = self.store.session_content(choices, self.today, self._journal_data())
                from wellbeing.sharing.session_report import render_session_report

                pdf = render_session_report(content, self.lang)
            finally:
                QApplication.restoreOverrideCursor()
        except (InvalidValue, JournalError) as error:
            self.period_problem.setText(explain(error))
            self.period_problem.setVisible(True)
            self.period_from.setFocus()
            return
        self.content, self.pdf = content, pdf
        self._show_preview(content, pdf)

    def _show_preview(self, content: SessionContent, pdf: bytes) -> None:
        self.pages.setCurrentIndex(1)
        for button, shown in (
            (self.back_button, True),
            (self.preview_button, False),
            (self.save_report_button, True),
            (self.save_pack_button, True),
            (self.cancel_button, False),
            (self.close_button, True),
        ):
            button.setVisible(shown)
        self.preview_problem.setVisible(False)
        self.saved.setVisible(False)
        self.save_pack_button.setDefault(True)
        self.layout().activate()
        total = self.splitter.width()
        self.splitter.setSizes([round(total * PAGES_SHARE), total - round(total * PAGES_SHARE)])
        margins = self.pdf_pages.column.contentsMargins()
        room = self.pdf_pages.viewport().width() - margins.left() - margins.right() - 4
        width = min(PAGE_WIDTH, max(240, room))
        count = self.pdf_pages.show_pdf(pdf, width)
        self.pages_title.setText(
            self.tr("The report: {count} pages, {first} to {last}").format(
                count=count,
                first=format_date(content.first, self.lang),
                last=format_date(content.last, self.lang),
            )
        )
        self.fields.setHtml(self._fields_html(content))
        self.save_pack_button.setFocus()

    def _fields_html(self, content: SessionContent) -> str:
        from html import escape

        parts = ["<ul style='margin-left: 0px; -qt-list-indent: 1'>"]
        for what, details in fields_that_leave(to_document(content), self.lang):
            parts.append(f"<li>{escape(what)}")
            if details:
                parts.append("<ul>")
                parts.extend(f"<li>{escape(d)}</li>" for d in details)
                parts.append("</ul>")
            parts.append("</li>")
        parts.append("</ul>")
        parts.append(
            "<p><i>"
            + escape(
                self.tr("Nothing else: no other text, no encounter ids, no client you left out.")
            )
            + "</i></p>"
        )
        return "".join(parts)

    # --- sealing and saving -------------------------------------------------------------

    def _seal_toggled(self, sealed: bool) -> None:
        if sealed and self.code is None:
            self.code = new_code()
        self.code_label.setText(self.code or "")
        self.code_box.setVisible(sealed)

    def _copy_code(self) -> None:
        if self.code:
            QGuiApplication.clipboard().setText(self.code)
            self.copy_code.setText(self.tr("Copied"))

    def _suggested(self, suffix: str) -> str:
        last = self.content.last if self.content else self.today
        name = self.tr("coaching-session-{date}").format(date=last.isoformat())
        return str(documents_folder() / f"{name}.{suffix}")

    def save_report(self) -> None:
        if self.content is None or self.pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the session report"),
            self._suggested("pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        target = _with_suffix(path, "pdf")
        pdf = self.pdf

        def write() -> Path:
            return self.store.write_report(pdf, target)

        if self._write(write, target):
            self.saved_report = target
            self._say_saved(self.tr("The report was saved to {path}.").format(path=target))

    def save_pack(self) -> None:
        if self.content is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the session pack"),
            self._suggested(PACK_SUFFIX),
            self.tr("Session packs (*.{suffix});;All files (*)").format(suffix=PACK_SUFFIX),
        )
        if not path:
            return
        target = _with_suffix(path, PACK_SUFFIX)
        code = self.code if self.seal.isChecked() else None
        content = self.content

        def write() -> Path:
            return self.store.write_pack(content, target, code).value

        if self._write(write, target):
            self.saved_pack = target
            self.last_pack = content.last
            text = self.tr("The pack was saved to {path}.").format(path=target)
            if code:
                text += " " + self.tr("It opens only with the code above.")
            self._say_saved(text)

    def _write(self, write: Callable[[], object], target: Path) -> bool:
        """Run a write; a refusal is one sentence under the preview, nothing is written."""
        self.preview_problem.setVisible(False)
        try:
            write()
        except (InvalidValue, JournalError) as error:
            self._refuse(explain(error))
            return False
        except OSError as error:
            self._refuse(
                self.tr("{path} could not be written ({reason}); nothing was written.").format(
                    path=target, reason=error.strerror or error
                )
            )
            return False
        return True

    def _refuse(self, text: str) -> None:
        self.saved.setVisible(False)
        self.preview_problem.setText(text)
        self.preview_problem.setVisible(True)

    def _say_saved(self, text: str) -> None:
        previous = self.saved.text() if self.saved.isVisible() else ""
        self.saved.setText(f"{previous}\n{text}".strip() if previous else text)
        self.saved.setVisible(True)
