"""A bank's data as readable YAML: block style, keys in the order given, Unicode as is.

(A minimal version for converters; the in-app editor's fuller one replaces it.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml


def dump_bank(data: Mapping[str, Any], *, leading_comment: str = "") -> str:
    """``data`` (the structure a ``.yaml`` bank holds) as the text of a bank file."""
    body = yaml.dump(
        dict(data),
        Dumper=_BlockDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
    )
    comment = "".join(f"# {line}".rstrip() + "\n" for line in leading_comment.splitlines())
    return comment + body


class _BlockDumper(yaml.SafeDumper):
    """Text of several lines as a ``|`` block, as a teacher would write it."""


def _text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    block = "\n" in text and not any(line != line.rstrip() for line in text.split("\n"))
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if block else None)


_BlockDumper.add_representer(str, _text)
