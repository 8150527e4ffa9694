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

import shutil
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, overload

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from quizapp.quiz.clock import Clock
from quizapp.service.class_codes import JoinCode, JoinCodeError, parse_join_code
from quizapp.service.class_passwords import PasswordStore
from quizapp.store import class_link, class_server, killpoints, library, outbox
from quizapp.store.class_server import ClassServerError, EventToSend
from quizapp.store.db import SCHEMA_REVISION, open_database, session_scope, write_transaction
from quizapp.store.tables import StoredBank

BATCH_SIZE = 500
EngineFactory = Callable[[str], Engine]


class ClassError(Exception):
    """Something about the class cannot be done; the message says why (never a password)."""


# --- the teacher's side ------------------------------------------------------------------


@contextmanager
def _administering(url: URL, *, migrate: bool = False) -> Iterator[tuple[Engine, Connection]]:
    """The class database as its administrator, in one transaction; what fails, said.

    ``migrate``: run the app's migrations first (``class init``).
    """
    engine = None
    try:
        if migrate:
            engine = open_database(url.render_as_string(hide_password=False))
        else:
            engine = create_engine(url)
        with engine.begin() as connection:
            yield engine, connection
    except ClassServerError as error:
        raise ClassError(str(error)) from None
    except DBAPIError as error:
        raise ClassError(server_message(error, url.host, url.port)) from None
    finally:
        if engine is not None:
            engine.dispose()


@overload
def init_class(
    admin_url: str, class_name: str, *, new_teacher_code: Literal[True] = True
) -> JoinCode: ...


@overload
def init_class(admin_url: str, class_name: str, *, new_teacher_code: bool) -> JoinCode | None: ...


def init_class(
    admin_url: str, class_name: str, *, new_teacher_code: bool = True
) -> JoinCode | None:
    """Create or upgrade the class database; the teacher's code (shown once) is returned.

    Without ``new_teacher_code`` an upgrade keeps the teacher's password, so the
    teacher's code in use goes on working, and None is returned; a class set up
    for the first time always gets a code.
    """
    url = _admin_url(admin_url)
    try:
        class_server.check_class_name(class_name)
    except ClassServerError as error:
        raise ClassError(str(error)) from None
    password: str | None = None
    with _administering(url, migrate=True) as (_engine, connection):
        if new_teacher_code or not class_server.teacher_role_exists(connection, class_name):
            password = class_server.new_password()
        class_server.install_class(connection, class_name, password)
    if password is None:
        return None
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
    with _administering(_admin_url(admin_url)) as (_engine, connection):
        return class_server.remove_student(connection, _class_of(connection), name)


def _student_code(
    admin_url: str, change: Callable[[Connection, str], class_server.StudentAccount]
) -> JoinCode:
    url = _admin_url(admin_url)
    with _administering(url) as (_engine, connection):
        class_name = _class_of(connection)
        account = change(connection, class_name)
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


def server_message(error: DBAPIError, host: str | None, port: int | None) -> str:
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


def publish_banks(
    admin_url: str, local: Engine, bank_ids: Sequence[str], clock: Clock
) -> list[tuple[str, bool]]:
    """Put these banks of the local library on the server: (bank id, changed) for each.

    A bank is sent whole: its file, and the pictures and reading file it names.
    Nothing is published when any of them cannot be read or is not valid.
    """
    packages = [_bank_package(local, bank_id) for bank_id in bank_ids]
    with _administering(_admin_url(admin_url)) as (engine, connection):
        _class_of(connection)
        changed = [
            class_server.publish_bank(connection, package, now=clock.now()) for package in packages
        ]
        # Stored as the app stores any bank too, so the class's statistics know its questions.
        library.import_paths(
            engine, [str(_bank_path(local, p.bank_id)) for p in packages], now=clock.now()
        )
    return [(package.bank_id, was) for package, was in zip(packages, changed, strict=True)]


def _bank_path(local: Engine, bank_id: str) -> Path:
    with session_scope(local) as session:
        stored = session.get(StoredBank, bank_id)
        if stored is None:
            raise ClassError(f"no bank {bank_id!r} is in the library ('quizapp list' shows them)")
        return Path(stored.path)


def _bank_package(local: Engine, bank_id: str) -> class_server.PublishedBank:
    import hashlib

    import yaml

    from quizapp.bank.attachments import confine
    from quizapp.bank.loader import load_bank_bytes

    path = _bank_path(local, bank_id)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ClassError(f"{path}: cannot read it: {error.strerror}") from None
    loaded = load_bank_bytes(data, base_dir=path.parent)
    if loaded.bank is None:
        raise ClassError(f"{path}: the bank has errors ('quizapp validate' lists them)")
    names = {question.image for question in loaded.bank.questions if question.image}
    raw = yaml.safe_load(data)  # valid, so within the format's limits
    reading = raw.get("reading") if isinstance(raw, dict) else None
    if isinstance(reading, dict) and isinstance(reading.get("file"), str):
        names.add(reading["file"])
    files = {}
    for name in sorted(names):
        target = confine(name, path.parent)
        if isinstance(target, Path):
            files[name] = target.read_bytes()
    return class_server.PublishedBank(
        bank_id=bank_id,
        title=loaded.bank.title,
        file_name=path.name,
        file_hash=hashlib.sha256(data).hexdigest(),
        content=data,
        files=files,
    )


# --- the student's desktop ---------------------------------------------------------------


@dataclass(frozen=True)
class ClassStatus:
    """What the one status line shows."""

    linked: bool
    teacher: bool = False  # linked as the class's teacher: reads the class, sends nothing
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


def class_linked(local: Engine) -> bool:
    """Whether this computer is in a class (cheap: one row or none)."""
    with local.connect() as connection:
        return class_link.read_link(connection) is not None


CLASS_BANK_MARK = ".quizapp-class-bank"


@dataclass(frozen=True)
class PullReport:
    written: tuple[str, ...]  # bank ids fetched (new or changed)
    removed: tuple[str, ...]  # bank ids no longer published, their folders removed


def _write_bank_folder(folder: Path, bank: class_server.PublishedBank) -> None:
    from quizapp.service.exports import write_atomically

    folder.mkdir(parents=True, exist_ok=True)
    root = folder.resolve()
    for relative, data in bank.files.items():
        target = (root / relative).resolve()
        if not target.is_relative_to(root) or target == root:
            continue  # a path from the server never leaves the bank's folder
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
    write_atomically(root / Path(bank.file_name).name, bank.content)
    write_atomically(root / CLASS_BANK_MARK, bank.file_hash.encode())


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
        self._owns_local = False

    @classmethod
    def for_database(cls, database_url: str, clock: Clock, passwords: PasswordStore) -> ClassSync:
        """A sender with a connection of its own to the local database (for its own thread)."""
        sync = cls(open_database(database_url), clock, passwords)
        sync._owns_local = True
        return sync

    def close(self) -> None:
        self._forget_server()
        if self._owns_local:
            self._local.dispose()

    def _forget_server(self) -> None:
        """Let go of the server's engine: the next use makes a new one (a cut one is not reused)."""
        if self._server is not None:
            self._server.dispose()
            self._server, self._server_url = None, None

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
        try:
            with self._engine(code.url()).connect() as server:
                return class_server.identify(server, SCHEMA_REVISION)
        except ClassServerError as error:
            raise ClassError(str(error)) from None
        except DBAPIError as error:
            self._forget_server()
            raise ClassError(server_message(error, code.host, code.port)) from None

    def join(self, code_text: str, profile_id: int | None) -> ClassStatus:
        """Link the profile to the class of the join code; nothing changes if it fails.

        With the teacher's code this desktop becomes the teacher's: no profile
        is linked (``profile_id`` is not needed), nothing is sent, and the
        teacher's pages read the whole class (``quizapp.service.class_reader``).
        """
        code = self._parse(code_text)
        identity = self._identify(code)
        if identity.teacher:
            return self._join_as_teacher(code, identity)
        if profile_id is None or identity.profile_uuid is None:
            raise ClassError("a student's join code links a profile: choose one first")
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
        return self.status()

    def _join_as_teacher(self, code: JoinCode, identity: class_server.ClassIdentity) -> ClassStatus:
        with write_transaction(self._local) as local:
            class_link.save_teacher_link(
                local,
                class_name=identity.class_name,
                host=code.host,
                port=code.port,
                database=code.database,
                role=code.role,
                joined_at=self._clock.now(),
            )
            self._passwords.set(code.role, code.password)
        return self.status()

    def pull_banks(self, folder: Path) -> PullReport:
        """Write the class's published banks into ``folder``, one sub-folder per bank.

        Unchanged banks are not fetched again; banks no longer published are
        removed (only folders this method made, marked by a file of its own).
        A server that cannot be reached is remembered in the status, as a failed
        send is; one that answers clears that.
        """
        with self._local.connect() as local:
            link = class_link.read_link(local)
        if link is None or link.teacher:  # the teacher publishes; nothing to fetch
            return PullReport((), ())
        known = {
            marked.parent.name: marked.read_text(encoding="utf-8").strip()
            for marked in folder.glob(f"*/{CLASS_BANK_MARK}")
        }
        try:
            with self._server_engine(link).connect() as server:
                banks = class_server.published_banks(server, known)
        except DBAPIError as error:
            # Said like a failed send: with nothing waiting to be sent, this is how the
            # student learns that the server is away (and the sender backs off).
            self._forget_server()
            message = server_message(error, link.host, link.port)
            self._note_failure(message)
            raise ClassError(message) from None
        with self._local.begin() as local:
            class_link.note_reachable(local)
        written = tuple(bank.bank_id for bank in banks if bank.content)
        for bank in banks:
            if bank.content:
                try:
                    _write_bank_folder(folder / bank.bank_id, bank)
                except OSError as error:
                    raise ClassError(f"cannot write {folder / bank.bank_id}: {error}") from None
        published = {bank.bank_id for bank in banks}
        removed = tuple(sorted(set(known) - published))
        for bank_id in removed:
            shutil.rmtree(folder / bank_id, ignore_errors=True)
        return PullReport(written, removed)

    def leave(self) -> None:
        """Forget the class on this computer (what was sent stays on the server)."""
        with write_transaction(self._local) as local:
            link = class_link.read_link(local)
            class_link.remove_link(local)
        if link is not None:
            self._passwords.delete(link.role)
        self._forget_server()

    def status(self) -> ClassStatus:
        with self._local.connect() as local:
            link = class_link.read_link(local)
            if link is None:
                return ClassStatus(linked=False)
            if link.teacher or link.profile_id is None:
                return ClassStatus(linked=True, teacher=True, class_name=link.class_name)
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
        if link.teacher:  # the teacher's desktop has nothing of its own to send
            return SyncReport(0, self.status())
        sent = 0
        try:
            sent = self._send_all(link, batch_size)
        except (ClassServerError, ClassError) as error:
            self._note_failure(str(error))
        except DBAPIError as error:
            self._forget_server()
            self._note_failure(server_message(error, link.host, link.port))
        return SyncReport(sent, self.status())

    def _send_all(self, link: class_link.LinkRow, batch_size: int) -> int:
        """Send the unsent events in batches; nothing to send asks nothing of the server."""
        assert link.profile_id is not None
        assert link.profile_uuid is not None
        events = self._unsent(link.profile_id, batch_size)
        if not events:
            return 0
        sent = 0
        with self._server_engine(link).connect() as server:
            identified = False
            while events:
                with server.begin():
                    if not identified:  # in the first batch's transaction: no round trip more
                        identity = class_server.identify(server, SCHEMA_REVISION)
                        if identity.profile_uuid != link.profile_uuid:
                            raise ClassError(
                                "this computer's class profile is not the role's: join again"
                            )
                        identified = True
                    class_server.send_events(
                        server,
                        [
                            EventToSend(e.id, link.profile_uuid, e.kind, e.payload_json)
                            for e in events
                        ],
                    )
                    killpoints.reached("class.written")
                killpoints.reached("class.committed")
                # Only now, after the server's commit: a kill before this line resends the
                # batch, which the server then ignores.
                with self._local.begin() as local:
                    outbox.mark_sent(local, events, self._clock.now())
                    class_link.note_sent(local, self._clock.now())
                sent += len(events)
                events = self._unsent(link.profile_id, batch_size)
        return sent

    def _unsent(self, profile_id: int, batch_size: int) -> list[outbox.OutboxEvent]:
        with self._local.connect() as local:
            return outbox.unsent_events(local, profile_id, batch_size)

    def _server_engine(self, link: class_link.LinkRow) -> Engine:
        password = self._passwords.get(link.role)
        if password is None:
            raise ClassError("the class password is missing on this computer: join again")
        code = JoinCode(link.class_name, link.host, link.port, link.database, link.role, password)
        return self._engine(code.url())

    def _engine(self, url: str) -> Engine:
        """The engine for ``url``, kept between uses: it holds no connection (NullPool),
        and a new one would ask the server its version and settings again."""
        if self._server is None or self._server_url != url:
            self._forget_server()
            self._server, self._server_url = self._engine_factory(url), url
        return self._server

    def _note_failure(self, reason: str) -> None:
        with session_scope(self._local) as session:
            class_link.note_failure(session.connection(), self._clock.now(), reason)


def is_teacher_code(code_text: str) -> bool:
    """Whether the join code is the class's teacher's (``class init`` printed it).

    Read from the code alone; joining asks the server to confirm it.
    ClassError when the text is not a join code.
    """
    try:
        code = parse_join_code(code_text)
    except JoinCodeError as error:
        raise ClassError(str(error)) from None
    return code.role == class_server.ClassRoles(code.class_name).teacher


def status_text(status: ClassStatus) -> str:
    """The one status line, in English (the app shows the same, translated)."""
    if not status.linked:
        return "Not in a class"
    if status.teacher:
        return "The class's teacher: nothing to send"
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
