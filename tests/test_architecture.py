"""The layers hold for real: no import cycle, and a page that reaches for the store fails.

``test_quality.py`` runs import-linter over the code as it is; these tests
show the contracts would catch the mistakes they exist for, by linting a
scratch copy of the package with one bad import added, and look for import
cycles inside ``quizapp`` (imports under ``TYPE_CHECKING`` do not run, so they
do not count).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _cycles(imports: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in imports.get(module, ()):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return groups


def test_the_cycle_finder_finds_a_cycle() -> None:
    imports = {"a": ["b"], "b": ["c"], "c": ["a", "d"], "d": []}
    assert _cycles(imports) == [["a", "b", "c"]]


def test_no_import_cycle_inside_quizapp() -> None:
    graph = grimp.build_graph("quizapp", exclude_type_checking_imports=True)
    imports = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    assert _cycles(imports) == []


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package and its import-linter contracts, to spoil one import at a time."""
    folder = tmp_path_factory.mktemp("lint")
    shutil.copytree(ROOT / "quizapp", folder / "quizapp", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    return folder


def _lint_with(scratch: Path, module: str, line: str) -> subprocess.CompletedProcess[str]:
    path = scratch / module
    original = path.read_text(encoding="utf-8")
    path.write_text(original + f"\n{line}\n", encoding="utf-8")
    try:
        return subprocess.run(
            [str(LINT_IMPORTS), "--no-cache"],
            cwd=scratch,
            capture_output=True,
            text=True,
            check=False,
            env={"PYTHONPATH": str(scratch), "PATH": ""},
        )
    finally:
        path.write_text(original, encoding="utf-8")


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        (
            "quizapp/ui/pages/library_page.py",
            "from quizapp.store.tables import StoredBank  # noqa",
            "The UI and the command line reach the database only through the service layer",
        ),
        (
            "quizapp/cli/main.py",
            "from quizapp.store.db import session_scope  # noqa",
            "The UI and the command line reach the database only through the service layer",
        ),
        (
            "quizapp/quiz/session.py",
            "from quizapp.store.db import session_scope  # noqa",
            "Layers",
        ),
        (
            "quizapp/service/app.py",
            "from quizapp.ui.messages import log  # noqa",
            "Layers",
        ),
        (
            "quizapp/bank/grading.py",
            "from quizapp.stats.scoring import Score  # noqa",
            "Layers",
        ),
    ],
    ids=[
        "page-imports-store",
        "cli-imports-store",
        "quiz-imports-store",
        "service-imports-ui",
        "bank-imports-stats",
    ],
)
def test_a_forbidden_import_breaks_a_contract(
    scratch: Path, module: str, line: str, broken: str
) -> None:
    clean = _lint_with(scratch, "quizapp/__init__.py", "")
    assert clean.returncode == 0, clean.stdout + clean.stderr

    result = _lint_with(scratch, module, line)

    assert result.returncode != 0
    broken_lines = [text for text in result.stdout.splitlines() if text.endswith("BROKEN")]
    assert any(text.startswith(broken) for text in broken_lines), result.stdout
