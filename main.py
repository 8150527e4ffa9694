"""Start QuizApp from a source checkout: ``python main.py`` (the same as ``quizapp``)."""

import sys

from quizapp.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
