"""The command line: ``quizapp COMMAND``; no command starts the desktop app.

``main.py`` builds the parser and dispatches; what commands share (exit codes,
terminal-safe printing, opening the service) is in ``common.py``.
"""

from quizapp.cli.common import EXIT_BROKEN_PIPE, terminal_text
from quizapp.cli.main import build_parser, run

__all__ = ["EXIT_BROKEN_PIPE", "build_parser", "run", "terminal_text"]
