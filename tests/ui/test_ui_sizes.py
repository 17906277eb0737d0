"""Issue 18 item 5 in the GUI: the limits of app/domain/sizes.py reach the form as one sentence, nothing saved."""

from tests.ui.test_ui_flows import counts, receipt_lines
from ui.qt import QDialogButtonBox


def test_an_over_long_name_in_the_receipt_form_is_one_sentence_and_saves_nothing(shell, store):  # noqa: F811
    page = shell.window.show_page("surrenders")
    from ui.pages.receipt_form import ReceiptForm

    form = ReceiptForm(shell.ctx, None, page)
    receipt_lines(form, [("gun.homemade", "1")])
    form.person_name.setText("Nguyễn " * 40)  # 280 characters, 279 once trimmed
    before = counts(store)
    form.accept()
    assert counts(store) == before and form.result() != form.DialogCode.Accepted
    assert form.message.text() == "Người giao nộp dài 279 ký tự, quá giới hạn 200 ký tự; không có gì được ghi."
    form.person_name.setText("Nguyễn Văn A")
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
