"""A document's fields as an officer reads them (app.domain.readable): labels, names for codes, dd/mm/yyyy,
Vietnamese numbers, in both languages; what a store does not know is shown as its code, never an error."""

from __future__ import annotations

import orjson

from app import formatting
from app.domain import vocab
from app.domain.community_models import add_model, recognise_model
from app.domain.periods import status_label
from app.domain.readable import Names, document_fields, field_label, format_value
from app.domain.surrenders import Line, add_surrender


def rows(store, doc_type, data, lang="vi"):
    return {f.field: (f.label, f.text) for f in document_fields(store, doc_type, data, lang)}


def test_a_surrender_reads_as_names_units_and_dates(store):
    receipt = add_surrender(store, unit_code="CAX-DD", date="2026-11-05", person_name="Hoàng Văn Sơn",
                            lines=[Line("gun.homemade", 2), Line("firecracker.kg", 1.5), Line("ammo.rounds", 2028)])
    data = store.query("SELECT version_json(data) FROM versions WHERE doc_id = ?", (receipt.id,))[0][0]
    shown = rows(store, "surrender", orjson.loads(data))
    assert shown["unit_code"] == ("Đơn vị", "Công an xã Đồng Đăng")
    assert shown["date"] == ("Ngày giao nộp", "05/11/2026")
    assert shown["method"] == ("Hình thức giao nộp", "Tự nguyện giao nộp")
    assert shown["lines"] == ("Hiện vật", "2 khẩu súng tự chế, súng kíp\n1,5 kg pháo nổ\n2.028 viên đạn")
    assert shown["owner_unknown"] == ("Không rõ chủ", "Không")
    assert list(shown)[:3] == ["number", "unit_code", "date"]  # the house order, not the alphabet
    english = rows(store, "surrender", orjson.loads(data), "en")
    assert english["date"] == ("Date handed in", "05/11/2026")
    assert english["lines"][1].splitlines()[2].endswith(": 2,028 rounds") and "1.5 kg" in english["lines"][1]


def test_a_model_reads_its_type_status_recognitions_and_figures(store):
    model = add_model(store, unit_code="CAX-DD", name="Tổ tự quản đường biên bản Nà Pàn", type="border_line_group",
                      established="2024-05-10", households=1250, border_km=6.5)
    recognise_model(store, model.id, "province", "123/QĐ-UBND", "2025-01-15")
    data = dict(store.query("SELECT data FROM models WHERE id = ?", (model.id,))[0])
    shown = rows(store, "community_model", orjson.loads(data["data"]))
    assert shown["type"] == ("Loại mô hình", vocab.label("model_types", "border_line_group"))
    assert "_" not in shown["type"][1]
    assert shown["status"][1] == "Đang hoạt động"
    assert shown["established"][1] == "10/05/2024"
    assert shown["households"][1] == "1.250" and shown["border_km"][1] == "6,5"
    assert shown["recognitions"][1] == "Cấp tỉnh, 123/QĐ-UBND, 15/01/2025"
    assert shown["replicated_to"][1] == "" and shown["members"][1] == ""


def test_unknown_codes_show_as_codes_and_never_raise(store):
    names = Names(store, "vi")
    assert names.unit("CAX-XX") == "CAX-XX"
    assert format_value(names, "surrender", "lines", [{"item_code": "gun.ray", "quantity": 3, "unit": "khẩu"}]) \
        == "3 khẩu gun.ray"
    assert format_value(names, "activity", "model_id", "0123abcd") == "0123abcd"
    assert format_value(names, "activity", "kind", "dance") == "dance"
    assert field_label("activity", "mystery_field") == "mystery_field"
    assert format_value(Names(None), "monthly_figures", "month", "2026-03") == "03/2026"
    assert format_value(Names(None), "monthly_figures", "values", {"crime.cases_occurred": 3338}) \
        == "Số vụ phạm tội xảy ra: 3.338"
    assert format_value(Names(None), "surrender_person", "birth_year", 1968) == "1968"  # a year is not 1.968


def test_format_stamp():
    assert formatting.format_stamp("2026-03-01T08:05:00+0700") == "01/03/2026 08:05"
    assert formatting.format_stamp("2026-03-01") == "01/03/2026"
    assert formatting.format_stamp("") == "" and formatting.format_stamp("soon") == "soon"


def test_a_months_history_reads_as_steps_with_status_words_and_times():
    steps = [{"status": "submitted", "by": "Nguyễn Văn An", "at": "2026-12-01T08:05:00+0700", "reason": ""},
             {"status": "open", "by": "Lê Thị Hoa", "at": "2026-12-02T09:10:00+0700", "reason": "Sửa số liệu"}]
    text = format_value(Names(None, "vi"), "period", "history", steps)
    assert text.splitlines() == [f"{status_label('submitted', 'vi')} 01/12/2026 08:05 (Nguyễn Văn An)",
                                 f"{status_label('open', 'vi')} 02/12/2026 09:10 (Lê Thị Hoa): Sửa số liệu"]
