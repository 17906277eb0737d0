<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_GB">
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
        <location filename="../../ui/pages/activities.py" line="40"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="42"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activities.py" line="66"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n hoạt động</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <location filename="../../ui/pages/models.py" line="51"/>
        <source>Activity log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="54"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="54"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="54"/>
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="55"/>
        <location filename="../../ui/pages/models.py" line="71"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="68"/>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="72"/>
        <source>Add activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="30"/>
        <source>Catalogue and units</source>
        <translation>Danh mục và đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39"/>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39"/>
        <source>Category</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39"/>
        <source>Item</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39"/>
        <source>Unit of count</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="39"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="41"/>
        <source>retired</source>
        <translation>ngừng sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="41"/>
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
        <location filename="../../ui/pages/catalogue.py" line="46"/>
        <source>Items (%n)</source>
        <translation>
            <numerusform>Hiện vật (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalogue.py" line="47"/>
        <source>Units (%n)</source>
        <translation>
            <numerusform>Đơn vị (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="16"/>
        <location filename="../../ui/pages/surrenders.py" line="41"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="17"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="18"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="19"/>
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="20"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="21"/>
        <location filename="../../ui/pages/models.py" line="40"/>
        <location filename="../../ui/pages/surrenders.py" line="47"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="31"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="32"/>
        <source>Type</source>
        <translation>Loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="33"/>
        <source>Village / place</source>
        <translation>Thôn, bản / địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="34"/>
        <source>Established</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="35"/>
        <source>Leader</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="36"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="37"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="38"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="39"/>
        <source>Recognised</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="28"/>
        <source>(owner unknown)</source>
        <translation>(không rõ chủ sở hữu)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="40"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="42"/>
        <source>Handed in by</source>
        <translation>Người giao nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="43"/>
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="44"/>
        <source>Items</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="45"/>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="46"/>
        <source>Received by</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="52"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="56"/>
        <source>models active</source>
        <translation>mô hình đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="57"/>
        <source>activities this month</source>
        <translation>hoạt động trong tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="58"/>
        <source>receipts this month</source>
        <translation>biên bản giao nộp trong tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="59"/>
        <source>receipts this year</source>
        <translation>biên bản giao nộp trong năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Handovers received per month, by category (item lines)</source>
        <translation>Số lượt tiếp nhận theo tháng, theo nhóm hiện vật (dòng hiện vật)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="73"/>
        <source>Models by type and status</source>
        <translation>Mô hình theo loại và tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="92"/>
        <source>Received this month: %1</source>
        <translation>Tiếp nhận trong tháng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="93"/>
        <source>Received this year: %1</source>
        <translation>Tiếp nhận trong năm: %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="27"/>
        <source>Something went wrong and the action was not completed; the data is unchanged.</source>
        <translation>Đã có lỗi nên thao tác chưa thực hiện được; dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="32"/>
        <source>Cannot do that</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="36"/>
        <source>ANTT Logbook</source>
        <translation>Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41"/>
        <source>Please confirm</source>
        <translation>Xin xác nhận</translation>
    </message>
</context>
<context>
    <name>EndModelDialog</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="115"/>
        <source>End model</source>
        <translation>Thanh loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="120"/>
        <source>End date</source>
        <translation>Ngày thanh loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="121"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/pages/figures.py" line="26"/>
        <source>Monthly figures</source>
        <translation>Số liệu tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="33"/>
        <source>Save figures</source>
        <translation>Lưu số liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="39"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="45"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="45"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="37"/>
        <location filename="../../ui/pages/figures.py" line="45"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="46"/>
        <source>Entered</source>
        <translation>Số liệu nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="46"/>
        <source>From the records</source>
        <translation>Theo hồ sơ ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="119"/>
        <source>Nothing to save.</source>
        <translation>Không có gì thay đổi để lưu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/figures.py" line="128"/>
        <source>Saved %n figure(s).</source>
        <translation>
            <numerusform>Đã lưu %n chỉ tiêu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="25"/>
        <source>Set up ANTT Logbook</source>
        <translation>Thiết lập Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="28"/>
        <source>This laptop keeps the records of one unit. Name the unit and the officer; you can change the officer and the language later in Settings.</source>
        <translation>Máy này lưu hồ sơ của một đơn vị. Hãy nhập đơn vị và cán bộ sử dụng; có thể đổi cán bộ và ngôn ngữ sau trong phần Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="36"/>
        <source>e.g. Công an xã Đồng Đăng</source>
        <translation>ví dụ: Công an xã Đồng Đăng</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="50"/>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="51"/>
        <source>Unit kind</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="52"/>
        <source>Parent unit code</source>
        <translation>Mã đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Parent unit name</source>
        <translation>Tên đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>Province / place</source>
        <translation>Tỉnh / địa danh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="51"/>
        <source>Marking / serial</source>
        <translation>Ký hiệu / số hiệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="53"/>
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="56"/>
        <source>Remove this line</source>
        <translation>Xóa dòng này</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="32"/>
        <source>ANTT Logbook</source>
        <translation>Sổ theo dõi ANTT</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Unit: %1 · Store: %2</source>
        <translation>Đơn vị: %1 · Tệp dữ liệu: %2</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="55"/>
        <source>New model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="55"/>
        <source>Edit model</source>
        <translation>Sửa mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="73"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="73"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="74"/>
        <source>Type</source>
        <translation>Loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="74"/>
        <source>Village / place</source>
        <translation>Thôn, bản / địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="75"/>
        <source>Established</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="75"/>
        <source>Leader</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="76"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="76"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="77"/>
        <source>Km of border line</source>
        <translation>Số km đường biên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="77"/>
        <source>Markers</source>
        <translation>Số cột mốc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="78"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../ui/pages/models.py" line="128"/>
        <source>Community models</source>
        <translation>Mô hình tự phòng, tự quản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="131"/>
        <source>Search name, place, leader…</source>
        <translation>Tìm theo tên, địa bàn, người phụ trách…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="133"/>
        <source>All types</source>
        <translation>Tất cả loại mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="134"/>
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="143"/>
        <source>New model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="145"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="146"/>
        <source>End model…</source>
        <translation>Thanh loại…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="147"/>
        <source>Recognition…</source>
        <translation>Công nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="200"/>
        <source>All places</source>
        <translation>Mọi địa bàn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/models.py" line="221"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n mô hình</numerusform>
        </translation>
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
        <location filename="../../ui/pages/__init__.py" line="34"/>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="35"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
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
    <name>ReceiptForm</name>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="82"/>
        <source>New surrender receipt</source>
        <translation>Lập biên bản tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="82"/>
        <source>Edit receipt</source>
        <translation>Sửa biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="89"/>
        <source>automatic</source>
        <translation>tự động</translation>
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
        <location filename="../../ui/pages/receipt_form.py" line="164"/>
        <source>A receipt needs at least one item line.</source>
        <translation>Biên bản phải có ít nhất một dòng hiện vật.</translation>
    </message>
</context>
<context>
    <name>RecogniseDialog</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="131"/>
        <source>Record a recognition</source>
        <translation>Ghi nhận công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="138"/>
        <source>Level</source>
        <translation>Cấp công nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="139"/>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="140"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="11"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="12"/>
        <source>Monthly reports, surrender receipts and consolidated summaries will be printed from here (PDF and spreadsheet). This page is being built.</source>
        <translation>Báo cáo tháng, biên bản tiếp nhận và báo cáo tổng hợp sẽ được in từ đây (PDF và bảng tính). Trang này đang được xây dựng.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="16"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="26"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="31"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="32"/>
        <source>Officer (author of new records)</source>
        <translation>Cán bộ (người lập hồ sơ mới)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="34"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="35"/>
        <source>Store file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="36"/>
        <source>Device</source>
        <translation>Mã máy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SurrendersPage</name>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="63"/>
        <source>Surrendered weapons, explosives, support tools and firecrackers</source>
        <translation>Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="71"/>
        <source>All categories</source>
        <translation>Tất cả nhóm hiện vật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="74"/>
        <source>New receipt</source>
        <translation>Lập biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="76"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="77"/>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="78"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="80"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surrenders.py" line="118"/>
        <source>%n receipt(s) shown</source>
        <translation>
            <numerusform>%n biên bản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="130"/>
        <source>Totals: computing…</source>
        <translation>Tổng cộng: đang tính…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="142"/>
        <source>Totals: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="166"/>
        <source>Delete receipt No. %1 of %2? It stays in the history but leaves every list and total.</source>
        <translation>Xóa biên bản số %1 ngày %2? Biên bản vẫn còn trong lịch sử nhưng không còn trong danh sách và số liệu tổng hợp.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="11"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="12"/>
        <source>Exchange data with the level above on a USB stick: write a bundle, read a bundle and see what it brought. This page is being built.</source>
        <translation>Trao đổi dữ liệu với cấp trên qua USB: ghi gói dữ liệu, đọc gói dữ liệu và xem nội dung đã nhận. Trang này đang được xây dựng.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="179"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="181"/>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
</context>
</TS>
