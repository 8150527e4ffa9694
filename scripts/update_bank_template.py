"""Write the template ``quizapp new`` uses, and the JSON Schema the package ships.

    .venv/bin/python scripts/update_bank_template.py

Run it after changing docs/examples/ or the format's schema; tests/unit/test_template.py
fails until the files in quizapp/bank/ match.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.template import BODY_FILE, SCHEMA_FILE, body_from_examples, schema_text

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    BODY_FILE.write_text(body_from_examples(ROOT / "docs" / "examples"), encoding="utf-8")
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {BODY_FILE.relative_to(ROOT)} and {SCHEMA_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
