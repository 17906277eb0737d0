"""Opening the store for a command and reading the few global options."""

from __future__ import annotations

import importlib.util
import sys

from app.domain.setup import is_initialised
from app.errors import AnttError
from app.i18n import t
from app.store.db import Store, open_store


def open_for_command(path) -> Store:
    """open_store, saying on stderr what an upgrade of an older store does while it runs (minutes when big)."""
    from app.cli.migration_progress import StderrProgress

    progress = StderrProgress()
    try:
        store = open_store(path, progress=progress)
    except BaseException:
        progress.stop()  # the refusal's sentence then starts a line of its own
        raise
    progress.finish()
    return store


def store_for(args, *, must_be_initialised: bool = True, login: bool = True) -> Store:
    store = open_for_command(getattr(args, "db", None))
    if must_be_initialised and not is_initialised(store):
        store.close()
        raise AnttError("not_initialised")
    if login:
        _secure_start(store, args)
    return store


def _secure_start(store: Store, args) -> None:
    """Issue 6: log the command in (a store with accounts), then start the day's automatic backup if not yet
    taken (app/security/daily_backup.py). A failed backup warns on stderr and does not stop the command."""
    from app.cli.login import login_for_command
    from app.security import daily_backup

    try:
        login_for_command(store, args)
    except BaseException:
        store.close()
        raise
    try:  # issue 17 item 5: by default a detached worker takes it; the command does not wait
        error = daily_backup.on_command_start(store)
    except AnttError as exc:
        error = exc.message()
    except OSError as exc:  # the worker could not be started (no process left, a read-only folder)
        error = str(exc)
    if error:
        print(t("daily_backup_failed", reason=error), file=sys.stderr)


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
