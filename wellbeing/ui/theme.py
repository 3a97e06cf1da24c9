"""Light, dark and high-contrast themes: a QPalette each, plus the few colours of the style
sheet, which is filled in from one template (resources/style/app.qss).

The choice (System, Light, Dark, High contrast) is kept in a small file beside the default
journal, like the language: it is needed before any journal is unlocked and is not private.
With System, the app follows the system's light or dark scheme, and its high-contrast
setting, while it runs. Fusion draws every control, so a palette looks the same everywhere.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from string import Template
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyleFactory, QWidget

from wellbeing.charts.palette import HIGH_CONTRAST as HIGH_CONTRAST_CHARTS
from wellbeing.charts.palette import Theme as ChartTheme
from wellbeing.charts.palette import theme_for
from wellbeing.ui.resources import resource_path

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high_contrast"
CHOICES = (SYSTEM, LIGHT, DARK, HIGH_CONTRAST)
THEME_FILENAME = "theme"
THEME_PROPERTY = "wellbeingTheme"
"""Set on the application: the theme in force (never "system"), for what a palette cannot
say (the charts' high-contrast lines)."""


@dataclass(frozen=True)
class AppTheme:
    """One look. The first group fills the QPalette; the rest are the style sheet's $names."""

    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled: str
    chip: str
    chip_border: str
    chip_text: str
    checked: str
    checked_border: str
    checked_text: str
    difficult: str
    """A checked "Difficult" button's fill (its text: checked_kind_text)."""
    positive: str
    checked_kind_text: str
    unpleasant_high: str
    unpleasant_low: str
    pleasant_high: str
    pleasant_low: str
    quadrant_border: str
    quadrant_text: str
    banner: str
    banner_border: str
    banner_text: str
    problem: str
    difficult_text: str
    """The journal's Kind column: text that also says "Difficult", never colour alone."""
    positive_text: str
    focus: str
    """The focus ring, drawn over whichever control has the keyboard (see focus_ring.py)."""
    focus_halo: str
    """A thin line inside the ring, so that it shows on a filled (checked) control too."""
    focus_width: int
    extra: str = ""
    """A second style sheet this theme also needs (high contrast: visible borders)."""


LIGHT_THEME = AppTheme(
    name=LIGHT,
    window="#efefef",
    window_text="#1a1a1a",
    base="#ffffff",
    alternate_base="#f5f5f5",
    text="#1a1a1a",
    button="#efefef",
    button_text="#1a1a1a",
    highlight="#0072b2",
    highlighted_text="#ffffff",
    link="#005a8c",
    placeholder="#5c5c5c",
    disabled="#8c8c8c",
    chip="#ffffff",
    chip_border="#767676",
    chip_text="#1a1a1a",
    checked="#0072b2",
    checked_border="#003a5c",
    checked_text="#ffffff",
    difficult="#c25400",
    positive="#00795a",
    checked_kind_text="#ffffff",
    unpleasant_high="#fbe3d1",
    unpleasant_low="#dce8f3",
    pleasant_high="#fdf1c9",
    pleasant_low="#d6efe6",
    quadrant_border="transparent",
    quadrant_text="#1a1a1a",
    banner="#fff4ce",
    banner_border="#b37a00",
    banner_text="#1a1a1a",
    problem="#b3261e",
    difficult_text="#b34e00",
    positive_text="#00704f",
    focus="#6a1b9a",
    focus_halo="#ffffff",
    focus_width=2,
)

DARK_THEME = AppTheme(
    name=DARK,
    window="#2b2b2b",
    window_text="#ececec",
    base="#1e1e1e",
    alternate_base="#262626",
    text="#ececec",
    button="#3a3a3a",
    button_text="#ececec",
    highlight="#2f6fb0",
    highlighted_text="#ffffff",
    link="#8ab4f8",
    placeholder="#a8a8a8",
    disabled="#767676",
    chip="#2e2e2e",
    chip_border="#8c8c8c",
    chip_text="#ececec",
    checked="#56b4e9",
    checked_border="#d4ecfa",
    checked_text="#0a0a0a",
    difficult="#f08a4b",
    positive="#3cc79d",
    checked_kind_text="#0a0a0a",
    unpleasant_high="#4a3326",
    unpleasant_low="#253748",
    pleasant_high="#454023",
    pleasant_low="#23433a",
    quadrant_border="transparent",
    quadrant_text="#ececec",
    banner="#433816",
    banner_border="#e69f00",
    banner_text="#ececec",
    problem="#ff8a80",
    difficult_text="#f5a06b",
    positive_text="#5fd3ab",
    focus="#ffc233",
    focus_halo="#000000",
    focus_width=2,
)

HIGH_CONTRAST_THEME = AppTheme(
    name=HIGH_CONTRAST,
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#000000",
    text="#ffffff",
    button="#000000",
    button_text="#ffffff",
    highlight="#00ffff",
    highlighted_text="#000000",
    link="#ffff00",
    placeholder="#c8c8c8",
    disabled="#a0a0a0",
    chip="#000000",
    chip_border="#ffffff",
    chip_text="#ffffff",
    checked="#ffffff",
    checked_border="#ffffff",
    checked_text="#000000",
    difficult="#ffffff",
    positive="#ffffff",
    checked_kind_text="#000000",
    unpleasant_high="#000000",
    unpleasant_low="#000000",
    pleasant_high="#000000",
    pleasant_low="#000000",
    quadrant_border="1px solid #ffffff",
    quadrant_text="#ffffff",
    banner="#000000",
    banner_border="#ffffff",
    banner_text="#ffffff",
    problem="#ff9e9e",
    difficult_text="#ffb27a",
    positive_text="#7ce8c3",
    focus="#ffff00",
    focus_halo="#000000",
    focus_width=3,
    extra="high_contrast.qss",
)

THEMES = {theme.name: theme for theme in (LIGHT_THEME, DARK_THEME, HIGH_CONTRAST_THEME)}


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21 (text wants 4.5, shapes 3)."""

    def luminance(colour: str) -> float:
        rgb = QColor(colour)
        channels = (rgb.redF(), rgb.greenF(), rgb.blueF())
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def palette_of(theme: AppTheme) -> QPalette:
    """The QPalette every widget draws with; the disabled group greyed, not hidden."""
    palette = QPalette(QColor(theme.button), QColor(theme.window))
    role = QPalette.ColorRole
    colours = {
        role.Window: theme.window,
        role.WindowText: theme.window_text,
        role.Base: theme.base,
        role.AlternateBase: theme.alternate_base,
        role.Text: theme.text,
        role.Button: theme.button,
        role.ButtonText: theme.button_text,
        role.BrightText: theme.problem,
        role.Highlight: theme.highlight,
        role.HighlightedText: theme.highlighted_text,
        role.Accent: theme.highlight,
        role.Link: theme.link,
        role.LinkVisited: theme.link,
        role.PlaceholderText: theme.placeholder,
        role.ToolTipBase: theme.base,
        role.ToolTipText: theme.text,
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor(theme.disabled))
    if theme.name == HIGH_CONTRAST:  # Fusion draws frames in these: white on black
        for colour_role in (role.Light, role.Midlight, role.Mid, role.Dark, role.Shadow):
            palette.setColor(colour_role, QColor(theme.window_text))
    return palette


@cache
def _template(name: str) -> str:
    path = resource_path("style", name)
    return path.read_text(encoding="utf-8") if path.exists() else ""


def style_sheet(theme: AppTheme) -> str:
    """The app's style sheet in this theme's colours (one template; $names are filled)."""
    values = {key: str(value) for key, value in asdict(theme).items()}
    values["style_folder"] = resource_path("style").as_posix()  # its arrows, for one
    text = Template(_template("app.qss")).substitute(values)
    if theme.extra:
        text += "\n" + Template(_template(theme.extra)).substitute(values)
    return text


def current_theme(app: QCoreApplication | None = None) -> AppTheme:
    """The theme in force (light before any was applied, e.g. a widget test)."""
    app = app or QCoreApplication.instance()
    name = app.property(THEME_PROPERTY) if app is not None else None
    return THEMES.get(str(name), LIGHT_THEME)


def chart_theme(palette: QPalette) -> ChartTheme:
    """The charts' colours for a widget's palette: its background and text, with the
    high-contrast lines when that theme is in force."""
    if current_theme().name == HIGH_CONTRAST:
        return HIGH_CONTRAST_CHARTS
    role = QPalette.ColorRole
    return theme_for(palette.color(role.Base).name(), palette.color(role.Text).name())


def kind_colour(kind: str) -> QColor:
    """The journal's Kind column text colour, readable on the theme's background."""
    theme = current_theme()
    return QColor(theme.positive_text if kind == "positive" else theme.difficult_text)


# --- the style sheet, only where it is needed ----------------------------------------------

STYLED_PROPERTIES = (
    "heading",
    "section",
    "hint",
    "quadrantTitle",
    "quadrant",
    "banner",
    "chip",
    "scale",
    "kind",
    "primary",
    "problem",
)
"""The dynamic properties app.qss selects on: a widget with one gets the theme's sheet."""
STYLED_CLASSES = ("ScaleButtons",)
SHEET_PROPERTY = "wellbeingSheet"
"""Set on a widget whose style sheet the theme gave it, so that a new theme replaces it."""


def needs_sheet(widget: QWidget) -> bool:
    """Whether app.qss has a rule for this widget (or, for a banner, its labels)."""
    if widget.metaObject().className() in STYLED_CLASSES:
        return True
    return any(widget.property(name) is not None for name in STYLED_PROPERTIES)


class ThemedStyle(QProxyStyle):
    """Fusion, which gives the theme's style sheet to the few widgets that need it when it
    polishes them.

    An application-wide style sheet, however short, makes Qt style every widget through its
    style sheet engine: about 200 ms more to build the pages. Here only the chips, headings,
    hints, banners and the like (marked by a property) carry the sheet. High contrast, which
    restyles every control, still sets its sheet on the whole application.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.sheet = ""
        """The sheet given to marked widgets; empty while the application has one."""

    def polish(self, *args):
        result = super().polish(*args)
        target = args[0] if args else None
        if isinstance(target, QWidget) and self.sheet and needs_sheet(target):
            give_sheet(target, self.sheet)
        return result


def give_sheet(widget: QWidget, sheet: str) -> None:
    """The theme's sheet on one widget, unless it has a sheet of its own."""
    own = widget.styleSheet()
    if own == sheet or inherits_sheet(widget):
        return
    if own and not widget.property(SHEET_PROPERTY):
        return  # set by the widget's code (a badge, a chart title): not ours to replace
    widget.setProperty(SHEET_PROPERTY, True)
    widget.setStyleSheet(sheet)


def inherits_sheet(widget: QWidget) -> bool:
    """A widget inside one that carries the theme's sheet is styled by it already (a
    quadrant's chips): one sheet for the group is cheaper than one each."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.property(SHEET_PROPERTY):
            return True
        parent = parent.parentWidget()
    return False


def restyle_marked_widgets(sheet: str) -> None:
    """A new theme: every widget that carries the theme's sheet gets the new one (or none,
    when the application's own sheet takes over)."""
    for widget in QApplication.allWidgets():
        if widget.property(SHEET_PROPERTY):
            if sheet:
                widget.setStyleSheet(sheet)
            else:
                widget.setStyleSheet("")
                widget.setProperty(SHEET_PROPERTY, None)


def themed_style(app: QApplication) -> ThemedStyle:
    """The application's ThemedStyle, set on first use."""
    style = app.style()
    if isinstance(style, ThemedStyle):
        return style
    themed = ThemedStyle()
    app.setStyle(themed)
    return themed


# --- the choice, remembered -------------------------------------------------------------


def remembered_theme() -> str:
    """The theme chosen in View → Theme at an earlier start; System when none was."""
    from wellbeing.store.location import default_journal_path

    try:
        chosen = (default_journal_path().parent / THEME_FILENAME).read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return SYSTEM
    return chosen if chosen in CHOICES else SYSTEM


def remember_theme(choice: str) -> None:
    """Kept for the next starts; a folder that refuses it only costs the choice."""
    from wellbeing.store.files import make_private_folder, write_private_text
    from wellbeing.store.location import default_journal_path

    folder = default_journal_path().parent
    try:
        make_private_folder(folder)
        write_private_text(folder / THEME_FILENAME, choice + "\n")
    except OSError:
        pass


# --- applying it, and following the system ------------------------------------------------


class ThemeFollower(QObject):
    """Owned by the application: applies the chosen theme, and with System re-applies it
    whenever the system switches between light, dark and high contrast."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("themeFollower")
        self.app = app
        self.choice = SYSTEM
        self.applied: AppTheme | None = None
        from wellbeing.ui.focus_ring import FocusRing

        self.ring = FocusRing(app)
        hints = QGuiApplication.styleHints()
        self.system_scheme = hints.colorScheme()
        self.system_contrast = hints.accessibility().contrastPreference()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._contrast_changed)

    def system_theme(self) -> AppTheme:
        if self.system_contrast == Qt.ContrastPreference.HighContrast:
            return HIGH_CONTRAST_THEME
        return DARK_THEME if self.system_scheme == Qt.ColorScheme.Dark else LIGHT_THEME

    def set_choice(self, choice: str) -> None:
        """Apply `choice` (one of CHOICES); also tells the platform, so that title bars
        follow an explicit light or dark choice."""
        self.choice = choice if choice in CHOICES else SYSTEM
        hints = QGuiApplication.styleHints()
        scheme = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}.get(self.choice)
        if scheme is None:
            hints.unsetColorScheme()
            if hints.colorScheme() != Qt.ColorScheme.Unknown:  # the system's own, again
                self.system_scheme = hints.colorScheme()
        else:
            hints.setColorScheme(scheme)
        self.apply()

    def apply(self) -> None:
        theme = self.system_theme() if self.choice == SYSTEM else THEMES[self.choice]
        if theme == self.applied:
            return
        self.applied = theme
        self.app.setProperty(THEME_PROPERTY, theme.name)  # before the palette's events
        self.ring.set_colours(theme.focus, theme.focus_halo, theme.focus_width)
        self.app.setPalette(palette_of(theme))
        # Qt posts the change to each widget: deliver it now, so the whole window changes
        # at once (an application sheet used to force that by repolishing everything)
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange.value)
        sheet = style_sheet(theme)
        style = themed_style(self.app)
        if theme.extra:  # high contrast restyles every control: the whole app's sheet
            style.sheet = ""
            restyle_marked_widgets("")
            self.app.setStyleSheet(sheet)
            return
        style.sheet = sheet
        if self.app.styleSheet():
            self.app.setStyleSheet("")  # repolishes every widget, which takes the sheet
        restyle_marked_widgets(sheet)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """Also heard while a choice is explicit (possibly our own request, echoed): going
        back to System reads the system's scheme again anyway."""
        self.system_scheme = scheme
        if self.choice == SYSTEM:
            self.apply()

    def _contrast_changed(self, preference: Qt.ContrastPreference) -> None:
        self.system_contrast = preference
        if self.choice == SYSTEM:
            self.apply()


def _existing_follower(app: QCoreApplication) -> ThemeFollower | None:
    found = app.findChild(QObject, "themeFollower")
    return found if isinstance(found, ThemeFollower) else None


def theme_follower(app: QApplication) -> ThemeFollower:
    """The application's follower, made on first use (create_application runs it)."""
    found = _existing_follower(app)
    if found is not None:
        return found
    themed_style(app)
    return ThemeFollower(app)


def install_theme(app: QApplication, choice: str | None = None) -> ThemeFollower:
    """At start: Fusion, and the given choice or the remembered one."""
    follower = theme_follower(app)
    follower.set_choice(choice if choice is not None else remembered_theme())
    return follower


def choose_theme(choice: str) -> None:
    """View → Theme: the whole app changes at once, and the next starts remember it."""
    app = cast(QApplication, QApplication.instance())
    theme_follower(app).set_choice(choice)
    remember_theme(choice)


def show_theme_choice(actions: dict[str, QAction]) -> None:
    """Tick the View → Theme entry of the choice in force."""
    app = QApplication.instance()
    follower = _existing_follower(app) if app is not None else None
    choice = follower.choice if follower is not None else remembered_theme()
    action = actions.get(f"theme_{choice}")
    if action is not None:
        action.setChecked(True)
