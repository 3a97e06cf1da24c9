"""Declaring only the command being run parses exactly as declaring them all."""

from __future__ import annotations

import pytest

from wellbeing.cli import COMMAND_ARGUMENTS, build_parser, command_named

SAMPLES = [
    ["log", "--client", "Acme", "--impact", "5", "--behaviour", "rude", "--when", "yesterday"],
    ["--journal", "j.wbj", "log", "--client", "Acme", "--impact", "5"],
    ["--lang=fr", "--journal", "j.wbj", "list", "--json", "--limit", "3"],
    ["--journal=j.wbj", "insights", "--date", "2026-03-02"],
    ["export", "out.json", "--format", "csv", "--force"],
    ["restore", "--list"],
    ["report", "--pdf", "r.pdf", "--section", "exhaustion", "--client", "Acme"],
    ["pack", "--out", "p.zip", "--code"],
    ["team", "aggregate", "folder", "--minimum", "6"],
    ["coach", "list", "--json"],
    ["goals", "list"],
    ["capture"],
]


@pytest.mark.parametrize("argv", SAMPLES, ids=lambda argv: " ".join(argv))
def test_the_named_command_parses_as_with_every_command_declared(argv: list[str]):
    only = command_named(argv)

    assert only is not None
    assert build_parser(only).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["--jour", "log", "list"],  # an abbreviation: which word is the command is not certain
        ["--journal"],
        ["--journal", "log"],  # "log" is the journal's file name here
        ["lgo", "--client", "Acme"],
    ],
)
def test_anything_uncertain_declares_every_command(argv: list[str]):
    assert command_named(argv) is None


def test_every_command_keeps_its_help_when_another_is_run(capsys):
    with pytest.raises(SystemExit):
        build_parser("log").parse_args(["--help"])

    listed = capsys.readouterr().out
    assert all(name in listed for name in COMMAND_ARGUMENTS)
