"""Writer process of the crash-safety harness: saves to a journal until it is killed.

Run by test_crash_safety.py, never by hand:

    python crash_writer.py PATH SEED [mixed|drafts]

It opens the journal at PATH with the passphrase in WELLBEING_PASSPHRASE (the test created
the journal beforehand), then loops forever. ``mixed`` (the default) saves new encounters
(short texts, texts of a few KB, now and then a very long one; tags of every facet), edits
earlier ones, bulk-saves 50 at a time with save_encounters, saves and clears the draft.
``drafts`` types a draft word by word, saving it after each few words as the GUI's
autosave does, and now and then saves the typed encounter and clears the draft.

Everything it does is announced on stdout, one line per fact, written straight to the pipe
with os.write (no Python buffering between the journal and the pipe):

    READY <encounters>                  the journal is open and holds that many encounters
    WILL <op> <id> <impact> <digest>    operation op is about to write this encounter; all
                                        WILL lines of an operation are written before the
                                        save starts
    WILLDRAFT <op> <digest|->           operation op is about to save this draft (- : clear)
    ACK <op> <id> <impact>              save_encounter returned: the encounter is saved
    ACKBULK <op> <n> <first id>         save_encounters of n encounters returned
    ACKDRAFT <op> <digest|->            save_draft (or clear_draft) returned

An acknowledgement is only written after the store's function returned, i.e. after its
transaction committed. The next operation is prepared before that, so that the
acknowledgement and the next announcement leave in one write right before the next save
starts: a kill just after an acknowledgement lands inside a save, not in text generation.
Digests come from encounter_digest and draft_digest below, which the test applies to what it
reads back, so "present with the acknowledged content" covers every field and tag, not only
the impact.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.encoding import encounter_to_json
from wellbeing.domain.model import Client, Encounter, EncounterKind

EPOCH = datetime(2020, 1, 1, 7, 0, 0)  # + up to 400 days: never in the future
CLIENT_NAMES = ("Acme", "Boulangerie Durand", "Zoé Martin", "Globex", "Cabinet Lefèvre")
BULK = 50
SAMPLE = (
    "le client a rappelé samedi à huit heures pour exiger une remise immédiate, "
    "hors contrat ; I explained the terms again, calmly, and he shouted over me. "
    "« Vous êtes payée pour ça » — non, je suis payée pour le projet convenu. "
    "The invoice is 45 days late, the chatbot sent him to the wrong team twice, "
    "and nobody called him back: part of his anger is ours. Épuisée, un peu fière "
    "quand même d'avoir tenu la limite. 😤 🙂 naïve façade ½ ∑ ünïcödé"
)
WORDS = tuple(SAMPLE.split())


def encounter_digest(encounter: Encounter) -> str:
    """A fingerprint of every field and tag, over the one JSON shape of an encounter (tags
    as sorted sets there: their order is not stored)."""
    text = json.dumps(encounter_to_json(encounter), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def draft_digest(payload: dict[str, Any] | None) -> str:
    """'-' for no draft, else a fingerprint of the payload."""
    if payload is None:
        return "-"
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def emit(*lines: str) -> None:
    data = "".join(f"{line}\n" for line in lines).encode("utf-8")
    while data:
        written = os.write(1, data)
        data = data[written:]


@dataclass
class Operation:
    announce: list[str]
    perform: Callable[[], None]
    ack: str


def _keys(terms: tuple[vocab.Term, ...]) -> list[str]:
    return [term.key for term in terms]


class Writer:
    def __init__(self, db: Any, seed: int) -> None:
        from wellbeing.store import journal as store

        self.store = store
        self.db = db
        self.rng = random.Random(seed)
        self.op = 0
        self.clients: list[Client] = [store.ensure_client(db, name) for name in CLIENT_NAMES]
        self.ids: list[str] = [row[0] for row in db.execute("SELECT id FROM encounters")]

    # --- content ---------------------------------------------------------------------

    def text(self, size: int) -> str:
        rng, parts, length = self.rng, [], 0
        while length < size:
            word = rng.choice(WORDS)
            if rng.random() < 0.03:
                word += "\n"
            parts.append(word)
            length += len(word) + 1
        return " ".join(parts)[:size]

    def text_size(self) -> int:
        roll = self.rng.random()
        if roll < 0.02:
            return self.rng.randint(30_000, 90_000)  # a long, pasted e-mail thread
        if roll < 0.30:
            return self.rng.randint(2_000, 8_000)  # a few KB
        return self.rng.randint(0, 400)

    def encounter(self, encounter_id: str | None = None, short: bool = False) -> Encounter:
        rng = self.rng
        escalated = rng.random() < 0.2

        def maybe(values: list[Any]) -> Any:
            return rng.choice([None, *values])

        return Encounter(
            id=encounter_id or f"{rng.getrandbits(128):032x}",
            client_id=rng.choice(self.clients).id,
            occurred_at=EPOCH + timedelta(seconds=rng.randrange(400 * 86_400)),
            kind=rng.choice(list(EncounterKind)),
            impact=rng.randint(0, 10),
            channel=maybe(_keys(vocab.CHANNELS)),
            duration_minutes=maybe([rng.randint(0, 240)]),
            what_happened=self.text(rng.randint(0, 300) if short else self.text_size()),
            behaviours=tuple(rng.sample(_keys(vocab.BEHAVIOURS), rng.randint(0, 4))),
            irritants=tuple(rng.sample(_keys(vocab.IRRITANTS), rng.randint(0, 3))),
            emotions=tuple(rng.sample(_keys(vocab.EMOTIONS), rng.randint(0, 4))),
            lingered=maybe(_keys(vocab.LINGERING)),
            assertiveness=maybe([rng.randint(1, 5)]),
            company_confidence=maybe([rng.randint(1, 5)]),
            outcome=maybe(_keys(vocab.OUTCOMES)),
            escalated=escalated,
            backed=maybe(_keys(vocab.BACKING)) if escalated else None,
            next_time=self.text(rng.randint(0, 200)),
        )

    # --- operations ------------------------------------------------------------------

    def _encounters(self, batch: list[Encounter]) -> Operation:
        self.op += 1

        def perform() -> None:
            if len(batch) == 1:
                self.store.save_encounter(self.db, batch[0])
            else:
                self.store.save_encounters(self.db, batch)
            self.ids.extend(e.id for e in batch if e.id not in self.ids)

        first = batch[0]
        return Operation(
            announce=[f"WILL {self.op} {e.id} {e.impact} {encounter_digest(e)}" for e in batch],
            perform=perform,
            ack=(
                f"ACK {self.op} {first.id} {first.impact}"
                if len(batch) == 1
                else f"ACKBULK {self.op} {len(batch)} {first.id}"
            ),
        )

    def new_encounter(self) -> Operation:
        return self._encounters([self.encounter()])

    def edit_earlier(self) -> Operation:
        if not self.ids:
            return self.new_encounter()
        return self._encounters([self.encounter(self.rng.choice(self.ids))])

    def bulk(self) -> Operation:
        return self._encounters([self.encounter(short=True) for _ in range(BULK)])

    def draft(self, payload: dict[str, Any] | None) -> Operation:
        self.op += 1
        digest = draft_digest(payload)

        def perform() -> None:
            if payload is None:
                self.store.clear_draft(self.db)
            else:
                self.store.save_draft(self.db, payload)

        return Operation(
            announce=[f"WILLDRAFT {self.op} {digest}"],
            perform=perform,
            ack=f"ACKDRAFT {self.op} {digest}",
        )

    def draft_payload(self, text: str) -> dict[str, Any]:
        rng = self.rng
        return {
            "client": rng.choice(CLIENT_NAMES),
            "impact": rng.randint(0, 10),
            "what_happened": text,
            "behaviours": rng.sample(_keys(vocab.BEHAVIOURS), rng.randint(0, 3)),
            "emotions": rng.sample(_keys(vocab.EMOTIONS), rng.randint(0, 3)),
        }

    # --- loops -----------------------------------------------------------------------

    def mixed(self) -> Iterator[Operation]:
        actions: list[tuple[Callable[[], Operation], int]] = [
            (self.new_encounter, 50),
            (self.edit_earlier, 20),
            (self.bulk, 8),
            (lambda: self.draft(self.draft_payload(self.text(self.text_size()))), 17),
            (lambda: self.draft(None), 5),
        ]
        makers = [maker for maker, _ in actions]
        weights = [weight for _, weight in actions]
        while True:
            yield self.rng.choices(makers, weights)[0]()

    def typing(self) -> Iterator[Operation]:
        """The draft grows a few words at a time, as the GUI autosaves it; then it is saved."""
        rng = self.rng
        while True:
            words: list[str] = []
            for _ in range(rng.randint(5, 30)):
                words.extend(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
                yield self.draft(self.draft_payload(" ".join(words)))
            yield self.new_encounter()
            yield self.draft(None)

    def run(self, operations: Iterator[Operation]) -> None:
        """Save forever. An acknowledgement and the next announcement go out in one write,
        right before the next save starts: a kill just after an acknowledgement lands in a save.
        """
        current = next(operations)
        emit(*current.announce)
        while True:
            current.perform()
            following = next(operations)
            emit(current.ack, *following.announce)
            current = following


def main(argv: list[str]) -> int:
    from wellbeing.store import open_journal

    path, seed = argv[1], int(argv[2])
    mode = argv[3] if len(argv) > 3 else "mixed"
    db = open_journal(path, os.environ["WELLBEING_PASSPHRASE"])
    writer = Writer(db, seed)
    emit(f"READY {len(writer.ids)}")
    writer.run(writer.typing() if mode == "drafts" else writer.mixed())
    return 0  # never reached: the test kills the process


if __name__ == "__main__":
    sys.exit(main(sys.argv))
