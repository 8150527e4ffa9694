"""What the content tests read: the banks, their pictures' words, and what each question accepts."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from quizapp.bank.loader import LoadResult, load_bank
from quizapp.bank.model import (
    Bank,
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Question,
    ShortAnswer,
    SingleChoice,
)
from quizapp.bank.numbers import format_number

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "questions"
EXAMPLES = ROOT / "docs" / "examples"
SHIPPED_PAIR = ("bytedance-ai-chips.en.yaml", "bytedance-ai-chips.id.yaml")

# The story's central names: every question is about them, so prompts name them freely, and
# an answer that is one of them gives nothing away by appearing in another prompt.
CENTRAL_NAMES = {
    "ByteDance": "the company the whole story is about",
    "China": "the country whose push for self-reliance is the story's point",
    "Tiongkok": "China, in the Indonesian bank",
    "United States": "the other side of the tech war, named in most questions about it",
    "Amerika Serikat": "the United States, in the Indonesian bank",
    "US": "short for the United States (shorter than four characters anyway)",
    "AS": "the United States, in the Indonesian bank (idem)",
}
MIN_LENGTH = 4  # shorter answers ("25", "AI") are ordinary words of any prompt


def bank_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in {".yaml", ".yml"})


def load(path: Path) -> LoadResult:
    return load_bank(path)


def loaded(path: Path) -> Bank:
    result = load(path)
    assert result.bank is not None, [p.format(str(path)) for p in result.problems]
    return result.bank


def image_script() -> ModuleType:
    """scripts/make_bank_images.py, imported without Qt: its TEXTS are what the pictures draw."""
    path = ROOT / "scripts" / "make_bank_images.py"
    spec = importlib.util.spec_from_file_location("make_bank_images", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def picture_texts_by_file(language: str) -> dict[str, list[str]]:
    """``images/<name>.<language>.png`` -> the strings that picture draws."""
    script = image_script()
    return {
        script.image_file(name, language): script.picture_texts(name, language)
        for name in script.TEXTS
    }


def accepted_answers(question: Question, language: str) -> list[str]:
    """The texts a question accepts as (part of) its answer, as a student would write them.

    True/false answers are not text; ordering items are shown in every attempt, so
    their order, not their words, is the answer. A matching question's right-hand
    texts count: they are what a student has to pick.
    """
    match question:
        case SingleChoice():
            return [question.answer]
        case MultipleChoice():
            return list(question.answers)
        case ShortAnswer():
            return list(question.answers)
        case Numeric():
            return list(
                dict.fromkeys(
                    [question.answer_text, format_number(question.answer, language)]
                    + [format_number(question.answer, other) for other in ("en", "id")]
                )
            )
        case Cloze():
            return [answer for blank in question.blanks for answer in blank]
        case Matching():
            return [right for _, right in question.pairs]
        case _:
            return []


def shown_texts(question: Question, pictures: dict[str, list[str]]) -> Iterator[tuple[str, str]]:
    """(where, text): the prompt, a cloze's text around its blanks, and the picture's words."""
    yield "prompt", question.prompt
    if isinstance(question, Cloze):
        yield "text", " ___ ".join(question.parts)
    if question.image is not None:
        assert question.image in pictures, (
            f"{question.id}: {question.image} is not drawn by scripts/make_bank_images.py"
        )
        for text in pictures[question.image]:
            yield "picture", text


def contains_whole(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words (or a whole number), any case."""
    pattern = r"(?<![\w.,])" + re.escape(phrase.casefold()) + r"(?![\w]|[.,]\d)"
    return re.search(pattern, text.casefold()) is not None


def giveaways(bank: Bank, pictures: dict[str, list[str]]) -> list[str]:
    """Every place where a question shows the accepted answer of another question."""
    central = {name.casefold() for name in CENTRAL_NAMES}
    found = []
    for asked in bank.questions:
        for answer in accepted_answers(asked, bank.language):
            answer = " ".join(answer.split())
            if len(answer) < MIN_LENGTH or answer.casefold() in central:
                continue
            for shown in bank.questions:
                if shown is asked:
                    continue
                for where, text in shown_texts(shown, pictures):
                    if contains_whole(text, answer):
                        found.append(
                            f"{bank.id}: the {where} of {shown.id!r} shows {answer!r}, "
                            f"an answer of {asked.id!r}"
                        )
    return found
