"""Fuzzing `wellbeing log`'s flags: any argv gives a saved encounter or one short sentence.

Whatever is typed (impossible numbers, dates, unknown keys, bytes that are not UTF-8 as
the shell hands them over, huge values), the command exits 0 having saved exactly one
encounter, or exits 2 with at most three lines on stderr, no traceback, and nothing saved.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.store import journal, open_journal

# What the shell gives Python for bytes that are not UTF-8 (surrogateescape).
NOT_UTF8 = st.sampled_from(["\udcff", "Acm\udce9", "\udcc3\udca9t\udce9"])
VALUES = st.one_of(
    st.text(max_size=30),
    NOT_UTF8,
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["1e999", "nan", "-0", "0x10", "", " ", "now", "2026-02-30", "9999-12-31"]),
    st.sampled_from(["rude", "phone", "email", "angry", "gave_in", "yes", "positive"]),
    st.text(min_size=1000, max_size=3000),
)
FLAGS = st.sampled_from(
    [
        "--client",
        "--impact",
        "--kind",
        "--when",
        "--channel",
        "--duration",
        "--text",
        "--behaviour",
        "--irritant",
        "--emotion",
        "--lingered",
        "--assertiveness",
        "--confidence",
        "--outcome",
        "--backed",
        "--next-time",
        "--violation",
    ]
)
ARGS = st.lists(st.tuples(FLAGS, VALUES), max_size=6).map(
    lambda pairs: [part for pair in pairs for part in pair]
)


def count(path: Path) -> int:
    if not path.exists():
        return 0
    db = open_journal(path, PASSPHRASE)
    try:
        return journal.count_encounters(db)
    finally:
        db.close()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(args=ARGS, with_basics=st.booleans())
def test_any_log_flags_save_one_encounter_or_say_why_in_a_sentence(
    tmp_path_factory, capsys, args: list[str], with_basics: bool
):
    path = tmp_path_factory.mktemp("fuzz") / "journal.wbj"
    if with_basics:
        args = ["--client", "Acme", "--impact", "5", *args]
    try:
        code = main(["--journal", str(path), "log", *args])
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if code == 0:
        assert count(path) == 1
        return
    assert code == 2, (args, captured.err)
    lines = captured.err.strip().splitlines()
    assert 1 <= len(lines) <= 3 and len(captured.err) < 600, captured.err
    assert count(path) == 0
