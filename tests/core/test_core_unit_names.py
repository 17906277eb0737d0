"""The login dialog's unit name comes from one query; it must say what app.domain.units says."""

from app.domain import units
from app.domain.unit_names import unit_name


def test_the_name_is_the_domains_name_and_unknown_codes_are_empty(store):
    assert unit_name(store, store.home_unit) == units.get_unit(store, "CAX-DD").name == "Công an xã Đồng Đăng"
    assert unit_name(store, "CAT-LS") == "Công an tỉnh Lạng Sơn"
    assert unit_name(store, "NO-SUCH") == "" and unit_name(store, None) == ""
