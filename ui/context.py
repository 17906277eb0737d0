"""What every page shares: the GUI thread's store, the home unit and the units below it, the language,
and one signal that says "records changed" so pages refresh from the core, not from each other."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ui.qt import QObject, Signal

if TYPE_CHECKING:  # the main window's frame paints before the lists' machinery loads (issue 17 item 4)
    from app.store.db import Store
    from app.store.paging import Filter

# The GUI's connection only reads the pages shown: 16 MiB of cache. The walks over a whole index (a big table's
# COUNT(*), the keys every 1,000 rows a jump starts from) run on workers with connections of their own and a
# 2 MiB cache (ui/table_model.py), so they neither block the first paint nor stay in this process's memory (a
# 48 MiB cache held the 37 MB index of 1M lines after each count). No mmap: mapped pages count in the
# process's resident memory (112 MB without Qt over a 1M-line store).
GUI_CACHE_KIB = 16384


def reading_pragmas(conn) -> None:
    """The GUI thread's connection is sized for reading (issue 17 item 3)."""
    conn.execute(f"PRAGMA cache_size=-{GUI_CACHE_KIB}")


class AppContext(QObject):
    dataChanged = Signal()
    # After a restore replaced the store file: the same Store object now reads the restored data, with
    # nobody logged in on it (backups.restore); a login window listens here when the store has accounts.
    storeReopened = Signal()
    loginRequested = Signal()  # a restore brought back a store with accounts and nobody logged in (ui/app.py)

    def __init__(self, store: Store, lang: str = "vi", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        reading_pragmas(store.conn)
        self._scope = None  # app.domain.list_scope.ListScope, read once per change of the records

    @property
    def db_path(self) -> Path:
        return self.store.path

    @property
    def home_unit(self) -> str:
        return self.store.home_unit

    @property
    def home_unit_name(self) -> str:
        from app.domain.unit_names import unit_name  # the window's title, before the domain's rules load

        return unit_name(self.store, self.home_unit)

    def list_filters(self, table: str) -> list[Filter]:
        """The filter that keeps a list of ``table`` (surrenders, models, activities) to the records this unit's
        reports count today (app/domain/list_scope.py): its subtree, the units merged into it, the records of its
        villages a split gave it; none when that is every record in the store."""
        from app.domain.list_scope import scope_filters

        return scope_filters(self.list_scope, table)

    @property
    def list_scope(self):
        """app.domain.list_scope.ListScope of the home unit today, read once per change of the records: what the
        lists show, and what the totals under them and the dashboard's figures count."""
        from app.domain.list_scope import list_scope

        if self._scope is None:
            self._scope = list_scope(self.store, self.home_unit)
        return self._scope

    def reopen_store(self, replaced: bool = True) -> None:
        """Open the store file again after it was closed for a restore (`replaced`) or for a restore that
        was refused (the same file: whoever was logged in stays so)."""
        self.store.reopen(keep_session=not replaced)
        reading_pragmas(self.store.conn)
        if replaced:
            self.storeReopened.emit()
        if self.login_needed():
            self._scope = None  # the pages read again once someone has logged in (the window is rebuilt then)
            return
        self.notify_changed()

    def login_needed(self) -> bool:
        """The store has accounts and nobody is logged in on it (after a restore): pages must not read it now,
        or each would greet the user with "please log in" before the login dialog does."""
        from app.security.permissions import accounts_enabled

        return self.store.session is None and accounts_enabled(self.store)

    def notify_changed(self) -> None:
        self._scope = None
        self.dataChanged.emit()
