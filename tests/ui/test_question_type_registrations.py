"""The interface has one whole registration for each question type the bank knows."""

from __future__ import annotations

import dataclasses

from quizapp.bank.question_types import TYPE_NAMES
from quizapp.ui.questions import QuestionWidget
from quizapp.ui.questions.registry import QUESTION_UIS
from tests.unit.test_question_types import registration_gaps


def test_the_ui_registers_every_bank_type_and_no_other() -> None:
    assert registration_gaps(QUESTION_UIS) == []


def test_every_part_of_a_ui_registration_is_set() -> None:
    for name in TYPE_NAMES:
        ui = QUESTION_UIS[name]
        assert issubclass(ui.widget, QuestionWidget), name
        for part in dataclasses.fields(ui):
            assert callable(getattr(ui, part.name)), (name, part.name)


def test_each_type_has_its_own_widget_class() -> None:
    widgets = [ui.widget for ui in QUESTION_UIS.values()]
    assert len(set(widgets)) == len(widgets)
