"""Floor for "first paint": a bare PySide6 window showing a QtCharts view.

Run by ``benchmarks/startup.py`` as its own process, offscreen. Imports
QtWidgets and QtCharts, shows a QMainWindow whose central widget is a
QChartView of a small line series, prints ``mark first-paint <ns>`` when the
first frame has been painted (the same probe code as the app) and exits.
"""

from __future__ import annotations

import sys

from _marks import print_mark
from PySide6.QtCharts import QChart, QChartView, QLineSeries
from PySide6.QtWidgets import QApplication, QMainWindow

from quizapp.ui.first_paint import on_first_paint


def build_window() -> QMainWindow:
    series = QLineSeries()
    for x, y in enumerate((3, 5, 4, 7, 6, 9, 8)):
        series.append(x, y)
    chart = QChart()
    chart.addSeries(series)
    chart.createDefaultAxes()
    chart.setTitle("floor")
    window = QMainWindow()
    window.setCentralWidget(QChartView(chart))
    window.resize(1000, 680)
    return window


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = build_window()

    def painted() -> None:
        print_mark("first-paint")
        window.close()
        app.quit()

    on_first_paint(window, painted)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
