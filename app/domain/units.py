"""Units: the commune police, border posts and the commands above them (reference data)."""

from __future__ import annotations

import orjson

from app.domain import vocab
from app.domain.ids import unit_doc_id
from app.domain.unit_lookup import ALLOWED_PARENTS, Unit, find_unit, get_unit  # noqa: F401 (callers read them here)
from app.domain.validation import choice, parse_date, required
from app.domain.versions import save_document
from app.errors import ValidationError
from app.store.db import Store


def unit_data(code, name, kind, parent_code=None, place="", covers=None) -> dict:
    """Validated data of a unit document (does not check the parent; see `check_parent`)."""
    data = {
        "code": required(code, "unit_code"),
        "name": required(name, "unit_name"),
        "kind": choice(kind, "unit_kind", vocab.codes("unit_kinds")),
        "parent_code": (parent_code or "").strip() or None,
        "place": (place or "").strip(),
    }
    if " " in data["code"]:
        raise ValidationError("bad_choice", field="unit_code", value=data["code"], choices="A-Z, 0-9, - _ .")
    if covers:
        data["covers"] = [
            {"commune_code": required(c["commune_code"], "unit_code"), "from": parse_date(c["from"], "from"),
             "to": parse_date(c["to"], "to") if c.get("to") else None}
            for c in covers
        ]
    return data


def check_parent(store: Store, data: dict) -> None:
    parent_code = data["parent_code"]
    if parent_code is None:
        if None not in ALLOWED_PARENTS[data["kind"]]:
            raise ValidationError("wrong_parent_kind", kind=data["kind"], parent_kind="—")
        return
    parent = get_unit(store, parent_code)
    if parent.kind not in ALLOWED_PARENTS[data["kind"]]:
        raise ValidationError("wrong_parent_kind", kind=data["kind"], parent_kind=parent.kind)
    # walking up from the parent must never meet the unit itself
    seen, code = set(), parent_code
    while code:
        if code == data["code"] or code in seen:
            raise ValidationError("parent_cycle", parent=parent_code)
        seen.add(code)
        above = find_unit(store, code)
        code = above.parent_code if above else None


def add_unit(store: Store, code, name, kind, parent_code=None, place="", covers=None, *, check_parent_exists=True,
             provisional: bool = False) -> Unit:
    """Add a unit. `provisional`: written by a post for itself before the level above has sent its own
    record of the unit (see versions.decide): it stands until that record arrives and never competes with it."""
    data = unit_data(code, name, kind, parent_code, place, covers)
    if provisional:
        data["provisional"] = True
    if find_unit(store, data["code"]):
        raise ValidationError("unit_exists", code=data["code"])
    if check_parent_exists:
        check_parent(store, data)
    save_document(store, "unit", unit_doc_id(data["code"]), data)
    return get_unit(store, data["code"])


def list_units(store: Store, under: str | None = None) -> list[Unit]:
    if under:
        codes = subtree_codes(store, under)
        rows = store.conn.execute(
            f"SELECT code, name, kind, parent_code, place, retired, data FROM units WHERE code IN ({','.join('?' * len(codes))})"
            " ORDER BY name COLLATE vi, code",
            codes,
        )
    else:
        rows = store.conn.execute("SELECT code, name, kind, parent_code, place, retired, data FROM units ORDER BY name COLLATE vi, code")
    return [Unit(r[0], r[1], r[2], r[3], r[4], bool(r[5]), orjson.loads(r[6])) for r in rows]


def _name_key(name: str) -> str:
    import unicodedata

    return " ".join(unicodedata.normalize("NFC", name or "").casefold().split())


def namesakes(store: Store, name: str, code: str | None = None) -> list[Unit]:
    """Units other than `code` whose name is `name` (case, spaces and Unicode form aside): two communes of one
    name in two districts are easily taken for each other, so enrolment warns and lists show the code."""
    key = _name_key(name)
    return [u for u in list_units(store) if u.code != code and _name_key(u.name) == key]


def namesake_warning(store: Store, name: str, code: str, lang: str | None = None) -> str | None:
    """The sentence warning that a unit about to be registered shares its name with units already here."""
    from app.i18n import t

    same = namesakes(store, name, code)
    if not same or not name:
        return None
    return t("unit_namesake", lang, name=name, codes=", ".join(u.code for u in same), code=code)


def subtree_codes(store: Store, code: str) -> list[str]:
    """The unit and every unit below it."""
    get_unit(store, code)
    rows = store.conn.execute(
        """WITH RECURSIVE below(code) AS (
               SELECT ? UNION SELECT u.code FROM units u JOIN below b ON u.parent_code = b.code)
           SELECT code FROM below""",
        (code,),
    )
    return [r[0] for r in rows]
