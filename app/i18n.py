"""Messages of the core in Vietnamese (default) and English.

The GUI translates its own widgets through Qt Linguist; sentences that come out of
the core (validation errors, CLI output) live here so the CLI, the tests and the GUI
show the same words. Keys are stable; texts may change.
"""

from __future__ import annotations

import datetime as dt
import os
import re

from app.formatting import format_date

LANGUAGES = ("vi", "en")
_current = os.environ.get("ANTT_LANG", "vi") if os.environ.get("ANTT_LANG") in LANGUAGES else "vi"

MESSAGES: dict[str, dict[str, str]] = {
    # generic validation
    "required": {"vi": "Chưa nhập {field}.", "en": "{field} is required."},
    "bad_date": {
        "vi": "{field} không hợp lệ: “{value}” (cần ngày có thật, dạng YYYY-MM-DD).",
        "en": "{field} is not valid: “{value}” (a real date as YYYY-MM-DD is needed).",
    },
    "bad_typed_date": {
        "vi": "{field} “{value}” không phải một ngày có thật: gõ ngày/tháng/năm, ví dụ 10/05/2024.",
        "en": "{field} “{value}” is not a real date: type day/month/year, e.g. 10/05/2024.",
    },
    "bad_typed_month": {
        "vi": "{field} “{value}” không phải một tháng: gõ tháng/năm, ví dụ 05/2024.",
        "en": "{field} “{value}” is not a month: type month/year, e.g. 05/2024.",
    },
    "bad_time": {
        "vi": "{field} “{value}” không phải một giờ có thật: gõ giờ:phút, ví dụ 14:05 (hoặc để trống).",
        "en": "{field} “{value}” is not a time of day: type hours:minutes, e.g. 14:05 (or leave it empty).",
    },
    "figure_not_whole": {
        "vi": "“{indicator}” đếm bằng số nguyên ({unit}); đã nhập {value}.",
        "en": "“{indicator}” is a whole number ({unit}); {value} was entered.",
    },
    "figure_not_number": {
        "vi": "“{indicator}” phải là một số; đã nhập “{value}”.",
        "en": "“{indicator}” must be a number; “{value}” was entered.",
    },
    "figure_negative": {
        "vi": "“{indicator}” không được âm; đã nhập {value}.",
        "en": "“{indicator}” cannot be negative; {value} was entered.",
    },
    "bad_month": {
        "vi": "{field} không hợp lệ: “{value}” (cần dạng YYYY-MM).",
        "en": "{field} is not valid: “{value}” (YYYY-MM is needed).",
    },
    "bad_number": {
        "vi": "{field} phải là một số: “{value}”.",
        "en": "{field} must be a number: “{value}”.",
    },
    "not_positive": {
        "vi": "{field} phải lớn hơn 0 (đã nhập {value}).",
        "en": "{field} must be greater than 0 (got {value}).",
    },
    "negative": {
        "vi": "{field} không được âm (đã nhập {value}).",
        "en": "{field} cannot be negative (got {value}).",
    },
    "not_whole": {
        "vi": "{field} của “{item}” phải là số nguyên ({unit}), đã nhập {value}.",
        "en": "{field} of “{item}” must be a whole number ({unit}), got {value}.",
    },
    "bad_choice": {
        "vi": "{field} “{value}” không có trong danh sách: {choices}.",
        "en": "{field} “{value}” is not one of: {choices}.",
    },
    "future_date": {
        "vi": "{field} {value} ở tương lai; không được sau ngày mai.",
        "en": "{field} {value} is in the future; it cannot be later than tomorrow.",
    },
    "date_order": {
        "vi": "{field} ({value}) không được trước {other_field} ({other}).",
        "en": "{field} ({value}) cannot be before {other_field} ({other}).",
    },
    # references
    "unknown_unit": {"vi": "Không có đơn vị mã “{code}”.", "en": "There is no unit with code “{code}”."},
    "unit_exists": {"vi": "Đơn vị mã “{code}” đã có.", "en": "A unit with code “{code}” already exists."},
    "unknown_item": {
        "vi": "Không có mã hiện vật “{code}” trong danh mục.",
        "en": "There is no item code “{code}” in the catalogue.",
    },
    "retired_item": {
        "vi": "Mã hiện vật “{code}” đã ngừng sử dụng.",
        "en": "Item code “{code}” is retired.",
    },
    "wrong_unit_of_count": {
        "vi": "“{item}” tính bằng “{expected}”, không phải “{given}”.",
        "en": "“{item}” is counted in “{expected}”, not “{given}”.",
    },
    "bad_item_spec": {
        "vi": "Dòng hiện vật “{value}” không đúng dạng MÃ=SỐ_LƯỢNG (ví dụ gun.military=2).",
        "en": "Item line “{value}” is not CODE=QUANTITY (e.g. gun.military=2).",
    },
    "no_items": {"vi": "Biên bản phải có ít nhất một dòng hiện vật.", "en": "A receipt needs at least one item line."},
    "unknown_model": {"vi": "Không có mô hình “{id}”.", "en": "There is no model “{id}”."},
    "unknown_receipt": {"vi": "Không có biên bản “{id}”.", "en": "There is no receipt “{id}”."},
    "model_ended": {
        "vi": "Mô hình “{name}” đã thanh loại ngày {date}.",
        "en": "Model “{name}” ended on {date}.",
    },
    "receipt_number_taken": {
        "vi": "Số biên bản {number}/{year} của đơn vị {unit} đã dùng.",
        "en": "Receipt number {number}/{year} of unit {unit} is already used.",
    },
    "unknown_indicator": {
        "vi": "Không có chỉ tiêu “{code}”.",
        "en": "There is no indicator “{code}”.",
    },
    "bad_figure_spec": {
        "vi": "Số liệu “{value}” không đúng dạng CHỈ_TIÊU=GIÁ_TRỊ.",
        "en": "Figure “{value}” is not INDICATOR=VALUE.",
    },
    "not_initialised": {
        "vi": "Kho dữ liệu chưa được khởi tạo; hãy chạy “antt init” trước.",
        "en": "The store is not set up yet; run “antt init” first.",
    },
    "already_initialised": {
        "vi": "Kho dữ liệu đã được khởi tạo cho đơn vị {code}.",
        "en": "The store is already set up for unit {code}.",
    },
    "version_conflict_bytes": {
        "vi": "Phiên bản {vid} đã có nhưng nội dung khác; dữ liệu không được nhập.",
        "en": "Version {vid} is already here with different content; nothing was imported.",
    },
    "version_hash_mismatch": {
        "vi": "Phiên bản {vid} có mã băm sai; dữ liệu bị hỏng hoặc bị sửa.",
        "en": "Version {vid} has a wrong hash; the data is damaged or was altered.",
    },
    "lamport_out_of_range": {
        "vi": "Phiên bản {vid} có đồng hồ logic ngoài giới hạn; dữ liệu không được nhập.",
        "en": "Version {vid} has a logical clock out of range; nothing was imported.",
    },
    "store_newer": {
        "vi": "Kho dữ liệu được tạo bởi phiên bản phần mềm mới hơn (lược đồ {found} > {known}); hãy cập nhật phần mềm.",
        "en": "The store was made by newer software (schema {found} > {known}); please update the software.",
    },
    "store_unreadable": {
        "vi": "Không mở được kho dữ liệu {path}: {reason}.",
        "en": "Cannot open the store {path}: {reason}.",
    },
    "disk_full": {
        "vi": "Ổ đĩa đầy; không có gì được ghi, dữ liệu vẫn như cũ.",
        "en": "The disk is full; nothing was written and the data is as it was.",
    },
    "parent_cycle": {
        "vi": "Đơn vị cấp trên “{parent}” không hợp lệ (tạo vòng lặp).",
        "en": "Parent unit “{parent}” is not valid (it makes a loop).",
    },
    "unit_namesake": {
        "vi": "Chú ý: đã có đơn vị cùng tên “{name}” (mã {codes}); đơn vị mã {code} là một đơn vị khác. "
              "Kiểm tra đúng đơn vị trước khi xác nhận.",
        "en": "Note: a unit named “{name}” is already here (code {codes}); the unit with code {code} is another "
              "one. Check it is the right unit before confirming.",
    },
    "wrong_parent_kind": {
        "vi": "Đơn vị loại “{kind}” không thể trực thuộc đơn vị loại “{parent_kind}”.",
        "en": "A unit of kind “{kind}” cannot sit under a unit of kind “{parent_kind}”.",
    },
    # starting the desktop app (ui/display_check.py): said before Qt is loaded, so in these words
    "no_display": {
        "vi": "Không có màn hình để mở cửa sổ (chưa đặt DISPLAY hay WAYLAND_DISPLAY): hãy chạy trong phiên "
              "đồ họa, hoặc đặt QT_QPA_PLATFORM=offscreen để chạy không có màn hình; các lệnh khác của antt "
              "(antt --help) vẫn dùng được.",
        "en": "There is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it in a "
              "desktop session, or set QT_QPA_PLATFORM=offscreen to run without a display; antt's other "
              "commands (antt --help) work anyway.",
    },
    "qt_libraries_missing": {
        "vi": "Qt cần thêm thư viện hệ thống để mở cửa sổ trên X11: thiếu {libraries} (trên Debian/Ubuntu: "
              "sudo apt-get install {packages}).",
        "en": "Qt needs more system libraries to open a window on X11: {libraries} missing (on Debian/Ubuntu: "
              "sudo apt-get install {packages}).",
    },
}

FIELDS: dict[str, dict[str, str]] = {
    "date": {"vi": "Ngày", "en": "Date"},
    "receipt_date": {"vi": "Ngày giao nộp", "en": "Receipt date"},
    "time": {"vi": "Giờ", "en": "Time"},
    "established": {"vi": "Ngày thành lập", "en": "Establishment date"},
    "ended_on": {"vi": "Ngày thanh loại", "en": "End date"},
    "end_reason": {"vi": "Lý do thanh loại", "en": "Reason for ending"},
    "quantity": {"vi": "Số lượng", "en": "Quantity"},
    "name": {"vi": "Tên", "en": "Name"},
    "model_name": {"vi": "Tên mô hình", "en": "Model name"},
    "model_type": {"vi": "Loại mô hình", "en": "Model type"},
    "unit_code": {"vi": "Mã đơn vị", "en": "Unit code"},
    "unit_name": {"vi": "Tên đơn vị", "en": "Unit name"},
    "unit_kind": {"vi": "Loại đơn vị", "en": "Unit kind"},
    "kind": {"vi": "Loại hoạt động", "en": "Activity kind"},
    "participants": {"vi": "Số người tham gia", "en": "Participants"},
    "members": {"vi": "Số thành viên", "en": "Members"},
    "households": {"vi": "Số hộ", "en": "Households"},
    "border_km": {"vi": "Số km đường biên", "en": "Km of border line"},
    "markers": {"vi": "Số cột mốc", "en": "Markers"},
    "month": {"vi": "Tháng", "en": "Month"},
    "value": {"vi": "Giá trị", "en": "Value"},
    "method": {"vi": "Hình thức giao nộp", "en": "Way of handing in"},
    "received_by": {"vi": "Cán bộ tiếp nhận", "en": "Receiving officer"},
    "person_name": {"vi": "Người giao nộp", "en": "Person handing in"},
    "birth_year": {"vi": "Năm sinh", "en": "Birth year"},
    "recognition_level": {"vi": "Cấp công nhận", "en": "Recognition level"},
    "decision_no": {"vi": "Số quyết định", "en": "Decision number"},
    "rating": {"vi": "Xếp loại", "en": "Rating"},
    "year": {"vi": "Năm", "en": "Year"},
    "number": {"vi": "Số biên bản", "en": "Receipt number"},
    "from": {"vi": "Từ ngày", "en": "From"},
    "to": {"vi": "Đến ngày", "en": "To"},
    "units": {"vi": "Số đơn vị", "en": "Number of units"},
    "months": {"vi": "Số tháng", "en": "Number of months"},
}


def current_language() -> str:
    return _current


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def field_label(field: str, lang: str | None = None) -> str:
    names = FIELDS.get(field)
    return names[lang or _current] if names else field


def add_messages(messages: dict[str, dict[str, str]]) -> None:
    """Join a layer's sentences (sync, reports) to the catalogue; a key may not mean two things."""
    clash = [k for k in set(messages) & set(MESSAGES) if MESSAGES[k] != messages[k]]
    if clash:
        raise ValueError(f"message keys defined twice with different texts: {sorted(clash)}")
    MESSAGES.update(messages)


def t(key: str, lang: str | None = None, **params: object) -> str:
    """The message `key` in `lang` (default: the current language) with `params` filled in.

    A parameter named `field` (or `other_field`) is a field key and is shown by its label.
    """
    lang = lang or _current
    text = MESSAGES[key][lang]
    shown = {name: value.text(lang) if isinstance(value, PerLanguage) else _as_shown(value)
             for name, value in params.items()}
    for name in ("field", "other_field"):
        if name in shown:
            shown[name] = field_label(str(shown[name]), lang)
    return text.format(**shown)


def ngettext(one: str, other: str, n: object, lang: str | None = None) -> str:
    """The form of a counted phrase for ``n``, with ``{n}`` filled in as the reader writes numbers (1.234; 8,1).

    gettext's ngettext with our languages' plural rules: English takes ``one`` for exactly 1 and ``other``
    otherwise ("1 model", "0 models", "2 models", "1,5 kg"); Vietnamese nouns do not change (nplurals=1), so a
    Vietnamese phrase passes the same text twice. Item 8 of issue 19 moves these texts to a catalogue; the
    call stays the same.
    """
    from decimal import Decimal

    from app.formatting import format_number

    lang = lang or _current
    chosen = one if lang == "en" and Decimal(str(n)) == 1 else other
    return chosen.replace("{n}", format_number(n, lang))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class PerLanguage:
    """A message parameter that reads differently in each language (an indicator's name, a number written
    2,5 or 2.5): `t()` asks it for `text(lang)` in the language of the sentence."""

    def __init__(self, value) -> None:
        self.value = value

    def text(self, lang: str) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.text("en")


def _as_shown(value: object) -> object:
    """A real date travels in ISO (2027-01-01) and is shown as the officer reads dates: 01/01/2027."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value  # not a real date (2026-13-01): shown as it was typed
    return value


MESSAGES.update({
    "score_over_max": {
        "vi": "Điểm tiêu chí “{criterion}” tối đa {max}, đã nhập {value}.",
        "en": "Criterion “{criterion}” allows at most {max} points, got {value}.",
    },
    "unknown_criterion": {
        "vi": "Không có tiêu chí chấm điểm “{code}”.",
        "en": "There is no scoring criterion “{code}”.",
    },
    "bad_thresholds": {
        "vi": "Ngưỡng xếp loại phải giảm dần trong khoảng 0–100 (Xuất sắc > Khá > Trung bình), đã nhập {value}.",
        "en": "Rating thresholds must fall within 0–100 (excellent > good > average), got {value}.",
    },
    "decision_needed": {
        "vi": "Công nhận đạt chuẩn “An toàn về an ninh, trật tự” cần số và ngày quyết định.",
        "en": "Recognition as “Safe on security and order” needs a decision number and date.",
    },
    "unknown_plan": {"vi": "Không có kế hoạch “{id}”.", "en": "There is no plan “{id}”."},
    "unknown_task": {"vi": "Không có nhiệm vụ “{id}”.", "en": "There is no task “{id}”."},
    "task_not_assigned": {
        "vi": "Nhiệm vụ “{task}” không giao cho đơn vị {unit}.",
        "en": "Task “{task}” is not assigned to unit {unit}.",
    },
    "no_units": {"vi": "Nhiệm vụ phải giao cho ít nhất một đơn vị.", "en": "A task must be assigned to at least one unit."},
    # who signs a unit's forms and "Nơi nhận" (issue 19 item 4)
    "text_too_long": {
        "vi": "{field} dài quá {max} ký tự: “{value}”.",
        "en": "{field} is longer than {max} characters: “{value}”.",
    },
    "too_many": {
        "vi": "{field}: nhiều nhất {max}, đã nhập {value}.",
        "en": "{field}: at most {max}, got {value}.",
    },
})

FIELDS.update({
    "place_name": {"vi": "Tên địa bàn, cơ sở", "en": "Place name"},
    "place_kind": {"vi": "Loại địa bàn, cơ sở", "en": "Kind of place"},
    "score": {"vi": "Điểm", "en": "Score"},
    "plan_number": {"vi": "Số kế hoạch", "en": "Plan number"},
    "plan_title": {"vi": "Tên kế hoạch", "en": "Plan title"},
    "task_title": {"vi": "Nội dung nhiệm vụ", "en": "Task"},
    "deadline": {"vi": "Thời hạn", "en": "Deadline"},
    "status": {"vi": "Trạng thái", "en": "Status"},
    "findings": {"vi": "Kết quả, nhận xét", "en": "Findings"},
    "form_kind": {"vi": "Loại báo cáo", "en": "Kind of form"},
    "capacity": {"vi": "Thẩm quyền ký (KT., TL., TM.)", "en": "Signing capacity (KT., TL., TM.)"},
    "signer_title": {"vi": "Chức vụ người ký", "en": "Signer's title"},
    "signer_name": {"vi": "Họ tên người ký", "en": "Signer's name"},
    "recipients": {"vi": "Nơi nhận", "en": "Recipients"},
})

# Accounts, permissions, audit, backups and periods (issue 6, issue 5 item 7) keep their sentences in
# app/security/messages.py (plain data that imports nothing), merged here.
from app.security import messages as _security_messages  # noqa: E402

MESSAGES.update(_security_messages.MESSAGES)
FIELDS.update(_security_messages.FIELDS)
