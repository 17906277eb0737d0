"""Issue 18 item 5: sizes are limited where data is written. The largest record the limits allow travels
through a real export and import; a bundle carrying an over-long field is refused in one sentence naming
the field; an export onto a full stick says "export", names its file and leaves nothing behind; two
personal-details documents naming one receipt no longer stop an import."""

from __future__ import annotations

import errno
import gc
import sys

import orjson
import pytest

from app.domain import sizes
from app.domain.surrenders import Line, Person, add_surrender, get_surrender
from app.domain.versions import Clock, apply_versions, new_version
from app.errors import ValidationError
from app.sync import bundle as bundle_module
from app.sync import export, importer
from app.sync.bundle import read_bundle
from app.sync.errors import BundleError
from tests.sync.conftest import TODAY, snapshot

WIDE = "𝔸"  # four bytes in UTF-8: the widest a character can be stored


def _text(field: str, doc_type: str = "surrender") -> str:
    return WIDE * sizes._text_limit(doc_type, field)[0]


def _largest_receipt(store):
    lines = [Line("gun.homemade", 1, None, _text("serial"), _text("condition"))
             for _ in range(sizes.ENTRY_LIMITS["lines"])]
    return add_surrender(
        store, unit_code="CAX-DD", date=TODAY, lines=lines, person_name=_text("person_name"),
        received_by=_text("received_by"), received_rank=_text("received_rank"), place=_text("place"),
        time="23:59", witnesses=[_text("witnesses")] * sizes.ENTRY_LIMITS["witnesses"], note=_text("note"),
        person=Person(1970, _text("id_number"), _text("address")))


def test_the_largest_allowed_receipt_exports_and_imports(net):
    post = net.posts["CAX-DD"]
    receipt = _largest_receipt(post)
    stored, packed = post.query("SELECT length(CAST(version_json(data) AS BLOB)), length(data) FROM versions"
                                " WHERE doc_id = ?", (receipt.id,))[0]
    assert 250_000 < stored <= sizes.MAX_RECORD_BYTES  # big, and within what a bundle line may hold
    assert packed < stored  # kept packed in the store (schema step 9)
    result = importer.apply_import(net.province, net.up("CAX-DD"))
    assert result.counts["unreadable"] == 0
    there = get_surrender(net.province, receipt.id)
    assert there.data == receipt.data and there.person.address == _text("address")


def test_one_character_more_is_refused_naming_the_field(net):
    post = net.posts["CAX-DD"]
    before = snapshot(post)
    with pytest.raises(ValidationError) as err:
        add_surrender(post, unit_code="CAX-DD", date=TODAY, lines=[Line("gun.homemade", 1)],
                      person_name="A", witnesses=["B" * 201])
    assert err.value.message("vi") == "Người chứng kiến dài 201 ký tự, quá giới hạn 200 ký tự; không có gì được ghi."
    assert err.value.message("en") == "Witnesses is 201 characters long, more than the 200 allowed; nothing was written."
    with pytest.raises(ValidationError) as err:
        add_surrender(post, unit_code="CAX-DD", date=TODAY, lines=[Line("gun.homemade", 1)] * 201, person_name="A")
    assert err.value.message("vi") == "Các dòng hiện vật có 201 mục, quá giới hạn 200 mục; không có gì được ghi."
    assert snapshot(post) == before


def test_a_bundle_with_an_over_long_field_is_refused_in_one_sentence(kit):
    v = kit.v("post1", 1, data={"unit_code": "C01", "date": "2026-03-01", "kind": "meeting", "note": "x" * 2001})
    path = kit.forge_data(kit.line(v))
    with pytest.raises(BundleError) as err:
        read_bundle(path, kit.province, kit.known())
    assert err.value.key == "bundle_field_too_long"
    assert err.value.message("vi") == (f"Dòng 1 của “data/activity.jsonl” trong gói {path.name}: Ghi chú dài 2001 ký tự,"
                                       " quá giới hạn 2000; không nhập gì.")
    big = kit.v("post1", 2, data={"unit_code": "C01", "quantity": 10**16})
    with pytest.raises(BundleError) as err:
        read_bundle(kit.forge_data(kit.line(big)), kit.province, kit.known())
    assert err.value.key == "bundle_number_too_large"


class _FullDisk:
    """A file on a stick that fills after `room` bytes."""

    def __init__(self, real, room: int) -> None:
        self._real, self._room = real, room

    def write(self, data) -> int:
        if self._room < len(data):
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._real.write(data)

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._real.close()


def test_an_export_onto_a_full_stick_says_export_names_its_file_and_leaves_nothing(net, monkeypatch):
    post = net.posts["CAX-DD"]
    for n in range(30):
        add_surrender(post, unit_code="CAX-DD", date=TODAY, lines=[Line("gun.homemade", 1)], person_name=f"N {n}",
                      note=str(n) * 500)
    real_open = open
    monkeypatch.setattr(bundle_module, "open", lambda *a, **k: _FullDisk(real_open(*a, **k), 4096), raising=False)
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    before = snapshot(post)
    with pytest.raises(BundleError) as err:
        export.export_bundle(post, net.usb)
    gc.collect()
    name = err.value.params["path"]
    assert name.endswith(".antt") and name.startswith(str(net.usb))
    assert err.value.message("vi") == f"Không xuất được gói {name}: ổ đĩa hoặc USB đã đầy; không để lại tệp nào, dữ liệu vẫn như cũ."
    assert err.value.message("en").startswith(f"Export failed: the bundle {name} could not be written")
    assert not list(net.usb.glob("*.antt")) and not list(net.usb.glob("*.partial"))
    assert unraisable == []  # no ZipFile.__del__ writing into the closed file after the sentence
    assert snapshot(post) == before
    assert post.query("SELECT count(*) FROM sync_exports")[0][0] == 0


def test_a_version_too_long_for_a_bundle_line_is_named_before_anything_is_written(kit):
    v = kit.v("post1", 1, data={"unit_code": "C01", "date": "2026-03-01", "kind": "meeting", "note": "x" * (1 << 20)})
    with pytest.raises(BundleError) as err:
        kit.write([v])
    assert err.value.key == "bundle_export_record_too_large" and err.value.params["vid"] == "post1:1"
    assert list(kit.out.iterdir()) == []


def test_two_personal_details_documents_for_one_receipt_import_cleanly(net):
    post = net.posts["CAX-DD"]
    receipt = add_surrender(post, unit_code="CAX-DD", date=TODAY, lines=[Line("gun.homemade", 1)], person_name="A",
                            person=Person(1970, "012", "Bản Nà Hin"))
    clock = Clock(post)
    stray = new_version(clock, "surrender_person", "another-id", {"surrender_id": receipt.id, "birth_year": 1950,
                                                                   "id_number": "999", "address": "Nơi khác"})
    with post.transaction():
        clock.save()
        apply_versions(post, [stray])  # used to be an IntegrityError here, and at the province's import
    path = net.up("CAX-DD")
    preview = importer.preview_import(net.province, path)
    assert preview.counts["unreadable"] == 1 and preview.unreadable[0]["problem"] == "not_its_id"
    result = importer.apply_import(net.province, path)
    assert result.counts == preview.counts
    rows = net.province.query("SELECT id_number FROM surrender_persons WHERE surrender_id = ?", (receipt.id,))
    assert [tuple(r) for r in rows] == [("012",)]  # the document under the receipt's own id
    assert net.province.query("SELECT count(*) FROM versions WHERE doc_id = 'another-id'")[0][0] == 1  # kept
    assert orjson.loads(net.province.query("SELECT detail FROM held_documents WHERE doc_id = 'another-id'")[0][0])
