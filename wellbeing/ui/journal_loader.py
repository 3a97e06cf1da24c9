"""The journal as the insights read it (services.insights.JournalData), loaded once and
shared by the pages, without freezing the window.

Reading 100,000 encounters takes about 0.4 s and building their columns as long again: in
one go, the window would stand still for most of a second each time a page needed them.
Here the rows are read a slice at a time between event-loop passes (one connection, on the
GUI thread, as sqlite wants), each slice turned into columns at once (analysis.FactColumns:
the rows never all stand as Python tuples), and the columns are put in order in a thread.
The result is kept until the journal changes, so that Insights and Clients share one copy.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from wellbeing.store.engine import driver
from wellbeing.store.errors import JournalError, StorageFailure
from wellbeing.ui import pass_budget

if TYPE_CHECKING:
    from wellbeing.analysis.facts import FactColumns
    from wellbeing.services.insights import JournalData
    from wellbeing.ui.journal_store import JournalStore

SLICE = 2000
"""Encounters (or tags) read per event-loop pass: small, as most of their pages are
decrypted anew (the window keeps an 8 MB page cache)."""


def data_from_columns(columns: FactColumns, rest: dict[str, object]) -> JournalData:
    """What services.insights.load gives, from the columns read and the small tables."""
    from wellbeing.services.insights import JournalData

    return JournalData(facts=columns.build(), **rest)  # type: ignore[arg-type]


def new_columns() -> FactColumns:
    from wellbeing.analysis.facts import FactColumns
    from wellbeing.store.fact_slices import SLICE_COLUMNS

    return FactColumns(SLICE_COLUMNS)  # reads its columns by name


class JournalDataLoader(QObject):
    """Owned by the store: `current()` while fresh, `request()` to have it loaded (then
    `loaded`), `load_now()` when a caller cannot wait."""

    loaded = Signal()
    failed = Signal(str)
    _built = Signal(object, object)
    """From the building thread: (the journal's stamp when read, JournalData or error)."""

    def __init__(self, store: JournalStore) -> None:
        super().__init__(store)
        self.store = store
        self.data: JournalData | None = None
        self._stamp: tuple[int, int] | None = None
        self._reading: tuple[int, int] | None = None
        """The stamp of the journal being read, None while no load is going on."""
        self._columns: FactColumns | None = None
        self._seen: dict[str, str] = {}
        """Each repeated text once (fact_slices.share_values)."""
        self._after_row: int | None = 0
        self._after_tag: tuple[str, str, str] | None = None
        self.closed = False
        """Set when the journal closes: late results are dropped."""
        self._built.connect(self._finish)

    @property
    def loading(self) -> bool:
        return self._reading is not None

    def stamp(self) -> tuple[int, int]:
        """Changes whenever the journal does: writes through this connection, or another's."""
        return self.store.data_stamp()

    def stop(self) -> None:
        """The journal is closing: drop what is loaded and any load on its way."""
        self.closed = True
        self._reading = None
        self.data = None
        self._columns, self._seen = None, {}

    def current(self) -> JournalData | None:
        """The loaded journal if nothing changed since it was read."""
        if self.data is not None and self._stamp == self.stamp():
            return self.data
        return None

    def load_now(self) -> JournalData:
        """At once, on this thread (for a caller that cannot wait)."""
        data = self.current()
        if data is None:
            stamp = self.stamp()
            data = self.store.read_journal_data()
            self.data, self._stamp = data, stamp
        return data

    def request(self) -> None:
        """Have it loaded; `loaded` follows (at once when it is fresh)."""
        if self.current() is not None:
            self.loaded.emit()
            return
        stamp = self.stamp()
        if self._reading == stamp:
            return  # on its way
        self._reading = stamp
        self._columns, self._seen = new_columns(), {}
        self._after_row, self._after_tag = 0, None
        QTimer.singleShot(0, self, lambda: self._read_slice(stamp))

    def _read_slice(self, stamp: tuple[int, int]) -> None:
        from wellbeing.store.fact_slices import share_values

        if self._reading != stamp:
            return  # a newer load took over
        if not pass_budget.may_run():  # other pages' steps had this pass
            QTimer.singleShot(0, self, lambda: self._read_slice(stamp))
            return
        try:
            if self.stamp() != stamp:  # changed while being read: read it again
                self._reading = None
                self.request()
                return
            assert self._columns is not None
            if self._after_row is not None:
                rows = self.store.encounter_slice(self._after_row, SLICE)
                self._columns.add_rows(share_values(rows, self._seen))
                self._after_row = rows[-1][-1] if len(rows) == SLICE else None
            else:
                tags = self.store.tag_slice(self._after_tag, SLICE)
                self._columns.add_tags(tags)
                if len(tags) < SLICE:
                    self._build(stamp)
                    return
                self._after_tag = tags[-1]
        except (JournalError, driver().DatabaseError) as error:
            self._fail(error)
            return
        QTimer.singleShot(0, self, lambda: self._read_slice(stamp))

    def _build(self, stamp: tuple[int, int]) -> None:
        """The small tables here, then the columns in a thread."""
        try:
            rest = self.store.journal_data_rest()
        except (JournalError, driver().DatabaseError) as error:
            self._fail(error)
            return
        columns = self._columns
        assert columns is not None
        self._columns, self._seen = None, {}

        def build() -> None:
            try:
                result: object = data_from_columns(columns, rest)
            except Exception as error:  # given back to the GUI thread, which says it
                result = error
            with contextlib.suppress(RuntimeError):  # the store closed meanwhile
                self._built.emit(stamp, result)

        # Not a daemon (see lazy_page.warm_up): the interpreter waits for it at exit.
        threading.Thread(target=build, name="journal-columns").start()

    @Slot(object, object)  # a thread emits it: Qt calls it on the GUI thread
    def _finish(self, stamp: tuple[int, int], result: object) -> None:
        if self._reading != stamp:
            return
        self._reading = None
        if isinstance(result, Exception):
            self._fail(result)
            return
        if self.stamp() != stamp:
            self.request()
            return
        self.data, self._stamp = result, stamp  # type: ignore[assignment]
        self.loaded.emit()

    def _fail(self, error: Exception) -> None:
        from wellbeing.ui.errors import explain

        self._reading = None
        if isinstance(error, driver().DatabaseError):
            error = StorageFailure.from_driver(error)
        if not isinstance(error, JournalError):
            raise error
        self.failed.emit(explain(error))
