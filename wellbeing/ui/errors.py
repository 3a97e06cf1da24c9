"""User mistakes in the user's language: the store's sentences, translated by their code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing.domain.validation import InvalidValue
from wellbeing.store.errors import (
    DamagedJournal,
    JournalError,
    NewerJournal,
    NotAJournal,
    StorageFailure,
)


def explain_journal_error(error: JournalError) -> str:
    path = str(error.path) if error.path is not None else ""
    if isinstance(error, NewerJournal):
        return QCoreApplication.translate(
            "Errors",
            "{path} was written by a newer version of Wellbeing Journal; "
            "update the app to open it.",
        ).format(path=path)
    if isinstance(error, DamagedJournal) and path:
        return QCoreApplication.translate(
            "Errors", "{path} cannot be read: it is damaged or not a Wellbeing journal."
        ).format(path=path)
    if isinstance(error, NotAJournal) and path:
        return QCoreApplication.translate("Errors", "{path} is not a Wellbeing journal.").format(
            path=path
        )
    return str(error)


def explain(error: InvalidValue | JournalError) -> str:
    if isinstance(error, StorageFailure):
        reasons = {
            "disk_full": QCoreApplication.translate("Errors", "the disk is full"),
            "read_only": QCoreApplication.translate("Errors", "the journal file is read-only"),
            "busy": QCoreApplication.translate("Errors", "another program is holding the journal"),
            "disk_refused": QCoreApplication.translate(
                "Errors", "the disk refused to write; it may be full or failing"
            ),
        }
        return QCoreApplication.translate(
            "Errors",
            "The journal could not be written ({reason}); nothing saved before was lost.",
        ).format(reason=reasons.get(error.code, error.reason))
    if isinstance(error, JournalError):
        return explain_journal_error(error)
    params = getattr(error, "params", {})
    messages = {
        "client_name_empty": QCoreApplication.translate("Errors", "A client needs a name."),
        "client_name_long": QCoreApplication.translate(
            "Errors", "A client name is limited to {limit} characters."
        ),
        "duplicate_client": QCoreApplication.translate(
            "Errors", "Another client is already called {name}."
        ),
        "strength_empty": QCoreApplication.translate("Errors", "A strength needs some text."),
        "passphrase_short": QCoreApplication.translate(
            "Errors", "A passphrase needs at least {limit} characters."
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
