"""Writing a new bank never replaces a file, with or without hard links."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.service.new_bank import BankFileExistsError, create_bank_file


def _no_hard_links(source: object, target: object) -> None:
    raise PermissionError(1, "Operation not permitted")


def test_without_hard_links_the_bank_is_still_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "link", _no_hard_links)
    path = create_bank_file(tmp_path / "usb.yaml", "usb", "en")
    assert load_bank(path).bank is not None
    assert os.listdir(tmp_path) == ["usb.yaml"]


def test_without_hard_links_an_existing_file_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "link", _no_hard_links)
    (tmp_path / "usb.yaml").write_text("mine\n", encoding="utf-8")
    with pytest.raises(BankFileExistsError):
        create_bank_file(tmp_path / "usb.yaml", "usb", "en")
    assert (tmp_path / "usb.yaml").read_text(encoding="utf-8") == "mine\n"
    assert os.listdir(tmp_path) == ["usb.yaml"]


def test_a_file_that_appears_while_writing_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "race.yaml"
    real_link = os.link

    def someone_else_first(source: str, destination: str) -> None:
        target.write_text("theirs\n", encoding="utf-8")
        real_link(source, destination)

    monkeypatch.setattr(os, "link", someone_else_first)
    with pytest.raises(BankFileExistsError):
        create_bank_file(target, "race", "en")
    assert target.read_text(encoding="utf-8") == "theirs\n"
    assert os.listdir(tmp_path) == ["race.yaml"]
