"""The contribution file: what a real journal puts in it, and what the lead's reader refuses.

The file is the one thing that leaves the employee's machine for the team, and the team
folder is writable by everyone in it: a file may be damaged, hand-edited, hostile or a
copy. Each bad file is set aside with one sentence saying why, the others are counted,
and nothing raises. A file written from a real journal holds no name and no text of it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing import __version__
from wellbeing.domain.contribution import IRRITANTS_KEY, QUESTIONS, Answers, IsoWeek
from wellbeing.domain.model import CheckIn, Encounter, EncounterKind
from wellbeing.services.contribute import contribute, prepare_contribution
from wellbeing.services.encounters import EncounterEntry, log_encounter
from wellbeing.sharing.contribution import (
    MAX_BYTES,
    Contribution,
    to_document,
    to_text,
    write_contribution,
)
from wellbeing.sharing.noise import SecureNoise
from wellbeing.sharing.team_folder import FolderContents, read_folder
from wellbeing.store import journal

TEAM = "TEAM-A"
WEEK = IsoWeek(2026, 10)
TODAY = date(2026, 3, 20)  # a Friday of week 12
TOKEN = "0123456789abcdef" * 2

ANSWERS = Answers(
    {q.key: q.keys[0] for q in QUESTIONS},
    frozenset({"reach", "reliability"}),
)
VALID = Contribution(TEAM, WEEK, TOKEN, ANSWERS)


def document(**changes: Any) -> dict[str, Any]:
    """The valid file's document with top-level fields changed (None removes one)."""
    base = to_document(VALID)
    for key, value in changes.items():
        if value is None:
            base.pop(key)
        else:
            base[key] = value
    return base


def with_answers(**changes: Any) -> dict[str, Any]:
    answers = dict(to_document(VALID)["answers"])
    answers.update(changes)
    return document(answers=answers)


def encoded(doc: Any) -> bytes:
    return json.dumps(doc).encode()


def read(folder: Path) -> FolderContents:
    return read_folder(folder, TEAM, TODAY)


def assert_a_reason(reason: str) -> None:
    """One short sentence for a person, not a program's error."""
    assert reason and len(reason) < 300
    assert "Traceback" not in reason and "Error" not in reason
    assert "\n" not in reason


def one_valid_file(folder: Path) -> Path:
    """Every case keeps a good file beside the bad one: it must still be counted."""
    other = Contribution(TEAM, WEEK, "fedcba9876543210" * 2, ANSWERS)
    return write_contribution(folder, other)


# --- each kind of bad file, rejected with its reason -------------------------------------

BAD_FILES: list[Any] = [
    pytest.param(b'{"format": "wellbeing-contribution", ', "JSON", id="malformed"),
    pytest.param(b"", "empty", id="empty"),
    pytest.param(b"\x00\xff\xfe\x89PNG\r\n\x1a\n" * 20, "UTF-8", id="binary garbage"),
    pytest.param(
        to_text(VALID).encode() + b" " * MAX_BYTES, f"under {MAX_BYTES:,}", id="oversized"
    ),
    pytest.param(encoded(document(format="wellbeing-export")), "format", id="wrong format"),
    pytest.param(encoded(document(version=2)), "version", id="newer version"),
    pytest.param(encoded(document(team=42)), "team", id="team not text"),
    pytest.param(encoded(document(team="a b")), "team", id="bad team code"),
    pytest.param(encoded(document(token=None)), "token", id="missing field"),
    pytest.param(encoded(document(name="Alice Martin")), "name", id="extra field"),
    pytest.param(encoded(with_answers(mood="fine")), "mood", id="extra answer"),
    pytest.param(encoded(with_answers(exhaustion="purple")), "exhaustion", id="bad category"),
    pytest.param(encoded(with_answers(cycle=["turning"])), "cycle", id="category as a list"),
    pytest.param(
        encoded(with_answers(irritants=["reach", "reach"])), "twice", id="duplicate irritant"
    ),
    pytest.param(encoded(with_answers(irritants=["parking"])), "irritants", id="bad irritant"),
    pytest.param(encoded(with_answers(irritants="reach")), "irritants", id="irritants as text"),
    pytest.param(encoded(document(token="xyz")), "token", id="short token"),
    pytest.param(encoded(document(token=TOKEN.upper())), "token", id="upper-case token"),
    pytest.param(encoded(document(token=TOKEN + "00")), "token", id="long token"),
    pytest.param(encoded(document(week="2026-W54")), "week", id="no such week"),
    pytest.param(encoded(document(week="2026-03-02")), "week", id="a day, not a week"),
    pytest.param(encoded(document(week="2026-W13")), "to come", id="future week"),
    pytest.param(encoded(document(team="TEAM-B")), "TEAM-B", id="other team"),
    pytest.param(encoded(with_answers(exhaustion=[[[[["red"]]]]])), "nests", id="deeply nested"),
    pytest.param(b"[" * 5000 + b"]" * 5000, "", id="very deeply nested"),
    pytest.param(encoded(document(app=10**40)), "41 digits", id="huge number"),
    pytest.param(encoded(document(app=-1)), "app", id="negative version"),
    pytest.param(encoded(document(app=1.5)), "app", id="fractional version"),
    pytest.param(
        to_text(VALID).replace('"version": 1', '"version": 1e400').encode(),
        "",
        id="infinite number",
    ),
    pytest.param(to_text(VALID).replace('"version": 1', '"version": NaN').encode(), "", id="NaN"),
    pytest.param(
        to_text(VALID).replace('"app": 0', '"app": 0, "app": 1').encode(),
        "app",
        id="field given twice",
    ),
    pytest.param(encoded([to_document(VALID)]), "", id="a list, not an object"),
]


@pytest.mark.parametrize(("data", "mentions"), BAD_FILES)
def test_a_bad_file_is_rejected_with_a_reason_and_the_good_ones_still_count(
    tmp_path: Path, data: bytes, mentions: str
):
    one_valid_file(tmp_path)
    (tmp_path / "2026-W10-bad.wbc").write_bytes(data)

    contents = read(tmp_path)

    assert len(contents.accepted) == 1
    [rejected] = contents.rejected
    assert rejected.file == "2026-W10-bad.wbc"
    assert_a_reason(rejected.reason)
    assert mentions in rejected.reason


def test_a_link_or_a_folder_in_place_of_a_file_is_never_followed(tmp_path: Path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = write_contribution(elsewhere, Contribution(TEAM, WEEK, "ab" * 16, ANSWERS))
    folder = tmp_path / "team"
    folder.mkdir()
    one_valid_file(folder)
    (folder / "2026-W10-link.wbc").symlink_to(target)
    (folder / "2026-W10-dir.wbc").mkdir()
    (folder / "2026-W10-dangling.wbc").symlink_to(tmp_path / "nowhere")

    contents = read(folder)

    assert len(contents.accepted) == 1
    assert sorted(r.file for r in contents.rejected) == [
        "2026-W10-dangling.wbc",
        "2026-W10-dir.wbc",
        "2026-W10-link.wbc",
    ]
    for rejected in contents.rejected:
        assert_a_reason(rejected.reason)
        assert "plain file" in rejected.reason


def test_a_copied_file_counts_once_and_the_copy_is_named(tmp_path: Path):
    """A resubmission under another name, or a copy: the same person's week counts once."""
    kept = one_valid_file(tmp_path)
    copy = tmp_path / "2026-W10-copy.wbc"
    copy.write_bytes(kept.read_bytes())
    os.utime(kept, (1_000_000, 1_000_000))  # the copy is newer: it is the one counted

    contents = read(tmp_path)

    assert len(contents.accepted) == 1
    [rejected] = contents.rejected
    assert rejected.file == kept.name
    assert "same person's week" in rejected.reason and copy.name in rejected.reason


def test_half_written_and_foreign_files_are_not_contributions_at_all(tmp_path: Path):
    one_valid_file(tmp_path)
    (tmp_path / ".2026-W10-x.wbc.tmp").write_text("{")
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "desktop.ini").write_bytes(b"\x00\x01")

    contents = read(tmp_path)

    assert len(contents.accepted) == 1 and contents.rejected == []


def test_a_folder_holding_several_teams_asks_which_one_in_a_sentence(tmp_path: Path):
    from wellbeing.domain.validation import InvalidValue

    one_valid_file(tmp_path)
    write_contribution(tmp_path, Contribution("TEAM-B", WEEK, "cd" * 16, ANSWERS))

    with pytest.raises(InvalidValue, match=r"several teams \(TEAM-A, TEAM-B\); say which"):
        read_folder(tmp_path, None, TODAY)
    assert len(read_folder(tmp_path, "TEAM-B", TODAY).accepted) == 1


def test_one_stray_file_of_another_team_cannot_block_the_folder(tmp_path: Path):
    one_valid_file(tmp_path)
    write_contribution(tmp_path, Contribution("TEAM-A", WEEK, "ef" * 16, ANSWERS))
    stray = write_contribution(tmp_path, Contribution("TEAM-B", WEEK, "cd" * 16, ANSWERS))

    contents = read_folder(tmp_path, None, TODAY)

    assert contents.team == "TEAM-A" and len(contents.accepted) == 2
    assert [(r.file, r.reason) for r in contents.rejected] == [
        (stray.name, "made for team TEAM-B, not TEAM-A.")
    ]


# --- fuzzing -----------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
PLACES = [(key,) for key in to_document(VALID) if key != "answers"] + [
    ("answers", key) for key in to_document(VALID)["answers"]
]


def fuzz_settings(examples: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )


@fuzz_settings(150)
@given(data=st.binary(max_size=700))
def test_random_bytes_are_rejected_with_a_reason(tmp_path: Path, data: bytes):
    (tmp_path / "2026-W10-fuzz.wbc").write_bytes(data)

    contents = read(tmp_path)

    assert contents.accepted == []
    [rejected] = contents.rejected
    assert_a_reason(rejected.reason)


@fuzz_settings(150)
@given(place=st.sampled_from(PLACES), value=JSON_VALUES)
def test_a_tampered_field_is_rejected_naming_it_or_read_as_a_valid_answer(
    tmp_path: Path, place: tuple[str, ...], value: Any
):
    doc = to_document(VALID)
    holder = doc["answers"] if len(place) == 2 else doc
    holder[place[-1]] = value
    (tmp_path / "2026-W10-fuzz.wbc").write_bytes(encoded(doc))

    contents = read(tmp_path)

    if contents.accepted:  # the value happened to be a valid one: read as it is
        [contribution] = contents.accepted
        assert to_document(contribution)["answers"][place[-1]] == value
    else:
        [rejected] = contents.rejected
        assert_a_reason(rejected.reason)
        # Named by field, or by position when the JSON itself is refused before any field.
        assert place[-1] in rejected.reason or re.search(r"line \d+|nests", rejected.reason)


@fuzz_settings(100)
@given(cut=st.integers(0, 600), flip=st.integers(0, 255))
def test_a_truncated_or_bit_flipped_file_never_raises(tmp_path: Path, cut: int, flip: int):
    data = bytearray(to_text(VALID).encode())
    position = cut % len(data)
    data[position] ^= flip or 1
    (tmp_path / "2026-W10-fuzz.wbc").write_bytes(bytes(data[: max(cut, position + 1)]))

    contents = read(tmp_path)

    for rejected in contents.rejected:
        assert_a_reason(rejected.reason)
    assert len(contents.accepted) + len(contents.rejected) == 1


# --- what a real journal writes ----------------------------------------------------------

CLIENTS = ("Zanzibar Logistique SARL", "Quentin Farthingale-Ortiz", "Hôtel Bellevue-Plaza")
TEXTS = (
    "He shouted about invoice XQ-4471 and the Kestrel project in front of everyone",
    "Called at 8 on Saturday about the Marigold contract, third time this month",
    "Next time: ask Yolande from legal to join the Pemberton call",
)


def fill_journal(db: Any) -> list[str]:
    """A week of encounters with names and texts no file may carry; returns their ids."""
    ids = []
    moments = [datetime(2026, 3, day, hour, 5) for day in (2, 4, 7) for hour in (8, 14)]
    for number, when in enumerate(moments):
        client = CLIENTS[number % len(CLIENTS)]
        draft = Encounter(
            client_id="",
            occurred_at=when,
            impact=8 if number % 2 else 3,
            kind=EncounterKind.DIFFICULT if number % 3 else EncounterKind.POSITIVE,
            channel="phone",
            duration_minutes=25,
            what_happened=TEXTS[number % len(TEXTS)],
            next_time=TEXTS[(number + 1) % len(TEXTS)],
            behaviours=("rude",),
            irritants=("no_call_back", "delay"),
        )
        ids.append(log_encounter(db, EncounterEntry(client, draft)).encounter.id)
    check_in = CheckIn(datetime(2026, 3, 6, 18, 0), strain=(4, 3, 4, 3, 4, 4), wellbeing=(1,) * 5)
    journal.save_check_in(db, check_in, now=datetime(2026, 3, 20, 12, 0))
    ids.append(check_in.id)
    return ids


def test_the_file_a_real_journal_writes_holds_no_name_no_text_and_only_the_whitelist(
    db: Any, tmp_path: Path
):
    ids = fill_journal(db)
    client_ids = [client.id for client in journal.list_clients(db)]

    contribution = prepare_contribution(db, WEEK, TEAM, TODAY, SecureNoise())
    written = contribute(db, contribution, tmp_path)
    data = written.read_bytes()
    text = data.decode("utf-8").casefold()

    for secret in (*CLIENTS, *TEXTS, *ids, *client_ids, *TEXTS[0].split()[2:5]):
        assert secret.casefold() not in text, secret
    for word in ("XQ-4471", "Kestrel", "Marigold", "Yolande", "Pemberton", "Zanzibar"):
        assert word.casefold() not in text, word
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}", text)  # no day, no time
    assert __version__ not in text or __version__ == str(int(__version__.split(".")[0]))
    assert len(data) < 600

    doc = json.loads(data)
    assert set(doc) == {"format", "version", "app", "team", "week", "token", "answers"}
    assert set(doc["answers"]) == {q.key for q in QUESTIONS} | {IRRITANTS_KEY}
    assert doc["week"] == "2026-W10" and doc["team"] == TEAM
    assert doc["app"] == int(__version__.split(".")[0]) and isinstance(doc["app"], int)
    assert read(tmp_path).accepted == [contribution]


def test_resubmitting_a_week_replaces_its_file_and_other_weeks_get_unrelated_tokens(
    db: Any, tmp_path: Path
):
    fill_journal(db)
    first = contribute(db, prepare_contribution(db, WEEK, TEAM, TODAY), tmp_path)
    again = prepare_contribution(db, WEEK, TEAM, TODAY)
    second = contribute(db, again, tmp_path)

    assert second == first and list(tmp_path.iterdir()) == [first]
    assert json.loads(first.read_bytes())["token"] == again.token

    tokens = [
        prepare_contribution(db, week, TEAM, TODAY).token
        for week in (WEEK, IsoWeek(2026, 9), IsoWeek(2026, 11), IsoWeek(2026, 12))
    ]
    assert len({token[:16] for token in tokens}) == len(tokens)
    for one in tokens[1:]:  # unrelated: about half of their bits differ, as chance has it
        differing = bin(int(one, 16) ^ int(tokens[0], 16)).count("1")
        assert 32 <= differing <= 96
    assert prepare_contribution(db, WEEK, "TEAM-B", TODAY).token != again.token


def test_another_journal_gets_another_token_for_the_same_week(db: Any):
    from wellbeing.store import open_journal

    other = open_journal(":memory:")
    try:
        mine = prepare_contribution(db, WEEK, TEAM, TODAY).token
        theirs = prepare_contribution(other, WEEK, TEAM, TODAY).token
    finally:
        other.close()

    assert mine != theirs


def test_declining_leaves_no_file(db: Any, tmp_path: Path):
    fill_journal(db)
    prepare_contribution(db, WEEK, TEAM, TODAY)  # previewed, then cancelled

    assert list(tmp_path.iterdir()) == []
