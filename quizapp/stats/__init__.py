"""Numbers about answers, free of Qt and of the store.

:mod:`quizapp.stats.scoring` is the one place that turns points into a
percent and a pass or fail, and that says how scores are written. Item
statistics of a bank (facility, discrimination, reliability) go here too:
pure functions over answer rows, which the service layer reads from the store.
"""
