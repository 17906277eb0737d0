"""The one door to Qt (style.md §2): every widget module imports Qt names from here.

Keeping the imports in one place keeps them short, lets us check the minimum PySide6 version once,
and shows at a glance which parts of Qt the app uses (the PyInstaller spec excludes the rest).
"""

from __future__ import annotations

import importlib

import PySide6

# Which Qt module each name comes from. Names resolve on first use (PEP 562): resolving all of them at
# once costs ~40 ms of start-up that a bare window does not pay (issue 7's start-up target).
_NAMES = {
    "PySide6.QtCore": (
    "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QAbstractTableModel", "QByteArray", "QCoreApplication", "QDate", "QEvent", "QEventLoop", "QLibraryInfo",
    "QLocale", "QModelIndex", "QModelRoleDataSpan", "QObject", "QPersistentModelIndex", "QPointF", "QRectF", "QSettings", "QSize", "Qt",
    "QThread", "QTimer", "QTranslator", "Signal", "Slot", "QStorageInfo", "QUrl", "QBuffer", "QStandardPaths",
    ),
    "PySide6.QtGui": (
    "QAction", "QBrush", "QColor", "QDoubleValidator", "QFont", "QFontDatabase", "QFontMetrics", "QIcon",
    "QIntValidator", "QKeySequence", "QPainter", "QPalette", "QPen", "QPixmap", "QShortcut", "QStandardItem",
    "QStandardItemModel", "QDesktopServices", "QImage", "QPageLayout", "QCursor",
    ),
    "PySide6.QtCharts": (
    "QBarCategoryAxis", "QBarSeries", "QBarSet", "QCategoryAxis", "QChart", "QChartView", "QHorizontalBarSeries",
    "QHorizontalStackedBarSeries", "QStackedBarSeries",
    ),
    "PySide6.QtPdf": ("QPdfDocument",),
    "PySide6.QtPdfWidgets": ("QPdfView",),
    "PySide6.QtPrintSupport": ("QPrintDialog", "QPrinter"),
    "PySide6.QtWidgets": (
    "QAbstractItemView", "QApplication", "QCheckBox", "QComboBox", "QDialog", "QDialogButtonBox",
    "QDoubleSpinBox", "QFormLayout", "QFrame", "QGridLayout", "QGroupBox", "QHBoxLayout", "QHeaderView", "QLabel",
    "QLineEdit", "QListWidget", "QListWidgetItem", "QMainWindow", "QMessageBox", "QPlainTextEdit", "QProgressDialog",
    "QPushButton", "QScrollArea", "QSizePolicy", "QSpinBox", "QSplitter", "QStackedWidget", "QStatusBar",
    "QTableView", "QTableWidget", "QTableWidgetItem", "QTabWidget", "QToolButton", "QVBoxLayout", "QWidget",
    "QFileDialog", "QTextBrowser", "QInputDialog", "QToolTip", "QCalendarWidget", "QMenu", "QStyledItemDelegate",
    ),
}
_MODULE_OF = {name: module for module, names in _NAMES.items() for name in names}


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'ui.qt' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


MIN_PYSIDE6 = (6, 7)


def version_tuple(text: str) -> tuple[int, ...]:
    """'6.12.0' -> (6, 12, 0); ignores anything after the numbers ('6.8.0.1rc' -> (6, 8, 0))."""
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def check_version(found: str = PySide6.__version__) -> None:
    """Refuse to run on a PySide6 older than the oldest we test (pyproject pins the same floor)."""
    if version_tuple(found) < MIN_PYSIDE6:
        raise RuntimeError(
            f"PySide6 {found} is too old; ANTT Logbook needs {'.'.join(map(str, MIN_PYSIDE6))} or newer."
        )


check_version()

__all__ = sorted(_MODULE_OF)
