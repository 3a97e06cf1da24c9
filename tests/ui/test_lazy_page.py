"""The lazy pages' warm-up: the Qt-free modules in a thread, anything Qt on the GUI thread
(two threads setting up Qt's Python types at once can crash the interpreter)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from wellbeing.ui import lazy_page

WATCH_WARM_UP = textwrap.dedent(
    """
    import importlib.abc, sys, threading

    imported_off_gui = []

    class Watch(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            qt = name.startswith(("PySide6", "wellbeing.ui", "matplotlib.backends.backend_qt"))
            if qt and threading.current_thread() is not threading.main_thread():
                imported_off_gui.append(name)
            return None

    sys.meta_path.insert(0, Watch())
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from wellbeing.ui import lazy_page

    lazy_page.warm_up()
    deadline = QDeadlineTimer(60_000)
    while "wellbeing.ui.clients_page" not in sys.modules and not deadline.hasExpired():
        QCoreApplication.processEvents()
        lazy_page._warm_up.join(0.01)
    missing = [m for m in lazy_page.THREAD_MODULES + lazy_page.GUI_MODULES
               if m not in sys.modules]
    print("missing", missing, "off-gui", imported_off_gui)
    sys.exit(1 if missing or imported_off_gui else 0)
    """
)


def test_warm_up_imports_the_pages_with_qt_only_on_the_gui_thread() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", WATCH_WARM_UP], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_thread_modules_import_no_qt() -> None:
    names = ",".join(lazy_page.THREAD_MODULES)
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}.split(','): importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
