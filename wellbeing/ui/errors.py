"""User mistakes in the user's language: the store's sentences, translated by their code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing.domain.validation import InvalidValue


def explain(error: InvalidValue) -> str:
    params = getattr(error, "params", {})
    messages = {
        "client_name_empty": QCoreApplication.translate("Errors", "A client needs a name."),
        "client_name_long": QCoreApplication.translate(
            "Errors", "A client name is limited to {limit} characters."
        ),
        "duplicate_client": QCoreApplication.translate(
            "Errors", "Another client is already called {name}."
        ),
        "merge_self": QCoreApplication.translate(
            "Errors", "A client cannot be merged into itself."
        ),
        "future_date": QCoreApplication.translate(
            "Errors", "The encounter's date is in the future."
        ),
        "revenue_share": QCoreApplication.translate(
            "Errors", "Revenue share must be between 0 and 100 %."
        ),
        "text_too_long": QCoreApplication.translate(
            "Errors", "The text is {length} characters long; the limit is {limit}."
        ),
    }
    template = messages.get(getattr(error, "code", ""))
    if template is None:
        return str(error)
    formatted = {k: QLocale().toString(v) if isinstance(v, int) else v for k, v in params.items()}
    return template.format(**formatted)
