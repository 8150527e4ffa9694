"""Each question type's widget: what it returns, restores and does with keys."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp.bank.grading import correct_response, grade
from quizapp.bank.model import QUESTION_TYPES, Numeric, Question, TrueFalse
from quizapp.quiz.draw import present
from quizapp.ui.questions import WIDGETS, QuestionWidget, create_question_widget
from quizapp.ui.questions.numeric import NumericWidget
from quizapp.ui.richtext import RichTextView
from tests.ui.conftest import EVERY_TYPE_QUESTIONS, interactive_controls

W = TypeVar("W", bound=QWidget)
QUESTIONS = {question.TYPE: question for question in EVERY_TYPE_QUESTIONS}


def make_widget(qtbot: QtBot, question: Question, *, language: str = "en") -> QuestionWidget:
    widget = create_question_widget(
        present(question, seed=7, shuffle_choices=False), language=language, parent=None
    )
    qtbot.addWidget(widget)
    widget.show()
    return widget


def child(widget: QWidget, kind: type[W], name: str) -> W:
    found = widget.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def test_every_question_type_has_a_widget() -> None:
    assert set(WIDGETS) == set(QUESTION_TYPES)


@pytest.mark.parametrize("type_name", QUESTION_TYPES)
def test_the_right_answer_shown_is_given_back_for_full_marks(qtbot: QtBot, type_name: str) -> None:
    question = QUESTIONS[type_name]
    widget = make_widget(qtbot, question)
    right = correct_response(question)

    widget.set_response(right)

    assert widget.response() == right
    assert grade(question, widget.response()).correct
    assert widget.has_response()


@pytest.mark.parametrize("type_name", [t for t in QUESTION_TYPES if t != "ordering"])
def test_an_untouched_widget_gives_no_response(qtbot: QtBot, type_name: str) -> None:
    widget = make_widget(qtbot, QUESTIONS[type_name])

    assert widget.response() is None
    assert not widget.has_response()


def test_an_untouched_ordering_answers_with_the_order_shown(qtbot: QtBot) -> None:
    question = QUESTIONS["ordering"]
    widget = make_widget(qtbot, question)

    assert widget.response() == list(present(question, seed=7, shuffle_choices=False).item_order)


@pytest.mark.parametrize("type_name", QUESTION_TYPES)
def test_restoring_an_answer_is_not_a_change_by_the_student(qtbot: QtBot, type_name: str) -> None:
    question = QUESTIONS[type_name]
    widget = make_widget(qtbot, question)

    with qtbot.assert_not_emitted(widget.changed):
        widget.set_response(correct_response(question))
        widget.set_response(None)


@pytest.mark.parametrize(
    ("key", "expected"),
    [(Qt.Key.Key_B, "Jakarta"), (Qt.Key.Key_2, "Jakarta"), (Qt.Key.Key_C, "Bandung")],
)
def test_a_letter_or_digit_picks_a_single_choice(qtbot: QtBot, key: Qt.Key, expected: str) -> None:
    widget = make_widget(qtbot, QUESTIONS["single_choice"])

    with qtbot.wait_signal(widget.changed):
        qtbot.keyClick(widget, key)

    assert widget.response() == expected
    assert child(widget, QRadioButton, "choiceButton_1").text() == "A"


def test_keys_past_the_last_choice_or_with_ctrl_pick_nothing(qtbot: QtBot) -> None:
    widget = make_widget(qtbot, QUESTIONS["single_choice"])

    qtbot.keyClick(widget, Qt.Key.Key_D)
    qtbot.keyClick(widget, Qt.Key.Key_4)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    assert widget.response() is None


def test_multiple_choice_keys_pick_and_take_back(qtbot: QtBot) -> None:
    widget = make_widget(qtbot, QUESTIONS["multiple_choice"])

    for key in (Qt.Key.Key_1, Qt.Key.Key_C, Qt.Key.Key_B, Qt.Key.Key_3):
        qtbot.keyClick(widget, key)

    assert widget.response() == ["2", "3"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [(Qt.Key.Key_T, True), (Qt.Key.Key_1, True), (Qt.Key.Key_F, False), (Qt.Key.Key_2, False)],
)
def test_true_false_keys(qtbot: QtBot, key: Qt.Key, expected: bool) -> None:
    widget = make_widget(qtbot, QUESTIONS["true_false"])

    qtbot.keyClick(widget, key)

    assert widget.response() is expected


def test_clicking_a_choice_text_picks_it_unless_read_only(qtbot: QtBot) -> None:
    widget = make_widget(qtbot, QUESTIONS["single_choice"])
    text = child(widget, QLabel, "choiceText_3")

    with qtbot.wait_signal(widget.changed):
        qtbot.mouseClick(text, Qt.MouseButton.LeftButton)
    assert widget.response() == "Bandung"

    widget.set_read_only(True)
    qtbot.mouseClick(child(widget, QLabel, "choiceText_1"), Qt.MouseButton.LeftButton)
    assert widget.response() == "Bandung"


def test_true_false_buttons_are_named_for_tests_and_screen_readers(qtbot: QtBot) -> None:
    widget = make_widget(qtbot, TrueFalse(id="q", prompt="?", answer=False))

    assert child(widget, QRadioButton, "trueButton").accessibleName() == "True"
    assert child(widget, QRadioButton, "falseButton").accessibleName() == "False"


def test_read_only_widgets_ignore_keys(qtbot: QtBot) -> None:
    widget = make_widget(qtbot, QUESTIONS["single_choice"])
    widget.set_response("Bandung")
    widget.set_read_only(True)

    qtbot.keyClick(widget, Qt.Key.Key_A)

    assert widget.response() == "Bandung"


@pytest.mark.parametrize(
    ("language", "typed", "number"),
    [
        ("en", "25,000", 25000.0),
        ("en", "2.5", 2.5),
        ("id", "2,5", 2.5),
        ("id", "25.000.000", 25_000_000.0),
    ],
)
def test_numbers_are_read_in_the_bank_language(
    qtbot: QtBot, language: str, typed: str, number: float
) -> None:
    widget = make_widget(qtbot, QUESTIONS["numeric"], language=language)

    qtbot.keyClicks(child(widget, QLineEdit, "answerEdit"), typed)

    assert widget.response() == number
    assert widget.validate()


def test_text_that_is_not_a_number_is_refused_with_a_message(qtbot: QtBot) -> None:
    widget = make_widget(qtbot, QUESTIONS["numeric"])
    assert isinstance(widget, NumericWidget)
    edit = child(widget, QLineEdit, "answerEdit")

    qtbot.keyClicks(edit, "about ten")

    assert widget.has_response()
    assert widget.response() is None
    assert not widget.validate()
    assert widget.message is not None
    assert widget.message.startswith("This is not a number")
    qtbot.keyClicks(edit, "x")  # typing again takes the message away
    assert widget.message is None


def test_numeric_shows_its_unit_and_restores_in_the_locale(qtbot: QtBot) -> None:
    question = Numeric(id="n", prompt="?", answer=2.5, answer_text="2.5", unit="km")
    widget = make_widget(qtbot, question, language="id")

    widget.set_response(25000.5)

    assert child(widget, QLabel, "unitLabel").text() == "km"
    assert child(widget, QLineEdit, "answerEdit").text() == "25.000,5"
    assert widget.response() == 25000.5


def test_ordering_moves_the_selected_item_with_alt_and_ctrl_arrows(qtbot: QtBot) -> None:
    widget = make_widget(qtbot, QUESTIONS["ordering"])
    items = child(widget, QListWidget, "orderingList")
    shown = widget.response()
    assert isinstance(shown, list)
    first, second, third = shown
    items.setCurrentRow(0)

    with qtbot.wait_signal(widget.changed):
        qtbot.keyClick(items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert widget.response() == [second, first, third]
    assert items.currentRow() == 1
    assert items.item(1).text() == f"2. {first}"

    qtbot.keyClick(items, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    assert widget.response() == [first, second, third]


def test_a_read_only_ordering_does_not_move(qtbot: QtBot) -> None:
    widget = make_widget(qtbot, QUESTIONS["ordering"])
    items = child(widget, QListWidget, "orderingList")
    before = widget.response()
    widget.set_read_only(True)
    items.setFocus()

    qtbot.keyClick(items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)

    assert widget.response() == before


def test_matching_offers_every_option_after_an_empty_choice(qtbot: QtBot) -> None:
    question = QUESTIONS["matching"]
    shown = present(question, seed=7, shuffle_choices=False).right_options
    widget = make_widget(qtbot, question)
    combo = child(widget, QComboBox, "matchingCombo_2")

    combo.setFocus()
    for _ in range(shown.index("Tokyo") + 1):
        qtbot.keyClick(combo, Qt.Key.Key_Down)

    assert [combo.itemText(row) for row in range(combo.count())] == ["— choose —", *shown]
    assert widget.response() == {"Japan": "Tokyo"}
    assert combo.accessibleName() == "Match for: Japan"


def test_cloze_blanks_sit_in_the_text_and_tab_goes_from_one_to_the_next(qtbot: QtBot) -> None:
    widget = make_widget(qtbot, QUESTIONS["cloze"])
    widget.activateWindow()
    widget.focus_answer()
    first = child(widget, QLineEdit, "clozeEdit_1")
    second = child(widget, QLineEdit, "clozeEdit_2")
    qtbot.waitUntil(first.hasFocus)

    qtbot.keyClicks(first, "hydrogen")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClicks(second, "Oxygen")

    assert widget.response() == ["hydrogen", "Oxygen"]
    words = [label.text() for label in widget.findChildren(QLabel)]
    assert words == ["Water", "is", "made", "of", "and", "."]
    assert first.accessibleName() == "Blank 1 of 2"


@pytest.mark.parametrize("type_name", QUESTION_TYPES)
def test_every_control_has_a_name_for_tests_and_for_screen_readers(
    qtbot: QtBot, type_name: str
) -> None:
    widget = make_widget(qtbot, QUESTIONS[type_name])
    controls = interactive_controls(widget)

    assert controls
    for control in controls:
        assert control.objectName(), control
        assert control.accessibleName(), control.objectName()


def test_rich_text_shows_raw_html_as_written_and_loads_nothing(qtbot: QtBot) -> None:
    view = RichTextView()
    qtbot.addWidget(view)

    view.set_markdown('**Bold** <b>not bold</b> <img src="/etc/passwd">')

    assert view.toPlainText() == 'Bold <b>not bold</b> <img src="/etc/passwd">'
    assert "<img" not in view.toHtml()
    assert view.loadResource(2, "file:///etc/passwd") is None


def test_rich_text_grows_with_its_text_and_font(qtbot: QtBot) -> None:
    view = RichTextView()
    qtbot.addWidget(view)
    view.set_markdown("One short line.")
    short = view.heightForWidth(300)

    view.set_markdown("A longer prompt that has to wrap over several lines. " * 6)
    long = view.heightForWidth(300)
    assert long > short
    assert view.heightForWidth(900) < long  # wider, so fewer lines

    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.heightForWidth(300) > long


def test_measuring_rich_text_leaves_no_documents_behind(qtbot: QtBot) -> None:
    view = RichTextView()
    qtbot.addWidget(view)
    view.set_markdown("Some text to lay out. " * 20)
    documents_before = len(view.findChildren(QTextDocument))

    for width in range(200, 400):
        view.heightForWidth(width)

    assert len(view.findChildren(QTextDocument)) == documents_before
