"""Vietnamese order (issue 19 item 5): the key, SQLite's ORDER BY ... COLLATE vi, and the lists built on them.

Expected orders are written by hand from the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t
u ư v x y; tones ngang, huyền, sắc, hỏi, ngã, nặng), never computed by the code under test.
"""

import random

import pytest

from app.collation import collated, compare, sort_key
from app.domain import setup, units

# The districts and towns of Lạng Sơn, and the names the issue found out of order, in the order a reader expects.
LANG_SON = ["Bắc Sơn", "Bình Gia", "Cao Lộc", "Chi Lăng", "Đình Lập", "Đồng Đăng", "Hữu Lũng", "Lộc Bình",
            "Tân Thanh", "Thành phố Lạng Sơn", "Tràng Định", "Văn Lãng", "Văn Quan"]
NUMBERED = ["Bình Gia", "Bình Gia 7", "Bình Gia 41", "Bình Gia 107", "Bình Giang"]
PEOPLE = ["Đặng Thị Hoa", "Đào Văn Bình", "Đỗ Minh Đức", "Dương Văn Dũng"]
PEOPLE_ORDER = ["Dương Văn Dũng", "Đào Văn Bình", "Đặng Thị Hoa", "Đỗ Minh Đức"]  # d before đ; a < ă < â < o < ô
TONES = ["ma", "mà", "má", "mả", "mã", "mạ"]  # ngang, huyền, sắc, hỏi, ngã, nặng
VOWELS = ["An", "Ăn", "Ân", "On", "Ôn", "Ơn", "Un", "Ưn"]


def shuffled(values):
    out = sorted(values)
    random.Random(19).shuffle(out)
    return out


@pytest.mark.parametrize("expected", [LANG_SON, NUMBERED, PEOPLE_ORDER, TONES, VOWELS])
def test_lists_sort_as_a_vietnamese_reader_expects(expected):
    assert collated(shuffled(expected)) == expected
    assert collated(reversed(expected)) == expected


def test_the_issues_examples():
    assert collated(["Tân Thanh", "Đồng Đăng", "Cao Lộc"]) == ["Cao Lộc", "Đồng Đăng", "Tân Thanh"]
    assert collated(["Bình Gia 107", "Bình Gia 41"]) == ["Bình Gia 41", "Bình Gia 107"]
    # what the code-point order did, for the record: it is wrong
    assert sorted(["Tân Thanh", "Đồng Đăng", "Cao Lộc"]) == ["Cao Lộc", "Tân Thanh", "Đồng Đăng"]


def test_tones_decide_only_between_equal_letters():
    # "mạ" (nặng, last tone) still comes before "mác": letters first, tones second
    assert collated(["mác", "mạ", "ma"]) == ["ma", "mạ", "mác"]
    assert compare("Bình", "Binh") == 1 and compare("Binh", "Bình") == -1


def test_composed_and_decomposed_spellings_sort_together():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Đồng Đăng")
    assert sort_key(nfd)[:3] == sort_key("Đồng Đăng")[:3]
    assert compare(nfd, "Đồng Đăng") == 0


def test_case_and_punctuation():
    assert collated(["Ma", "ma"]) == ["ma", "Ma"]
    assert collated(["Tổ tự quản số 2", "Tổ tự quản, số 10"]) == ["Tổ tự quản số 2", "Tổ tự quản, số 10"]
    assert compare(None, "") == 0 and compare(None, "a") == -1


def test_collated_with_a_key():
    rows = [{"name": "Tân Thanh"}, {"name": "Đồng Đăng"}, {"name": "Cao Lộc"}]
    assert [r["name"] for r in collated(rows, key=lambda r: r["name"])] == ["Cao Lộc", "Đồng Đăng", "Tân Thanh"]


def test_sqlite_orders_with_collate_vi(tmp_path):
    from app.store.db import open_store

    store = open_store(tmp_path / "s.sqlite")
    try:
        store.conn.execute("CREATE TEMP TABLE t(name TEXT)")
        store.conn.executemany("INSERT INTO t VALUES (?)", [(n,) for n in shuffled(set(LANG_SON + NUMBERED))])
        got = [r[0] for r in store.conn.execute("SELECT name FROM t ORDER BY name COLLATE vi")]
        assert got == ["Bắc Sơn", "Bình Gia", "Bình Gia 7", "Bình Gia 41", "Bình Gia 107", "Bình Giang", *LANG_SON[2:]]
        # the keyset condition of the pager compares with the same collation
        after = [r[0] for r in store.conn.execute(
            "SELECT name FROM t WHERE (name COLLATE vi) > ? ORDER BY name COLLATE vi", ("Cao Lộc",))]
        assert after == LANG_SON[3:]
    finally:
        store.close()


def test_unit_lists_are_in_vietnamese_order(tmp_path):
    from app.store.db import open_store

    store = open_store(tmp_path / "u.sqlite")
    try:
        setup.initialise(store, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn",
                         officer="Nguyễn Văn An")
        for code, name in [("X1", "Công an xã Tân Thanh"), ("X2", "Công an xã Đồng Đăng"),
                           ("X3", "Công an xã Cao Lộc"), ("X4", "Công an xã Bình Gia 107"),
                           ("X5", "Công an xã Bình Gia 41")]:
            units.add_unit(store, code, name, "commune_police", "CAT-LS")
        names = [u.name for u in units.list_units(store, under="CAT-LS") if u.code != "CAT-LS"]
        assert names == ["Công an xã Bình Gia 41", "Công an xã Bình Gia 107", "Công an xã Cao Lộc",
                         "Công an xã Đồng Đăng", "Công an xã Tân Thanh"]
    finally:
        store.close()
