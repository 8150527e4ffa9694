"""The project installs as a normal package: a wheel carries the shipped banks and icons."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOT_SOURCES = (".*", "build", "dist", "*.egg-info", "__pycache__")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def _package_folders() -> set[str]:
    """Every folder of the ``quizapp`` package that holds Python code or catalogues."""
    found = set()
    for path in (ROOT / "quizapp").rglob("*"):
        if path.suffix in {".py", ".qm"} and "__pycache__" not in path.parts:
            found.add(".".join(path.parent.relative_to(ROOT).parts))
    return found


def test_every_package_folder_is_listed_for_the_wheel() -> None:
    assert _package_folders() <= set(SETUPTOOLS["packages"])


def test_the_shipped_folders_are_mapped_into_the_package() -> None:
    mapped = SETUPTOOLS["package-dir"]
    assert mapped == {"quizapp.shipped.questions": "questions", "quizapp.shipped.assets": "assets"}
    for source in mapped.values():
        for folder in [ROOT / source, *(p for p in (ROOT / source).rglob("*") if p.is_dir())]:
            package = "quizapp.shipped." + ".".join(folder.relative_to(ROOT).parts)
            assert package in SETUPTOOLS["packages"], f"{folder} would be left out of the wheel"


@pytest.mark.slow
def test_an_installed_wheel_finds_its_shipped_banks_and_icons(tmp_path: Path) -> None:
    # Built from a copy: setuptools writes build/ and *.egg-info/ beside the sources.
    source, wheels, target = tmp_path / "source", tmp_path / "wheels", tmp_path / "site"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCES))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("quizapp-*.whl")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), wheel],
        check=True,
        capture_output=True,
    )
    report = (
        "from quizapp.paths import assets_dir, shipped_questions_dir\n"
        "print(shipped_questions_dir())\n"
        "print(assets_dir())\n"
    )
    # The install first on the path, run away from the checkout: the wheel's own files.
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r})\n{report}"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    questions, assets = (Path(line) for line in result.stdout.splitlines())
    assert questions == target / "quizapp" / "shipped" / "questions"
    assert {p.name for p in questions.glob("*.yaml")} == {
        p.name for p in (ROOT / "questions").glob("*.yaml")
    }
    assert (questions / "images").is_dir()
    assert (assets / "quizapp.svg").is_file()
    assert (target / "quizapp" / "i18n" / "quizapp_id.qm").is_file()
