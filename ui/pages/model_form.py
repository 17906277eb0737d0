"""The form of a community model (every field the core keeps), and the small dialogs to end one or to
record a recognition. Each saves through the core; a refusal stays in the dialog as one sentence."""

from __future__ import annotations

from app.domain import community_models as cm
from app.domain import unit_list
from app.errors import AnttError
from ui.dialogs import error_text
from ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
)
from ui.widgets import DateEdit, NumberEdit, select_data, vocab_combo


class _SavingDialog(QDialog):
    """A form with OK/Cancel and a red line for the core's refusal; subclasses implement `save()`."""

    def __init__(self, ctx, title: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.box = QVBoxLayout(self)
        self.form = QFormLayout()
        self.box.addLayout(self.form)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.box.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.box.addWidget(self.buttons)
        self.result_value = None

    def save(self):
        """Write through the core and return what was saved; every form class says it (a refusal raises
        AnttError, shown under the fields)."""
        raise NotImplementedError(type(self).__name__)

    def accept(self) -> None:
        try:
            self.result_value = self.save()
        except AnttError as exc:
            self.message.setText(error_text(exc))
            return
        self.ctx.notify_changed()
        super().accept()


class ModelForm(_SavingDialog):
    """New model (model_id None) or edit of an existing one."""

    def __init__(self, ctx, model_id: str | None = None, parent=None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("New model") if model_id is None else self.tr("Edit model"))
        self.model_id = model_id
        lang = ctx.lang
        self.setMinimumWidth(560)
        self.unit = QComboBox()
        for unit in unit_list.unit_list(ctx.store, under=ctx.home_unit):  # a new model: no unit merged away
            if (unit.active or model_id is not None) and (unit.kind in ("commune_police", "border_post")
                                                          or unit.code == ctx.home_unit):
                self.unit.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.name = QLineEdit()
        self.type = vocab_combo("model_types", lang)
        self.place = QLineEdit()
        self.established = DateEdit()
        self.leader = QLineEdit()
        self.members, self.households = NumberEdit(lang), NumberEdit(lang)
        self.border_km, self.markers = NumberEdit(lang), NumberEdit(lang)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.note.setTabChangesFocus(True)
        for label, widget in ((self.tr("Unit"), self.unit), (self.tr("Name"), self.name),
                              (self.tr("Type"), self.type), (self.tr("Village / place"), self.place),
                              (self.tr("Established"), self.established), (self.tr("Leader"), self.leader),
                              (self.tr("Members"), self.members), (self.tr("Households"), self.households),
                              (self.tr("Km of border line"), self.border_km), (self.tr("Markers"), self.markers),
                              (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)
        if model_id is not None:
            self._load(cm.get_model(ctx.store, model_id).data)
        # issue 16: the recognition decision, minutes and photos of the model
        from ui.attachments_view import evidence_group

        evidence, self.attachments = evidence_group(ctx, model_id, "community_model",
                                                    self.tr("Decisions and photos"), self)
        self.box.insertWidget(1, evidence)
        self.name.setFocus()

    def _load(self, data: dict) -> None:
        select_data(self.unit, data["unit_code"])
        self.unit.setEnabled(False)
        self.name.setText(data["name"])
        select_data(self.type, data["type"])
        self.place.setText(data.get("place", ""))
        self.established.set_iso(data["established"])
        self.leader.setText(data.get("leader", ""))
        for widget, key in ((self.members, "members"), (self.households, "households"),
                            (self.border_km, "border_km"), (self.markers, "markers")):
            widget.set_number(data.get(key))
        self.note.setPlainText(data.get("note", ""))

    def fields(self) -> dict:
        return {
            "name": self.name.text(), "type": self.type.currentData(), "place": self.place.text(),
            "established": self.established.iso(), "leader": self.leader.text(),
            "members": self.members.text_for_core(), "households": self.households.text_for_core(),
            "border_km": self.border_km.text_for_core(), "markers": self.markers.text_for_core(),
            "note": self.note.toPlainText(),
        }

    def save(self):
        if self.model_id is None:
            return cm.add_model(self.ctx.store, unit_code=self.unit.currentData(), **self.fields())
        return cm.update_model(self.ctx.store, self.model_id, **self.fields())


class EndModelDialog(_SavingDialog):
    def __init__(self, ctx, model_id: str, parent=None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("End model"))
        self.model_id = model_id
        self.form.addRow(QLabel(cm.get_model(ctx.store, model_id).name))
        self.date = DateEdit()
        self.reason = QLineEdit()
        self.form.addRow(self.tr("End date"), self.date)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def save(self):
        return cm.end_model(self.ctx.store, self.model_id, self.date.iso(), self.reason.text())


class RecogniseDialog(_SavingDialog):
    def __init__(self, ctx, model_id: str, parent=None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Record a recognition"))
        self.model_id = model_id
        self.form.addRow(QLabel(cm.get_model(ctx.store, model_id).name))
        self.level = vocab_combo("recognition_levels", ctx.lang)
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. 123/QĐ-UBND"))
        self.date = DateEdit()
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("Decision number"), self.decision)
        self.form.addRow(self.tr("Decision date"), self.date)

    def save(self):
        return cm.recognise_model(self.ctx.store, self.model_id, self.level.currentData(), self.decision.text(),
                                  self.date.iso())
