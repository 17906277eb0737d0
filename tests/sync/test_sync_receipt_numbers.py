"""Issue 18: a post restored from an old copy never issues again a receipt number it already printed and sent up.

The province's down-bundles carry the highest number it holds from the unit (per year); the post numbers from
max(its own, the province's) + 1; re-keying keeps the numbering; and the province flags, in one sentence, a
number a unit used for two receipts. End to end with real stores, enrolment, bundles, a restore and a re-key.
"""

from __future__ import annotations

import sqlite3

from app.domain.surrenders import Line, add_surrender, next_number
from app.sync import devices
from app.store.db import open_store
from app.sync import enrolment, export, importer
from app.sync.rekey import rekey
from tests.sync.conftest import TODAY

YEAR = int(TODAY[:4])


def receipt(store) -> int:
    return add_surrender(store, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 1)],
                         person_name="Lò Văn B").data["number"]


def numbers(store) -> list[int]:
    return [r[0] for r in store.query("SELECT number FROM surrenders WHERE unit_code = 'CAX-DD' ORDER BY number")]


def restore(net, old_copy):
    """The laptop's disk dies; the officer copies the old backup back and opens the app again."""
    post = net.posts["CAX-DD"]
    path = post.path
    post.close()
    with sqlite3.connect(str(old_copy)) as src, sqlite3.connect(str(path)) as dst:
        src.backup(dst)
    post = net.posts["CAX-DD"] = open_store(path)
    return post


def enrol_again(net, post, old_device):
    """What the province's officer does after the sentence: revoke the old laptop, enrol the re-keyed one."""
    devices.revoke(net.province, old_device, "khôi phục từ bản sao cũ")
    answer = enrolment.enrol(net.province, enrolment.write_enrolment(post, net.usb).path)
    enrolment.accept_answer(post, answer.answer_path)


def test_a_restored_post_numbers_on_from_what_the_province_holds(net, tmp_path):
    post = net.posts["CAX-DD"]
    assert receipt(post) == 1
    old_copy = tmp_path / "old-copy.sqlite"
    post.conn.backup(sqlite3.connect(str(old_copy)))  # the backup on a stick, after receipt 1
    assert [receipt(post), receipt(post)] == [2, 3]  # printed, handed over, and sent up
    importer.apply_import(net.province, net.up("CAX-DD"))
    assert numbers(net.province) == [1, 2, 3]
    old_device = post.device_id

    sent_up_to = net.province.query("SELECT max(seq) FROM versions WHERE device_id = ?", (old_device,))[0][0]
    with sqlite3.connect(str(old_copy)) as copy:
        counted = int(copy.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()[0])
    assert counted < sent_up_to

    post = restore(net, old_copy)
    assert numbers(post) == [1] and next_number(post, "CAX-DD", YEAR) == 2  # would re-issue 2 and 3
    down = export.export_bundle(net.province, net.usb, "CAX-DD").path
    got = importer.apply_import(post, down)  # the province's monthly down-bundle arrives
    # the post learns it was restored, and its versions are numbered past what the province holds from it
    assert got.restored_copy == {"acked": sent_up_to, "seq": counted}
    assert importer.restored_copy_text(got.restored_copy, "vi").startswith(
        f"Máy này đã được khôi phục từ một bản sao cũ: nơi gửi gói đã nhận của máy này đến phiên bản số {sent_up_to},"
        f" còn máy chỉ đếm đến {counted}")
    assert next_number(post, "CAX-DD", YEAR) == 4
    assert receipt(post) == 4
    assert post.query("SELECT max(seq) FROM versions WHERE device_id = ?", (old_device,))[0][0] > sent_up_to
    # nothing written between the restore and the down-bundle: the next bundle goes up as it is
    stick = tmp_path / "stick2"  # the first stick still holds the lost laptop's bundle of the same number
    stick.mkdir()
    got = importer.apply_import(net.province, export.export_bundle(post, stick).path)
    assert got.duplicate_numbers == [] and numbers(net.province) == [1, 2, 3, 4]

    # re-keying (had it written in between) keeps the numbering going
    rekey(post)
    assert receipt(post) == 5
    enrol_again(net, post, old_device)
    got = importer.apply_import(net.province, export.export_bundle(post, stick).path)
    assert got.duplicate_numbers == []
    assert numbers(net.province) == [1, 2, 3, 4, 5]


def test_the_province_says_so_when_a_number_came_twice(net, tmp_path, capsys):
    """A post restored and writing before any down-bundle reached it cannot know: the province says so."""
    post = net.posts["CAX-DD"]
    receipt(post)
    old_copy = tmp_path / "old-copy.sqlite"
    post.conn.backup(sqlite3.connect(str(old_copy)))
    receipt(post)
    importer.apply_import(net.province, net.up("CAX-DD"))
    first_two = dict(net.province.query("SELECT number, id FROM surrenders"))
    old_device = post.device_id
    post = restore(net, old_copy)
    again = add_surrender(post, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 1)],
                          person_name="Hà Văn D")
    assert again.data["number"] == 2  # the number receipt 2 had: it cannot know yet
    rekey(post)
    enrol_again(net, post, old_device)
    path = export.export_bundle(post, net.usb).path
    expected = [{"unit": "CAX-DD", "year": YEAR, "number": 2, "receipts": sorted([first_two[2], again.id])}]
    preview = importer.preview_import(net.province, path)
    assert preview.duplicate_numbers == expected
    from app.cli import main

    assert main(["--db", str(net.province.path), "import", "--dry-run", str(path)]) == 0
    assert f"Số biên bản bị cấp trùng: số 2/{YEAR} của đơn vị CAX-DD" in capsys.readouterr().out
    got = importer.apply_import(net.province, path)
    assert got.duplicate_numbers == expected
    assert numbers(net.province) == [1, 2, 2]  # both kept: an officer renumbers one
    assert importer.duplicate_numbers_text(got.duplicate_numbers, "vi") == (
        f"Số biên bản bị cấp trùng: số 2/{YEAR} của đơn vị CAX-DD đã có ở đây trên biên bản khác; máy của đơn vị có"
        " thể đã được khôi phục từ bản sao cũ và cấp lại số: hãy đối chiếu bản giấy và đánh lại số"
        " cho biên bản trùng (tất cả đều được giữ).")
    assert f"2/{YEAR} of unit CAX-DD" in importer.duplicate_numbers_text(got.duplicate_numbers, "en")
    # the next down-bundle tells the post; its next number is past both
    importer.apply_import(post, export.export_bundle(net.province, net.usb, "CAX-DD").path)
    assert receipt(post) == 3


def test_numbers_from_above_take_only_what_they_should(net):
    from app.domain.surrenders import note_numbers_from_above

    post = net.posts["CAX-DD"]
    with post.transaction():
        note_numbers_from_above(post, "CAX-DD", {str(YEAR): 7, "20x6": 99, str(YEAR - 1): -3, "1999": 10**12})
        note_numbers_from_above(post, "CAX-DD", {str(YEAR): 5})  # never goes down
        note_numbers_from_above(post, "CAX-DD", ["not", "a", "mapping"])
    assert next_number(post, "CAX-DD", YEAR) == 8 and next_number(post, "CAX-DD", YEAR - 1) == 1
    assert next_number(post, "CAX-DD", 1999) == 1


def test_an_acknowledgement_cannot_push_the_counter_far(net, monkeypatch):
    """A bundle's acknowledgements raise this laptop's counter only as far as a restore can explain (2^32):
    a sender (here the province's real, enrolled keys) cannot take the laptop's sequence numbers toward their
    limit."""
    post, prov = net.posts["CAX-DD"], net.province
    seq = int(post.meta_get("seq"))
    real_write = export.write_bundle

    def with_acks(out_dir, header, groups, keys, recipient, extras=None, **kw):
        extras = dict(extras or {}, acks={post.device_id: seq + (1 << 40)})
        return real_write(out_dir, header, groups, keys, recipient, extras, **kw)

    monkeypatch.setattr(export, "write_bundle", with_acks)
    down = export.export_bundle(prov, net.usb, "CAX-DD").path
    got = importer.apply_import(post, down)
    assert got.restored_copy == {}  # not believed: no restore explains it
    assert int(post.meta_get("seq")) == seq  # and the counter did not move
