"""The command line: a thin second door onto the same services as the GUI.

Every user mistake ends in one sentence on stderr and exit code 2, never a traceback.
Over 500 lines on purpose: the whole command line (every flag, every command as a thin
function over a service) reads in one file, as `wellbeing --help` shows it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from wellbeing import __version__
from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.validation import InvalidValue
from wellbeing.domain.when import HELP as WHEN_HELP
from wellbeing.domain.when import parse_when as parse_moment

if TYPE_CHECKING:
    from wellbeing.domain.model import Encounter

USER_ERROR = 2


class UsageError(Exception):
    """A mistake on the command line, explained in one sentence."""


def system_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def parse_when(text: str, now: datetime | None = None, future: bool = False) -> datetime:
    """Accept what people type: 2026-03-02 08:15, 14:10, this morning, yesterday 17:30…
    The same rules as the form's quick choices (wellbeing.domain.when); a moment to come
    only with `future` (the end of a period, never an encounter)."""
    try:
        return parse_moment(text, now or datetime.now(), future=future)
    except InvalidValue as error:
        raise UsageError(str(error)) from None


class Parser(argparse.ArgumentParser):
    """argparse, but a mistake gets one sentence and a pointer to --help, not the usage.

    The usage of `log` lists every choice of every flag (16 lines); someone who mistyped a
    date needs the sentence about the date.
    """

    def error(self, message: str) -> NoReturn:
        message = _CHOICES.sub("(see --help for the choices)", message)
        message = _QUOTED.sub(lambda m: _cut(m.group(0)) + m.group(1), message)
        message = _cut(message, 200).rstrip(".") + "."
        self.exit(USER_ERROR, f"wellbeing: {printable(message)}\nSee '{self.prog} --help'.\n")


_CHOICES = re.compile(r"\(choose from .*\)", re.DOTALL)
_QUOTED = re.compile(r"""['"][^\n]{40,}?(['"])(?=[\s:.,;)]|$)""")


def _cut(text: str, limit: int = 40) -> str:
    """A value echoed back to the user: the start is enough to recognise it."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def printable(text: str) -> str:
    """An error as one line any terminal can show: control characters and bytes that were
    not UTF-8 (surrogates) become '?', so an echoed value cannot break or forge lines."""
    return "".join(c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else "?" for c in text)


def say(message: str) -> None:
    print(f"wellbeing: {printable(message)}", file=sys.stderr)


def _keys(terms: tuple[vocab.Term, ...]) -> list[str]:
    return [term.key for term in terms]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only`, that command's arguments alone are declared (the
    others keep their name and help): `wellbeing log` does not pay for declaring the rest."""
    parser = Parser(
        prog="wellbeing",
        description="A private journal of difficult client encounters and their emotional impact.",
        epilog="Without a command, the app opens on your journal.",
    )
    parser.add_argument("--version", action="version", version=f"wellbeing {__version__}")
    parser.add_argument(
        "--journal", type=Path, help="journal file (default: your user-data folder)"
    )
    parser.add_argument("--lang", choices=vocab.LANGUAGES, help="interface language")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # --journal and --lang also work after the command: `wellbeing list --journal x.wbj`.
    common = Parser(add_help=False)
    common.add_argument("--journal", type=Path, default=argparse.SUPPRESS, help="journal file")
    common.add_argument(
        "--lang", choices=vocab.LANGUAGES, default=argparse.SUPPRESS, help="language"
    )
    for name, (help, declare) in COMMAND_ARGUMENTS.items():
        command = commands.add_parser(name, parents=[common], help=help)
        if only is None or only == name:
            declare(command)
    return parser


def _log_arguments(log: argparse.ArgumentParser) -> None:
    log.add_argument("--client", required=True, help="client name (created if new)")
    log.add_argument("--strict-client", action="store_true", help="fail if the client is unknown")
    log.add_argument("--impact", type=int, required=True, help="emotional impact 0-10")
    log.add_argument("--kind", choices=_keys(vocab.KINDS), default="difficult")
    log.add_argument("--when", type=parse_encounter_when_arg, help=WHEN_HELP)
    log.add_argument("--channel", choices=_keys(vocab.CHANNELS))
    log.add_argument("--duration", type=int, metavar="MINUTES")
    log.add_argument(
        "--text",
        default="",
        help="what happened (private); '-' reads it from standard input, which other users "
        "cannot see in the process list",
    )
    log.add_argument("--behaviour", action="append", default=[], choices=_keys(vocab.BEHAVIOURS))
    log.add_argument("--irritant", action="append", default=[], choices=_keys(vocab.IRRITANTS))
    log.add_argument("--emotion", action="append", default=[], choices=_keys(vocab.EMOTIONS))
    log.add_argument("--lingered", choices=_keys(vocab.LINGERING))
    log.add_argument("--assertiveness", type=int, help="1 I gave in ... 5 I held my position")
    log.add_argument("--confidence", type=int, help="confidence in my company afterwards, 1-5")
    log.add_argument("--outcome", choices=_keys(vocab.OUTCOMES))
    log.add_argument("--escalated", action="store_true")
    log.add_argument("--backed", choices=_keys(vocab.BACKING), help="did my company back me")
    log.add_argument("--next-time", default="", help="what I would do next time")
    log.add_argument(
        "--violation",
        action="append",
        default=[],
        choices=_keys(vocab.VIOLATIONS),
        help="a boundary crossed (added to those detected from your boundaries)",
    )
    log.add_argument(
        "--no-detect",
        action="store_true",
        help="do not detect boundary violations; record only --violation",
    )


def _list_arguments(listing: argparse.ArgumentParser) -> None:
    listing.add_argument("--client", help="only this client")
    listing.add_argument("--since", type=parse_when_arg, help="only from this date on")
    listing.add_argument("--limit", type=int, help="at most this many")
    listing.add_argument("--json", action="store_true", help="machine-readable output")


def _export_arguments(export: argparse.ArgumentParser) -> None:
    export.add_argument("path", type=Path)
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--encrypt", action="store_true", help="protect a JSON export with the passphrase"
    )
    export.add_argument("--force", action="store_true", help="replace the file if it exists")


def _import_arguments(importing: argparse.ArgumentParser) -> None:
    importing.add_argument("path", type=Path)


def _no_arguments(_command: argparse.ArgumentParser) -> None:
    pass


def _restore_arguments(restore: argparse.ArgumentParser) -> None:
    restore.add_argument(
        "backup", nargs="?", default="latest", help="backup file or name (default: latest)"
    )
    restore.add_argument("--list", action="store_true", help="list the backups and stop")


def _insights_arguments(insights: argparse.ArgumentParser) -> None:
    insights.add_argument("--json", action="store_true", help="machine-readable output")
    insights.add_argument("--date", type=parse_when_arg, help="as on this day (default: today)")


def _remember_arguments(remember: argparse.ArgumentParser) -> None:
    remember.add_argument("--off", action="store_true", help="forget the key on this computer")


def _demo_arguments(demo: argparse.ArgumentParser) -> None:
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    demo.add_argument(
        "--team",
        type=Path,
        metavar="DIR",
        help="instead, write a simulated team's year of contributions into this folder",
    )


def _contribute_arguments(contribute: argparse.ArgumentParser) -> None:
    contribute.add_argument("--week", help="ISO week, YYYY-Www (default: the last complete week)")
    contribute.add_argument("--team", help="the team code your lead gave (default: the last one)")
    contribute.add_argument(
        "--out", type=Path, metavar="DIR", help="the team's shared folder (default: the last one)"
    )
    contribute.add_argument(
        "--yes", action="store_true", help="write without asking (the preview is still printed)"
    )


def _team_arguments(team: argparse.ArgumentParser) -> None:
    team.add_argument("words", nargs="*", metavar="[aggregate|report] DIR")
    team.add_argument("--team", dest="team_code", metavar="CODE", help="only this team's files")
    team.add_argument(
        "--minimum",
        type=int,
        default=5,
        help="smallest group anything is shown for (5 or more; default 5)",
    )
    team.add_argument("--json", action="store_true", help="machine-readable output (aggregate)")
    team.add_argument("--pdf", type=Path, metavar="PATH", help="where to write the report")
    team.add_argument("--force", action="store_true", help="replace the PDF if it exists")


def _report_arguments(report: argparse.ArgumentParser) -> None:
    report.add_argument("--pdf", type=Path, required=True, metavar="PATH")
    _session_choices(report)


def _pack_arguments(pack: argparse.ArgumentParser) -> None:
    pack.add_argument("--out", type=Path, required=True, metavar="PATH")
    pack.add_argument(
        "--code", action="store_true", help="seal it with a one-time code (printed) to tell"
    )
    _session_choices(pack)


def _coach_arguments(coach: argparse.ArgumentParser) -> None:
    coach.add_argument("words", nargs="*", metavar="[import PACK|list|actions COACHEE]")
    coach.add_argument("--workspace", type=Path, help="the coach's workspace file")
    coach.add_argument("--code", help="the one-time code of a sealed pack")
    coach.add_argument("--out", type=Path, metavar="FILE", help="where to write the actions")
    coach.add_argument("--json", action="store_true", help="machine-readable output")
    coach.add_argument("--force", action="store_true", help="replace the file if it exists")


def _goals_arguments(goals: argparse.ArgumentParser) -> None:
    goals.add_argument("words", nargs="+", metavar="import FILE|list")
    goals.add_argument("--json", action="store_true", help="machine-readable output")


COMMAND_ARGUMENTS = {
    "log": ("log one encounter; prints its id", _log_arguments),
    "list": ("list encounters, newest first", _list_arguments),
    "export": ("write the whole journal to a file", _export_arguments),
    "import": ("add a JSON export to the journal", _import_arguments),
    "backup": ("make an encrypted backup of the journal now", _no_arguments),
    "restore": ("put a backup in the journal's place", _restore_arguments),
    "insights": (
        "exhaustion index, confidence cycle, mirror and client advice",
        _insights_arguments,
    ),
    "remember": (
        "keep the journal's key in this computer's keyring, so that commands stop "
        "asking for the passphrase (off by default; anyone using your session could then "
        "open the journal)",
        _remember_arguments,
    ),
    "demo": ("fill an empty journal with 12 months of demo data", _demo_arguments),
    "contribute": (
        "share one week with your team lead: randomised, previewed first",
        _contribute_arguments,
    ),
    "team": (
        "the team lead's view: 'team [DIR]' opens it, 'team aggregate DIR' prints it, "
        "'team report DIR --pdf PATH' exports it",
        _team_arguments,
    ),
    "report": ("the coaching session report, as a PDF", _report_arguments),
    "pack": ("the session pack for your coach's app", _pack_arguments),
    "coach": (
        "the coach's side: 'coach' opens it, 'coach import PACK', 'coach list', "
        "'coach actions COACHEE --out FILE'",
        _coach_arguments,
    ),
    "goals": ("'goals import FILE' adds a session's agreed actions", _goals_arguments),
    "capture": (
        "open the small capture window (in the running app if there is one); "
        "bind it to a desktop shortcut",
        _no_arguments,
    ),
}
"""Every command, in `wellbeing --help`'s order: its help and what declares its arguments."""


def command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, when that is certain without parsing: the first word, after
    only --journal/--lang and their values spelt out in full. None otherwise (an
    abbreviated option, --help…): then every command is declared, as parsing needs."""
    words, first = list(argv), 0
    while first < len(words):
        if words[first] in ("--journal", "--lang"):
            first += 2  # the option and its value
        elif words[first].startswith(("--journal=", "--lang=")):
            first += 1
        else:
            break
    word = words[first] if first < len(words) else None
    return word if word in COMMAND_ARGUMENTS else None


def _session_choices(command: argparse.ArgumentParser) -> None:
    """The choices of "Prepare a coaching session…", as flags."""
    from wellbeing.domain.coaching import Section

    command.add_argument("--from", dest="first", type=parse_when_arg, help="first day")
    command.add_argument("--to", dest="last", type=parse_when_arg, help="last day (today)")
    command.add_argument(
        "--section",
        action="append",
        choices=[str(s) for s in Section],
        help="include this section (repeat; default: all)",
    )
    command.add_argument("--client", action="append", help="only these clients (repeat)")
    command.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="ENCOUNTER_ID",
        help="include this encounter's private text (repeat; none by default)",
    )
    command.add_argument(
        "--real-names", action="store_true", help="client names as they are, not Client A, B…"
    )
    command.add_argument(
        "--redact",
        action="append",
        default=[],
        metavar="WORD",
        help="a name to hide in the chosen texts (repeat)",
    )
    command.add_argument("--force", action="store_true", help="replace the file if it exists")


def parse_when_arg(text: str) -> datetime:
    """A day that bounds a period (--since, --date, --from, --to): it may be to come."""
    try:
        return parse_when(text, future=True)
    except UsageError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parse_encounter_when_arg(text: str) -> datetime:
    """When an encounter happened: never later than now."""
    try:
        return parse_when(text)
    except UsageError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


PASSPHRASE_ENV = "WELLBEING_PASSPHRASE"


def ask_passphrase(path: Path, creating: bool) -> str:
    """From WELLBEING_PASSPHRASE (scripts) or typed at a hidden prompt (people)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not _has_terminal():
        raise UsageError(f"Type the passphrase in a terminal, or set {PASSPHRASE_ENV}.")
    import getpass

    if not creating:
        return getpass.getpass(f"Passphrase for {path}: ")
    first = getpass.getpass(f"New passphrase for {path}: ")
    if getpass.getpass("The same passphrase again: ") != first:
        raise UsageError("The two passphrases differ; nothing was created.")
    return first


def _has_terminal() -> bool:
    """getpass reads the controlling terminal, even when standard input is a pipe."""
    if sys.stdin.isatty():
        return True
    try:
        with open("/dev/tty", "rb"):
            return True
    except OSError:
        return False


def _journal_path(args: argparse.Namespace) -> Path:
    from wellbeing.store.location import default_journal_path

    return Path(args.journal or default_journal_path())


def _open(
    args: argparse.Namespace, create: bool = False, noun: str = "journal", lean: bool = False
):
    """Open the journal; with create, a missing one is made (and its recovery key shown).

    Creation is refused where a journal is expected (its backups or key are there); if
    another command creates the same journal at the same moment, this one opens it.
    lean: for one quick write, without loading sqlite-utils when the journal is up to date
    (see open_journal).
    """
    from wellbeing.store import (
        JournalExists,
        create_journal,
        journal_exists,
        open_journal,
        open_remembered,
    )

    path = _journal_path(args)
    if journal_exists(path):
        # opt-in: no passphrase, no key derivation
        remembered = open_remembered(path, lean=lean)
        if remembered is not None:
            return _opened(remembered)
    if journal_exists(path) or not create:
        return _opened(
            open_journal(
                path,
                ask_passphrase(path, creating=False) if journal_exists(path) else None,
                lean=lean,
            )
        )
    from wellbeing.store.backup import refuse_if_expected

    refuse_if_expected(path)  # before asking for a passphrase that could not be used
    secret = ask_passphrase(path, creating=True)
    from wellbeing.store.keys import check_passphrase

    check_passphrase(secret)  # a refusal first; advice only on what will be used
    warn_if_weak(secret)
    try:
        db, recovery_key = _opened(*create_journal(path, secret))
    except JournalExists:
        return _opened(open_journal(path, secret))
    print(
        f"Created the encrypted {noun} {path}.\n"
        f"Recovery key: {recovery_key}\n"
        f"Keep it somewhere safe: it opens the {noun} if the passphrase is forgotten, "
        "and nothing else can.",
        file=sys.stderr,
    )
    return db


_OPENED: list = []
"""Journals this command opened: closed when it ends, so that its hold on them ends too
(main() may run several commands in one process, as the tests do)."""


def _opened(db, *rest):
    _OPENED.append(db)
    return (db, *rest) if rest else db


def _close_opened() -> None:
    while _OPENED:
        with contextlib.suppress(Exception):  # after a failed write, already reported
            _OPENED.pop().close()


def warn_if_weak(passphrase: str) -> None:
    """Advice, not a refusal: the recovery key stays the way out."""
    from wellbeing.store.strength import assess_passphrase

    strength = assess_passphrase(passphrase)
    if strength.weak:
        common = " It is a common password." if strength.common else ""
        print(
            f"warning: this passphrase is weak (strength {strength.score}/4; someone with "
            f"a copy of the journal could guess it in {strength.crack_time}).{common} "
            "Twelve characters or more, several unrelated words, make a strong one.",
            file=sys.stderr,
        )


MAX_TEXT_BYTES = 1_000_000


def read_standard_input() -> str:
    """The private text piped in (`--text -`), bounded, as UTF-8."""
    data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise UsageError("The text on standard input is over 1 MB; nothing was saved.")
    try:
        return data.decode("utf-8").rstrip("\n")
    except UnicodeDecodeError:
        raise UsageError("The text on standard input is not UTF-8; nothing was saved.") from None


def cmd_log(args: argparse.Namespace) -> int:
    from wellbeing.domain.model import Encounter, EncounterKind
    from wellbeing.services.encounters import EncounterEntry, log_encounter
    from wellbeing.services.handoff import LogRequest, hand_off

    text = read_standard_input() if args.text == "-" else args.text
    draft = Encounter(
        client_id="",
        occurred_at=args.when or datetime.now().replace(second=0, microsecond=0),
        impact=args.impact,
        kind=EncounterKind(args.kind),
        channel=args.channel,
        duration_minutes=args.duration,
        what_happened=text,
        behaviours=tuple(args.behaviour),
        irritants=tuple(args.irritant),
        emotions=tuple(args.emotion),
        lingered=args.lingered,
        assertiveness=args.assertiveness,
        company_confidence=args.confidence,
        outcome=args.outcome,
        escalated=args.escalated or args.backed is not None,
        backed=args.backed,
        next_time=args.next_time,
        violations=tuple(args.violation),
    )
    # Checked before the journal is even opened (or created): a mistake writes nothing.
    entry = EncounterEntry(args.client, draft, detect=not args.no_detect)
    # The app running on this journal has it open: it saves the entry, no key derivation.
    answer = hand_off(_journal_path(args), LogRequest(entry, args.strict_client))
    if answer is not None:
        if answer.refused is not None:
            raise UsageError(answer.refused)
        print(answer.saved)
        return 0
    db = _open(args, create=True, lean=True)
    logged = log_encounter(db, entry, strict_client=args.strict_client)
    print(logged.encounter.id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from wellbeing.store import journal

    db = _open(args)
    client_id = None
    if args.client:
        client = journal.find_client(db, args.client)
        if client is None:
            raise UsageError(f"No client is called '{args.client}' in this journal.")
        client_id = client.id
    # One encounter at a time, written as it comes: memory stays flat however long the
    # journal, and the first lines show at once.
    encounters = journal.iter_encounters(db, client_id, args.since, args.limit)
    names = {c.id: c.name for c in journal.list_clients(db)}
    if args.json:
        write_json_array(_as_json(e, names[e.client_id]) for e in encounters)
    else:
        lang = args.lang or system_language()
        for e in encounters:
            print(_as_line(e, names[e.client_id], lang))
    return 0


def write_json_array(items: Iterable[dict]) -> None:
    """What print(json.dumps(list(items), indent=2, ensure_ascii=False)) prints, byte for
    byte, without holding the list: scripts reading `list --json` see no difference."""
    out = sys.stdout
    separator = "[\n  "
    for item in items:
        # JSON escapes newlines inside strings, so every newline here is layout.
        out.write(separator + json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n  "))
        separator = ",\n  "
    out.write("[]\n" if separator == "[\n  " else "\n]\n")


def _as_json(encounter: Encounter, client_name: str) -> dict:
    """The export's encounter shape plus the client's name; the time to the minute, as
    `list --json` has always printed it for scripts."""
    from wellbeing.domain.encoding import encounter_to_json

    return encounter_to_json(encounter, timespec="minutes") | {"client": client_name}


def _as_line(encounter: Encounter, client_name: str, lang: str) -> str:
    behaviours = ", ".join(
        vocab.label_of(vocab.BEHAVIOURS, key, lang) for key in encounter.behaviours
    )
    from wellbeing.domain.formatting import format_datetime

    when = format_datetime(encounter.occurred_at, lang)
    kind = vocab.label_of(vocab.KINDS, str(encounter.kind), lang)
    name = printable(client_name)  # a name from an old journal may hold escape codes
    return f"{when}  {kind:<9}  {encounter.impact:>2}/10  {name}  {behaviours}".rstrip()


WORDS = {
    "en": {
        "index": "Exhaustion index",
        "no_index": "not enough entries yet",
        "cycle": "Confidence cycle",
        "break_first": "break first",
        "mirror": "Mirror",
        "red_flags": "Red flags",
        "check_in": "A weekly check-in is due.",
        "clients": "Client advice",
    },
    "fr": {
        "index": "Indice d'épuisement",
        "no_index": "pas encore assez d'entrées",
        "cycle": "Cercle de la confiance",
        "break_first": "à briser d'abord",
        "mirror": "Miroir",
        "red_flags": "Signaux d'alerte",
        "check_in": "Un point hebdomadaire est à faire.",
        "clients": "Conseils par client",
    },
}
"""The command line's own headings; bands, stages and advice levels are worded by
wellbeing.domain.indicators, as in the window."""


def cmd_insights(args: argparse.Namespace) -> int:
    from wellbeing.services import insights

    db = _open(args)
    day = (args.date or datetime.now()).date()
    data = insights.load(db)
    result = insights.insights(data, day)
    lang = args.lang or system_language()
    document = insights.to_json(result, data, lang)
    if args.json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print("\n".join(_insight_lines(document, lang)))
    return 0


def _bullets(reasons: list[dict]) -> list[str]:
    from wellbeing.analysis.reasons import as_sentence

    return [f"    · {as_sentence(reason['text'])}" for reason in reasons]


def _insight_lines(doc: dict, lang: str) -> list[str]:
    from wellbeing.domain.formatting import format_number
    from wellbeing.domain.indicators import NoAdvice, label

    words = WORDS[lang]
    exhaustion, cycle, mirror = doc["exhaustion"], doc["cycle"], doc["mirror"]
    band = label(exhaustion["band"], lang) if exhaustion["band"] else "—"
    index = (
        f"{format_number(exhaustion['index'], lang)}/100 ({band})"
        if exhaustion["index"] is not None
        else words["no_index"]
    )
    lines = [f"{words['index']}: {index}", *_bullets(exhaustion["reasons"])]
    status = label(cycle["status"], lang)
    if cycle["break_first"]:
        status += f"; {words['break_first']}: {label(cycle['break_first'], lang)}"
    lines += [f"{words['cycle']}: {status}", *_bullets(cycle["reasons"] + cycle["advice"])]
    lines += [f"{words['mirror']}:", *_bullets(mirror["reasons"])]
    if doc["red_flags"]:
        lines.append(f"{words['red_flags']}:")
        for flag in doc["red_flags"]:
            lines += _bullets(flag["reasons"][:1])
            lines += [f"      - {step}" for step in flag["steps"]]
            lines.append(f"      {flag['note']}")
    if doc["check_in_due"]:
        lines.append(words["check_in"])
    lines.append(f"{words['clients']}:")
    for client in doc["clients"]:
        level = label(client["advice"] or NoAdvice.NOT_ENOUGH_DATA, lang)
        lines.append(f"  {client['client']}: {level}")
        lines += _bullets(client["reasons"])
    return lines


def cmd_demo(args: argparse.Namespace) -> int:
    from wellbeing.services.demo import write_demo_journal, write_demo_team

    if args.team is not None:
        print(write_demo_team(args.team, seed=args.seed))
        return 0
    db = _open(args, create=True)
    summary = write_demo_journal(db, seed=args.seed)
    print(summary)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from wellbeing.store import exchange
    from wellbeing.store.export_target import check_export_target

    if args.encrypt and args.format == "csv":
        raise UsageError(
            "Only a JSON export can be encrypted; drop --encrypt or use --format json."
        )
    check_export_target(args.path, _journal_path(args), replace=args.force)
    db = _open(args)
    if args.format == "csv":
        rows = exchange.export_csv(db, args.path)
        print(f"Wrote {rows} encounters to {args.path}.")
    else:
        secret = ask_passphrase(args.path, creating=False) if args.encrypt else None
        document = exchange.write_json(db, args.path, passphrase=secret)
        print(
            f"Wrote {len(document['encounters'])} encounters, {len(document['clients'])} "
            f"clients and {len(document['strengths'])} strengths to {args.path}."
        )
    if not args.encrypt:
        print(
            f"warning: {args.path} is not encrypted: anyone who can read the file can read "
            "your journal. Use --encrypt to protect a JSON export with your passphrase.",
            file=sys.stderr,
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from wellbeing.domain.validation import InvalidValue
    from wellbeing.store import exchange
    from wellbeing.store.sealed import is_sealed

    secret = None
    try:
        with open(args.path, "rb") as handle:
            if is_sealed(handle.read(64)):
                secret = ask_passphrase(args.path, creating=False)
    except OSError:
        pass  # read_export says what is wrong with the file, in its words
    try:
        export = exchange.read_export(args.path, passphrase=secret)
    except InvalidValue as error:
        raise UsageError(f"{args.path}: {error}") from None
    db = _open(args, create=True)
    summary = exchange.import_export(db, export)
    print(
        f"Imported {args.path}: encounters {summary.encounters.added} added, "
        f"{summary.encounters.updated} updated, {summary.encounters.unchanged} already there; "
        f"clients {summary.clients.added} added."
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from wellbeing.store.backup import MANUAL, make_backup

    path = _journal_path(args)
    db = _open(args)
    print(make_backup(db, path, MANUAL))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from wellbeing.store.backup import list_backups
    from wellbeing.store.restore import finish_restore, restore_backup, restore_interrupted

    path = _journal_path(args)
    backups = list_backups(path)
    if args.list:
        for backup in backups:
            taken = backup.taken_at.strftime("%Y-%m-%d %H:%M:%S")
            print(f"{taken}  {backup.reason:<16}  {backup.size:>10,} B  {backup.path.name}")
        return 0
    if args.backup == "latest" and restore_interrupted(path):
        finish_restore(path, ask_passphrase(path, creating=False))
        print(f"Finished the interrupted restore into {path}.")
        return 0
    if args.backup == "latest":
        if not backups:
            raise UsageError(f"There is no backup of {path} yet.")
        chosen = backups[0].path
    else:
        chosen = Path(args.backup)
        if not chosen.exists():
            chosen = next((b.path for b in backups if b.path.name == args.backup), chosen)
    kept = restore_backup(chosen, path, ask_passphrase(chosen, creating=False))
    print(f"Restored {chosen.name} into {path}.")
    if kept:
        print(f"The journal it replaced is kept as {kept}.")
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    from wellbeing.store import JournalMissing, journal_exists
    from wellbeing.store.remembered import forget, remember_journal

    path = _journal_path(args)
    if args.off:
        forgotten = forget(path)
        print(
            "The journal's key is no longer kept on this computer; commands ask for the "
            "passphrase again."
            if forgotten
            else "The journal's key was not kept on this computer."
        )
        return 0
    if not journal_exists(path):
        raise JournalMissing(f"There is no journal at {path}.", path)
    remember_journal(path, ask_passphrase(path, creating=False))
    print(
        "The journal's key is now kept in this computer's keyring: commands no longer ask "
        "for the passphrase while your session is open. Anyone who can use your session can "
        "open the journal too; 'wellbeing remember --off' undoes this."
    )
    return 0


def cmd_contribute(args: argparse.Namespace) -> int:
    from datetime import date

    from wellbeing.domain.contribution import IsoWeek, last_complete_week
    from wellbeing.services import contribute

    today = date.today()
    week = IsoWeek.parse(args.week) if args.week else last_complete_week(today)
    db = _open(args)
    known = contribute.remembered(db)
    team = args.team or known.team
    folder = args.out or known.folder
    if not team:
        raise UsageError("Give the team code your lead gave you with --team.")
    if folder is None:
        raise UsageError("Give the team's shared folder with --out.")
    if not folder.is_dir():
        raise UsageError(f"There is no folder at {folder}; nothing was written.")
    prepared = contribute.prepare_contribution(db, week, team, today)
    print(contribute.preview_text(prepared, _lang(args)))
    if not args.yes and not _confirmed("Write this file?"):
        print("Nothing was written.")
        return 0
    written = contribute.contribute(db, prepared, folder)
    print(f"Written: {written}")
    return 0


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or system_language()


def _confirmed(question: str) -> bool:
    """Ask on the terminal; without one, a script must say --yes."""
    if not sys.stdin.isatty():
        raise UsageError("Nothing was written: add --yes to write without a terminal to ask on.")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "o", "oui")


def cmd_team(args: argparse.Namespace) -> int:
    words = list(args.words)
    action = words.pop(0) if words and words[0] in ("aggregate", "report") else None
    if len(words) > 1:
        raise UsageError(f"'team' takes one folder, not {len(words)}.")
    folder = Path(words[0]) if words else None
    if action is None:
        from wellbeing.ui.app import run_team_gui

        return run_team_gui(folder, _lang_or_none(args), args.team_code, args.minimum)
    if folder is None:
        raise UsageError(f"Say which folder: wellbeing team {action} DIR.")
    if action == "report":
        return _team_report(args, folder)
    from wellbeing.services.team import team_view, to_json

    view = team_view(folder, args.team_code, args.minimum)
    if args.json:
        print(json.dumps(to_json(view), ensure_ascii=False, indent=2))
    else:
        print("\n".join(_team_lines(view, _lang(args))))
    return 0


def _lang_or_none(args: argparse.Namespace) -> str | None:
    return getattr(args, "lang", None)


def _team_report(args: argparse.Namespace, folder: Path) -> int:
    from wellbeing.services.team_report import export_team_report
    from wellbeing.store.export_target import check_export_target

    if args.pdf is None:
        raise UsageError("Say where to write the report: --pdf PATH.")
    check_export_target(args.pdf, _journal_path(args), args.force)
    written = export_team_report(folder, args.pdf, args.team_code, args.minimum, _lang(args))
    print(f"Written: {written}")
    return 0


def _team_lines(view, lang: str) -> list[str]:
    from wellbeing.services.team import held_back_sentence, withheld_sentence
    from wellbeing.sharing.team_words import period_lines

    fr = lang == "fr"
    if view.team is None:
        return [
            "Aucune contribution dans ce dossier." if fr else "No contributions in this folder."
        ]
    lines = [f"{'Équipe' if fr else 'Team'} {view.team}"]
    for month in view.months:
        lines.append(f"\n{month.key}")
        if month.figures is None:
            lines.append("  " + ("Rien n'est montré." if fr else "Nothing is shown."))
            continue
        lines += [f"  {line}" for line in period_lines(month.figures, lang)]
    for week in view.weeks:
        lines.append(f"\n{week.week}")
        if week.figures is None:
            lines.append("  " + withheld_sentence(week, view.minimum, lang))
            continue
        lines += [f"  {line}" for line in period_lines(week.figures, lang)]
        if week.disclosure.held_back:
            lines.append("  " + held_back_sentence(week.disclosure.held_back, view.minimum, lang))
    if view.rejected:
        lines.append("\n" + ("Fichiers refusés :" if fr else "Rejected files:"))
        lines += [f"  {r.file}: {r.reason}" for r in view.rejected]
    return lines


SESSION_DAYS = 28
"""A session looks back four weeks unless told otherwise."""


def _choices(args: argparse.Namespace, db):
    from datetime import date, timedelta

    from wellbeing.domain.coaching import Section, SessionChoices
    from wellbeing.store import journal

    today = date.today()
    last = args.last.date() if args.last else today
    first = args.first.date() if args.first else last - timedelta(days=SESSION_DAYS - 1)
    client_ids: tuple[str, ...] | None = None
    if args.client:
        found = []
        for name in args.client:
            client = journal.find_client(db, name)
            if client is None:
                raise UsageError(f"There is no client called '{_cut(name)}'.")
            found.append(client.id)
        client_ids = tuple(found)
    sections = tuple(Section(s) for s in args.section) if args.section else tuple(Section)
    return today, SessionChoices(
        first,
        last,
        sections=sections,
        client_ids=client_ids,
        text_ids=tuple(args.text),
        real_names=args.real_names,
        redactions=tuple(args.redact),
    )


def cmd_report(args: argparse.Namespace) -> int:
    from wellbeing.services.session_report import export_session_report
    from wellbeing.store.export_target import check_export_target

    check_export_target(args.pdf, _journal_path(args), args.force)
    db = _open(args)
    today, choices = _choices(args, db)
    written = export_session_report(db, choices, args.pdf, _lang(args), today)
    print(f"Written: {written}")
    return 0


def cmd_pack(args: argparse.Namespace) -> int:
    from wellbeing.services.coaching import session_content, write_pack
    from wellbeing.sharing.session_pack import new_code
    from wellbeing.store.export_target import check_export_target

    check_export_target(args.out, _journal_path(args), args.force)
    db = _open(args)
    today, choices = _choices(args, db)
    code = new_code() if args.code else None
    written = write_pack(session_content(db, choices, today), args.out, code, db)
    print(f"Written: {written}")
    if code:
        print(f"One-time code: {code}")
        print("Tell it to your coach in person; never send it with the pack.")
    return 0


def _workspace(args: argparse.Namespace, create: bool):
    """The coach's own encrypted workspace, opened (or made) like a journal."""
    from wellbeing.store.location import default_coach_path

    path = args.workspace or default_coach_path()
    return _open(argparse.Namespace(journal=path), create=create, noun="workspace")


def cmd_coach(args: argparse.Namespace) -> int:
    from datetime import datetime

    words = list(args.words)
    action = words.pop(0) if words else None
    if action is None:
        from wellbeing.ui.app import run_coach_gui

        return run_coach_gui(args.workspace, _lang_or_none(args))
    from wellbeing.services import coach

    if action == "import":
        if len(words) != 1:
            raise UsageError("Say which pack: wellbeing coach import PACK.")
        data = Path(words[0]).read_bytes()
        imported = coach.import_pack(_workspace(args, True), data, args.code, datetime.now())
        content = imported.content
        result = {
            "coachee": imported.coachee.id,
            "label": imported.coachee.label,
            "created": imported.created,
            "first": content.first.isoformat(),
            "last": content.last.isoformat(),
            "sections": [str(s) for s in content.sections],
        }
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            verb = "Added" if imported.created else "Updated"
            print(f"{verb} {imported.coachee.label}: {content.first} to {content.last}.")
        return 0
    if action == "list":
        from wellbeing.store import coach as stored

        workspace = _workspace(args, False)
        rows = [
            {"coachee": c.id, "label": c.label, "packs": len(stored.list_packs(workspace, c.id))}
            for c in stored.list_coachees(workspace)
        ]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False))
        else:
            for c in stored.list_coachees(workspace):
                count = len(stored.list_packs(workspace, c.id))
                print(f"{c.id[:8]}  {c.label}  ({count} packs)")
        return 0
    if action == "actions":
        from datetime import date

        from wellbeing.store.export_target import check_export_target

        if len(words) != 1 or args.out is None:
            raise UsageError(
                "Say whose actions and where: wellbeing coach actions COACHEE --out FILE."
            )
        check_export_target(args.out, _journal_path(args), args.force)
        workspace = _workspace(args, False)
        found = coach.find_coachee(workspace, words[0])
        written, count = coach.write_actions(workspace, found.id, args.out, date.today())
        print(f"Written: {written} ({count} actions)")
        return 0
    raise UsageError(f"'coach {_cut(action)}' is not a command; see 'wellbeing coach --help'.")


def cmd_goals(args: argparse.Namespace) -> int:
    from datetime import datetime

    from wellbeing.services.goals import import_goals
    from wellbeing.store import goals as stored

    action, *rest = args.words
    db = _open(args)
    if action == "import" and len(rest) == 1:
        added = import_goals(db, Path(rest[0]).read_bytes(), datetime.now())
        print(f"Goals imported: {len(added)}.")
        return 0
    if action == "list" and not rest:
        found = stored.list_goals(db)
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "id": g.id,
                            "what": g.action.what,
                            "by_when": g.action.by_when.isoformat() if g.action.by_when else None,
                            "done": g.done_at is not None,
                        }
                        for g in found
                    ],
                    ensure_ascii=False,
                )
            )
        else:
            for goal in found:
                mark = "x" if goal.done_at else " "
                due = f" (by {goal.action.by_when})" if goal.action.by_when else ""
                print(f"[{mark}] {goal.action.what}{due}")
        return 0
    raise UsageError("Use 'wellbeing goals import FILE' or 'wellbeing goals list'.")


def cmd_capture(args: argparse.Namespace) -> int:
    """The capture window on the journal, for a desktop shortcut; a missing journal is
    refused here (the first start, with its welcome, makes it)."""
    from wellbeing.store import JournalMissing, journal_exists

    path = _journal_path(args)
    if not journal_exists(path):
        raise JournalMissing(
            f"There is no journal at {path} yet; start 'wellbeing' once to create it.", path
        )
    from wellbeing.ui.app import run_capture_gui

    return run_capture_gui(path, _lang_or_none(args))


def cmd_gui(args: argparse.Namespace) -> int:
    from wellbeing.ui.app import run_gui

    return run_gui(journal_path=args.journal, lang=args.lang)


COMMANDS = {
    "log": cmd_log,
    "list": cmd_list,
    "demo": cmd_demo,
    "insights": cmd_insights,
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "remember": cmd_remember,
    "contribute": cmd_contribute,
    "team": cmd_team,
    "report": cmd_report,
    "pack": cmd_pack,
    "coach": cmd_coach,
    "goals": cmd_goals,
    "capture": cmd_capture,
    None: cmd_gui,
}


def _driver_error() -> type[Exception]:
    """The database driver's errors, without importing it when nothing needed it."""
    driver = sys.modules.get("sqlcipher3.dbapi2")
    return driver.Error if driver else UsageError


QUICK_EXIT = frozenset({"log"})
"""Commands whose process ends without Python's clean-up of every module and object
(about 10 ms, a tenth of `wellbeing log`): the journal is closed and the output flushed
first, and nothing of theirs waits for that clean-up (no atexit hook, no open file)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; without argv (the `wellbeing` program itself), a QUICK_EXIT
    command ends the process as soon as it is done."""
    from wellbeing.store.no_core_dumps import disable_core_dumps

    disable_core_dumps()
    program = argv is None
    if argv is None:
        argv = sys.argv[1:]
    args = build_parser(command_named(argv)).parse_args(argv)
    code = run_command(args)
    if program and args.command in QUICK_EXIT and not _observed():
        _exit_now(code)
    return code


def _observed() -> bool:
    """A profiler, tracer or coverage watches this process: it writes its report at exit,
    so the process ends the usual way."""
    return sys.getprofile() is not None or sys.gettrace() is not None or "coverage" in sys.modules


def _exit_now(code: int) -> NoReturn:
    """End the process at once, its output written out first."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nobody is reading
            stream.flush()
    os._exit(code)


def run_command(args: argparse.Namespace) -> int:
    """The command's exit code; every user mistake is one sentence on stderr."""
    from wellbeing.domain.validation import InvalidValue
    from wellbeing.store.errors import DamagedJournal, JournalError, StorageFailure

    try:
        return COMMANDS[args.command](args)
    except DamagedJournal as error:
        say(f"{str(error).rstrip('.')}; 'wellbeing restore' puts its latest backup in its place.")
        return USER_ERROR
    except (UsageError, InvalidValue, JournalError) as error:
        say(str(error))
        return USER_ERROR
    except _driver_error() as error:
        say(str(StorageFailure.from_driver(error)))
        return USER_ERROR
    except BrokenPipeError:  # `wellbeing … | head` stopped reading: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        say(os_error_sentence(error))
        return USER_ERROR
    finally:
        _close_opened()


def os_error_sentence(error: OSError) -> str:
    """One sentence for a file the system refused; a full disk is not damage."""
    import errno

    where = f" ({_cut(str(error.filename), 80)})" if error.filename else ""
    if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return f"The disk is full{where}; nothing was changed."
    if error.errno == errno.EROFS:
        return f"The disk is read-only{where}; nothing was changed."
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"Permission denied{where}; nothing was changed."
    return f"{error.strerror or error}{where}."


if __name__ == "__main__":
    sys.exit(main())
