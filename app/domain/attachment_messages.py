"""Sentences of attachments (issue 16), vi first, en second.

Merged into app.i18n.MESSAGES by app/i18n.py. Plain data: this module imports nothing.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "attach_no_file": {
        "vi": "Không tìm thấy tệp “{path}”.",
        "en": "There is no file “{path}”.",
    },
    "attach_not_a_file": {
        "vi": "“{path}” không phải là một tệp (có thể là thư mục).",
        "en": "“{path}” is not a file (perhaps a folder).",
    },
    "attach_unreadable": {
        "vi": "Không đọc được tệp “{path}” ({reason}).",
        "en": "The file “{path}” cannot be read ({reason}).",
    },
    "attach_too_big": {
        "vi": "Tệp “{name}” nặng {size}, quá giới hạn {limit} của một tệp đính kèm.",
        "en": "The file “{name}” is {size}, over the limit of {limit} for one attachment.",
    },
    "attach_empty": {
        "vi": "Tệp “{name}” rỗng.",
        "en": "The file “{name}” is empty.",
    },
    "attach_bad_type": {
        "vi": "Tệp “{name}” là {found}, không phải ảnh (JPEG, PNG, WebP) hay bản quét PDF.",
        "en": "The file “{name}” is {found}, not a photo (JPEG, PNG, WebP) or a scanned PDF.",
    },
    "attach_wrong_extension": {
        "vi": "Tệp “{name}” có đuôi {ext} nhưng thực ra là {found}.",
        "en": "The file “{name}” ends in {ext} but is in fact {found}.",
    },
    "attach_bad_image": {
        "vi": "Ảnh “{name}” bị hỏng hoặc không trọn vẹn ({reason}).",
        "en": "The image “{name}” is damaged or incomplete ({reason}).",
    },
    "attach_image_too_large": {
        "vi": "Ảnh “{name}” có {pixels} điểm ảnh, quá giới hạn {limit}.",
        "en": "The image “{name}” has {pixels} pixels, over the limit of {limit}.",
    },
    "attach_heic_unsupported": {
        "vi": "Ảnh “{name}” ở định dạng HEIC; hãy chuyển sang JPEG trên điện thoại (Cài đặt > Camera > Định dạng > Tương thích nhất) rồi đính kèm lại.",
        "en": "The image “{name}” is HEIC; switch the phone to JPEG (Settings > Camera > Formats > Most Compatible) and attach it again.",
    },
    "attach_bad_pdf": {
        "vi": "Tệp PDF “{name}” bị hỏng, không đọc được ({reason}).",
        "en": "The PDF “{name}” is damaged and cannot be read ({reason}).",
    },
    "attach_pdf_active": {
        "vi": "Tệp PDF “{name}” chứa {what}; chỉ nhận bản quét không có mã chạy hay tệp nhúng.",
        "en": "The PDF “{name}” contains {what}; only scans without scripts or embedded files are accepted.",
    },
    "attach_bad_kind": {
        "vi": "Loại đính kèm “{value}” không hợp lệ; dùng một trong: {choices}.",
        "en": "Attachment kind “{value}” is not valid; use one of: {choices}.",
    },
    "attach_no_owner": {
        "vi": "Không có biên bản, hoạt động, mô hình, kỳ báo cáo hay tiến độ kế hoạch nào mã “{doc_id}”.",
        "en": "There is no receipt, activity, model, monthly period or plan progress with id “{doc_id}”.",
    },
    "attach_owner_type": {
        "vi": "Không đính kèm được vào bản ghi loại “{doc_type}”; chỉ vào biên bản, hoạt động, mô hình, kỳ báo cáo và tiến độ kế hoạch.",
        "en": "Files cannot be attached to a record of type “{doc_type}”; only to receipts, activities, models, monthly periods and plan progress.",
    },
    "attach_id_card_owner": {
        "vi": "Ảnh giấy tờ tùy thân chỉ đính kèm được vào biên bản tiếp nhận.",
        "en": "A photo of an identity paper can only be attached to a receipt.",
    },
    "attach_not_found": {
        "vi": "Không có tệp đính kèm nào mã “{attachment_id}”.",
        "en": "There is no attachment with id “{attachment_id}”.",
    },
    "attach_bytes_missing": {
        "vi": "Nội dung tệp đính kèm “{attachment_id}” chưa có ở máy này (sẽ đến trong gói đồng bộ sau).",
        "en": "The content of attachment “{attachment_id}” is not on this laptop yet (it follows in a later bundle).",
    },
    "attach_target_exists": {
        "vi": "Đã có tệp “{path}”; không ghi đè.",
        "en": "“{path}” already exists; not overwritten.",
    },
    "attach_caption_too_long": {
        "vi": "Chú thích dài {length} ký tự, tối đa {limit}.",
        "en": "The caption is {length} characters long; at most {limit}.",
    },
    "attach_follow_next": {
        "vi": "Gói này đã đủ dung lượng cho tệp đính kèm: {count} tệp đính kèm sẽ đi trong gói sau (biên bản và các bản ghi đã có trong gói này).",
        "en": "This bundle is full of attachments: {count} attachments follow in the next bundle (the records themselves are in this one).",
    },
    "attach_import_files": {
        "vi": "Tệp đính kèm: {files} tệp trong gói, {new} tệp mới, mỗi tệp đã đối chiếu mã băm.",
        "en": "Attachments: {files} files in the bundle, {new} new, each checked against its hash.",
    },
    "attach_preview_files": {
        "vi": "Tệp đính kèm: {files} tệp trong gói, mỗi tệp đã đối chiếu mã băm.",
        "en": "Attachments: {files} files in the bundle, each checked against its hash.",
    },
    "attach_import_follow": {
        "vi": "{count} tệp đính kèm sẽ đến trong gói sau của nơi gửi.",
        "en": "{count} attachments follow in the sender's next bundle.",
    },
}

FIELDS: dict[str, dict[str, str]] = {}
