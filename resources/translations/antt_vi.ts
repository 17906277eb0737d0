<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Conflicting</source>
        <translation>Xung đột</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../ui/account_forms.py" line="40"/>
        <source>e.g. quantri</source>
        <translation>ví dụ quantri</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="44"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="45"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="46"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="47"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="48"/>
        <source>At least 8 characters. User name: lower-case letters without accents, digits, dot, dash.</source>
        <translation>Mật khẩu ít nhất 8 ký tự. Tên đăng nhập: chữ thường không dấu, chữ số, dấu chấm, dấu gạch.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="54"/>
        <source>Manage accounts</source>
        <translation>Quản lý tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="59"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="59"/>
        <source>Locked until</source>
        <translation>Khóa đến</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="59"/>
        <source>Last sign-in</source>
        <translation>Đăng nhập lần cuối</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="67"/>
        <source>Add account…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="68"/>
        <source>Reset password…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="69"/>
        <location filename="../../ui/accounts_dialog.py" line="128"/>
        <source>Disable</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="70"/>
        <source>Change role…</source>
        <translation>Đổi vai trò…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="71"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="128"/>
        <source>Enable</source>
        <translation>Cho dùng lại</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="161"/>
        <source>Disable the account %1 (%2)? It can no longer sign in until it is enabled again.</source>
        <translation>Vô hiệu hóa tài khoản %1 (%2)? Tài khoản này sẽ không đăng nhập được cho đến khi được cho dùng lại.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="28"/>
        <source>Activities of the models</source>
        <translation>Hoạt động của các mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="31"/>
        <source>Search model or note…</source>
        <translation>Tìm theo mô hình hoặc ghi chú…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="33"/>
        <source>All kinds</source>
        <translation>Tất cả loại hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="43"/>
        <source>Attachments…</source>
        <translation>Tệp đính kèm…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="44"/>
        <source>Minutes and photos of the chosen activity</source>
        <translation>Biên bản họp và ảnh của hoạt động đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="70"/>
        <source>Attachments of the activity of %1</source>
        <translation>Tệp đính kèm của hoạt động ngày %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activities.py" line="92"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln hoạt động</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <location filename="../../ui/pages/models.py" line="52"/>
        <source>Activity log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="55"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="55"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="55"/>
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="56"/>
        <location filename="../../ui/pages/models.py" line="74"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="70"/>
        <location filename="../../ui/pages/models.py" line="71"/>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="75"/>
        <source>Add activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="98"/>
        <source>Choose a model in the list first.</source>
        <translation>Hãy chọn một mô hình trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/attachments_view.py" line="101"/>
        <source>Caption (optional)</source>
        <translation>Chú thích (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="102"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="103"/>
        <source>Photos (JPEG, PNG, WebP) or scanned PDFs; you can also drop files here</source>
        <translation>Ảnh (JPEG, PNG, WebP) hoặc bản quét PDF; có thể kéo thả tệp vào đây</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="104"/>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="105"/>
        <source>Save a copy…</source>
        <translation>Lưu một bản…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="106"/>
        <source>Change caption…</source>
        <translation>Sửa chú thích…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="107"/>
        <source>Remove…</source>
        <translation>Gỡ bỏ…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="125"/>
        <source>Save the record first, then attach photos and signed scans to it.</source>
        <translation>Hãy lưu bản ghi trước, rồi đính kèm ảnh và bản quét đã ký.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="145"/>
        <source>(file follows in a later bundle)</source>
        <translation>(tệp sẽ đến trong gói sau)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="167"/>
        <source>Attach photos or signed scans</source>
        <translation>Đính kèm ảnh hoặc bản quét đã ký</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="211"/>
        <source>Attaching…</source>
        <translation>Đang đính kèm…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="241"/>
        <source>Save a copy</source>
        <translation>Lưu một bản</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="255"/>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="255"/>
        <source>The attachment&apos;s caption:</source>
        <translation>Chú thích của tệp đính kèm:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="263"/>
        <source>Remove this attachment from the record? It stays in the history and in backups.</source>
        <translation>Gỡ tệp đính kèm này khỏi bản ghi? Tệp vẫn còn trong lịch sử và trong các bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="27"/>
        <source>Record created</source>
        <translation>Tạo hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="28"/>
        <source>Record changed</source>
        <translation>Sửa hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="29"/>
        <source>Record deleted</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="30"/>
        <source>Logged in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="31"/>
        <source>Wrong password</source>
        <translation>Nhập sai mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="32"/>
        <source>Account locked after wrong passwords</source>
        <translation>Khóa tài khoản do nhập sai mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="33"/>
        <source>Logged out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="34"/>
        <source>Account added</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="35"/>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="36"/>
        <source>Own password changed</source>
        <translation>Tự đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="37"/>
        <source>Account disabled</source>
        <translation>Vô hiệu hóa tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="38"/>
        <source>Account enabled</source>
        <translation>Kích hoạt lại tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="39"/>
        <source>Role changed</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="40"/>
        <source>Backup made</source>
        <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="41"/>
        <source>Number of backups kept set</source>
        <translation>Đặt số bản sao lưu được giữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="42"/>
        <source>Backup restored</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="43"/>
        <source>Bundle imported</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="44"/>
        <source>Import undone</source>
        <translation>Hủy lần nhập gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="45"/>
        <source>Device revoked</source>
        <translation>Thu hồi thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="48"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="48"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="49"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="49"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="50"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="51"/>
        <source>Backups kept</source>
        <translation>Số bản sao lưu giữ lại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="51"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="52"/>
        <source>Previous data kept as</source>
        <translation>Dữ liệu trước đó được giữ tại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="53"/>
        <source>Versions</source>
        <translation>Số phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="53"/>
        <source>Bundle</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="54"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="54"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="55"/>
        <source>History</source>
        <translation>Quá trình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="55"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="56"/>
        <source>At</source>
        <translation>Thời điểm</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="130"/>
        <location filename="../../ui/pages/audit.py" line="144"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="130"/>
        <location filename="../../ui/pages/audit.py" line="144"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="131"/>
        <source>Record type</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="127"/>
        <source>In the period</source>
        <translation>Trong khoảng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="144"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="144"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="145"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="153"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="153"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="153"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="164"/>
        <source>◀ Newer</source>
        <translation>◀ Mới hơn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="165"/>
        <source>Older ▶</source>
        <translation>Cũ hơn ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="167"/>
        <source>Check integrity</source>
        <translation>Kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="205"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="246"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 trong %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="304"/>
        <source>(and %1 more problems).</source>
        <translation>(và %1 vấn đề khác).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="296"/>
        <source>Back up to a drive</source>
        <translation>Sao lưu ra ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="299"/>
        <source>Write the backup to:</source>
        <translation>Ghi bản sao lưu vào:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="300"/>
        <source>Folder for the backup</source>
        <translation>Thư mục lưu bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="303"/>
        <source>Passphrase of the backup</source>
        <translation>Mật khẩu sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="307"/>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="308"/>
        <source>Passphrase again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="309"/>
        <source>The backup is encrypted: without this passphrase nobody can read it, not even to restore it. At least %1 characters; keep it written down in the unit&apos;s safe.</source>
        <translation>Bản sao lưu được mã hóa: không có mật khẩu này thì không ai đọc được, kể cả để khôi phục. Ít nhất %1 ký tự; hãy ghi lại và cất trong tủ hồ sơ mật của đơn vị.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="318"/>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="319"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="346"/>
        <source>Writing the backup…</source>
        <translation>Đang ghi bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="351"/>
        <source>Backup written: %1 (%2).</source>
        <translation>Đã ghi bản sao lưu: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="33"/>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="34"/>
        <source>Before a data upgrade</source>
        <translation>Trước khi nâng cấp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="35"/>
        <source>Before an import</source>
        <translation>Trước khi nhập gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="36"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="37"/>
        <source>Made by hand</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="38"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="40"/>
        <source>ANTT backups (*.anttbackup *.sqlite);;All files (*)</source>
        <translation>Bản sao lưu ANTT (*.anttbackup *.sqlite);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="55"/>
        <source>Automatic backups</source>
        <translation>Bản sao lưu tự động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="57"/>
        <source>Taken by themselves: every day on the first start, before every import and before every data upgrade.</source>
        <translation>Chương trình tự sao lưu: lần mở đầu tiên mỗi ngày, trước mỗi lần nhập gói và trước mỗi lần nâng cấp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="60"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="60"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="60"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="68"/>
        <source>Keep the last</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="72"/>
        <source>of each kind</source>
        <translation>bản gần nhất của mỗi loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="73"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="76"/>
        <source>Restore this backup…</source>
        <translation>Khôi phục bản này…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="81"/>
        <source>Back up and restore by hand</source>
        <translation>Sao lưu và khôi phục thủ công</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="83"/>
        <source>Back up to…</source>
        <translation>Sao lưu ra…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="84"/>
        <source>Restore from a file…</source>
        <translation>Khôi phục từ tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="119"/>
        <source>A backup or restore is under way.</source>
        <translation>Đang sao lưu hoặc khôi phục.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="126"/>
        <source>Choose a backup in the list first.</source>
        <translation>Hãy chọn một bản sao lưu trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="137"/>
        <source>The last %1 automatic backups of each kind are kept.</source>
        <translation>Giữ %1 bản sao lưu tự động gần nhất của mỗi loại.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="148"/>
        <source>Backup file to restore</source>
        <translation>Chọn tệp sao lưu để khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="160"/>
        <source>Encrypted backup</source>
        <translation>Bản sao lưu được mã hóa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="161"/>
        <source>Passphrase of the backup %1:</source>
        <translation>Mật khẩu của bản sao lưu %1:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="176"/>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="172"/>
        <location filename="../../ui/pages/backups.py" line="184"/>
        <source>Not restored: the data is unchanged.</source>
        <translation>Chưa khôi phục: dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="210"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="216"/>
        <source>Restored from %1: %2 versions of records.</source>
        <translation>Đã khôi phục từ %1: %2 phiên bản dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="219"/>
        <source>The data as it was before is kept as the backup %1.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ thành bản sao lưu %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="222"/>
        <source>Log in again to go on working.</source>
        <translation>Hãy đăng nhập lại để tiếp tục làm việc.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="29"/>
        <source>Catalogue and units</source>
        <translation>Danh mục và đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <source>Category</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <source>Item</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <source>Unit of count</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="40"/>
        <source>retired</source>
        <translation>ngừng sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="40"/>
        <source>in use</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Parent</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalogue.py" line="51"/>
        <source>Items (%Ln)</source>
        <translation>
            <numerusform>Hiện vật (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalogue.py" line="52"/>
        <source>Units (%Ln)</source>
        <translation>
            <numerusform>Đơn vị (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="56"/>
        <source>Mergers, renamings, moves</source>
        <translation>Sáp nhập, đổi tên, điều chuyển</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/account_forms.py" line="134"/>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="139"/>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="140"/>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="141"/>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="17"/>
        <location filename="../../ui/pages/surrenders.py" line="64"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="18"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="19"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="20"/>
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="21"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="67"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="33"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="34"/>
        <source>Type</source>
        <translation>Loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="35"/>
        <source>Village / place</source>
        <translation>Thôn, bản / địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="36"/>
        <source>Established</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="37"/>
        <source>Leader</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="38"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="39"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="40"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="41"/>
        <source>Recognised</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="29"/>
        <source>(owner unknown)</source>
        <translation>(không rõ chủ sở hữu)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="63"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="65"/>
        <source>Handed in by</source>
        <translation>Người giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="66"/>
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="67"/>
        <source>Items</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="68"/>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="70"/>
        <source>Received by</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="71"/>
        <source>Signed copy</source>
        <translation>Đã có bản ký</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../ui/pages/periods.py" line="185"/>
        <source>Who submitted which months</source>
        <translation>Tình hình nộp báo cáo tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="192"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="194"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="224"/>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="92"/>
        <source>No conflicts: every document has one current version.</source>
        <translation>Không có xung đột: mỗi tài liệu chỉ có một phiên bản hiện hành.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="106"/>
        <source>The same document was changed on two computers. Compare the versions: highlighted fields differ. Keep one version, or edit the last column and save it as the combined version (double-click a value to take it).</source>
        <translation>Cùng một tài liệu đã được sửa trên hai máy. Hãy so sánh các bản: các trường tô màu là chỗ khác nhau. Giữ một bản, hoặc sửa cột cuối rồi ghi thành bản kết hợp (nhấp đúp vào một giá trị để lấy giá trị đó).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="119"/>
        <source>Save the combined version</source>
        <translation>Ghi bản kết hợp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="140"/>
        <source>Showing the first %1 of %2 conflicts; the others appear as these are resolved.</source>
        <translation>Đang hiện %1 xung đột đầu tiên trên tổng số %2; các xung đột còn lại sẽ hiện khi giải quyết xong những xung đột này.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="146"/>
        <source>(%1 versions)</source>
        <translation>(%1 bản)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="191"/>
        <source>Version %1</source>
        <translation>Bản %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="193"/>
        <source>(shown now)</source>
        <translation>(đang hiển thị)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="198"/>
        <source>Combined (editable)</source>
        <translation>Bản kết hợp (sửa được)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="202"/>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="221"/>
        <source>Keep version %1</source>
        <translation>Giữ bản %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="266"/>
        <source>Keep version %1 of “%2”? The other versions stay in the history but no longer compete.</source>
        <translation>Giữ bản %1 của “%2”? Các bản khác vẫn lưu trong lịch sử nhưng không còn xung đột.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="279"/>
        <source>The combined value of “%1” cannot be read; correct it or take a version&apos;s value.</source>
        <translation>Không đọc được giá trị kết hợp của “%1”; hãy sửa lại hoặc lấy giá trị của một bản.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="290"/>
        <source>Resolved “%1”: version %2 written.</source>
        <translation>Đã xử lý xung đột “%1”: đã ghi phiên bản %2.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="55"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="59"/>
        <source>models active</source>
        <translation>mô hình đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <source>activities this month</source>
        <translation>hoạt động trong tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="61"/>
        <source>receipts this month</source>
        <translation>biên bản giao nộp trong tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="62"/>
        <source>receipts this year</source>
        <translation>biên bản giao nộp trong năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="75"/>
        <source>Handovers received per month, by category (item lines)</source>
        <translation>Số lượt tiếp nhận theo tháng, theo nhóm hiện vật (dòng hiện vật)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="76"/>
        <source>No receipt yet: Surrenders → New receipt (Ctrl+N) records the first handover.</source>
        <translation>Chưa có biên bản nào: vào Giao nộp → Lập biên bản (Ctrl+N) để ghi lần giao nộp đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="78"/>
        <location filename="../../ui/pages/dashboard.py" line="174"/>
        <source>Receipts this year, per unit</source>
        <translation>Biên bản trong năm, theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="79"/>
        <source>No receipt this year in the units below.</source>
        <translation>Năm nay các đơn vị cấp dưới chưa có biên bản nào.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="81"/>
        <source>Models by type and status</source>
        <translation>Mô hình theo loại và tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="82"/>
        <source>No model yet: Models → New model (Ctrl+N) records the first one.</source>
        <translation>Chưa có mô hình nào: vào Mô hình → Thêm mô hình (Ctrl+N) để ghi mô hình đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="161"/>
        <source>Received this month: %1</source>
        <translation>Tiếp nhận trong tháng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="163"/>
        <source>Received this year: %1</source>
        <translation>Tiếp nhận trong năm: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="175"/>
        <source>Receipts this year: the %1 of %2 units with most</source>
        <translation>Biên bản năm nay: %1/%2 đơn vị nhiều nhất</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="180"/>
        <source>Receipts</source>
        <translation>Biên bản</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets.py" line="40"/>
        <source>mm/yyyy</source>
        <translation>tháng/năm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="40"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="45"/>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Chọn trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="28"/>
        <source>Something went wrong and the action was not completed; the data is unchanged.</source>
        <translation>Đã có lỗi nên thao tác chưa thực hiện được; dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="33"/>
        <source>Cannot do that</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="37"/>
        <source>ANTT Logbook</source>
        <translation>Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="42"/>
        <source>Please confirm</source>
        <translation>Xin xác nhận</translation>
    </message>
</context>
<context>
    <name>EndModelDialog</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="124"/>
        <source>End model</source>
        <translation>Thanh loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="129"/>
        <source>End date</source>
        <translation>Ngày thanh loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="130"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="35"/>
        <source>Write a bundle</source>
        <translation>Ghi gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="42"/>
        <source>level above</source>
        <translation>cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="42"/>
        <source>unit below</source>
        <translation>cấp dưới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="44"/>
        <source>For</source>
        <translation>Gửi cho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="47"/>
        <source>Write it to:</source>
        <translation>Ghi vào:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="54"/>
        <source>No unit is enrolled yet: complete the enrolment on the “Keys and enrolment” tab first.</source>
        <translation>Chưa đăng ký đơn vị nào: hãy làm thủ tục đăng ký ở thẻ “Khóa và đăng ký” trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="57"/>
        <source>Write bundle</source>
        <translation>Ghi gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="58"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="104"/>
        <source>nothing new</source>
        <translation>không có gì mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="105"/>
        <source>Wrote %1 to %2 for %4: %3.</source>
        <translation>Đã ghi %1 vào %2 cho %4: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="48"/>
        <source>Folder for the bundle</source>
        <translation>Thư mục để ghi gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="87"/>
        <source>Writing the bundle: %1 of %2 versions</source>
        <translation>Đang ghi gói: %1 / %2 phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="98"/>
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync_export.py" line="109"/>
        <source>%n attachment file(s) travel with them.</source>
        <translation>
            <numerusform>Kèm theo %n tệp đính kèm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="127"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Đã hủy: không ghi gói nào.</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/pages/figures.py" line="79"/>
        <source>Monthly figures</source>
        <translation>Số liệu tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="86"/>
        <source>Empty the value</source>
        <translation>Xóa giá trị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="87"/>
        <source>Empty the selected entered value (Delete), then save</source>
        <translation>Xóa giá trị đã nhập ở ô đang chọn (phím Delete), rồi bấm Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="88"/>
        <source>Save figures</source>
        <translation>Lưu số liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="94"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="111"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="111"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="189"/>
        <source>This month is locked.</source>
        <translation>Tháng này đã bị khóa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/figures.py" line="374"/>
        <source>Saved %Ln figure(s).</source>
        <translation>
            <numerusform>Đã lưu %Ln chỉ tiêu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="92"/>
        <location filename="../../ui/pages/figures.py" line="111"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="112"/>
        <source>Entered</source>
        <translation>Số liệu nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="112"/>
        <source>From the records</source>
        <translation>Theo hồ sơ ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="192"/>
        <source>This month is %1, so its figures are locked; a commander can reopen it (with a reason) to change them.</source>
        <translation>Tháng này %1 nên số liệu đã bị khóa; chỉ huy có thể mở lại (kèm lý do) để sửa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="362"/>
        <source>Nothing to save.</source>
        <translation>Không có gì thay đổi để lưu.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/login.py" line="148"/>
        <source>Create the administrator account</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="151"/>
        <source>This store has no user accounts yet. Create the administrator account now: from then on everyone signs in with their own account. The administrator adds the accounts of the commander and the officers (Account → Manage accounts).</source>
        <translation>Kho dữ liệu này chưa có tài khoản người dùng. Hãy tạo tài khoản quản trị ngay bây giờ: từ đó mọi người đăng nhập bằng tài khoản của mình. Quản trị viên thêm tài khoản cho chỉ huy và cán bộ (Tài khoản → Quản lý tài khoản).</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="166"/>
        <source>Create and sign in</source>
        <translation>Tạo và đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="167"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="30"/>
        <source>Set up ANTT Logbook</source>
        <translation>Thiết lập Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="33"/>
        <source>This laptop keeps the records of one unit. Name the unit and the officer; you can change the officer and the language later in Settings.</source>
        <translation>Máy này lưu hồ sơ của một đơn vị. Hãy nhập đơn vị và cán bộ sử dụng; có thể đổi cán bộ và ngôn ngữ sau trong phần Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>e.g. CAX-DD</source>
        <translation>ví dụ CAX-DD</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="41"/>
        <source>e.g. Công an xã Đồng Đăng</source>
        <translation>ví dụ: Công an xã Đồng Đăng</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Unit kind</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="57"/>
        <source>Parent unit code</source>
        <translation>Mã đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58"/>
        <source>Parent unit name</source>
        <translation>Tên đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59"/>
        <source>Province / place</source>
        <translation>Tỉnh / địa danh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="60"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="61"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="65"/>
        <source>Administrator account of this laptop</source>
        <translation>Tài khoản quản trị của máy này</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="12"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="21"/>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>Bản chương trình này không kèm hướng dẫn sử dụng.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="54"/>
        <source>Read a bundle</source>
        <translation>Đọc gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="59"/>
        <source>Bundle</source>
        <translation>Gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="64"/>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="74"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="75"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="93"/>
        <source>No bundle (*.antt) was found on the drives; choose the file.</source>
        <translation>Không tìm thấy gói (*.antt) nào trên các ổ đĩa; hãy chọn tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="100"/>
        <source>Sender</source>
        <translation>Nơi gửi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="108"/>
        <source>Unit and device</source>
        <translation>Đơn vị và máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="109"/>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="110"/>
        <source>Bundle number</source>
        <translation>Số thứ tự gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="111"/>
        <source>Time on the bundle</source>
        <translation>Thời gian ghi trên gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="114"/>
        <source>What importing would bring</source>
        <translation>Nếu nhập, gói sẽ mang vào</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="124"/>
        <source>Details: versions of those documents</source>
        <translation>Chi tiết: số phiên bản của các hồ sơ đó</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="147"/>
        <source>Documents that will wait for reference data (kept, shown once it arrives from the level above):</source>
        <translation>Tài liệu sẽ chờ dữ liệu tham chiếu (vẫn được lưu, hiển thị khi cấp trên gửi dữ liệu đó về):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="151"/>
        <location filename="../../ui/pages/sync_import.py" line="153"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="151"/>
        <location filename="../../ui/pages/sync_import.py" line="153"/>
        <source>Kind</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="151"/>
        <source>Waiting for</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="153"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="184"/>
        <source>%1 — device %2</source>
        <translation>%1 — máy %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="187"/>
        <source>Bundle %1</source>
        <translation>Gói số %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="189"/>
        <source>bundles %1 of this sender never arrived here; the next bundles carry their versions again</source>
        <translation>các gói số %1 của nơi gửi này chưa về đến đây; các gói sau sẽ mang lại dữ liệu của chúng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="196"/>
        <source>%1 (today is %2)</source>
        <translation>%1 (hôm nay là %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="200"/>
        <source>the sender&apos;s clock is probably wrong (the date is in the future)</source>
        <translation>đồng hồ máy gửi có lẽ bị sai (ngày ở tương lai)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="201"/>
        <source>the sender&apos;s clock is probably wrong or the bundle is very old</source>
        <translation>đồng hồ máy gửi có lẽ bị sai hoặc gói đã rất cũ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="210"/>
        <source>Nothing new: everything in this bundle is here already.</source>
        <translation>Không có gì mới: mọi thứ trong gói này đã có ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="216"/>
        <source>This bundle was imported before: importing it again changes nothing.</source>
        <translation>Gói này đã được nhập trước đây: nhập lại không thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="218"/>
        <source>Waiting for reference data the store does not have yet: %1.</source>
        <translation>Đang chờ dữ liệu tham chiếu mà máy này chưa có: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="221"/>
        <source>Conflicting versions are kept; resolve them on the “Conflicts” tab.</source>
        <translation>Các bản xung đột được giữ lại; hãy xử lý ở thẻ “Xung đột”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="234"/>
        <source>Checked: the bundle is whole, signed by an enrolled device and addressed to this computer. Nothing has been written yet.</source>
        <translation>Đã kiểm tra: gói nguyên vẹn, do một máy đã đăng ký ký và gửi cho máy này. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="240"/>
        <source>Choose a bundle</source>
        <translation>Chọn gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="240"/>
        <source>Bundles</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="276"/>
        <location filename="../../ui/pages/sync_import.py" line="290"/>
        <source>Checking the bundle…</source>
        <translation>Đang kiểm tra gói…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="277"/>
        <source>Checking: %1 of %2 versions</source>
        <translation>Đang kiểm tra: %1 / %2 phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="310"/>
        <source>Stopped: nothing was imported.</source>
        <translation>Đã dừng: không nhập gì.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="321"/>
        <source>Importing: %1 of %2 versions</source>
        <translation>Đang nhập: %1 / %2 phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="328"/>
        <source>Importing the bundle…</source>
        <translation>Đang nhập gói…</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="98"/>
        <source>This computer</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="103"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="105"/>
        <source>Device</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="107"/>
        <source>Fingerprint (read it over the phone to the other unit&apos;s officer):</source>
        <translation>Dấu vân tay (đọc qua điện thoại cho cán bộ đơn vị bên kia):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="112"/>
        <source>Enrolment</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="114"/>
        <source>1. At the post: write this computer&apos;s enrolment file…</source>
        <translation>1. Tại đơn vị: ghi tệp đăng ký của máy này…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="115"/>
        <source>2. At the level above: register a unit from its enrolment file…</source>
        <translation>2. Tại cấp trên: đăng ký một đơn vị từ tệp đăng ký của đơn vị đó…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="117"/>
        <source>3. At the post: accept the answer of the level above…</source>
        <translation>3. Tại đơn vị: nhận tệp trả lời của cấp trên…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="119"/>
        <source>Take the file to the level above on a USB drive.</source>
        <translation>Mang tệp lên cấp trên bằng USB.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="120"/>
        <source>Writes the answer beside the file; take it back to the unit.</source>
        <translation>Ghi tệp trả lời cạnh tệp đăng ký; mang về cho đơn vị đó.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="121"/>
        <source>Registers the level above and brings its units and catalogue.</source>
        <translation>Đăng ký cấp trên và nhận danh sách đơn vị, danh mục.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="131"/>
        <source>Restored from an old copy</source>
        <translation>Máy được khôi phục từ bản sao cũ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="133"/>
        <source>Give this computer new keys after a restore…</source>
        <translation>Tạo khóa mới cho máy này sau khi khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="136"/>
        <source>Only when the level above refuses this computer&apos;s bundles because it was restored from an old copy. Nothing is lost.</source>
        <translation>Chỉ khi cấp trên từ chối gói của máy này vì máy được khôi phục từ bản sao cũ. Không mất gì.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="164"/>
        <source>Folder for the enrolment file</source>
        <translation>Thư mục để ghi tệp đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="172"/>
        <source>Wrote the enrolment file %1 in %2; take it to the level above.</source>
        <translation>Đã ghi tệp đăng ký %1 vào %2; hãy mang lên cấp trên.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="177"/>
        <source>Choose the unit&apos;s enrolment file</source>
        <translation>Chọn tệp đăng ký của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="177"/>
        <source>Enrolment files</source>
        <translation>Tệp đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="181"/>
        <source>Choose the answer of the level above</source>
        <translation>Chọn tệp trả lời của cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="181"/>
        <source>Answers</source>
        <translation>Tệp trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="201"/>
        <source>Not confirmed: nothing was registered.</source>
        <translation>Chưa xác nhận: chưa đăng ký gì.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="213"/>
        <source>Registering…</source>
        <translation>Đang đăng ký…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="216"/>
        <source>Registered %1 (device %2). The answer %3 is in %4; take it back to that unit.</source>
        <translation>Đã đăng ký %1 (máy %2). Tệp trả lời %3 nằm trong %4; hãy mang về cho đơn vị đó.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="220"/>
        <source>It is the unit&apos;s second laptop.</source>
        <translation>Đây là máy thứ hai của đơn vị.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="226"/>
        <source>The level above %1 (device %2) is registered; its units and catalogue are here. Bundles can now go up.</source>
        <translation>Đã đăng ký cấp trên %1 (máy %2) và nhận danh sách đơn vị, danh mục; từ nay có thể gửi gói lên.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="238"/>
        <source>Not confirmed: the keys are unchanged.</source>
        <translation>Chưa xác nhận: khóa của máy không đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="241"/>
        <source>New keys…</source>
        <translation>Đang tạo khóa mới…</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="50"/>
        <source>Marking / serial</source>
        <translation>Ký hiệu / số hiệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="52"/>
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="55"/>
        <source>Remove this line</source>
        <translation>Xóa dòng này</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>Sign in — ANTT Logbook</source>
        <translation>Đăng nhập — Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="73"/>
        <source>ANTT Logbook</source>
        <translation>Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="83"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="84"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>ANTT Logbook</source>
        <translation>Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Unit: %1 · Store: %2</source>
        <translation>Đơn vị: %1 · Tệp dữ liệu: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Change password…</source>
        <translation>Đổi mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Manage accounts…</source>
        <translation>Quản lý tài khoản…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="266"/>
        <source>%Ln monthly figure(s) typed but not saved. Quit without saving them?</source>
        <translation>
            <numerusform>%Ln chỉ tiêu số liệu tháng đã gõ nhưng chưa lưu. Thoát mà không lưu?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="57"/>
        <source>New model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="57"/>
        <source>Edit model</source>
        <translation>Sửa mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="76"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="76"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="77"/>
        <source>Type</source>
        <translation>Loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="77"/>
        <source>Village / place</source>
        <translation>Thôn, bản / địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="78"/>
        <source>Established</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="78"/>
        <source>Leader</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="79"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="79"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="80"/>
        <source>Km of border line</source>
        <translation>Số km đường biên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="80"/>
        <source>Markers</source>
        <translation>Số cột mốc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="81"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="89"/>
        <source>Decisions and photos</source>
        <translation>Quyết định và ảnh</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../ui/pages/models.py" line="136"/>
        <source>Community models</source>
        <translation>Mô hình tự phòng, tự quản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="139"/>
        <source>Search name, place, leader…</source>
        <translation>Tìm theo tên, địa bàn, người phụ trách…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="141"/>
        <source>All types</source>
        <translation>Tất cả loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="142"/>
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="151"/>
        <source>New model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="153"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="154"/>
        <source>End model…</source>
        <translation>Thanh loại…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="155"/>
        <source>Recognition…</source>
        <translation>Công nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="214"/>
        <source>All places</source>
        <translation>Mọi địa bàn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/models.py" line="251"/>
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln mô hình</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="267"/>
        <source>Choose a model in the list first.</source>
        <translation>Hãy chọn một mô hình trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="27"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="28"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="29"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="30"/>
        <source>Surrenders</source>
        <translation>Giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="31"/>
        <source>Monthly figures</source>
        <translation>Số liệu tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="32"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="33"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="36"/>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="37"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="35"/>
        <source>Ratings and plans</source>
        <translation>Xếp loại, kế hoạch</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/account_forms.py" line="101"/>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="105"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>OverLimitDialog</name>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="43"/>
        <source>Over-long records</source>
        <translation>Hồ sơ quá dài</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="49"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="49"/>
        <source>Document</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="49"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="50"/>
        <source>Too long</source>
        <translation>Trường quá dài</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="58"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="82"/>
        <source>No record is longer than the limits: everything can be sent.</source>
        <translation>Không còn hồ sơ nào quá dài: mọi hồ sơ đều gửi được.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="95"/>
        <source>Choose a record in the list first.</source>
        <translation>Hãy chọn một hồ sơ trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="97"/>
        <source>Shorten this kind of record on its own page.</source>
        <translation>Loại hồ sơ này được sửa ở trang riêng của nó.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="106"/>
        <source>Saved: the shortened record goes with the next bundle.</source>
        <translation>Đã lưu: hồ sơ đã rút gọn sẽ đi cùng gói tiếp theo.</translation>
    </message>
</context>
<context>
    <name>PeerConfirmDialog</name>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="35"/>
        <source>Accept the level above</source>
        <translation>Nhận cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="35"/>
        <source>Register a unit</source>
        <translation>Đăng ký đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="38"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="40"/>
        <source>Device</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="42"/>
        <source>Reference data</source>
        <translation>Dữ liệu tham chiếu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="42"/>
        <source>%1 versions (units, catalogue)</source>
        <translation>%1 phiên bản (đơn vị, danh mục)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="50"/>
        <source>Its fingerprint:</source>
        <translation>Dấu vân tay của máy đó:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="53"/>
        <source>Call the officer of that unit and read these digits to each other. Confirm only if every digit is the same as on their screen.</source>
        <translation>Gọi điện cho cán bộ của đơn vị đó và cùng đọc dãy số này. Chỉ xác nhận khi mọi chữ số đều giống trên màn hình của họ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="57"/>
        <source>Personal details of people who hand items in (ID number, address, birth year) may travel up from this unit</source>
        <translation>Cho phép đơn vị này gửi lên thông tin cá nhân của người giao nộp (số định danh, địa chỉ, năm sinh)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="65"/>
        <source>This really is the unit&apos;s second laptop</source>
        <translation>Đây thật sự là máy thứ hai của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="69"/>
        <source>The fingerprints match — confirm</source>
        <translation>Dấu vân tay khớp — xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="70"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../ui/pages/periods.py" line="47"/>
        <source>Submit the month</source>
        <translation>Nộp báo cáo tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="48"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="49"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="50"/>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="51"/>
        <source>Who submitted…</source>
        <translation>Tình hình nộp…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="52"/>
        <source>Signed form…</source>
        <translation>Bản ký báo cáo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="53"/>
        <source>The scan of the signed monthly form, and other documents of the month</source>
        <translation>Bản quét báo cáo tháng đã ký và các tài liệu khác của tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="71"/>
        <source>Month %1: %2</source>
        <translation>Tháng %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="74"/>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="76"/>
        <source>reason: %1</source>
        <translation>lý do: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="108"/>
        <source>Submit month %1 of %2? Its records are then locked until a commander reopens it.</source>
        <translation>Nộp báo cáo tháng %1 của %2? Sau khi nộp, hồ sơ của tháng bị khóa cho đến khi chỉ huy mở lại.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="113"/>
        <source>Figures to look at again:</source>
        <translation>Số liệu cần xem lại:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="126"/>
        <source>Documents of month %1 of %2</source>
        <translation>Tài liệu tháng %1 của %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/periods.py" line="144"/>
        <source>%n receipt(s) of this month still lack their signed copy: %1.</source>
        <translation>
            <numerusform>%n biên bản của tháng này chưa có bản ký: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="148"/>
        <source>Reopen the month</source>
        <translation>Mở lại báo cáo tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="149"/>
        <source>Why is month %1 reopened? The reason is kept with the month.</source>
        <translation>Lý do mở lại tháng %1? Lý do được lưu cùng báo cáo tháng.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="159"/>
        <source>Return the month</source>
        <translation>Trả lại báo cáo tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="160"/>
        <source>Why is month %1 of %2 returned? The unit reads this reason.</source>
        <translation>Lý do trả lại báo cáo tháng %1 của %2? Đơn vị sẽ đọc lý do này.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/widgets.py" line="175"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="175"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="176"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="176"/>
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="177"/>
        <source>6 months of this year</source>
        <translation>6 tháng đầu năm nay</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="177"/>
        <source>9 months of this year</source>
        <translation>9 tháng đầu năm nay</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="178"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="178"/>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="179"/>
        <source>The last five years</source>
        <translation>Năm năm gần đây</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="179"/>
        <source>Dates I choose</source>
        <translation>Tự chọn ngày</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../ui/drives.py" line="104"/>
        <source>No USB drive is plugged in; plug one in or choose a folder.</source>
        <translation>Chưa cắm ổ USB; hãy cắm ổ USB hoặc chọn một thư mục.</translation>
    </message>
    <message>
        <location filename="../../ui/drives.py" line="106"/>
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location filename="../../ui/drives.py" line="107"/>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../ui/drives.py" line="125"/>
        <source>%1 (%2) — %3 free</source>
        <translation>%1 (%2) — còn trống %3</translation>
    </message>
    <message>
        <location filename="../../ui/drives.py" line="147"/>
        <source>Folder %1</source>
        <translation>Thư mục %1</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="47"/>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="50"/>
        <source>e.g. 111/KH-BCH</source>
        <translation>ví dụ 111/KH-BCH</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="54"/>
        <source>the directive or resolution it carries out</source>
        <translation>chỉ thị, nghị quyết mà kế hoạch triển khai</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="55"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="55"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="56"/>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="56"/>
        <source>Implements</source>
        <translation>Thực hiện văn bản</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <location filename="../../ui/pages/plans.py" line="29"/>
        <source>New plan…</source>
        <translation>Thêm kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="30"/>
        <source>New task…</source>
        <translation>Thêm nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="31"/>
        <source>Report progress…</source>
        <translation>Báo cáo tiến độ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="32"/>
        <source>Progress of %1 on the chosen task</source>
        <translation>Tiến độ của %1 với nhiệm vụ đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="33"/>
        <source>Inspection or review…</source>
        <translation>Kiểm tra, sơ kết, tổng kết…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="34"/>
        <source>Progress report…</source>
        <translation>In báo cáo tiến độ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="35"/>
        <source>Build the plan&apos;s progress report on the Reports page</source>
        <translation>Lập báo cáo tiến độ của kế hoạch ở trang Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="43"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="43"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="43"/>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="56"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="56"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="56"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="56"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="57"/>
        <source>Reported</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="57"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="57"/>
        <source>Evidence</source>
        <translation>Số liệu kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="109"/>
        <source>No plan yet. The level above writes plans; a post sees them after a sync.</source>
        <translation>Chưa có kế hoạch. Cấp trên ban hành kế hoạch; đơn vị cơ sở nhận được sau khi đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="117"/>
        <source>Plan No. %1 of %2: %3</source>
        <translation>Kế hoạch số %1 ngày %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="123"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="131"/>
        <source>Per unit: %1</source>
        <translation>Theo đơn vị: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="132"/>
        <source>%1 %2/%3 done, %4 overdue</source>
        <translation>%1 hoàn thành %2/%3, quá hạn %4</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="136"/>
        <source>Inspections and reviews: %1</source>
        <translation>Kiểm tra, sơ kết, tổng kết: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="147"/>
        <source>Choose a plan in the list first.</source>
        <translation>Hãy chọn một kế hoạch trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="154"/>
        <source>Choose a task of this unit first.</source>
        <translation>Hãy chọn một nhiệm vụ của đơn vị này trước.</translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="105"/>
        <source>Report progress</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="115"/>
        <source>name = number; … e.g. households = 120; km of border = 6,5</source>
        <translation>tên = số; … ví dụ hộ gia đình = 120; km đường biên = 6,5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="116"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="116"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="117"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="117"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="118"/>
        <source>Evidence figures</source>
        <translation>Số liệu kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="125"/>
        <source>Write each figure as name = number, separated by “;” (not “%1”).</source>
        <translation>Ghi mỗi số liệu dạng tên = số, cách nhau bởi dấu “;” (không phải “%1”).</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="63"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="64"/>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>&amp;Look in:</source>
        <translation>Tìm &amp;trong:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="32"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="36"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="41"/>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="44"/>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="45"/>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="46"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="47"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="48"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="49"/>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="50"/>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="51"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="52"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="53"/>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="54"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Ghi đè lên tệp đó?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="55"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="56"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="58"/>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="59"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="60"/>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>Discard</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="46"/>
        <source>Score a place</source>
        <translation>Chấm điểm một địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="46"/>
        <source>Change a score</source>
        <translation>Sửa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="57"/>
        <source>e.g. Thôn Nà Pàn</source>
        <translation>ví dụ Thôn Nà Pàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="58"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="58"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="59"/>
        <source>Kind of place</source>
        <translation>Loại địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="59"/>
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="62"/>
        <source>Score by criterion</source>
        <translation>Điểm theo tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="76"/>
        <source>of %1</source>
        <translation>trên %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="86"/>
        <source>Recognised as meeting the “Safe on security and order” standard</source>
        <translation>Được công nhận đạt chuẩn “An toàn về an ninh, trật tự”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="88"/>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ 125/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="93"/>
        <source>Decision No.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="94"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="95"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="139"/>
        <source>Total: — (a score is not a number or is over its maximum)</source>
        <translation>Tổng điểm: — (có điểm không phải là số hoặc vượt điểm tối đa)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="142"/>
        <source>Total: %1 of 100 · %2</source>
        <translation>Tổng điểm: %1/100 · %2</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <location filename="../../ui/pages/ratings.py" line="63"/>
        <source>Score a place…</source>
        <translation>Chấm điểm địa bàn…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="65"/>
        <source>Change score…</source>
        <translation>Sửa điểm…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="66"/>
        <source>Thresholds…</source>
        <translation>Ngưỡng xếp loại…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="67"/>
        <source>The lowest total of each class, set by the province for a year</source>
        <translation>Điểm thấp nhất của từng loại, do tỉnh quy định theo năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="68"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="70"/>
        <location filename="../../ui/pages/ratings.py" line="79"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="79"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="79"/>
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="79"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="80"/>
        <source>Class</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="80"/>
        <source>Recognised</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="80"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="85"/>
        <source>Rated places</source>
        <translation>Địa bàn đã chấm điểm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="86"/>
        <source>Province&apos;s view</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="116"/>
        <source>Rated places by class, year against year</source>
        <translation>Số địa bàn theo xếp loại, so sánh các năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="128"/>
        <source>Classes in %1: %2</source>
        <translation>Ngưỡng xếp loại năm %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="136"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="136"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="147"/>
        <source>Choose a scored place in the list first.</source>
        <translation>Hãy chọn một địa bàn đã chấm điểm trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="163"/>
        <source>Places rated</source>
        <translation>Số địa bàn được chấm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="164"/>
        <source>Residential areas recognised</source>
        <translation>Khu dân cư được công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="166"/>
        <source>Communes recognised</source>
        <translation>Xã, phường được công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="179"/>
        <source>Weak in %1 (the aim is none): %2</source>
        <translation>Xếp loại yếu năm %1 (mục tiêu là không có): %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="183"/>
        <source>No place rated weak in %1.</source>
        <translation>Năm %1 không có địa bàn xếp loại yếu.</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="81"/>
        <source>New surrender receipt</source>
        <translation>Lập biên bản tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="81"/>
        <source>Edit receipt</source>
        <translation>Sửa biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="89"/>
        <source>next number, given on saving</source>
        <translation>số tiếp theo, cấp khi lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="92"/>
        <source>hh:mm, or leave empty</source>
        <translation>giờ:phút, hoặc để trống</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="97"/>
        <source>Found, owner unknown</source>
        <translation>Phát hiện, không rõ chủ sở hữu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="103"/>
        <source>Names, separated by ;</source>
        <translation>Họ tên, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="108"/>
        <source>Number</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="108"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="109"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="109"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="110"/>
        <source>Receiving officer</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="110"/>
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="111"/>
        <source>How it came</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="112"/>
        <source>Person handing in</source>
        <translation>Người giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="112"/>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="113"/>
        <source>ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="113"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="114"/>
        <source>Witnesses</source>
        <translation>Người chứng kiến</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="114"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="123"/>
        <source>Items handed in</source>
        <translation>Hiện vật giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="125"/>
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="140"/>
        <source>Photos and signed copy</source>
        <translation>Ảnh và bản ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="169"/>
        <source>A receipt needs at least one item line.</source>
        <translation>Biên bản phải có ít nhất một dòng hiện vật.</translation>
    </message>
</context>
<context>
    <name>RecogniseDialog</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="140"/>
        <source>Record a recognition</source>
        <translation>Ghi nhận công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="145"/>
        <source>e.g. 123/QĐ-UBND</source>
        <translation>ví dụ 123/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="147"/>
        <source>Level</source>
        <translation>Cấp công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="148"/>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="149"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="81"/>
        <source>New keys for this computer</source>
        <translation>Khóa mới cho máy này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="87"/>
        <source>Give this computer new keys</source>
        <translation>Tạo khóa mới cho máy này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="87"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="52"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="95"/>
        <source>Monthly report of a unit</source>
        <translation>Báo cáo tháng của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="96"/>
        <source>Surrender receipt</source>
        <translation>Biên bản tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="97"/>
        <source>Register of models</source>
        <translation>Danh sách mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="98"/>
        <source>Consolidated summary</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="99"/>
        <source>Ratings register of a year</source>
        <translation>Sổ xếp loại phong trào của năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="100"/>
        <source>Progress of a plan</source>
        <translation>Tiến độ thực hiện kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="109"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="110"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Covering</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="133"/>
        <location filename="../../ui/pages/reports.py" line="136"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="133"/>
        <source>Receipt</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="134"/>
        <source>The register as it stands today.</source>
        <translation>Danh sách mô hình tính đến hôm nay.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="135"/>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="137"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="149"/>
        <source>Build and preview</source>
        <translation>Lập và xem trước</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="152"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="154"/>
        <source>Save as…</source>
        <translation>Lưu thành tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="155"/>
        <source>PDF, Excel (.xlsx) or CSV</source>
        <translation>PDF, Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="173"/>
        <source>No report built yet.</source>
        <translation>Chưa lập báo cáo nào.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="174"/>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="175"/>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="196"/>
        <source>Receipts of this unit and the units below it.</source>
        <translation>Biên bản của đơn vị này và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="197"/>
        <source>The tasks of this unit and the units below it.</source>
        <translation>Nhiệm vụ của đơn vị này và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="199"/>
        <source>This unit and every unit below it.</source>
        <translation>Đơn vị này và mọi đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="215"/>
        <source>owner unknown</source>
        <translation>không rõ chủ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="216"/>
        <source>No. %1 · %2 · %3</source>
        <translation>Số %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="224"/>
        <source>No. %1 of %2: %3</source>
        <translation>Số %1 ngày %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="256"/>
        <source>There is no receipt of this unit in that year.</source>
        <translation>Đơn vị này không có biên bản nào trong năm đã chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="258"/>
        <source>There is no plan yet: add one on the Ratings and plans page.</source>
        <translation>Chưa có kế hoạch nào: thêm kế hoạch ở trang Xếp loại, kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="282"/>
        <source>The choices changed: building the report chosen…</source>
        <translation>Lựa chọn đã thay đổi: đang dựng báo cáo vừa chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="312"/>
        <location filename="../../ui/pages/reports.py" line="330"/>
        <source>Building the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="324"/>
        <source>Cancelled: no report was made.</source>
        <translation>Đã hủy: không lập báo cáo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="328"/>
        <source>Building the report… page %1</source>
        <translation>Đang lập báo cáo… trang %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/reports.py" line="354"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/reports.py" line="391"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>Đã gửi %Ln trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="355"/>
        <source>The report is ready: print it or save it.</source>
        <translation>Báo cáo đã sẵn sàng: có thể in hoặc lưu thành tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="121"/>
        <source>The month</source>
        <translation>Tháng đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="121"/>
        <source>Its quarter</source>
        <translation>Quý của tháng đó</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="122"/>
        <source>Its 6 months (interim review)</source>
        <translation>6 tháng (sơ kết)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="123"/>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="123"/>
        <source>The year (annual review)</source>
        <translation>Cả năm (tổng kết)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="407"/>
        <source>PDF document (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="407"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="408"/>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="409"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="428"/>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="432"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/account_forms.py" line="117"/>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="118"/>
        <source>New password for %1. Tell it to them in person; the account is also unlocked.</source>
        <translation>Mật khẩu mới cho %1. Hãy báo trực tiếp cho người dùng; tài khoản cũng được mở khóa.</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="123"/>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="124"/>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="242"/>
        <source>Restore a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="250"/>
        <source>no records</source>
        <translation>chưa có hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="251"/>
        <source>not set up</source>
        <translation>chưa thiết lập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="255"/>
        <source>yes, opened with its passphrase</source>
        <translation>có, đã mở bằng mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="255"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="256"/>
        <source>checked, intact</source>
        <translation>đã kiểm tra, nguyên vẹn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="257"/>
        <source>records intact; audit trail: %1</source>
        <translation>hồ sơ nguyên vẹn; nhật ký thao tác: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="259"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="259"/>
        <source>Backup taken</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="260"/>
        <source>Newest record</source>
        <translation>Hồ sơ mới nhất</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="260"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="261"/>
        <source>Data version</source>
        <translation>Phiên bản dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="261"/>
        <source>Versions of records</source>
        <translation>Số phiên bản hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="262"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="262"/>
        <source>Encrypted</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="263"/>
        <source>Integrity</source>
        <translation>Tính toàn vẹn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="269"/>
        <source>The data on this laptop will be replaced by this backup. The current data is not lost: it is kept first as a backup (“Before a restore”) that can be restored in turn.</source>
        <translation>Dữ liệu trên máy này sẽ được thay bằng bản sao lưu này. Dữ liệu hiện tại không mất: trước khi thay, chương trình giữ nó thành một bản sao lưu (“Trước khi khôi phục”), có thể khôi phục lại khi cần.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="272"/>
        <source>This backup comes from another laptop: restore it only when this laptop takes that one&apos;s place, and stop using the other one.</source>
        <translation>Bản sao lưu này là của máy khác: chỉ khôi phục khi máy này thay thế máy đó, và không dùng máy kia nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="279"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="136"/>
        <source>Inspection or review</source>
        <translation>Kiểm tra, sơ kết, tổng kết</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="142"/>
        <source>The whole plan</source>
        <translation>Toàn bộ kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="148"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="148"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="149"/>
        <source>Unit inspected</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="149"/>
        <source>Findings</source>
        <translation>Kết quả, nhận xét</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../ui/pages/reviews.py" line="16"/>
        <source>Ratings and plans</source>
        <translation>Xếp loại, kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reviews.py" line="20"/>
        <source>Movement ratings, “Safe on security and order”</source>
        <translation>Xếp loại phong trào, “An toàn về an ninh, trật tự”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reviews.py" line="21"/>
        <source>Plans and tasks</source>
        <translation>Kế hoạch và nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/account_forms.py" line="155"/>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="155"/>
        <source>Role of %1</source>
        <translation>Vai trò của %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="159"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="25"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="35"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="41"/>
        <source>Decree 09/2019: the 15th of the month before to the 14th</source>
        <translation>Nghị định 09/2019: từ ngày 15 tháng trước đến ngày 14</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="42"/>
        <source>Calendar months and years</source>
        <translation>Theo tháng, năm dương lịch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="45"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>Reporting periods</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>Officer (author of new records)</source>
        <translation>Cán bộ (người lập hồ sơ mới)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="49"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="50"/>
        <source>Store file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="51"/>
        <source>Device</source>
        <translation>Mã máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="59"/>
        <source>Signers and recipients</source>
        <translation>Người ký, nơi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="61"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="63"/>
        <source>Audit trail</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="98"/>
        <location filename="../../ui/pages/settings.py" line="110"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>The administrator account sets up and looks after this laptop; it does not record models, receipts or figures. Create now the account of the commander or officer who will record them?</source>
        <translation>Tài khoản quản trị dùng để thiết lập và trông coi máy này, không ghi mô hình, biên bản hay số liệu. Tạo ngay tài khoản của chỉ huy hoặc cán bộ sẽ ghi hồ sơ?</translation>
    </message>
</context>
<context>
    <name>SignersPanel</name>
    <message>
        <location filename="../../ui/pages/signers.py" line="23"/>
        <source>Every form (unless set below)</source>
        <translation>Mọi báo cáo (trừ loại được đặt riêng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="23"/>
        <source>Monthly report</source>
        <translation>Báo cáo tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="24"/>
        <source>Summary report</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="24"/>
        <source>Register of models</source>
        <translation>Danh sách mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="25"/>
        <source>Ratings register</source>
        <translation>Danh sách chấm điểm, xếp loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="25"/>
        <source>Plan progress</source>
        <translation>Tiến độ kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="29"/>
        <source>The head signs</source>
        <translation>Thủ trưởng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="30"/>
        <source>KT. (a deputy signs for the head)</source>
        <translation>KT. (cấp phó ký thay thủ trưởng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="31"/>
        <source>TL. (by order of the head)</source>
        <translation>TL. (thừa lệnh thủ trưởng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="32"/>
        <source>TUQ. (by authority of the head)</source>
        <translation>TUQ. (thừa ủy quyền thủ trưởng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="33"/>
        <source>TM. (on behalf of a collective body)</source>
        <translation>TM. (thay mặt tập thể)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="34"/>
        <source>Q. (acting head)</source>
        <translation>Q. (quyền thủ trưởng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="39"/>
        <source>e.g. Phó Trưởng Công an xã (empty: the head&apos;s title)</source>
        <translation>ví dụ: Phó Trưởng Công an xã (để trống: chức vụ của thủ trưởng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="41"/>
        <source>e.g. Thiếu tá Hoàng Văn Đức</source>
        <translation>ví dụ: Thiếu tá Hoàng Văn Đức</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="43"/>
        <source>One recipient a line; empty: the level above and &quot;Lưu: VT&quot;</source>
        <translation>Mỗi dòng một nơi nhận; để trống: cấp trên và &quot;Lưu: VT&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="45"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="49"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="50"/>
        <source>Form</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="51"/>
        <source>Capacity</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="52"/>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="53"/>
        <source>Signer&apos;s rank and name</source>
        <translation>Cấp bậc, họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="54"/>
        <source>Recipients (Nơi nhận)</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="111"/>
        <source>Saved: the next form printed uses these.</source>
        <translation>Đã lưu: các báo cáo in sau sẽ dùng các thông tin này.</translation>
    </message>
</context>
<context>
    <name>SurrendersPage</name>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="89"/>
        <source>Surrendered weapons, explosives, support tools and firecrackers</source>
        <translation>Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="98"/>
        <source>All categories</source>
        <translation>Tất cả nhóm hiện vật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="101"/>
        <source>New receipt</source>
        <translation>Lập biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="103"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="104"/>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="107"/>
        <source>Attachments…</source>
        <translation>Tệp đính kèm…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="108"/>
        <source>Photos and the signed copy of the chosen receipt</source>
        <translation>Ảnh và bản ký của biên bản đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="110"/>
        <source>With or without signed copy</source>
        <translation>Có hoặc chưa có bản ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="111"/>
        <source>Signed copy attached</source>
        <translation>Đã có bản ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="112"/>
        <source>Still lacking the signed copy</source>
        <translation>Chưa có bản ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="120"/>
        <source>Signed copy:</source>
        <translation>Bản ký:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="144"/>
        <source>Show every unit</source>
        <translation>Xem mọi đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="169"/>
        <source>Choose a receipt in the list first.</source>
        <translation>Hãy chọn một biên bản trong danh sách trước.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surrenders.py" line="205"/>
        <source>%Ln receipt(s) shown</source>
        <translation>
            <numerusform>%Ln biên bản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="207"/>
        <source>only %1</source>
        <translation>chỉ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="196"/>
        <location filename="../../ui/pages/surrenders.py" line="251"/>
        <source>Totals: computing…</source>
        <translation>Tổng cộng: đang tính…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="264"/>
        <source>Totals: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="299"/>
        <source>Attachments of receipt No. %1</source>
        <translation>Tệp đính kèm của biên bản số %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="316"/>
        <source>Delete receipt No. %1 of %2? It stays in the history but leaves every list and total.</source>
        <translation>Xóa biên bản số %1 ngày %2? Biên bản vẫn còn trong lịch sử nhưng không còn trong danh sách và số liệu tổng hợp.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="105"/>
        <source>Print receipt</source>
        <translation>In biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="106"/>
        <source>The biên bản of the chosen receipt, to print and sign</source>
        <translation>Biên bản tiếp nhận đã chọn, để in và ký</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="18"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="19"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="20"/>
        <source>Conflicting</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="21"/>
        <source>Already here</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="22"/>
        <source>Kept, not shown yet</source>
        <translation>Đã lưu, chưa hiển thị được</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="23"/>
        <source>Waiting for a reference</source>
        <translation>Chờ dữ liệu tham chiếu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="349"/>
        <source>The bundle %1 had been imported already; nothing changed.</source>
        <translation>Gói %1 đã được nhập từ trước; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="350"/>
        <source>nothing new</source>
        <translation>không có hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="351"/>
        <source>Imported %1 from %2: %3.</source>
        <translation>Đã nhập %1 từ %2: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="355"/>
        <source>Some documents were edited on two laptops: see Conflicts.</source>
        <translation>Có hồ sơ được sửa trên hai máy: xem mục Xung đột.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="80"/>
        <source>Sync with the level above and the units below</source>
        <translation>Đồng bộ với cấp trên và các đơn vị cấp dưới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="89"/>
        <source>Write a bundle to USB…</source>
        <translation>Ghi gói dữ liệu ra USB…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="90"/>
        <source>Read a bundle from USB…</source>
        <translation>Đọc gói dữ liệu từ USB…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="97"/>
        <source>Over-long records…</source>
        <translation>Hồ sơ quá dài…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="107"/>
        <source>Keys and enrolment</source>
        <translation>Khóa và đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="109"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="109"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="109"/>
        <source>Device</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="109"/>
        <source>Bundles received</source>
        <translation>Số gói đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="110"/>
        <source>Last bundle</source>
        <translation>Gói gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="110"/>
        <source>Missing bundles</source>
        <translation>Gói còn thiếu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="110"/>
        <source>Not yet acknowledged</source>
        <translation>Chưa được xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="110"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="111"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="112"/>
        <location filename="../../ui/pages/sync.py" line="228"/>
        <source>Import receipts</source>
        <translation>Biên nhận nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="114"/>
        <location filename="../../ui/pages/sync.py" line="226"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="130"/>
        <source>No bundle has been imported yet.</source>
        <translation>Chưa nhập gói dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="131"/>
        <source>Choose an import in the list first.</source>
        <translation>Hãy chọn một lần nhập trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="140"/>
        <source>Documents kept here but not shown yet: they wait for a unit or a catalogue item the level above has not sent.</source>
        <translation>Tài liệu đã lưu trên máy nhưng chưa hiển thị: đang chờ đơn vị hoặc hiện vật trong danh mục mà cấp trên chưa gửi về.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="144"/>
        <source>Kind</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="144"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="144"/>
        <source>Waiting for</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Imported</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Sender</source>
        <translation>Nơi gửi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Bundle</source>
        <translation>Gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Documents received</source>
        <translation>Hồ sơ nhận được</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="158"/>
        <source>Print the receipt…</source>
        <translation>In biên nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="159"/>
        <source>Undo the latest import…</source>
        <translation>Hoàn tác lần nhập gần nhất…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="193"/>
        <source>level above</source>
        <translation>cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="193"/>
        <source>unit below</source>
        <translation>cấp dưới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="195"/>
        <source>no. %1, %2</source>
        <translation>số %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="199"/>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="199"/>
        <source>enrolled</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="249"/>
        <source>Over-long records (%1)…</source>
        <translation>Hồ sơ quá dài (%1)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="225"/>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="227"/>
        <source>Import receipts (%1)</source>
        <translation>Biên nhận nhập (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="272"/>
        <source>Save the receipt</source>
        <translation>Lưu biên nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="281"/>
        <source>The receipt was saved to %1.</source>
        <translation>Đã lưu biên nhận vào %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="289"/>
        <source>Undo the import of %1 from %2? The data goes back to how it was just before that import.</source>
        <translation>Hoàn tác lần nhập %1 từ %2? Dữ liệu sẽ trở lại như ngay trước lần nhập đó.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="296"/>
        <source>Undoing the import…</source>
        <translation>Đang hoàn tác…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="299"/>
        <source>The import of %1 was undone.</source>
        <translation>Đã hoàn tác lần nhập %1.</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="69"/>
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="82"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="82"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="83"/>
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="193"/>
        <location filename="../../ui/upgrade_dialog.py" line="33"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="195"/>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
</context>
<context>
    <name>ThresholdsForm</name>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="161"/>
        <source>Thresholds of the classes</source>
        <translation>Ngưỡng điểm xếp loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="164"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="166"/>
        <source>%1 from</source>
        <translation>%1 từ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="167"/>
        <source>Below the last threshold a place is rated weak. They apply to %1 and every unit below it.</source>
        <translation>Dưới ngưỡng cuối cùng, địa bàn xếp loại yếu. Ngưỡng áp dụng cho %1 và mọi đơn vị trực thuộc.</translation>
    </message>
</context>
<context>
    <name>UnitEventsTab</name>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="28"/>
        <source>Unit code: its history (empty: every change)</source>
        <translation>Mã đơn vị: xem quá trình thay đổi (để trống: mọi thay đổi)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="30"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="36"/>
        <location filename="../../ui/pages/unit_events.py" line="80"/>
        <source>Effective date</source>
        <translation>Ngày có hiệu lực</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="36"/>
        <source>Change and decision</source>
        <translation>Thay đổi và quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="42"/>
        <source>Record a change decided by the level above</source>
        <translation>Ghi thay đổi do cấp trên quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="45"/>
        <source>Merge</source>
        <translation>Sáp nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="45"/>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="45"/>
        <source>Split</source>
        <translation>Chia tách</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="46"/>
        <source>Move to another parent</source>
        <translation>Điều chuyển sang đơn vị cấp trên khác</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="46"/>
        <source>End</source>
        <translation>Thôi hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="49"/>
        <source>e.g. CAX-A CAX-B</source>
        <translation>ví dụ CAX-A CAX-B</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="51"/>
        <source>merge: the unit they become; move: the new parent</source>
        <translation>sáp nhập: đơn vị sau sáp nhập; điều chuyển: đơn vị cấp trên mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="60"/>
        <source>As usual (a new unit from 01, an existing one continues)</source>
        <translation>Như thường lệ (đơn vị mới đánh từ 01, đơn vị đã có đánh tiếp)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="61"/>
        <source>Continue after the merged units&apos; highest number</source>
        <translation>Đánh tiếp sau số lớn nhất của các đơn vị sáp nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="62"/>
        <source>Restart at 01 from the effective date</source>
        <translation>Đánh lại từ 01 kể từ ngày có hiệu lực</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="66"/>
        <source>split: one part a line, e.g. CAX-E=Công an xã E:thôn Nà Lầu;thôn Pò Mã</source>
        <translation>chia tách: mỗi dòng một đơn vị, ví dụ CAX-E=Công an xã E:thôn Nà Lầu;thôn Pò Mã</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="70"/>
        <source>By the village/place recorded</source>
        <translation>Theo thôn, địa bàn ghi trong hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="71"/>
        <source>All to the main part (the level above&apos;s choice)</source>
        <translation>Tất cả về đơn vị kế thừa chính (cấp trên chọn)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="73"/>
        <source>the part that takes what no village names (default: the first)</source>
        <translation>đơn vị nhận hồ sơ không ghi thôn nào (mặc định: đơn vị đầu tiên)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="75"/>
        <source>restart of an existing unit: e.g. M (M01)</source>
        <translation>đánh lại số của đơn vị đã có: ví dụ M (M01)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="76"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="77"/>
        <source>Unit(s)</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="78"/>
        <source>Into / new parent</source>
        <translation>Sáp nhập vào / cấp trên mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="79"/>
        <source>New name</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="81"/>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="82"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="83"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="84"/>
        <source>Parts (split)</source>
        <translation>Các đơn vị mới (chia tách)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="85"/>
        <source>Old records</source>
        <translation>Hồ sơ cũ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="86"/>
        <source>Main part</source>
        <translation>Đơn vị kế thừa chính</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="87"/>
        <source>Receipt numbers</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="88"/>
        <source>Number prefix</source>
        <translation>Tiền tố số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="92"/>
        <source>Record</source>
        <translation>Ghi</translation>
    </message>
</context>
</TS>
