"""Other tools' formats, free of Qt and of the store: what goes here.

Converters between a bank (:mod:`quizapp.bank`) and Moodle's GIFT, Aiken
and Moodle XML, and Anki's .apkg: each reads or writes files and bank models
only, and reports problems with their line and column as the validator does.
Importing another format means converting it into a ``.yaml`` bank; other
formats are never loaded as banks.
"""
