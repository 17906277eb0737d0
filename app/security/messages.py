"""Sentences of accounts, permissions, audit, backups and periods (vi first, en second).

Kept beside the code that raises them and merged into app.i18n.MESSAGES by app/i18n.py. Plain data:
this module imports nothing (app.i18n imports it while it is itself being imported).
"""

MESSAGES: dict[str, dict[str, str]] = {
    # accounts and logins
    "login_required": {
        "vi": "Cần đăng nhập: kho dữ liệu này có tài khoản người dùng.",
        "en": "Please log in: this store has user accounts.",
    },
    "login_required_cli": {
        "vi": "Kho dữ liệu này có tài khoản; hãy thêm --user TÊN (hoặc đặt ANTT_USER), mật khẩu nhập khi được hỏi hoặc đặt trong ANTT_PASSWORD.",
        "en": "This store has accounts; add --user NAME (or set ANTT_USER); the password is asked for, or read from ANTT_PASSWORD.",
    },
    "password_needed": {
        "vi": "Cần mật khẩu của “{user}”: đặt biến môi trường ANTT_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.",
        "en": "The password of “{user}” is needed: set ANTT_PASSWORD or run the command in a terminal to type it.",
    },
    "password_prompt": {"vi": "Mật khẩu của {user}: ", "en": "Password of {user}: "},
    "new_password_prompt": {"vi": "Mật khẩu mới cho {user}: ", "en": "New password for {user}: "},
    "repeat_password_prompt": {"vi": "Nhập lại mật khẩu mới: ", "en": "Type the new password again: "},
    "daily_backup_failed": {
        "vi": "Cảnh báo: chưa sao lưu hằng ngày được ({reason}).",
        "en": "Warning: the daily backup could not be taken ({reason}).",
    },
    "login_failed": {
        "vi": "Tên đăng nhập hoặc mật khẩu không đúng.",
        "en": "Wrong user name or password.",
    },
    "login_wait": {
        "vi": "Đã nhập sai nhiều lần; hãy thử lại sau {seconds} giây.",
        "en": "Too many wrong tries; try again in {seconds} seconds.",
    },
    "account_locked": {
        "vi": "Tài khoản “{user}” bị khóa {minutes} phút vì nhập sai mật khẩu nhiều lần; quản trị viên có thể mở khóa.",
        "en": "Account “{user}” is locked for {minutes} minutes after too many wrong passwords; an administrator can unlock it.",
    },
    "account_disabled": {
        "vi": "Tài khoản “{user}” đã bị vô hiệu hóa.",
        "en": "Account “{user}” is disabled.",
    },
    "unknown_user": {"vi": "Không có tài khoản “{user}”.", "en": "There is no account “{user}”."},
    "user_exists": {"vi": "Tài khoản “{user}” đã có.", "en": "Account “{user}” already exists."},
    "bad_username": {
        "vi": "Tên đăng nhập “{value}” không hợp lệ (2–32 ký tự: chữ thường không dấu, số, dấu chấm, gạch).",
        "en": "User name “{value}” is not valid (2–32 characters: lower-case letters, digits, dot, dash, underscore).",
    },
    "password_too_short": {
        "vi": "Mật khẩu phải có ít nhất {length} ký tự.",
        "en": "The password must have at least {length} characters.",
    },
    "password_is_username": {
        "vi": "Mật khẩu không được trùng tên đăng nhập.",
        "en": "The password cannot be the user name.",
    },
    "password_unchanged": {
        "vi": "Mật khẩu mới phải khác mật khẩu cũ.",
        "en": "The new password must differ from the old one.",
    },
    "password_mismatch": {
        "vi": "Hai lần nhập mật khẩu không khớp nhau; chưa có gì thay đổi.",
        "en": "The two passwords typed do not match; nothing was changed.",
    },
    "first_account_admin": {
        "vi": "Tài khoản đầu tiên phải là quản trị viên (--role administrator).",
        "en": "The first account must be an administrator (--role administrator).",
    },
    "accounts_exist": {
        "vi": "Kho dữ liệu đã có tài khoản quản trị; hãy đăng nhập để thêm tài khoản.",
        "en": "The store already has an administrator; log in to add accounts.",
    },
    "last_administrator": {
        "vi": "Không thể vô hiệu hóa hoặc đổi vai trò quản trị viên cuối cùng còn hoạt động.",
        "en": "The last active administrator cannot be disabled or given another role.",
    },
    "permission_denied": {
        "vi": "Tài khoản “{user}” ({role}) không có quyền {action}; việc này cần vai trò: {needed}.",
        "en": "Account “{user}” ({role}) may not {action}; this needs the role: {needed}.",
    },
    "account_state_active": {"vi": "đang dùng", "en": "active"},
    "account_state_locked": {"vi": "đang bị khóa", "en": "locked"},
    "account_state_disabled": {"vi": "đã vô hiệu hóa", "en": "disabled"},
    "password_changed": {"vi": "Đã đổi mật khẩu.", "en": "The password was changed."},
    # audit
    "audit_changed": {
        "vi": "Mục nhật ký số {seq} đã bị sửa.",
        "en": "Audit entry {seq} was altered.",
    },
    "audit_missing": {
        "vi": "Mất mục nhật ký số {seq} đến {until} (đã bị xóa).",
        "en": "Audit entries {seq} to {until} are missing (deleted).",
    },
    "audit_link": {
        "vi": "Mục nhật ký số {seq} không nối với mục trước nó (mục trước đã bị sửa hoặc xóa).",
        "en": "Audit entry {seq} does not link to the one before it (that one was altered or removed).",
    },
    "audit_tail_missing": {
        "vi": "Mất các mục nhật ký cuối, số {seq} đến {until} (đã bị xóa).",
        "en": "The last audit entries, {seq} to {until}, are missing (deleted).",
    },
    "audit_head_mismatch": {
        "vi": "Mục nhật ký cuối (số {seq}) không khớp dấu vết đã lưu; nhật ký đã bị sửa.",
        "en": "The last audit entry ({seq}) does not match the recorded head; the trail was altered.",
    },
    "audit_ok": {
        "vi": "Nhật ký thao tác nguyên vẹn: {count} mục.",
        "en": "The audit trail is intact: {count} entries.",
    },
    # backups and restore
    "backup_target_full": {
        "vi": "Không đủ chỗ trống ở {path}; bản sao lưu chưa được ghi, dữ liệu vẫn nguyên.",
        "en": "There is not enough free space at {path}; no backup was written and the data is untouched.",
    },
    "backup_target_readonly": {
        "vi": "Không ghi được vào {path} (chỉ đọc hoặc không có quyền ghi); bản sao lưu chưa được ghi.",
        "en": "Cannot write to {path} (read-only or no permission); no backup was written.",
    },
    "backup_target_missing": {
        "vi": "Không có thư mục {path}; hãy cắm ổ USB hoặc chọn thư mục khác.",
        "en": "There is no folder {path}; plug in the USB stick or choose another folder.",
    },
    "backup_keep_set": {
        "vi": "Giữ {keep} bản sao lưu tự động gần nhất của mỗi loại.",
        "en": "The last {keep} automatic backups of each kind are kept.",
    },
    "restored": {
        "vi": "Đã khôi phục từ {file} ({versions} phiên bản dữ liệu).",
        "en": "Restored from {file} ({versions} versions of records).",
    },
    "previous_kept": {
        "vi": "Kho dữ liệu trước khi khôi phục được giữ tại {path}.",
        "en": "The store as it was before the restore is kept at {path}.",
    },
    "restore_backup_running": {
        "vi": "Đang sao lưu hằng ngày; chưa khôi phục được. Đợi vài phút rồi thử lại. Dữ liệu chưa bị thay đổi.",
        "en": "The daily backup is being taken; nothing was restored. Wait a few minutes and try again. "
              "Nothing was changed.",
    },
    "restore_not_found": {
        "vi": "Không có tệp {path}.",
        "en": "There is no file {path}.",
    },
    "restore_not_sqlite": {
        "vi": "Tệp {path} không phải bản sao lưu của ANTT (không đọc được như cơ sở dữ liệu); dữ liệu hiện tại vẫn nguyên.",
        "en": "{path} is not an ANTT backup (not a readable database); the current data is untouched.",
    },
    "restore_corrupt": {
        "vi": "Tệp {path} bị hỏng ({detail}); không khôi phục, dữ liệu hiện tại vẫn nguyên.",
        "en": "{path} is damaged ({detail}); nothing was restored and the current data is untouched.",
    },
    "restore_not_antt": {
        "vi": "Tệp {path} không phải kho dữ liệu ANTT; dữ liệu hiện tại vẫn nguyên.",
        "en": "{path} is not an ANTT store; the current data is untouched.",
    },
    "restore_newer": {
        "vi": "Tệp {path} do phiên bản phần mềm mới hơn tạo (lược đồ {found} > {known}); hãy cập nhật phần mềm trước.",
        "en": "{path} was made by newer software (schema {found} > {known}); update the software first.",
    },
    "restore_other_device": {
        "vi": "Tệp {path} là dữ liệu của máy khác (thiết bị {found}, máy này {here}); nếu thay máy, thêm --from-other-device và không dùng máy cũ nữa.",
        "en": "{path} holds another laptop's data (device {found}, this one {here}); when replacing a laptop add --from-other-device and stop using the old one.",
    },
    # sealed backups (issue 18 item 7)
    "backup_passphrase_short": {
        "vi": "Mật khẩu sao lưu phải có ít nhất {n} ký tự (nên dùng một câu vài từ dễ nhớ).",
        "en": "The backup passphrase must have at least {n} characters (a few words that are easy to remember).",
    },
    "backup_passphrase_needed": {
        "vi": "Tệp {path} được mã hóa; cần mật khẩu sao lưu (hỏi khi chạy trong cửa sổ dòng lệnh, hoặc đặt ANTT_BACKUP_PASSPHRASE).",
        "en": "{path} is encrypted; its backup passphrase is needed (asked in a terminal, or set ANTT_BACKUP_PASSPHRASE).",
    },
    "backup_passphrase_to_set": {
        "vi": "Bản sao lưu ghi ra ngoài thư mục dữ liệu được mã hóa; cần đặt mật khẩu sao lưu (nhập hai lần trong cửa sổ dòng lệnh, hoặc đặt ANTT_BACKUP_PASSPHRASE).",
        "en": "A backup written outside the data folder is encrypted; set its passphrase (typed twice in a terminal, or ANTT_BACKUP_PASSPHRASE).",
    },
    "backup_passphrase_wrong": {
        "vi": "Mật khẩu sao lưu không đúng với tệp {path}; không khôi phục, dữ liệu hiện tại vẫn nguyên.",
        "en": "The backup passphrase does not open {path}; nothing was restored and the current data is untouched.",
    },
    "backup_passphrase_mismatch": {
        "vi": "Hai lần nhập mật khẩu sao lưu không giống nhau; chưa ghi bản sao lưu.",
        "en": "The two backup passphrases differ; no backup was written.",
    },
    "backup_truncated": {
        "vi": "Tệp {path} bị cắt cụt (thiếu phần cuối); không khôi phục, dữ liệu hiện tại vẫn nguyên.",
        "en": "{path} is cut short (its end is missing); nothing was restored and the current data is untouched.",
    },
    "backup_damaged": {
        "vi": "Tệp {path} bị hỏng hoặc đã bị sửa; không khôi phục, dữ liệu hiện tại vẫn nguyên.",
        "en": "{path} is damaged or was altered; nothing was restored and the current data is untouched.",
    },
    "backup_format": {
        "vi": "Tệp {path} là bản sao lưu mã hóa dạng mà phần mềm này chưa biết; hãy cập nhật phần mềm.",
        "en": "{path} is an encrypted backup of a kind this software does not know; update the software.",
    },
    "backup_passphrase_prompt": {"vi": "Mật khẩu sao lưu: ", "en": "Backup passphrase: "},
    "backup_new_passphrase_prompt": {"vi": "Đặt mật khẩu sao lưu: ", "en": "Set the backup passphrase: "},
    "backup_repeat_passphrase_prompt": {"vi": "Nhập lại mật khẩu sao lưu: ", "en": "Type the backup passphrase again: "},
    # audit anchors (issue 18 item 9)
    "audit_behind_anchor": {
        "vi": "Nhật ký thao tác chỉ còn {seq} mục nhưng {source} đã ghi nhận {until} mục: các mục cuối đã bị xóa.",
        "en": "The audit trail holds {seq} entries but {source} recorded {until}: the last entries were removed.",
    },
    "audit_anchor_mismatch": {
        "vi": "Mục nhật ký số {until} khác với mục mà {source} đã ghi nhận: nhật ký đã bị viết lại.",
        "en": "Audit entry {until} differs from the one {source} recorded: the trail was rewritten.",
    },
    "audit_peer_backwards": {
        "vi": "Nhật ký thao tác của máy {device} ({unit}) đi lùi: gói {file} ghi {seq} mục, sau một gói trước đó đã ghi {until} mục; hãy hỏi đơn vị có khôi phục bản cũ hay xóa nhật ký không.",
        "en": "The audit trail of laptop {device} ({unit}) went backwards: bundle {file} carries {seq} entries after an earlier one carried {until}; ask the post whether it restored an old copy or removed entries.",
    },
    "audit_source_file": {"vi": "tệp mốc nhật ký {path}", "en": "the anchor file {path}"},
    "audit_source_backup": {"vi": "bản sao lưu {path}", "en": "the backup {path}"},
    "audit_source_export": {"vi": "gói đã gửi {file}", "en": "the exported bundle {file}"},
    # devices
    "unknown_device": {
        "vi": "Không có thiết bị “{device}” trong danh sách đã đăng ký.",
        "en": "There is no enrolled device “{device}”.",
    },
    "device_revoked": {
        "vi": "Đã thu hồi thiết bị {device} ({unit}): các gói dữ liệu sau này của máy đó sẽ bị từ chối.",
        "en": "Device {device} ({unit}) is revoked: its later bundles will be refused.",
    },
    # periods
    "period_locked": {
        "vi": "Tháng {month} của đơn vị {unit} {status} nên đã khóa; không sửa được hồ sơ của tháng này. Chỉ huy có thể mở lại (kèm lý do).",
        "en": "Month {month} of unit {unit} is {status}, so it is locked; its records cannot be changed. A commander can reopen it (with a reason).",
    },
    "period_bad_step": {
        "vi": "Tháng {month} của đơn vị {unit} đang ở trạng thái “{status}”; không thể {action}.",
        "en": "Month {month} of unit {unit} is “{status}”; it cannot be {action}.",
    },
    "period_not_own_unit": {
        "vi": "Đơn vị {unit} không thuộc {home}; chỉ nộp hoặc mở lại tháng của đơn vị mình.",
        "en": "Unit {unit} is not {home} or below it; only a unit's own months can be submitted or reopened.",
    },
    "period_not_below": {
        "vi": "Đơn vị {unit} không phải cấp dưới của {home}; chỉ cấp trên duyệt hoặc trả lại tháng.",
        "en": "Unit {unit} is not below {home}; only the level above approves or returns a month.",
    },
    "period_future": {
        "vi": "Tháng {month} chưa đến; không thể nộp.",
        "en": "Month {month} has not come yet; it cannot be submitted.",
    },
}

FIELDS: dict[str, dict[str, str]] = {
    "reason": {"vi": "Lý do", "en": "Reason"},
    "role": {"vi": "Vai trò", "en": "Role"},
    "password": {"vi": "Mật khẩu", "en": "Password"},
    "username": {"vi": "Tên đăng nhập", "en": "User name"},
}

# How period actions read inside "cannot be …" / "không thể …".
PERIOD_ACTIONS = {
    "submit": {"vi": "nộp", "en": "submitted"},
    "reopen": {"vi": "mở lại", "en": "reopened"},
    "approve": {"vi": "duyệt", "en": "approved"},
    "return": {"vi": "trả lại", "en": "returned"},
}
