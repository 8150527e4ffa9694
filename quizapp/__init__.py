"""QuizApp: a desktop quiz and learning app."""

__version__ = "0.1.0"
APP_NAME = "quizapp"
