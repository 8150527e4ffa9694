"""What a use case refuses, as exceptions the CLI and the UI each put into words.

Nothing here imports the store, so the UI can test for these before the
database code is loaded.
"""

from __future__ import annotations


class ServiceError(Exception):
    """A use case that cannot be carried out as asked; the message says why, in English."""


class AttemptsUsedUpError(ServiceError):
    """The profile has used every attempt the bank allows."""

    def __init__(self, bank_id: str) -> None:
        super().__init__(f"no attempts left at bank {bank_id!r}")
        self.bank_id = bank_id


class BankNotAvailableError(ServiceError):
    """The bank is not in the library (never stored, or its file left the library)."""

    def __init__(self, bank_id: str) -> None:
        super().__init__(f"bank {bank_id!r} is not in the library")
        self.bank_id = bank_id


class UnknownBankError(ServiceError):
    """No bank of this id was ever stored."""

    def __init__(self, bank_id: str) -> None:
        super().__init__(f"no bank {bank_id!r} is stored")
        self.bank_id = bank_id


class UnknownProfileError(ServiceError):
    """No profile has this name."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no profile is named {name!r}")
        self.name = name


class ProfileNameTakenError(ServiceError):
    """Another profile already has the name asked for."""

    def __init__(self, name: str) -> None:
        super().__init__(f"another profile is already called {name!r}")
        self.name = name


class UnknownAttemptError(ServiceError):
    """No attempt of this id is stored."""

    def __init__(self, attempt_id: str) -> None:
        super().__init__(f"no attempt {attempt_id!r} is stored")
        self.attempt_id = attempt_id
