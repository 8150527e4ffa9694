"""Floor for "library listed": the app's stack imported, a database opened, a window shown.

Run by ``benchmarks/startup.py`` as its own process, offscreen, with the path
of an SQLite file it has already created (a ``banks`` table of a few rows).
In one go, on the GUI thread: imports PySide6 QtWidgets, SQLModel,
SQLAlchemy, Alembic (unless ``--without-alembic``), PyYAML and Babel's
numbers; opens the file with an SQLAlchemy engine, reads the banks, lists
them in a QMainWindow and prints ``mark library-ready <ns>`` once that
window's first frame has been painted (the same probe code as the app).

    python benchmarks/_floor_stack.py DATABASE_FILE [--without-alembic]
"""

from __future__ import annotations

import importlib
import sys

# The stack, imported first and in full, as an app that needs it all before its window would.
import babel.numbers
import sqlalchemy
import sqlmodel
import yaml
from _marks import print_mark
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

from quizapp.ui.first_paint import on_first_paint

if "--without-alembic" not in sys.argv:
    importlib.import_module("alembic")

# Importing these is the floor's whole point; naming them keeps the imports from looking unused.
STACK = (babel.numbers, sqlmodel, yaml)


def read_banks(database: str) -> list[str]:
    engine = sqlalchemy.create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            rows = connection.execute(sqlalchemy.text("SELECT title FROM banks ORDER BY title"))
            return [str(title) for (title,) in rows]
    finally:
        engine.dispose()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    banks = QListWidget()
    banks.addItems(read_banks(sys.argv[1]))
    window.setCentralWidget(banks)
    window.resize(1000, 680)

    def painted() -> None:
        print_mark("first-paint")
        print_mark("library-ready")
        print(f"info library-rows {banks.count()}", flush=True)
        window.close()
        app.quit()

    on_first_paint(window, painted)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
