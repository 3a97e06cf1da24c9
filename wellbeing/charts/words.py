"""The words the charts write, in English and French, with a `lang` argument rather than
Qt's translator: a chart drawn for a PDF from the command line reads as in the window.

Bands, stages, statuses and vocabulary come from the domain's own tables; dates and numbers
from its formatter. Only the charts' captions, legends and empty states are written here.
"""

from __future__ import annotations

from datetime import date

from wellbeing.domain.formatting import month_abbr, weekday_abbr

WORDS: dict[str, tuple[str, str]] = {
    # the impact timeline
    "timeline": ("Exhaustion over time", "L'épuisement au fil du temps"),
    "timeline.empty": (
        "No encounter or check-in in this period: nothing to chart yet.",
        "Aucun échange ni bilan sur cette période : rien à afficher pour l'instant.",
    ),
    "timeline.flagged": ("red flag raised", "signal d'alerte levé"),
    "timeline.usual": ("my usual range", "ma plage habituelle"),
    "timeline.ewma": ("smoothed (EWMA)", "niveau lissé (EWMA)"),
    "timeline.days": ("day value", "valeur du jour"),
    "timeline.rolling_28": ("28-day mean", "moyenne sur 28 jours"),
    "timeline.rolling_7": ("7-day mean (index)", "moyenne sur 7 jours (l'indice)"),
    "timeline.axis": ("exhaustion /100", "épuisement /100"),
    # the calendar
    "calendar": ("Calendar of exhausting days", "Calendrier des journées éprouvantes"),
    "calendar.empty": ("No logged day in this period.", "Aucun jour renseigné sur cette période."),
    "calendar.scale": ("day value /100", "valeur du jour /100"),
    # weekday × hour
    "hours": ("When difficult encounters happen", "Quand surviennent les échanges difficiles"),
    "hours.scale": ("difficult encounters", "échanges difficiles"),
    "hours.working": ("my working hours", "mes horaires de travail"),
    "no_difficult": (
        "No difficult encounter in this period.",
        "Aucun échange difficile sur cette période.",
    ),
    # emotions
    "emotions": ("Emotions felt", "Émotions ressenties"),
    "emotions.empty": (
        "No emotion noted in this period's encounters.",
        "Aucune émotion notée dans les échanges de cette période.",
    ),
    "emotions.x": ("← unpleasant · pleasant →", "← désagréable · agréable →"),
    "emotions.y": ("← low energy · high energy →", "← peu d'énergie · beaucoup d'énergie →"),
    "emotions.unplaced": (
        "{count} mentions of your own words are not placed on the plane.",
        "{count} mentions de vos propres mots ne sont pas placées sur le plan.",
    ),
    # the confidence cycle
    "cycle": ("The confidence cycle", "Le cercle de la confiance"),
    # irritants on our side
    "irritants": ("Irritants on our side", "Irritants de notre côté"),
    "irritants.share": (
        "Irritants on our side: in {share} of difficult encounters",
        "Irritants de notre côté : dans {share} des échanges difficiles",
    ),
    "irritants.none": (
        "No irritant on our side came with this period's difficult encounters.",
        "Aucun irritant de notre côté n'a accompagné les échanges difficiles de cette période.",
    ),
    "irritants.axis": (
        "Difficult encounters where it played a part (share of all of them).",
        "Échanges difficiles où il a joué un rôle (part de l'ensemble).",
    ),
    # load per client
    "clients": ("Emotional load per client", "Charge émotionnelle par client"),
    "clients.others": ("{count} other clients", "{count} autres clients"),
    "clients.axis": (
        "Emotional load: the impact of difficult encounters weighted by how long it "
        "lingered (in brackets: how many encounters).",
        "Charge émotionnelle : l'impact des échanges difficiles, pondéré par le temps qu'il "
        "a duré (entre parenthèses : le nombre d'échanges).",
    ),
    # one client's months
    "monthly": ("Impact per month", "Impact par mois"),
    "monthly.bars": ("Mean impact of difficult encounters", "Impact moyen des échanges difficiles"),
    "monthly.markers": ("Boundary violations", "Limites franchies"),
    "monthly.impact_axis": ("Impact (0–10)", "Impact (0–10)"),
    "monthly.violations_axis": ("Violations", "Limites franchies"),
    "monthly.empty": (
        "No encounters with this client yet.",
        "Aucun échange avec ce client pour l'instant.",
    ),
    "monthly.calm": (
        "No difficult encounters and no crossed limits.",
        "Aucun échange difficile et aucune limite franchie.",
    ),
    "monthly.reframed": ("reframed", "recadré"),
    "monthly.dethroned": ("dethroned", "détrôné"),
    "monthly.reactivated": ("active again", "réactivé"),
}


def word(key: str, lang: str = "en") -> str:
    english, french = WORDS[key]
    return french if lang == "fr" else english


def heading(chart: str, lang: str = "en") -> str:
    """A chart's title ('timeline', 'calendar', 'hours', 'emotions', 'cycle', 'irritants',
    'clients', 'monthly')."""
    return word(chart, lang)


def month_name(lang: str, month: int) -> str:
    """Short month name ('Mar', 'mars'), without the trailing dot some languages add."""
    return month_abbr(month, lang).rstrip(".")


def weekday_name(lang: str, weekday: int) -> str:
    """Short weekday name, 0 is Monday."""
    return weekday_abbr(weekday, lang).rstrip(".")


def day_label(lang: str, day: date) -> str:
    """'3 Mar' in both languages (the French '3 mars' reads the same way)."""
    return f"{day.day} {month_name(lang, day.month)}"


def hour_label(lang: str, hour: int) -> str:
    return f"{hour} h" if lang == "fr" else f"{hour}:00"
