"""Every UI string reaches the translators: lupdate only sees literal text passed to tr()
or QCoreApplication.translate(); a helper that passes a variable hides its strings
(the reminders and the pack's field list stayed English in French that way)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "wellbeing" / "ui"
MARKED_CONTEXTS = {"Actions", "Menus"}
"""Contexts whose texts are marked with QT_TRANSLATE_NOOP where they are declared."""


def hidden_strings() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            if name not in ("tr", "translate"):
                continue
            text = node.args[1] if name == "translate" and len(node.args) > 1 else node.args[0]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                continue
            context = node.args[0] if name == "translate" else None
            if isinstance(context, ast.Constant) and context.value in MARKED_CONTEXTS:
                continue
            found.append(f"{path.relative_to(UI)}:{node.lineno}")
    return found


def test_every_translated_text_is_a_literal_lupdate_can_see():
    assert hidden_strings() == []
