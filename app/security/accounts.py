"""Local accounts of this laptop: argon2id password hashes, logins that slow down and lock, sessions.

Accounts never travel in bundles: each laptop has its own. The first account must be an
administrator; creating it secures the store for good (meta `accounts_enabled`, see permissions.py).

Failed logins in a row: from the third, each next try must wait (2 s, then 4 s …); the fifth locks the
account for `LOCK_SECONDS`. The waits are enforced as refusals ("try again in N seconds"), not as
sleeps, so a dialog can show a countdown; they live in the store, so restarting the app does not
reset them. An administrator (or a commander, for an officer) lifts a lock by `enable_user` or
`reset_password`.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import AnttError, ValidationError
from app.security import audit
from app.security.permissions import (
    ROLES, PermissionDenied, accounts_enabled, current_role, require,
)
from app.store.db import Store

# argon2id with the library's defaults (RFC 9106 "low memory": t=3, m=64 MiB, p=4): ≈0.15 s per
# check on the project's 2-core machines. Tests may swap in a cheaper hasher; nothing else should.
HASHER = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
SLOW_AFTER = 3  # failures in a row before each next try must wait
LOCK_AFTER = 5  # failures in a row that lock the account
LOCK_SECONDS = 15 * 60
MAX_WAIT_SECONDS = 30
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
_DUMMY_HASH: str | None = None  # checked against for unknown names, so they cost the same time


@dataclass(frozen=True)
class User:
    username: str
    full_name: str
    role: str
    disabled: bool
    failed_count: int
    locked_until: float
    created_at: str
    changed_at: str

    def locked(self, now: float | None = None) -> bool:
        return self.locked_until > (time.time() if now is None else now)


@dataclass(frozen=True)
class Session:
    """Who is logged in on a Store (`store.session`). The role is re-read from the store at each check."""

    username: str
    full_name: str
    role: str

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


def wait_after(failures: int) -> int:
    """Seconds the next try must wait after `failures` failed logins in a row."""
    if failures < SLOW_AFTER:
        return 0
    return min(2 ** (failures - SLOW_AFTER + 1), MAX_WAIT_SECONDS)


# ---------------------------------------------------------------- reading


def _user(row) -> User:
    return User(row["username"], row["full_name"], row["role"], bool(row["disabled"]), row["failed_count"],
                row["locked_until"], row["created_at"], row["changed_at"])


def find_user(store: Store, username: str) -> User | None:
    row = store.conn.execute("SELECT * FROM users WHERE username = ?", (_clean_username(username),)).fetchone()
    return _user(row) if row else None


def get_user(store: Store, username: str) -> User:
    user = find_user(store, username)
    if user is None:
        raise AnttError("unknown_user", user=username)
    return user


def list_users(store: Store) -> list[User]:
    require(store, "users.manage_officers")
    return [_user(r) for r in store.conn.execute("SELECT * FROM users ORDER BY role DESC, username")]


def last_logins(store: Store) -> dict[str, str]:
    """When each account last logged in (this laptop's clock, as the audit trail holds it); accounts that
    never did are absent. Read from the audit trail, so a login is never a second write."""
    require(store, "users.manage_officers")
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT username, max(at) FROM audit_log WHERE action = 'login' GROUP BY username")}


def first_run_needed(store: Store) -> bool:
    """True while the store has no account: the GUI then asks for the first administrator before anything else."""
    return not accounts_enabled(store)


# ---------------------------------------------------------------- validation


def _clean_username(username) -> str:
    return str(username or "").strip().lower()


def _valid_username(username) -> str:
    name = _clean_username(username)
    if not _USERNAME.match(name):
        raise ValidationError("bad_username", value=username)
    return name


def _valid_password(password, username: str) -> str:
    password = password or ""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password_too_short", n=MIN_PASSWORD_LENGTH)
    if password.strip().lower() == username:
        raise ValidationError("password_is_username")
    return password


def _valid_role(role) -> str:
    if role not in ROLES:
        raise ValidationError("bad_choice", field="role", value=role, choices=", ".join(ROLES))
    return role


def _now_text() -> str:
    return audit.local_now()


# ---------------------------------------------------------------- managing accounts


def _require_manage(store: Store, target_role: str) -> None:
    """Administrators manage every account; commanders manage officers' accounts only."""
    require(store, "users.manage_officers")
    if target_role != "officer":
        require(store, "users.manage_all")


def _enabled_admins(store: Store) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0"
    ).fetchone()[0]


def add_user(store: Store, username, password, role: str, full_name: str = "") -> User:
    """Create an account. On a store with no account yet this is the first run: it must be an administrator,
    and creating it secures the store."""
    name = _valid_username(username)
    role = _valid_role(role)
    first = not accounts_enabled(store)
    if first and role != "administrator":
        raise ValidationError("first_account_admin")
    if not first:
        _require_manage(store, role)
    password = _valid_password(password, name)
    if find_user(store, name):
        raise ValidationError("user_exists", user=name)
    digest = HASHER.hash(password)  # before the transaction: ~0.15 s with no lock held
    now = _now_text()
    with store.transaction():
        store.conn.execute(
            "INSERT INTO users(username, full_name, role, password_hash, created_at, changed_at) VALUES (?,?,?,?,?,?)",
            (name, (full_name or "").strip(), role, digest, now, now),
        )
        if first:
            store.meta_set("accounts_enabled", "1")
        audit.record(store, "user.add", detail={"user": name, "role": role, "first_administrator": first},
                     username=audit.actor(store) or name)
    return get_user(store, name)


def create_first_administrator(store: Store, username, password, full_name: str = "") -> User:
    if accounts_enabled(store):
        raise ValidationError("accounts_exist")
    return add_user(store, username, password, "administrator", full_name)


def _target(store: Store, username) -> User:
    user = get_user(store, username)
    _require_manage(store, user.role)
    return user


def reset_password(store: Store, username, new_password) -> User:
    """Set someone's password (they forgot it) and lift a lock."""
    user = _target(store, username)
    password = _valid_password(new_password, user.username)
    digest = HASHER.hash(password)
    with store.transaction():
        store.conn.execute(
            "UPDATE users SET password_hash = ?, failed_count = 0, next_try_at = 0, locked_until = 0, changed_at = ?"
            " WHERE username = ?", (digest, _now_text(), user.username))
        audit.record(store, "user.reset_password", detail={"user": user.username})
    return get_user(store, user.username)


def set_disabled(store: Store, username, disabled: bool = True) -> User:
    """Disable an account (it can no longer log in, and a running session loses its rights) or enable it
    again (which also lifts a lock). The last enabled administrator cannot be disabled."""
    user = _target(store, username)
    with store.transaction():
        if disabled and user.role == "administrator" and not user.disabled and _enabled_admins(store) <= 1:
            raise ValidationError("last_administrator")
        store.conn.execute(
            "UPDATE users SET disabled = ?, failed_count = 0, next_try_at = 0, locked_until = 0, changed_at = ?"
            " WHERE username = ?", (int(disabled), _now_text(), user.username))
        audit.record(store, "user.disable" if disabled else "user.enable", detail={"user": user.username})
    return get_user(store, user.username)


def set_role(store: Store, username, role: str) -> User:
    """Change an account's role (administrators only; the last administrator keeps the role)."""
    role = _valid_role(role)
    require(store, "users.manage_all")
    user = get_user(store, username)
    with store.transaction():
        if user.role == "administrator" and role != "administrator" and not user.disabled \
                and _enabled_admins(store) <= 1:
            raise ValidationError("last_administrator")
        store.conn.execute("UPDATE users SET role = ?, changed_at = ? WHERE username = ?",
                           (role, _now_text(), user.username))
        audit.record(store, "user.role", detail={"user": user.username, "from": user.role, "to": role})
    return get_user(store, user.username)


# ---------------------------------------------------------------- logging in


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = HASHER.hash("not a password of anyone")
    return _DUMMY_HASH


def _verify(digest: str, password: str) -> bool:
    try:
        return HASHER.verify(digest, password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_password(store: Store, username, password, *, now: float | None = None) -> User:
    """The account if `password` is right; otherwise one sentence, after counting the failure.

    Refused without even checking while the account is disabled, locked, or must wait. A failure is
    written (and audited) in its own transaction before the refusal is raised, so it is never rolled
    back: do not call this inside a transaction.
    """
    if store.in_transaction:
        raise RuntimeError("check_password writes its own transaction; call it outside one")
    now = time.time() if now is None else now
    name = _clean_username(username)
    row = store.conn.execute("SELECT * FROM users WHERE username = ?", (name,)).fetchone()
    if row is None:
        _verify(_dummy_hash(), password)  # same cost as a real check: names cannot be probed by timing
        audit.record(store, "login.failed", detail={"reason": "unknown_user"}, username=name)
        raise AnttError("login_failed")
    if row["disabled"]:
        raise AnttError("account_disabled", user=name)
    if row["locked_until"] > now:
        raise AnttError("account_locked", user=name, n=math.ceil((row["locked_until"] - now) / 60))
    if row["next_try_at"] > now:
        raise AnttError("login_wait", n=math.ceil(row["next_try_at"] - now))
    if _verify(row["password_hash"], password):
        with store.transaction():
            store.conn.execute(
                "UPDATE users SET failed_count = 0, next_try_at = 0, locked_until = 0 WHERE username = ?", (name,))
            if HASHER.check_needs_rehash(row["password_hash"]):
                store.conn.execute("UPDATE users SET password_hash = ? WHERE username = ?",
                                   (HASHER.hash(password), name))
        return get_user(store, name)
    failures = row["failed_count"] + 1
    locked_until = now + LOCK_SECONDS if failures >= LOCK_AFTER else 0
    with store.transaction():
        store.conn.execute(
            "UPDATE users SET failed_count = ?, next_try_at = ?, locked_until = ? WHERE username = ?",
            (failures, now + wait_after(failures), locked_until, name))
        audit.record(store, "login.locked" if locked_until else "login.failed",
                     detail={"failures_in_a_row": failures}, username=name)
    if locked_until:
        raise AnttError("account_locked", user=name, n=math.ceil(LOCK_SECONDS / 60))
    raise AnttError("login_failed")


def login(store: Store, username, password, *, now: float | None = None, audit_success: bool = True) -> Session:
    """Check the password and make this the store's session (versions then carry the user's name)."""
    user = check_password(store, username, password, now=now)
    store.session = Session(user.username, user.full_name, user.role)
    if audit_success:
        audit.record(store, "login")
    return store.session


def logout(store: Store) -> None:
    if getattr(store, "session", None) is not None:
        audit.record(store, "logout")
    store.session = None


def change_password(store: Store, old_password, new_password, *, now: float | None = None) -> None:
    """The logged-in user changes their own password; the old one is checked (and failures counted)."""
    session = getattr(store, "session", None)
    if session is None or current_role(store) is None:
        raise AnttError("login_required")
    check_password(store, session.username, old_password, now=now)
    password = _valid_password(new_password, session.username)
    if password == old_password:
        raise ValidationError("password_unchanged")
    digest = HASHER.hash(password)
    with store.transaction():
        store.conn.execute("UPDATE users SET password_hash = ?, changed_at = ? WHERE username = ?",
                           (digest, _now_text(), session.username))
        audit.record(store, "user.change_password")


__all__ = [
    "HASHER", "LOCK_AFTER", "LOCK_SECONDS", "PermissionDenied", "Session", "User", "add_user", "change_password",
    "check_password", "create_first_administrator", "find_user", "first_run_needed", "get_user", "last_logins",
    "list_users", "login", "logout", "reset_password", "set_disabled", "set_role", "wait_after",
]
