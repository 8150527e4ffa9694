"""Files a bank points at: question images and a reading kept in its own file.

A path is written relative to the bank file, and must resolve (symbolic
links followed) inside the folder that holds the bank file or below it, so
a bank validates the same however it is named on the command line and can
never make the app read a file elsewhere. An image must be PNG, JPEG, SVG or
WebP both by its name and by its content.

Each check returns either the result or a :class:`Fault` (a problem code
and its arguments), which the validator places at the path's node.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from quizapp.bank.nodereader import quote
from quizapp.bank.problems import Phrase
from quizapp.bank.regular import Refused, check_regular, read_head, read_regular
from quizapp.bank.svgcheck import svg_fault

IMAGE_KINDS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".svg": "SVG", ".webp": "WebP"}
_SVG_SNIFF_BYTES = 1024 * 1024
MAX_READING_BYTES = 16 * 1024 * 1024
MAX_IMAGE_BYTES = 16 * 1024 * 1024  # the app reads no larger picture


@dataclass(frozen=True)
class Fault:
    code: str
    args: dict[str, Any] = field(default_factory=dict)
    warning: bool = False  # suspect but loadable


def confine(relative: str, base_dir: Path | None) -> Path | Fault:
    """The file ``relative`` names, if it stays inside ``base_dir`` and is a file."""
    if base_dir is None:
        return Fault("path-no-folder")
    if PurePosixPath(relative).is_absolute() or PureWindowsPath(relative).anchor:
        return Fault("path-absolute")
    try:
        root = base_dir.resolve()
        target = (root / relative).resolve()
    except (OSError, RuntimeError, ValueError) as error:
        return Fault("path-unreadable", {"reason": _reason(error)})
    if not target.is_relative_to(root):
        return Fault("path-escapes")
    if not target.exists():
        return Fault("path-missing")
    if not target.is_file():
        return Fault("path-not-file")
    return target


def check_image(relative: str, base_dir: Path | None) -> Fault | None:
    """``None`` when ``relative`` is a confined PNG, JPEG, SVG or WebP image."""
    expected = IMAGE_KINDS.get(os.path.splitext(relative)[1].lower())
    if expected is None:
        return Fault("image-type")
    target = confine(relative, base_dir)
    if isinstance(target, Fault):
        return target
    if expected == "SVG":
        return _check_svg(target)
    head = read_head(target, 16)
    if isinstance(head, Refused):
        return _refused(head)
    fault = _kind_fault(head, expected)
    if fault is None and isinstance(large := check_regular(target, MAX_IMAGE_BYTES), Refused):
        return Fault("image-too-large", {"size": f"{large.size:,}"}, warning=True)
    return fault


@dataclass(frozen=True)
class Picture:
    """A picture's bytes as read from a bank's folder, and its format by content."""

    data: bytes
    kind: str  # PNG, JPEG, SVG or WebP


def read_image(relative: str, base_dir: Path | None) -> Picture | None:
    """The bytes of a confined picture that follows the format's rules, or None.

    The same rules as :func:`check_image`, applied where the bytes are read
    (the file may have changed since it was checked): inside the bank's folder,
    a regular file of at most ``MAX_IMAGE_BYTES``, PNG, JPEG, SVG or WebP by
    both name and content, an SVG that refers to nothing outside itself.
    """
    expected = IMAGE_KINDS.get(os.path.splitext(relative)[1].lower())
    target = confine(relative, base_dir)
    if expected is None or isinstance(target, Fault):
        return None
    data = read_regular(target, MAX_IMAGE_BYTES)
    if isinstance(data, Refused) or image_kind(data[:_SVG_SNIFF_BYTES]) != expected:
        return None
    if expected == "SVG" and svg_fault(data) is not None:
        return None
    return Picture(data, expected)


def _check_svg(target: Path) -> Fault | None:
    data = read_regular(target, MAX_IMAGE_BYTES)
    if isinstance(data, Refused):
        return _refused(data)
    fault = _kind_fault(data[:_SVG_SNIFF_BYTES], "SVG")
    if fault is not None:
        return fault
    svg = svg_fault(data)
    if svg is None:
        return None
    if svg.code == "svg-reference":
        return Fault(svg.code, {"reference": quote(svg.reference)})
    if svg.code == "svg-malformed":
        return Fault(svg.code, {"reason": svg.reason, "line": svg.line})
    return Fault(svg.code)


def _kind_fault(head: bytes, expected: str) -> Fault | None:
    actual = image_kind(head)
    if actual != expected:
        shown = actual or Phrase("part.not-an-image")
        return Fault("image-content", {"expected": expected, "actual": shown})
    return None


def image_kind(head: bytes) -> str | None:
    """The image format the first bytes of a file show, by their magic numbers."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if b"<svg" in head:
        return "SVG"
    return None


def read_reading(relative: str, base_dir: Path | None) -> str | Fault:
    """The Markdown text of a confined reading file (UTF-8, a BOM allowed)."""
    target = confine(relative, base_dir)
    if isinstance(target, Fault):
        return target
    data = read_regular(target, MAX_READING_BYTES)
    if isinstance(data, Refused):
        return _refused(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Fault(
            "reading-not-utf8", {"byte": f"{data[error.start]:02X}", "offset": error.start}
        )


def _refused(refused: Refused) -> Fault:
    if refused.code == "not-regular":
        return Fault("path-not-file")
    if refused.code == "too-large":
        return Fault("path-unreadable", {"reason": Phrase("part.larger-than-16-mib")})
    return Fault("path-unreadable", {"reason": refused.reason})


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
