"""The table of limits itself (app/domain/sizes.py): every limit names its field in both languages, and
each kind of excess (text, entries, number, key, unstorable text) is refused."""

import pytest

from app.domain import sizes
from app.domain.validation import parse_number
from app.errors import ValidationError
from app.i18n import FIELDS


def test_every_limit_names_its_field_in_both_languages():
    labels = {label for _, label in sizes.TEXT_LIMITS.values()} | set(sizes.ENTRY_LABELS.values())
    missing = sorted(label for label in labels if label not in FIELDS)
    assert missing == []
    assert all(FIELDS[label]["vi"] != FIELDS[label]["en"] or label == "id" for label in labels)


@pytest.mark.parametrize("data, key", [
    ({"note": "x" * 2001}, "field_too_long"),
    ({"lines": [{"serial": "s" * 101}]}, "field_too_long"),
    ({"witnesses": ["w"] * 21}, "too_many_entries"),
    ({"values": {"k" * 101: 1}}, "field_too_long"),
    ({"k" * 101: 1}, "field_too_long"),
    ({"values": {"a": 10**16}}, "number_too_large"),
    ({"quantity": float("nan")}, "number_too_large"),
    ({"quantity": -(10**16)}, "number_too_large"),
])
def test_each_kind_of_excess_is_refused(data, key):
    with pytest.raises(sizes.SizeError) as err:
        sizes.check_sizes("surrender", data)
    assert err.value.key == key


def test_at_the_limit_is_accepted():
    sizes.check_sizes("surrender", {"note": "x" * 2000, "witnesses": ["w" * 200] * 20, "quantity": 10**15,
                                    "lines": [{"serial": "s" * 100}] * 200})
    sizes.check_sizes("period", {"reason": "r" * 500})
    with pytest.raises(sizes.SizeError):
        sizes.check_sizes("period", {"reason": "r" * 501})  # a month's steps keep shorter reasons


def test_text_that_cannot_be_stored_names_its_field():
    with pytest.raises(sizes.SizeError) as err:
        sizes.refuse_unstorable("surrender", {"lines": [{"serial": "A\udcff"}]})
    assert err.value.message("vi") == "Số hiệu chứa ký tự không hợp lệ (không phải văn bản Unicode); không có gì được ghi."


@pytest.mark.parametrize("typed", ["1e9", "1000000000", "0", "0.000001", "-5"])
def test_typed_numbers_within_the_bounds(typed):
    parse_number(typed, "quantity")


@pytest.mark.parametrize("typed", ["1000000001", "1e308", "1e400", "99999999999999999999", "1e-7", "-1e10"])
def test_typed_numbers_beyond_the_bounds(typed):
    with pytest.raises(ValidationError) as err:
        parse_number(typed, "quantity")
    assert err.value.key == "number_out_of_range"
