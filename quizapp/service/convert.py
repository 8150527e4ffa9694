"""Converting a question file between formats: GIFT, Aiken, Moodle XML, YAML banks, Anki.

One use case for ``quizapp convert`` and the app's File → Import… / Export…:
read the source with the reader for its format, give the bank its id and
title, check it with the bank's own validator, and write the target with the
writer for its format. A reader or writer is one entry in :data:`READERS` or
:data:`WRITERS`. Problems are placed in the *source* file and follow the
validator's output contract; a source with any error gives no output, so
nothing is ever written from it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from quizapp.bank.model import Bank
from quizapp.bank.problems import Problem, Severity, has_errors
from quizapp.bank.regular import Refused, read_regular
from quizapp.bank.scalars import is_slug
from quizapp.interop.conversion import Conversion
from quizapp.interop.source import decode_source  # also registers "convert-invalid"
from quizapp.service.errors import ServiceError
from quizapp.service.exports import write_atomically

# The formats ``--from`` and ``--to`` name; those without a reader or writer in
# READERS / WRITERS are "not available in this build".
SOURCE_FORMATS = ("gift", "aiken", "moodle-xml", "yaml")
TARGET_FORMATS = ("yaml", "gift", "apkg")
TEXT_TARGETS = frozenset({"yaml", "gift"})
FORMAT_OF_EXTENSION = {".gift": "gift", ".xml": "moodle-xml", ".yaml": "yaml", ".yml": "yaml"}
EXTENSION_OF_TARGET = {"yaml": ".yaml", "gift": ".gift", "apkg": ".apkg"}
MAX_SOURCE_BYTES = 16 * 1024 * 1024


class ConvertUsageError(ServiceError):
    """The conversion cannot be asked like this (a usage error: the CLI exits 2)."""


@dataclass(frozen=True)
class Source:
    """The file to convert, as read."""

    data: bytes
    name: str  # the file's name, for the bank's default id and title
    folder: Path | None  # where pictures it names are (a YAML bank's folder)
    encoding: str | None = None


@dataclass(frozen=True)
class ConvertedBank:
    """What a writer gets: the bank, checked, as a model and as data."""

    bank: Bank
    data: dict[str, Any]
    media: Mapping[str, bytes]
    folder: Path | None  # where the bank's pictures are, when they are files
    positions: Mapping[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Written:
    data: bytes
    problems: list[Problem]
    media: Mapping[str, bytes] = field(default_factory=dict)  # files to write beside ``data``


Reader = Callable[[Source], Conversion]
Writer = Callable[[ConvertedBank], Written]


@dataclass(frozen=True)
class ConvertResult:
    """A conversion: the output (``None`` when refused) and every problem, in the source."""

    output: bytes | None
    problems: tuple[Problem, ...]
    media: Mapping[str, bytes] = field(default_factory=dict)
    bank_id: str | None = None
    title: str | None = None
    question_count: int = 0

    @property
    def refused(self) -> bool:
        return self.output is None


# --- readers ------------------------------------------------------------------------------


def text_reader(read: Callable[..., Conversion]) -> Reader:
    """A reader of text formats: the bytes decoded (UTF-8, or ``--encoding``), then ``read``."""

    def reader(source: Source) -> Conversion:
        text = decode_source(source.data, source.encoding)
        if isinstance(text, Problem):
            return Conversion(None, [text])
        return read(text, source_name=source.name)

    return reader


def bytes_reader(read: Callable[..., Conversion]) -> Reader:
    """A reader of formats that decode themselves (XML): ``read(data, source_name=...)``."""

    def reader(source: Source) -> Conversion:
        return read(source.data, source_name=source.name)

    return reader


def _read_yaml(source: Source) -> Conversion:
    from quizapp.bank.loader import load_bank_bytes
    from quizapp.interop.bank_data import bank_data

    result = load_bank_bytes(source.data, base_dir=source.folder)
    if result.bank is None:
        return Conversion(None, list(result.problems))
    return Conversion(
        bank_data(result.bank), list(result.problems), _pictures(result.bank, source.folder)
    )


def _pictures(bank: Bank, folder: Path | None) -> dict[str, bytes]:
    """The pictures a bank names (checked by the validator to be inside its folder),
    so that a copy of the bank written elsewhere takes them along."""
    pictures: dict[str, bytes] = {}
    for question in bank.questions:
        if question.image and folder is not None and question.image not in pictures:
            data = read_regular(folder / question.image, MAX_SOURCE_BYTES)
            if not isinstance(data, Refused):
                pictures[question.image] = data
    return pictures


def _read_gift(source: Source) -> Conversion:
    from quizapp.interop.gift import read_gift

    return text_reader(read_gift)(source)


def _read_aiken(source: Source) -> Conversion:
    from quizapp.interop.aiken import read_aiken

    return text_reader(read_aiken)(source)


def _read_moodle_xml(source: Source) -> Conversion:
    # An XML file declares its own encoding: --encoding does not apply to it.
    from quizapp.interop.moodle_xml import read_moodle_xml

    return bytes_reader(read_moodle_xml)(source)


READERS: dict[str, Reader] = {
    "gift": _read_gift,
    "aiken": _read_aiken,
    "moodle-xml": _read_moodle_xml,
    "yaml": _read_yaml,
}


# --- writers ------------------------------------------------------------------------------


def _write_yaml(converted: ConvertedBank) -> Written:
    from quizapp.bank.yaml_writer import dump_bank

    return Written(dump_bank(converted.data).encode("utf-8"), [], converted.media)


def _write_gift(converted: ConvertedBank) -> Written:
    from quizapp.interop.gift import write_gift

    text, problems = write_gift(converted.bank, positions=converted.positions)
    return Written(text.encode("utf-8"), problems)


FileWrite = Callable[[Bank, Path, Path], list[Problem]]


def write_to_file(write: FileWrite, converted: ConvertedBank, suffix: str) -> Written:
    """A writer that writes a file itself (``write(bank, bank_folder, out)``, as Anki's
    does) as a :data:`Writer`: it writes into a temporary folder, beside the bank's
    pictures, and the file's bytes are the output."""
    with tempfile.TemporaryDirectory(prefix="quizapp-convert-") as temporary:
        folder = converted.folder
        if folder is None:
            folder = Path(temporary, "bank")
            folder.mkdir()
            for name, content in converted.media.items():
                target = folder / _media_path(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
        out = Path(temporary, "out" + suffix)
        problems = write(converted.bank, folder, out)
        return Written(out.read_bytes(), problems)


def _write_apkg(converted: ConvertedBank) -> Written:
    from quizapp.interop.anki import write_apkg

    return write_to_file(write_apkg, converted, ".apkg")


WRITERS: dict[str, Writer] = {
    "yaml": _write_yaml,
    "gift": _write_gift,
    "apkg": _write_apkg,
}


# --- the use case -------------------------------------------------------------------------


def source_format(path: Path, given: str | None) -> str:
    """The format to read ``path`` as: ``given``, else the one its extension names."""
    if given is not None:
        if given not in SOURCE_FORMATS:
            raise ConvertUsageError(f"unknown input format {given!r}")
        return given
    found = FORMAT_OF_EXTENSION.get(path.suffix.lower())
    if found is None:
        raise ConvertUsageError(
            f"cannot tell the format of {path.name} from its extension: "
            "name it with --from (gift, aiken, moodle-xml or yaml)"
        )
    return found


def convert_file(
    path: Path,
    *,
    source: str | None,
    target: str,
    bank_id: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
) -> ConvertResult:
    """Convert the file at ``path``; :class:`ConvertUsageError` for what cannot be asked.

    A file that cannot be read at all is a usage error too (exit 2, as for validate).
    """
    from_format = source_format(path, source)
    reader, writer = _reader(from_format), _writer(target)
    if bank_id is not None and not is_slug(bank_id):
        raise ConvertUsageError(
            f'--id {bank_id!r} is not an id: lowercase letters, digits and "-", '
            "starting with a letter or digit, at most 64 characters"
        )
    if title is not None and not title.strip():
        raise ConvertUsageError("--title must not be empty")
    data = read_regular(path, MAX_SOURCE_BYTES)
    if isinstance(data, Refused):
        if data.code == "too-large":
            return ConvertResult(None, (Problem("too-large", 1, 1, {"size": f"{data.size:,}"}),))
        if data.code == "not-regular":
            return ConvertResult(None, (Problem("not-regular", 1, 1),))
        raise ConvertUsageError(f"cannot read {path}: {data.reason}")
    return convert(
        Source(data, path.name, path.parent, encoding),
        reader=reader,
        writer=writer,
        bank_id=bank_id,
        title=title,
        yaml_source=from_format == "yaml",
    )


def _reader(name: str) -> Reader:
    if name not in SOURCE_FORMATS:
        raise ConvertUsageError(f"unknown input format {name!r}")
    reader = READERS.get(name)
    if reader is None:
        raise ConvertUsageError(f"reading {name} is not available in this build")
    return reader


def _writer(name: str) -> Writer:
    if name not in TARGET_FORMATS:
        raise ConvertUsageError(f"unknown output format {name!r}")
    writer = WRITERS.get(name)
    if writer is None:
        raise ConvertUsageError(f"writing {name} is not available in this build")
    return writer


def convert(
    source: Source,
    *,
    reader: Reader,
    writer: Writer,
    bank_id: str | None = None,
    title: str | None = None,
    yaml_source: bool = False,
) -> ConvertResult:
    """Read, name, check and write one bank; nothing comes out of a source with an error."""
    conversion = reader(source)
    problems = list(conversion.problems)
    if conversion.refused or conversion.bank is None:
        return ConvertResult(None, tuple(problems))
    data = dict(conversion.bank)
    if bank_id is not None:
        data["id"] = bank_id
    if title is not None:
        data["title"] = title
    folder = source.folder if yaml_source else None
    bank, invalid = _checked(data, conversion.media, folder)
    if bank is None:
        return ConvertResult(None, (*problems, *invalid))
    positions = _yaml_positions(source.data) if yaml_source else {}
    written = writer(ConvertedBank(bank, data, conversion.media, folder, positions))
    problems += written.problems
    return ConvertResult(
        written.data,
        tuple(sorted(problems, key=lambda p: (p.line, p.column))),
        written.media,
        bank.id,
        bank.title,
        len(bank.questions),
    )


def _checked(
    data: dict[str, Any], media: Mapping[str, bytes], folder: Path | None
) -> tuple[Bank | None, list[Problem]]:
    """The bank the data makes, checked by the validator beside its pictures."""
    from quizapp.bank.loader import load_bank_bytes
    from quizapp.bank.yaml_writer import dump_bank

    text = dump_bank(data).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="quizapp-convert-") as temporary:
        base = folder
        if media or folder is None:
            base = Path(temporary)
            for name, content in media.items():
                target = base / _media_path(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
        result = load_bank_bytes(text, base_dir=base)
    if result.bank is not None:
        return result.bank, []
    errors = [p for p in result.problems if p.is_error]
    return None, [
        Problem("convert-invalid", 1, 1, {"message": problem.message}, Severity.ERROR)
        for problem in errors
    ]


def _media_path(name: str) -> PurePosixPath:
    """A media file's name, which must stay inside the bank's folder."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ConvertUsageError(f"a picture's name leads outside the bank's folder: {name!r}")
    return path


def _yaml_positions(data: bytes) -> dict[str, tuple[int, int]]:
    """Where each question (by id) starts in a YAML bank, to place warnings there."""
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    from quizapp.bank.yamlsafe import compose

    root, _ = compose(data)
    positions: dict[str, tuple[int, int]] = {}
    if not isinstance(root, MappingNode):
        return positions
    for key, value in root.value:
        if key.value != "questions" or not isinstance(value, SequenceNode):
            continue
        for item in value.value:
            if not isinstance(item, MappingNode):
                continue
            for item_key, item_value in item.value:
                if item_key.value == "id" and isinstance(item_value, ScalarNode):
                    mark = item.start_mark
                    positions.setdefault(item_value.value, (mark.line + 1, mark.column + 1))
    return positions


def default_output(path: Path, target: str) -> Path:
    """``path`` with the extension of ``target`` (``quiz.gift`` → ``quiz.yaml``)."""
    return path.with_suffix(EXTENSION_OF_TARGET[target])


def write_result(result: ConvertResult, output: Path, *, force: bool) -> list[Path]:
    """Write a conversion's output, and its pictures beside it; the paths written.

    An existing file is kept (:class:`ConvertUsageError`) unless ``force``; each
    file is written whole or not at all.
    """
    if result.output is None:
        raise ConvertUsageError("a refused conversion has nothing to write")
    targets = [output] + [output.parent / _media_path(name) for name in result.media]
    if not force:
        for target in targets:
            if target.exists() or target.is_symlink():
                raise ConvertUsageError(f"{target} already exists (use --force to replace it)")
    written: list[Path] = []  # new files, removed again if a later one cannot be written
    try:
        for name, content in result.media.items():
            target = output.parent / _media_path(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            existed = target.exists()
            write_atomically(target, content)
            if not existed:
                written.append(target)
        write_atomically(output, result.output)
    except OSError:
        for path in written:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise
    return [*(output.parent / _media_path(name) for name in result.media), output]


def has_error(result: ConvertResult) -> bool:
    return has_errors(list(result.problems))
