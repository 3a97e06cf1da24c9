"""Ending a relationship (seed 003's last step): the checklist before it, and a short
factual script to announce it.
"""

from __future__ import annotations

from dataclasses import dataclass

from wellbeing.analysis.messages.words import is_french, pick


@dataclass(frozen=True)
class ChecklistItem:
    """One step before ending a relationship: a short title and what it means."""

    key: str
    title_en: str
    title_fr: str
    detail_en: str
    detail_fr: str

    def title(self, lang: str = "en") -> str:
        return pick(lang, self.title_en, self.title_fr)

    def detail(self, lang: str = "en") -> str:
        return pick(lang, self.detail_en, self.detail_fr)


DETHRONE_CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "notice",
        "Check the notice period and the termination terms",
        "Vérifier le préavis et les conditions de résiliation",
        "Read the contract: how much notice is due, how it must be given (letter, email), "
        "and what each side still owes.",
        "Relisez le contrat : quel préavis est dû, sous quelle forme le donner (courrier, "
        "e-mail), et ce que chacun doit encore à l'autre.",
    ),
    ChecklistItem(
        "handover",
        "Plan the hand-over",
        "Organiser la passation",
        "Who takes over, which files, documents and access to pass on, and by when.",
        "Qui prend le relais, quels dossiers, documents et accès transmettre, et pour quand.",
    ),
    ChecklistItem(
        "script",
        "Prepare what you will say",
        "Préparer ce que vous allez dire",
        "A few factual sentences: the decision, the date it takes effect, the next steps. "
        "You do not owe a long justification.",
        "Quelques phrases factuelles : la décision, sa date d'effet, les prochaines étapes. "
        "Vous n'avez pas à vous justifier longuement.",
    ),
    ChecklistItem(
        "file",
        "Keep a file",
        "Garder un dossier",
        "The incident summary, the messages you sent, the contract and any written "
        "exchanges, stored somewhere safe.",
        "Le relevé des incidents, les messages envoyés, le contrat et les échanges écrits, "
        "rangés en lieu sûr.",
    ),
)


def ending_script(client_name: str, lang: str = "en") -> str:
    """A short, factual draft for announcing the end; the blanks are the user's to fill."""
    name = client_name.strip()
    if is_french(lang):
        return (
            f"Bonjour {name},\n\n"
            "Après réflexion, j'ai décidé de mettre fin à notre collaboration. Conformément à "
            "notre contrat, elle prendra fin le [date]. D'ici là, je terminerai [travaux en "
            "cours] et je transmettrai [dossiers] à [personne].\n\n"
            "Merci pour le travail accompli ensemble.\n\nCordialement,"
        )
    return (
        f"Hello {name},\n\n"
        "After careful thought, I have decided to end our collaboration. In line with our "
        "contract, it will end on [date]. Until then, I will complete [work in progress] and "
        "hand over [files] to [person].\n\n"
        "Thank you for the work we did together.\n\nBest regards,"
    )
