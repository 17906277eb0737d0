"""Issue 18: a store holding records written before the size limits (by an older version) has a way out.

The over-long rows are written the way an older version wrote them: the same core code with the limits of
app/domain/sizes.py switched off, on a store that has never been measured. Nothing may be lost, and no such
record may block an export: the export leaves it here and names it, `antt check` lists it, an edit that
shortens it is accepted and reaches the province.
"""

from __future__ import annotations

from contextlib import contextmanager

import orjson
import pytest

from app.cli import main
from app.domain import over_limit, sizes
from app.domain.surrenders import Line, add_surrender, update_surrender
from app.errors import ValidationError
from app.sync import export, importer
from tests.sync.conftest import TODAY

LONG_NOTE = ("Ghi chú rất dài. " * 200).strip()  # 17 x 200 - 1 = 3,399 characters: the note's limit is 2,000
SHORT_NOTE = "Đã rút gọn ghi chú."


@contextmanager
def older_version(monkeypatch):
    """Writes as a version before the limits did: no size check, and the store never measured."""
    with monkeypatch.context() as m:
        m.setattr(sizes, "check_sizes", lambda doc_type, data: None)
        m.setattr(sizes, "check_stored_size", lambda size: None)
        yield
    m = None


@pytest.fixture
def old_store(net, monkeypatch):
    post = net.posts["CAX-DD"]
    good = add_surrender(post, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 1)],
                         person_name="Lò Văn B")
    with older_version(monkeypatch):
        long = add_surrender(post, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 2)],
                             person_name="Hoàng Văn C", note=LONG_NOTE)
    with post.transaction():
        post.conn.execute("DELETE FROM meta WHERE key LIKE 'over_limit_%'")  # an older version never wrote them
    return post, good, long


def receipts_at(store) -> dict[str, str]:
    return dict(store.query("SELECT s.id, json_extract(version_json(v.data), '$.note') FROM surrenders s JOIN documents d ON d.doc_id = s.id"
                            " JOIN versions v ON v.vid = d.winner_vid"))


def test_export_goes_on_names_the_record_and_loses_nothing(net, old_store):
    post, good, long = old_store
    assert len(LONG_NOTE) == 3399
    result = export.export_bundle(post, net.usb)
    assert [r.doc_id for r in result.over_limit] == [long.id]
    assert not list(net.usb.glob("*.partial"))
    text = over_limit.export_note(str(result.path), result.over_limit, "vi")
    assert text == (f"Gói {result.path} đã xuất, nhưng 1 hồ sơ chưa gửi vì có trường vượt giới hạn (ghi bởi phiên"
                    " bản phần mềm cũ): Biên bản tiếp nhận “Hoàng Văn C” của đơn vị CAX-DD – Ghi chú: 3.399 ký tự"
                    " (tối đa 2.000). Hãy sửa cho ngắn lại (Đồng bộ → Hồ sơ quá dài, hoặc xem antt check) rồi xuất"
                    " lại; không có gì bị xóa.")
    assert "Note: 3,399 characters (at most 2,000)" in over_limit.export_note("x", result.over_limit, "en")
    importer.apply_import(net.province, result.path)
    assert receipts_at(net.province) == {good.id: ""}  # the good receipt went; the long one stayed
    assert receipts_at(post)[long.id] == LONG_NOTE  # and nothing at the post was lost


def test_check_lists_it_and_a_shortening_edit_goes_up(net, old_store, capsys):
    post, good, long = old_store
    code = main(["--db", str(post.path), "check"])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 hồ sơ có trường vượt giới hạn" in out and f"“Hoàng Văn C” của đơn vị CAX-DD – Ghi chú: 3.399 ký tự" in out
    # an edit that leaves it too long says which field; one that shortens it is accepted
    with pytest.raises(ValidationError) as err:
        update_surrender(post, long.id, note=LONG_NOTE + "x")
    assert err.value.key == "field_too_long" and "3400" in err.value.message("vi")
    update_surrender(post, long.id, note=SHORT_NOTE)
    assert over_limit.current_records(post) == []
    result = export.export_bundle(post, net.usb)
    assert result.over_limit == []
    importer.apply_import(net.province, result.path)
    assert receipts_at(net.province) == {good.id: "", long.id: SHORT_NOTE}
    # the old, long version is still in the post's store: shortened, not lost
    kept = [orjson.loads(d)["note"] for (d,) in post.query("SELECT version_json(data) FROM versions WHERE doc_id = ?", (long.id,))]
    assert LONG_NOTE in kept and SHORT_NOTE in kept
    code = main(["--db", str(post.path), "check"])
    assert code == 0 and capsys.readouterr().out.strip() == "OK"


def test_a_new_store_is_never_measured(tmp_path):
    from app.store.db import open_store

    store = open_store(tmp_path / "new.sqlite")
    assert store.meta_get(over_limit.SCANNED) == "1" and over_limit.over_limit_vids(store) == set()


def test_personal_details_are_shortened_on_their_receipt(net, monkeypatch):
    from app.domain.ids import person_doc_id
    from app.domain.surrenders import Person

    post = net.posts["CAX-DD"]
    address = ("Thôn Nà Hin, " * 30).strip()  # 13 x 30 - 1 = 389 characters; an address may have 300
    with older_version(monkeypatch):
        r = add_surrender(post, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 1)],
                          person_name="Lò Văn E", person=Person(birth_year=1975, address=address))
    with post.transaction():
        post.conn.execute("DELETE FROM meta WHERE key LIKE 'over_limit_%'")
    [found] = over_limit.current_records(post, "vi")
    assert (found.doc_type, found.doc_id, found.edit_id) == ("surrender_person", person_doc_id(r.id), r.id)
    assert found.what("vi") == "Địa chỉ: 389 ký tự (tối đa 300)"
    assert export.export_bundle(post, net.usb).over_limit == [found]
    update_surrender(post, r.id, person=Person(birth_year=1975, address="Thôn Nà Hin"))
    result = export.export_bundle(post, net.usb)
    assert result.over_limit == []
    importer.apply_import(net.province, result.path)
    assert net.province.query("SELECT address FROM surrender_persons WHERE surrender_id = ?", (r.id,))[0][0] \
        == "Thôn Nà Hin"


def test_the_command_line_shortens_it_too(net, old_store, capsys):
    post, good, long = old_store
    db = ["--db", str(post.path)]
    versions = post.query("SELECT count(*) FROM versions")[0][0]
    assert main(db + ["surrender", "edit", long.id, "--note", LONG_NOTE + "!"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Ghi chú dài 3400 ký tự, quá giới hạn 2000 ký tự" in err
    assert post.query("SELECT count(*) FROM versions")[0][0] == versions  # nothing written
    assert main(db + ["surrender", "edit", long.id, "--note", SHORT_NOTE]) == 0
    capsys.readouterr()
    assert main(db + ["check"]) == 0 and capsys.readouterr().out.strip() == "OK"
    assert receipts_at(post)[long.id] == SHORT_NOTE
    number = post.query("SELECT number FROM surrenders WHERE id = ?", (long.id,))[0][0]
    assert number == 2  # the receipt kept its number (the good one is 1)
