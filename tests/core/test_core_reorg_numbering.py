"""Issue 20: receipt numbers across a merger continue or restart as the level above decides, and a commune's
laptop numbers accordingly once the merger came down in a real bundle (real stores, enrolment, crypto; the
receipt PDF read back). Expected numbers are worked out by hand in each test's comments."""

from __future__ import annotations

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.domain import setup, unit_events
from app.domain.surrenders import Line, add_surrender, get_surrender
from app.domain.units import add_unit
from app.errors import AnttError
from app.reports.writer import write_report
from app.store.db import open_store
from app.sync import enrolment, export, importer

DECISION = unit_events.Decision("1681/NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội")


@pytest.fixture
def field(tmp_path):
    """The province (level above) and the laptop of commune A, enrolled; B's receipts are kept at the province."""
    usb = tmp_path / "usb"
    usb.mkdir()
    prov = open_store(tmp_path / "p" / "a.sqlite")
    setup.initialise(prov, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
    post = open_store(tmp_path / "a" / "a.sqlite")
    setup.initialise(post, "CAX-A", "Công an xã Hoàng Đồng", "commune_police", "CAT-LS", officer="Thượng sĩ Lò")
    enrolment.accept_answer(post, enrolment.enrol(prov, enrolment.write_enrolment(post, usb).path).answer_path)
    add_unit(prov, "CAX-B", "Công an xã Mai Pha", "commune_police", "CAT-LS")
    yield prov, post, usb
    prov.close()
    post.close()


def _receipt(store, unit, date, number=None):
    return add_surrender(store, unit_code=unit, date=date, lines=[Line("gun.homemade", "1")], owner_unknown=True,
                         number=number)


def _pdf_text(store, rid, path) -> str:
    with pdfplumber.open(write_report(store, "receipt", path, receipt_id=rid)) as pdf:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_reorg_numbering_continues_after_the_highest_of_the_merged_units(field, tmp_path):
    prov, post, usb = field
    for month in ("02", "03", "04"):  # A: 1, 2, 3, sent up
        _receipt(post, "CAX-A", f"2025-{month}-10")
    importer.apply_import(prov, export.export_bundle(post, usb).path)
    for day in range(1, 6):  # B: 1..5, at the province
        _receipt(prov, "CAX-B", f"2025-05-0{day}")
    _receipt(post, "CAX-A", "2025-06-20", number=9)  # a late receipt A's laptop never sent up, typed as No. 9
    event = unit_events.merge(prov, ["CAX-A", "CAX-B"], "CAX-C", "2025-07-01", DECISION,
                              name="Công an xã Hoàng Văn Thụ", numbering="continue")
    assert event["numbering"] == {"mode": "continue", "prefix": "", "base": 5}  # the highest the province knew
    importer.apply_import(post, export.export_bundle(prov, usb, recipient_unit="CAX-A").path)
    # on A's laptop: max(5 from above, 9 held here) + 1 = 10
    first = _receipt(post, "CAX-C", "2025-07-05")
    assert first.data["number"] == 10
    assert _receipt(post, "CAX-C", "2025-08-01").data["number"] == 11
    assert _receipt(post, "CAX-C", "2026-01-05").data["number"] == 1  # a new year starts at 1 as ever
    assert "Số: 10/BB-CAX" in _pdf_text(post, first.id, tmp_path / "r.pdf")
    # the province, which has not yet had A's No. 9, goes on after B's 5
    assert _receipt(prov, "CAX-C", "2025-07-06").data["number"] == 6
    # A's laptop sends its receipts up (accepted under the successor it speaks for); the province then goes on
    # after the highest it holds of the merged units, A's 9: C's next is 12 (after C's 10 and 11 from A's laptop)
    importer.apply_import(prov, export.export_bundle(post, usb).path)
    numbers = sorted(r[0] for r in prov.conn.execute("SELECT number FROM surrenders WHERE unit_code = 'CAX-C'"
                                                     " AND year = 2025"))
    assert numbers == [6, 10, 11]
    assert _receipt(prov, "CAX-C", "2025-09-01").data["number"] == 12


def test_reorg_numbering_restarts_with_a_prefix_for_a_unit_that_goes_on(field, tmp_path):
    prov, post, usb = field
    for month in ("02", "03", "04"):  # A: 1, 2, 3
        _receipt(post, "CAX-A", f"2025-{month}-10")
    before = prov.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    with pytest.raises(AnttError) as exc:  # A existed: restarting at 01 would repeat its numbers of 2025
        unit_events.merge(prov, ["CAX-A", "CAX-B"], "CAX-A", "2025-07-01", DECISION, numbering="restart")
    assert exc.value.message("vi") == ("Đơn vị “CAX-A” đã có số biên bản trong năm: muốn đánh số lại từ 01 thì cho"
                                       " thêm tiền tố (--prefix) để số không trùng.")
    assert prov.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == before
    unit_events.merge(prov, ["CAX-A", "CAX-B"], "CAX-A", "2025-07-01", DECISION, numbering="restart", prefix="M")
    importer.apply_import(post, export.export_bundle(prov, usb, recipient_unit="CAX-A").path)
    after = _receipt(post, "CAX-A", "2025-07-02")
    assert after.data["number"] == 1
    assert "Số: M01/BB-CAX" in _pdf_text(post, after.id, tmp_path / "m.pdf")
    late = _receipt(post, "CAX-A", "2025-06-25")  # dated before the merger: the old series goes on, 4
    assert late.data["number"] == 4
    assert "Số: 04/BB-CAX" in _pdf_text(post, late.id, tmp_path / "o.pdf")
    for date in ("2025-07-03", "2025-06-26"):  # No. 1 is taken in both series
        with pytest.raises(AnttError) as exc:
            _receipt(post, "CAX-A", date, number=1)
        assert exc.value.key == "receipt_number_taken"
    assert [get_surrender(post, r.id).data["number"] for r in (after, late)] == [1, 4]
    # the province imports A's receipts: 01 of February and M01 of July are not a number that came twice
    bundle = export.export_bundle(post, usb).path
    assert importer.preview_import(prov, bundle).duplicate_numbers == []
    importer.apply_import(prov, bundle)
    assert sorted(r[0] for r in prov.conn.execute("SELECT number FROM surrenders WHERE unit_code = 'CAX-A'")) == [
        1, 1, 2, 3, 4]
    # antt check: 01 of February and M01 of July are two numbers; a second M01 would be one used twice
    from app.domain.check import check_store

    assert [p for p in check_store(post, deep=False, integrity=False) if "receipt number" in p] == []
    post.conn.execute("UPDATE surrenders SET number = 1 WHERE id = ?", (late.id,))  # as a restored copy might
    post.conn.execute("UPDATE surrenders SET date = '2025-07-09' WHERE id = ?", (late.id,))
    assert [p for p in check_store(post, deep=False, integrity=False) if "receipt number" in p] == [
        "receipt number M1/2025 of unit CAX-A is used by 2 receipts"]


def test_reorg_numbering_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")

    def run(*argv, code=0):
        got = main(["--db", db, *argv])
        out = capsys.readouterr()
        assert got == code, (argv, out.err)
        return out

    run("init", "--unit-code", "CAT-LS", "--unit-name", "Công an tỉnh Lạng Sơn", "--unit-kind", "provincial_police")
    for c in ("CAX-A", "CAX-B"):
        run("unit", "add", "--code", c, "--name", f"Công an xã {c[-1]}", "--kind", "commune_police",
            "--parent-code", "CAT-LS")
    run("surrender", "add", "--unit", "CAX-B", "--date", "2025-03-01", "--owner-unknown", "--item", "gun.homemade=1")
    for argv, sentence in (
            (("--numbering", "sometimes"), "Cách đánh số biên bản “sometimes” không có trong danh sách: continue, restart."),
            (("--numbering", "continue", "--prefix", "M"), "Tiền tố số biên bản chỉ dùng khi đánh số lại từ đầu."),
            (("--numbering", "restart", "--prefix", "M 1"),
             "Tiền tố số biên bản không hợp lệ: “M 1” (tối đa 8 chữ cái, chữ số, dấu - hoặc .).")):
        out = run("unit", "merge", "CAX-A", "CAX-B", "--into", "CAX-B", "--date", "2025-07-01", "--decision", "9",
                  *argv, code=1)
        assert out.err.strip() == sentence and "Traceback" not in out.err
    out = run("unit", "merge", "CAX-A", "CAX-B", "--into", "CAX-B", "--date", "2025-07-01", "--decision", "9",
              "--numbering", "restart", "--prefix", "M")
    assert out.out.strip().endswith("(9); số biên bản bắt đầu lại từ M01.")
    out = run("--lang", "en", "unit", "history", "CAX-B")
    assert out.out.strip().endswith("(9); receipt numbers restart at M01")
    out = run("surrender", "add", "--unit", "CAX-B", "--date", "2025-07-02", "--owner-unknown", "--item", "gun.homemade=2")
    assert out.out.strip().endswith("  M1/2025")
    lines = run("surrender", "list", "--unit", "CAX-B").out.splitlines()[2:]
    assert sorted(line.split()[2] for line in lines) == ["1/2025", "M1/2025"]


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(mode=st.sampled_from(["continue", "restart"]),
       days=st.lists(st.integers(min_value=0, max_value=364), min_size=1, max_size=12))
def test_reorg_numbering_never_prints_one_number_twice(tmp_path_factory, mode, days):
    """Whatever the order and dates of A's receipts of 2025 around a merger of B into A on 01/07/2025, A's
    printed numbers of the year are all different, and each number is the one a replay by hand gives."""
    import datetime as dt

    from app.domain import receipt_numbering

    store = open_store(tmp_path_factory.mktemp("n") / "p.sqlite")
    setup.initialise(store, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police")
    for c in ("CAX-A", "CAX-B"):
        add_unit(store, c, f"Công an xã {c[-1]}", "commune_police", "CAT-LS")
    for _ in range(4):
        _receipt(store, "CAX-B", "2025-02-01")
    _receipt(store, "CAX-A", "2025-01-02")  # A existed and numbered: a restart needs a prefix
    unit_events.merge(store, ["CAX-A", "CAX-B"], "CAX-A", "2025-07-01", DECISION, numbering=mode,
                      prefix="M" if mode == "restart" else "")
    written = []
    for d in days:
        date = (dt.date(2025, 1, 1) + dt.timedelta(days=d)).isoformat()
        written.append((date, _receipt(store, "CAX-A", date).data["number"]))
    printed = [receipt_numbering.printed(store, "CAX-A", r[0], r[1]) for r in store.conn.execute(
        "SELECT date, number FROM surrenders WHERE unit_code = 'CAX-A'")]
    assert len(printed) == len(set(printed)) == len(days) + 1
    # a replay by hand: restart keeps two counters (A's first half from its No. 1; from 01/07 from 0), continue
    # one counter over the year that jumps over B's 4 from 01/07 on
    expected, first_half, second_half = [], 1, 0
    for date, _ in written:
        if mode == "restart":
            if date < "2025-07-01":
                first_half += 1
                expected.append(first_half)
            else:
                second_half += 1
                expected.append(second_half)
        else:
            n = max(first_half, 4 if date >= "2025-07-01" else 0) + 1
            first_half = n
            expected.append(n)
    assert [n for _, n in written] == expected
    store.close()


def test_reorg_two_former_communes_laptops_numbering_the_successor_are_told_the_cause(field):
    """A's and B's laptops both write for C after the merger and both issue C's No. 1 of the series: the province's
    import keeps both and says in one sentence that the former units' laptops each numbered the new unit's
    receipts, and what to do (docs/reorganisation.md); a repeat with no merger keeps the restored-copy sentence."""
    prov, post_a, usb = field
    post_b = open_store(usb.parent / "b" / "a.sqlite")
    setup.initialise(post_b, "CAX-B", "Công an xã Mai Pha", "commune_police", "CAT-LS", officer="Thượng sĩ Vi")
    enrolment.accept_answer(post_b, enrolment.enrol(prov, enrolment.write_enrolment(post_b, usb).path).answer_path)
    try:
        unit_events.merge(prov, ["CAX-A", "CAX-B"], "CAX-C", "2025-07-01", DECISION, name="Công an xã Hoàng Văn Thụ")
        for post, unit in ((post_a, "CAX-A"), (post_b, "CAX-B")):
            importer.apply_import(post, export.export_bundle(prov, usb, recipient_unit=unit).path)
        first_a = _receipt(post_a, "CAX-C", "2025-07-05")
        first_b = _receipt(post_b, "CAX-C", "2025-07-06")
        assert first_a.data["number"] == first_b.data["number"] == 1  # a new unit restarts: each laptop from 1
        assert importer.apply_import(prov, export.export_bundle(post_a, usb).path).duplicate_numbers == []
        got = importer.apply_import(prov, export.export_bundle(post_b, usb).path)
        assert got.duplicate_numbers == [{"unit": "CAX-C", "year": 2025, "number": 1, "merged": True,
                                          "receipts": sorted([first_a.id, first_b.id])}]
        assert prov.conn.execute("SELECT count(*) FROM surrenders WHERE unit_code = 'CAX-C'").fetchone()[0] == 2
        assert importer.duplicate_numbers_text(got.duplicate_numbers, "vi") == (
            "Số biên bản bị cấp trùng sau sáp nhập: số 1/2025 của đơn vị CAX-C đã có ở đây trên biên bản khác; máy"
            " của các đơn vị cũ mỗi máy tự cấp số cho đơn vị mới: hãy đối chiếu bản giấy, đánh lại số cho biên bản"
            " trùng và từ nay chỉ để một máy cấp số cho đơn vị mới (tất cả đều được giữ).")
        assert importer.duplicate_numbers_text(got.duplicate_numbers, "en").startswith(
            "Receipt numbers issued twice after a merger: 1/2025 of unit CAX-C already held here")
        # the same repeat of a unit no merger made keeps the sentence about a laptop restored from an old copy
        plain = [{k: v for k, v in got.duplicate_numbers[0].items() if k != "merged"}]
        assert importer.duplicate_numbers_text(plain, "en").startswith("Receipt numbers issued twice: 1/2025")
    finally:
        post_b.close()
