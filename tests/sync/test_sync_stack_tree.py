"""A stack of bundles reads the store's tree of units once (app/sync/importer.StackTree), and again after a bundle
that stored a unit's version or a unit event, or after another connection wrote to the store: a stale tree would
judge a bundle's versions by units as they were."""

from __future__ import annotations

from app.domain import setup, units
from app.store.db import open_store
from app.sync.importer import StackTree


def province(path):
    s = open_store(path)
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn")
    units.add_unit(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    return s


def test_one_read_for_the_stack_a_copy_for_each_bundle(tmp_path):
    s = province(tmp_path / "p.sqlite")
    stack = StackTree(s)
    first = stack.copy()
    assert first.parents["CAX-DD"] == "CAT-LS"
    first.add("CAX-LINK", "CAT-LS", "commune_police")  # a bundle's chain of enrolments adds to its copy only
    units.add_unit(s, "CAX-TT", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    second = stack.copy()
    assert not second.knows("CAX-LINK")
    assert not second.knows("CAX-TT")  # read once: this connection's own write is told by `stored`, below
    stack.stored({"surrender": 3, "activity": 40})
    assert not stack.copy().knows("CAX-TT")
    stack.stored({"unit": 1})
    assert stack.copy().parents["CAX-TT"] == "CAT-LS"
    s.close()


def test_a_unit_event_or_another_connections_write_reads_it_again(tmp_path):
    s = province(tmp_path / "p.sqlite")
    stack = StackTree(s)
    assert not stack.copy().knows("CAX-TT")
    other = open_store(tmp_path / "p.sqlite")
    units.add_unit(other, "CAX-TT", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    other.close()
    assert stack.copy().parents["CAX-TT"] == "CAT-LS"
    units.add_unit(s, "CAX-BS", "Công an xã Bảo Sơn", "commune_police", "CAT-LS")
    stack.stored({"unit_event": 1})
    assert stack.copy().knows("CAX-BS")
    s.close()
