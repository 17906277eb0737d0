"""Roles and what each may do: the permission matrix of docs/permissions.md, in code.

`require(store, permission)` is the one check the core makes before an action. A store with no
accounts yet (before its first administrator exists) is in *open mode*: every check passes, as on
a laptop nobody has secured yet. Once the first account exists the store is secured for good
(meta `accounts_enabled`), and every check needs a logged-in, enabled user whose role holds the
permission; the role is read from the store at each check, so disabling an account or changing
its role takes effect at once, also in a running session.
"""

from __future__ import annotations

from app.errors import AnttError
from app.i18n import Texts
from app.store.db import Store

ROLES = ("officer", "commander", "administrator")

# Permissions, each named by what it allows. The labels are the words of the refusal sentence.
PERMISSIONS = Texts("permission")  # the words, in the message catalogue

_OFFICER = {"records.write", "records.read", "reports.print"}
_COMMANDER = _OFFICER | {"reports.sign", "period.submit", "period.review", "plans.write", "users.manage_officers",
                         "audit.view", "sync.exchange"}
# The administrator runs the laptop, not the unit: no records, no months, no signatures, so that
# every act of command carries a commander's name (docs/permissions.md explains why).
_ADMINISTRATOR = {"records.read", "reports.print", "users.manage_officers", "users.manage_all", "audit.view",
                  "sync.exchange", "setup", "keys", "enrolment", "backup", "restore"}

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "officer": frozenset(_OFFICER),
    "commander": frozenset(_COMMANDER),
    "administrator": frozenset(_ADMINISTRATOR),
}
# The permissions some role holds, to check a name against without reading the catalogue of both languages (a
# page's buttons ask at every open: the first ask read and parsed two .mo files, 7-17 ms, bench/bench_ui.py).
_HELD = frozenset().union(*ROLE_PERMISSIONS.values())

ROLE_LABELS = Texts("role")  # the words, in the message catalogue

# Which permission a local write of each document type needs (app/domain/guard.py). Every type in
# app.domain.doctypes.DOC_TYPES must be listed: a test fails when a new type is added without a line here.
DOC_TYPE_PERMISSIONS: dict[str, str] = {
    "unit": "setup",
    "catalogue_item": "setup",
    "unit_event": "setup",  # issue 20: merge, split, rename, move, end of units (reference data)
    "community_model": "records.write",
    "activity": "records.write",
    "surrender": "records.write",
    "surrender_person": "records.write",
    "monthly_figures": "records.write",
    "model_rating": "records.write",
    "place_rating": "records.write",
    "task_progress": "records.write",
    "attachment": "records.write",  # issue 16
    "rating_thresholds": "plans.write",
    "plan": "plans.write",
    "plan_task": "plans.write",
    "plan_review": "plans.write",
    "form_settings": "reports.sign",  # who signs the unit's forms is the commander's to say
    "period": "period.submit",  # approve/return also check period.review in app.domain.periods
}
DEFAULT_DOC_PERMISSION = "records.write"


def accounts_enabled(store: Store) -> bool:
    """True once the first account was created: from then on every action needs a login."""
    return store.meta_get("accounts_enabled") == "1"


def _word(context: str, key: str, lang: str | None) -> str:
    """One word in one language, the key itself if the catalogue has none. Straight from the catalogue: a
    `Texts` lookup reads every language's catalogue and lists its keys (the main window shows the role
    before its first paint; issue 17 item 4)."""
    from app.i18n import current_language, lookup

    try:
        return lookup(key, lang or current_language(), context)
    except KeyError:
        return key


def role_label(role: str, lang: str | None = None) -> str:
    return _word("role", role, lang)


def permission_label(permission: str, lang: str | None = None) -> str:
    return _word("permission", permission, lang)


def roles_with(permission: str) -> list[str]:
    return [role for role in ROLES if permission in ROLE_PERMISSIONS[role]]


def current_role(store: Store) -> str | None:
    """The role of the logged-in user as the store says now (None: nobody, or the account was disabled)."""
    session = getattr(store, "session", None)
    if session is None:
        return None
    row = store.conn.execute("SELECT role, disabled FROM users WHERE username = ?", (session.username,)).fetchone()
    if row is None or row[1]:
        return None
    return row[0]


def allowed(store: Store, permission: str) -> bool:
    if not accounts_enabled(store):
        return True
    role = current_role(store)
    return role is not None and permission in ROLE_PERMISSIONS[role]


def refusal(store: Store, permission: str) -> AnttError | None:
    """The refusal `require` would raise for `permission`, or None when it is allowed. The GUI shows it on a
    disabled button before the officer starts (issue 15 §3), so the words are the core's own."""
    if permission not in _HELD and permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    if not accounts_enabled(store):
        return None
    session = getattr(store, "session", None)
    if session is None:
        return AnttError("login_required")
    role = current_role(store)
    if role is None:
        return AnttError("account_disabled", user=session.username)
    if permission not in ROLE_PERMISSIONS[role]:
        return PermissionDenied(session.username, role, permission)
    return None


def require(store: Store, permission: str) -> None:
    """Refuse, with one sentence, an action the logged-in user's role does not allow."""
    refused = refusal(store, permission)
    if refused is not None:
        raise refused


class PermissionDenied(AnttError):
    """The logged-in user's role lacks a permission; the sentence names the role that has it."""

    def __init__(self, username: str, role: str, permission: str) -> None:
        self.key = "permission_denied"
        self.permission = permission
        self.params = {"user": username, "role": role, "permission": permission}
        Exception.__init__(self, self.message("en"))

    def message(self, lang: str | None = None) -> str:
        from app.i18n import t

        needed = roles_with(self.permission)
        return t("permission_denied", lang, user=self.params["user"], role=role_label(self.params["role"], lang),
                 action=permission_label(self.permission, lang),
                 needed=", ".join(role_label(r, lang) for r in needed))
