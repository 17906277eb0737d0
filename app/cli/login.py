"""Logging a command in, on a store that has accounts (issue 6).

Each command logs in on its own: nothing is remembered between commands, so no token file sits on a
laptop that may be lost. Who: `--user NAME` or `ANTT_USER`. Password: `ANTT_PASSWORD` (scripts), else
a prompt that does not echo when the command runs in a terminal. A store with no account yet needs
no login (open mode, see app/security/permissions.py).
"""

from __future__ import annotations

import getpass
import os
import sys

from app.errors import AnttError
from app.i18n import t
from app.security.permissions import accounts_enabled
from app.store.db import Store


def read_password(prompt_key: str, user: str, *, env: str | None = "ANTT_PASSWORD") -> str:
    """From the environment variable `env` if set, else typed at a terminal (not echoed)."""
    if env and os.environ.get(env) is not None:
        return os.environ[env]
    if not sys.stdin.isatty():
        raise AnttError("password_needed", user=user)
    return getpass.getpass(t(prompt_key, user=user))


def login_for_command(store: Store, args) -> None:
    if not accounts_enabled(store):
        return
    username = getattr(args, "user", None) or os.environ.get("ANTT_USER")
    if not username:
        raise AnttError("login_required_cli")
    from app.security import accounts  # argon2 is loaded only where a store has accounts

    accounts.login(store, username, read_password("password_prompt", username), audit_success=False)
