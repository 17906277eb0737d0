"""Technical details inside sync messages ("size 10 ≠ 12", "key seal"), in the reader's language.

A `Phrase` is a `str` whose value is a stable code (tests and scripts compare it); messages
render it with `text(lang)`, so a Vietnamese sentence never carries an English fragment.
"""

from __future__ import annotations

import errno

from app.formatting import format_number
from app.i18n import current_language, field_label

PHRASES: dict[str, tuple[str, str]] = {
    # where a file was cut short
    "header": ("phần đầu", "header"),
    "ciphertext": ("phần dữ liệu mã hóa", "encrypted payload"),
    "signature": ("phần chữ ký", "signature"),
    # the envelope
    "schema version": ("phiên bản lược đồ dữ liệu không khớp", "the schema version does not match"),
    "read-back differs": ("đọc lại không giống dữ liệu vừa ghi", "reading it back gave other data"),
    "payload length": ("độ dài phần dữ liệu không đúng", "the payload length is wrong"),
    "payload chunk": ("khối dữ liệu thứ {index} không giải mã được", "payload block {index} does not decrypt"),
    "header length": ("độ dài phần đầu không đúng", "the header length is wrong"),
    "header form": ("phần đầu không đúng mẫu", "the header is not in the expected form"),
    "key length": ("độ dài khóa không đúng", "the key length is wrong"),
    "extra bytes": ("có dữ liệu thừa sau chữ ký", "there are extra bytes after the signature"),
    "key seal": ("khóa niêm phong không mở được", "the sealed key does not open"),
    "content key": ("khóa nội dung không đúng", "the content key is wrong"),
    # the manifest and the zip
    "not a zip": ("phần dữ liệu không phải tệp nén hợp lệ", "the payload is not a valid archive"),
    "members": ("quá nhiều tệp thành phần ({count})", "too many members ({count})"),
    "too large": ("quá lớn", "too large"),
    "unreadable": ("không đọc được", "unreadable"),
    "not JSON": ("không đúng định dạng", "not in the expected format"),
    "fields": ("thiếu hoặc thừa trường", "fields missing or extra"),
    "format": ("định dạng không được hỗ trợ", "unsupported format"),
    "member list": ("danh sách tệp thành phần sai", "the list of members is wrong"),
    "member name": ("tên tệp thành phần sai", "a member name is wrong"),
    "member entry": ("mục của “{member}” sai", "the entry of “{member}” is wrong"),
    "crc": ("dữ liệu nén bị hỏng", "the compressed data is damaged"),
    "size": ("kích thước {found} byte, bản kê ghi {expected}", "size {found} bytes, the manifest says {expected}"),
    "sha256": ("mã băm không khớp", "the hash does not match"),
    "rows": ("{found} dòng, bản kê ghi {expected}", "{found} lines, the manifest says {expected}"),
    "ratio unknown": ("không rõ", "unknown"),
    # a version line (check_version names the broken field)
    "device_id": ("mã máy sai", "bad device id"),
    "seq": ("số thứ tự sai", "bad sequence number"),
    "vid": ("mã phiên bản sai", "bad version id"),
    "doc_type": ("loại tài liệu sai", "bad document type"),
    "doc_id": ("mã tài liệu sai", "bad document id"),
    "author": ("người ghi sai", "bad author"),
    "claimed_at": ("thời điểm ghi sai", "bad claimed time"),
    "parents": ("phiên bản trước sai", "bad parent versions"),
    "deleted": ("dấu xóa sai", "bad deletion mark"),
    "data": ("dữ liệu sai", "bad data"),
    # why a kept version cannot be shown in the readable tables
    "missing_field": ("thiếu trường “{field}”", "the field “{field}” is missing"),
    "bad_value": ("có giá trị không đúng kiểu", "a value has the wrong type"),
    "not_its_id": ("mã tài liệu không khớp với khóa của nó, trùng chỗ với một tài liệu khác",
                   "its id does not match its key, so it would take another document's place"),
    # operating-system reasons
    "not found": ("không tìm thấy tệp", "file not found"),
    "no permission": ("không có quyền truy cập", "permission denied"),
    "device error": ("lỗi đọc/ghi thiết bị", "device input/output error"),
    "os error": ("lỗi hệ điều hành: {text}", "system error: {text}"),
    "reader stopped": ("tiến trình đọc gói dừng bất thường, mã {status}", "the process reading it stopped unexpectedly, code {status}"),
}


class Phrase(str):
    """A detail code that shows in the reader's language: `Phrase("size", found=10, expected=12)`."""

    params: dict

    def __new__(cls, code: str, **params: object) -> "Phrase":
        if code not in PHRASES:
            raise KeyError(code)
        obj = super().__new__(cls, code)
        obj.params = params
        return obj

    def text(self, lang: str | None = None) -> str:
        vi, en = PHRASES[str(self)]
        lang = lang or current_language()
        shown = {k: (format_number(v, lang) if type(v) is int else v) for k, v in self.params.items()}
        if "field" in shown:
            shown["field"] = field_label(str(shown["field"]), lang)
        return (vi if lang == "vi" else en).format(**shown)


def os_reason(exc: OSError) -> Phrase:
    """An operating-system failure as a phrase (strerror is English on every Windows and Linux we meet)."""
    if exc.errno == errno.ENOENT:
        return Phrase("not found")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Phrase("no permission")
    if exc.errno == errno.EIO:
        return Phrase("device error")
    return Phrase("os error", text=exc.strerror or type(exc).__name__)


def render(params: dict, lang: str | None) -> dict:
    """Message parameters with every Phrase shown in `lang`."""
    return {k: (v.text(lang) if isinstance(v, Phrase) else v) for k, v in params.items()}
