"""`antt period show` lists what changed after a month's submission by what the records say (the submitting
laptop's sequence numbers, the order this store received or wrote the others), never by Lamport clocks: clocks
flow down, never up (docs/permissions.md), so the province's edit can carry a clock far below the commune's
submission. Set up through real enrolments and bundles; expected sets come from SQL on the stores."""

from __future__ import annotations

import orjson

from app.cli import main
from app.domain import periods, setup
from app.domain.reporting_periods import cutoff_rule, report_month
from app.domain.surrenders import Line, add_surrender, update_surrender
from app.store.db import open_store
from app.sync import enrolment, export, importer
from tests.sync.conftest import TODAY, record


def test_edits_after_a_submission_are_listed_whatever_their_clocks(net, tmp_path, monkeypatch, capsys):
    prov, dd = net.province, net.posts["CAX-DD"]
    # a second laptop of Đồng Đăng, enrolled before the month is submitted: it never sees the submission
    second = open_store(tmp_path / "lap2" / "antt.sqlite")
    setup.initialise(second, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    answer = enrolment.enrol(prov, enrolment.write_enrolment(second, net.usb).path, second_device=True)
    enrolment.accept_answer(second, answer.answer_path)
    month = report_month(TODAY, cutoff_rule(dd))
    record(dd, "CAX-DD", n=30)  # thirty-odd edits: Đồng Đăng's clock runs ahead of the province's
    receipt_id = dd.query("SELECT id FROM surrenders WHERE unit_code = 'CAX-DD'")[0][0]
    periods.submit(dd, "CAX-DD", month)
    importer.apply_import(prov, net.up("CAX-DD"))
    assert periods.status_of(prov, "CAX-DD", month) == "submitted"
    assert prov.query("SELECT count(*) FROM versions WHERE device_id = ? AND doc_type = 'surrender'",
                      (dd.device_id,))[0][0] == 1
    assert periods.changed_after_submission(prov, "CAX-DD", month) == []  # what came with it was before it
    submitted_at = prov.query(
        "SELECT lamport FROM versions WHERE device_id = ? AND doc_type = 'period'", (dd.device_id,))[0][0]
    # the province corrects the receipt after the submission arrived (the lock, lifted here, is a local rule only)
    monkeypatch.setattr("app.domain.guard.check_not_locked", lambda *a: None)
    update_surrender(prov, receipt_id, person_name="Lò Văn C")
    monkeypatch.undo()
    province_edit = prov.query("SELECT vid, lamport FROM versions WHERE doc_id = ? AND device_id = ?",
                               (receipt_id, prov.device_id))
    assert len(province_edit) == 1 and province_edit[0][1] < submitted_at  # by clock it would come before
    # Đồng Đăng's other laptop records a receipt, unaware of the submission, and its bundle arrives now
    late = add_surrender(second, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 1)],
                         person_name="Người đến muộn")
    importer.apply_import(prov, export.export_bundle(second, net.usb).path)
    late_v = prov.query("SELECT vid, lamport FROM versions WHERE doc_id = ?", (late.id,))
    assert len(late_v) == 1 and late_v[0][1] < submitted_at
    shown = periods.changed_after_submission(prov, "CAX-DD", month)
    assert [v["vid"] for v in shown] == [province_edit[0][0], late_v[0][0]]  # in the order they reached the province
    # and the command shows them
    assert main(["--db", str(prov.path), "period", "show", "--unit", "CAX-DD", "--month", month, "--json"]) == 0
    out = orjson.loads(capsys.readouterr().out)
    assert [v["vid"] for v in out["changed_after_submission"]] == [province_edit[0][0], late_v[0][0]]
    assert main(["--db", str(prov.path), "period", "show", "--unit", "CAX-DD", "--month", month]) == 0
    text = capsys.readouterr().out
    assert receipt_id in text and late.id in text
    second.close()


def test_the_submitting_laptops_own_later_versions_are_after_it_by_sequence(net):
    """At the commune: a month returned by the province, corrected and submitted again; only what the commune wrote
    after its latest submission is listed (nothing), and what it wrote between the two submissions is not."""
    prov, dd = net.province, net.posts["CAX-DD"]
    month = report_month(TODAY, cutoff_rule(dd))
    record(dd, "CAX-DD", n=3)
    periods.submit(dd, "CAX-DD", month)
    importer.apply_import(prov, net.up("CAX-DD"))
    periods.return_month(prov, "CAX-DD", month, reason="Thiếu số liệu")
    importer.apply_import(dd, export.export_bundle(prov, net.usb, "CAX-DD").path)
    assert periods.status_of(dd, "CAX-DD", month) == "returned"
    fix = add_surrender(dd, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 2)], person_name="Bổ sung")
    periods.submit(dd, "CAX-DD", month)
    importer.apply_import(prov, net.up("CAX-DD"))
    assert periods.status_of(prov, "CAX-DD", month) == "submitted"
    assert prov.query("SELECT count(*) FROM versions WHERE doc_id = ?", (fix.id,))[0][0] == 1
    assert periods.changed_after_submission(prov, "CAX-DD", month) == []
    assert periods.changed_after_submission(dd, "CAX-DD", month) == []
