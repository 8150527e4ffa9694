"""The system clock's monotonic reading keeps counting through a suspend."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from quizapp.quiz.clock import FakeClock, SystemClock


def test_the_system_clock_counts_through_a_suspend(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []

    def clock_gettime(clock_id: int) -> float:
        asked.append(clock_id)
        return 123.5

    monkeypatch.setattr(time, "CLOCK_BOOTTIME", 7, raising=False)
    monkeypatch.setattr(time, "clock_gettime", clock_gettime, raising=False)

    assert SystemClock().monotonic() == 123.5
    assert asked == [7]  # CLOCK_BOOTTIME, not CLOCK_MONOTONIC (which stops while suspended)


def test_without_a_boot_time_clock_it_falls_back_to_monotonic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(time, "CLOCK_BOOTTIME", raising=False)
    monkeypatch.setattr(time, "monotonic", lambda: 42.0)

    assert SystemClock().monotonic() == 42.0


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="CLOCK_BOOTTIME is Linux-only")
def test_on_linux_the_reading_is_the_boot_time_clock() -> None:
    before = time.clock_gettime(time.CLOCK_BOOTTIME)
    reading = SystemClock().monotonic()
    after = time.clock_gettime(time.CLOCK_BOOTTIME)

    assert before <= reading <= after


def test_setting_the_fake_wall_clock_leaves_monotonic_time_alone() -> None:
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    clock = FakeClock(start, monotonic_start=5.0)

    clock.set_wall(start - timedelta(days=1))

    assert clock.now() == start - timedelta(days=1)
    assert clock.monotonic() == 5.0
