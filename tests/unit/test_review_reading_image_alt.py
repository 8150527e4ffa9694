"""settings.review, settings.reading_during_quiz and a question's image_alt, as in the spec."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from quizapp.bank.model import (
    Feedback,
    Review,
    Settings,
    SingleChoice,
    content_hash,
    question_from_dict,
    question_to_dict,
    settings_from_dict,
    settings_to_dict,
)
from tests.unit.banks.helpers import SINGLE, lines_of, load_text, with_questions

BANK = with_questions(SINGLE)  # settings added below start at line 10
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def settings_of(text: str) -> Settings:
    result = load_text(text)
    assert result.bank is not None, result.problems
    return result.bank.settings


# --- review ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "review"),
    [
        ("", Review.FULL),
        ("settings: {feedback: immediate}\n", Review.FULL),
        ("settings: {feedback: at_end}\n", Review.FULL),
        ("settings: {feedback: never}\n", Review.POINTS),
        ("settings: {feedback: never, review: full}\n", Review.FULL),
        ("settings: {review: points}\n", Review.POINTS),
        ("settings: {review: after_last_attempt, max_attempts: 2}\n", Review.AFTER_LAST_ATTEMPT),
    ],
)
def test_review_defaults_to_full_and_to_points_when_feedback_is_never(
    settings: str, review: Review
) -> None:
    assert settings_of(BANK + settings).review_mode is review


def test_after_last_attempt_without_max_attempts_is_an_error_at_the_review() -> None:
    assert lines_of(BANK + "settings:\n  review: after_last_attempt\n") == [
        'bank.yaml:11:11: error: settings.review: "after_last_attempt" shows the right answers '
        'once a student has no attempts left, so it needs "max_attempts"'
    ]


def test_an_unknown_review_suggests_the_closest() -> None:
    assert lines_of(BANK + "settings:\n  review: ful\n") == [
        'bank.yaml:11:11: error: settings.review: expected one of "full", "after_last_attempt", '
        '"points", found "ful" (did you mean "full"?)'
    ]


@pytest.mark.parametrize(
    ("key", "suggestion"), [("reveiw", "review"), ("reading_durring_quiz", "reading_during_quiz")]
)
def test_misspelt_new_settings_get_a_did_you_mean(key: str, suggestion: str) -> None:
    assert lines_of(BANK + f"settings:\n  {key}: true\n") == [
        f'bank.yaml:11:3: error: settings: unknown key "{key}" (did you mean "{suggestion}"?)'
    ]


# --- reading_during_quiz --------------------------------------------------------------------


def test_reading_during_quiz_is_false_unless_written_true() -> None:
    assert settings_of(BANK).reading_during_quiz is False
    assert settings_of(BANK + "settings: {reading_during_quiz: true}\n").reading_during_quiz


def test_reading_during_quiz_takes_only_true_or_false() -> None:
    assert lines_of(BANK + "settings:\n  reading_during_quiz: yes\n") == [
        "bank.yaml:11:24: error: settings.reading_during_quiz: expected true or false, found "
        '"yes" (only true and false are read as booleans)'
    ]


def test_stored_settings_without_the_new_keys_load_with_their_defaults() -> None:
    old = settings_to_dict(Settings(feedback=Feedback.NEVER))
    del old["review"], old["reading_during_quiz"]
    settings = settings_from_dict(old)
    assert settings.review is None
    assert settings.review_mode is Review.POINTS
    assert settings.reading_during_quiz is False


def test_settings_round_trip_through_their_stored_form() -> None:
    settings = Settings(review=Review.AFTER_LAST_ATTEMPT, max_attempts=3, reading_during_quiz=True)
    assert settings_from_dict(settings_to_dict(settings)) == settings


# --- image_alt ------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "sun.png").write_bytes(PNG)
    return tmp_path


def test_image_alt_is_read_as_plain_text(folder: Path) -> None:
    text = with_questions(SINGLE + "image: sun.png\nimage_alt: The *Sun*, a yellow disc")
    result = load_text(text, base_dir=folder)
    assert result.problems == ()
    assert result.bank is not None
    assert result.bank.questions[0].image_alt == "The *Sun*, a yellow disc"


def test_an_image_without_image_alt_is_a_warning_at_the_image(folder: Path) -> None:
    result = load_text(with_questions(SINGLE + "image: sun.png"), base_dir=folder)
    assert result.bank is not None
    assert [p.format("bank.yaml") for p in result.problems] == [
        'bank.yaml:10:12: warning: question "planet": image: no "image_alt": describe the '
        "picture for screen readers and for when it cannot be shown"
    ]


def test_an_empty_image_alt_is_an_error() -> None:
    assert lines_of(with_questions(SINGLE + 'image_alt: " "')) == [
        'bank.yaml:10:16: error: question "planet": image_alt: must not be empty'
    ]


def test_a_misspelt_image_alt_gets_a_did_you_mean() -> None:
    assert lines_of(with_questions(SINGLE + "image_alts: Sun")) == [
        'bank.yaml:10:5: error: question "planet": unknown key "image_alts" (did you mean '
        '"image_alt"?)'
    ]


# Computed before image_alt existed: stored snapshots are found again by this hash.
HASH_BEFORE_IMAGE_ALT = "de5388669283ae1cebe55f113d1a3d654d86029a892b34b9787ffe72573f2954"


def test_a_question_without_image_alt_keeps_its_content_hash() -> None:
    question = SingleChoice(
        id="planet",
        prompt="Which?",
        choices=("Venus", "Earth"),
        answer="Earth",
        image="images/sun.png",
    )
    assert "image_alt" not in question_to_dict(question)
    assert content_hash(question) == HASH_BEFORE_IMAGE_ALT


def test_image_alt_round_trips_and_changes_the_hash() -> None:
    question = SingleChoice(
        id="planet", prompt="Which?", choices=("Venus", "Earth"), answer="Earth", image_alt="Sun"
    )
    assert question_from_dict(question_to_dict(question)) == question
    without = dataclasses.replace(question, image_alt=None)
    assert content_hash(question) != content_hash(without)
