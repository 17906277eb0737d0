"""What every page shares: the GUI thread's store, the home unit and the units below it, the language,
and one signal that says "records changed" so pages refresh from the core, not from each other."""

from __future__ import annotations

from pathlib import Path

from app.domain.units import get_unit, subtree_codes
from app.store.db import Store
from ui.qt import QObject, Signal

GUI_CACHE_KIB = 16384  # the GUI's connection only reads pages: 16 MiB of cache, not the bulk writer's 256


class AppContext(QObject):
    dataChanged = Signal()

    def __init__(self, store: Store, lang: str = "vi", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        store.conn.execute(f"PRAGMA cache_size=-{GUI_CACHE_KIB}")
        self._units: list[str] | None = None

    @property
    def db_path(self) -> Path:
        return self.store.path

    @property
    def home_unit(self) -> str:
        return self.store.home_unit

    @property
    def home_unit_name(self) -> str:
        return get_unit(self.store, self.home_unit).name

    @property
    def unit_codes(self) -> list[str]:
        """The home unit and every unit below it: what this installation's tables show."""
        if self._units is None:
            self._units = subtree_codes(self.store, self.home_unit)
        return self._units

    def notify_changed(self) -> None:
        self._units = None
        self.dataChanged.emit()
