"""Settings for the whole suite: Qt offscreen, messages in Vietnamese unless a test says otherwise."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("ANTT_DB", None)
os.environ.pop("ANTT_LANG", None)
