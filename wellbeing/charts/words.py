"""The words the charts write, in English and French, with a `lang` argument rather than
Qt's translator: a chart drawn for a PDF from the command line reads as in the window.

Bands, stages, statuses and vocabulary come from the domain's own tables; dates and numbers
from its formatter. Only the charts' captions, legends, empty states and the sentences of
their text summaries (what a screen reader says instead of the picture, `describe_*` beside
each `plot_*`) are written here.
"""

from __future__ import annotations

from datetime import date

from wellbeing.domain.formatting import format_number, month_abbr, weekday_abbr

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
    # text summaries: what each chart shows, in sentences a screen reader reads
    "summary.up": ("went up from {before} to {after}", "en hausse de {before} à {after}"),
    "summary.down": ("went down from {before} to {after}", "en baisse de {before} à {after}"),
    "summary.held": ("held at {after}", "stable à {after}"),
    "summary.span": ("From {first} to {last}: {logged}.", "Du {first} au {last} : {logged}."),
    "summary.days_logged": ("{count} days logged", "{count} jours renseignés"),
    "summary.days_logged.one": ("1 day logged", "1 jour renseigné"),
    "summary.index": (
        "7-day mean (the index): {change}.",
        "Moyenne sur 7 jours (l'indice) : {change}.",
    ),
    "summary.latest": ("Latest: {value}, {band}.", "Dernière valeur : {value}, {band}."),
    "summary.band.green": ("in the green band (under {low})", "dans la zone verte (sous {low})"),
    "summary.band.amber": (
        "in the amber band ({low} to {high})",
        "dans la zone orange (de {low} à {high})",
    ),
    "summary.band.red": (
        "in the red band ({high} and above)",
        "dans la zone rouge ({high} et plus)",
    ),
    "summary.usual": (
        "Your usual level: {usual}; the smoothed level ({ewma}) is {where}.",
        "Votre niveau habituel : {usual} ; le niveau lissé ({ewma}) est {where}.",
    ),
    "summary.usual.above": ("above your usual range", "au-dessus de votre plage habituelle"),
    "summary.usual.within": ("within your usual range", "dans votre plage habituelle"),
    "summary.usual.below": ("below your usual range", "en dessous de votre plage habituelle"),
    "summary.flagged": (
        "Red flag raised on {days}, the last on {day}.",
        "Signal d'alerte levé sur {days}, le dernier le {day}.",
    ),
    "summary.days": ("{count} days", "{count} jours"),
    "summary.days.one": ("1 day", "1 jour"),
    "summary.peak": ("Heaviest day: {day}, {value}.", "Journée la plus lourde : {day}, {value}."),
    "summary.calendar_bands": (
        "{red} in the red ({high} and above), {amber} amber ({low} to {high}), "
        "{green} green (under {low}).",
        "{red} dans le rouge ({high} et plus), {amber} à l'orange (de {low} à {high}), "
        "{green} au vert (sous {low}).",
    ),
    "summary.weekday": (
        "Heaviest weekday on average: {weekday} ({value}).",
        "Jour de la semaine le plus lourd en moyenne : {weekday} ({value}).",
    ),
    "summary.difficult": ("{count} difficult encounters", "{count} échanges difficiles"),
    "summary.difficult.one": ("1 difficult encounter", "1 échange difficile"),
    "summary.busiest_times": ("Busiest times: {times}.", "Moments les plus chargés : {times}."),
    "summary.busiest_day": (
        "Busiest day: {weekday} ({count}).",
        "Jour le plus chargé : {weekday} ({count}).",
    ),
    "summary.outside": (
        "Outside your working hours: {count} ({share}).",
        "En dehors de vos horaires de travail : {count} ({share}).",
    ),
    "summary.mentions": (
        "{mentions} of {emotions}: {unpleasant} unpleasant, {pleasant} pleasant.",
        "{mentions} de {emotions} : {unpleasant} désagréables, {pleasant} agréables.",
    ),
    "summary.mentions.count": ("{count} mentions", "{count} mentions"),
    "summary.mentions.count.one": ("1 mention", "1 mention"),
    "summary.emotions.count": ("{count} emotions", "{count} émotions"),
    "summary.emotions.count.one": ("1 emotion", "1 émotion"),
    "summary.most_felt": ("Most felt: {emotions}.", "Les plus ressenties : {emotions}."),
    "summary.quadrant.unpleasant_high": (
        "unpleasant, high energy",
        "désagréable, beaucoup d'énergie",
    ),
    "summary.quadrant.pleasant_high": ("pleasant, high energy", "agréable, beaucoup d'énergie"),
    "summary.quadrant.unpleasant_low": ("unpleasant, low energy", "désagréable, peu d'énergie"),
    "summary.quadrant.pleasant_low": ("pleasant, low energy", "agréable, peu d'énergie"),
    "summary.cycle_status": ("Status: {status}.", "État : {status}."),
    "summary.cycle_stage": ("{number}. {stage}: {state}.", "{number}. {stage} : {state}."),
    "summary.cycle_loop": (
        "The loop turned through: {stages}.",
        "La boucle est passée par : {stages}.",
    ),
    "summary.irritants": (
        "{with_irritant} of {difficult} ({share}) came with an irritant on our side.",
        "{with_irritant} sur {difficult} ({share}) se sont accompagnés d'un irritant de "
        "notre côté.",
    ),
    "summary.most_often": ("Most often: {items}.", "Le plus souvent : {items}."),
    "summary.clients": (
        "Emotional load, heaviest first: {items}.",
        "Charge émotionnelle, de la plus lourde à la plus légère : {items}.",
    ),
    "summary.months": ("From {first} to {last}.", "De {first} à {last}."),
    "summary.impact": (
        "Mean impact of difficult encounters: highest {high} in {high_month}, "
        "latest {latest} in {latest_month}.",
        "Impact moyen des échanges difficiles : au plus haut {high} en {high_month}, "
        "dernier {latest} en {latest_month}.",
    ),
    "summary.violations": (
        "Boundary violations: {count}, most in {month} ({most}).",
        "Limites franchies : {count}, surtout en {month} ({most}).",
    ),
    "summary.no_violations": ("No boundary violation.", "Aucune limite franchie."),
    "summary.steps": ("Marked on the chart: {steps}.", "Repères sur le graphique : {steps}."),
    "summary.step": ("{step} in {month}", "{step} en {month}"),
    "summary.weeks": ("{count} weeks", "{count} semaines"),
    "summary.weeks.one": ("1 week", "1 semaine"),
    "summary.month_count": ("{count} months", "{count} mois"),
    "summary.month_count.one": ("1 month", "1 mois"),
    "summary.week": ("week {week} of {year}", "semaine {week} de {year}"),
}

MONTHS_LONG = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip
WEEKDAYS_LONG = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
"""Whole names in summaries: a screen reader says 'Monday' better than 'Mon'."""


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


# --- the sentences of text summaries ---------------------------------------------------


def _lang(lang: str) -> str:
    return "fr" if lang == "fr" else "en"


def weekday_long(lang: str, weekday: int) -> str:
    """Whole weekday name, 0 is Monday: 'Monday', 'lundi'."""
    return WEEKDAYS_LONG[_lang(lang)][weekday]


def month_year(lang: str, year: int, month: int) -> str:
    """'March 2026', 'mars 2026'."""
    return f"{MONTHS_LONG[_lang(lang)][month - 1]} {year}"


def long_date(lang: str, day: date) -> str:
    """'2 March 2026', '2 mars 2026' ('1er mars' in French): read aloud as written."""
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month_year(lang, day.year, day.month)}"


def number(value: float, lang: str = "en", decimals: int = 0) -> str:
    """A figure as the chart writes it: '58', '6.5' ('6,5' in French)."""
    return format_number(value, lang, decimals, trim=True)


def counted(key: str, count: int, lang: str = "en") -> str:
    """'3 days', '1 day' (French takes the singular for 0 and 1): `key` and `key.one`."""
    singular = count == 1 or (lang == "fr" and count == 0)
    if singular and f"{key}.one" in WORDS:
        return word(f"{key}.one", lang)
    return word(key, lang).format(count=format_number(count, lang))


def change(before: float, after: float, lang: str = "en", decimals: int = 0) -> str:
    """'went up from 31 to 58', 'went down from…', 'held at 40': compared as shown, rounded."""
    first, last = number(before, lang, decimals), number(after, lang, decimals)
    if first == last:
        return word("summary.held", lang).format(after=last)
    key = "summary.up" if round(after, decimals) > round(before, decimals) else "summary.down"
    return word(key, lang).format(before=first, after=last)


def listed(items: list[str], lang: str = "en") -> str:
    """Items of a summary one after the other ('a, b, c'; with a semicolon when an item
    holds a comma)."""
    glue = "; " if any("," in item for item in items) else ", "
    if lang == "fr" and glue == "; ":
        glue = " ; "
    return glue.join(items)


def sentence_case(text: str) -> str:
    """A label ('client-related strain') at the start of a sentence."""
    return text[:1].upper() + text[1:]


def period_words(key: str, lang: str = "en") -> str:
    """A team period's key read aloud: '2026-W49' → 'week 49 of 2026', '2026-11' →
    'November 2026' (any other key as it is)."""
    year, _, rest = key.partition("-")
    if not (year.isdigit() and rest):
        return key
    if rest.startswith("W") and rest[1:].isdigit():
        return word("summary.week", lang).format(week=int(rest[1:]), year=year)
    if rest.isdigit() and 1 <= int(rest) <= 12:
        return month_year(lang, int(year), int(rest))
    return key
