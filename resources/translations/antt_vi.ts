<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_GB">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="28" />
        <source>Activities of the models</source>
        <translation>Hoạt động của các mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="31" />
        <source>Search model or note…</source>
        <translation>Tìm theo mô hình hoặc ghi chú…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="33" />
        <source>All kinds</source>
        <translation>Tất cả loại hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="40" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="42" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activities.py" line="66" />
        <source>%n activities</source>
        <translation>
            <numerusform>%n hoạt động</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <location filename="../../ui/pages/models.py" line="51" />
        <source>Activity log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="54" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="54" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="54" />
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="55" />
        <location filename="../../ui/pages/models.py" line="71" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="68" />
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="72" />
        <source>Add activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="30" />
        <source>Catalogue and units</source>
        <translation>Danh mục và đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39" />
        <location filename="../../ui/pages/catalogue.py" line="44" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39" />
        <source>Category</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39" />
        <source>Item</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39" />
        <source>Unit of count</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="41" />
        <source>retired</source>
        <translation>ngừng sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="41" />
        <source>in use</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44" />
        <source>Parent</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalogue.py" line="46" />
        <source>Items (%n)</source>
        <translation>
            <numerusform>Hiện vật (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalogue.py" line="47" />
        <source>Units (%n)</source>
        <translation>
            <numerusform>Đơn vị (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="16" />
        <location filename="../../ui/pages/surrenders.py" line="41" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="17" />
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="18" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="19" />
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="20" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="21" />
        <location filename="../../ui/pages/models.py" line="40" />
        <location filename="../../ui/pages/surrenders.py" line="47" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="31" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="32" />
        <source>Type</source>
        <translation>Loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="33" />
        <source>Village / place</source>
        <translation>Thôn, bản / địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="34" />
        <source>Established</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="35" />
        <source>Leader</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="36" />
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="37" />
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="38" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="39" />
        <source>Recognised</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="28" />
        <source>(owner unknown)</source>
        <translation>(không rõ chủ sở hữu)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="40" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="42" />
        <source>Handed in by</source>
        <translation>Người giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="43" />
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="44" />
        <source>Items</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="45" />
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="46" />
        <source>Received by</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="104" />
        <source>No conflicts: every document has one current version.</source>
        <translation>Không có xung đột: mỗi tài liệu chỉ có một phiên bản hiện hành.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="114" />
        <source>The same document was changed on two computers. Compare the versions: highlighted fields differ. Keep one version, or edit the last column and save it as the combined version (double-click a value to take it).</source>
        <translation>Cùng một tài liệu đã được sửa trên hai máy. Hãy so sánh các bản: các trường tô màu là chỗ khác nhau. Giữ một bản, hoặc sửa cột cuối rồi ghi thành bản kết hợp (nhấp đúp vào một giá trị để lấy giá trị đó).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="127" />
        <source>Save the combined version</source>
        <translation>Ghi bản kết hợp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="146" />
        <source>(%1 versions)</source>
        <translation>(%1 bản)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="187" />
        <source>Version %1</source>
        <translation>Bản %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="189" />
        <source>(shown now)</source>
        <translation>(đang hiển thị)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="190" />
        <source>device %1</source>
        <translation>máy %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="193" />
        <source>Combined (editable)</source>
        <translation>Bản kết hợp (sửa được)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="200" />
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="214" />
        <source>Keep version %1</source>
        <translation>Giữ bản %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="248" />
        <source>Keep version %1 of “%2”? The other versions stay in the history but no longer compete.</source>
        <translation>Giữ bản %1 của “%2”? Các bản khác vẫn lưu trong lịch sử nhưng không còn xung đột.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="261" />
        <source>The combined value of “%1” cannot be read; correct it or take a version's value.</source>
        <translation>Không đọc được giá trị kết hợp của “%1”; hãy sửa lại hoặc lấy giá trị của một bản.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="272" />
        <source>Resolved “%1”: version %2 written.</source>
        <translation>Đã xử lý xung đột “%1”: đã ghi phiên bản %2.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="52" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="56" />
        <source>models active</source>
        <translation>mô hình đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="57" />
        <source>activities this month</source>
        <translation>hoạt động trong tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="58" />
        <source>receipts this month</source>
        <translation>biên bản giao nộp trong tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="59" />
        <source>receipts this year</source>
        <translation>biên bản giao nộp trong năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71" />
        <source>Handovers received per month, by category (item lines)</source>
        <translation>Số lượt tiếp nhận theo tháng, theo nhóm hiện vật (dòng hiện vật)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="73" />
        <source>Models by type and status</source>
        <translation>Mô hình theo loại và tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="92" />
        <source>Received this month: %1</source>
        <translation>Tiếp nhận trong tháng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="93" />
        <source>Received this year: %1</source>
        <translation>Tiếp nhận trong năm: %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="27" />
        <source>Something went wrong and the action was not completed; the data is unchanged.</source>
        <translation>Đã có lỗi nên thao tác chưa thực hiện được; dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="32" />
        <source>Cannot do that</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="36" />
        <source>ANTT Logbook</source>
        <translation>Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41" />
        <source>Please confirm</source>
        <translation>Xin xác nhận</translation>
    </message>
</context>
<context>
    <name>EndModelDialog</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="115" />
        <source>End model</source>
        <translation>Thanh loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="120" />
        <source>End date</source>
        <translation>Ngày thanh loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="121" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="37" />
        <source>Write a bundle</source>
        <translation>Ghi gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="44" />
        <source>level above</source>
        <translation>cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="44" />
        <source>unit below</source>
        <translation>cấp dưới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="46" />
        <source>For</source>
        <translation>Gửi cho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="49" />
        <source>Write it to:</source>
        <translation>Ghi vào:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="54" />
        <source>No USB drive is plugged in; plug one in or choose a folder.</source>
        <translation>Không thấy ổ USB nào; hãy cắm USB hoặc chọn một thư mục.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="56" />
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="57" />
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="66" />
        <source>No unit is enrolled yet: complete the enrolment on the “Keys and enrolment” tab first.</source>
        <translation>Chưa đăng ký đơn vị nào: hãy làm thủ tục đăng ký ở thẻ “Khóa và đăng ký” trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="69" />
        <source>Write bundle</source>
        <translation>Ghi gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="70" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="87" />
        <source>%1 (%2) — %3 free</source>
        <translation>%1 (%2) — còn trống %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="105" />
        <source>Folder for the bundle</source>
        <translation>Thư mục để ghi gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="110" />
        <source>Folder %1</source>
        <translation>Thư mục %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="127" />
        <source>Writing the bundle: %1 of %2 versions</source>
        <translation>Đang ghi gói: %1 / %2 phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="138" />
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="144" />
        <source>Wrote %1 to %2: %3 versions for %4.</source>
        <translation>Đã ghi %1 vào %2: %3 phiên bản gửi %4.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="156" />
        <source>Cancelled: no bundle was written.</source>
        <translation>Đã hủy: không ghi gói nào.</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/pages/figures.py" line="26" />
        <source>Monthly figures</source>
        <translation>Số liệu tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="33" />
        <source>Save figures</source>
        <translation>Lưu số liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="39" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="45" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="45" />
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="37" />
        <location filename="../../ui/pages/figures.py" line="45" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="46" />
        <source>Entered</source>
        <translation>Số liệu nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="46" />
        <source>From the records</source>
        <translation>Theo hồ sơ ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="119" />
        <source>Nothing to save.</source>
        <translation>Không có gì thay đổi để lưu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/figures.py" line="128" />
        <source>Saved %n figure(s).</source>
        <translation>
            <numerusform>Đã lưu %n chỉ tiêu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="25" />
        <source>Set up ANTT Logbook</source>
        <translation>Thiết lập Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="28" />
        <source>This laptop keeps the records of one unit. Name the unit and the officer; you can change the officer and the language later in Settings.</source>
        <translation>Máy này lưu hồ sơ của một đơn vị. Hãy nhập đơn vị và cán bộ sử dụng; có thể đổi cán bộ và ngôn ngữ sau trong phần Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="36" />
        <source>e.g. Công an xã Đồng Đăng</source>
        <translation>ví dụ: Công an xã Đồng Đăng</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49" />
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="50" />
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="51" />
        <source>Unit kind</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="52" />
        <source>Parent unit code</source>
        <translation>Mã đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53" />
        <source>Parent unit name</source>
        <translation>Tên đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54" />
        <source>Province / place</source>
        <translation>Tỉnh / địa danh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="48" />
        <source>Read a bundle</source>
        <translation>Đọc gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="53" />
        <source>Bundle</source>
        <translation>Gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="58" />
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="68" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="69" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="87" />
        <source>No bundle (*.antt) was found on the drives; choose the file.</source>
        <translation>Không tìm thấy gói (*.antt) nào trên các ổ đĩa; hãy chọn tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="94" />
        <source>Sender</source>
        <translation>Nơi gửi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="102" />
        <source>Unit and device</source>
        <translation>Đơn vị và máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="103" />
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="104" />
        <source>Bundle number</source>
        <translation>Số thứ tự gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="105" />
        <source>Time on the bundle</source>
        <translation>Thời gian ghi trên gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="108" />
        <source>What importing would do (versions)</source>
        <translation>Kết quả nếu nhập (số phiên bản)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="132" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="132" />
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="132" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="144" />
        <source>%1 — device %2</source>
        <translation>%1 — máy %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="146" />
        <source>Bundle %1</source>
        <translation>Gói số %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="148" />
        <source>bundles %1 of this sender never arrived here; the next bundles carry their versions again</source>
        <translation>các gói số %1 của nơi gửi này chưa về đến đây; các gói sau sẽ mang lại dữ liệu của chúng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="155" />
        <source>%1 (today is %2)</source>
        <translation>%1 (hôm nay là %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="159" />
        <source>the sender's clock is probably wrong (the date is in the future)</source>
        <translation>đồng hồ máy gửi có lẽ bị sai (ngày ở tương lai)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="160" />
        <source>the sender's clock is probably wrong or the bundle is very old</source>
        <translation>đồng hồ máy gửi có lẽ bị sai hoặc gói đã rất cũ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="171" />
        <source>This bundle was imported before: importing it again changes nothing.</source>
        <translation>Gói này đã được nhập trước đây: nhập lại không thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="173" />
        <source>Waiting for reference data the store does not have yet: %1.</source>
        <translation>Đang chờ dữ liệu tham chiếu mà máy này chưa có: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="176" />
        <source>Conflicting versions are kept; resolve them on the “Conflicts” tab.</source>
        <translation>Các bản xung đột được giữ lại; hãy xử lý ở thẻ “Xung đột”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="185" />
        <source>Checked: the bundle is whole, signed by an enrolled device and addressed to this computer. Nothing has been written yet.</source>
        <translation>Đã kiểm tra: gói nguyên vẹn, do một máy đã đăng ký ký và gửi cho máy này. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="191" />
        <source>Choose a bundle</source>
        <translation>Chọn gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="191" />
        <source>Bundles</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="217" />
        <location filename="../../ui/pages/sync_import.py" line="225" />
        <source>Checking the bundle…</source>
        <translation>Đang kiểm tra gói…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="218" />
        <source>Checking: %1 of %2 versions</source>
        <translation>Đang kiểm tra: %1 / %2 phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="234" />
        <source>Stopped: nothing was imported.</source>
        <translation>Đã dừng: không nhập gì.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="242" />
        <source>Importing: %1 of %2 versions</source>
        <translation>Đang nhập: %1 / %2 phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="249" />
        <source>Importing the bundle…</source>
        <translation>Đang nhập gói…</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="71" />
        <source>This computer</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="76" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="77" />
        <source>Device</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="79" />
        <source>Fingerprint (read it over the phone to the other unit's officer):</source>
        <translation>Dấu vân tay (đọc qua điện thoại cho cán bộ đơn vị bên kia):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="84" />
        <source>Enrolment</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="86" />
        <source>1. At the post: write this computer's enrolment file…</source>
        <translation>1. Tại đơn vị: ghi tệp đăng ký của máy này…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="87" />
        <source>2. At the level above: register a unit from its enrolment file…</source>
        <translation>2. Tại cấp trên: đăng ký một đơn vị từ tệp đăng ký của đơn vị đó…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="89" />
        <source>3. At the post: accept the answer of the level above…</source>
        <translation>3. Tại đơn vị: nhận tệp trả lời của cấp trên…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="91" />
        <source>Take the file to the level above on a USB drive.</source>
        <translation>Mang tệp lên cấp trên bằng USB.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="92" />
        <source>Writes the answer beside the file; take it back to the unit.</source>
        <translation>Ghi tệp trả lời cạnh tệp đăng ký; mang về cho đơn vị đó.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="93" />
        <source>Registers the level above and brings its units and catalogue.</source>
        <translation>Đăng ký cấp trên và nhận danh sách đơn vị, danh mục.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="116" />
        <source>Folder for the enrolment file</source>
        <translation>Thư mục để ghi tệp đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="124" />
        <source>Wrote the enrolment file %1 in %2; take it to the level above.</source>
        <translation>Đã ghi tệp đăng ký %1 vào %2; hãy mang lên cấp trên.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="129" />
        <source>Choose the unit's enrolment file</source>
        <translation>Chọn tệp đăng ký của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="129" />
        <source>Enrolment files</source>
        <translation>Tệp đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="133" />
        <source>Choose the answer of the level above</source>
        <translation>Chọn tệp trả lời của cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="133" />
        <source>Answers</source>
        <translation>Tệp trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="149" />
        <source>Not confirmed: nothing was registered.</source>
        <translation>Chưa xác nhận: chưa đăng ký gì.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="159" />
        <source>Registering…</source>
        <translation>Đang đăng ký…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="162" />
        <source>Registered %1 (device %2). The answer %3 is in %4; take it back to that unit.</source>
        <translation>Đã đăng ký %1 (máy %2). Tệp trả lời %3 nằm trong %4; hãy mang về cho đơn vị đó.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="170" />
        <source>The level above %1 (device %2) is registered; its units and catalogue are here. Bundles can now go up.</source>
        <translation>Đã đăng ký cấp trên %1 (máy %2) và nhận danh sách đơn vị, danh mục; từ nay có thể gửi gói lên.</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="51" />
        <source>Marking / serial</source>
        <translation>Ký hiệu / số hiệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="53" />
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="56" />
        <source>Remove this line</source>
        <translation>Xóa dòng này</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="32" />
        <source>ANTT Logbook</source>
        <translation>Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Unit: %1 · Store: %2</source>
        <translation>Đơn vị: %1 · Tệp dữ liệu: %2</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="55" />
        <source>New model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="55" />
        <source>Edit model</source>
        <translation>Sửa mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="73" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="73" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="74" />
        <source>Type</source>
        <translation>Loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="74" />
        <source>Village / place</source>
        <translation>Thôn, bản / địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="75" />
        <source>Established</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="75" />
        <source>Leader</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="76" />
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="76" />
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="77" />
        <source>Km of border line</source>
        <translation>Số km đường biên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="77" />
        <source>Markers</source>
        <translation>Số cột mốc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="78" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../ui/pages/models.py" line="128" />
        <source>Community models</source>
        <translation>Mô hình tự phòng, tự quản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="131" />
        <source>Search name, place, leader…</source>
        <translation>Tìm theo tên, địa bàn, người phụ trách…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="133" />
        <source>All types</source>
        <translation>Tất cả loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="134" />
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="143" />
        <source>New model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="145" />
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="146" />
        <source>End model…</source>
        <translation>Thanh loại…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="147" />
        <source>Recognition…</source>
        <translation>Công nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="200" />
        <source>All places</source>
        <translation>Mọi địa bàn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/models.py" line="221" />
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n mô hình</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="27" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="28" />
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="29" />
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="30" />
        <source>Surrenders</source>
        <translation>Giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="31" />
        <source>Monthly figures</source>
        <translation>Số liệu tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="32" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="33" />
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="34" />
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="35" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>PeerConfirmDialog</name>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="33" />
        <source>Accept the level above</source>
        <translation>Nhận cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="33" />
        <source>Register a unit</source>
        <translation>Đăng ký đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="36" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="38" />
        <source>Device</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="40" />
        <source>Reference data</source>
        <translation>Dữ liệu tham chiếu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="40" />
        <source>%1 versions (units, catalogue)</source>
        <translation>%1 phiên bản (đơn vị, danh mục)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="43" />
        <source>Its fingerprint:</source>
        <translation>Dấu vân tay của máy đó:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="46" />
        <source>Call the officer of that unit and read these digits to each other. Confirm only if every digit is the same as on their screen.</source>
        <translation>Gọi điện cho cán bộ của đơn vị đó và cùng đọc dãy số này. Chỉ xác nhận khi mọi chữ số đều giống trên màn hình của họ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="50" />
        <source>Personal details of people who hand items in (ID number, address, birth year) may travel up from this unit</source>
        <translation>Cho phép đơn vị này gửi lên thông tin cá nhân của người giao nộp (số định danh, địa chỉ, năm sinh)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="55" />
        <source>The fingerprints match — confirm</source>
        <translation>Dấu vân tay khớp — xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="57" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="21" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24" />
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="11" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18" />
        <source>Discard</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="82" />
        <source>New surrender receipt</source>
        <translation>Lập biên bản tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="82" />
        <source>Edit receipt</source>
        <translation>Sửa biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="89" />
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="97" />
        <source>Found, owner unknown</source>
        <translation>Phát hiện, không rõ chủ sở hữu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="103" />
        <source>Names, separated by ;</source>
        <translation>Họ tên, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="108" />
        <source>Number</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="108" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="109" />
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="109" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="110" />
        <source>Receiving officer</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="110" />
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="111" />
        <source>How it came</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="112" />
        <source>Person handing in</source>
        <translation>Người giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="112" />
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="113" />
        <source>ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="113" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="114" />
        <source>Witnesses</source>
        <translation>Người chứng kiến</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="114" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="123" />
        <source>Items handed in</source>
        <translation>Hiện vật giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="125" />
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="164" />
        <source>A receipt needs at least one item line.</source>
        <translation>Biên bản phải có ít nhất một dòng hiện vật.</translation>
    </message>
</context>
<context>
    <name>RecogniseDialog</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="131" />
        <source>Record a recognition</source>
        <translation>Ghi nhận công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="138" />
        <source>Level</source>
        <translation>Cấp công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="139" />
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="140" />
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="11" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="12" />
        <source>Monthly reports, surrender receipts and consolidated summaries will be printed from here (PDF and spreadsheet). This page is being built.</source>
        <translation>Báo cáo tháng, biên bản tiếp nhận và báo cáo tổng hợp sẽ được in từ đây (PDF và bảng tính). Trang này đang được xây dựng.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="16" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="26" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="31" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="32" />
        <source>Officer (author of new records)</source>
        <translation>Cán bộ (người lập hồ sơ mới)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="34" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="35" />
        <source>Store file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="36" />
        <source>Device</source>
        <translation>Mã máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SurrendersPage</name>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="63" />
        <source>Surrendered weapons, explosives, support tools and firecrackers</source>
        <translation>Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="71" />
        <source>All categories</source>
        <translation>Tất cả nhóm hiện vật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="74" />
        <source>New receipt</source>
        <translation>Lập biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="76" />
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="77" />
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="78" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="80" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surrenders.py" line="118" />
        <source>%n receipt(s) shown</source>
        <translation>
            <numerusform>%n biên bản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="130" />
        <source>Totals: computing…</source>
        <translation>Tổng cộng: đang tính…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="142" />
        <source>Totals: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="166" />
        <source>Delete receipt No. %1 of %2? It stays in the history but leaves every list and total.</source>
        <translation>Xóa biên bản số %1 ngày %2? Biên bản vẫn còn trong lịch sử nhưng không còn trong danh sách và số liệu tổng hợp.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="14" />
        <location filename="../../ui/pages/sync_conflicts.py" line="41" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="15" />
        <source>Catalogue item</source>
        <translation>Mục danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="16" />
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="17" />
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="18" />
        <source>Surrender receipt</source>
        <translation>Biên bản giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="19" />
        <source>Personal details</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="20" />
        <source>Monthly figures</source>
        <translation>Số liệu tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="21" />
        <source>Model rating</source>
        <translation>Xếp loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="22" />
        <source>Rating thresholds</source>
        <translation>Ngưỡng xếp loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="23" />
        <source>Place rating</source>
        <translation>Xếp loại địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="24" />
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="25" />
        <source>Plan task</source>
        <translation>Nhiệm vụ kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="26" />
        <source>Task progress</source>
        <translation>Tiến độ nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="27" />
        <source>Plan review</source>
        <translation>Sơ kết, tổng kết kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="32" />
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="33" />
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="34" />
        <source>Conflicting</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="35" />
        <source>Already here</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="36" />
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="37" />
        <source>Waiting for a reference</source>
        <translation>Chờ dữ liệu tham chiếu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="265" />
        <source>The bundle %1 had been imported already; nothing changed.</source>
        <translation>Gói %1 đã được nhập từ trước; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="266" />
        <source>Imported %1 from %2: %3 new, %4 updated, %5 conflicting, %6 already here, %7 rejected.</source>
        <translation>Đã nhập %1 từ %2: %3 mới, %4 cập nhật, %5 xung đột, %6 đã có, %7 bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="36" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="36" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="37" />
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="37" />
        <source>Established</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="38" />
        <source>Leader</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="38" />
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="39" />
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="39" />
        <source>Border (km)</source>
        <translation>Đường biên (km)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="40" />
        <source>Markers</source>
        <translation>Số mốc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="40" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="41" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="42" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="42" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="43" />
        <source>Participants</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="43" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="44" />
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="44" />
        <source>Recognitions</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="45" />
        <source>Copied from</source>
        <translation>Nhân rộng từ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="46" />
        <source>Replicated to</source>
        <translation>Đã nhân rộng tới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="46" />
        <source>Ended on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="47" />
        <source>Why it ended</source>
        <translation>Lý do kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="47" />
        <source>Item lines</source>
        <translation>Các dòng vật phẩm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="48" />
        <source>Handed in by</source>
        <translation>Người giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="48" />
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="49" />
        <source>Received by</source>
        <translation>Người tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="49" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="50" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="50" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="75" />
        <source>Sync with the level above and the units below</source>
        <translation>Đồng bộ với cấp trên và các đơn vị cấp dưới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="83" />
        <source>Write a bundle to USB…</source>
        <translation>Ghi gói dữ liệu ra USB…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="84" />
        <source>Read a bundle from USB…</source>
        <translation>Đọc gói dữ liệu từ USB…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="96" />
        <source>Keys and enrolment</source>
        <translation>Khóa và đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="98" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="98" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="98" />
        <source>Device</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="98" />
        <source>Bundles received</source>
        <translation>Số gói đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="99" />
        <source>Last bundle</source>
        <translation>Gói gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="99" />
        <source>Missing bundles</source>
        <translation>Gói còn thiếu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="99" />
        <source>Not yet acknowledged</source>
        <translation>Chưa được xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="99" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="100" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="101" />
        <location filename="../../ui/pages/sync.py" line="174" />
        <source>Import receipts</source>
        <translation>Biên nhận nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="103" />
        <location filename="../../ui/pages/sync.py" line="172" />
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="113" />
        <source>Imported</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="113" />
        <source>Sender</source>
        <translation>Nơi gửi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="113" />
        <source>Bundle</source>
        <translation>Gói</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="114" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="114" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="118" />
        <source>Print the receipt…</source>
        <translation>In biên nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="119" />
        <source>Undo the latest import…</source>
        <translation>Hoàn tác lần nhập gần nhất…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="150" />
        <source>level above</source>
        <translation>cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="150" />
        <source>unit below</source>
        <translation>cấp dưới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="152" />
        <source>no. %1, %2</source>
        <translation>số %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="156" />
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="156" />
        <source>enrolled</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="171" />
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="173" />
        <source>Import receipts (%1)</source>
        <translation>Biên nhận nhập (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="202" />
        <source>Save the receipt</source>
        <translation>Lưu biên nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="211" />
        <source>The receipt was saved to %1.</source>
        <translation>Đã lưu biên nhận vào %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="219" />
        <source>Undo the import of %1 from %2? The data goes back to how it was just before that import.</source>
        <translation>Hoàn tác lần nhập %1 từ %2? Dữ liệu sẽ trở lại như ngay trước lần nhập đó.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="225" />
        <source>Undoing the import…</source>
        <translation>Đang hoàn tác…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="228" />
        <source>The import of %1 was undone.</source>
        <translation>Đã hoàn tác lần nhập %1.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="179" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="181" />
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
</context>
</TS>
