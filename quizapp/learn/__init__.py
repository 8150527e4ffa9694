"""Study modes, free of Qt and of the store: what goes here.

Spaced repetition (FSRS through the ``fsrs`` package: cards, ratings from
graded answers, due dates in the student's local days), practice and the
mistakes drill: the scheduling and selection rules as pure code over plain
values. The service layer keeps their state in the store.
"""
