"""Alembic migrations of the store (run by :func:`quizapp.store.db.open_database`)."""
