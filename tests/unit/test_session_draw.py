"""Which questions an attempt asks and how they are shown: all from the seed."""

from __future__ import annotations

import pytest

from quizapp.bank.model import (
    Bank,
    Matching,
    MultipleChoice,
    Ordering,
    Question,
    Settings,
    SingleChoice,
    TrueFalse,
)
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.draw import draw_questions, present
from quizapp.quiz.session import QuizSession

CHOICES = ("Venus", "Earth", "Mars", "Jupiter", "Saturn")


def single(qid: str) -> SingleChoice:
    return SingleChoice(id=qid, prompt=f"Question {qid}?", choices=CHOICES, answer="Mars")


def mixed_questions() -> list[Question]:
    return [
        single("q1"),
        MultipleChoice(id="q2", choices=CHOICES, answers=("Earth", "Mars")),
        Ordering(id="q3", items=("one", "two", "three", "four")),
        Matching(
            id="q4",
            pairs=(("cat", "meow"), ("dog", "woof"), ("cow", "moo")),
            distractors=("quack",),
        ),
        TrueFalse(id="q5", answer=True),
        *(single(f"q{n}") for n in range(6, 11)),
    ]


def bank_of(questions: list[Question], settings: Settings | None = None) -> Bank:
    return Bank(
        id="draw-test",
        title="Draw test",
        settings=settings or Settings(),
        questions=tuple(questions),
    )


def start(bank: Bank, seed: int) -> QuizSession:
    return QuizSession.start(bank, attempt_id="a1", seed=seed, clock=FakeClock())


def test_draw_asks_n_different_questions_of_the_bank() -> None:
    bank = bank_of(mixed_questions(), Settings(draw=4))

    ids = start(bank, seed=3).question_ids

    assert len(ids) == 4
    assert len(set(ids)) == 4
    assert set(ids) <= {q.id for q in bank.questions}


def test_without_draw_every_question_is_asked_once() -> None:
    bank = bank_of(mixed_questions())

    assert sorted(start(bank, seed=3).question_ids) == sorted(q.id for q in bank.questions)


def test_the_same_seed_gives_the_same_attempt() -> None:
    bank = bank_of(mixed_questions(), Settings(draw=6))

    assert start(bank, seed=42).questions == start(bank, seed=42).questions


def test_different_seeds_give_different_draws_and_orders() -> None:
    bank = bank_of(mixed_questions(), Settings(draw=6))

    orders = {start(bank, seed=seed).question_ids for seed in range(6)}

    assert len(orders) > 1


def test_drawn_questions_keep_the_bank_order_when_questions_are_not_shuffled() -> None:
    questions = mixed_questions()
    bank = bank_of(questions, Settings(draw=5, shuffle_questions=False))
    file_order = [q.id for q in questions]

    for seed in range(10):
        ids = start(bank, seed=seed).question_ids
        assert list(ids) == sorted(ids, key=file_order.index)


def test_shuffle_flags_off_show_everything_as_written_except_ordering_and_matching() -> None:
    questions = mixed_questions()
    bank = bank_of(questions, Settings(shuffle_questions=False, shuffle_choices=False))

    shown = start(bank, seed=9).questions

    assert [p.question for p in shown] == questions
    assert shown[0].choice_order == CHOICES
    assert shown[1].choice_order == CHOICES
    assert shown[3].left_order == ("cat", "dog", "cow")
    # Matching answers in written order would line up with their left items:
    # they are shown alphabetically instead.
    assert shown[3].right_options == ("meow", "moo", "quack", "woof")
    assert shown[2].item_order != ("one", "two", "three", "four")


def test_shuffled_choices_are_the_same_choices_in_another_order() -> None:
    bank = bank_of([single("q1")])

    orders = {start(bank, seed=seed).current.choice_order for seed in range(10)}

    assert all(sorted(order) == sorted(CHOICES) for order in orders)
    assert len(orders) > 1


def test_matching_offers_every_right_hand_option_and_distractor() -> None:
    matching = mixed_questions()[3]

    for seed in range(10):
        shown = present(matching, seed=seed, shuffle_choices=True)
        assert sorted(shown.right_options) == ["meow", "moo", "quack", "woof"]
        assert sorted(shown.left_order) == ["cat", "cow", "dog"]


@pytest.mark.parametrize(
    "items",
    [
        ("first", "second"),
        ("a", "b", "c"),
        ("one", "two", "three", "four", "five"),
        ("same", "same", "other"),
    ],
)
def test_ordering_items_are_never_shown_in_their_right_order(items: tuple[str, ...]) -> None:
    question = Ordering(id="order", items=items)

    for seed in range(300):
        for shuffle_choices in (True, False):
            shown = present(question, seed=seed, shuffle_choices=shuffle_choices)
            assert shown.item_order != items
            assert sorted(shown.item_order) == sorted(items)


def test_a_question_is_shown_the_same_way_whichever_others_were_drawn() -> None:
    questions = mixed_questions()
    seed = 5
    alone = present(questions[3], seed=seed, shuffle_choices=True)
    seen_in_draws = [
        present(question, seed=seed, shuffle_choices=True)
        for n in range(1, 11)
        for question in draw_questions(bank_of(questions, Settings(draw=n)), seed)
        if question.id == "q4"
    ]

    assert seen_in_draws
    assert all(shown == alone for shown in seen_in_draws)


def test_drawing_more_questions_than_the_bank_has_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot draw 3 of 2"):
        draw_questions(bank_of([single("q1"), single("q2")], Settings(draw=3)), seed=1)
