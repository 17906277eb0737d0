"""Every page, on a demo store, in Vietnamese and in English: what the officer reads is in their language and
readable. Catches the usual regressions: a new header or button left out of self.tr() (or its translation),
Vietnamese words in the English interface, raw ISO dates (2026-03-01) and bare unit codes in a table cell."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from app.domain import demo
from app.paths import resource
from app.store.db import open_store
from ui import tasks
from ui.app import Shell, create_application
from ui.pages import PAGES
from ui.qt import QAbstractItemView, QApplication, QGroupBox, QLabel, QModelIndex, QPushButton, Qt, QTabWidget

from .conftest import add_accounts, first_run, sign_in

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
UNIT_CODE = re.compile(r"(CAX|DBP|CAT|BP)-[A-Z0-9]+")
VIETNAMESE_ONLY = set("àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ")


def untranslated_sources() -> set[str]:
    """English source strings whose Vietnamese differs: seeing one of them in the Vietnamese UI is a miss."""
    out = set()
    for message in ET.parse(resource("translations", "antt_vi.ts")).iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if translation and translation != source and re.search("[A-Za-z]{3}", source):
            out.add(source.replace("&", ""))
    return out


@pytest.fixture
def demo_store(tmp_path, qapp):
    """A province's store from the real first-run dialog (accounts on), the demo's records loaded by its
    administrator, then its commander signed in through the login dialog (the commander sees every page)."""
    store = open_store(tmp_path / "antt.sqlite")
    first_run(store, dict(unit_code="CAT-LS", unit_name="Công an tỉnh Lạng Sơn", kind="provincial_police",
                          place="Lạng Sơn", officer="Đại úy Hà Văn Tỉnh"))
    add_accounts(store)
    demo.generate(store, units=3, months=3, seed=3)
    sign_in(store, "commander")
    yield store
    store.close()


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: not any(t.is_running for t in list(tasks._running)), timeout=20000)
    for _ in range(3):
        QApplication.processEvents()


def what_the_page_shows(page) -> tuple[list[str], list[str]]:
    """(interface words: headers, buttons, tabs, group titles; every table cell shown, first 40 rows)."""
    words, cells = [], []
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list's model (combo boxes, list widgets): one column, no header
            columns = 0
        rows = model.rowCount(root)
        for c in range(columns):
            words.append(str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))
        for r in range(min(rows, 40)):
            for c in range(max(columns, 1)):
                cells.append(str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or ""))
    words += [b.text().replace("&", "") for b in page.findChildren(QPushButton)]
    words += [g.title() for g in page.findChildren(QGroupBox)]
    for bar in page.findChildren(QTabWidget):
        words += [bar.tabText(i).replace("&", "") for i in range(bar.count())]
    return [w for w in words if w], cells


def unit_cells(page) -> list[str]:
    """The cells of every "Unit" column (first 40 rows): a province's tables name the unit, not its code."""
    out = []
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        try:
            columns = model.columnCount(QModelIndex()) if model is not None else 0
        except TypeError:
            continue
        for c in range(columns):
            if model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) in ("Đơn vị", "Unit"):
                out += [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "")
                        for r in range(min(model.rowCount(QModelIndex()), 40))]
    return out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_reads_in_its_language(qtbot, demo_store, lang, monkeypatch):
    """Also: every store a page opens for background work (totals, lists, previews) acts as the commander signed
    in on the GUI's store, never as nobody (issue 15)."""
    from app.store import db

    opened = []
    real_open = db.open_store

    def open_and_note(*args, **kwargs):
        store = real_open(*args, **kwargs)
        opened.append(store)
        return store

    monkeypatch.setattr(db, "open_store", open_and_note)
    create_application()
    shell = Shell(demo_store, lang)
    qtbot.addWidget(shell.window)
    english = untranslated_sources()
    problems = []
    for spec in PAGES:
        page = shell.window.show_page(spec.key)
        settle(qtbot)
        words, cells = what_the_page_shows(page)
        if lang == "vi":
            labels = [label.text() for label in page.findChildren(QLabel) if label.text()]
            problems += [(spec.key, "English", w) for w in words + labels if w in english]
        else:
            problems += [(spec.key, "Vietnamese", w) for w in words if set(w.lower()) & VIETNAMESE_ONLY
                         and not _data_word(w)]
        problems += [(spec.key, "ISO date", c) for c in cells if ISO_DATE.search(c)]
        problems += [(spec.key, "unit code", c) for c in unit_cells(page) if UNIT_CODE.fullmatch(c)]
    settle(qtbot)
    assert problems == []
    assert len(opened) >= 2  # the receipts' totals, the sync page's state (once each: none read twice as a page opens)
    assert [s.session.username if s.session else None for s in opened] == ["chihuy"] * len(opened)


def _data_word(text: str) -> bool:
    """A header or tab that carries data (a unit's name in a combo's list) is not interface text."""
    return text.startswith(("Công an", "Đồn Biên phòng", "Bộ Chỉ huy"))
