"""The strict reader's toolkit on its own, with a file kind of its own: bounds before parsing,
one sentence naming the path after, whatever the file holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from wellbeing.domain.validation import InvalidValue
from wellbeing.store.strict import Fields, FileSpec, choice_words, load_json, nesting

SPEC = FileSpec(
    noun="a contribution",
    title="a team contribution",
    code="bad_contribution",
    too_large_code="contribution_too_large",
    max_bytes=2_000,
    max_depth=4,
    max_digits=6,
)
FIELDS = Fields("bad_contribution")


def refused(tmp_path: Path, data: bytes) -> InvalidValue:
    file = tmp_path / "in.json"
    file.write_bytes(data)
    with pytest.raises(InvalidValue) as caught:
        load_json(file, SPEC)
    return caught.value


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty."),
        (b"\xef\xbb\xbf  \n", "the file is empty."),
        (b'{"a": "\xff"}', "byte 8: not UTF-8 text, so not a team contribution."),
        (b"[[[[[1]]]]]", "the JSON nests 5 levels deep; a contribution never nests more than 4."),
        (b'{"a": 1234567}', "line 1, column 7: the number 1234567 has 7 digits; no field takes"),
        (b'{"a": 1e999}', "line 1, column 7: the number 1e999 is too large (numbers must be"),
        (b'{"a": NaN}', "NaN is not valid JSON (numbers must be finite)."),
        (b'{"a": 1, "a": 2}', 'the field "a" appears twice in one object.'),
        (b'{"a": 1,}', "line 1, column 9: not valid JSON"),
        (b"x" * 2_001, "the file is 0.0 MB; a contribution over 0.002 MB is refused."),
    ],
)
def test_a_file_breaking_a_bound_is_refused_in_one_sentence(tmp_path, data, message):
    error = refused(tmp_path, data)
    assert str(error).startswith(message)
    assert error.code in {"bad_contribution", "contribution_too_large"}


def test_missing_and_folder_files_are_one_sentence(tmp_path):
    with pytest.raises(InvalidValue, match=r"^there is no file at "):
        load_json(tmp_path / "nowhere.json", SPEC)
    with pytest.raises(InvalidValue, match=r"is a folder, not a contribution file\.$"):
        load_json(tmp_path, replace(SPEC, max_bytes=10**6))  # a folder's size is its table's


def test_a_good_file_reads_with_byte_order_marks_and_minus_zero(tmp_path):
    file = tmp_path / "ok.json"
    file.write_bytes(b'\xef\xbb\xbf\xef\xbb\xbf{"week": "2026-W10", "x": [-0.0, 12]}')
    data = load_json(file, SPEC)
    assert data == {"week": "2026-W10", "x": [0.0, 12]}
    assert str(data["x"][0]) == "0.0"


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert nesting('{"a": "[[[[[[", "b": ["\\"]]]"]}') == 2


@pytest.mark.parametrize(
    ("read", "message"),
    [
        (lambda: FIELDS.read_object("week", [], ("a",)), "week: must be an object, not a list."),
        (lambda: FIELDS.read_object("week", {"b": 1}, ("a",)), "week.b: unknown field."),
        (
            lambda: FIELDS.read_object("week", {"b": 1}, ("a", "b"), (), {"b": "came later."}),
            "week.b: came later.",
        ),
        (lambda: FIELDS.read_object("week", {}, ("a",), ("a",)), "week: the field 'a' is missing."),
        (lambda: FIELDS.read_list("rows", "x"), "rows: must be a list, not text."),
        (lambda: FIELDS.read_text("name", 3), "name: must be text, not a number."),
        (lambda: FIELDS.read_optional_text("name", []), "name: must be text or null, not a list."),
        (
            lambda: FIELDS.read_text("name", "a\ud800"),
            "name: contains \\ud800, half of a character, which is not text.",
        ),
        (lambda: FIELDS.read_whole("n", 1.0), "n: must be a whole number, not 1.0."),
        (lambda: FIELDS.read_whole("n", True, low=0, high=4), "n: must be a whole number from 0"),
        (lambda: FIELDS.read_whole("n", 5, low=0, high=4), "n: must be a whole number from 0 to 4"),
        (
            lambda: FIELDS.read_number("share", 101, 0, 100, optional=True),
            "share: must be a number from 0 to 100 or null, not 101.",
        ),
        (lambda: FIELDS.read_bool("on", "yes"), 'on: must be true or false, not "yes".'),
        (lambda: FIELDS.read_choice("k", "x", ("a", "b")), 'k: must be a or b, not "x".'),
        (
            lambda: FIELDS.read_choice("k", 1, ("a", "b", "c")),
            "k: must be one of a, b, c, not 1.",
        ),
        (lambda: FIELDS.read_id("id", "a b", {}), 'id: "a b" is not an id'),
        (
            lambda: FIELDS.read_id("id", "a", {"a": "rows[0]"}),
            'id: the id "a" is already used by rows[0].',
        ),
        (
            lambda: FIELDS.read_time("at", "2026-02-30T10:00:00"),
            'at: "2026-02-30T10:00:00" is not a real',
        ),
        (
            lambda: FIELDS.read_time("at", "2026-02-03"),
            'at: must be a time like "2026-03-02T08:15:30"',
        ),
        (lambda: FIELDS.read_time("at", "1899-02-03T10:00:00"), "at: must be in 1900 or later"),
    ],
)
def test_each_field_reader_names_the_path(read, message):
    with pytest.raises(InvalidValue) as caught:
        read()
    assert str(caught.value).startswith(message)
    assert caught.value.code == "bad_contribution"
    assert caught.value.field == message.split(":")[0]


def test_a_long_value_is_echoed_short():
    with pytest.raises(InvalidValue) as caught:
        FIELDS.read_choice("k", "x" * 10_000, ("a", "b"))
    assert len(str(caught.value)) < 100


def test_readers_return_the_value():
    assert FIELDS.read_time("at", "2026-03-02T08:15:30") == datetime(2026, 3, 2, 8, 15, 30)
    assert FIELDS.read_number("share", 40, 0, 100) == 40.0
    assert FIELDS.read_whole("n", None, optional=True) is None
    assert choice_words(("a", "b")) == "a or b"


def test_a_domain_refusal_is_pointed_at_its_field_by_name_not_by_words():
    error = InvalidValue(
        "Score must be small.", "out_of_range", "score", detail="must be small, really."
    )
    assert str(FIELDS.invalid("rows[3]", error)) == "rows[3].score: must be small, really."
    assert str(FIELDS.invalid("rows[3]", error, whole_sentence=True)) == (
        "rows[3].score: score must be small."
    )
    assert FIELDS.invalid("rows[3]", error).field == "rows[3].score"
    unnamed = InvalidValue("Nothing fits.", "misfit")
    assert str(FIELDS.invalid("rows[3]", unnamed)) == "rows[3]: nothing fits."
