"""ANTT Logbook core: the store, the records, sync and reports. No Qt below this package."""

__version__ = "0.1.0"
