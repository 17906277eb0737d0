"""Settings for the whole suite: Qt offscreen, messages in Vietnamese unless a test says otherwise."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("ANTT_DB", None)
os.environ.pop("ANTT_LANG", None)
os.environ.setdefault("ANTT_DAILY_BACKUP", "inline")  # the day's backup before each first command, as before issue 17; tests/security/test_security_daily_backup.py runs it in the background
