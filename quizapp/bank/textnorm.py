"""How typed and written text is compared (format ``quizapp/1``).

Two foldings, both from the spec: choice texts are compared after folding
white space only; short answers and cloze blanks after Unicode NFKC, case
folding (unless the question is case-sensitive), white-space folding and
trimming a final ``.``.
"""

from __future__ import annotations

import unicodedata


def fold_whitespace(text: str) -> str:
    """Runs of white space become one space; white space at the ends goes."""
    return " ".join(text.split())


def normalize_answer(text: str, *, case_sensitive: bool) -> str:
    """The spec's short_answer comparison form of ``text``.

    NFKC makes full-width letters and digits, ligatures and the like equal to
    their plain forms. Case folding is followed by NFKC again because folding
    can produce text that is no longer NFKC-normal (Unicode's NFKC_Casefold).
    """
    text = unicodedata.normalize("NFKC", text)
    if not case_sensitive:
        text = unicodedata.normalize("NFKC", text.casefold())
    text = fold_whitespace(text)
    if text.endswith("."):
        text = text[:-1].rstrip()
    return text
