"""``quizapp`` and ``python -m quizapp``: the command line, or the app with no subcommand."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from quizapp.cli import build_parser, run

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        return run(args)
    from quizapp.ui.app import run_app

    return run_app(sys.argv[:1], data_dir=args.data_dir, database=args.database)


if __name__ == "__main__":
    sys.exit(main())
