"""What the parts of the Đồng bộ page share: names of import outcomes and document types, how times,
sizes and fingerprints look, and a small runner for the page's writes (each on a worker, with progress)."""

from __future__ import annotations

import datetime as dt

from app import formatting
from app.domain import readable
from ui.display import format_number
from ui.i18n import current_language
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QFont, QLabel, Qt

CONTEXT = "Sync"

# the preview's and the receipt's outcome counts, in the order the core counts them
OUTCOMES = (
    ("new", QT_TRANSLATE_NOOP("Sync", "New")),
    ("updated", QT_TRANSLATE_NOOP("Sync", "Updated")),
    ("conflicting", QT_TRANSLATE_NOOP("Sync", "Conflicting")),
    ("already", QT_TRANSLATE_NOOP("Sync", "Already here")),
    ("unreadable", QT_TRANSLATE_NOOP("Sync", "Kept, not shown yet")),
    ("waiting", QT_TRANSLATE_NOOP("Sync", "Waiting for a reference")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def doc_type_name(doc_type: str) -> str:
    """A kind of document in the app's language (the core's names: app.domain.readable)."""
    return readable.doc_type_name(doc_type, current_language())


def format_stamp(stamp: str | None, lang: str = "vi") -> str:
    """'2026-03-01T08:05:00+0700' -> '01/03/2026 08:05'; other text as it is (app.formatting.format_stamp)."""
    return formatting.format_stamp(stamp)


def claimed_day(stamp: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((stamp or "")[:10])
    except ValueError:
        return None


def format_bytes(size: int, lang: str = "vi") -> str:
    """1536 -> '1,5 KB'; sizes in powers of 1024 with one decimal, the Vietnamese way in Vietnamese."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{format_number(round(value, 1) if unit != 'B' else int(value), lang)} {unit}"
        value /= 1024
    return str(size)


def fingerprint_label(fingerprint: str = "", point_size: int = 22) -> QLabel:
    """A fingerprint in large monospaced type, groups spaced apart, selectable: read aloud over the phone."""
    label = QLabel()
    font = QFont("Liberation Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("fingerprint")
    set_fingerprint(label, fingerprint)
    return label


def set_fingerprint(label: QLabel, fingerprint: str) -> None:
    """Three groups a line, two lines: how two officers read 30 digits to each other."""
    groups = fingerprint.split()
    label.setText("\n".join("   ".join(groups[i : i + 3]) for i in range(0, len(groups), 3)))
    label.setProperty("digits", "".join(groups))


def sentence_label(error: bool = False) -> QLabel:
    """A line that says what happened (or why not) in one sentence."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_sentence(label, "", error)
    return label


def set_sentence(label: QLabel, text: str, error: bool = False) -> None:
    label.setText(text)
    label.setStyleSheet("color: #b00020; font-weight: bold;" if error else "color: #1b5e20;")
    label.setProperty("error", error)
    label.setVisible(bool(text))
