"""Reading another tool's text file: its bytes as text, or a problem where it cannot be read.

A UTF-8 byte order mark is dropped. Bytes that are not UTF-8 give a problem
at the line and column of the first bad byte, with its byte offset, that
suggests naming the file's encoding (files saved by Windows programs are
often cp1252).
"""

from __future__ import annotations

import codecs

from quizapp.bank.problems import Problem, register_messages

register_messages(
    {
        "source-not-utf8": (
            "the text is not UTF-8: byte 0x{byte} at byte offset {offset} cannot be read; "
            "save the file as UTF-8, or name its encoding (a file from Windows: "
            "--encoding cp1252)"
        ),
        "source-bad-encoding": 'the text cannot be read as "{encoding}": {reason}',
        "source-unknown-encoding": '"{encoding}" is not an encoding this app knows',
        "convert-invalid": "the converted bank is not valid: {message}",
        "source-binary": (
            "the file holds binary data (a NUL byte at byte offset {offset}), not text"
        ),
    }
)


def decode_source(data: bytes, encoding: str | None = None) -> str | Problem:
    """``data`` as text (UTF-8 unless ``encoding`` names another), or why it cannot be."""
    nul = data.find(b"\0")
    if nul >= 0 and not (encoding or "").lower().startswith("utf-16"):
        return Problem("source-binary", *_position(data, nul), {"offset": nul})
    if encoding is not None and not _known(encoding):
        return Problem("source-unknown-encoding", 1, 1, {"encoding": encoding})
    if encoding is None or codecs.lookup(encoding).name == "utf-8":
        return _utf8(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        return Problem(
            "source-bad-encoding", line, column, {"encoding": encoding, "reason": error.reason}
        )
    return text.removeprefix("\ufeff")


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def _utf8(data: bytes) -> str | Problem:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        return Problem(
            "source-not-utf8",
            line,
            column,
            {"byte": f"{data[error.start]:02X}", "offset": error.start},
        )


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of the byte at ``offset``."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    prefix = data[line_start:offset].removeprefix(codecs.BOM_UTF8 if line == 1 else b"")
    return line, len(prefix.decode("utf-8", "replace")) + 1
