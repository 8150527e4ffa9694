"""Write a new Alembic revision from the difference between tables.py and the schema.

    python scripts/new_migration.py "add a column for ..."

It upgrades a scratch SQLite database to the current head, then lets Alembic
compare it with ``quizapp/store/tables.py``; review the generated file in
``quizapp/store/migrations/versions/`` before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from quizapp.store.db import alembic_config, open_database, sqlite_url


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        url = sqlite_url(Path(scratch) / "scratch.db")
        open_database(url).dispose()
        command.revision(alembic_config(url), message=argv[0], autogenerate=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
