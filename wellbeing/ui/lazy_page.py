"""A tab whose real page is built the first time it is shown (charts pull in matplotlib).

Building it is quick once its modules are imported; importing them (matplotlib, numpy, the
analysis) took about 0.4 s of the Insights tab's first show. So, once the window has had
time to show its first rows, those modules are imported in a thread (`warm_up`), and the
first show finds them ready. A page asked for before the thread is done waits for it
rather than importing the same modules at the same time.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

WARM_UP_DELAY_MS = 300
"""After the first rows are on screen: the thread shares the interpreter with the window."""

WARM_UP_MODULES = (
    "wellbeing.ui.charts.canvas",
    "wellbeing.ui.dashboard.page",
    "wellbeing.ui.clients_page",
    "wellbeing.services.insights",
    "wellbeing.analysis.advice",
)
"""What the lazily built pages (Insights, Clients) import, heaviest first."""

_warm_up: threading.Thread | None = None


def _import_modules() -> None:
    try:
        for name in WARM_UP_MODULES:
            importlib.import_module(name)
        from wellbeing.ui.charts.canvas import load_matplotlib

        load_matplotlib()
    except Exception:  # the page's own import, on the GUI thread, says it
        return


def warm_up() -> None:
    """Import the lazy pages' modules in a thread, once per process."""
    global _warm_up
    if _warm_up is None:
        _warm_up = threading.Thread(target=_import_modules, name="warm-up", daemon=True)
        _warm_up.start()


def wait_for_warm_up() -> None:
    """Let a warm-up under way finish: two threads importing one module wait on each
    other anyway, and a page must not see a module half imported."""
    if _warm_up is not None:
        _warm_up.join()


class LazyPage(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        QTimer.singleShot(WARM_UP_DELAY_MS, self, warm_up)

    def ensure_built(self) -> QWidget:
        if self.page is None:
            wait_for_warm_up()
            self.page = self._build()
            self.layout().addWidget(self.page)
            if self.isVisible():  # Qt would show it only at the next event loop pass
                self.page.show()
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)
