"""A tab whose real page is built the first time it is shown (charts pull in matplotlib).

Shown by the user, the tab first paints empty and the page is built in the next event-loop
pass, then laid out and painted in the one after: building the Clients page (about 55 ms)
and laying it out (about 40 ms) in the pass that switched tabs froze the window 0.1 s and
more. Code that asks for the page (`page`, `ensure_built`) has it built there and then.

Building it is quick once its modules are imported; importing them (matplotlib, numpy, the
analysis) took about 0.4 s of the Insights tab's first show. So, once the window has had
time to show its first rows, the Qt-free ones are imported in a thread (`warm_up`), then the
few Qt ones (about 25 ms) on the GUI thread: Qt's Python types and enums are set up the
first time they are used, and two threads doing that at once can crash the interpreter. A
page asked for before the thread is done waits for it rather than importing the same
modules at the same time.
"""

from __future__ import annotations

import importlib
import linecache
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

WARM_UP_DELAY_MS = 100
"""Once the first rows are on screen (the thread shares the interpreter with the window),
but soon: under load the imports take a second."""

THREAD_MODULES = (
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "wellbeing.services.insights",
    "wellbeing.analysis.advice",
    "wellbeing.charts.calendar",
    "wellbeing.charts.clients",
    "wellbeing.charts.cycle",
    "wellbeing.charts.emotions",
    "wellbeing.charts.hours",
    "wellbeing.charts.irritants",
    "wellbeing.charts.timeline",
    "wellbeing.charts.words",
    "_strptime",
)
"""What the lazily built pages (Insights, Clients) import that has no Qt in it, heaviest
first (datetime's strptime imports _strptime, and its calendar and locale, the first time
it reads a date). tests/ui/test_lazy_page.py checks that none of them imports Qt."""

GUI_MODULES = (
    "wellbeing.ui.charts.canvas",
    "wellbeing.ui.dashboard.page",
    "wellbeing.ui.clients_page",
)
"""The pages themselves and matplotlib's Qt canvas: imported on the GUI thread."""

POLL_MS = 50

_warm_up: threading.Thread | None = None
_gui_step: QTimer | None = None


def _import_modules() -> None:
    try:
        for name in THREAD_MODULES:
            importlib.import_module(name)
    except Exception:  # the page's own import, on the GUI thread, says it
        return


def _import_gui_modules() -> None:
    """Once the thread is done: the Qt part of the pages, in one event-loop pass."""
    if _warm_up is None or _warm_up.is_alive() or _gui_step is None:
        return
    _gui_step.stop()
    try:
        for name in GUI_MODULES:
            importlib.import_module(name)
        from wellbeing.ui.charts.canvas import load_matplotlib

        load_matplotlib()
    except Exception:  # the page's own import says it when the page is built
        return
    # PySide6's import hook reads each imported module's source into linecache (about
    # 17 MB by now); tracebacks read it again from the files if they ever need it.
    linecache.clearcache()


def warm_up() -> None:
    """Import the lazy pages' modules, the Qt-free ones in a thread, once per process."""
    global _warm_up, _gui_step
    if _warm_up is None:
        # Not a daemon, as none of the window's worker threads: the interpreter waits
        # for them at exit. A daemon thread still in C++ code (here importing
        # matplotlib's modules) when the app quit was stopped mid-way by Python's
        # shutdown, which aborted the process ("terminate called without an active
        # exception", about 1 exit in 30).
        _warm_up = threading.Thread(target=_import_modules, name="warm-up")
        _warm_up.start()
        _gui_step = QTimer()
        _gui_step.setInterval(POLL_MS)
        _gui_step.timeout.connect(_import_gui_modules)
        _gui_step.start()


def wait_for_warm_up() -> None:
    """Let a warm-up under way finish: two threads importing one module wait on each
    other anyway, and a page must not see a module half imported."""
    if _warm_up is not None:
        _warm_up.join()


def _first_field(page: QWidget) -> QWidget | None:
    """The page's first widget the Tab key stops at, in its focus order."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        usable = widget.isEnabled() and widget.isVisibleTo(page)
        if takes_tab and usable and page.isAncestorOf(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


class LazyPage(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        self._build_due = False
        """Shown, its page to be built at the next pass."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        QTimer.singleShot(WARM_UP_DELAY_MS, self, warm_up)

    @property
    def page(self) -> QWidget | None:
        """The page once built; None until the tab is first shown, when asking for it
        builds it at once rather than at the next pass."""
        if self._page is None and self._build_due:
            return self.ensure_built()
        return self._page

    @property
    def built(self) -> QWidget | None:
        """The page if it is built, never building it (the benchmark watches for it)."""
        return self._page

    def ensure_built(self) -> QWidget:
        if self._page is None:
            wait_for_warm_up()
            self._page = self._build()
            self.layout().addWidget(self._page)
            if self.isVisible():  # Qt would show it only at the next event loop pass
                self._page.show()
        self._build_due = False
        return self._page

    def _build_if_due(self) -> None:
        """Only if still on show: the tab may have been passed through, or the journal
        closed, meanwhile (its next show asks again)."""
        if self._build_due and self.isVisible():
            focused = self.hasFocus()  # the tab switch gave the empty tab the focus
            self.ensure_built()
            if focused:  # where Qt puts it when the page is there: its first field
                first = _first_field(self.ensure_built())
                if first is not None:
                    first.setFocus(Qt.FocusReason.TabFocusReason)
        self._build_due = False

    def showEvent(self, event: QShowEvent) -> None:
        if self._page is None and not self._build_due:
            self._build_due = True
            QTimer.singleShot(0, self, self._build_if_due)
        super().showEvent(event)
