"""The session pack file: SessionContent as JSON, optionally sealed with a one-time code,
and its strict reader for the coach's app.

Sealed: scrypt of the code (told in person, never written with the pack) keys AES-GCM over
the JSON; the header is authenticated too. Every field is read back with its type, range
and length checked, so a tampered or hand-made pack gets one sentence, never a traceback.
"""

from __future__ import annotations

import base64
import json
import math
import os
import secrets
from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np

from wellbeing import __version__
from wellbeing.analysis.cycle import CycleResult
from wellbeing.analysis.exhaustion import Baseline, ExhaustionSeries
from wellbeing.analysis.grids import ClientLoads
from wellbeing.analysis.mirror import MirrorResult
from wellbeing.analysis.reasons import Reason
from wellbeing.domain.coaching import Section
from wellbeing.domain.indicators import AdviceLevel, CycleStage, CycleStatus, NoAdvice, StageState
from wellbeing.domain.validation import InvalidValue
from wellbeing.sharing.session_content import (
    PACK_TEXT,
    CheckInPart,
    ClientPart,
    GoalPart,
    IndexPart,
    SessionContent,
    TextPart,
)
from wellbeing.store import strict

FORMAT = "wellbeing-session-pack"
SEALED = "wellbeing-session-pack-sealed"
VERSION = 1
APP_MAJOR = int(__version__.split(".")[0])
MAX_BYTES = 20_000_000
MAX_ITEMS = 20_000
"""Longest series or list read: a few years of days."""

SPEC = strict.FileSpec(
    noun="a session pack",
    title="a Wellbeing session pack",
    code="bad_pack",
    too_large_code="pack_too_large",
    max_bytes=MAX_BYTES,
    max_depth=12,
    max_digits=20,
)
_F = strict.Fields(SPEC.code)


class WrongCode(InvalidValue):
    """The one-time code does not open this pack."""


# --- writing ------------------------------------------------------------------------------


def _numbers(values: np.ndarray) -> list[Any]:
    if values.dtype == bool:
        return [bool(v) for v in values]
    if np.issubdtype(values.dtype, np.integer):
        return [int(v) for v in values]
    return [None if math.isnan(v) else round(float(v), 6) for v in values]


def _reasons(reasons: tuple[Reason, ...]) -> list[dict[str, str]]:
    return [{"en": r.params["en"], "fr": r.params["fr"]} for r in reasons]


def _series(series: ExhaustionSeries, flagged: np.ndarray) -> dict[str, Any]:
    baseline = series.baseline
    return {
        **{
            name: _numbers(getattr(series, name))
            for name in (
                "days",
                "value",
                "logged",
                "logged_7",
                "rolling_7",
                "rolling_28",
                "ewma",
                "ewma_upper",
                "ewma_lower",
            )
        },
        "components": {k: _numbers(v) for k, v in series.components.items()},
        "baseline": None
        if baseline is None
        else {
            "first": baseline.first.isoformat(),
            "last": baseline.last.isoformat(),
            "mean": baseline.mean,
            "sigma": baseline.sigma,
            "logged_days": baseline.logged_days,
        },
        "flagged": _numbers(flagged),
    }


def _cycle(cycle: CycleResult) -> dict[str, Any]:
    return {
        "weeks": _numbers(cycle.weeks),
        "values": {str(k): _numbers(v) for k, v in cycle.values.items()},
        "changes": {str(k): _numbers(v) for k, v in cycle.changes.items()},
        "states": {str(k): str(v) for k, v in cycle.states.items()},
        "onsets": {str(k): int(v) for k, v in cycle.onsets.items()},
        "status": str(cycle.status),
        "loop": [str(s) for s in cycle.loop],
        "break_first": str(cycle.break_first) if cycle.break_first else None,
        "show_strengths": cycle.show_strengths,
        "advice": _reasons(cycle.advice),
        "unbacked": _numbers(cycle.unbacked),
        "partly_backed": _numbers(cycle.partly_backed),
        "reasons": _reasons(cycle.reasons),
    }


def _mirror(mirror: MirrorResult) -> dict[str, Any]:
    return {
        "first": mirror.first.isoformat(),
        "last": mirror.last.isoformat(),
        "difficult": mirror.difficult,
        "with_irritant": mirror.with_irritant,
        "share": None if math.isnan(mirror.share) else mirror.share,
        "counts": dict(mirror.counts),
        "top": [[k, n, s] for k, n, s in mirror.top],
        "unit": mirror.unit,
        "periods": _numbers(mirror.periods),
        "shares": _numbers(mirror.shares),
        "trend": mirror.trend,
        "reasons": _reasons(mirror.reasons),
    }


def _loads(loads: ClientLoads) -> dict[str, Any]:
    return {
        "names": list(loads.names),
        "loads": _numbers(loads.loads),
        "counts": _numbers(loads.counts),
        "others": loads.others,
        "others_load": loads.others_load,
    }


def _optional_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def to_document(content: SessionContent) -> dict[str, Any]:
    """Exactly the chosen content; a section not chosen is not in the file at all."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "app": APP_MAJOR,
        "coachee": content.coachee,
        "prepared_on": content.prepared_on.isoformat(),
        "first": content.first.isoformat(),
        "last": content.last.isoformat(),
        "sections": [str(s) for s in content.sections],
    }
    if content.index is not None:
        document["index"] = {
            "start": content.index.start,
            "end": content.index.end,
            "band": content.index.band,
        }
    if content.series is not None and content.flagged is not None:
        document["series"] = _series(content.series, content.flagged)
    if content.cycle is not None:
        document["cycle"] = _cycle(content.cycle)
    if content.mirror is not None:
        document["mirror"] = _mirror(content.mirror)
    if content.has(Section.ADVICE):
        document["clients"] = [
            {"name": c.name, "level": c.level, "reasons": _reasons(c.reasons)}
            for c in content.clients
        ]
        if content.loads is not None:
            document["loads"] = _loads(content.loads)
    if content.has(Section.CHECK_INS):
        document["check_ins"] = [
            {"day": c.day.isoformat(), "strain": c.strain, "wellbeing": c.wellbeing}
            for c in content.check_ins
        ]
    if content.has(Section.GOALS):
        document["goals"] = [
            {
                "what": g.what,
                "by_when": _optional_day(g.by_when),
                "done_on": _optional_day(g.done_on),
            }
            for g in content.goals
        ]
    if content.texts:
        document["texts"] = [
            {"day": t.day.isoformat(), "client": t.client, "text": t.text} for t in content.texts
        ]
    return document


def pack_bytes(content: SessionContent, code: str | None = None) -> bytes:
    text = json.dumps(to_document(content), ensure_ascii=False, indent=1).encode("utf-8")
    return text if code is None else seal(text, code)


# --- the one-time code ------------------------------------------------------------------

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
"""No 0/O, 1/I/L: a code read aloud or copied by hand survives."""


def new_code() -> str:
    """Three groups of four: about 59 bits, for a file that also has to be obtained."""
    drawn = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return "-".join(drawn[i : i + 4] for i in range(0, 12, 4))


def _normalised(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def _key(code: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(_normalised(code).encode())


def seal(data: bytes, code: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": SEALED, "version": VERSION}
    aad = json.dumps(header, sort_keys=True).encode()
    sealed = AESGCM(_key(code, salt)).encrypt(nonce, data, aad)
    envelope = {
        **header,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "data": base64.b64encode(sealed).decode(),
    }
    return json.dumps(envelope).encode()


def _unseal(envelope: dict[str, Any], code: str | None) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    fields = ("format", "version", "salt", "nonce", "data")
    _F.read_object("", envelope, fields, required=fields)
    if envelope["version"] != VERSION:
        raise _newer(envelope["version"])
    if not code:
        raise WrongCode("This pack is sealed: give the code the employee told you.", "pack_code")
    try:
        salt = base64.b64decode(_F.read_text("salt", envelope["salt"]), validate=True)
        nonce = base64.b64decode(_F.read_text("nonce", envelope["nonce"]), validate=True)
        data = base64.b64decode(_F.read_text("data", envelope["data"]), validate=True)
    except ValueError:
        raise _F.problem("data", "is not base64; the pack was damaged.") from None
    if len(salt) != 16 or len(nonce) != 12:
        raise _F.problem("salt", "has the wrong length; the pack was damaged.")
    aad = json.dumps({"format": SEALED, "version": VERSION}, sort_keys=True).encode()
    try:
        return AESGCM(_key(code, salt)).decrypt(nonce, data, aad)
    except InvalidTag:
        raise WrongCode(
            "This code does not open the pack: check it with the employee (or the pack was "
            "changed since it was made).",
            "pack_code",
        ) from None


def _newer(version: Any) -> InvalidValue:
    return InvalidValue(
        f"This pack was made by a newer version of the app (format {strict.shown(version)}); "
        "update the app to read it.",
        "pack_newer",
    )


# --- reading --------------------------------------------------------------------------------


def read_pack(data: bytes, code: str | None = None) -> SessionContent:
    document = strict.parse_json(strict.decode_text(data, SPEC), SPEC)
    if isinstance(document, dict) and document.get("format") == SEALED:
        plain = _unseal(document, code)
        document = strict.parse_json(strict.decode_text(plain, SPEC), SPEC)
    return _content(document)


_TOP = (
    "format",
    "version",
    "app",
    "coachee",
    "prepared_on",
    "first",
    "last",
    "sections",
    "index",
    "series",
    "cycle",
    "mirror",
    "clients",
    "loads",
    "check_ins",
    "goals",
    "texts",
)
_REQUIRED = _TOP[:8]


def _day(where: str, value: Any, optional: bool = False) -> date | None:
    if value is None and optional:
        return None
    text = _F.read_text(where, value)
    try:
        return date.fromisoformat(text) if len(text) == 10 else _bad_day(where, text)
    except ValueError:
        return _bad_day(where, text)


def _bad_day(where: str, text: str) -> date:
    raise _F.problem(where, f"{strict.shown(text)} is not a date (YYYY-MM-DD).")


def _required_day(where: str, value: Any) -> date:
    day = _day(where, value)
    assert day is not None
    return day


def _list(where: str, value: Any) -> list[Any]:
    items = _F.read_list(where, value)
    if len(items) > MAX_ITEMS:
        raise _F.problem(where, f"holds over {MAX_ITEMS:,} items.")
    return items


def _array(where: str, value: Any, kind: str, length: int | None = None) -> np.ndarray:
    items = _list(where, value)
    if length is not None and len(items) != length:
        raise _F.problem(where, f"holds {len(items)} values, not {length}.")
    if kind == "bool":
        return np.array([_F.read_bool(f"{where}[{i}]", v) for i, v in enumerate(items)], bool)
    if kind == "int":
        ints = [
            _F.read_whole(f"{where}[{i}]", v, low=-(10**9), high=10**9) for i, v in enumerate(items)
        ]
        return np.array(ints, dtype=np.int64)
    floats = [
        math.nan if v is None else _F.read_number(f"{where}[{i}]", v, -1e9, 1e9)
        for i, v in enumerate(items)
    ]
    return np.array(floats, dtype=float)


def _text(where: str, value: Any, limit: int = 100_000) -> str:
    text = _F.read_text(where, value)
    if len(text) > limit:
        raise _F.problem(where, f"is over {limit:,} characters.")
    return text


def _read_reasons(where: str, value: Any) -> tuple[Reason, ...]:
    found = []
    for i, raw in enumerate(_list(where, value)):
        item = _F.read_object(f"{where}[{i}]", raw, ("en", "fr"), required=("en", "fr"))
        found.append(
            Reason(
                PACK_TEXT,
                {
                    "en": _text(f"{where}[{i}].en", item["en"], 2000),
                    "fr": _text(f"{where}[{i}].fr", item["fr"], 2000),
                },
            )
        )
    return tuple(found)


def _choice(where: str, value: Any, kind: Any) -> Any:
    return kind(_F.read_choice(where, value, tuple(str(m) for m in kind)))


_SERIES_FLOATS = ("value", "rolling_7", "rolling_28", "ewma", "ewma_upper", "ewma_lower")
_SERIES_FIELDS = (
    "days",
    "logged",
    "logged_7",
    *_SERIES_FLOATS,
    "components",
    "baseline",
    "flagged",
)


def _read_series(raw: Any) -> tuple[ExhaustionSeries, np.ndarray]:
    item = _F.read_object("series", raw, _SERIES_FIELDS, required=_SERIES_FIELDS)
    days = _array("series.days", item["days"], "int")
    n = len(days)
    arrays = {name: _array(f"series.{name}", item[name], "float", n) for name in _SERIES_FLOATS}
    parts = _F.read_object("series.components", item["components"], tuple(item["components"]))
    components = {
        str(k)[:40]: _array(f"series.components.{k}", v, "float", n) for k, v in parts.items()
    }
    baseline = None
    if item["baseline"] is not None:
        names = ("first", "last", "mean", "sigma", "logged_days")
        b = _F.read_object("series.baseline", item["baseline"], names, required=names)
        baseline = Baseline(
            _required_day("series.baseline.first", b["first"]),
            _required_day("series.baseline.last", b["last"]),
            float(_F.read_number("series.baseline.mean", b["mean"], -1e6, 1e6) or 0.0),
            float(_F.read_number("series.baseline.sigma", b["sigma"], 0, 1e6) or 0.0),
            int(
                _F.read_whole("series.baseline.logged_days", b["logged_days"], low=0, high=10**6)
                or 0
            ),
        )
    series = ExhaustionSeries(
        days=days,
        logged=_array("series.logged", item["logged"], "bool", n),
        logged_7=_array("series.logged_7", item["logged_7"], "int", n),
        components=components,
        baseline=baseline,
        **arrays,
    )
    return series, _array("series.flagged", item["flagged"], "bool", n)


_CYCLE_FIELDS = (
    "weeks",
    "values",
    "changes",
    "states",
    "onsets",
    "status",
    "loop",
    "break_first",
    "show_strengths",
    "advice",
    "unbacked",
    "partly_backed",
    "reasons",
)


def _stage_map(where: str, raw: Any, read: Callable[[str, Any], Any]) -> dict[CycleStage, Any]:
    stages = tuple(str(s) for s in CycleStage)
    item = _F.read_object(where, raw, stages)
    return {CycleStage(k): read(f"{where}.{k}", v) for k, v in item.items()}


def _read_cycle(raw: Any) -> CycleResult:
    item = _F.read_object("cycle", raw, _CYCLE_FIELDS, required=_CYCLE_FIELDS)
    weeks = _array("cycle.weeks", item["weeks"], "int")
    n = len(weeks)
    break_first = item["break_first"]
    return CycleResult(
        weeks=weeks,
        values=_stage_map("cycle.values", item["values"], lambda w, v: _array(w, v, "float", n)),
        changes=_stage_map("cycle.changes", item["changes"], lambda w, v: _array(w, v, "float", n)),
        states=_stage_map("cycle.states", item["states"], lambda w, v: _choice(w, v, StageState)),
        onsets=_stage_map(
            "cycle.onsets",
            item["onsets"],
            lambda w, v: _F.read_whole(w, v, low=-(10**6), high=10**6),
        ),
        status=_choice("cycle.status", item["status"], CycleStatus),
        loop=tuple(
            _choice(f"cycle.loop[{i}]", s, CycleStage)
            for i, s in enumerate(_list("cycle.loop", item["loop"]))
        ),
        break_first=None
        if break_first is None
        else _choice("cycle.break_first", break_first, CycleStage),
        show_strengths=_F.read_bool("cycle.show_strengths", item["show_strengths"]),
        advice=_read_reasons("cycle.advice", item["advice"]),
        unbacked=_array("cycle.unbacked", item["unbacked"], "int", n),
        partly_backed=_array("cycle.partly_backed", item["partly_backed"], "int", n),
        reasons=_read_reasons("cycle.reasons", item["reasons"]),
    )


_MIRROR_FIELDS = (
    "first",
    "last",
    "difficult",
    "with_irritant",
    "share",
    "counts",
    "top",
    "unit",
    "periods",
    "shares",
    "trend",
    "reasons",
)


def _read_mirror(raw: Any) -> MirrorResult:
    item = _F.read_object("mirror", raw, _MIRROR_FIELDS, required=_MIRROR_FIELDS)
    counts_raw = _F.read_object("mirror.counts", item["counts"], tuple(item["counts"]))
    counts = {
        _text(f"mirror.counts.{k}", k, 40): int(
            _F.read_whole(f"mirror.counts.{k}", v, low=0, high=10**7) or 0
        )
        for k, v in counts_raw.items()
    }
    top = []
    for i, row in enumerate(_list("mirror.top", item["top"])):
        where = f"mirror.top[{i}]"
        cells = _F.read_list(where, row)
        if len(cells) != 3:
            raise _F.problem(where, "must hold a key, a count and a share.")
        top.append(
            (
                _text(where, cells[0], 40),
                int(_F.read_whole(where, cells[1], low=0, high=10**7) or 0),
                float(_F.read_number(where, cells[2], 0, 1) or 0.0),
            )
        )
    periods = _array("mirror.periods", item["periods"], "int")
    share = item["share"]
    return MirrorResult(
        first=_required_day("mirror.first", item["first"]),
        last=_required_day("mirror.last", item["last"]),
        difficult=int(_F.read_whole("mirror.difficult", item["difficult"], low=0, high=10**7) or 0),
        with_irritant=int(
            _F.read_whole("mirror.with_irritant", item["with_irritant"], low=0, high=10**7) or 0
        ),
        share=math.nan
        if share is None
        else float(_F.read_number("mirror.share", share, 0, 1) or 0.0),
        counts=counts,
        top=top,
        unit=_F.read_choice("mirror.unit", item["unit"], ("week", "month")),
        periods=periods,
        shares=_array("mirror.shares", item["shares"], "float", len(periods)),
        trend=_F.read_choice(
            "mirror.trend", item["trend"], ("rising", "falling", "steady", "not_enough_data")
        ),
        reasons=_read_reasons("mirror.reasons", item["reasons"]),
    )


def _read_clients(raw: Any) -> tuple[ClientPart, ...]:
    levels = tuple(str(m) for m in AdviceLevel) + tuple(str(m) for m in NoAdvice)
    found = []
    for i, row in enumerate(_list("clients", raw)):
        where = f"clients[{i}]"
        item = _F.read_object(
            where, row, ("name", "level", "reasons"), required=("name", "level", "reasons")
        )
        found.append(
            ClientPart(
                _text(f"{where}.name", item["name"], 200),
                _F.read_choice(f"{where}.level", item["level"], levels),
                _read_reasons(f"{where}.reasons", item["reasons"]),
            )
        )
    return tuple(found)


def _read_loads(raw: Any) -> ClientLoads:
    fields = ("names", "loads", "counts", "others", "others_load")
    item = _F.read_object("loads", raw, fields, required=fields)
    names = tuple(
        _text(f"loads.names[{i}]", n, 200)
        for i, n in enumerate(_list("loads.names", item["names"]))
    )
    return ClientLoads(
        client_ids=names,
        names=names,
        loads=_array("loads.loads", item["loads"], "float", len(names)),
        counts=_array("loads.counts", item["counts"], "int", len(names)),
        others=int(_F.read_whole("loads.others", item["others"], low=0, high=10**7) or 0),
        others_load=float(_F.read_number("loads.others_load", item["others_load"], 0, 1e12) or 0.0),
    )


def _read_rows(
    name: str, raw: Any, fields: tuple[str, ...], make: Callable[[str, dict], Any]
) -> tuple[Any, ...]:
    found = []
    for i, row in enumerate(_list(name, raw)):
        where = f"{name}[{i}]"
        found.append(make(where, _F.read_object(where, row, fields, required=fields)))
    return tuple(found)


def _content(document: Any) -> SessionContent:
    top = _F.read_object("", document, _TOP, required=_REQUIRED)
    if top["format"] != FORMAT:
        raise _F.problem("format", f"this is not {SPEC.title}.")
    version = _F.read_whole("version", top["version"], low=0, high=10**6)
    if version != VERSION:
        raise (
            _newer(version)
            if (version or 0) > VERSION
            else _F.problem("version", f"{version} is not a version this app reads.")
        )
    _F.read_whole("app", top["app"], low=0, high=999)
    coachee = _text("coachee", top["coachee"], 64)
    if len(coachee) != 32 or any(c not in "0123456789abcdef" for c in coachee):
        raise _F.problem("coachee", "must be 32 hexadecimal digits.")
    sections = tuple(
        _choice(f"sections[{i}]", s, Section)
        for i, s in enumerate(_list("sections", top["sections"]))
    )
    index = None
    if top.get("index") is not None:
        raw = _F.read_object(
            "index", top["index"], ("start", "end", "band"), required=("start", "end", "band")
        )
        index = IndexPart(
            _F.read_number("index.start", raw["start"], 0, 100, optional=True),
            _F.read_number("index.end", raw["end"], 0, 100, optional=True),
            None
            if raw["band"] is None
            else _F.read_choice("index.band", raw["band"], ("green", "amber", "red")),
        )
    series, flagged = _read_series(top["series"]) if top.get("series") else (None, None)
    return SessionContent(
        coachee=coachee,
        prepared_on=_required_day("prepared_on", top["prepared_on"]),
        first=_required_day("first", top["first"]),
        last=_required_day("last", top["last"]),
        sections=sections,
        index=index,
        series=series,
        flagged=flagged,
        cycle=_read_cycle(top["cycle"]) if top.get("cycle") else None,
        mirror=_read_mirror(top["mirror"]) if top.get("mirror") else None,
        clients=_read_clients(top.get("clients") or []),
        loads=_read_loads(top["loads"]) if top.get("loads") else None,
        check_ins=_read_rows(
            "check_ins",
            top.get("check_ins") or [],
            ("day", "strain", "wellbeing"),
            lambda w, r: CheckInPart(
                _required_day(f"{w}.day", r["day"]),
                float(_F.read_number(f"{w}.strain", r["strain"], 0, 100) or 0),
                float(_F.read_number(f"{w}.wellbeing", r["wellbeing"], 0, 100) or 0),
            ),
        ),
        goals=_read_rows(
            "goals",
            top.get("goals") or [],
            ("what", "by_when", "done_on"),
            lambda w, r: GoalPart(
                _text(f"{w}.what", r["what"], 500),
                _day(f"{w}.by_when", r["by_when"], True),
                _day(f"{w}.done_on", r["done_on"], True),
            ),
        ),
        texts=_read_rows(
            "texts",
            top.get("texts") or [],
            ("day", "client", "text"),
            lambda w, r: TextPart(
                _required_day(f"{w}.day", r["day"]),
                _text(f"{w}.client", r["client"], 200),
                _text(f"{w}.text", r["text"]),
            ),
        ),
    )
