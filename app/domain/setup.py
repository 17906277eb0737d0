"""First run: make a store this installation's own (its unit, its officer, the shipped catalogue)."""

from __future__ import annotations

from app.domain import catalogue, units
from app.domain.versions import apply_versions
from app.errors import ValidationError
from app.i18n import set_language
from app.store.db import Store


def is_initialised(store: Store) -> bool:
    return store.home_unit is not None


def seed_catalogue(store: Store) -> None:
    apply_versions(store, catalogue.genesis_versions())


def initialise(
    store: Store,
    unit_code: str,
    unit_name: str,
    unit_kind: str,
    parent_code: str | None = None,
    parent_name: str | None = None,
    parent_kind: str | None = None,
    place: str = "",
    officer: str = "",
    lang: str = "vi",
) -> units.Unit:
    """Create the home unit (and its parent, when named), seed the catalogue, remember officer and language.

    All in one transaction: a failure leaves the store as it was.
    """
    if is_initialised(store):
        raise ValidationError("already_initialised", code=store.home_unit)
    with store.transaction():
        store.meta_set("officer", officer or "")
        store.meta_set("lang", lang)
        seed_catalogue(store)
        # Units are reference data written by the level above. A post that has one writes its own unit
        # (and its parent) provisionally: they serve until the level above's records arrive, then give way.
        provisional = bool(parent_code)
        if parent_code and parent_name and not units.find_unit(store, parent_code):
            units.add_unit(store, parent_code, parent_name, parent_kind or _default_parent_kind(unit_kind), None, place,
                           provisional=provisional)
        unit = units.add_unit(
            store, unit_code, unit_name, unit_kind, parent_code, place,
            check_parent_exists=bool(parent_code and units.find_unit(store, parent_code)), provisional=provisional,
        )
        store.meta_set("home_unit", unit.code)
    set_language(lang)
    return unit


def initialise_with_administrator(
    store: Store,
    unit_code: str,
    unit_name: str,
    unit_kind: str,
    parent_code: str | None = None,
    parent_name: str | None = None,
    *,
    place: str = "",
    officer: str = "",
    lang: str = "vi",
    username: str,
    password: str,
    full_name: str = "",
) -> units.Unit:
    """The GUI's first run: `initialise` and the first administrator account in ONE transaction.

    A refusal of either (a bad unit code, a short password, …) leaves the store as it was: no unit, no
    account, still in open mode. The caller then logs the administrator in (accounts.login), outside
    this transaction (a login writes its own).
    """
    from app.security import accounts
    from app.security.permissions import accounts_enabled

    if accounts_enabled(store):
        raise ValidationError("accounts_exist")
    with store.transaction():
        unit = initialise(store, unit_code, unit_name, unit_kind, parent_code, parent_name, place=place,
                          officer=officer, lang=lang)
        accounts.create_first_administrator(store, username, password, full_name)
    return unit


def _default_parent_kind(kind: str) -> str:
    return {"commune_police": "provincial_police", "border_post": "bg_command"}.get(kind, "national")
