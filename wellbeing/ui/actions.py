"""Every menu action declared once: its text, shortcuts and the window method it calls."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...]
    handler: str
    menu: str
    tip: str = ""
    choice: str = ""
    """One choice among the actions of its menu: ticked, exclusive, and the handler is
    called with this value."""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New encounter"),
        ("Ctrl+N",),
        "new_encounter",
        "journal",
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("Actions", "&Save encounter"),
        ("Ctrl+Return", "Ctrl+Enter"),
        "save_encounter",
        "journal",
    ),
    ActionSpec(
        "details",
        QT_TRANSLATE_NOOP("Actions", "Show all &details"),
        ("Ctrl+E",),
        "toggle_details",
        "journal",
    ),
    ActionSpec(
        "find", QT_TRANSLATE_NOOP("Actions", "&Find in journal"), ("Ctrl+F",), "find", "journal"
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete selected encounters"),
        ("Del",),
        "delete_selected",
        "journal",
    ),
    ActionSpec(
        "check_in",
        QT_TRANSLATE_NOOP("Actions", "Weekly &check-in…"),
        ("Ctrl+K",),
        "check_in",
        "journal",
    ),
    ActionSpec(
        "boundaries",
        QT_TRANSLATE_NOOP("Actions", "My &boundaries…"),
        ("Ctrl+B",),
        "edit_boundaries",
        "journal",
    ),
    ActionSpec(
        "thresholds",
        QT_TRANSLATE_NOOP("Actions", "Client advice &thresholds…"),
        (),
        "edit_thresholds",
        "journal",
    ),
    ActionSpec(
        "share_week",
        QT_TRANSLATE_NOOP("Actions", "S&hare my week with my team…"),
        (),
        "share_week",
        "journal",
    ),
    ActionSpec(
        "prepare_session",
        QT_TRANSLATE_NOOP("Actions", "&Prepare a coaching session…"),
        (),
        "prepare_session",
        "journal",
    ),
    ActionSpec("goals", QT_TRANSLATE_NOOP("Actions", "&Goals…"), (), "show_goals", "journal"),
    ActionSpec(
        "reminders", QT_TRANSLATE_NOOP("Actions", "&Reminders…"), (), "show_reminders", "journal"
    ),
    ActionSpec(
        "reminder_settings",
        QT_TRANSLATE_NOOP("Actions", "Reminder se&ttings…"),
        (),
        "edit_reminder_settings",
        "journal",
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open another journal…"),
        ("Ctrl+O",),
        "open_journal",
        "file",
    ),
    ActionSpec(
        "open_team",
        QT_TRANSLATE_NOOP("Actions", "Open a &team folder…"),
        (),
        "open_team_folder",
        "file",
    ),
    ActionSpec(
        "import_goals",
        QT_TRANSLATE_NOOP("Actions", "&Import coaching goals…"),
        (),
        "import_goals",
        "file",
    ),
    ActionSpec(
        "coach",
        QT_TRANSLATE_NOOP("Actions", "Coach &mode…"),
        (),
        "open_coach_mode",
        "file",
    ),
    ActionSpec(
        "lock", QT_TRANSLATE_NOOP("Actions", "&Lock the journal"), ("Ctrl+L",), "lock", "file"
    ),
    ActionSpec(
        "change_passphrase",
        QT_TRANSLATE_NOOP("Actions", "Change the &passphrase…"),
        (),
        "change_passphrase",
        "file",
    ),
    ActionSpec(
        "remember",
        QT_TRANSLATE_NOOP("Actions", "Re&member my key on this computer…"),
        (),
        "toggle_remembered",
        "file",
    ),
    ActionSpec(
        "lock_after",
        QT_TRANSLATE_NOOP("Actions", "Lock &automatically after…"),
        (),
        "choose_idle_lock",
        "file",
    ),
    ActionSpec(
        "restore",
        QT_TRANSLATE_NOOP("Actions", "&Restore a backup…"),
        (),
        "restore_backup",
        "file",
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",), "close", "file"),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",), "undo", "edit"),
    ActionSpec(
        "redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), "redo", "edit"
    ),
    ActionSpec(
        "show_journal",
        QT_TRANSLATE_NOOP("Actions", "&Journal"),
        ("Ctrl+1",),
        "show_journal",
        "view",
    ),
    ActionSpec(
        "show_insights",
        QT_TRANSLATE_NOOP("Actions", "&Insights"),
        ("Ctrl+2",),
        "show_insights",
        "view",
    ),
    ActionSpec(
        "show_clients",
        QT_TRANSLATE_NOOP("Actions", "&Clients"),
        ("Ctrl+3",),
        "show_clients",
        "view",
    ),
    ActionSpec(
        "show_strengths",
        QT_TRANSLATE_NOOP("Actions", "What my company does &well"),
        ("Ctrl+4",),
        "show_strengths",
        "view",
    ),
    ActionSpec(
        "theme_system",
        QT_TRANSLATE_NOOP("Actions", "Follow the &system"),
        (),
        "choose_theme",
        "theme",
        choice="system",
    ),
    ActionSpec(
        "theme_light",
        QT_TRANSLATE_NOOP("Actions", "&Light"),
        (),
        "choose_theme",
        "theme",
        choice="light",
    ),
    ActionSpec(
        "theme_dark",
        QT_TRANSLATE_NOOP("Actions", "&Dark"),
        (),
        "choose_theme",
        "theme",
        choice="dark",
    ),
    ActionSpec(
        "theme_high_contrast",
        QT_TRANSLATE_NOOP("Actions", "&High contrast"),
        (),
        "choose_theme",
        "theme",
        choice="high_contrast",
    ),
    ActionSpec(
        "help", QT_TRANSLATE_NOOP("Actions", "Wellbeing Journal &guide"), ("F1",), "help", "help"
    ),
    ActionSpec(
        "about", QT_TRANSLATE_NOOP("Actions", "&About Wellbeing Journal"), (), "about", "help"
    ),
)

TEAM_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "team_open",
        QT_TRANSLATE_NOOP("Actions", "&Open another team folder…"),
        ("Ctrl+O",),
        "choose_folder",
        "file",
    ),
    ActionSpec("team_reload", QT_TRANSLATE_NOOP("Actions", "&Reload"), ("F5",), "reload", "file"),
    ActionSpec(
        "team_export",
        QT_TRANSLATE_NOOP("Actions", "&Export PDF…"),
        ("Ctrl+E",),
        "export_pdf",
        "file",
    ),
    ActionSpec("team_close", QT_TRANSLATE_NOOP("Actions", "&Close"), ("Ctrl+W",), "close", "file"),
    ActionSpec(
        "team_months", QT_TRANSLATE_NOOP("Actions", "&Months"), ("Ctrl+1",), "show_months", "view"
    ),
    ActionSpec(
        "team_weeks", QT_TRANSLATE_NOOP("Actions", "&Weeks"), ("Ctrl+2",), "show_weeks", "view"
    ),
)
"""The team window's actions: the lead's view of a team folder, which needs no journal."""

TEAM_MENUS = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
)

MENUS = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
    ("journal", QT_TRANSLATE_NOOP("Menus", "&Journal")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)

SUBMENUS = (("view", "theme", QT_TRANSLATE_NOOP("Menus", "&Theme")),)
"""(menu, submenu, title): a submenu at the end of its menu, after a separator."""

THEME_ACTIONS = tuple(spec.name for spec in ACTIONS if spec.menu == "theme")

COACH_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "coach_import",
        QT_TRANSLATE_NOOP("Actions", "&Import a pack…"),
        ("Ctrl+I",),
        "import_pack",
        "file",
    ),
    ActionSpec(
        "coach_export",
        QT_TRANSLATE_NOOP("Actions", "&Export actions…"),
        ("Ctrl+E",),
        "export_actions",
        "file",
    ),
    ActionSpec("coach_close", QT_TRANSLATE_NOOP("Actions", "&Close"), ("Ctrl+W",), "close", "file"),
    ActionSpec(
        "coach_rename",
        QT_TRANSLATE_NOOP("Actions", "&Rename coachee"),
        ("F2",),
        "rename_selected",
        "coachee",
    ),
    ActionSpec(
        "coach_pack", QT_TRANSLATE_NOOP("Actions", "&Pack"), ("Ctrl+1",), "show_pack", "view"
    ),
    ActionSpec(
        "coach_compare",
        QT_TRANSLATE_NOOP("Actions", "&Compare two periods"),
        ("Ctrl+2",),
        "show_compare",
        "view",
    ),
    ActionSpec(
        "coach_notes",
        QT_TRANSLATE_NOOP("Actions", "Session &notes"),
        ("Ctrl+3",),
        "show_notes",
        "view",
    ),
    ActionSpec(
        "coach_actions",
        QT_TRANSLATE_NOOP("Actions", "Agreed &actions"),
        ("Ctrl+4",),
        "show_actions",
        "view",
    ),
    ActionSpec(
        "coach_present",
        QT_TRANSLATE_NOOP("Actions", "Pre&sentation mode"),
        ("F11",),
        "present",
        "view",
    ),
)
"""The coach window's actions: declared once, like the journal's and the team window's."""

COACH_MENUS = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("coachee", QT_TRANSLATE_NOOP("Menus", "&Coachee")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
)


def build_actions(window: QWidget, specs: tuple[ActionSpec, ...] = ACTIONS) -> dict[str, QAction]:
    """QActions for the window, each wired to the window method its spec names."""
    actions = {}
    groups: dict[str, QActionGroup] = {}
    for spec in specs:
        action = QAction(QCoreApplication.translate("Actions", spec.text), window)
        action.setObjectName(f"action_{spec.name}")
        # Portable text: native parsing would read "Ctrl+Return" through the French translator.
        action.setShortcuts(
            [
                QKeySequence.fromString(s, QKeySequence.SequenceFormat.PortableText)
                if isinstance(s, str)
                else QKeySequence(s)
                for s in spec.shortcuts
            ]
        )
        handler = getattr(window, spec.handler)
        if spec.choice:
            action.setCheckable(True)
            if spec.menu not in groups:  # exclusive: one choice ticked at a time
                groups[spec.menu] = QActionGroup(window)
            groups[spec.menu].addAction(action)
            action.triggered.connect(lambda _checked=False, h=handler, c=spec.choice: h(c))
        else:
            action.triggered.connect(handler)
        window.addAction(action)
        actions[spec.name] = action
    return actions


class TranslatedMenu(QMenu):
    """A submenu that renames itself when the language changes (the welcome's language
    step renames the menu bar's own menus and every action, not submenus)."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("Menus", title), parent)
        self.source_title = title

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setTitle(QCoreApplication.translate("Menus", self.source_title))
        super().changeEvent(event)


def build_menus(
    window,
    actions: dict[str, QAction],
    specs: tuple[ActionSpec, ...] = ACTIONS,
    menus: tuple[tuple[str, object], ...] = MENUS,
) -> None:
    for key, title in menus:
        menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", title))
        for spec in specs:
            if spec.menu == key:
                menu.addAction(actions[spec.name])
        for parent_key, sub_key, sub_title in SUBMENUS:
            chosen = [spec for spec in specs if spec.menu == sub_key]
            if parent_key == key and chosen:
                menu.addSeparator()
                submenu = TranslatedMenu(sub_title, menu)
                submenu.setObjectName(f"menu_{sub_key}")
                for spec in chosen:
                    submenu.addAction(actions[spec.name])
                menu.addMenu(submenu)
