"""Issue 20: unit events as a user meets them - the command line, refusals in one sentence with nothing
changed, a month's forms owed by the organisation of that month, plans and models that move with their
units, a laptop whose unit has ended, and unit events that only come down."""

from __future__ import annotations

import pytest

from app.cli import main
from app.domain import organisation, periods, plans, setup, unit_events
from app.domain.community_models import add_model
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit, get_unit
from app.errors import AnttError
from app.reports import queries
from app.store.db import open_store
from app.sync import enrolment, export, importer

DECISION = unit_events.Decision("1681/NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội")


@pytest.fixture
def province(tmp_path):
    s = open_store(tmp_path / "p.sqlite")
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
    for code, name in (("CAX-A", "Công an xã Hoàng Đồng"), ("CAX-B", "Công an xã Mai Pha"),
                       ("CAX-D", "Công an xã Đồng Đăng")):
        add_unit(s, code, name, "commune_police", "CAT-LS")
    yield s
    s.close()


def _versions(store):
    return store.conn.execute("SELECT count(*) FROM versions").fetchone()[0]


def test_unit_cli_merge_rename_move_history_and_refusals(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")

    def run(*argv, code=0, lang=()):
        got = main([*lang, "--db", db, *argv])
        out = capsys.readouterr()
        assert got == code, (argv, out.err)
        return out

    run("init", "--unit-code", "CAT-LS", "--unit-name", "Công an tỉnh Lạng Sơn", "--unit-kind", "provincial_police")
    for c, n in (("CAX-A", "Công an xã A"), ("CAX-B", "Công an xã B"), ("CAX-D", "Công an xã D")):
        run("unit", "add", "--code", c, "--name", n, "--kind", "commune_police", "--parent-code", "CAT-LS")
    out = run("unit", "merge", "CAX-A", "CAX-B", "--into", "CAX-C", "--name", "Công an xã Hoàng Văn Thụ",
              "--date", "2025-07-01", "--decision", "1681/NQ-UBTVQH15", "--decision-date", "2025-06-16",
              "--issuer", "Ủy ban Thường vụ Quốc hội")
    assert out.out.strip() == ("Đã ghi: 01/07/2025: Công an xã A (CAX-A), Công an xã B (CAX-B) sáp nhập vào Công an xã"
                               " Hoàng Văn Thụ (CAX-C) (1681/NQ-UBTVQH15, 16/06/2025, Ủy ban Thường vụ Quốc hội); số biên bản bắt đầu"
                               " lại từ 01.")
    run("unit", "rename", "CAX-D", "--name", "Công an phường Đồng Đăng", "--date", "2025-07-01")
    out = run("unit", "history", "CAX-A")
    assert out.out.startswith("01/07/2025: Công an xã A (CAX-A), Công an xã B (CAX-B) sáp nhập vào")
    out = run("unit", "history", "CAX-D", lang=("--lang", "en"))
    assert out.out.strip() == "01/07/2025: renamed “Công an xã D” to “Công an phường Đồng Đăng”"

    store = open_store(db)
    before = _versions(store)
    store.close()
    refusals = [
        (("unit", "merge", "CAX-A", "--into", "CAX-D", "--date", "2025-08-01", "--decision", "9"),
         "Đơn vị “CAX-A” đã thôi hoạt động từ ngày 01/07/2025."),
        (("unit", "merge", "CAX-D", "--into", "CAX-C", "--date", "2025-13-01", "--decision", "9"),
         "Ngày có hiệu lực không hợp lệ: “2025-13-01” (cần ngày có thật, dạng YYYY-MM-DD)."),
        (("unit", "merge", "CAX-D", "--into", "CAT-LS", "--date", "2025-08-01", "--decision", "9"),
         "Chỉ sáp nhập các đơn vị cùng cấp: CAX-D, CAT-LS."),
        (("unit", "move", "CAX-D", "--parent", "CAX-C", "--date", "2025-08-01"),
         "Đơn vị loại “commune_police” không thể trực thuộc đơn vị loại “commune_police”."),
        (("unit", "merge", "CAX-D", "--into", "CAX-D", "--date", "2025-08-01", "--decision", "9"),
         "Sáp nhập cần ít nhất một đơn vị khác với đơn vị nhận sáp nhập."),
        (("unit", "end", "CAT-LS", "--date", "2025-08-01", "--decision", "9"),
         "Đơn vị “CAT-LS” còn đơn vị trực thuộc: hãy điều chuyển hoặc sáp nhập các đơn vị đó trước."),
        (("unit", "history", "CAX-Z"), "Không có đơn vị mã “CAX-Z”."),
    ]
    for argv, sentence in refusals:
        out = run(*argv, code=1)
        assert out.err.strip() == sentence and "Traceback" not in out.err
    store = open_store(db)
    assert _versions(store) == before  # nothing written by any refusal
    assert get_unit(store, "CAX-C").name == "Công an xã Hoàng Văn Thụ" and get_unit(store, "CAX-A").retired
    # records keep their unit; a new record under A after its end says what to do, in one sentence
    add_surrender(store, unit_code="CAX-A", date="2025-03-02", lines=[Line("gun.homemade", "2")], owner_unknown=True)
    with pytest.raises(AnttError) as exc:
        add_surrender(store, unit_code="CAX-A", date="2025-07-02", lines=[Line("gun.homemade", "1")], owner_unknown=True)
    assert exc.value.message("vi") == "Đơn vị “CAX-A” đã thôi hoạt động từ ngày 01/07/2025; ghi cho CAX-C."
    assert store.conn.execute("SELECT count(*) FROM surrenders WHERE unit_code = 'CAX-A'").fetchone()[0] == 1
    store.close()


def test_unit_split_keeps_the_attribution_and_moves_children(province):
    # receipts of Đồng Đăng before the split: 3 guns at thôn Nà Lầu, 5 at thôn Pò Mã, 7 at the post's office
    for place, guns in (("Thôn Nà Lầu, xã Đồng Đăng", 3), ("thôn Pò Mã", 5), ("Trụ sở Công an xã", 7)):
        add_surrender(province, unit_code="CAX-D", date="2024-05-02", lines=[Line("gun.homemade", str(guns))],
                      owner_unknown=True, place=place)
    ev = unit_events.split(province, "CAX-D", [unit_events.SplitPart("CAX-E", "Công an xã E", ("thôn Nà Lầu",)),
                                               unit_events.SplitPart("CAX-F", "Công an xã F", ("thôn Pò Mã",))],
                           "2025-07-01", DECISION, attribution="place", main="CAX-F")
    rows = sorted(tuple(r) for r in province.conn.execute("SELECT old_code, new_code, main, places FROM unit_lineage"))
    assert rows == [("CAX-D", "CAX-E", 0, '["thôn Nà Lầu"]'), ("CAX-D", "CAX-F", 1, '["thôn Pò Mã"]')]
    assert ev["attribution"] == "place" and ev["decision"]["number"] == "1681/NQ-UBTVQH15"
    assert organisation.successor_of(province, "CAX-D", "2025-07-01") == ("CAX-F", "2025-07-01")
    assert organisation.successor_of(province, "CAX-D", "2025-06-30") is None
    # by the organisation of 31/12/2025: Nà Lầu's receipt under E; Pò Mã's and the unplaced one under F (main)
    end = queries.summary_data(province, "CAT-LS", "2024-01-01", "2025-12-31")
    guns = {row: int(sum(items.values())) for row, items in end.row_items.items()}
    assert guns == {"CAX-E": 3, "CAX-F": 12}
    # as organised at the time: all 15 under Đồng Đăng, now F (the main part) and E
    at_time = queries.summary_data(province, "CAT-LS", "2024-01-01", "2025-12-31", by="time")
    assert [(u.name, int(sum(at_time.row_items[u.code].values()))) for u in at_time.units if u.code in at_time.row_items] \
        == [("Công an xã Đồng Đăng (nay là xã F, xã E)", 15)]


def test_unit_completeness_follows_the_organisation_of_each_month(province):
    unit_events.merge(province, ["CAX-A", "CAX-B"], "CAX-C", "2025-07-01", DECISION, name="Công an xã Hoàng Văn Thụ")
    grid = periods.completeness(province, "2025-06", "2025-07")
    status = {u["code"]: u["statuses"] for u in grid["units"]}
    assert status["CAX-A"] == {"2025-06": "open", "2025-07": "not_due"}
    assert status["CAX-C"] == {"2025-06": "not_due", "2025-07": "open"}
    assert status["CAX-D"] == {"2025-06": "open", "2025-07": "open"}
    assert grid["due"] == {"2025-06": 3, "2025-07": 2}


def test_unit_plan_task_and_models_move_with_their_unit(province):
    plan = plans.add_plan(province, unit_code="CAT-LS", number="12/KH-CAT", date="2025-03-01", title="Kế hoạch 2025")
    plans.add_task(province, plan, "Tuyên truyền vận động giao nộp vũ khí", "2025-09-30", ["CAX-A", "CAX-D"])
    add_model(province, unit_code="CAX-A", name="Tổ an ninh thôn Nà Lầu", type="security_camera",
              established="2024-05-01")
    unit_events.merge(province, ["CAX-A", "CAX-B"], "CAX-C", "2025-07-01", DECISION, name="Công an xã Hoàng Văn Thụ")
    progress = plans.plan_progress(province, plan, None, "CAX-C")
    assert [a["unit_code"] for a in progress["assignments"]] == ["CAX-A"]
    from app.reports import review_queries
    from app.reports.layout import Issuer, Signature

    issuer = Issuer("", "Công an xã Hoàng Văn Thụ", "", Signature("Trưởng Công an xã", ""))
    report = review_queries.plan_progress_data(province, plan, "CAX-C", issuer)
    assert [a.unit_name for a in report.assignments] == ["Công an xã Hoàng Văn Thụ (trước đây: Công an xã Hoàng Đồng)"]
    # the province's summary of 2025: C has a model (A's), B has none; A and B no longer count as communes
    summary = queries.summary_data(province, "CAT-LS", "2025-01-01", "2025-12-31")
    assert [(c.with_model, c.total) for c in summary.coverage] == [(1, 2)]
    models = queries.models_rows(province, "CAX-C")
    assert [(m["unit_name"], m["name"]) for m in models] == [
        ("Công an xã Hoàng Văn Thụ (trước đây: Công an xã Hoàng Đồng)", "Tổ an ninh thôn Nà Lầu")]


def test_unit_events_travel_down_only(tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    prov = open_store(tmp_path / "p" / "a.sqlite")
    setup.initialise(prov, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
    post = open_store(tmp_path / "c" / "a.sqlite")
    setup.initialise(post, "CAX-A", "Công an xã Hoàng Đồng", "commune_police", "CAT-LS", officer="Thượng sĩ Lò")
    answer = enrolment.enrol(prov, enrolment.write_enrolment(post, usb).path)
    enrolment.accept_answer(post, answer.answer_path)
    add_unit(prov, "CAX-C", "Công an xã Hoàng Văn Thụ", "commune_police", "CAT-LS")
    # a commune's laptop cannot record a reorganisation at all (issue 18: reference data comes from above)
    with pytest.raises(AnttError):
        unit_events.rename(post, "CAX-A", "Công an xã Hoàng Đồng mới", "2025-07-01", DECISION)
    assert post.conn.execute("SELECT count(*) FROM unit_events").fetchone()[0] == 0
    # the province's merger comes down; the post's laptop is told what to do, and keeps exporting
    unit_events.merge(prov, ["CAX-A"], "CAX-C", "2025-07-01", DECISION)
    importer.apply_import(post, export.export_bundle(prov, usb, recipient_unit="CAX-A").path)
    assert organisation.ended_notice(post, "CAX-A", "vi").startswith(
        "Đơn vị của máy này (CAX-A) đã được sáp nhập vào Công an xã Hoàng Văn Thụ (CAX-C) từ ngày 01/07/2025")
    assert organisation.speaks_for(post, "CAX-A") == {"CAX-A", "CAX-C"}
    add_surrender(post, unit_code="CAX-C", date="2025-07-05", lines=[Line("gun.homemade", "1")], owner_unknown=True)
    importer.apply_import(prov, export.export_bundle(post, usb).path)
    assert prov.conn.execute("SELECT count(*) FROM surrenders WHERE unit_code = 'CAX-C'").fetchone()[0] == 1
    prov.close()
    post.close()


def test_unit_event_in_an_up_bundle_is_refused_whole(tmp_path, monkeypatch):
    """An insider's laptop made to send its own merger up (its export rule switched off) is refused as a whole."""
    usb = tmp_path / "usb"
    usb.mkdir()
    prov = open_store(tmp_path / "p" / "a.sqlite")
    setup.initialise(prov, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
    post = open_store(tmp_path / "c" / "a.sqlite")
    setup.initialise(post, "CAX-A", "Công an xã Hoàng Đồng", "commune_police", "CAT-LS", officer="Thượng sĩ Lò")
    answer = enrolment.enrol(prov, enrolment.write_enrolment(post, usb).path)
    enrolment.accept_answer(post, answer.answer_path)
    # the insider switches off the laptop's own rule and the export filter (issue 18), then records a merger
    from app.domain import guard

    monkeypatch.setattr(guard, "check_local", lambda *a, **k: None)
    monkeypatch.setattr(export, "NEVER_UP", tuple(t for t in export.NEVER_UP if t != "unit_event"))
    unit_events.rename(post, "CAX-A", "Công an xã Hoàng Đồng mới", "2025-07-01", DECISION)
    path = export.export_bundle(post, usb).path
    before = prov.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    for attempt in (importer.preview_import, importer.apply_import):
        with pytest.raises(AnttError) as exc:
            attempt(prov, path)
        assert exc.value.message("vi").startswith("Gói dữ liệu của CAX-A bị từ chối")
    assert prov.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == before
    assert prov.conn.execute("SELECT count(*) FROM unit_events").fetchone()[0] == 0
    prov.close()
    post.close()
