"""Crash safety: kill -9 at any moment loses nothing that was saved (issue 3).

A writer process (crash_writer.py, which documents its line protocol) opens an encrypted
journal and saves to it forever, announcing each save before it starts (WILL…) and
acknowledging it once the store's function has returned (ACK…). The test reads those lines
from a pipe and kills the writer with SIGKILL at a seeded random moment: right after the
k-th acknowledgement (the kill then lands inside the next save, often mid-transaction), or
after a random delay since the process started (landing during start-up, while the journal
is opened) or since it reported the journal open. It then drains what the writer wrote
before dying (those acknowledgements count too), opens the journal in this process and
checks:

- ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA foreign_key_check`` finds nothing;
- every acknowledged encounter is there with exactly the acknowledged content (a digest of
  every field and tag, the impact among them);
- the save in progress at the kill landed whole or not at all (for a bulk save of 50: all
  or none), and nothing else appeared;
- the draft is the last acknowledged one, or the one whose save was in progress.

The next writer then continues on the same journal, so later kills hit a journal that has
already been through crashes, and edits reach encounters written by killed processes; every
KILLS_PER_JOURNAL kills a fresh journal starts, to keep the read-back after each kill cheap.

How many kills: 20 when the environment variable CI is set, with a fixed seed (every CI run
makes the same decisions; the exact moments still depend on timing); 60 per local run,
with a fresh seed each run; WELLBEING_CRASH_KILLS=N sets the number either way and
WELLBEING_CRASH_SEED=S the seed (a failure names the seed; ``pytest -rP`` prints it with a
summary of what the kills hit). The draft test adds a quarter as many kills again. Issue 3
asks for at least 200 kills over the suite's life: every local run adds 75 and every CI run
25, so three local runs already make more than 200.

Cost: each kill needs a new writer process (interpreter, imports, and the key derivation of
open_journal: ~130 ms on a quiet machine, ~260 ms on a busy one), then a verification open
in this process (one more key derivation) and a read of the whole journal. On a busy 2-CPU
machine a kill cycle took 0.8-1.2 s: CI's 25 kills about 22 s, a local run's 75 about 65 s.

What this does not show: a SIGKILL keeps the operating system's page cache, so this is about
process crashes; surviving a power cut rests on synchronous=FULL (checked in
test_connection.py), not on this test.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.store.crash_writer import draft_digest, encounter_digest
from wellbeing.store import create_journal, open_journal
from wellbeing.store import journal as store

WRITER = Path(__file__).with_name("crash_writer.py")
CI_KILLS = 20
LOCAL_KILLS = 60
CI_SEED = 20260302
KILLS_PER_JOURNAL = 20
"""Then a fresh journal: reading a whole journal back after each kill grows with it."""
CYCLE_TIMEOUT = 60.0
"""Seconds a writer may take to reach its kill moment before the test gives up on it."""


def kill_count() -> int:
    configured = os.environ.get("WELLBEING_CRASH_KILLS")
    if configured:
        return max(1, int(configured))
    return CI_KILLS if os.environ.get("CI") else LOCAL_KILLS


def base_seed() -> int:
    configured = os.environ.get("WELLBEING_CRASH_SEED")
    if configured:
        return int(configured)
    return CI_SEED if os.environ.get("CI") else random.SystemRandom().randrange(2**32)


# --- what was promised ---------------------------------------------------------------


class ProtocolError(AssertionError):
    pass


@dataclass
class Ledger:
    """What the writers acknowledged, and the one operation that may have been cut short."""

    encounters: dict[str, tuple[int, str]] = field(default_factory=dict)
    """id → (impact, digest) of every acknowledged encounter, latest version."""
    draft: str = "-"
    """Digest of the acknowledged draft ('-': none)."""
    pending_op: int | None = None
    pending: dict[str, tuple[int, str]] = field(default_factory=dict)
    pending_draft: str | None = None
    acks: int = 0
    draft_acks: int = 0
    readies: int = 0
    """Writers that got the journal open (the other kills landed during start-up)."""
    interrupted: dict[str, int] = field(default_factory=lambda: {"landed": 0, "dropped": 0})
    """Kills inside a save: how often that save landed whole, how often not at all."""
    tail: list[str] = field(default_factory=list)

    def feed(self, line: str) -> str | None:
        """Take one protocol line; return its kind for READY and for acknowledgements."""
        self.tail = [*self.tail[-30:], line]
        kind, *args = line.split()
        if kind == "READY":
            if int(args[0]) != len(self.encounters):
                raise ProtocolError(
                    f"the writer found {args[0]} encounters, {len(self.encounters)} expected"
                )
            self.readies += 1
            return kind
        op = int(args[0])
        if kind in ("WILL", "WILLDRAFT"):
            if self.pending_op not in (None, op):
                raise ProtocolError(f"operation {op} started before {self.pending_op} ended")
            self.pending_op = op
            if kind == "WILL":
                self.pending[args[1]] = (int(args[2]), args[3])
            else:
                self.pending_draft = args[1]
            return None
        if op != self.pending_op:
            raise ProtocolError(f"{line!r} acknowledges an operation that was not announced")
        if kind == "ACK":
            if list(self.pending) != [args[1]] or self.pending[args[1]][0] != int(args[2]):
                raise ProtocolError(f"{line!r} does not match its announcement")
        elif kind == "ACKBULK":
            if len(self.pending) != int(args[1]) or next(iter(self.pending)) != args[2]:
                raise ProtocolError(f"{line!r} does not match its announcement")
        elif kind == "ACKDRAFT":
            if self.pending_draft != args[1]:
                raise ProtocolError(f"{line!r} does not match its announcement")
            if args[1] != "-":
                self.draft_acks += 1
        else:
            raise ProtocolError(f"unknown line {line!r}")
        self._settle(applied=True)
        self.acks += 1
        return kind

    def _settle(self, applied: bool) -> None:
        if applied:
            self.encounters.update(self.pending)
            if self.pending_draft is not None:
                self.draft = self.pending_draft
        self.pending_op, self.pending, self.pending_draft = None, {}, None

    def check(self, observed: dict[str, tuple[int, str]], draft: str) -> list[str]:
        """Problems of the journal as read back after a kill; settles the cut operation."""
        problems = []
        for encounter_id, promised in self.encounters.items():
            seen = observed.get(encounter_id)
            if seen == promised or (seen is not None and seen == self.pending.get(encounter_id)):
                continue
            if seen is None:
                problems.append(f"acknowledged encounter {encounter_id} is missing")
            else:
                problems.append(
                    f"acknowledged encounter {encounter_id} reads back as impact {seen[0]}, "
                    f"digest {seen[1]}; acknowledged: impact {promised[0]}, digest {promised[1]}"
                )
        landed, not_landed = [], []
        for encounter_id, announced in self.pending.items():
            seen = observed.get(encounter_id)
            before = self.encounters.get(encounter_id)
            if seen == announced:
                landed.append(encounter_id)
            if seen == before:
                not_landed.append(encounter_id)
            if seen not in (announced, before):
                problems.append(
                    f"encounter {encounter_id} of the interrupted save reads back as {seen}; "
                    f"announced {announced}, before {before}"
                )
        if self.pending_draft is not None:
            (landed if draft == self.pending_draft else not_landed).append("draft")
        if draft not in (self.draft, self.pending_draft):
            problems.append(
                f"the draft reads back as {draft}; acknowledged {self.draft}, "
                f"in progress {self.pending_draft}"
            )
        parts = len(self.pending) + (self.pending_draft is not None)
        whole = len(landed) == parts
        nothing = len(not_landed) == parts
        if parts and not (whole or nothing):
            problems.append(
                f"the interrupted operation {self.pending_op} landed in part: "
                f"{len(landed)} of {parts} parts written"
            )
        extra = set(observed) - set(self.encounters) - set(self.pending)
        if extra:
            problems.append(f"{len(extra)} encounters appeared that no save announced")
        if not problems:
            if parts and whole != nothing:
                self.interrupted["landed" if whole else "dropped"] += 1
            self._settle(applied=whole and not nothing)
        return problems


# --- the writer process --------------------------------------------------------------


class WriterProcess:
    def __init__(self, path: Path, seed: int, mode: str, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        with open(stderr_path, "wb") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, str(WRITER), str(path), str(seed), mode],
                stdout=subprocess.PIPE,
                stderr=stderr,
                cwd=WRITER.parents[2],
            )
        self.started = time.monotonic()
        self.fd = self.proc.stdout.fileno()
        self.buffer = b""
        self.eof = False

    def read(self, timeout: float) -> list[str]:
        """Complete lines that arrive within timeout seconds (none when it passes)."""
        if self.eof:
            return []
        ready, _, _ = select.select([self.fd], [], [], max(timeout, 0.0))
        if not ready:
            return []
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            self.eof = True  # a line cut by the kill has no newline and is dropped
            return []
        self.buffer += chunk
        *lines, self.buffer = self.buffer.split(b"\n")
        return [line.decode("utf-8") for line in lines]

    def kill_and_drain(self) -> list[str]:
        self.proc.send_signal(signal.SIGKILL)
        lines = []
        deadline = time.monotonic() + CYCLE_TIMEOUT
        while not self.eof and time.monotonic() < deadline:
            lines.extend(self.read(deadline - time.monotonic()))
        self.proc.wait(timeout=CYCLE_TIMEOUT)
        self.proc.stdout.close()
        return lines

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")[-3000:]


@dataclass(frozen=True)
class KillPlan:
    after_acks: int = 0
    """Kill once this many acknowledgements were read (then wait `delay`, if any)…"""
    delay: float = 0.0
    """…or this many seconds after the writer started, or after its READY line."""
    from_ready: bool = False

    @staticmethod
    def draw(rng: random.Random, mode: str) -> KillPlan:
        roll = rng.random()
        if mode == "drafts" or roll < 0.6:
            acks = rng.randint(1, 5) if rng.random() < 0.5 else rng.randint(6, 40)
            # The next save starts as the acknowledgement leaves: up to 8 ms covers all of it.
            return KillPlan(after_acks=acks, delay=rng.choice([0.0, rng.uniform(0.0, 0.008)]))
        if roll < 0.75:  # start-up: interpreter, imports, key derivation, opening the journal
            return KillPlan(delay=rng.uniform(0.0, 0.7))
        return KillPlan(delay=rng.uniform(0.0, 0.5), from_ready=True)

    def __str__(self) -> str:
        if self.after_acks:
            return f"{self.delay * 1000:.1f} ms after acknowledgement {self.after_acks}"
        anchor = "its READY line" if self.from_ready else "the writer started"
        return f"{self.delay * 1000:.0f} ms after {anchor}"


def _until_kill(writer: WriterProcess, ledger: Ledger, mode: str, plan: KillPlan) -> list[str]:
    """Feed the ledger until the kill moment; return the lines read but not fed yet."""
    wanted = ("ACKDRAFT",) if mode == "drafts" else ("ACK", "ACKBULK", "ACKDRAFT")
    give_up = writer.started + CYCLE_TIMEOUT
    armed = not (plan.after_acks or plan.from_ready)  # armed: the kill moment is known
    kill_at = writer.started + plan.delay if armed else give_up
    seen = 0
    while not writer.eof:
        now = time.monotonic()
        if now >= kill_at:
            if now < give_up:
                return []
            raise AssertionError(
                f"the writer did not reach the kill moment ({plan}) in "
                f"{CYCLE_TIMEOUT:.0f} s:\n{writer.stderr()}"
            )
        lines = writer.read(kill_at - now)
        for index, line in enumerate(lines):
            kind = ledger.feed(line)
            if armed:
                continue
            if plan.after_acks and kind in wanted and not line.endswith(" -"):
                seen += 1
            if seen == plan.after_acks if plan.after_acks else kind == "READY":
                if plan.delay == 0:
                    return lines[index + 1 :]
                armed, kill_at = True, time.monotonic() + plan.delay
    raise AssertionError(f"the writer stopped on its own:\n{writer.stderr()}")


def run_cycle(path: Path, ledger: Ledger, rng: random.Random, mode: str, work: Path) -> str:
    """Start a writer, kill it at a random moment, feed the ledger; describe the moment."""
    plan = KillPlan.draw(rng, mode)
    writer = WriterProcess(path, rng.getrandbits(32), mode, work / "writer.stderr")
    try:
        unread = _until_kill(writer, ledger, mode, plan)
        for line in [*unread, *writer.kill_and_drain()]:
            ledger.feed(line)
    finally:
        if writer.proc.poll() is None:
            writer.proc.kill()
            writer.proc.wait()
    if writer.proc.returncode != -signal.SIGKILL:
        raise AssertionError(
            f"the writer ended with {writer.proc.returncode}, not by SIGKILL:\n{writer.stderr()}"
        )
    return str(plan)


def read_back(path: Path) -> tuple[list[str], dict[str, tuple[int, str]], str]:
    """Open the journal as the next start of the app would; integrity problems, content."""
    db = open_journal(path, os.environ["WELLBEING_PASSPHRASE"])
    try:
        problems = []
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:10]}")
        orphans = db.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            problems.append(f"foreign_key_check: {orphans[:10]}")
        encounters = store.list_encounters(db)
        if len(encounters) != store.count_encounters(db):
            problems.append("list_encounters and count_encounters disagree")
        observed = {e.id: (e.impact, encounter_digest(e)) for e in encounters}
        draft = store.load_draft(db)
        return problems, observed, draft_digest(draft[0] if draft else None)
    finally:
        db.close()


def crash_many(tmp_path: Path, mode: str, kills: int, seed: int) -> list[Ledger]:
    """Kill writers `kills` times, KILLS_PER_JOURNAL times on each journal; their ledgers."""
    rng = random.Random(seed)
    ledgers: list[Ledger] = []
    for cycle in range(1, kills + 1):
        if (cycle - 1) % KILLS_PER_JOURNAL == 0:
            path = tmp_path / f"journal-{len(ledgers) + 1}.wbj"
            db, _recovery_key = create_journal(path, PASSPHRASE)
            db.close()
            ledgers.append(Ledger())
        ledger = ledgers[-1]
        try:
            moment = run_cycle(path, ledger, rng, mode, tmp_path)
        except AssertionError as error:
            pytest.fail(f"kill {cycle} of {kills} (seed {seed}, mode {mode}): {error}")
        problems, observed, draft = read_back(path)
        problems += ledger.check(observed, draft)
        if problems:
            evidence = tmp_path / f"evidence-kill-{cycle}"
            evidence.mkdir()
            for sidecar in tmp_path.glob(f"{path.name}*"):
                shutil.copy2(sidecar, evidence)
            pytest.fail(
                f"kill {cycle} of {kills} (seed {seed}, mode {mode}, killed {moment}) broke "
                f"the journal:\n- "
                + "\n- ".join(problems)
                + "\nlast protocol lines:\n  "
                + "\n  ".join(ledger.tail[-12:])
                + f"\njournal after the check copied to {evidence}"
            )
    return ledgers


def summary(ledgers: list[Ledger], kills: int, seed: int) -> str:
    total = sum(ledger.acks for ledger in ledgers)
    kept = sum(len(ledger.encounters) for ledger in ledgers)
    started = sum(ledger.readies for ledger in ledgers)
    landed = sum(ledger.interrupted["landed"] for ledger in ledgers)
    dropped = sum(ledger.interrupted["dropped"] for ledger in ledgers)
    return (
        f"{kills} kills (seed {seed}) on {len(ledgers)} journal(s): {kills - started} during "
        f"start-up; {total} saves acknowledged, {kept} encounters kept; a save in progress "
        f"landed whole {landed} times, not at all {dropped} times"
    )


def test_kill_9_keeps_every_acknowledged_save(tmp_path, record_property):
    kills, seed = kill_count(), base_seed()
    record_property("crash_seed", seed)
    ledgers = crash_many(tmp_path, "mixed", kills, seed)
    print(summary(ledgers, kills, seed))
    # The harness itself must have exercised something: saves acknowledged, kills in saves.
    assert sum(ledger.acks for ledger in ledgers) >= kills
    assert sum(sum(ledger.interrupted.values()) for ledger in ledgers) >= kills // 4


def test_acknowledged_draft_survives_kill_9(tmp_path, record_property):
    kills, seed = max(3, kill_count() // 4), base_seed()
    record_property("crash_seed", seed)
    ledgers = crash_many(tmp_path, "drafts", kills, seed)
    print(summary(ledgers, kills, seed))
    # Every kill came right after an acknowledged draft, and each read-back found it (or the
    # newer draft whose save the kill interrupted), else crash_many would have failed.
    assert sum(ledger.draft_acks for ledger in ledgers) >= kills
