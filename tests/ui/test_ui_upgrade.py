"""Opening a store of an older schema in the app (issue 17: minutes on a national store, and the window just did
not appear): the real start path upgrades it on a worker behind a modal progress dialog that says each phase in
the core's sentence, offers Cancel only while the backup is being taken, then opens the window; a Cancel during
the backup ends the app with the store as it was and no copy left behind."""

from __future__ import annotations

import shutil
import sqlite3
import threading

import pytest

from app import collation
from app.store import migrations, schema
from tests.core.test_core_packing import PACKED_STEP, independent_unpack
from tests.schema_steps import take_back
from tests.ui.conftest import ACCOUNTS
from ui.app import start
from ui.qt import QApplication, QPushButton
from ui.upgrade_dialog import UpgradeDialog


@pytest.fixture
def step_8_store(tmp_path, first_run_store_file):
    """The laptop's store of the first run, as schema step 8 kept it: its tables, versions' data as JSON text."""
    path = tmp_path / "antt.sqlite"
    shutil.copyfile(first_run_store_file, path)
    take_back(path, PACKED_STEP - 1)  # the tables as step 8 had them (tests/schema_steps.py)
    conn = sqlite3.connect(path)
    collation.register(conn)
    plain = [(independent_unpack(data).decode(), vid) for vid, data in conn.execute("SELECT vid, data FROM versions")]
    conn.executemany("UPDATE versions SET data = ? WHERE vid = ?", plain)
    conn.execute(f"PRAGMA user_version = {PACKED_STEP - 1}")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def watched(monkeypatch):
    """What the dialog showed at each stage, in the order shown: (phase, its sentence, shown and modal, the buttons
    it offered)."""
    seen = []
    real = UpgradeDialog.display

    def watch(dialog, stage):
        real(dialog, stage)
        buttons = [b.text() for b in dialog.findChildren(QPushButton) if not b.isHidden()]
        seen.append((stage.phase, dialog.labelText(), dialog.isVisible() and dialog.isModal(), buttons))
        for hook in watch.hooks:
            hook(dialog, stage)

    watch.hooks = []
    monkeypatch.setattr(UpgradeDialog, "display", watch)
    return seen, watch.hooks


def version_of(path) -> int:
    return sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]


def test_ui_a_step_8_store_is_upgraded_behind_a_progress_dialog_then_the_window_opens(qtbot, step_8_store, watched,
                                                                                      monkeypatch):
    seen, _ = watched
    username, password, _name = ACCOUNTS["officer"]
    monkeypatch.setenv("ANTT_USER", username)
    monkeypatch.setenv("ANTT_PASSWORD", password)
    shell = start(step_8_store, None)  # the language the store was set up with: Vietnamese
    assert shell is not None
    qtbot.addWidget(shell.window)
    try:
        assert shell.window.isVisible()
        assert version_of(step_8_store) == schema.SCHEMA_VERSION
        copy = next((step_8_store.parent / "backups").glob(f"before-migration-{PACKED_STEP}-*.sqlite"))
        last = schema.SCHEMA_VERSION
        phases = [phase for phase, *_ in seen]
        assert phases[0] == "backup" and "step" in phases and phases[-1] == "vacuum", phases
        assert all(shown for _p, _t, shown, _b in seen)  # every stage on a visible modal dialog
        assert seen[0][1] == (f"Đang sao lưu kho dữ liệu trước khi nâng cấp lên phiên bản mới (bước {PACKED_STEP}/"
                              f"{last}); có thể dừng cho đến khi sao lưu xong.")
        assert {tuple(b) for p, _t, _s, b in seen if p == "backup"} == {("Hủy",)}  # Cancel while copying
        upgrading = (f"Đang nâng cấp kho dữ liệu lên phiên bản mới (bước {PACKED_STEP}/{last}): đã sao lưu vào {copy};"
                     " không được tắt máy.")
        assert upgrading in [text for _p, text, _s, _b in seen]
        assert all(b == [] for p, _t, _s, b in seen if p != "backup")  # no Cancel once the file is rewritten
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeDialog) and w.isVisible()]
    finally:
        shell.wait_backup()
        shell.window.close()
        shell.store.close()


def test_ui_cancel_during_the_backup_ends_the_app_with_the_store_as_it_was(qtbot, step_8_store, watched,
                                                                           monkeypatch):
    seen, hooks = watched
    before = sqlite3.connect(step_8_store).execute("SELECT vid, data FROM versions ORDER BY vid").fetchall()
    pressed = threading.Event()
    real_backup = migrations.automatic_backup

    def backup_after_the_click(store, kind, *, progress=None, **kw):
        def gated(*args):
            pressed.wait(10)  # the copy goes on only once the officer pressed Cancel: the stop lands mid-copy
            progress(*args)
        return real_backup(store, kind, progress=gated, **kw)

    monkeypatch.setattr(migrations, "BACKUP_PAGES", 1)
    monkeypatch.setattr(migrations, "automatic_backup", backup_after_the_click)

    def press_cancel(dialog, stage):
        if stage.phase == "backup" and not pressed.is_set():
            dialog.findChild(QPushButton).click()
            pressed.set()

    hooks.append(press_cancel)
    assert start(step_8_store, "vi") is None
    assert pressed.is_set() and [p for p, *_ in seen] == ["backup"]
    assert version_of(step_8_store) == PACKED_STEP - 1
    assert sqlite3.connect(step_8_store).execute("SELECT vid, data FROM versions ORDER BY vid").fetchall() == before
    assert list((step_8_store.parent / "backups").glob("*")) == []  # no copy, no .partial
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
