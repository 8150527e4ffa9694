"""Where the teacher's pages read from: this computer's store, or the whole class's.

On a desktop linked to a class as its teacher (``quizapp class join`` with the
teacher's code), the reads behind the teacher's views (item statistics, the
banks they are about, every profile's history and its exports) go to the class
database, as the teacher's role, read-only, so they cover every student's
attempts. Anywhere else they read the local store. :class:`ReadSource` makes
that choice in one place; :class:`quizapp.service.app.QuizService` asks it for
the engine of each such read.

The class database has the app's own tables, made by the same migrations, so
the same queries run on both. When the server cannot be reached or used, the
read fails with :class:`ClassReadError` (a sentence, never a password): the
teacher's pages never fall back to local data without saying so.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from quizapp.service.class_codes import JoinCode
from quizapp.service.class_passwords import PasswordStore
from quizapp.service.class_room import ClassError, server_message
from quizapp.service.types import DataSource
from quizapp.store import class_link, class_server
from quizapp.store.class_server import ClassServerError
from quizapp.store.db import SCHEMA_REVISION, session_scope

Passwords = Callable[[], PasswordStore]


class ClassReadError(ClassError):
    """The class database cannot be read now; the message says why, in a sentence."""


def teacher_engine(url: str) -> Engine:
    """A small engine for the class database whose every transaction is read-only."""
    return create_engine(
        url,
        pool_size=1,
        max_overflow=1,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": 5,
            "application_name": "quizapp-teacher",
            "options": "-c default_transaction_read_only=on",
        },
    )


class ReadSource:
    """The local store, or the class database when this desktop is the class's teacher."""

    def __init__(
        self,
        local: Engine,
        passwords: Passwords | None,
        engine_factory: Callable[[str], Engine] = teacher_engine,
    ) -> None:
        self._local = local
        self._passwords = passwords
        self._engine_factory = engine_factory
        self._lock = threading.Lock()
        self._class: Engine | None = None
        self._class_url: str | None = None

    def source(self) -> DataSource:
        """What the teacher's pages show now (read from the local link; no network)."""
        link = self._teacher_link()
        if link is None:
            return DataSource(class_name=None)
        return DataSource(class_name=link.class_name, server=f"{link.host}:{link.port}")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session over what the teacher's pages read; ClassReadError when it cannot be had."""
        link = self._teacher_link()
        if link is None:
            with session_scope(self._local) as session:
                yield session
            return
        engine = self._class_engine(link)
        try:
            with session_scope(engine) as session:
                yield session
        except DBAPIError as error:
            self._forget_engine()  # a connection cut in the middle is not reused
            raise ClassReadError(server_message(error, link.host, link.port)) from None

    def close(self) -> None:
        self._forget_engine()

    def _teacher_link(self) -> class_link.LinkRow | None:
        with self._local.connect() as local:
            link = class_link.read_link(local)
        return link if link is not None and link.teacher else None

    def _class_engine(self, link: class_link.LinkRow) -> Engine:
        password = self._passwords().get(link.role) if self._passwords is not None else None
        if password is None:
            raise ClassReadError(
                "the class password is missing on this computer: join the class again "
                "with the teacher's code"
            )
        code = JoinCode(link.class_name, link.host, link.port, link.database, link.role, password)
        url = code.url()
        with self._lock:
            if self._class is not None and self._class_url == url:
                return self._class
        engine = self._engine_factory(url)
        try:
            with engine.connect() as connection:  # the schema this QuizApp's queries need
                class_server.identify(connection, SCHEMA_REVISION)
        except ClassServerError as error:
            engine.dispose()
            raise ClassReadError(str(error)) from None
        except DBAPIError as error:
            engine.dispose()
            raise ClassReadError(server_message(error, link.host, link.port)) from None
        with self._lock:
            old, self._class, self._class_url = self._class, engine, url
        if old is not None:
            old.dispose()
        return engine

    def _forget_engine(self) -> None:
        with self._lock:
            engine, self._class, self._class_url = self._class, None, None
        if engine is not None:
            engine.dispose()
