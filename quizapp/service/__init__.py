"""The use cases, free of Qt: what a student and a teacher do with QuizApp.

Profiles, the library with each bank's attempts left and scores, starting,
resuming, answering and finishing an attempt, and history are written once
here, over the store, and shared by the command line (``quizapp.cli``) and the
desktop app (``quizapp.ui``), which never import the store themselves. Each
use case takes plain values and returns this package's own plain result types
(:mod:`quizapp.service.types`); the UI builds its rows from them, never the
reverse. Later capabilities (history pages, statistics, study modes,
authoring, class sync) add their use cases here.

Entry point: :class:`quizapp.service.app.QuizService`. :mod:`quizapp.service.types`
and :mod:`quizapp.service.errors` import no database code, so the UI may name
them before the store is loaded.
"""
