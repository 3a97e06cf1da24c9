"""The starting vocabulary: stable keys for code and files, labels in each UI language.

Labels live here rather than in Qt translation files because the command line and the
data exports need them too, and because users will later add tags of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Term:
    key: str
    en: str
    fr: str

    def label(self, lang: str = "en") -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class Emotion(Term):
    """An emotion word placed on the pleasantness × energy plane, both in [-1, 1]."""

    pleasantness: float = 0.0
    energy: float = 0.0

    @property
    def quadrant(self) -> str:
        mood = "pleasant" if self.pleasantness >= 0 else "unpleasant"
        level = "high" if self.energy >= 0 else "low"
        return f"{mood}_{level}"


def _terms(*rows: tuple[str, str, str]) -> tuple[Term, ...]:
    return tuple(Term(*row) for row in rows)


def _quadrant(
    pleasantness: float, energy: float, *rows: tuple[str, str, str]
) -> tuple[Emotion, ...]:
    """Spread a quadrant's words a little so that they do not sit on one point."""
    count = len(rows)
    emotions = []
    for index, (key, en, fr) in enumerate(rows):
        spread = 0.25 + 0.6 * index / max(count - 1, 1)
        emotions.append(
            Emotion(
                key,
                en,
                fr,
                pleasantness=round(pleasantness * (1.0 - 0.5 * (index % 2)), 2),
                energy=round(energy * spread, 2),
            )
        )
    return tuple(emotions)


EMOTIONS: tuple[Emotion, ...] = (
    *_quadrant(
        -1.0,
        1.0,
        ("angry", "angry", "en colère"),
        ("anxious", "anxious", "anxieux·se"),
        ("stressed", "stressed", "stressé·e"),
        ("frustrated", "frustrated", "frustré·e"),
        ("irritated", "irritated", "agacé·e"),
        ("humiliated", "humiliated", "humilié·e"),
        ("tense", "tense", "tendu·e"),
        ("outraged", "outraged", "indigné·e"),
        ("worried", "worried", "inquiet·ète"),
        ("overwhelmed", "overwhelmed", "submergé·e"),
        ("defensive", "on the defensive", "sur la défensive"),
        ("panicked", "panicked", "paniqué·e"),
    ),
    *_quadrant(
        -1.0,
        -1.0,
        ("drained", "drained", "vidé·e"),
        ("discouraged", "discouraged", "découragé·e"),
        ("sad", "sad", "triste"),
        ("hurt", "hurt", "blessé·e"),
        ("ashamed", "ashamed", "honteux·se"),
        ("guilty", "guilty", "coupable"),
        ("powerless", "powerless", "impuissant·e"),
        ("alone", "alone", "seul·e"),
        ("disappointed", "disappointed", "déçu·e"),
        ("numb", "numb", "engourdi·e"),
        ("tired", "tired", "fatigué·e"),
        ("resigned", "resigned", "résigné·e"),
    ),
    *_quadrant(
        1.0,
        1.0,
        ("proud", "proud", "fier·ère"),
        ("confident", "confident", "confiant·e"),
        ("energised", "energised", "plein·e d'énergie"),
        ("motivated", "motivated", "motivé·e"),
        ("pleased", "pleased", "content·e"),
        ("enthusiastic", "enthusiastic", "enthousiaste"),
        ("respected", "respected", "respecté·e"),
        ("valued", "valued", "valorisé·e"),
        ("capable", "capable", "compétent·e"),
        ("amused", "amused", "amusé·e"),
    ),
    *_quadrant(
        1.0,
        -1.0,
        ("calm", "calm", "calme"),
        ("relieved", "relieved", "soulagé·e"),
        ("serene", "serene", "serein·e"),
        ("grateful", "grateful", "reconnaissant·e"),
        ("satisfied", "satisfied", "satisfait·e"),
        ("at_ease", "at ease", "à l'aise"),
        ("reassured", "reassured", "rassuré·e"),
        ("soothed", "soothed", "apaisé·e"),
        ("understood", "understood", "compris·e"),
        ("safe", "safe", "en sécurité"),
    ),
)

QUADRANTS: tuple[str, ...] = ("unpleasant_high", "pleasant_high", "unpleasant_low", "pleasant_low")

KINDS: tuple[Term, ...] = _terms(
    ("difficult", "difficult", "difficile"),
    ("positive", "positive", "positif"),
)

DIFFICULT_BEHAVIOURS: tuple[Term, ...] = _terms(
    ("rude", "rude", "impoli"),
    ("insulting", "insulting or abusive", "insultant"),
    ("contemptuous", "contemptuous", "méprisant"),
    ("shouting", "raised their voice", "a haussé le ton"),
    ("threatening", "threatening", "menaçant"),
    ("impatient", "wants everything now", "veut tout, tout de suite"),
    ("unreasonable_demand", "unreasonable demand", "exigence déraisonnable"),
    ("special_treatment", "demands special treatment", "exige un traitement de faveur"),
    ("out_of_scope", "out-of-scope request", "demande hors périmètre"),
    ("out_of_hours", "contact outside my hours", "contact hors de mes horaires"),
    ("ignores_terms", "ignores agreed terms", "ne respecte pas les conditions convenues"),
    ("questions_competence", "questions my competence", "remet en cause mon professionnalisme"),
    ("invasive", "too many contacts", "envahissant"),
    (
        "blames_me",
        "blames me for others' failures",
        "me reproche des erreurs qui ne sont pas les miennes",
    ),
    ("takes_advantage", "takes advantage", "profite de la situation"),
    ("lost_trust", "lost trust in us", "a perdu confiance en nous"),
    ("complaint", "voiced dissatisfaction", "a exprimé son mécontentement"),
    ("late_payment", "late or no payment", "retard ou défaut de paiement"),
)
"""What a client did that weighs: the list a difficult encounter offers."""

GOOD_BEHAVIOURS: tuple[Term, ...] = _terms(
    ("thanked_me", "thanked me", "m'a remercié·e"),
    ("courteous", "courteous", "courtois"),
    ("respected_my_time", "respected my time", "a respecté mon temps"),
    ("clear_request", "clear request", "demande claire"),
    ("kept_terms", "kept to what we agreed", "a respecté nos accords"),
    ("trusted_me", "trusted my judgement", "m'a fait confiance"),
    ("patient", "was patient", "a été patient"),
    ("useful_feedback", "gave useful feedback", "m'a fait un retour utile"),
    ("paid_on_time", "paid on time", "a payé à temps"),
    ("recommended_us", "recommended us", "nous a recommandés"),
)
"""What a client did well: the list a positive encounter offers, the recovery side of the
ledger. No analysis counts these keys as difficult (cycle, advice, violations and the
exhaustion index look for keys of DIFFICULT_BEHAVIOURS by name)."""

BEHAVIOURS: tuple[Term, ...] = DIFFICULT_BEHAVIOURS + GOOD_BEHAVIOURS
"""Every behaviour a stored encounter may hold, both lists: for labels, validation and the
files read and written (Encounter.behaviours keeps both kinds in one tag facet)."""

IRRITANTS: tuple[Term, ...] = _terms(
    ("hard_to_reach", "hard to reach us", "difficile de nous joindre"),
    ("unanswered", "call or form left unanswered", "appel ou formulaire sans réponse"),
    ("no_call_back", "no call back", "pas de rappel"),
    ("had_to_repeat", "had to repeat themselves", "a dû tout répéter"),
    ("complicated_process", "complicated process", "parcours compliqué"),
    ("robotic", "robotic or scripted reply", "réponse robotisée"),
    ("chatbot", "chatbot that did not help", "chatbot inefficace"),
    ("broken_promise", "promise not kept", "promesse non tenue"),
    ("delay", "delay", "délai trop long"),
    ("careless_error", "careless error", "erreur d'inattention"),
    ("not_my_job", "“not my department”", "« ce n'est pas de mon ressort »"),
    ("wrong_info", "wrong or missing information", "information erronée ou absente"),
    ("mistargeted", "poorly targeted solicitation", "sollicitation mal ciblée"),
    ("numbers_first", "advisor focused on targets", "conseiller centré sur ses chiffres"),
)

CHANNELS: tuple[Term, ...] = _terms(
    ("phone", "phone", "téléphone"),
    ("email", "email", "e-mail"),
    ("in_person", "in person", "en personne"),
    ("video", "video", "visio"),
    ("chat", "chat or messaging", "messagerie"),
    ("social", "social media", "réseaux sociaux"),
    ("letter", "letter", "courrier"),
)

OUTCOMES: tuple[Term, ...] = _terms(
    ("resolved", "resolved", "résolu"),
    ("partly_resolved", "partly resolved", "partiellement résolu"),
    ("pending", "pending", "en attente"),
    ("escalated", "escalated", "escaladé"),
    ("client_lost", "client lost", "client perdu"),
    ("ended", "relationship ended", "relation terminée"),
)

BACKING: tuple[Term, ...] = _terms(
    ("yes", "yes", "oui"),
    ("partly", "partly", "en partie"),
    ("no", "no", "non"),
)

LINGERING: tuple[Term, ...] = _terms(
    ("minutes", "a few minutes", "quelques minutes"),
    ("hours", "a few hours", "quelques heures"),
    ("rest_of_day", "the rest of the day", "le reste de la journée"),
    ("into_night", "into the night", "jusque dans la nuit"),
    ("several_days", "several days", "plusieurs jours"),
)

VIOLATIONS: tuple[Term, ...] = _terms(
    ("out_of_hours", "outside my working hours", "en dehors de mes horaires"),
    ("day_off", "on a day off", "pendant un jour de repos"),
    ("channel", "through a channel I do not accept", "par un canal que je n'accepte pas"),
    ("channel_hours", "channel used outside its hours", "canal utilisé hors de ses horaires"),
    (
        "response_time",
        "pressed to answer faster than promised",
        "réponse exigée plus vite que promis",
    ),
    ("scope", "outside what is in scope", "hors du périmètre convenu"),
    ("respect", "spoken to without respect", "manque de respect"),
    ("terms", "agreed terms ignored", "conditions convenues non respectées"),
)
"""Kinds of boundary violation; see wellbeing.analysis.violations for how each is detected."""

IMPACT_ANCHORS: dict[int, Term] = {
    0: Term("0", "no effect", "aucun effet"),
    5: Term("5", "it stayed with me", "ça m'est resté"),
    10: Term("10", "it overwhelmed me", "ça m'a submergé·e"),
}

POSITIVE_IMPACT_ANCHORS: dict[int, Term] = {
    0: Term("0", "no effect", "aucun effet"),
    5: Term("5", "it did me good", "ça m'a fait du bien"),
    10: Term("10", "it lifted me up", "ça m'a porté·e"),
}
"""The same 0–10 scale worded for a positive encounter: how much good it did. Analysis
gives a positive encounter no load whatever its impact (analysis.facts.Facts.load); it
counts it on the recovery side (analysis.exhaustion.POSITIVE_CREDIT)."""

ASSERTIVENESS_ANCHORS: dict[int, Term] = {
    1: Term("1", "I gave in on everything", "j'ai tout cédé"),
    3: Term("3", "I said part of what I meant", "j'ai dit une partie de ce que je pensais"),
    5: Term(
        "5",
        "I stated my position calmly and held it",
        "j'ai exprimé ma position calmement et je l'ai tenue",
    ),
}

CONFIDENCE_ANCHORS: dict[int, Term] = {
    1: Term("1", "I doubt what we offer", "je doute de ce que nous proposons"),
    3: Term("3", "mixed", "partagé·e"),
    5: Term("5", "proud of what we offer", "fier·ère de ce que nous proposons"),
}


_INDEXES: dict[int, tuple[tuple[Term, ...], dict[str, Term]]] = {}


def by_key(terms: tuple[Term, ...]) -> dict[str, Term]:
    """Key → term, built once per list (validation calls this for every tag it checks)."""
    cached = _INDEXES.get(id(terms))
    if cached is None or cached[0] is not terms:
        cached = _INDEXES[id(terms)] = (terms, {term.key: term for term in terms})
    return cached[1]


def label_of(terms: tuple[Term, ...], key: str | None, lang: str = "en") -> str:
    """A known key's label, or the key itself for a user's own tag."""
    if not key:
        return ""
    term = by_key(terms).get(key)
    return term.label(lang) if term else key


def label_tags(keys: str, terms: tuple[Term, ...], lang: str = "en") -> str:
    """'rude,impatient' as the user reads it: 'rude, wants everything now'."""
    return ", ".join(label_of(terms, key, lang) for key in keys.split(",") if key)
