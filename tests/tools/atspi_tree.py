"""What a screen reader gets from the app: its AT-SPI accessibility tree (role, name,
description), read from another process through the platform's accessibility bridge.

    dbus-run-session -- .venv/bin/python -m tests.tools.atspi_tree [--lang fr]
        [--page journal|insights|clients|strengths] [--client NAME [--tab N]] [--hidden]
        [--check]

opens the window on a fresh demo journal under Xvfb (unless DISPLAY is set) with Qt's
AT-SPI bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), then walks the tree from the
system's python3 with pyatspi and prints one line per object: its role, its name and its
description (a chart's summary). Only what is on show is printed unless --hidden; long
lists are cut after a few rows. --check lists the controls without a name and the charts
without a description instead, and exits 1 if there is any.

Needs: apt-get install at-spi2-core python3-pyatspi xvfb dbus-x11 (pyatspi lives in the
system's python3, which runs this same file with --walk; the app runs in the venv's). Not
part of the test suite: tests/ui/test_accessible_names.py asks Qt the same questions
in-process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
APP_NAME = "Wellbeing Journal"
"""The name the app registers on the accessibility bus (its applicationName)."""
ROWS_SHOWN = 3
"""Children shown of a table, list or tree before '… N more'."""
LISTS = {"table", "tree table", "list", "tree", "list box"}
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "slider",
    "table",
    "tree table",
    "list",
    "list box",
    "page tab",
    "date editor",
}
"""Roles a screen reader lands on: each needs a name."""


# --- the walk (system python3 with pyatspi; imports nothing of the app) ------------------


def _state_has(accessible, state) -> bool:
    try:
        return accessible.getState().contains(state)
    except Exception:
        return False


def _labelled(accessible) -> bool:
    """A combo box is read by its value: its label comes by relation, or from the name of
    the line edit it holds when it is editable."""
    import pyatspi

    relations = accessible.getRelationSet()
    if any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in relations):
        return True
    children = (accessible.getChildAtIndex(i) for i in range(accessible.childCount))
    return any(c is not None and c.getRoleName() == "text" and c.name for c in children)


def walk(application_name: str, hidden: bool, check: bool, wait: float) -> int:
    import pyatspi

    deadline = time.monotonic() + wait
    app = None
    while app is None and time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        app = next((a for a in desktop if a is not None and a.name == application_name), None)
        if app is None:
            time.sleep(0.5)
    if app is None:
        print(f"No application named {application_name!r} on the accessibility bus.")
        return 2
    problems: list[str] = []

    def visit(node, depth: int, path: str) -> None:
        role = node.getRoleName()
        name, description = node.name or "", node.description or ""
        if not hidden and depth > 1 and not _state_has(node, pyatspi.STATE_SHOWING):
            return
        this = f"{role} {name!r}"
        here = f"{path} > {this}" if path else this
        if check:
            if role == "combo box" and not _labelled(node):
                problems.append(f"{here}: no label")
            elif role in CONTROLS and not name.strip():
                problems.append(f"{here}: no name")
            if role == "chart" and not description.strip():
                problems.append(f"{here}: no description")
        else:
            line = f"{'  ' * depth}[{role}] {name!r}"
            print(line + (f" — {description}" if description else ""))
        count = node.childCount
        shown = ROWS_SHOWN if role in LISTS and not check else count
        for index in range(min(count, shown)):
            child = node.getChildAtIndex(index)
            if child is not None:
                visit(child, depth + 1, here if name else path)  # named ancestors only
        if count > shown:
            print(f"{'  ' * (depth + 1)}… {count - shown} more")

    visit(app, 0, "")
    for problem in problems:
        print(problem)
    if check and not problems:
        print("Every control has a name and every chart a description.")
    return 1 if problems else 0


# --- the app (the venv's python, Qt's AT-SPI bridge on) ------------------------------------


def run_app(journal: Path, lang: str, page: str, client: str | None, tab: int | None) -> int:
    from PySide6.QtCore import QTimer

    from tests.tools.screenshot import passphrase
    from wellbeing.ui.app import build_window, create_application

    app, chosen = create_application(lang)
    window = build_window(journal, chosen, passphrase())
    window.resize(1280, 800)
    window.show()
    getattr(window, f"show_{page}")()
    if page == "insights":
        QTimer.singleShot(500, lambda: window.insights_page.ensure_built().render_now())
    if client is not None:
        match = next(c for c in window.store.clients() if c.name == client)
        window.clients_page.select_client(match.id)
        if tab is not None:
            window.clients_page.panel.setCurrentIndex(tab)
    return app.exec()


# --- the launcher -----------------------------------------------------------------------


def _free_display() -> str:
    for number in range(90, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return f":{number}"
    raise RuntimeError("No free X display between :90 and :199.")


def _start_a11y_bus() -> None:
    """Qt connects to the accessibility bus only if it is up when the app starts."""
    subprocess.run(
        [
            "gdbus",
            "call",
            "--session",
            "--dest",
            "org.a11y.Bus",
            "--object-path",
            "/org/a11y/bus",
            "--method",
            "org.a11y.Bus.GetAddress",
        ],
        check=True,
        capture_output=True,
    )


def launch(args: argparse.Namespace) -> int:
    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ:
        if not shutil.which("dbus-run-session"):
            sys.exit("dbus-run-session is missing: apt-get install dbus")
        command = ["dbus-run-session", "--", sys.executable, "-m", "tests.tools.atspi_tree"]
        return subprocess.call([*command, *sys.argv[1:]])
    if not Path(SYSTEM_PYTHON).exists():
        sys.exit(f"{SYSTEM_PYTHON} is missing: the walk runs in the system's python3.")
    _start_a11y_bus()
    root = Path(__file__).resolve().parents[2]
    helpers: list[subprocess.Popen] = []
    env = dict(os.environ)
    try:
        if "DISPLAY" not in env:
            display = _free_display()
            helpers.append(
                subprocess.Popen(
                    ["Xvfb", display, "-screen", "0", "1280x800x24"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            env["DISPLAY"] = display
            time.sleep(1.0)
        with tempfile.TemporaryDirectory() as folder:
            from tests.tools.screenshot import demo_journal

            journal = demo_journal(Path(folder), end=date.today())
            env.update(
                QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                QT_QPA_PLATFORM="xcb",
                HOME=folder,  # the remembered language and theme stay the user's
                XDG_CONFIG_HOME=str(Path(folder) / "config"),
                XDG_DATA_HOME=str(Path(folder) / "data"),
            )
            app_command = [sys.executable, "-m", "tests.tools.atspi_tree", "--app", str(journal)]
            app_command += ["--lang", args.lang, "--page", args.page]
            app_command += ["--client", args.client] if args.client else []
            app_command += ["--tab", str(args.tab)] if args.tab is not None else []
            app = subprocess.Popen(app_command, cwd=root, env=env)
            helpers.append(app)
            time.sleep(args.settle)
            walk_command = [SYSTEM_PYTHON, str(Path(__file__).resolve()), "--walk"]
            walk_command += ["--hidden"] * args.hidden + ["--check"] * args.check
            return subprocess.call(walk_command, env=env)
    finally:
        for helper in reversed(helpers):
            helper.terminate()
            helper.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    parser.add_argument(
        "--page", choices=("journal", "insights", "clients", "strengths"), default="insights"
    )
    parser.add_argument("--client", help="on the clients page, select this client")
    parser.add_argument("--tab", type=int, help="with --client, show this tab of its panel")
    parser.add_argument("--hidden", action="store_true", help="also what is not on show")
    parser.add_argument("--check", action="store_true", help="only what lacks a name")
    parser.add_argument("--settle", type=float, default=6.0, help="seconds before the walk")
    parser.add_argument("--walk", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--app", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.walk:
        return walk(APP_NAME, args.hidden, args.check, wait=30.0)
    if args.app:
        return run_app(args.app, args.lang, args.page, args.client, args.tab)
    return launch(args)


if __name__ == "__main__":
    sys.exit(main())
