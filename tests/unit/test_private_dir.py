"""The data folder is made private, also when two launches make it at the same moment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quizapp.storage import make_private_dir


def test_a_folder_made_meanwhile_by_another_launch_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "data"
    real_mkdir = Path.mkdir

    def the_other_launch_first(self: Path, *args: Any, **kwargs: Any) -> None:
        if self == target:
            real_mkdir(self)  # the other QuizApp, between our check and our mkdir
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", the_other_launch_first)

    make_private_dir(target)  # no "is a file" error: the folder is there

    assert target.is_dir()


def test_a_file_where_the_folder_should_be_is_still_refused(tmp_path: Path) -> None:
    target = tmp_path / "data"
    target.write_text("not a folder", encoding="utf-8")
    with pytest.raises(FileExistsError):
        make_private_dir(target)
