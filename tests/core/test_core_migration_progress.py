"""Opening a store of an older schema says what the upgrade does (issue 17: minutes on a national store, and the
app showed nothing): each phase - the backup, every step, the VACUUM - reports to a callback, a step that
reports nothing itself is still announced, a row-by-row step reports rows and gives the same bytes as the
whole statement, and a stop during the backup leaves the store untouched with no copy behind."""

from __future__ import annotations

import sqlite3

import pytest

from app.store import migrations, schema
from app.store.db import open_store
from tests.core.test_core_packing import PACKED_STEP, independent_unpack, previous_schema_store, raw_versions  # noqa: F401


def texts_of(path) -> dict[str, str]:
    """vid -> the version's JSON text, read without the code under test (plain text or packed by step 9)."""
    return {vid: (data if kind == "text" else independent_unpack(data).decode())
            for vid, (kind, data, _sha) in raw_versions(path).items()}


def test_an_upgrade_reports_the_backup_each_step_and_the_vacuum_in_order(previous_schema_store):
    path = previous_schema_store
    stages = []
    store = open_store(path, progress=stages.append)
    store.close()
    phases = [s.phase for s in stages]
    first_step = phases.index("step")
    assert set(phases[:first_step]) == {"backup"} and phases[-1] == "vacuum" and phases.count("vacuum") == 1
    steps = [s for s in stages if s.phase == "step"]
    assert sorted({s.step for s in steps}) == list(range(PACKED_STEP, schema.SCHEMA_VERSION + 1))
    # the backup: announced, then its pages to the last one
    backup = stages[:first_step]
    assert (backup[0].done, backup[0].total) == (0, 0) and backup[-1].done == backup[-1].total > 0
    assert [s.done for s in backup[1:]] == sorted(s.done for s in backup[1:])
    copy = steps[0].backup
    assert sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0] == PACKED_STEP - 1
    for number in range(PACKED_STEP, schema.SCHEMA_VERSION + 1):
        mine = [s for s in steps if s.step == number]
        assert (mine[0].done, mine[0].total) == (0, 0)  # said before the step runs
        assert mine[-1].done == mine[-1].total > 0
        assert all(s.backup == copy and s.last == schema.SCHEMA_VERSION for s in mine)
    last = schema.SCHEMA_VERSION
    assert steps[0].message("vi") == (f"Đang nâng cấp kho dữ liệu lên phiên bản mới (bước {PACKED_STEP}/{last}): đã sao lưu"
                                      f" vào {copy}; không được tắt máy.")
    assert steps[0].message("en") == (f"Upgrading the store to the new version (step {PACKED_STEP}/{last}): backed up to"
                                      f" {copy}; do not turn the computer off.")
    assert backup[0].message("vi").startswith(f"Đang sao lưu kho dữ liệu trước khi nâng cấp lên phiên bản mới"
                                              f" (bước {PACKED_STEP}/{last})")


def test_a_new_store_and_an_up_to_date_one_say_nothing(tmp_path):
    stages = []
    open_store(tmp_path / "new.sqlite", progress=stages.append).close()
    open_store(tmp_path / "new.sqlite", progress=stages.append).close()
    assert stages == []
    assert migrations.pending_steps(tmp_path / "new.sqlite") == (schema.SCHEMA_VERSION, schema.SCHEMA_VERSION)
    assert migrations.pending_steps(tmp_path / "none.sqlite") == (0, schema.SCHEMA_VERSION)


def test_the_packing_step_run_in_slices_reports_rows_and_packs_as_the_whole_statement(previous_schema_store,
                                                                                     monkeypatch):
    path = previous_schema_store
    before = texts_of(path)
    assert len(before) > 50 and all(kind == "text" for kind, _d, _s in raw_versions(path).values())
    monkeypatch.setattr(migrations, "SLICE_ROWS", 7)
    stages = []
    open_store(path, progress=stages.append).close()
    packing = [(s.done, s.total) for s in stages if s.phase == "step" and s.step == PACKED_STEP]
    assert len(packing) >= len(before) // 7  # a report per slice of rows, not one for the statement
    assert [d for d, _t in packing] == sorted(d for d, _t in packing) and packing[-1][0] == packing[-1][1]
    after = raw_versions(path)
    assert all(kind == "blob" for kind, _d, _s in after.values())
    assert texts_of(path) == before  # every version reads back byte for byte


def test_a_statement_reading_other_rows_runs_whole():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.execute("CREATE TABLE w (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID")
    sliced = migrations._row_by_row_update
    assert sliced(conn, "UPDATE t SET v = upper(v) WHERE v IS NOT NULL;") == ("t", "v = upper(v)", "v IS NOT NULL")
    assert sliced(conn, "UPDATE t SET v = (SELECT max(v) FROM t);") is None  # reads other rows
    assert sliced(conn, "UPDATE t SET id = id + 1;") is None  # moves rows between slices
    assert sliced(conn, "UPDATE w SET v = upper(v);") is None  # no rowid to slice by
    conn.execute("CREATE TRIGGER tr AFTER UPDATE ON t BEGIN SELECT 1; END")
    assert sliced(conn, "UPDATE t SET v = upper(v);") is None  # a trigger may read anything


def test_a_step_that_reports_nothing_is_announced_and_a_function_step_reports_its_own(tmp_path, monkeypatch):
    path = tmp_path / "antt.sqlite"
    open_store(path).close()

    def own(conn, report):
        conn.execute("CREATE TABLE extra_b (y)")
        report(1, 2)
        report(2, 2)

    def silent(conn):
        conn.execute("CREATE TABLE extra_c (z)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE extra_a (x);", own, silent])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 3)
    stages = []
    open_store(path, progress=stages.append).close()
    n = schema.SCHEMA_VERSION
    got = [(s.phase, s.step, s.done, s.total) for s in stages if s.phase != "backup"]
    assert got == [("step", n + 1, 0, 0), ("step", n + 1, 1000, 1000),
                   ("step", n + 2, 0, 0), ("step", n + 2, 1, 2), ("step", n + 2, 2, 2),
                   ("step", n + 3, 0, 0)]
    assert all(s.last == n + 3 for s in stages)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == n + 3
    assert {"extra_a", "extra_b", "extra_c"} <= {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


class Stop(Exception):
    pass


def test_a_stop_during_the_backup_leaves_the_store_untouched_and_no_copy(previous_schema_store, monkeypatch):
    path = previous_schema_store
    before = raw_versions(path)
    monkeypatch.setattr(migrations, "BACKUP_PAGES", 1)  # a report per page: the stop lands mid-copy

    def stop_mid_copy(stage):
        if stage.phase == "backup" and stage.done >= 3:
            assert stage.done < stage.total
            raise Stop()

    with pytest.raises(Stop):
        open_store(path, progress=stop_mid_copy)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == PACKED_STEP - 1
    assert raw_versions(path) == before
    assert [p.name for p in (path.parent / "backups").iterdir()] == []  # no copy, no .partial
    store = open_store(path)  # and the next open upgrades it
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    store.close()


def test_the_cli_says_on_stderr_what_the_upgrade_does(previous_schema_store, capsys):
    from app.cli import main

    path = previous_schema_store
    assert main(["--db", str(path), "stats", "--from", "2026-01-01", "--to", "2026-06-30", "--by", "category"]) == 0
    out = capsys.readouterr()
    copy = next((path.parent / "backups").glob(f"before-migration-{PACKED_STEP}-*.sqlite"))
    last = schema.SCHEMA_VERSION
    lines = out.err.splitlines()
    assert lines[0] == (f"Đang sao lưu kho dữ liệu trước khi nâng cấp lên phiên bản mới (bước {PACKED_STEP}/{last});"
                        " có thể dừng cho đến khi sao lưu xong.")
    upgrading = (f"Đang nâng cấp kho dữ liệu lên phiên bản mới (bước {PACKED_STEP}/{last}): đã sao lưu vào {copy};"
                 " không được tắt máy.")
    assert upgrading in lines and lines.index(upgrading) > lines.index("  100%")  # the copy was whole first
    assert lines[-1] == f"Đã nâng cấp kho dữ liệu lên phiên bản mới (bước {last}/{last})."
    compacting = (f"Đang thu gọn tệp kho dữ liệu sau khi nâng cấp (bước {last}/{last}): đã sao lưu vào {copy};"
                  " không được tắt máy.")
    between = lines[lines.index(upgrading) + 1:lines.index(compacting)]
    assert between and between[-1] == "  100%"  # a log gets a line every tenth, the last one whole
    assert "gun" in out.out  # and the command ran
    assert main(["--db", str(path), "stats", "--from", "2026-01-01", "--to", "2026-06-30"]) == 0
    assert capsys.readouterr().err == ""  # upgraded once: nothing said the next time
    assert main(["--lang", "en", "--db", str(previous_schema_store.parent / "other.sqlite"), "init", "--unit-code",
                 "CAT-LS", "--unit-name", "Công an tỉnh Lạng Sơn", "--unit-kind", "provincial_police"]) == 0
    assert "upgrad" not in capsys.readouterr().err.lower()  # a new store is made, not upgraded


def test_a_step_another_process_applied_meanwhile_is_not_applied_again(tmp_path, monkeypatch):
    """The app and a command opening the same old store at once: the second to get the lock skips what the first
    did (a step that creates a table would otherwise fail on the table it finds)."""
    path = tmp_path / "antt.sqlite"
    open_store(path).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE extra_a (x);"])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    others = []

    def the_other_opens_now(stage):
        if stage.phase == "step" and not others:
            others.append(open_store(path))  # another connection upgrades the file first

    store = open_store(path, progress=the_other_opens_now)
    assert others and store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION + 1
    store.close()
    others[0].close()
