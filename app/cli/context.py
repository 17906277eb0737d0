"""Opening the store for a command and reading the few global options."""

from __future__ import annotations

import importlib.util
import sys

from app.domain.setup import is_initialised
from app.errors import AnttError
from app.i18n import t
from app.store.db import Store, open_store


def store_for(args, *, must_be_initialised: bool = True, login: bool = True) -> Store:
    store = open_store(getattr(args, "db", None))
    if must_be_initialised and not is_initialised(store):
        store.close()
        raise AnttError("not_initialised")
    if login:
        _secure_start(store, args)
    return store


def _secure_start(store: Store, args) -> None:
    """Issue 6: log the command in (a store with accounts), then the day's automatic backup if not yet
    taken. A failed backup warns on stderr and does not stop the command."""
    from app.cli.login import login_for_command
    from app.security.backups import daily_backup_if_due

    try:
        login_for_command(store, args)
    except BaseException:
        store.close()
        raise
    try:
        daily_backup_if_due(store)
    except AnttError as exc:
        print(t("daily_backup_failed", reason=exc.message()), file=sys.stderr)


def lazy_import(name: str):
    """A module that loads on first attribute access, so `antt --help` and the app's start do not pay
    for commands they do not run (importlib.util.LazyLoader)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
