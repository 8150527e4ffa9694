"""A class on one PostgreSQL server: setting it up, joining it, sending answers exactly once.

The teacher's side (``init_class``, ``add_student``, ``remove_student``,
``reset_student``) uses an administrator's URL of the class database, which is
never kept. A student's desktop (:class:`ClassSync`) keeps its own SQLite store
and an outbox of events (``quizapp.store.outbox``); :meth:`ClassSync.sync` sends
the unsent ones in batches, each batch committed on the server before it is
marked sent here, so a batch cut short or sent again is added once. Sync opens
its own connections to both databases, so it never waits behind answer writes
for long (SQLite's WAL lets readers and one writer work together).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from quizapp.quiz.clock import Clock
from quizapp.service.class_codes import JoinCode, JoinCodeError, parse_join_code
from quizapp.service.class_passwords import PasswordStore
from quizapp.store import class_link, class_server, killpoints, outbox
from quizapp.store.class_server import ClassServerError, EventToSend
from quizapp.store.db import SCHEMA_REVISION, open_database, session_scope, write_transaction

BATCH_SIZE = 500
EngineFactory = Callable[[str], Engine]


class ClassError(Exception):
    """Something about the class cannot be done; the message says why (never a password)."""


# --- the teacher's side ------------------------------------------------------------------


def init_class(admin_url: str, class_name: str) -> JoinCode:
    """Create or upgrade the class database; the teacher's code (shown once) is returned."""
    url = _admin_url(admin_url)
    try:
        class_server.check_class_name(class_name)
        engine = open_database(url.render_as_string(hide_password=False))
        password = class_server.new_password()
        with engine.begin() as connection:
            class_server.install_class(connection, class_name, password)
        engine.dispose()
    except ClassServerError as error:
        raise ClassError(str(error)) from None
    except DBAPIError as error:
        raise ClassError(_server_message(error, url.host, url.port)) from None
    return _code(url, class_name, class_server.ClassRoles(class_name).teacher, password)


def add_student(admin_url: str, name: str, clock: Clock) -> JoinCode:
    """A login role and a class profile for the student; their join code (shown once)."""

    def add(connection: Connection, class_name: str) -> class_server.StudentAccount:
        return class_server.add_student(
            connection,
            class_name,
            name,
            now=clock.now(),
            profile_uuid=str(uuid.uuid4()),
        )

    return _student_code(admin_url, add)


def reset_student(admin_url: str, name: str) -> JoinCode:
    """A new password and join code for the student; the old code stops working."""
    return _student_code(
        admin_url,
        lambda connection, class_name: class_server.reset_student(connection, class_name, name),
    )


def remove_student(admin_url: str, name: str) -> str:
    """The student can no longer send or read; what they sent stays. Returns the role."""
    url = _admin_url(admin_url)
    try:
        engine = create_engine(url)
        with engine.begin() as connection:
            class_name = _class_of(connection)
            role = class_server.remove_student(connection, class_name, name)
        engine.dispose()
    except ClassServerError as error:
        raise ClassError(str(error)) from None
    except DBAPIError as error:
        raise ClassError(_server_message(error, url.host, url.port)) from None
    return role


def _student_code(
    admin_url: str, change: Callable[[Connection, str], class_server.StudentAccount]
) -> JoinCode:
    url = _admin_url(admin_url)
    try:
        engine = create_engine(url)
        with engine.begin() as connection:
            class_name = _class_of(connection)
            account = change(connection, class_name)
        engine.dispose()
    except ClassServerError as error:
        raise ClassError(str(error)) from None
    except DBAPIError as error:
        raise ClassError(_server_message(error, url.host, url.port)) from None
    return _code(url, class_name, account.role, account.password)


def _class_of(connection: Connection) -> str:
    try:
        name = connection.execute(text("SELECT class_name FROM class_info")).scalar()
    except DBAPIError:
        name = None
    if name is None:
        raise ClassServerError("this database holds no class yet: run 'quizapp class init' first")
    return str(name)


def _admin_url(url_text: str) -> URL:
    try:
        url = make_url(url_text.strip())
    except (ArgumentError, ValueError):
        raise ClassError(
            "that is not a database URL (postgresql://USER@HOST:PORT/DATABASE)"
        ) from None
    if url.get_backend_name() != "postgresql":
        raise ClassError("a class database is a PostgreSQL database (postgresql://…)")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def _code(url: URL, class_name: str, role: str, password: str) -> JoinCode:
    return JoinCode(
        class_name=class_name,
        host=url.host or "localhost",
        port=url.port or 5432,
        database=url.database or "",
        role=role,
        password=password,
    )


def _server_message(error: DBAPIError, host: str | None, port: int | None) -> str:
    """What went wrong on the server, in a sentence (psycopg's first line, no URL, no password)."""
    detail = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
    where = f"{host or 'localhost'}:{port or 5432}"
    if "does not exist" in detail and "role" in detail:
        return f"the class server at {where} does not know this role: {detail}"
    if "not permitted to log in" in detail:
        return f"the class server at {where} no longer lets this role in (it was removed)"
    if "Connection refused" in detail or "could not connect" in detail or "timeout" in detail:
        return f"cannot reach the class server at {where}: {detail}"
    return f"the class server at {where}: {detail}"


# --- the student's desktop ---------------------------------------------------------------


@dataclass(frozen=True)
class ClassStatus:
    """What the one status line shows."""

    linked: bool
    class_name: str | None = None
    profile_name: str | None = None
    answers_waiting: int = 0
    events_waiting: int = 0
    last_sent_at: datetime | None = None
    failing_since: datetime | None = None
    failure: str | None = None


@dataclass(frozen=True)
class SyncReport:
    sent: int
    status: ClassStatus


class ClassSync:
    """One desktop's side of the class, over its own local and server connections."""

    def __init__(
        self,
        local: Engine,
        clock: Clock,
        passwords: PasswordStore,
        engine_factory: EngineFactory = class_server.class_engine,
    ) -> None:
        self._local = local
        self._clock = clock
        self._passwords = passwords
        self._engine_factory = engine_factory
        self._server: Engine | None = None
        self._server_url: str | None = None

    def close(self) -> None:
        if self._server is not None:
            self._server.dispose()
            self._server = None

    def class_name_of(self, code_text: str) -> str:
        """The student's name as the class knows it (asks the server)."""
        code = self._parse(code_text)
        return self._identify(code).display_name

    def _parse(self, code_text: str) -> JoinCode:
        try:
            return parse_join_code(code_text)
        except JoinCodeError as error:
            raise ClassError(str(error)) from None

    def _identify(self, code: JoinCode) -> class_server.ClassIdentity:
        engine = self._engine_factory(code.url())
        try:
            with engine.connect() as server:
                return class_server.identify(server, SCHEMA_REVISION)
        except ClassServerError as error:
            raise ClassError(str(error)) from None
        except DBAPIError as error:
            raise ClassError(_server_message(error, code.host, code.port)) from None
        finally:
            engine.dispose()

    def join(self, code_text: str, profile_id: int) -> ClassStatus:
        """Link the profile to the class of the join code; nothing changes if it fails."""
        code = self._parse(code_text)
        identity = self._identify(code)
        try:
            with write_transaction(self._local) as local:
                class_link.save_link(
                    local,
                    class_name=identity.class_name,
                    host=code.host,
                    port=code.port,
                    database=code.database,
                    role=code.role,
                    profile_id=profile_id,
                    profile_uuid=identity.profile_uuid,
                    joined_at=self._clock.now(),
                )
                self._passwords.set(code.role, code.password)
        except ValueError as error:
            raise ClassError(str(error)) from None
        self.close()
        return self.status()

    def leave(self) -> None:
        """Forget the class on this computer (what was sent stays on the server)."""
        with write_transaction(self._local) as local:
            link = class_link.read_link(local)
            class_link.remove_link(local)
        if link is not None:
            self._passwords.delete(link.role)
        self.close()

    def status(self) -> ClassStatus:
        with self._local.connect() as local:
            link = class_link.read_link(local)
            if link is None:
                return ClassStatus(linked=False)
            answers, events = outbox.unsent_counts(local, link.profile_id)
        return ClassStatus(
            linked=True,
            class_name=link.class_name,
            profile_name=link.profile_name,
            answers_waiting=answers,
            events_waiting=events,
            last_sent_at=link.last_sent_at,
            failing_since=link.last_failure_at,
            failure=link.last_failure,
        )

    def sync(self, batch_size: int = BATCH_SIZE) -> SyncReport:
        """Send every unsent event, oldest first; on failure, remember why and stop.

        Never raises for a server that cannot be reached or used: the report's
        status says so, and the events wait for the next call.
        """
        with self._local.connect() as local:
            link = class_link.read_link(local)
        if link is None:
            return SyncReport(0, ClassStatus(linked=False))
        sent = 0
        try:
            sent = self._send_all(link, batch_size)
        except (ClassServerError, ClassError) as error:
            self._note_failure(str(error))
        except DBAPIError as error:
            self.close()  # a connection cut in the middle is not reused
            self._note_failure(_server_message(error, link.host, link.port))
        return SyncReport(sent, self.status())

    def _send_all(self, link: class_link.LinkRow, batch_size: int) -> int:
        server_engine = self._server_engine(link)
        sent = 0
        with server_engine.connect() as server:
            identity = class_server.identify(server, SCHEMA_REVISION)
            server.commit()
            if identity.profile_uuid != link.profile_uuid:
                raise ClassError("this computer's class profile is not the role's: join again")
            while True:
                with self._local.connect() as local:
                    events = outbox.unsent_events(local, link.profile_id, batch_size)
                if not events:
                    break
                with server.begin():
                    class_server.send_events(
                        server,
                        [EventToSend(e.id, link.profile_uuid, e.kind, e.payload) for e in events],
                    )
                    killpoints.reached("class.written")
                killpoints.reached("class.committed")
                # Only now, after the server's commit: a kill before this line resends the
                # batch, which the server then ignores.
                with session_scope(self._local) as session:
                    connection = session.connection()
                    outbox.mark_sent(connection, [e.seq for e in events], self._clock.now())
                    class_link.note_sent(connection, self._clock.now())
                sent += len(events)
        return sent

    def _server_engine(self, link: class_link.LinkRow) -> Engine:
        password = self._passwords.get(link.role)
        if password is None:
            raise ClassError("the class password is missing on this computer: join again")
        code = JoinCode(link.class_name, link.host, link.port, link.database, link.role, password)
        url = code.url()
        if self._server is None or self._server_url != url:
            self.close()
            self._server, self._server_url = self._engine_factory(url), url
        return self._server

    def _note_failure(self, reason: str) -> None:
        with session_scope(self._local) as session:
            class_link.note_failure(session.connection(), self._clock.now(), reason)


def status_text(status: ClassStatus) -> str:
    """The one status line, in English (the app shows the same, translated)."""
    if not status.linked:
        return "Not in a class"
    waiting = status.answers_waiting
    if waiting == 0 and status.events_waiting == 0:
        return "All answers sent"
    count = "Changes waiting"
    if waiting:
        count = f"{waiting} answer{'' if waiting == 1 else 's'} waiting"
    if status.failing_since is None:
        return f"{count} to be sent"
    since = status.failing_since.astimezone().strftime("%H:%M")
    return f"{count}: no connection since {since} ({status.failure})"
