"""Test configuration shared by every suite.

Qt runs offscreen so the tests need no screen; this is set here, before any
test module imports Qt, rather than by hand in a shell.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test read or write the developer's real preferences or data.
os.environ.pop("QUIZAPP_DATA_DIR", None)
os.environ.pop("QUIZAPP_DATABASE_URL", None)
