"""What a real `antt` start loads before its first window paints (issue 17 item 4): counted by module, never
by the clock (bench/bench_startup.py times the same starts).

A wrapper runs `antt` (no command, as the desktop icon does) and, when the start-up probe sees the first paint,
writes the modules loaded so far and whether PySide6 has built its `Qt` namespace: PySide6 builds all of its
90-odd enums at the first use of `Qt` (15-60 ms on the project's machines), so the first window must not
touch it, even through an overload that merely accepts a `Qt` enum.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.domain import setup
from app.security import accounts
from app.store.db import open_store
from ui.probe import SHOWN_MARK

WRAPPER = """
import json, sys
out = sys.argv.pop(1)
from ui import probe
watch = probe.watch
def spy(widget, then):
    def at_paint():
        from PySide6 import QtCore
        with open(out, "w") as fh:
            label = getattr(widget, "user_label", None)
            json.dump({"qt_namespace": "Qt" in QtCore.__dict__, "modules": sorted(sys.modules),
                       "window": type(widget).__name__, "account_line": label.text() if label else None}, fh)
        then()
    watch(widget, at_paint)
probe.watch = spy
from app.cli import main
sys.exit(main([]))
"""

# Needed only once an officer has signed in, or only by pages and background work.
AFTER_LOGIN = ("argon2", "app.security.accounts", "app.security.audit", "ui.main_window", "ui.pages",
               "ui.context", "ui.tasks")
# What the store needs only for a backup, a migration, a new store or a version's data: not for opening it.
NOT_FOR_OPENING_THE_STORE = ("app.store.copies", "app.store.anchor_file", "hashlib", "uuid", "orjson")
AFTER_MAIN_WINDOW = ("ui.tasks", "ui.table_model", "ui.widgets", "ui.charts", "ui.pages.dashboard", "app.store.paging",
                     "app.security.daily_backup", "app.security.backups", "cryptography", "app.domain.units",
                     "app.domain.surrenders", "app.reports")


@pytest.fixture
def store_with_accounts(tmp_path):
    path = tmp_path / "antt.sqlite"
    s = open_store(path)
    setup.initialise(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     place="Lạng Sơn", officer="Nguyễn Văn An")
    accounts.create_first_administrator(s, "quantri", "mat-khau-quan-tri", "Lê Quản Trị")
    s.close()
    return path


def first_paint(tmp_path, db, **env_extra) -> tuple[dict, subprocess.CompletedProcess]:
    script, out = tmp_path / "wrapper.py", tmp_path / "at_paint.json"
    script.write_text(WRAPPER, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANTT_DB=str(db), **env_extra)
    for name in ("ANTT_USER", "ANTT_PASSWORD"):
        if name not in env_extra:
            env.pop(name, None)
    done = subprocess.run([sys.executable, str(script), str(out)], env=env, capture_output=True, text=True,
                          timeout=120)
    return json.loads(out.read_text(encoding="utf-8")), done


def loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_the_login_dialog_paints_before_the_password_machinery_and_qts_namespace(tmp_path, store_with_accounts):
    seen, done = first_paint(tmp_path, store_with_accounts, ANTT_QUIT_WHEN_SHOWN="login")
    assert seen["window"] == "LoginDialog"
    assert done.stdout.splitlines() == [SHOWN_MARK]
    assert seen["qt_namespace"] is False
    assert loaded(seen["modules"], AFTER_LOGIN + AFTER_MAIN_WINDOW + NOT_FOR_OPENING_THE_STORE) == []
    assert "app.store.db" in seen["modules"]  # the wrapper saw the real start: the store is open by then


def test_the_main_window_paints_before_its_page_and_the_daily_backup(tmp_path, store_with_accounts):
    seen, done = first_paint(tmp_path, store_with_accounts, ANTT_QUIT_WHEN_SHOWN="1", ANTT_USER="quantri",
                             ANTT_PASSWORD="mat-khau-quan-tri")
    assert seen["window"] == "MainWindow"
    assert done.stdout.splitlines() == [SHOWN_MARK] and done.returncode == 0
    assert seen["qt_namespace"] is False
    assert loaded(seen["modules"], AFTER_MAIN_WINDOW) == []
    assert "app.security.accounts" in seen["modules"]  # signed in through the core before the window
    assert seen["account_line"] == ""  # who is signed in is said right after the frame paints (test_ui_accounts)


def test_a_probed_start_notes_its_own_password_check_for_the_bench(tmp_path, store_with_accounts):
    """bench/bench_startup.py takes each start's own sign-in off its time: the probe writes it at the mark."""
    notes = tmp_path / "notes.json"
    seen, done = first_paint(tmp_path, store_with_accounts, ANTT_QUIT_WHEN_SHOWN="1", ANTT_USER="quantri",
                             ANTT_PASSWORD="mat-khau-quan-tri", ANTT_PROBE_NOTES=str(notes))
    assert seen["window"] == "MainWindow" and done.returncode == 0
    written = json.loads(notes.read_text(encoding="utf-8"))
    assert list(written) == ["sign_in_s", "sign_in_cpu_s", "cpu_to_paint_s"] and written["sign_in_s"] > 0
    assert 0 < written["sign_in_cpu_s"] < written["cpu_to_paint_s"]  # the check is part of the start's CPU time
    notes.unlink()
    seen, done = first_paint(tmp_path, store_with_accounts, ANTT_QUIT_WHEN_SHOWN="login", ANTT_PROBE_NOTES=str(notes))
    assert seen["window"] == "LoginDialog"
    written = json.loads(notes.read_text(encoding="utf-8"))
    assert list(written) == ["cpu_to_paint_s"] and written["cpu_to_paint_s"] > 0  # no one signed in before the login
