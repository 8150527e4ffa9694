"""A bank exported as an Anki package (``.apkg``), made with ``genanki``.

One deck per bank and one note type per kind of question; cloze questions
become Anki cloze notes. The ids are derived from the bank's id (a note's
GUID from the bank id and the question id), never drawn at random, so
importing a newer export into Anki updates the notes it made before instead
of adding copies.

Anki shows a note's fields as HTML and runs the scripts in them, so nothing
from a bank reaches a field as markup: Markdown goes through the bank's own
safe renderer (:func:`quizapp.bank.markdown.render_markdown`: every piece of
text escaped, and only ``p ul ol li em strong code br`` made, without
attributes), plain text through :func:`html.escape`, and the characters Anki
itself reads inside a field (``{{c1::...}}`` clozes, ``[sound:...]``) are
written as character references.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import itertools
import json
import os
import random
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import genanki

from quizapp.bank.attachments import IMAGE_KINDS, MAX_IMAGE_BYTES, image_kind
from quizapp.bank.markdown import plain_text, render_markdown
from quizapp.bank.model import (
    Bank,
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.bank.nodereader import quote
from quizapp.bank.problems import Phrase, Problem, Severity, register_messages

__all__ = ["write_apkg"]

register_messages(
    {
        "anki-picture-left-out": (
            "{where}: the picture {found} was left out of the Anki package: {reason}"
        ),
        "part.anki-outside-folder": "it is not inside the bank's folder",
        "part.anki-not-a-picture": "it is not a PNG, JPEG, SVG or WebP picture",
        "part.anki-too-large": "it is larger than 16 MiB",
    }
)

_FRONT_BACK_FIELDS = ("Prompt", "Picture", "Options", "Answer", "Explanation", "Source")
_CLOZE_FIELDS = ("Text", "Prompt", "Picture", "Accepted", "Explanation", "Source")
_BACK = (
    '<hr id="answer">'
    '{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}'
    '{{#Source}}<blockquote class="source">{{Source}}</blockquote>{{/Source}}'
)
_FRONT = (
    '<div class="prompt">{{Prompt}}</div>'
    '{{#Picture}}<div class="picture">{{Picture}}</div>{{/Picture}}'
    '{{#Options}}<div class="options">{{Options}}</div>{{/Options}}'
)
_ANSWER = '<div class="answer">{{Answer}}</div>'
_CLOZE_FRONT = (
    '{{#Prompt}}<div class="prompt">{{Prompt}}</div>{{/Prompt}}'
    '<div class="text">{{cloze:Text}}</div>'
    '{{#Picture}}<div class="picture">{{Picture}}</div>{{/Picture}}'
)
_FRONT_BACK_ANSWER = "{{FrontSide}}" + _BACK.replace(
    '<hr id="answer">', '<hr id="answer">' + _ANSWER
)
_ACCEPTED = '{{#Accepted}}<div class="accepted">{{Accepted}}</div>{{/Accepted}}'
_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black;
  background-color: white; }
.answer { font-weight: bold; }
.explanation, .accepted { margin-top: 1em; }
.source { color: #555; font-style: italic; }
.picture img { max-width: 100%; }
"""
# Characters Anki reads inside a field: clozes and templates ({{ }}), sound and LaTeX tags ([ ]).
_ANKI_SYNTAX = {"{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;"}
_ANKI_SYNTAX_CHARACTER = re.compile(r"[{}\[\]]")
_MARKS = re.compile("[\ue020\ue021]")
_SAFE_MEDIA_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_TRUE_FALSE = {"en": ("True", "False"), "id": ("Benar", "Salah")}
_TYPE_NAMES = {
    "single_choice": "single choice",
    "multiple_choice": "multiple choice",
    "true_false": "true or false",
    "short_answer": "short answer",
    "numeric": "numeric",
    "ordering": "ordering",
    "matching": "matching",
    "cloze": "cloze",
}


def write_apkg(
    bank: Bank, bank_folder: Path, out: Path, *, timestamp: float | None = None
) -> list[Problem]:
    """Write ``bank`` (loaded from ``bank_folder``) to the Anki package ``out``; warnings.

    The package is written to a temporary file beside ``out`` and renamed, so
    ``out`` is either the whole new package or what it was before.
    ``timestamp`` (seconds since the epoch) is when the notes were changed:
    Anki updates an imported note that is newer than its own copy.
    """
    problems: list[Problem] = []
    media: dict[str, bytes] = {}
    deck = genanki.Deck(_stable_id("deck", bank.id), _deck_name(bank.title))
    deck.description = html.escape(bank.description or "")
    models: dict[str, genanki.Model] = {}
    for question in bank.questions:
        model = models.get(question.TYPE)
        if model is None:
            model = models[question.TYPE] = _model(bank.id, question.TYPE)
        picture = _picture(question, bank, bank_folder, media, problems)
        deck.add_note(
            genanki.Note(
                model=model,
                fields=_fields(bank, question, picture),
                tags=_tags(bank, question),
                guid=genanki.guid_for(bank.id, question.id),
                sort_field=plain_text(question.prompt)[:200] or question.id,
            )
        )
    _write_package(deck, media, out, time.time() if timestamp is None else timestamp)
    return problems


# --- note types and ids ----------------------------------------------------------------------


def _stable_id(*parts: str) -> int:
    """An id Anki accepts (a positive 64-bit integer), the same for the same parts."""
    digest = hashlib.sha256("\x1f".join(("quizapp", *parts)).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:6], "big")


def _deck_name(title: str) -> str:
    # "::" would make Anki file the deck under another one.
    return _no_angle_brackets(" ".join(title.replace("::", ": ").split())) or "QuizApp"


def _no_angle_brackets(text: str) -> str:
    """Deck names and tags are not fields, and not every screen of Anki escapes them:
    look-alike characters stand in for angle brackets so no tag can be made of them."""
    return text.replace("<", "\u2039").replace(">", "\u203a")


def _model(bank_id: str, type_name: str) -> genanki.Model:
    name = f"QuizApp {_TYPE_NAMES.get(type_name, type_name)} ({bank_id})"
    model_id = _stable_id("model", bank_id, type_name)
    if type_name == Cloze.TYPE:
        return genanki.Model(
            model_id,
            name,
            fields=[{"name": field} for field in _CLOZE_FIELDS],
            templates=[
                {"name": "Cloze", "qfmt": _CLOZE_FRONT, "afmt": _CLOZE_FRONT + _ACCEPTED + _BACK}
            ],
            css=_CSS,
            model_type=genanki.Model.CLOZE,
        )
    return genanki.Model(
        model_id,
        name,
        fields=[{"name": field} for field in _FRONT_BACK_FIELDS],
        templates=[{"name": "Card 1", "qfmt": _FRONT, "afmt": _FRONT_BACK_ANSWER}],
        css=_CSS,
    )


# --- fields: all text through the safe path ---------------------------------------------------


def _markdown(text: str | None) -> str:
    """Markdown from a bank as Anki HTML: the bank's own safe rendering."""
    return _without_anki_syntax(render_markdown(text)) if text else ""


def _plain(text: str) -> str:
    return _without_anki_syntax(html.escape(text))


def _without_anki_syntax(field_html: str) -> str:
    return _ANKI_SYNTAX_CHARACTER.sub(lambda match: _ANKI_SYNTAX[match.group()], field_html)


def _list(items: list[str] | tuple[str, ...], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{_plain(item)}</li>" for item in items) + f"</{tag}>"


def _fields(bank: Bank, question: Question, picture: str) -> list[str]:
    explanation = _markdown(question.explanation)
    source = _markdown(question.source)
    if isinstance(question, Cloze):
        text, accepted = _cloze_text(question)
        return [text, _markdown(question.prompt), picture, accepted, explanation, source]
    options, answer = _options_and_answer(bank, question)
    prompt = _markdown(question.prompt) or _plain(question.id)
    return [prompt, picture, options, answer, explanation, source]


def _options_and_answer(bank: Bank, question: Question) -> tuple[str, str]:
    if isinstance(question, SingleChoice):
        return _list(question.choices), _plain(question.answer)
    if isinstance(question, MultipleChoice):
        return _list(question.choices), _list(question.answers)
    if isinstance(question, TrueFalse):
        true, false = _TRUE_FALSE.get(bank.language.split("-")[0], _TRUE_FALSE["en"])
        return "", _plain(true if question.answer else false)
    if isinstance(question, ShortAnswer):
        return "", " / ".join(_plain(answer) for answer in question.answers)
    if isinstance(question, Numeric):
        answer = question.answer_text
        if question.tolerance:
            answer += f" ± {question.tolerance:g}"
        if question.unit:
            answer += f" {question.unit}"
        return "", _plain(answer)
    if isinstance(question, Ordering):
        shown = list(question.items)
        random.Random(f"{bank.id}/{question.id}").shuffle(shown)  # the same order every export
        return _list(shown), _list(question.items, "ol")
    if isinstance(question, Matching):
        lefts = [left for left, _ in question.pairs]
        rights = sorted({right for _, right in question.pairs} | set(question.distractors))
        options = _list(lefts) + _list(rights)
        return options, _list([f"{left} → {right}" for left, right in question.pairs])
    raise TypeError(f"no Anki note for a {question.TYPE} question")


def _cloze_text(question: Cloze) -> tuple[str, str]:
    """The text with Anki clozes ``{{c1::answer}}``, and the other accepted answers."""
    marks = [f"\ue020{number}\ue021" for number in range(len(question.blanks))]
    # ``parts`` are the text around the blanks, still Markdown; the marks stand for the
    # blanks while it is rendered (and cannot come from the bank, which loses them here).
    pieces = [
        _MARKS.sub("", part) + (marks[n] if n < len(marks) else "")
        for n, part in enumerate(question.parts)
    ]
    rendered = _markdown("".join(pieces))
    accepted: list[str] = []
    for number, alternatives in enumerate(question.blanks, start=1):
        # Inside a cloze, "::" would start a hint and "}}" end it: both are written as references.
        answer = _plain(alternatives[0]).replace(":", "&#58;")
        rendered = rendered.replace(marks[number - 1], f"{{{{c{number}::{answer}}}}}", 1)
        if len(alternatives) > 1:
            accepted.append(f"{number}. " + " / ".join(alternatives))
    return rendered, _list(accepted) if accepted else ""


def _tags(bank: Bank, question: Question) -> list[str]:
    """The bank's and the question's tags; Anki's tags have no spaces."""
    tags = ("_".join(_no_angle_brackets(tag).split()) for tag in (*bank.tags, *question.tags))
    return list(dict.fromkeys(tag for tag in tags if tag))


# --- pictures --------------------------------------------------------------------------------


def _picture(
    question: Question,
    bank: Bank,
    bank_folder: Path,
    media: dict[str, bytes],
    problems: list[Problem],
) -> str:
    """An ``<img>`` of the question's picture, now among ``media``; "" without one."""
    if question.image is None:
        return ""

    def left_out(reason: str) -> str:
        where = Phrase("part.question-id", id=quote(question.id))
        problems.append(
            Problem(
                "anki-picture-left-out",
                1,
                1,
                {"where": where, "found": quote(question.image or ""), "reason": Phrase(reason)},
                Severity.WARNING,
            )
        )
        return ""

    folder = bank_folder.resolve()
    path = (folder / question.image).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        return left_out("part.anki-outside-folder")
    if path.stat().st_size > MAX_IMAGE_BYTES:
        return left_out("part.anki-too-large")
    data = path.read_bytes()
    if IMAGE_KINDS.get(path.suffix.lower()) != image_kind(data[: 1024 * 1024]):
        return left_out("part.anki-not-a-picture")
    relative = path.relative_to(folder).as_posix()
    name = f"quizapp-{bank.id}-" + _SAFE_MEDIA_NAME.sub("-", relative).strip("-")
    media[name] = data
    alt = _plain(question.image_alt or "")
    return f'<img src="{html.escape(name)}" alt="{alt}">'


# --- the package -----------------------------------------------------------------------------


def _write_package(
    deck: genanki.Deck, media: dict[str, bytes], out: Path, timestamp: float
) -> None:
    """collection.anki2, the media list and the media files, zipped; written whole or not at all."""
    with tempfile.TemporaryDirectory(prefix="quizapp-apkg-") as work:
        collection = Path(work) / "collection.anki2"
        connection = sqlite3.connect(collection)
        try:
            package = genanki.Package(deck)
            package.write_to_db(
                connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
            )
            connection.commit()
        finally:
            connection.close()
        _atomically(out, lambda handle: _zip(handle, collection, media))


def _zip(handle: IO[bytes], collection: Path, media: dict[str, bytes]) -> None:
    names = sorted(media)
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(collection, "collection.anki2")
        archive.writestr("media", json.dumps({str(n): name for n, name in enumerate(names)}))
        for number, name in enumerate(names):
            archive.writestr(str(number), media[name])


def _atomically(out: Path, write: Callable[[IO[bytes]], None]) -> None:
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed before the rename)
        dir=out.parent, prefix=f".{out.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
