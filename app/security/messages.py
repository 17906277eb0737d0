"""Sentences of accounts, permissions, audit, backups and periods: now in the message catalogue.

Plain data: this module imports nothing (app.i18n imports it while it is itself being imported).
"""

# The sentences of accounts, permissions, audit, backups and periods are in the message catalogue
# (resources/locale/*/LC_MESSAGES/antt.po, issue 19 item 8). Add new ones there, not here: an entry left in
# these dicts still works but tests/core/test_core_messages.py names it until tools/update_messages.py moves it.
MESSAGES: dict[str, dict[str, str]] = {}
FIELDS: dict[str, dict[str, str]] = {}
