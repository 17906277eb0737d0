"""What QtCharts costs the app (issue 19 item 7): import time and the first chart shown, against the hand-painted
bars it replaced, each in a fresh interpreter; and the bytes of the Qt libraries it brings into the bundle.

    QT_QPA_PLATFORM=offscreen python bench/bench_charts.py [--runs 5]

Measured on the 2-core machines (PySide6 6.11): QtCharts import 3-10 ms; first chart shown and painted 70-80 ms,
the painted chart 65-100 ms; libraries 4.1 MB (libQt6Charts 2.3, QtCharts.abi3 1.0, libQt6OpenGL 0.7,
libQt6OpenGLWidgets 0.06) on a ~160 MB bundle.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import sys, time
t0 = time.perf_counter()
from PySide6 import QtCore, QtWidgets
t1 = time.perf_counter()
from PySide6 import QtCharts
t2 = time.perf_counter()
app = QtWidgets.QApplication([])
t3 = time.perf_counter()
chart = QtCharts.QChart(); bars = QtCharts.QStackedBarSeries()
for n in range(6):
    s = QtCharts.QBarSet(str(n)); s.append([float(i % 7) for i in range(12)]); bars.append(s)
chart.addSeries(bars)
axis = QtCharts.QBarCategoryAxis(); axis.append([f"{m:02d}/26" for m in range(1, 13)])
chart.addAxis(axis, QtCore.Qt.AlignmentFlag.AlignBottom); bars.attachAxis(axis)
view = QtCharts.QChartView(chart); view.resize(600, 400); view.show(); view.grab()
t4 = time.perf_counter()
print(f"{t2 - t1:.4f} {t4 - t3:.4f}")
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    imports, firsts = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    print(f"QtCharts import: median {statistics.median(imports) * 1000:.1f} ms over {runs} runs")
    print(f"first chart shown and painted: median {statistics.median(firsts) * 1000:.1f} ms")
    import PySide6

    root = Path(PySide6.__file__).parent
    files = [*root.glob("QtCharts*.so"), *root.glob("Qt/lib/libQt6Charts.so*"), *root.glob("Qt/lib/libQt6OpenGL.so*"),
             *root.glob("Qt/lib/libQt6OpenGLWidgets.so*")]
    total = 0
    for f in sorted(set(files)):
        if not f.is_symlink():
            total += f.stat().st_size
            print(f"  {f.name}: {f.stat().st_size / 1e6:.2f} MB")
    print(f"bundle cost: {total / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
