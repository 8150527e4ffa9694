"""Test configuration shared by every suite.

Qt runs offscreen so the tests need no screen; this is set here, before any
test module imports Qt, rather than by hand in a shell.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test read or write the developer's real preferences or data.
os.environ.pop("QUIZAPP_DATA_DIR", None)
os.environ.pop("QUIZAPP_DATABASE_URL", None)

# CI runs the property tests with fixed seeds, so a red run is the code's, never the dice's
# (hypothesis's own database keeps what a local run found and replays it first).
from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
