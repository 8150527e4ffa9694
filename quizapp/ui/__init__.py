"""The desktop app (PySide6). Everything Qt lives under this package.

:func:`quizapp.ui.main_window.create_main_window` builds the main window;
:func:`quizapp.ui.app.run_app` runs the whole app.
"""
