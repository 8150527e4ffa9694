"""The converters' problems read in Indonesian in the app, as the validator's do."""

from __future__ import annotations

import importlib
import pkgutil

import quizapp.interop
from quizapp.bank.problems import MESSAGES
from tests.ui.test_translations import active_entries


def test_every_converter_problem_has_an_indonesian_template() -> None:
    for module in pkgutil.iter_modules(quizapp.interop.__path__, "quizapp.interop."):
        importlib.import_module(module.name)
    translated = {entry.source for entry in active_entries("id") if entry.context == "Problem"}
    converter_codes = [code for code in MESSAGES if code.startswith(("gift-", "source-"))]
    assert len(converter_codes) > 30
    assert {MESSAGES[code] for code in converter_codes} <= translated
