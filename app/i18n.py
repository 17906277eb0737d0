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


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
SHOWN_TEXT = 400  # characters of a typed value a sentence repeats; the middle of a longer one is left out


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
    """A real date travels in ISO (2027-01-01) and is shown as the officer reads dates: 01/01/2027.

    Any text is shown on one line, at most SHOWN_TEXT characters, and printable whatever was typed
    (issue 18: a 1 MB value or a line break must not turn a one-sentence refusal into pages)."""
    if not isinstance(value, str):
        return value
    if _ISO_DATE.fullmatch(value):
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value  # not a real date (2026-13-01): shown as it was typed
    if len(value) > SHOWN_TEXT:
        value = value[: SHOWN_TEXT // 2] + "…" + value[-(SHOWN_TEXT // 2 - 1):]
    value = _CONTROL.sub(" ", value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (an argument that was not UTF-8): shown escaped
        value = value.encode("utf-8", "backslashreplace").decode("utf-8")
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
    # reporting periods (app/domain/reporting_periods.py)
    "bad_period": {
        "vi": "Kỳ báo cáo “{value}” không hợp lệ (viết như {example}).",
        "en": "The reporting period “{value}” is not valid (write it as {example}).",
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
    "cutoff": {"vi": "Cách chốt số liệu", "en": "Cut-off rule"},
})

# Issue 18 items 5 and 6: limits of what a record may hold (app/domain/sizes.py) and of typed numbers
# (app/domain/validation.py), and refusals of the command line itself (app/cli). Through add_messages:
# a key another part already uses with other words is refused at import, not silently replaced.
add_messages({
    "field_too_long": {
        "vi": "{field} dài {length} ký tự, quá giới hạn {limit} ký tự; không có gì được ghi.",
        "en": "{field} is {length} characters long, more than the {limit} allowed; nothing was written.",
    },
    "too_many_entries": {
        "vi": "{field} có {count} mục, quá giới hạn {limit} mục; không có gì được ghi.",
        "en": "{field} has {count} entries, more than the {limit} allowed; nothing was written.",
    },
    "number_too_large": {
        "vi": "{field} có giá trị {value} ngoài giới hạn ±{limit}; không có gì được ghi.",
        "en": "{field} holds {value}, beyond the limit of ±{limit}; nothing was written.",
    },
    "number_out_of_range": {  # the bounds are validation.MAX_TYPED and MIN_TYPED
        "vi": "{field} “{value}” ngoài khoảng cho phép: tối đa 1.000.000.000 và, nếu khác 0, ít nhất 0,000001.",
        "en": "{field} “{value}” is out of range: at most 1,000,000,000 and, unless 0, at least 0.000001.",
    },
    "not_between": {
        "vi": "{field} phải từ {low} đến {high} (đã nhập {value}).",
        "en": "{field} must be from {low} to {high} (got {value}).",
    },
    "text_not_unicode": {
        "vi": "{field} chứa ký tự không hợp lệ (không phải văn bản Unicode); không có gì được ghi.",
        "en": "{field} holds characters that are not valid Unicode text; nothing was written.",
    },
    "record_too_large": {
        "vi": "Bản ghi quá lớn ({size} byte, tối đa {limit}); hãy rút ngắn ghi chú hoặc bớt dòng; không có gì được ghi.",
        "en": "The record is too large ({size} bytes, at most {limit}); shorten its notes or lines; nothing was written.",
    },
    "cli_usage": {
        "vi": "Lệnh không đúng: {detail} (xem “antt {command} --help”).",
        "en": "The command is not right: {detail} (see “antt {command} --help”).",
    },
    "cli_bad_argument": {
        "vi": "Đối số thứ {position} của lệnh không phải văn bản UTF-8 hợp lệ; hãy gõ lại.",
        "en": "Argument {position} of the command is not valid UTF-8 text; type it again.",
    },
    "cli_unexpected": {
        "vi": "Lỗi không mong đợi ({error}); lệnh đã dừng, chi tiết được ghi vào {log} để gửi cho người hỗ trợ.",
        "en": "Unexpected error ({error}); the command stopped, and the details were written to {log} for support.",
    },
    "cli_path_refused": {
        "vi": "Không dùng được tệp hoặc thư mục {path} ({reason}).",
        "en": "The file or folder {path} cannot be used ({reason}).",
    },
    "cli_file_required": {
        "vi": "Cần tên tệp gói để nhập (antt import TỆP).",
        "en": "The bundle file to import is needed (antt import FILE).",
    },
})

FIELDS.update({
    "code": {"vi": "Mã", "en": "Code"},
    "item_code": {"vi": "Mã hiện vật", "en": "Item code"},
    "id": {"vi": "Mã bản ghi", "en": "Record id"},
    "category": {"vi": "Nhóm", "en": "Category"},
    "unit_of_count": {"vi": "Đơn vị tính", "en": "Unit of count"},
    "leader": {"vi": "Tổ trưởng", "en": "Leader"},
    "received_rank": {"vi": "Cấp bậc, chức vụ người nhận", "en": "Receiving officer's rank"},
    "by": {"vi": "Người thực hiện", "en": "Done by"},
    "witnesses": {"vi": "Người chứng kiến", "en": "Witnesses"},
    "place": {"vi": "Địa điểm", "en": "Place"},
    "address": {"vi": "Địa chỉ", "en": "Address"},
    "replicated_to": {"vi": "Nơi nhân rộng", "en": "Replicated to"},
    "id_number": {"vi": "Số CCCD", "en": "ID number"},
    "serial": {"vi": "Số hiệu", "en": "Serial number"},
    "condition": {"vi": "Tình trạng", "en": "Condition"},
    "title": {"vi": "Tiêu đề", "en": "Title"},
    "implements": {"vi": "Căn cứ thực hiện", "en": "Implements"},
    "note": {"vi": "Ghi chú", "en": "Note"},
    "lines": {"vi": "Các dòng hiện vật", "en": "Item lines"},
    "recognitions": {"vi": "Các lần công nhận", "en": "Recognitions"},
    "history": {"vi": "Lịch sử trạng thái", "en": "Status history"},
    "unit_list": {"vi": "Danh sách đơn vị", "en": "List of units"},
})

# Units that merge, split, rename, move and end (issue 20, app/domain/unit_events.py).
add_messages({
    "unit_already_ended": {"vi": "Đơn vị “{code}” đã thôi hoạt động từ ngày {date}.",
                           "en": "Unit “{code}” ended on {date}."},
    "unit_event_exists": {"vi": "Quyết định về {code} ngày {date} đã được ghi.",
                          "en": "The change of {code} on {date} is already recorded."},
    "merge_needs_two": {"vi": "Sáp nhập cần ít nhất một đơn vị khác với đơn vị nhận sáp nhập.",
                        "en": "A merger needs at least one unit other than the one it merges into."},
    "merge_kinds_differ": {"vi": "Chỉ sáp nhập các đơn vị cùng cấp: {codes}.",
                           "en": "Only units of the same kind can merge: {codes}."},
    "split_needs_two": {"vi": "Chia tách cần ít nhất hai đơn vị mới khác nhau.",
                        "en": "A split needs at least two different new units."},
    "split_main_not_a_part": {"vi": "Đơn vị nhận hồ sơ còn lại “{code}” không nằm trong các đơn vị sau chia tách.",
                              "en": "The unit that takes the remaining records, “{code}”, is not one of the parts."},
    "split_into_itself": {"vi": "Đơn vị “{code}” không thể chia tách thành chính nó.",
                          "en": "Unit “{code}” cannot be split into itself."},
    "unit_same_name": {"vi": "Đơn vị “{code}” đã mang tên này.", "en": "Unit “{code}” already has this name."},
    "unit_same_parent": {"vi": "Đơn vị “{code}” đã trực thuộc “{parent}”.", "en": "Unit “{code}” is already under “{parent}”."},
    "unit_end_has_children": {
        "vi": "Đơn vị “{code}” còn đơn vị trực thuộc: hãy điều chuyển hoặc sáp nhập các đơn vị đó trước.",
        "en": "Unit “{code}” still has units under it: move or merge them first."},
    "home_unit_merged": {
        "vi": "Đơn vị của máy này ({code}) đã được sáp nhập vào {successor} từ ngày {date}: dữ liệu vẫn được gửi lên và"
              " được nhận dưới tên đơn vị mới; hãy nhập số liệu, biên bản mới cho {successor} và đề nghị cấp trên đăng ký"
              " lại máy cho {successor}.",
        "en": "This laptop's unit ({code}) was merged into {successor} on {date}: its bundles are still accepted under"
              " the new unit; enter new records for {successor} and ask the level above to enrol this laptop for it."},
    "home_unit_ended": {
        "vi": "Đơn vị của máy này ({code}) đã thôi hoạt động từ ngày {date}: không ghi thêm số liệu mới; hãy xuất gói dữ liệu"
              " gửi cấp trên và liên hệ cấp trên để được hướng dẫn đăng ký máy cho đơn vị mới.",
        "en": "This laptop's unit ({code}) ended on {date}: record nothing new; export a bundle for the level above and"
              " ask it to enrol this laptop for your new unit."},
    "record_for_ended_unit": {
        "vi": "Đơn vị “{code}” đã thôi hoạt động từ ngày {date}; ghi cho {successor}.",
        "en": "Unit “{code}” ended on {date}; record it for {successor}."},
    "unit_history_merge": {"vi": "{date}: {from} sáp nhập vào {into}", "en": "{date}: {from} merged into {into}"},
    "unit_history_split": {"vi": "{date}: {from} chia tách thành {parts}; hồ sơ cũ phân theo {attribution}, còn lại về {main}",
                           "en": "{date}: {from} split into {parts}; old records attributed {attribution}, the rest to {main}"},
    "unit_history_rename": {"vi": "{date}: đổi tên “{old}” thành “{new}”", "en": "{date}: renamed “{old}” to “{new}”"},
    "unit_history_move": {"vi": "{date}: {from} chuyển sang trực thuộc {parent}", "en": "{date}: {from} moved under {parent}"},
    "unit_history_end": {"vi": "{date}: {from} thôi hoạt động", "en": "{date}: {from} ended"},
    "unit_history_none": {"vi": "Đơn vị “{code}” chưa có thay đổi nào.", "en": "Unit “{code}” has no recorded change."},
    "attribution_place": {"vi": "thôn, địa bàn ghi trong hồ sơ", "en": "by the village/place recorded"},
    "attribution_choice": {"vi": "lựa chọn của cấp trên", "en": "by the level above's choice"},
    "now_is": {"vi": "nay là {name}", "en": "now {name}"},
    "sync_unit_event_from_below": {
        "vi": "Gói dữ liệu của {sender} bị từ chối: việc sáp nhập, chia tách, đổi tên đơn vị ({doc}) chỉ do cấp trên"
              " gửi xuống; không có gì thay đổi.",
        "en": "The bundle from {sender} is refused: a merger, split or renaming of units ({doc}) comes only from the"
              " level above; nothing was changed."},
    "unit_ended_note": {"vi": "đã thôi hoạt động", "en": "ended"},
    "formerly": {"vi": "trước đây: {name}", "en": "formerly {name}"},
    "unit_event_applied": {"vi": "Đã ghi: {text}.", "en": "Recorded: {text}."},
})
FIELDS.update({
    "effective_date": {"vi": "Ngày có hiệu lực", "en": "Effective date"},
    "decision_no": {"vi": "Số quyết định", "en": "Decision number"},
    "decision_date": {"vi": "Ngày quyết định", "en": "Decision date"},
    "attribution": {"vi": "Cách phân hồ sơ", "en": "Attribution of records"},
})

# Accounts, permissions, audit, backups and periods (issue 6, issue 5 item 7) keep their sentences in
# app/security/messages.py (plain data that imports nothing), merged here.
from app.security import messages as _security_messages  # noqa: E402

MESSAGES.update(_security_messages.MESSAGES)
FIELDS.update(_security_messages.FIELDS)

# Attachments (issue 16): app/domain/attachment_messages.py, plain data like the security sentences.
from app.domain import attachment_messages as _attachment_messages  # noqa: E402

add_messages(_attachment_messages.MESSAGES)
