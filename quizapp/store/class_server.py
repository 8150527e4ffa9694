"""A class database on PostgreSQL: its schema, its roles, its row-level security, its events.

The class database holds the app's own tables, made by the same Alembic
migrations as every desktop's SQLite file, plus the class's tables:

- ``class_info``: the class's name and the version of what this module adds;
- ``class_members``: one row per student role, with the profile it writes as;
- ``class_events``: every event a desktop sent (``quizapp.store.outbox``), each
  once, keyed by its UUID, with the time the server received it.

Students never write the app's tables. A trigger (``class_apply_event``, run
with its owner's rights) applies each new event to them in the order received,
so attempts, answers and profile names on the server are derived from the events
alone, and an event sent twice (``ON CONFLICT (id) DO NOTHING``) changes nothing.

Roles are prefixed by the class's name, so several classes share a server: a
teacher role that reads everything, a group role for the students, and one login
role per student. Row-level security lets a student's role insert events only
as its own profile and read only its own profile, attempts and answers.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

# What this module adds on top of the migrations; a desktop refuses another.
CLASS_SCHEMA_VERSION = 1
CLASS_NAME = re.compile(r"^[a-z][a-z0-9_]{0,19}$")
_ROLE_PART = re.compile(r"[^a-z0-9]+")
PASSWORD_BYTES = 18  # 24 characters of URL-safe base64


class ClassServerError(Exception):
    """The class database cannot be used as asked; the message says why, in a sentence."""


@dataclass(frozen=True)
class ClassRoles:
    """The roles of one class, prefixed by its name."""

    class_name: str

    @property
    def teacher(self) -> str:
        return f"{self.class_name}_teacher"

    @property
    def students(self) -> str:
        return f"{self.class_name}_students"

    def student(self, name: str) -> str:
        part = _ROLE_PART.sub("_", name.casefold()).strip("_")[:40]
        if not part:
            raise ClassServerError(f"{name!r} cannot name a student: use letters or digits")
        return f"{self.class_name}_s_{part}"


def check_class_name(name: str) -> str:
    if not CLASS_NAME.match(name):
        raise ClassServerError(
            f"{name!r} cannot name a class: use 1 to 20 lower-case letters, digits or _, "
            "starting with a letter"
        )
    return name


def new_password() -> str:
    return secrets.token_urlsafe(PASSWORD_BYTES)


# --- setting up, by the teacher (an administrator's connection) --------------------------------


def install_class(connection: Connection, class_name: str, teacher_password: str | None) -> None:
    """Add the class's tables, trigger, roles, grants and policies (the migrations already ran).

    Run again, it changes nothing; with a ``teacher_password`` it gives the
    teacher's role that password (None keeps the one it has).
    """
    roles = ClassRoles(check_class_name(class_name))
    existing = None
    if _has_table(connection, "class_info"):
        existing = connection.execute(text("SELECT class_name FROM class_info")).scalar()
    if existing is not None and existing != class_name:
        raise ClassServerError(
            f"this database already belongs to the class {existing!r}: "
            "use a database of its own for each class"
        )
    for statement in _CLASS_TABLES:
        _ddl(connection, statement)
    connection.execute(
        text(
            "INSERT INTO class_info (id, class_name, schema_version) VALUES (1, :name, :version) "
            "ON CONFLICT (id) DO UPDATE SET schema_version = EXCLUDED.schema_version"
        ),
        {"name": class_name, "version": CLASS_SCHEMA_VERSION},
    )
    _ensure_role(connection, roles.students, login=False)
    if teacher_password is None and not _role_exists(connection, roles.teacher):
        raise ClassServerError("the class has no teacher's role yet: a password is needed")
    _ensure_role(connection, roles.teacher, login=True, password=teacher_password)
    for statement in _class_security(roles):
        _ddl(connection, statement)


def teacher_role_exists(connection: Connection, class_name: str) -> bool:
    """Whether the class's teacher's role is on the server (``class init`` ran before)."""
    return _role_exists(connection, ClassRoles(check_class_name(class_name)).teacher)


def _ddl(connection: Connection, statement: str) -> None:
    # The driver reads % as a placeholder even with no parameters (PL/pgSQL's RAISE uses it).
    connection.exec_driver_sql(statement.replace("%", "%%"))


def _has_table(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name})
    return bool(found.scalar())


def _role_exists(connection: Connection, role: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    return found.first() is not None


def _ensure_role(
    connection: Connection,
    role: str,
    *,
    login: bool,
    password: str | None = None,
    member_of: str | None = None,
) -> None:
    verb = "ALTER" if _role_exists(connection, role) else "CREATE"
    options = "LOGIN" if login else "NOLOGIN"
    if password is not None:
        options += f" PASSWORD {_literal(connection, password)}"
    _ddl(connection, f"{verb} ROLE {_identifier(role)} {options}")
    if member_of is not None:
        _ddl(connection, f"GRANT {_identifier(member_of)} TO {_identifier(role)}")


def _identifier(name: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,62}", name):
        raise ClassServerError(f"{name!r} cannot be a role's name")
    return f'"{name}"'


def _literal(connection: Connection, value: str) -> str:
    from psycopg import sql

    raw = connection.connection.driver_connection
    return sql.Literal(value).as_string(raw)


_CLASS_TABLES = (
    """CREATE TABLE IF NOT EXISTS class_info (
        id integer PRIMARY KEY CHECK (id = 1),
        class_name text NOT NULL,
        schema_version integer NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS class_members (
        role_name text PRIMARY KEY,
        display_name text NOT NULL,
        profile_uuid text NOT NULL UNIQUE REFERENCES profiles (uuid),
        removed boolean NOT NULL DEFAULT false)""",
    """CREATE TABLE IF NOT EXISTS class_banks (
        bank_id text PRIMARY KEY,
        title text NOT NULL,
        file_name text NOT NULL,
        file_hash text NOT NULL,
        content bytea NOT NULL,
        published_at timestamptz NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS class_bank_files (
        bank_id text NOT NULL REFERENCES class_banks (bank_id) ON DELETE CASCADE,
        path text NOT NULL,
        content bytea NOT NULL,
        PRIMARY KEY (bank_id, path))""",
    """CREATE TABLE IF NOT EXISTS class_events (
        id uuid PRIMARY KEY,
        role_name text NOT NULL DEFAULT current_user,
        profile_uuid text NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE)""",
    # session_user: inside a SECURITY DEFINER function current_user is its owner.
    """CREATE OR REPLACE FUNCTION class_profile_uuid() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT profile_uuid FROM class_members WHERE role_name = session_user AND NOT removed
        $$""",
    """CREATE OR REPLACE FUNCTION class_apply_event() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            pid integer;
            p jsonb := NEW.payload;
            answer answers;
        BEGIN
            SELECT id INTO pid FROM profiles WHERE uuid = NEW.profile_uuid;
            IF pid IS NULL THEN
                RAISE EXCEPTION 'no class profile %', NEW.profile_uuid;
            END IF;
            IF NEW.kind = 'profile_named' THEN
                UPDATE profiles SET name = left(p->>'name', 80) WHERE id = pid;
            ELSIF NEW.kind = 'attempt_started' THEN
                INSERT INTO banks (id, title, language, path, file_size, mtime_ns, file_hash,
                                   settings, authors, tags, hidden, pinned,
                                   imported_at, updated_at)
                VALUES (p->'bank'->>'id', p->'bank'->>'title', p->'bank'->>'language',
                        '', 0, 0, '', '{}', '[]', '[]', true, false,
                        NEW.received_at, NEW.received_at)
                ON CONFLICT (id) DO NOTHING;
                INSERT INTO attempts SELECT * FROM jsonb_populate_record(
                    NULL::attempts, jsonb_set(p->'attempt', '{profile_id}', to_jsonb(pid)))
                ON CONFLICT (id) DO NOTHING;
            ELSIF NEW.kind = 'answer_given' THEN
                PERFORM 1 FROM attempts
                    WHERE id = p->'answer'->>'attempt_id' AND profile_id = pid;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'answer % is not to an attempt of this profile',
                        p->'answer'->>'id';
                END IF;
                INSERT INTO question_versions
                    SELECT * FROM jsonb_populate_record(NULL::question_versions, p->'version')
                ON CONFLICT (content_hash) DO NOTHING;
                answer := jsonb_populate_record(NULL::answers, p->'answer');
                -- No answer is JSON null, which the record reads as SQL NULL: put it back.
                answer.response := coalesce(answer.response, 'null'::json);
                INSERT INTO answers SELECT (answer).* ON CONFLICT (id) DO NOTHING;
            ELSIF NEW.kind = 'flags_changed' THEN
                UPDATE attempts SET flagged = (p->'flagged')::json
                    WHERE id = p->>'attempt_id' AND profile_id = pid;
            ELSIF NEW.kind = 'attempt_finished' THEN
                UPDATE attempts SET status = p->>'status',
                                    finished_at = (p->>'finished_at')::timestamptz,
                                    end_reason = p->>'end_reason',
                                    current_question_id = NULL,
                                    current_shown_at = NULL
                    WHERE id = p->>'attempt_id' AND profile_id = pid AND status <> 'finished';
            ELSE
                RAISE EXCEPTION 'unknown event kind %', NEW.kind;
            END IF;
            RETURN NULL;
        END
        $$""",
    "DROP TRIGGER IF EXISTS class_apply_event ON class_events",
    """CREATE TRIGGER class_apply_event AFTER INSERT ON class_events
        FOR EACH ROW EXECUTE FUNCTION class_apply_event()""",
)

# The app's tables a student reads only rows of, and the condition for each.
_OWN_ROWS = {
    "profiles": "uuid = class_profile_uuid()",
    "attempts": "profile_id IN (SELECT id FROM profiles WHERE uuid = class_profile_uuid())",
    "answers": "attempt_id IN (SELECT id FROM attempts)",  # attempts' own policy applies
    "class_members": "role_name = current_user",
    "class_events": "role_name = current_user",
}
_SHARED_READ = (
    "banks",
    "questions",
    "question_versions",
    "class_info",
    "alembic_version",
    "class_banks",
    "class_bank_files",
)


def _class_security(roles: ClassRoles) -> Iterable[str]:
    students, teacher = _identifier(roles.students), _identifier(roles.teacher)
    yield "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"
    yield "REVOKE ALL ON FUNCTION class_profile_uuid() FROM PUBLIC"
    yield f"GRANT EXECUTE ON FUNCTION class_profile_uuid() TO {students}"
    yield f"GRANT USAGE ON SCHEMA public TO {students}, {teacher}"
    yield f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {teacher}"
    yield f"GRANT SELECT ON {', '.join(_SHARED_READ)} TO {students}"
    yield f"GRANT SELECT ON {', '.join(_OWN_ROWS)} TO {students}"
    yield f"GRANT INSERT (id, profile_uuid, kind, payload) ON class_events TO {students}"
    for table, condition in _OWN_ROWS.items():
        yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
        yield f"DROP POLICY IF EXISTS student_reads_own ON {table}"
        yield (
            f"CREATE POLICY student_reads_own ON {table} FOR SELECT TO {students} "
            f"USING ({condition})"
        )
        yield f"DROP POLICY IF EXISTS teacher_reads_all ON {table}"
        yield f"CREATE POLICY teacher_reads_all ON {table} FOR SELECT TO {teacher} USING (true)"
    yield "DROP POLICY IF EXISTS student_sends_own ON class_events"
    yield (
        f"CREATE POLICY student_sends_own ON class_events FOR INSERT TO {students} "
        "WITH CHECK (role_name = current_user AND profile_uuid = class_profile_uuid())"
    )


@dataclass(frozen=True)
class StudentAccount:
    role: str
    password: str
    profile_uuid: str


def add_student(
    connection: Connection, class_name: str, name: str, *, now: datetime, profile_uuid: str
) -> StudentAccount:
    """A login role for the student, a profile on the server, and the row that links them."""
    roles = ClassRoles(check_class_name(class_name))
    role = roles.student(name)
    member = _member(connection, role)
    if member is not None and not member["removed"]:
        raise ClassServerError(f"the class already has a student {name!r} (role {role})")
    password = new_password()
    _ensure_role(connection, role, login=True, password=password, member_of=roles.students)
    if member is not None:  # added again after being removed: the same profile, back
        connection.execute(
            text(
                "UPDATE class_members SET removed = false, display_name = :n WHERE role_name = :r"
            ),
            {"n": name, "r": role},
        )
        return StudentAccount(role, password, member["profile_uuid"])
    connection.execute(
        text(
            "INSERT INTO profiles (name, name_key, created_at, desired_retention, uuid) "
            "VALUES (:name, :key, :now, 0.9, :uuid)"
        ),
        {"name": name[:80], "key": role, "now": now, "uuid": profile_uuid},
    )
    connection.execute(
        text(
            "INSERT INTO class_members (role_name, display_name, profile_uuid) VALUES (:r, :n, :u)"
        ),
        {"r": role, "n": name, "u": profile_uuid},
    )
    return StudentAccount(role, password, profile_uuid)


def _member(connection: Connection, role: str) -> dict[str, Any] | None:
    row = (
        connection.execute(
            text("SELECT profile_uuid, removed FROM class_members WHERE role_name = :r"),
            {"r": role},
        )
        .mappings()
        .first()
    )
    return None if row is None else dict(row)


def remove_student(connection: Connection, class_name: str, name: str) -> str:
    """The student's role can no longer log in; what they sent stays for the teacher."""
    role = ClassRoles(check_class_name(class_name)).student(name)
    if _member(connection, role) is None:
        raise ClassServerError(f"the class has no student {name!r}")
    connection.execute(
        text("UPDATE class_members SET removed = true WHERE role_name = :r"), {"r": role}
    )
    if _role_exists(connection, role):
        _ddl(connection, f"ALTER ROLE {_identifier(role)} NOLOGIN")
    return role


def reset_student(connection: Connection, class_name: str, name: str) -> StudentAccount:
    """A new password for the student's role (the old join code stops working)."""
    role = ClassRoles(check_class_name(class_name)).student(name)
    member = _member(connection, role)
    if member is None or member["removed"]:
        raise ClassServerError(f"the class has no student {name!r}")
    password = new_password()
    _ensure_role(connection, role, login=True, password=password)
    return StudentAccount(role, password, member["profile_uuid"])


def drop_class_roles(connection: Connection, class_name: str) -> None:
    """Remove every role of the class (after its database is dropped)."""
    prefix = f"{check_class_name(class_name)}\\_%"
    roles = connection.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p ORDER BY rolname DESC"),
        {"p": prefix},
    ).scalars()
    for role in list(roles):
        _ddl(connection, f"DROP ROLE IF EXISTS {_identifier(role)}")


@dataclass(frozen=True)
class PublishedBank:
    """A bank file as the teacher published it, with the files it names (pictures, reading)."""

    bank_id: str
    title: str
    file_name: str
    file_hash: str
    content: bytes
    files: dict[str, bytes]


def publish_bank(connection: Connection, bank: PublishedBank, *, now: datetime) -> bool:
    """Put the bank on the server (replacing an older version); False when it was there as is."""
    current = connection.execute(
        text("SELECT file_hash FROM class_banks WHERE bank_id = :b"), {"b": bank.bank_id}
    ).scalar()
    if current == bank.file_hash:
        return False
    connection.execute(text("DELETE FROM class_banks WHERE bank_id = :b"), {"b": bank.bank_id})
    connection.execute(
        text(
            "INSERT INTO class_banks (bank_id, title, file_name, file_hash, content, published_at) "
            "VALUES (:b, :t, :f, :h, :c, :now)"
        ),
        {
            "b": bank.bank_id,
            "t": bank.title,
            "f": bank.file_name,
            "h": bank.file_hash,
            "c": bank.content,
            "now": now,
        },
    )
    if bank.files:
        connection.execute(
            text("INSERT INTO class_bank_files (bank_id, path, content) VALUES (:b, :p, :c)"),
            [{"b": bank.bank_id, "p": path, "c": data} for path, data in bank.files.items()],
        )
    return True


def unpublish_bank(connection: Connection, bank_id: str) -> bool:
    deleted = connection.execute(text("DELETE FROM class_banks WHERE bank_id = :b"), {"b": bank_id})
    return bool(deleted.rowcount)


def published_banks(connection: Connection, known: dict[str, str]) -> list[PublishedBank]:
    """Every published bank; the content only of those whose hash differs from ``known``'s."""
    banks = []
    rows = connection.execute(
        text("SELECT bank_id, title, file_name, file_hash FROM class_banks ORDER BY bank_id")
    )
    for bank_id, title, file_name, file_hash in list(rows):
        content, files = b"", {}
        if known.get(bank_id) != file_hash:
            content = bytes(
                connection.execute(
                    text("SELECT content FROM class_banks WHERE bank_id = :b"), {"b": bank_id}
                ).scalar_one()
            )
            files = {
                path: bytes(data)
                for path, data in connection.execute(
                    text("SELECT path, content FROM class_bank_files WHERE bank_id = :b"),
                    {"b": bank_id},
                )
            }
        banks.append(PublishedBank(bank_id, title, file_name, file_hash, content, files))
    return banks


# --- what a desktop does, as the student's role ------------------------------------------------


@dataclass(frozen=True)
class ClassIdentity:
    class_name: str
    profile_uuid: str | None  # None for the teacher, who has no profile in the class
    display_name: str
    teacher: bool = False


# One round trip: a desktop asks this before every sync, over a new connection.
_IDENTIFY = text(
    "SELECT (SELECT version_num FROM alembic_version) AS revision, "
    "i.class_name, i.schema_version, m.profile_uuid, m.display_name, current_user AS role "
    "FROM class_info AS i LEFT JOIN class_members AS m "
    "ON m.role_name = current_user AND NOT m.removed"
)


def identify(connection: Connection, schema_revision: str) -> ClassIdentity:
    """Who this connection is in the class (a student, or its teacher).

    ClassServerError when the server cannot be used: no class, another schema,
    a role that is neither a student nor the class's teacher.
    """
    try:
        found = connection.execute(_IDENTIFY).first()
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) in ("42P01", "42501"):  # no table, no right
            raise ClassServerError(
                "this server holds no QuizApp class that this role may use"
            ) from None
        raise
    if found is None:
        raise ClassServerError("this server holds no QuizApp class")
    if found.revision != schema_revision or found.schema_version != CLASS_SCHEMA_VERSION:
        remedy = (
            "ask the teacher to run 'quizapp class init' again"
            if _older(found.revision, schema_revision)
            else "update QuizApp on this computer"
        )
        raise ClassServerError(
            f"the class database is at schema {found.revision}/{found.schema_version}, this "
            f"QuizApp needs {schema_revision}/{CLASS_SCHEMA_VERSION}: {remedy}"
        )
    if found.profile_uuid is not None:
        return ClassIdentity(found.class_name, found.profile_uuid, found.display_name)
    if found.role == ClassRoles(found.class_name).teacher:
        return ClassIdentity(found.class_name, None, "teacher", teacher=True)
    raise ClassServerError("this role is not a student of the class, or was removed")


def _older(revision: str | None, schema_revision: str) -> bool:
    return revision is None or revision < schema_revision


@dataclass(frozen=True)
class EventToSend:
    id: str
    profile_uuid: str
    kind: str
    payload_json: str  # JSON text, as the outbox holds it


def send_events(connection: Connection, events: Sequence[EventToSend]) -> None:
    """Insert the events, each at most once ever; the caller commits (then marks them sent)."""
    connection.exec_driver_sql(
        "INSERT INTO class_events (id, profile_uuid, kind, payload) "
        "VALUES (%s::uuid, %s, %s, %s::jsonb) ON CONFLICT (id) DO NOTHING",
        [(event.id, event.profile_uuid, event.kind, event.payload_json) for event in events],
    )


def class_engine(url: str) -> Engine:
    """An engine for the class database that keeps no connection between uses.

    A desktop sends now and then; a pool would hold one of the server's
    connections (100 by default) for every desktop of the class all day.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(
        url,
        poolclass=NullPool,
        connect_args={"connect_timeout": 5, "application_name": "quizapp"},
    )
