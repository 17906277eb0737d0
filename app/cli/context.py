"""Opening the store for a command and reading the few global options."""

from __future__ import annotations

import importlib.util
import sys

from app.domain.setup import is_initialised
from app.errors import AnttError
from app.store.db import Store, open_store


def store_for(args, *, must_be_initialised: bool = True) -> Store:
    store = open_store(getattr(args, "db", None))
    if must_be_initialised and not is_initialised(store):
        store.close()
        raise AnttError("not_initialised")
    return store


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
