"""History as CSV for spreadsheets, and writing an export so no half-written file is left.

One row per attempt (:func:`attempts_csv`) or per answer (:func:`answers_csv`):
UTF-8 with a byte order mark (so spreadsheets read it as UTF-8), one header
row, times in ISO 8601 with this computer's UTC offset, and any cell a
spreadsheet could take for a formula prefixed with ``'``; or as JSON
(:func:`attempts_json`). Shared by the command line and the app's export dialogs.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from quizapp.service.types import AttemptRecord
from quizapp.stats.items import response_text
from quizapp.stats.scoring import json_number, plain_number

ATTEMPT_COLUMNS = (
    "attempt_id",
    "profile",
    "bank",
    "started_at",
    "finished_at",
    "status",
    "end_reason",
    "score",
    "possible",
    "percent",
    "passed",
)
ANSWER_COLUMNS = (
    "attempt_id",
    "profile",
    "bank",
    "question",
    "response",
    "points",
    "possible",
    "shown_at",
    "answered_at",
)
# What spreadsheets start a formula (or a DDE call) with: such a cell is written as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def attempts_csv(records: Iterable[AttemptRecord]) -> bytes:
    """One row per attempt, as ``quizapp history --csv`` writes it."""
    return _csv(ATTEMPT_COLUMNS, (_attempt_cells(record) for record in records))


def answers_csv(records: Iterable[AttemptRecord]) -> bytes:
    """One row per answer of each attempt's log, as ``quizapp history --csv --answers``."""
    return _csv(
        ANSWER_COLUMNS,
        (
            [
                record.id,
                record.profile,
                record.bank,
                answer.question,
                "" if answer.response is None else response_text(answer.response),
                _number(answer.points),
                _number(answer.possible),
                local_iso(answer.shown_at),
                local_iso(answer.answered_at),
            ]
            for record in records
            for answer in record.answers
        ),
    )


def attempts_json(records: Iterable[AttemptRecord]) -> bytes:
    """The attempts as ``quizapp history --json`` prints them, UTF-8."""
    data = [record.to_json() for record in records]
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def safe_cell(text: str) -> str:
    """``text``, with ``'`` in front when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def local_iso(instant: datetime | None) -> str:
    """An instant in ISO 8601 with milliseconds and this computer's UTC offset; "" for none."""
    if instant is None:
        return ""
    return instant.astimezone().isoformat(timespec="milliseconds")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, renamed when complete.

    OSError when it cannot be written; no temporary file is left behind then.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _attempt_cells(record: AttemptRecord) -> list[str]:
    score = record.score
    passed = score.passed
    return [
        record.id,
        record.profile,
        record.bank,
        local_iso(record.started_at),
        local_iso(record.finished_at),
        record.status,
        record.end_reason or "",
        _number(score.points),
        _number(score.possible),
        "" if score.percent is None else _number(score.percent),
        "" if passed is None else str(passed).lower(),
    ]


def _number(value: float) -> str:
    rounded = json_number(value)
    return "" if rounded is None else plain_number(rounded)


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)  # RFC 4180: quoted where needed, CRLF line ends
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return (BOM + text.getvalue()).encode("utf-8")
