"""``quizapp`` and ``python -m quizapp``: the command line, or the app with no subcommand."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.ui.app import WindowHook


def main(argv: list[str] | None = None, *, on_window: WindowHook | None = None) -> int:
    """Run a subcommand, or the app; ``on_window`` is handed to the app (see ``run_app``)."""
    from quizapp.cli import build_parser, run

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        return run(args)
    from quizapp.ui.app import run_app

    return run_app(
        sys.argv[:1], data_dir=args.data_dir, database=args.database, on_window=on_window
    )


if __name__ == "__main__":
    sys.exit(main())
