"""Settings for the whole suite: Qt offscreen, messages in Vietnamese unless a test says otherwise."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("ANTT_DB", None)
os.environ.pop("ANTT_LANG", None)
os.environ.setdefault("ANTT_DAILY_BACKUP", "inline")  # the day's backup before each first command, as before issue 17; tests/security/test_security_daily_backup.py runs it in the background


import pytest  # noqa: E402 (after the environment above)


@pytest.fixture
def antt(tmp_path, capsys):
    """`antt` on the command line of a commune laptop set up by `antt init`: run(*argv, ok=True) -> (out, err),
    asserting the exit code; run.db is the store's path."""
    from app.cli import main

    db = str(tmp_path / "cli.sqlite")

    def run(*argv, ok=True):
        code = main(["--db", db, *argv])
        out, err = capsys.readouterr()
        assert (code == 0) == ok, (code, out, err)
        return out, err

    run("init", "--unit-code", "CAX-DD", "--unit-name", "Công an xã Đồng Đăng", "--unit-kind", "commune_police",
        "--parent-code", "CAT-LS", "--parent-name", "Công an tỉnh Lạng Sơn", "--place", "Lạng Sơn")
    run.db = db
    return run
