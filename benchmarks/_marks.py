"""The lines start-up processes print for ``benchmarks/startup.py``; no Qt, no QuizApp.

``mark <name> <ns>`` where ``<ns>`` is ``time.monotonic_ns()`` (CLOCK_MONOTONIC
on Linux: one clock for every process, so the benchmark subtracts the instant
it spawned the process), and ``info <name> <value>``.
"""

from __future__ import annotations

import sys
import time


def print_mark(name: str) -> None:
    """``mark <name> <monotonic ns>``, flushed at once."""
    say(f"mark {name} {time.monotonic_ns()}")


def say(line: str) -> None:
    # Standard output is the probe's channel by design (the benchmark reads it).
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
