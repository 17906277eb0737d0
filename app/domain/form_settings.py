"""Who signs a unit's forms and to whom they go ("Nơi nhận"): the unit's settings, per kind of form (issue 19 item 4).

One document per unit and form kind (``named_id("form_settings", unit, form)``): a unit's two laptops meet in the
same document, and the settings travel up with the unit's other records, so that the province prints a commune's
monthly form signed as the commune signs it (its commander, not the province's officer). ``form="all"`` holds what
applies to every form that has no settings of its own.

Decree 30/2020/NĐ-CP, Annex I §II.8: the signer's capacity is written before the head's title: KT. (ký thay: a
deputy signs for the head), TL. (thừa lệnh), TUQ. (thừa ủy quyền), TM. (thay mặt: for a collective body), Q.
(quyền: acting head). "Nơi nhận" lists the recipients, the last one "Lưu: VT, ...".
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.ids import named_id
from app.domain.units import get_unit
from app.errors import ValidationError
from app.formatting import nfc
from app.i18n import Pairs
from app.store.db import Store

DOC_TYPE = "form_settings"
ALL = "all"
# The forms a unit signs and sends on (the receipt is signed by the people present at the handover instead).
FORMS = ("monthly", "summary", "models", "ratings", "plan")
CAPACITIES = ("KT.", "TL.", "TUQ.", "TM.", "Q.")
MAX_TEXT = 150  # characters of a title, a name, one recipient
MAX_RECIPIENTS = 20


@dataclass(frozen=True)
class FormSettings:
    unit_code: str
    form: str
    signer_title: str = ""  # "Phó Trưởng Công an xã"; "" = the head's title for the kind of unit
    signer_name: str = ""  # "Thiếu tá Hoàng Văn Đức"
    capacity: str = ""  # "KT." (then the head's title follows it on the form), or "" (the head signs)
    recipients: tuple[str, ...] | None = None  # None: not set (the default list is printed)

    def to_data(self) -> dict:
        data = {"unit_code": self.unit_code, "form": self.form, "signer_title": self.signer_title,
                "signer_name": self.signer_name, "capacity": self.capacity}
        if self.recipients is not None:
            data["recipients"] = list(self.recipients)
        return data

    @classmethod
    def from_data(cls, d: dict) -> "FormSettings":
        recipients = d.get("recipients")
        return cls(str(d.get("unit_code", "")), str(d.get("form", "")), str(d.get("signer_title") or ""),
                   str(d.get("signer_name") or ""), str(d.get("capacity") or ""),
                   tuple(str(r) for r in recipients) if isinstance(recipients, list) else None)


def settings_doc_id(unit_code: str, form: str) -> str:
    return named_id(DOC_TYPE, unit_code, form)


def _stored(store: Store, unit_code: str, form: str) -> FormSettings | None:
    """The winning version of one settings document (they have no readable table: one row, read by its id)."""
    import orjson

    row = store.conn.execute(
        "SELECT version_json(v.data) FROM documents d JOIN versions v ON v.vid = d.winner_vid WHERE d.doc_id = ? AND d.deleted = 0",
        (settings_doc_id(unit_code, form),)).fetchone()
    return FormSettings.from_data(orjson.loads(row[0])) if row else None


def get_settings(store: Store, unit_code: str, form: str) -> FormSettings:
    """What is set for ``form`` (or, field by field where it sets nothing, for every form) of ``unit_code``."""
    mine = _stored(store, unit_code, form) if form != ALL else None
    every = _stored(store, unit_code, ALL)
    if mine is None and every is None:
        return FormSettings(unit_code, form)
    if mine is None or every is None:
        found = mine or every
        return FormSettings(unit_code, form, found.signer_title, found.signer_name, found.capacity, found.recipients)
    return FormSettings(unit_code, form, mine.signer_title or every.signer_title,
                        mine.signer_name or every.signer_name, mine.capacity or every.capacity,
                        mine.recipients if mine.recipients is not None else every.recipients)


def _check_form(form: str) -> str:
    form = (form or "").strip()
    if form not in (ALL, *FORMS):
        raise ValidationError("bad_choice", field="form_kind", value=form, choices=", ".join((ALL, *FORMS)))
    return form


def _text(value: str, field: str) -> str:
    value = " ".join(str(value or "").split())
    if len(value) > MAX_TEXT:
        raise ValidationError("text_too_long", field=field, max=MAX_TEXT, value=value[:40] + "…")
    return value


def _capacity(value: str) -> str:
    value = " ".join(str(value or "").split())
    if not value:
        return ""
    prefix = value.split()[0].upper().rstrip(".") + "."
    if prefix not in CAPACITIES:
        raise ValidationError("bad_choice", field="capacity", value=value,
                              choices=", ".join(c.rstrip(".") for c in CAPACITIES))
    return _text(prefix + value[len(value.split()[0]):], "capacity")


def set_signer(store: Store, unit_code: str, form: str, *, title: str | None = None, name: str | None = None,
               capacity: str | None = None) -> FormSettings:
    """Set who signs ``form`` of ``unit_code`` (None leaves a part as it is; "" clears it). Returns what is stored."""
    form = _check_form(form)
    unit = get_unit(store, unit_code)
    current = _stored(store, unit.code, form) or FormSettings(unit.code, form)
    new = FormSettings(unit.code, form,
                       current.signer_title if title is None else _text(title, "signer_title"),
                       current.signer_name if name is None else _text(name, "signer_name"),
                       current.capacity if capacity is None else _capacity(capacity),
                       current.recipients)
    return _save(store, new)


def set_recipients(store: Store, unit_code: str, form: str, recipients: list[str] | tuple[str, ...] | None
                   ) -> FormSettings:
    """Set the "Nơi nhận" list of ``form`` of ``unit_code``, in order; None (or an empty list) goes back to the
    default (the level above and "Lưu: VT")."""
    form = _check_form(form)
    unit = get_unit(store, unit_code)
    clean = [_text(r, "recipients").rstrip(";.").strip() for r in recipients or ()]
    clean = [r for r in clean if r]
    if len(clean) > MAX_RECIPIENTS:
        raise ValidationError("too_many", field="recipients", max=MAX_RECIPIENTS, value=len(clean))
    current = _stored(store, unit.code, form) or FormSettings(unit.code, form)
    new = FormSettings(unit.code, form, current.signer_title, current.signer_name, current.capacity,
                       tuple(clean) if clean else None)
    return _save(store, new)


def _save(store: Store, settings: FormSettings) -> FormSettings:
    from app.domain.versions import save_document

    save_document(store, DOC_TYPE, settings_doc_id(settings.unit_code, settings.form), settings.to_data())
    return settings


HEAD_TITLES = Pairs("head_title")  # the words, in the message catalogue
# What a unit's name says it is, where its kind alone does not say who heads it: (kind, how the name begins, key).
_NAMED_HEADS = (
    ("commune_police", "công an phường", "commune_police:ward"),
    ("commune_police", "công an đặc khu", "commune_police:special_zone"),
    ("national", "bộ công an", "national:ministry"),
    ("national", "bộ tư lệnh", "national:command"),
    ("national", "cục ", "national:department"),
)


def head_title(kind: str, name: str = "", lang: str = "vi") -> str:
    """The title of the head of a unit, who signs its forms by default (Decree 30: the signer's title):
    "Trưởng Công an xã" ("... phường", "... đặc khu" as the name says), "Đồn trưởng", "Giám đốc" (Công an tỉnh),
    "Chỉ huy trưởng" (Bộ Chỉ huy BĐBP tỉnh), "Bộ trưởng", "Tư lệnh" or "Cục trưởng" at the national level;
    "Thủ trưởng đơn vị" only for a unit whose kind and name say neither."""
    low = " ".join(nfc(name).lower().split())
    key = next((k for unit_kind, start, k in _NAMED_HEADS if kind == unit_kind and low.startswith(start)), kind)
    pair = HEAD_TITLES.get(key) or HEAD_TITLES.get(kind) or HEAD_TITLES["other"]
    return pair[0 if lang == "vi" else 1]


def capacity_line(capacity: str, head_title: str) -> str:
    """"KT." + "Trưởng Công an xã" → "KT. Trưởng Công an xã"; a capacity typed in full stays as typed."""
    if not capacity:
        return ""
    return capacity if len(capacity.split()) > 1 else f"{capacity} {head_title}"
