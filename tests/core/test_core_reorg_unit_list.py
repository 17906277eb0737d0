"""Issue 20: the unit list shows today's state - units merged away or ended last, with what became of them,
and a change recorded for a later date beside today's name - and a laptop of a merged unit records for the
unit it became."""

from __future__ import annotations

import datetime as dt

from app.cli import main
from app.domain import organisation, unit_list


def test_reorg_unit_list_marks_merged_ended_and_scheduled(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")

    def run(*argv, code=0):
        got = main(["--db", db, *argv])
        out = capsys.readouterr()
        assert got == code, (argv, out.err)
        return out.out

    ahead = (dt.date.today().replace(day=1) + dt.timedelta(days=40)).replace(day=1)
    run("init", "--unit-code", "CAT-LS", "--unit-name", "Công an tỉnh Lạng Sơn", "--unit-kind", "provincial_police")
    for c in "ABDE":
        run("unit", "add", "--code", f"CAX-{c}", "--name", f"Công an xã {c}", "--kind", "commune_police",
            "--parent-code", "CAT-LS")
    run("unit", "merge", "CAX-A", "CAX-B", "--into", "CAX-C", "--name", "Công an xã Hoàng Văn Thụ", "--date",
        "2025-07-01", "--decision", "1681")
    run("unit", "rename", "CAX-D", "--name", "Công an phường D", "--date", ahead.isoformat())
    run("unit", "end", "CAX-E", "--date", "2025-07-01", "--decision", "9")
    lines = run("unit", "list").splitlines()[2:]
    when = ahead.strftime("%d/%m/%Y")
    assert [line.split()[0] for line in lines] == ["CAT-LS", "CAX-D", "CAX-C", "CAX-A", "CAX-B", "CAX-E"]
    assert lines[1].split("CAT-LS", 1)[1].strip() == f"từ {when} đổi tên thành “Công an phường D”"
    assert "Công an xã D " in lines[1]  # today's name until then
    assert lines[2].endswith("CAT-LS")  # nothing to say about C
    for line in lines[3:5]:
        assert line.endswith("đã sáp nhập vào Công an xã Hoàng Văn Thụ (CAX-C) từ 01/07/2025")
    assert lines[5].endswith("đã thôi hoạt động từ 01/07/2025")
    lines = run("--lang", "en", "unit", "list").splitlines()[2:]
    assert lines[3].endswith("merged into Công an xã Hoàng Văn Thụ (CAX-C) on 01/07/2025")
    assert lines[1].endswith(f"renamed “Công an phường D” from {when}")


def test_reorg_a_merged_units_laptop_records_for_its_successor(tmp_path):
    from app.domain import setup, unit_events
    from app.domain.units import add_unit
    from app.store.db import open_store

    store = open_store(tmp_path / "p.sqlite")
    setup.initialise(store, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police")
    for c in "AB":
        add_unit(store, f"CAX-{c}", f"Công an xã {c}", "commune_police", "CAT-LS")
    unit_events.merge(store, ["CAX-A", "CAX-B"], "CAX-B", "2025-07-01", unit_events.Decision("9"))
    assert organisation.unit_for_new_record(store, "CAX-A", "2025-06-30") == "CAX-A"
    assert organisation.unit_for_new_record(store, "CAX-A", "2025-07-01") == "CAX-B"
    assert {u.code for u in unit_list.recordable_units(store)} == {"CAX-B", "CAT-LS"}
    assert {u.code for u in unit_list.recordable_units(store, day="2025-06-30")} == {"CAX-A", "CAX-B", "CAT-LS"}
    store.close()
