"""The teacher PIN as a salted ``hashlib.scrypt`` hash: made here, checked here, never kept.

What it protects against (``docs/teacher-pin.md``): classmates using the app on
a shared computer account. Not someone who can read or change the data folder.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

# scrypt's cost: 2**14 x 8 x 1 uses 16 MiB and takes tens of milliseconds (OWASP's minimum).
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_SALT_BYTES = 16
_HASH_BYTES = 32
_MAX_MEMORY = 64 * 1024 * 1024

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 64


@dataclass(frozen=True)
class PinHash:
    salt: str  # hexadecimal
    pin_hash: str  # hexadecimal
    n: int
    r: int
    p: int


def check_pin_text(pin: str) -> None:
    """ValueError, saying why in English, when ``pin`` cannot be a PIN."""
    if len(pin) < PIN_MIN_LENGTH:
        raise ValueError(f"A PIN needs at least {PIN_MIN_LENGTH} characters.")
    if len(pin) > PIN_MAX_LENGTH:
        raise ValueError(f"A PIN can have at most {PIN_MAX_LENGTH} characters.")


def hash_pin(pin: str) -> PinHash:
    """A new salted hash of ``pin`` with the current parameters."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return PinHash(salt.hex(), digest.hex(), SCRYPT_N, SCRYPT_R, SCRYPT_P)


def pin_matches(pin: str, stored: PinHash) -> bool:
    """Whether ``pin`` is the PIN ``stored`` was made from (in constant time)."""
    try:
        salt = bytes.fromhex(stored.salt)
        expected = bytes.fromhex(stored.pin_hash)
        digest = _scrypt(pin, salt, stored.n, stored.r, stored.p, len(expected))
    except ValueError:  # a damaged row matches nothing
        return False
    return hmac.compare_digest(digest, expected)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int = _HASH_BYTES) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=length
    )
