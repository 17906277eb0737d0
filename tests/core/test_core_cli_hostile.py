"""Issue 18 item 6: no input prints a traceback. Every `antt` command, found in the argparse parser (a new
command is covered without touching this file), is driven with hostile arguments against a real store;
each run ends with exit 0 or 1, and a refusal is one sentence on one line that leaves the store as it was.
The 13 inputs of the issue are replayed one by one, and a few runs go through a real process (arguments
that are not UTF-8, output into a closed pipe)."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import LOG_NAME, build_parser, main

GLOBAL = {"db", "lang", "json", "user", "help", "version"}
GARBAGE = ["garbage.antt", "garbage.antt-enrol", "garbage.antt-answer", "garbage.sqlite", "garbage.pdf"]

HOSTILE = [
    "", " ", "0", "-1", "-0", "1", "1e308", "1e400", "-1e400", "1e-400", "99999999999999999999", "9" * 40, "nan", "NaN",
    "inf", "-inf", "1,5", "0x10", "２", "١٢", "2025-02-30", "2025-13-01", "0000-00-00", "9999-12-31", "2025-1-1",
    "31/12/2025", "2025-06", "1899-12", "x" * 5000, "Nguyễn Văn Ánh " * 300, "\n", "a\nb\r\nc", "\t",
    "'; DROP TABLE versions; --", "%s%n{0}{field}", "../../etc/passwd", "missing.antt", "thiếu/tệp.antt", "CAX-DD",
    "CAT-LS", "gun.homemade=1", "gun.homemade=1e400", "firecracker.kg=1e308", "gun.homemade=99999999999999999999",
    "crime.cases_occurred=1e400", "crime.cases_occurred=5", "leadership=18", "=", "a=", "=1", "🙂" * 100, "\u202e",
    "\ufeff", "—", "\udcff\udcfe",  # an argument that was not UTF-8, as Python hands it over
    ".", "empty", *GARBAGE,  # a folder, an empty file, files of the right names holding garbage (made below)
]


def _commands(parser: argparse.ArgumentParser, path=()) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [(path, parser)] if path else []
    return [c for a in subs for name, p in a.choices.items() for c in _commands(p, (*path, name))]


COMMANDS = _commands(build_parser())


def test_the_parser_gives_every_command():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"surrender add", "figures set", "import", "export", "model update", "report monthly", "user add"} <= names
    assert len(names) > 50


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A store made by `antt init` and a few records; the ids of those records join the hostile values."""
    folder = tmp_path_factory.mktemp("hostile")
    db = str(folder / "antt.sqlite")

    def run(*argv):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--db", db, *argv])
        assert code == 0, err.getvalue()
        return out.getvalue().strip()

    # a province's store with one commune below: it may write the commune's records and its own plans (issue 18)
    run("init", "--unit-code", "CAT-LS", "--unit-name", "Công an tỉnh Lạng Sơn", "--unit-kind", "provincial_police")
    run("unit", "add", "--code", "CAX-DD", "--name", "Công an xã Đồng Đăng", "--kind", "commune_police",
        "--parent-code", "CAT-LS")
    model = run("model", "add", "--unit", "CAX-DD", "--name", "Tổ tự quản", "--type", "security_camera",
                "--established", "2024-03-01")
    run("activity", "add", "--model", model, "--date", "2025-06-02", "--kind", "meeting", "--participants", "25")
    receipt = run("surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-03", "--item", "gun.homemade=2",
                  "--from", "Hoàng Văn Sơn", "--birth-year", "1970").split()[0]
    plan = run("plan", "add", "--unit", "CAT-LS", "--number", "111/KH", "--date", "2025-07-04", "--title", "Kế hoạch")
    run("check")  # the day's automatic backup is taken now, in the folder every run shares
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    (folder / "empty").write_bytes(b"")
    for name in GARBAGE:
        (folder / name).write_bytes(b"ANTT\x00\x01" + bytes(range(256)) * 8)
    saved = folder / "template.sqlite"
    shutil.copy(db, saved)
    ids = [model, receipt, plan]
    return folder, Path(db), saved, ids


def dump(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f"SELECT * FROM \"{t}\"").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


@st.composite
def hostile_command(draw, ids: list[str]):
    path, parser = draw(st.sampled_from(COMMANDS))
    values = st.one_of(st.sampled_from(HOSTILE + ids),
                       st.text(st.characters(blacklist_characters="\x00/\\", blacklist_categories=("Cs",)),
                               max_size=30))
    argv = list(path)
    for action in parser._actions:
        if action.dest in GLOBAL or isinstance(action, argparse._HelpAction):
            continue
        forced = path == ("demo",) and action.dest in ("units", "months")  # a valid big demo is slow, not hostile
        if not (action.required or forced or draw(st.booleans())):
            continue
        flag = list(action.option_strings[:1])
        if action.nargs == 0:
            argv += flag
            continue
        if action.choices and draw(st.integers(0, 3)):
            value = st.sampled_from(list(action.choices))
        else:
            value = values
        count = {None: 1, "?": draw(st.integers(0, 1)), "+": draw(st.integers(1, 3)), "*": draw(st.integers(0, 3))}
        n = action.nargs if isinstance(action.nargs, int) else count[action.nargs]
        picked = [draw(value) for _ in range(n)]
        if forced:
            picked = [draw(st.sampled_from(["0", "-1", "99999999999999999999", "1e400", "x", "", "600000"]))]
        if flag or picked:
            argv += flag + picked
    if draw(st.booleans()):
        argv.append("--json")
    if draw(st.integers(0, 3)) == 0:
        argv += ["--lang", "en"]
    return argv


def _run(db: Path, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(db), *argv])
        except SystemExit as exc:  # --help and --version end this way, as argparse does
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def hostile_run(template, monkeypatch):
    folder, db, saved, ids = template
    monkeypatch.chdir(folder)  # files a command writes under a relative name land here
    monkeypatch.delenv("ANTT_PASSWORD", raising=False)
    monkeypatch.delenv("ANTT_USER", raising=False)

    counter = iter(range(10**9))

    def run(argv: list[str]) -> None:
        # a fresh copy each time, in the folder every run shares (its backups folder holds the day's backup)
        db = folder / f"run-{next(counter)}.sqlite"
        shutil.copy(saved, db)
        before = dump(db)
        code, out, err = _run(db, argv)
        assert code in (0, 1), (argv, code, err)
        assert "Traceback" not in err and "Traceback" not in out, (argv, err)
        log = folder / LOG_NAME
        if log.exists():  # the last-resort guard was needed: a cause left unfixed
            trace = log.read_text()
            log.unlink()
            pytest.fail(f"{argv}: {err}\n{trace}")
        if code == 1:
            lines = err.strip().splitlines()
            assert len(lines) == 1 and lines[0].endswith((".", ")", "”")), (argv, err)
            assert dump(db) == before, argv
        for leftover in folder.glob(db.name + "*"):
            leftover.unlink()
        return code, out, err

    run.ids = ids
    return run


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), derandomize=False)
@given(data=st.data())
def test_every_command_with_hostile_arguments(hostile_run, data):
    hostile_run(data.draw(hostile_command(hostile_run.ids)))


# ---------------------------------------------------------------- the inputs named in the issue

ISSUE_INPUTS = [
    (["surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-05", "--item", "firecracker.kg=1e308", "--from", "A"],
     "Số lượng “1e308” ngoài khoảng cho phép"),
    (["surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-05", "--item", "firecracker.kg=1e400", "--from", "A"],
     "Số lượng “1e400” ngoài khoảng cho phép"),
    (["surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-05", "--item", "gun.homemade=99999999999999999999",
      "--from", "A"], "Số lượng “99999999999999999999” ngoài khoảng cho phép"),
    (["model", "add", "--unit", "CAX-DD", "--name", "X", "--type", "security_camera", "--established", "2024-01-01",
      "--households", "1e30"], "Số hộ “1e30” ngoài khoảng cho phép"),
    (["figures", "set", "--unit", "CAX-DD", "--month", "2025-06", "crime.cases_occurred=1e400"],
     "Số vụ phạm tội xảy ra “1e400” ngoài khoảng cho phép"),
    (["model", "add", "--unit", "CAX-DD", "--name", "\udcff\udcfe", "--type", "security_camera", "--established",
      "2024-01-01"], "Đối số thứ 8 của lệnh không phải văn bản UTF-8 hợp lệ"),
    (["import", "--receipt", "999999"], "Không có biên nhận nhập gói số 999999."),
    (["import", "--receipt", "abc"], "Không có biên nhận nhập gói số abc."),
    (["surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-05", "--item", "gun.homemade=1",
      "--from", "Nguyễn " * 100], "Người giao nộp dài 699 ký tự, quá giới hạn 200 ký tự"),
    (["demo", "--units", "20000"], "Số đơn vị phải từ 0 đến 10000"),
    (["demo", "--units", "99999999999999999999"], "Lệnh không đúng: argument --units"),
    (["period", "reopen", "--unit", "CAX-DD", "--month", "2025-06"], "Lệnh không đúng: the following arguments"),
]


@pytest.mark.parametrize("argv, sentence", ISSUE_INPUTS, ids=[" ".join(a[:2]) + f" {n}" for n, (a, _) in
                                                                enumerate(ISSUE_INPUTS)])
def test_each_input_of_the_issue_is_one_sentence(template, hostile_run, argv, sentence):
    code, _, err = hostile_run(argv)  # exit 0 or 1, one line, store unchanged, no traceback
    assert code == 1 and err.startswith(sentence), err


def test_english_when_asked(template, hostile_run):
    _, db, _, _ = template
    argv = ["--lang", "en", "figures", "set", "--unit", "CAX-DD", "--month", "2025-06", "crime.cases_occurred=1e400"]
    assert hostile_run(argv)[2].startswith("Criminal cases occurred “1e400” is out of range: at most 1,000,000,000")


def test_the_last_resort_guard_says_one_sentence_and_keeps_the_traceback(template, monkeypatch):
    folder, db, saved, _ = template
    shutil.copy(saved, db)
    from app.cli import record_cmds

    monkeypatch.setattr(record_cmds, "cmd_model_list", lambda args: 1 / 0)
    code, _, err = _run(db, ["model", "list"])
    log = folder / LOG_NAME
    try:
        assert code == 1 and err.count("\n") == 1
        assert err.startswith("Lỗi không mong đợi (ZeroDivisionError); lệnh đã dừng") and str(log) in err
        assert "Traceback" not in err and "ZeroDivisionError: division by zero" in log.read_text()
    finally:
        log.unlink(missing_ok=True)


# ---------------------------------------------------------------- through a real process

def _antt(db: Path, *argv, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen([sys.executable, "-m", "app.cli", "--db", str(db), *argv], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_an_argument_that_is_not_utf8_is_one_sentence(template):
    folder, db, saved, _ = template
    shutil.copy(saved, db)
    before = dump(db)
    p = _antt(db, "model", "add", "--unit", "CAX-DD", "--name", b"T\xff\xfe", "--type", "security_camera",
              "--established", "2024-01-01")
    out, err = p.communicate(timeout=60)
    assert p.returncode == 1
    assert err.decode() == "Đối số thứ 8 của lệnh không phải văn bản UTF-8 hợp lệ; hãy gõ lại.\n"
    assert dump(db) == before


def test_output_into_a_closed_pipe_ends_quietly(template):
    folder, db, saved, _ = template
    shutil.copy(saved, db)
    p = _antt(db, "unit", "list")
    p.stdout.close()  # the reader (`head`) has gone before the first line is written
    err = p.stderr.read()
    p.wait(timeout=60)
    assert p.returncode == 0 and err == b""
