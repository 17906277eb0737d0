"""Refusals of the sync layer: one message key each, one clear sentence in Vietnamese and English.

The sentences join the core catalogue (`app.i18n.MESSAGES`) at import, so `AnttError.message()`,
the CLI and the GUI show them the same way. A bundle refusal always means: nothing was written.
"""

from __future__ import annotations

from app.errors import AnttError
from app.i18n import add_messages, t
from app.sync.phrases import render

SYNC_MESSAGES: dict[str, dict[str, str]] = {
    # --- keys
    "keys_missing": {
        "vi": "Chưa có khóa của máy này trong {path}; hãy khởi tạo khóa trước.",
        "en": "This computer has no keys in {path} yet; create them first.",
    },
    "keys_exist": {
        "vi": "Máy này đã có khóa trong {path}; không tạo lại để khỏi mất khóa cũ.",
        "en": "This computer already has keys in {path}; they are not made again so the old ones are not lost.",
    },
    "keys_passphrase": {
        "vi": "Mật khẩu của khóa ký không đúng.",
        "en": "The passphrase of the signing key is wrong.",
    },
    "keys_passphrase_needed": {
        "vi": "Khóa ký được bảo vệ bằng mật khẩu; hãy nhập mật khẩu.",
        "en": "The signing key is protected by a passphrase; please enter it.",
    },
    "keys_damaged": {
        "vi": "Tệp khóa {path} bị hỏng hoặc không đúng dạng.",
        "en": "The key file {path} is damaged or not in the right form.",
    },
    # --- bundle: the file as a whole
    "bundle_not_bundle": {
        "vi": "Tệp {name} không phải là gói dữ liệu ANTT.",
        "en": "The file {name} is not an ANTT data bundle.",
    },
    "bundle_unreadable": {
        "vi": "Không đọc được tệp {name} ({reason}).",
        "en": "Cannot read the file {name} ({reason}).",
    },
    "bundle_truncated": {
        "vi": "Gói {name} bị thiếu (tệp bị cắt cụt ở {part}); hãy chép lại từ máy gửi.",
        "en": "The bundle {name} is incomplete (cut short in its {part}); copy it again from the sender.",
    },
    "bundle_too_large": {
        "vi": "Gói {name} lớn quá giới hạn cho phép ({size} byte).",
        "en": "The bundle {name} is larger than allowed ({size} bytes).",
    },
    "bundle_damaged": {
        "vi": "Gói {name} bị hỏng hoặc đã bị sửa ({detail}); không nhập gì.",
        "en": "The bundle {name} is damaged or was altered ({detail}); nothing was imported.",
    },
    "bundle_newer_format": {
        "vi": "Gói {name} được tạo bởi phần mềm mới hơn (định dạng {found} > {known}); hãy cập nhật phần mềm.",
        "en": "The bundle {name} was made by newer software (format {found} > {known}); please update the software.",
    },
    "bundle_newer_schema": {
        "vi": "Gói {name} dùng lược đồ dữ liệu mới hơn ({found} > {known}); hãy cập nhật phần mềm.",
        "en": "The bundle {name} uses a newer data schema ({found} > {known}); please update the software.",
    },
    "bundle_unknown_signer": {
        "vi": "Gói {name} do máy {device} ký, máy này chưa được đăng ký; không nhập gì.",
        "en": "The bundle {name} is signed by device {device}, which is not enrolled; nothing was imported.",
    },
    "bundle_revoked_signer": {
        "vi": "Gói {name} do máy {device} ký, máy này đã bị thu hồi; không nhập gì.",
        "en": "The bundle {name} is signed by device {device}, which has been revoked; nothing was imported.",
    },
    "bundle_signer_mismatch": {
        "vi": "Gói {name} ghi là của máy {device} nhưng lại do máy {signer} ký; không nhập gì.",
        "en": "The bundle {name} says it is from device {device} but was signed by device {signer}; nothing was imported.",
    },
    "bundle_bad_signature": {
        "vi": "Chữ ký của gói {name} không đúng: tệp bị hỏng hoặc đã bị sửa; không nhập gì.",
        "en": "The signature of the bundle {name} is not valid: the file is damaged or was altered; nothing was imported.",
    },
    "bundle_wrong_recipient": {
        "vi": "Gói {name} được gửi cho đơn vị khác, không phải máy này; không nhập gì.",
        "en": "The bundle {name} is addressed to another unit, not this computer; nothing was imported.",
    },
    # --- bundle: the payload inside
    "bundle_bad_member": {
        "vi": "Gói {name} chứa tệp lạ “{member}” mà phần mềm không nhận; không nhập gì.",
        "en": "The bundle {name} holds a member “{member}” this software does not accept; nothing was imported.",
    },
    "bundle_unsafe_path": {
        "vi": "Gói {name} chứa đường dẫn nguy hiểm “{member}” (“..” hoặc đường dẫn tuyệt đối); không nhập gì.",
        "en": "The bundle {name} holds an unsafe path “{member}” (“..” or an absolute path); nothing was imported.",
    },
    "bundle_duplicate_member": {
        "vi": "Gói {name} chứa hai lần tệp “{member}”; không nhập gì.",
        "en": "The bundle {name} holds the member “{member}” twice; nothing was imported.",
    },
    "bundle_undeclared_member": {
        "vi": "Gói {name} chứa tệp “{member}” không có trong bản kê; không nhập gì.",
        "en": "The bundle {name} holds a member “{member}” that the manifest does not list; nothing was imported.",
    },
    "bundle_missing_member": {
        "vi": "Gói {name} thiếu tệp “{member}” mà bản kê liệt kê; không nhập gì.",
        "en": "The bundle {name} lacks the member “{member}” that its manifest lists; nothing was imported.",
    },
    "bundle_bad_manifest": {
        "vi": "Bản kê của gói {name} bị hỏng ({detail}); không nhập gì.",
        "en": "The manifest of the bundle {name} is damaged ({detail}); nothing was imported.",
    },
    "bundle_zip_bomb": {
        "vi": "Gói {name} có tệp “{member}” giải nén ra quá lớn ({size} byte, tỉ lệ nén {ratio}:1); không nhập gì.",
        "en": "The bundle {name} has a member “{member}” that unpacks far too large ({size} bytes, ratio {ratio}:1); nothing was imported.",
    },
    "bundle_file_too_big": {  # issue 16
        "vi": "Gói {name} mang tệp đính kèm “{member}” nặng {size} byte, quá giới hạn {limit} byte của một tệp; không nhập gì.",
        "en": "The bundle {name} carries an attachment “{member}” of {size} bytes, over the limit of {limit} bytes for one file; nothing was imported.",
    },
    "bundle_manifest_mismatch": {
        "vi": "Tệp “{member}” trong gói {name} không khớp bản kê ({detail}); không nhập gì.",
        "en": "The member “{member}” of the bundle {name} does not match the manifest ({detail}); nothing was imported.",
    },
    "bundle_bad_utf8": {
        "vi": "Dòng {line} của “{member}” trong gói {name} không phải văn bản UTF-8 hợp lệ; không nhập gì.",
        "en": "Line {line} of “{member}” in the bundle {name} is not valid UTF-8 text; nothing was imported.",
    },
    "bundle_line_too_long": {
        "vi": "Dòng {line} của “{member}” trong gói {name} dài quá {limit} byte; không nhập gì.",
        "en": "Line {line} of “{member}” in the bundle {name} is longer than {limit} bytes; nothing was imported.",
    },
    "bundle_too_deep": {
        "vi": "Dòng {line} của “{member}” trong gói {name} lồng nhau quá sâu; không nhập gì.",
        "en": "Line {line} of “{member}” in the bundle {name} is nested too deeply; nothing was imported.",
    },
    "bundle_bad_json": {
        "vi": "Dòng {line} của “{member}” trong gói {name} không phải JSON hợp lệ; không nhập gì.",
        "en": "Line {line} of “{member}” in the bundle {name} is not valid JSON; nothing was imported.",
    },
    "bundle_bad_version": {
        "vi": "Dòng {line} của “{member}” trong gói {name} không phải một phiên bản hợp lệ ({detail}); không nhập gì.",
        "en": "Line {line} of “{member}” in the bundle {name} is not a valid version ({detail}); nothing was imported.",
    },
    "bundle_lamport_range": {
        "vi": "Phiên bản {vid} trong gói {name} có đồng hồ logic {value} vượt giới hạn; không nhập gì.",
        "en": "Version {vid} in the bundle {name} has a logical clock {value} beyond the limit; nothing was imported.",
    },
    # issue 18: a version beyond the limits of app/domain/sizes.py (the keys are "bundle_" + SizeError.key)
    "bundle_field_too_long": {
        "vi": "Dòng {line} của “{member}” trong gói {name}: {field} dài {length} ký tự, quá giới hạn {limit}; không nhập gì.",
        "en": "Line {line} of “{member}” in the bundle {name}: {field} is {length} characters long, more than the {limit} allowed; nothing was imported.",
    },
    "bundle_too_many_entries": {
        "vi": "Dòng {line} của “{member}” trong gói {name}: {field} có {count} mục, quá giới hạn {limit}; không nhập gì.",
        "en": "Line {line} of “{member}” in the bundle {name}: {field} has {count} entries, more than the {limit} allowed; nothing was imported.",
    },
    "bundle_number_too_large": {
        "vi": "Dòng {line} của “{member}” trong gói {name}: {field} có giá trị {value} ngoài giới hạn ±{limit}; không nhập gì.",
        "en": "Line {line} of “{member}” in the bundle {name}: {field} holds {value}, beyond the limit of ±{limit}; nothing was imported.",
    },
    "bundle_write_failed": {
        "vi": "Không ghi được gói vào {path} ({reason}); hãy kiểm tra USB: còn chỗ trống và không bị khóa ghi.",
        "en": "Could not write the bundle to {path} ({reason}); check the USB stick has free space and is not write-protected.",
    },
    "bundle_write_readonly": {
        "vi": "Không ghi được vào {path}: ổ đĩa hoặc USB chỉ cho đọc (bị khóa ghi).",
        "en": "Cannot write to {path}: the drive or USB stick is read-only (write-protected).",
    },
    "bundle_write_full": {
        "vi": "Không ghi được gói vào {path}: ổ đĩa hoặc USB đã đầy.",
        "en": "Cannot write the bundle to {path}: the drive or USB stick is full.",
    },
    # issue 18: an export that fails says so, names the file it was writing, and leaves no `.partial`
    "bundle_export_full": {
        "vi": "Không xuất được gói {path}: ổ đĩa hoặc USB đã đầy; không để lại tệp nào, dữ liệu vẫn như cũ.",
        "en": "Export failed: the bundle {path} could not be written because the drive or USB stick is full; no file was left and the data is as it was.",
    },
    "bundle_export_readonly": {
        "vi": "Không xuất được gói {path}: ổ đĩa hoặc USB chỉ cho đọc (bị khóa ghi); không để lại tệp nào.",
        "en": "Export failed: the bundle {path} could not be written because the drive or USB stick is read-only (write-protected); no file was left.",
    },
    "bundle_export_failed": {
        "vi": "Không xuất được gói {path} ({reason}); không để lại tệp nào, hãy kiểm tra USB.",
        "en": "Export failed: the bundle {path} could not be written ({reason}); no file was left, check the USB stick.",
    },
    "bundle_export_unverified": {
        "vi": "Không xuất được gói {path}: đọc lại tệp vừa ghi thấy khác với dữ liệu đã ghi (USB có thể bị hỏng); không để lại tệp nào.",
        "en": "Export failed: the bundle {path} read back from the drive differs from what was written (the USB stick may be failing); no file was left.",
    },
    "bundle_export_record_too_large": {
        "vi": "Không xuất được gói {path}: phiên bản {vid} dài {size} byte, quá giới hạn {limit} byte của một dòng; không để lại tệp nào.",
        "en": "Export failed: version {vid} is {size} bytes, more than the {limit} a line of the bundle {path} may hold; no file was left.",
    },
    "bundle_export_over_limit": {
        "vi": "Không xuất được gói {path}: dòng {line} của “{member}” vượt giới hạn kích thước bản ghi (ghi từ phiên bản phần mềm cũ); không để lại tệp nào.",
        "en": "Export failed: line {line} of “{member}” in the bundle {path} is beyond the size limits of a record (written by older software); no file was left.",
    },
    "bundle_exists": {
        "vi": "Tệp {path} đã có; không ghi đè.",
        "en": "The file {path} already exists; it is not overwritten.",
    },
    # --- exchange
    "sync_no_recipient": {
        "vi": "Chưa đăng ký máy nhận nào cho đơn vị {unit}; hãy làm thủ tục đăng ký (enrol) trước.",
        "en": "No receiving device is enrolled for unit {unit}; complete the enrolment first.",
    },
    "sync_bundle_id_reused": {
        "vi": "Gói {name} mang mã của một gói đã nhập nhưng nội dung khác; không nhập gì.",
        "en": "The bundle {name} carries the id of a bundle already imported but with other content; nothing was imported.",
    },
    "sync_enrolment_bad": {
        "vi": "Tệp đăng ký {name} bị hỏng hoặc không đúng loại; không có gì thay đổi.",
        "en": "The enrolment file {name} is damaged or of the wrong kind; nothing was changed.",
    },
    "sync_restored_copy": {
        "vi": "Gói {name} bị từ chối, không nhập gì: máy {device} (đơn vị {unit}) gửi lại số thứ tự {seq} với nội dung"
              " khác bản đã nhận, có lẽ vì máy đã được khôi phục từ một bản sao cũ; tại máy đó hãy chạy “antt keys"
              " rekey” rồi gửi tệp ghi danh mới lên, ở đây thu hồi máy cũ (antt device revoke {device}) và ghi danh"
              " tệp mới: hồ sơ máy đó còn giữ sẽ được gửi lại.",
        "en": "The bundle {name} is refused and nothing was imported: device {device} (unit {unit}) sent sequence"
              " number {seq} again with other content than the one received, probably because it was restored from"
              " an old copy; on that laptop run “antt keys rekey” and send its new enrolment file, here revoke the"
              " old device (antt device revoke {device}) and enrol the new file: the records it still holds will"
              " come again.",
    },
    # issue 18: revocation holds; a second laptop of a unit is enrolled on purpose
    "sync_enrolment_revoked": {
        "vi": "Máy {device} (đơn vị {unit}, dấu vân tay {fingerprint}) đã bị thu hồi; không ghi danh lại. Nếu thật sự"
              " cần, quản trị viên ghi danh lại với --reenrol-revoked --reason \"lý do\".",
        "en": "Device {device} (unit {unit}, fingerprint {fingerprint}) has been revoked; it is not enrolled again. If"
              " it really must be, an administrator enrols it again with --reenrol-revoked --reason \"why\".",
    },
    "sync_enrolment_second_device": {
        "vi": "Đơn vị {unit} đã có máy {existing} được ghi danh; nếu đây đúng là máy thứ hai của đơn vị, hãy ghi danh"
              " với --second-device.",
        "en": "Unit {unit} already has an enrolled laptop ({existing}); if this really is the unit's second laptop,"
              " enrol it with --second-device.",
    },
    "sync_enrolment_self": {
        "vi": "Tệp đăng ký {name} là của chính máy này.",
        "en": "The enrolment file {name} belongs to this very computer.",
    },
    "sync_undo_nothing": {
        "vi": "Không có lần nhập nào để hoàn tác.",
        "en": "There is no import to undo.",
    },
    "sync_undo_changed": {
        "vi": "Không hoàn tác được lần nhập gói {name}: dữ liệu đã thay đổi sau lần nhập đó.",
        "en": "The import of {name} cannot be undone: the data has changed since.",
    },
    "sync_undo_backup_changed": {
        "vi": "Không hoàn tác được lần nhập gói {name}: bản sao lưu lấy trước lần nhập đó đã mất hoặc bị thay đổi ({path}).",
        "en": "The import of {name} cannot be undone: the backup taken before it is missing or was changed ({path}).",
    },
    "sync_undo_no_backup": {
        "vi": "Gói {name} được nhập cùng cả chồng gói sau một bản sao chung; hãy khôi phục bản sao đó thay vì hoàn tác.",
        "en": "The bundle {name} was imported in a stack after one shared backup; restore that backup instead of undoing.",
    },
    "sync_no_receipt": {
        "vi": "Không có biên nhận nhập gói số {id}.",
        "en": "There is no import receipt number {id}.",
    },
    "sync_unknown_document": {
        "vi": "Không có tài liệu “{doc_id}”.",
        "en": "There is no document “{doc_id}”.",
    },
    "sync_not_a_leaf": {
        "vi": "Phiên bản {vid} không phải là một bản đang xung đột của tài liệu này.",
        "en": "Version {vid} is not one of this document's competing versions.",
    },
}

add_messages(SYNC_MESSAGES)


class KeysError(AnttError):
    """The keys of this installation are missing, damaged or locked."""


class BundleError(AnttError):
    """A bundle we refuse to write or read; nothing was changed.

    Technical details travel as `Phrase` parameters and are shown in the reader's language.
    """

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key, **params)
        self.args = (self.message("en"),)

    def message(self, lang: str | None = None) -> str:
        return t(self.key, lang, **render(self.params, lang))
