"""Join codes: what a teacher hands a student so their desktop can reach the class.

A code holds the server's address, the database, the student's role and its
password, as one line of text a student can paste: ``QZC1-`` and URL-safe base64
of a small JSON object. It is a secret (it carries a password) and is shown once.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from urllib.parse import quote

CODE_PREFIX = "QZC1-"
_FIELDS = ("class", "host", "port", "database", "role", "password")


class JoinCodeError(ValueError):
    """The text is not a join code; the message says what is wrong with it."""


@dataclass(frozen=True)
class JoinCode:
    class_name: str
    host: str
    port: int
    database: str
    role: str
    password: str

    def text(self) -> str:
        data = {
            "class": self.class_name,
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "role": self.role,
            "password": self.password,
        }
        packed = json.dumps(data, separators=(",", ":")).encode()
        return CODE_PREFIX + base64.urlsafe_b64encode(packed).decode().rstrip("=")

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL of the class database as this role (never printed or logged)."""
        secret = quote(self.password if password is None else password, safe="")
        return (
            f"postgresql+psycopg://{quote(self.role, safe='')}:{secret}@"
            f"{self.host}:{self.port}/{quote(self.database, safe='')}"
        )


def parse_join_code(text: str) -> JoinCode:
    code = "".join(text.split())  # a code copied across lines still reads
    if not code.startswith(CODE_PREFIX):
        raise JoinCodeError(f"a class join code starts with {CODE_PREFIX}")
    body = code[len(CODE_PREFIX) :]
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise JoinCodeError("the join code is damaged: copy it again, whole") from None
    if not isinstance(data, dict) or set(data) != set(_FIELDS):
        raise JoinCodeError("the join code is damaged: copy it again, whole")
    port = data["port"]
    texts = [data[field] for field in _FIELDS if field != "port"]
    if (
        not isinstance(port, int)
        or not 0 < port < 65536
        or not all(isinstance(value, str) and value for value in texts)
    ):
        raise JoinCodeError("the join code is damaged: copy it again, whole")
    return JoinCode(
        class_name=data["class"],
        host=data["host"],
        port=port,
        database=data["database"],
        role=data["role"],
        password=data["password"],
    )
