"""Opening the store for a command and reading the few global options."""

from __future__ import annotations

from app.domain.setup import is_initialised
from app.errors import AnttError
from app.store.db import Store, open_store


def store_for(args, *, must_be_initialised: bool = True) -> Store:
    store = open_store(getattr(args, "db", None))
    if must_be_initialised and not is_initialised(store):
        store.close()
        raise AnttError("not_initialised")
    return store
