"""The `antt` command line as scripts drive it: names, --json, exit codes, one-sentence errors."""

import json
import subprocess
import sys

import pytest

from app.cli import main
from app.store.db import open_store
from tests.core.conftest import snapshot


def js(out):
    return json.loads(out)


def test_a_day_of_records_through_the_cli(antt):
    model_id = antt("model", "add", "--unit", "CAX-DD", "--name", "Camera an ninh thôn Nà Pàn", "--type",
                    "security_camera", "--established", "2024-03-01", "--households", "40")[0].strip()
    antt("activity", "add", "--model", model_id, "--date", "2025-06-02", "--kind", "meeting", "--participants", "25")
    out = js(antt("model", "show", model_id, "--json")[0])
    assert out["name"] == "Camera an ninh thôn Nà Pàn" and len(out["activities"]) == 1
    antt("model", "update", model_id, "--leader", "Vi Văn Nam", "--recognise", "commune", "--decision-no", "12/QĐ",
         "--decision-date", "2025-01-01", "--rate-year", "2025", "--rating", "effective")
    assert js(antt("model", "show", model_id, "--json")[0])["leader"] == "Vi Văn Nam"
    r = js(antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-03", "--item", "gun.homemade=2",
                "--item", "firecracker.kg=1.5", "--item", "firecracker.pcs=200", "--from", "Hoàng Văn Sơn", "--json")[0])
    assert r["number"] == 1
    shown = js(antt("surrender", "show", r["id"], "--json")[0])
    assert [l["unit"] for l in shown["lines"]] == ["khẩu", "kg", "quả"]
    assert len(js(antt("surrender", "list", "--unit", "CAT-LS", "--json")[0])) == 1
    antt("figures", "set", "--unit", "CAX-DD", "--month", "2025-06", "crime.cases_occurred=5", "crime.cases_cleared=4")
    grid = {g["code"]: g for g in js(antt("figures", "show", "--unit", "CAX-DD", "--month", "2025-06", "--json")[0])}
    assert grid["crime.cases_cleared"]["entered"] == 4
    assert grid["movement.models_active"]["computed"] == 1
    antt("model", "end", model_id, "--date", "2025-12-31", "--reason", "Sáp nhập thôn")
    assert js(antt("model", "list", "--status", "ended", "--json")[0])[0]["id"] == model_id
    assert antt("check")[0].strip() == "OK"


def test_stats_keeps_units_of_count_apart(antt):
    antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-01-10", "--item", "firecracker.pcs=100",
         "--item", "firecracker.kg=2.5", "--from", "A")
    antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-02-10", "--item", "firecracker.kg=5.6",
         "--item", "gun.air=1", "--item", "gun.parts=3", "--from", "B")
    rows = js(antt("stats", "--from", "2025-01-01", "--to", "2025-12-31", "--by", "category", "--json")[0])
    by = {(r["category"], r["unit"]): r["quantity"] for r in rows}
    assert by == {("firecracker", "quả"): 100, ("firecracker", "kg"): 8.1, ("gun", "khẩu"): 1, ("gun", "chiếc"): 3}
    items = js(antt("stats", "--from", "2025-01-01", "--to", "2025-12-31", "--json")[0])
    assert {r["item_code"]: (r["quantity"], r["unit"]) for r in items}["firecracker.kg"] == (8.1, "kg")
    months = js(antt("stats", "--from", "2025-01-01", "--to", "2025-12-31", "--by", "month", "--json")[0])
    assert {(r["month"], r["item_code"]) for r in months} >= {("2025-01", "firecracker.pcs"), ("2025-02", "gun.air")}
    per_unit = js(antt("stats", "--from", "2025-01-01", "--to", "2025-12-31", "--by", "unit", "--unit", "CAT-LS",
                       "--json")[0])
    assert {r["unit_code"] for r in per_unit} == {"CAX-DD"}


def test_figures_show_states_the_dates_its_month_covers(antt):
    out = antt("figures", "show", "--unit", "CAX-DD", "--month", "2026-01")[0]
    assert out.splitlines()[0] == "tháng 01 năm 2026 (từ ngày 15/12/2025 đến ngày 14/01/2026)"
    antt("settings", "cutoff", "calendar")
    out = antt("--lang", "en", "figures", "show", "--unit", "CAX-DD", "--month", "2026-01")[0]
    assert out.splitlines()[0] == "January 2026 (from 01/01/2026 to 31/01/2026)"


def test_stats_text_prints_numbers_as_the_reader_writes_them(antt):
    antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-01-10", "--item", "weapon.primitive=2028",
         "--item", "firecracker.kg=3.6", "--from", "A")
    antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-02-10", "--item", "firecracker.kg=4.5", "--from", "B")
    lines = antt("stats", "--from", "2025-01-01", "--to", "2025-12-31")[0].splitlines()
    assert any(line.split()[1:] == ["2.028", "chiếc"] for line in lines if line.startswith("weapon.primitive"))
    assert any(line.split()[1:] == ["8,1", "kg"] for line in lines if line.startswith("firecracker.kg"))
    en = antt("--lang", "en", "stats", "--from", "2025-01-01", "--to", "2025-12-31")[0].splitlines()
    assert any(line.split()[1:] == ["2,028", "pcs"] for line in en if line.startswith("weapon.primitive"))
    assert any(line.split()[1:] == ["8.1", "kg"] for line in en if line.startswith("firecracker.kg"))
    rows = js(antt("stats", "--from", "2025-01-01", "--to", "2025-12-31", "--json")[0])
    assert {r["item_code"]: r["quantity"] for r in rows} == {"weapon.primitive": 2028, "firecracker.kg": 8.1}


def test_errors_are_one_sentence_in_the_chosen_language_and_change_nothing(antt):
    store = open_store(antt.db)
    before = snapshot(store)
    _, err = antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-02-30", "--item", "gun.air=1",
                  "--from", "A", ok=False)
    assert err.strip() == "Ngày giao nộp không hợp lệ: “2025-02-30” (cần ngày có thật, dạng YYYY-MM-DD)."
    _, err = antt("--lang", "en", "surrender", "add", "--unit", "CAX-DD", "--date", "2025-02-03", "--item",
                  "gun.air=-1", "--from", "A", ok=False)
    assert err.strip() == "Quantity must be greater than 0 (got -1)."
    _, err = antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-02-03", "--item", "gun.air", ok=False)
    assert "MÃ=SỐ_LƯỢNG" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    _, err = antt("model", "show", "nope", ok=False)
    assert err.strip() == "Không có mô hình “nope”."
    assert snapshot(store) == before


def test_commands_need_an_initialised_store(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "new.sqlite"), "model", "list"]) == 1
    assert "antt init" in capsys.readouterr().err


def test_demo_fills_a_consistent_store(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite")
    assert main(["--db", db, "demo", "--units", "8", "--months", "3", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["units"] == 8 and counts["surrenders"] > 0 and counts["models"] >= 24
    store = open_store(db)
    assert store.query("SELECT count(*) FROM surrenders")[0][0] == counts["surrenders"]
    assert store.query("SELECT count(*) FROM surrender_items")[0][0] == counts["lines"]
    assert store.query("SELECT count(DISTINCT unit_code) FROM monthly_figures")[0][0] == 8
    names = [r[0] for r in store.query("SELECT name FROM units")]
    assert any(n.startswith("Công an xã ") for n in names) and any(n.startswith("Đồn Biên phòng ") for n in names)
    assert main(["--db", db, "check"]) == 0


def test_the_command_line_never_imports_qt(tmp_path):
    code = (
        "import sys, app.cli as c\n"
        f"c.main(['--db', r'{tmp_path / 'q.sqlite'}', 'demo', '--units', '2', '--months', '1'])\n"
        f"c.main(['--db', r'{tmp_path / 'q.sqlite'}', 'stats', '--from', '2020-01-01', '--to', '2030-01-01'])\n"
        "import pkgutil, importlib, app\n"
        "for m in pkgutil.walk_packages(app.__path__, 'app.'):\n    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'ui'))], 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_help_lists_the_contract_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("init", "unit", "model", "activity", "surrender", "figures", "stats", "demo", "check"):
        assert name in out


def test_ratings_and_plans_through_the_cli(antt):
    # a commune's laptop plans and rates its own unit (issue 18: what concerns the province is written there)
    antt("rating", "thresholds", "--unit", "CAX-DD", "--year", "2025", "--excellent", "85", "--good", "70",
         "--average", "50")
    scored = js(antt("rating", "score", "--unit", "CAX-DD", "--year", "2025", "--kind", "residential_area", "--place",
                     "Thôn Nà Pàn", "leadership=18", "propaganda=14", "models=18", "crime_prevention=18", "order=12",
                     "coordination=8", "--recognised", "--decision-no", "12/QĐ-UBND", "--decision-date", "2025-12-20",
                     "--json")[0])
    assert (scored["total"], scored["class"]) == (88, "excellent")
    summary = js(antt("rating", "summary", "--years", "2024-2025", "--json")[0])
    assert [s["rated"] for s in summary] == [0, 1] and summary[1]["residential_areas_recognised"] == 1
    _, err = antt("rating", "score", "--unit", "CAX-DD", "--year", "2025", "--kind", "school", "--place", "Trường",
                  "order=99", ok=False)
    assert err.strip() == "Điểm tiêu chí “order” tối đa 15, đã nhập 99."
    plan = antt("plan", "add", "--unit", "CAX-DD", "--number", "111/KH-CAT", "--date", "2025-07-04", "--title",
                "Kế hoạch 111")[0].strip()
    task = antt("plan", "task", "--plan", plan, "--title", "Rà soát mốc", "--deadline", "2025-09-30",
                "--unit", "CAX-DD")[0].strip()
    overdue = js(antt("plan", "overdue", "--json")[0])
    assert [o["task_id"] for o in overdue] == [task]
    antt("plan", "progress", "--task", task, "--unit", "CAX-DD", "--status", "done", "--date", "2025-09-20",
         "markers=5")
    shown = js(antt("plan", "show", plan, "--json")[0])
    assert shown["assignments"][0]["status"] == "done" and shown["assignments"][0]["evidence"] == {"markers": 5}
    assert js(antt("plan", "overdue", "--json")[0]) == []
    _, err = antt("plan", "add", "--unit", "CAT-LS", "--number", "112/KH-CAT", "--date", "2025-07-05", "--title",
                  "Kế hoạch của tỉnh", ok=False)
    assert err.strip() == "Không được ghi: máy của đơn vị CAX-DD ghi hồ sơ của đơn vị CAT-LS."


def test_each_module_adds_the_commands_the_cli_routes_to_it():
    """COMMAND_WORDS is written by hand (so a command line imports one module): it must say what each module's
    `register` really adds, every module listed once."""
    import importlib

    from app.cli import COMMAND_MODULES, COMMAND_WORDS, _common_options, _Parser

    assert list(COMMAND_WORDS) == COMMAND_MODULES
    for name in COMMAND_MODULES:
        sub = _Parser(prog="antt").add_subparsers(dest="command")
        importlib.import_module(name).register(sub, _common_options())
        assert tuple(sub.choices) == COMMAND_WORDS[name], name


def test_a_command_imports_only_its_own_module(tmp_path):
    """`antt report ...` parses with report_cmds alone; a wrong command still gets the sentence that lists them all."""
    from app.cli import _command_module

    assert _command_module(["--db", "x.sqlite", "report", "summary", "--unit", "BCA"]) == (False, "app.cli.report_cmds")
    assert _command_module(["report", "summary", "--lang", "en"]) == (False, "app.cli.report_cmds")
    assert _command_module(["--lang", "en", "sync-status"]) == (False, "app.cli.sync_cmds")
    assert _command_module(["--help"]) == (False, None)
    assert _command_module(["-h", "report"]) == (False, None)
    assert _command_module(["reprot", "summary"]) == (False, None)
    assert _command_module(["--db", "x.sqlite"]) == (True, None)
    db = tmp_path / "q.sqlite"
    code = (
        "import sys, app.cli as c\n"
        "loaded = lambda: {m for m in c.COMMAND_MODULES if m in sys.modules}\n"
        f"assert c.main(['--db', r'{db}', 'init', '--unit-code', 'CAX-A', '--unit-name', 'Công an xã A',"
        " '--unit-kind', 'commune_police']) == 0\n"
        "assert loaded() == {'app.cli.setup_cmds'}, loaded()\n"
        f"assert c.main(['--db', r'{db}', 'check']) == 0\n"
        "assert loaded() == {'app.cli.setup_cmds', 'app.cli.maintenance_cmds'}, loaded()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr + result.stdout


def test_a_wrong_command_is_refused_with_every_command_known(capsys):
    assert main(["reprot", "summary"]) == 1
    err = capsys.readouterr().err
    assert "report" in err and "sync-status" in err
