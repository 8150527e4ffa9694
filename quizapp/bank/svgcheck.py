"""The format's rule for SVG pictures: they refer only to themselves.

Qt's SVG reader follows ``<image href="/any/path">``, so a picture could make
the app read any file, or block on a FIFO. An SVG may refer only to its own
elements (``#id``) and to ``data:`` URIs; any other reference, in ``href``,
``xlink:href``, ``url(...)`` or ``@import``, is refused. The file is parsed
with expat, which fetches nothing; a document that declares entities is
refused before they could be expanded.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from dataclasses import dataclass
from xml.parsers import expat

_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)""", re.IGNORECASE)
_PI_HREF = re.compile(r"""href\s*=\s*["']([^"']*)""")
_IMPORT = re.compile(r"@import", re.IGNORECASE)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", re.DOTALL)
_MAX_DEPTH = 4  # an SVG inside a data: URI inside an SVG...


@dataclass(frozen=True)
class SvgFault:
    """Why an SVG is refused: ``"svg-reference"`` (``reference``), ``"svg-entity"`` or
    ``"svg-malformed"`` (``reason``, ``line``)."""

    code: str
    reference: str = ""
    reason: str = ""
    line: int = 0


class _Refused(Exception):
    def __init__(self, fault: SvgFault) -> None:
        super().__init__(fault.code)
        self.fault = fault


def svg_fault(data: bytes, depth: int = 0) -> SvgFault | None:
    """``None`` when the SVG ``data`` refers to nothing outside itself."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    scan = _Scan(depth)
    parser.StartElementHandler = scan.start
    parser.EndElementHandler = scan.end
    parser.CharacterDataHandler = scan.text
    parser.ProcessingInstructionHandler = scan.instruction
    parser.EntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_external
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        return refused.fault
    except expat.ExpatError as error:
        reason = expat.errors.messages.get(error.code, str(error))
        return SvgFault("svg-malformed", reason=reason, line=error.lineno)
    return None


def _refuse_entity(*_args: object) -> None:
    raise _Refused(SvgFault("svg-entity"))


def _refuse_external(_context: object, _base: object, system_id: object, _public: object) -> int:
    raise _Refused(SvgFault("svg-reference", reference=str(system_id or "")))


class _Scan:
    """Element by element: attributes, and the text of ``<style>`` elements."""

    def __init__(self, depth: int) -> None:
        self._depth = depth
        self._in_style = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if _local(name) == "style":
            self._in_style += 1
        for key, value in attributes.items():
            if _local(key) == "href":
                _check_reference(value, self._depth)
            _check_css(value, self._depth)

    def end(self, name: str) -> None:
        if _local(name) == "style":
            self._in_style -= 1

    def text(self, data: str) -> None:
        if self._in_style:
            _check_css(data, self._depth)

    def instruction(self, target: str, data: str) -> None:
        if target.strip().lower() == "xml-stylesheet":
            href = _PI_HREF.search(data)
            raise _Refused(SvgFault("svg-reference", reference=href[1] if href else data.strip()))


def _local(name: str) -> str:
    return name.rpartition(":")[2].lower()


def _check_css(text: str, depth: int) -> None:
    """``url(...)`` and ``@import`` in a style sheet or any attribute (fill, style...)."""
    if "\\" in text:  # CSS escapes could spell "url(" in disguise
        text = _CSS_ESCAPE.sub(_unescape, text)
    if _IMPORT.search(text):
        raise _Refused(SvgFault("svg-reference", reference="@import"))
    for match in _URL.finditer(text):
        _check_reference(next(group for group in match.groups() if group is not None), depth)


def _unescape(match: re.Match[str]) -> str:
    code, char = match.groups()
    if code is None:
        return str(char)
    number = int(code, 16)
    return chr(number) if 0 < number <= 0x10FFFF else "\ufffd"


def _check_reference(value: str, depth: int) -> None:
    reference = value.strip()
    if reference.startswith("#"):
        return
    if reference[:5].lower() == "data:":
        _check_data_uri(reference, depth)
        return
    raise _Refused(SvgFault("svg-reference", reference=reference))


def _check_data_uri(uri: str, depth: int) -> None:
    """A data: URI holding an SVG must follow the same rule."""
    header, _, payload = uri[5:].partition(",")
    if "svg" not in header.lower():
        return
    if depth >= _MAX_DEPTH:
        raise _Refused(SvgFault("svg-reference", reference=uri[:40]))
    try:
        if header.lower().endswith(";base64"):
            data = base64.b64decode(payload, validate=False)
        else:
            data = urllib.parse.unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        return  # not decodable: Qt cannot read it either
    fault = svg_fault(data, depth + 1)
    if fault is not None:
        raise _Refused(fault)
