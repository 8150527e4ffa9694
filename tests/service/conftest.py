"""The service layer is tested over a real migrated SQLite store, as the store is."""

from tests.store.conftest import clock, db_path, engine, library, migrated_database, session

__all__ = ["clock", "db_path", "engine", "library", "migrated_database", "session"]
