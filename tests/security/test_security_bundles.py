"""Through real bundles: a month's status goes up and comes back down; a lost laptop is revoked at the
level above and its later bundles are refused."""

import pytest

from app.domain import periods, setup, surrenders
from app.errors import AnttError, ValidationError
from app.security import accounts, audit
from app.security.permissions import PermissionDenied
from app.store.db import open_store
from app.sync import devices, enrolment, export, importer
from app.sync.errors import BundleError
from tests.security.conftest import PASSWORDS, login

MONTH = "2025-06"


@pytest.fixture
def pair(tmp_path):
    """A commune post and its province, enrolled with each other; the province has accounts."""
    usb = tmp_path / "usb"
    usb.mkdir()
    province = open_store(tmp_path / "prov" / "antt.sqlite")
    setup.initialise(province, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police")
    post = open_store(tmp_path / "post" / "antt.sqlite")
    setup.initialise(post, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    answer = enrolment.enrol(province, enrolment.write_enrolment(post, usb).path)
    enrolment.accept_answer(post, answer.answer_path)
    accounts.create_first_administrator(province, "quantri", PASSWORDS["quantri"])
    login(province, "quantri")
    accounts.add_user(province, "chihuy", PASSWORDS["chihuy"], "commander")
    accounts.logout(province)
    yield post, province, usb
    post.close()
    province.close()


def _receipt(s, date="2025-06-03"):
    return surrenders.add_surrender(s, unit_code="CAX-DD", date=date, person_name="Lục Văn B",
                                    lines=[surrenders.Line("gun.air", 1)])


def test_a_month_goes_up_submitted_and_comes_back_approved(pair):
    post, province, usb = pair
    _receipt(post)
    periods.submit(post, "CAX-DD", MONTH)
    bundle = export.export_bundle(post, usb).path
    before = province.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    with pytest.raises(AnttError) as err:  # nobody logged in at the province
        importer.apply_import(province, bundle)
    assert err.value.key == "login_required"
    assert province.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == before
    login(province, "chihuy")
    importer.apply_import(province, bundle)
    assert periods.status_of(province, "CAX-DD", MONTH) == "submitted"
    assert audit.list_entries(province, action="sync.import")[0]["username"] == "chihuy"
    assert periods.completeness(province, MONTH, MONTH)["submitted"] == {MONTH: 1}
    periods.approve(province, "CAX-DD", MONTH)
    importer.apply_import(post, export.export_bundle(province, usb, recipient_unit="CAX-DD").path)
    assert periods.status_of(post, "CAX-DD", MONTH) == "approved"
    with pytest.raises(AnttError) as err:
        _receipt(post, date="2025-06-10")  # June's period under Decree 09: 15/05 - 14/06
    assert err.value.key == "period_locked"


def test_a_lost_laptop_is_revoked_and_its_later_bundles_are_refused(pair):
    post, province, usb = pair
    _receipt(post)
    login(province, "chihuy")
    importer.apply_import(province, export.export_bundle(post, usb).path)
    _receipt(post, date="2025-06-04")  # the laptop is lost after this; a bundle from it turns up later
    late = export.export_bundle(post, usb).path

    with pytest.raises(PermissionDenied):  # enrolment is the administrator's
        devices.revoke(province, post.device_id, reason="Máy bị mất")
    login(province, "quantri")
    with pytest.raises(ValidationError):
        devices.revoke(province, post.device_id, reason=" ")
    with pytest.raises(AnttError) as err:
        devices.revoke(province, "no-such-device", reason="Máy bị mất")
    assert err.value.key == "unknown_device"
    result = devices.revoke(province, post.device_id, reason="Máy bị mất ngày 02/07/2025")
    assert result["revoked"] and [d["revoked"] for d in devices.list_devices(province)] == [True]
    entry = audit.list_entries(province, action="device.revoke")[0]
    assert entry["username"] == "quantri" and entry["detail"]["reason"] == "Máy bị mất ngày 02/07/2025"

    login(province, "chihuy")
    with pytest.raises(BundleError) as err:
        importer.apply_import(province, late)
    assert err.value.key == "bundle_revoked_signer"
    assert province.conn.execute("SELECT count(*) FROM surrenders").fetchone()[0] == 1  # the first bundle stays
