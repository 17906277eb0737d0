"""The audit trail: an entry per local change with before and after, filters, and a chain that shows
an edited, removed or cut-off entry."""

import re
import sqlite3

import pytest
from hypothesis import given, settings, strategies as st

from app.cli import main
from app.domain import community_models as cm, surrenders
from app.security import audit
from app.security.permissions import PermissionDenied
from tests.security.conftest import PASSWORDS, login


def _receipt(s, date="2025-06-03", qty=1):
    return surrenders.add_surrender(s, unit_code="CAX-DD", date=date, person_name="Lục Văn B",
                                    lines=[surrenders.Line("gun.air", qty)])


def _tamper(s, sql, params=()):
    """What someone editing the file by hand does: drop the guards, change the table."""
    s.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    s.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    s.conn.execute(sql, params)


def test_every_local_change_is_an_entry_with_who_when_what_before_and_after(secured):
    login(secured, "an")
    receipt = _receipt(secured)
    surrenders.update_surrender(secured, receipt.id, place="Trụ sở Công an xã")
    surrenders.delete_surrender(secured, receipt.id)
    login(secured, "chihuy")
    rows = audit.list_entries(secured, doc_id=receipt.id, newest_first=False)
    assert [r["action"] for r in rows] == ["doc.create", "doc.update", "doc.delete"]
    assert {r["username"] for r in rows} == {"an"}
    assert all(r["at"][:4].isdigit() and r["doc_type"] == "surrender" for r in rows)
    create, update, delete = rows
    assert create["before"] is None and create["after"]["lines"][0]["item_code"] == "gun.air"
    assert update["before"]["place"] == "" and update["after"]["place"] == "Trụ sở Công an xã"
    assert delete["before"]["place"] == "Trụ sở Công an xã" and delete["after"] is None
    vids = {r[0] for r in secured.conn.execute("SELECT vid FROM versions WHERE doc_id = ?", (receipt.id,))}
    assert {r["vid"] for r in rows} == vids


def test_a_refused_change_leaves_no_entry(secured):
    login(secured, "an")
    n = audit.count_entries(secured)
    with pytest.raises(Exception):
        _receipt(secured, date="2025-02-30")
    assert audit.count_entries(secured) == n


def test_the_table_refuses_update_and_delete(secured):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        secured.conn.execute("UPDATE audit_log SET username = 'x' WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        secured.conn.execute("DELETE FROM audit_log WHERE seq = 1")


def test_filters(secured):
    login(secured, "an")
    _receipt(secured)
    cm.add_model(secured, unit_code="CAX-DD", name="Camera", type="security_camera", established="2024-01-01")
    login(secured, "chihuy")
    assert {r["username"] for r in audit.list_entries(secured, user="an")} == {"an"}
    assert {r["doc_type"] for r in audit.list_entries(secured, doc_type="surrender")} == {"surrender"}
    assert {r["action"] for r in audit.list_entries(secured, action="user")} == {"user.add"}
    assert {r["action"] for r in audit.list_entries(secured, action="doc")} == {"doc.create"}
    today = audit.local_now()[:10]
    assert len(audit.list_entries(secured, date_from=today, date_to=today, limit=None)) == audit.count_entries(secured)
    assert audit.list_entries(secured, date_to="2000-01-01") == []
    assert len(audit.list_entries(secured, limit=2)) == 2
    login(secured, "an")
    with pytest.raises(PermissionDenied):
        audit.list_entries(secured)


def test_filtered_count_and_the_choices_of_the_filters(secured):
    login(secured, "an")
    _receipt(secured)
    _receipt(secured, date="2025-06-04")
    login(secured, "chihuy")
    assert audit.count_entries(secured, user="an", doc_type="surrender") == 2
    assert audit.count_entries(secured, action="login") == len(audit.list_entries(secured, action="login", limit=None))
    assert audit.count_entries(secured) == len(audit.list_entries(secured, limit=None))
    choices = audit.filter_choices(secured)
    assert choices["users"] == ["an", "chihuy", "quantri"]
    assert {"doc.create", "login", "user.add"} <= set(choices["actions"])
    assert "surrender" in choices["doc_types"] and "community_model" not in choices["doc_types"]
    login(secured, "an")
    with pytest.raises(PermissionDenied):
        audit.filter_choices(secured)


def test_an_edited_entry_is_detected(secured):
    login(secured, "chihuy")
    assert audit.verify(secured).ok
    _tamper(secured, "UPDATE audit_log SET username = 'someone' WHERE seq = 2")
    result = audit.verify(secured)
    assert [(p.kind, p.seq) for p in result.problems] == [("changed", 2)]
    assert result.problems[0].message("vi") == "Mục nhật ký số 2 đã bị sửa."


def test_an_edited_entry_with_its_hash_recomputed_breaks_the_next_link(secured):
    login(secured, "chihuy")
    row = dict(secured.conn.execute("SELECT * FROM audit_log WHERE seq = 2").fetchone())
    row["username"] = "someone"
    _tamper(secured, "UPDATE audit_log SET username = ?, hash = ? WHERE seq = 2", ("someone", audit.entry_hash(row)))
    assert [(p.kind, p.seq) for p in audit.verify(secured).problems] == [("link", 3)]


def test_a_deleted_entry_is_detected_in_the_middle_and_at_the_end(secured):
    login(secured, "chihuy")
    last = audit.count_entries(secured)
    _tamper(secured, "DELETE FROM audit_log WHERE seq = 2")
    assert [(p.kind, p.seq, p.until) for p in audit.verify(secured).problems] == [("missing", 2, 2)]
    _tamper(secured, f"DELETE FROM audit_log WHERE seq = {last}")
    kinds = [(p.kind, p.seq, p.until) for p in audit.verify(secured).problems]
    assert kinds == [("missing", 2, 2), ("tail_missing", last, last)]


def test_cli_audit_verify_and_list(secured, capsys, monkeypatch):
    db = str(secured.path)
    monkeypatch.setenv("ANTT_USER", "chihuy")
    monkeypatch.setenv("ANTT_PASSWORD", PASSWORDS["chihuy"])
    assert main(["--db", db, "audit", "verify"]) == 0
    assert capsys.readouterr().out.startswith("Nhật ký thao tác nguyên vẹn:")
    assert main(["--db", db, "audit", "list", "--action", "user"]) == 0
    out = capsys.readouterr().out
    assert out.count("user.add") == 3 and "lúc / at" in out
    assert re.search(r"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}\b", out) and not re.search(r"\d{4}-\d{2}-\d{2}T", out)
    _tamper(secured, "UPDATE audit_log SET action = 'login' WHERE seq = 3")
    assert main(["--db", db, "audit", "verify"]) == 1
    assert capsys.readouterr().out.strip() == "Mục nhật ký số 3 đã bị sửa."


@settings(max_examples=15, deadline=None)
@given(edits=st.integers(min_value=1, max_value=6), victim=st.integers(min_value=0, max_value=100),
       how=st.sampled_from(["edit", "delete", "rehash"]))
def test_any_single_tampering_is_detected(tmp_path_factory, edits, victim, how):
    from tests.security.conftest import add_accounts, make_store

    s = make_store(tmp_path_factory.mktemp("chain") / "antt.sqlite")
    add_accounts(s)
    login(s, "an")
    for n in range(edits):
        _receipt(s, qty=n + 1)
    login(s, "chihuy")
    assert audit.verify(s).ok
    seq = 1 + victim % audit.count_entries(s)
    if how == "edit":
        _tamper(s, "UPDATE audit_log SET after = '{}' WHERE seq = ?", (seq,))
    elif how == "delete":
        _tamper(s, "DELETE FROM audit_log WHERE seq = ?", (seq,))
    else:
        row = dict(s.conn.execute("SELECT * FROM audit_log WHERE seq = ?", (seq,)).fetchone())
        row["at"] = "2020-01-01T00:00:00+07:00"
        _tamper(s, "UPDATE audit_log SET at = ?, hash = ? WHERE seq = ?", (row["at"], audit.entry_hash(row), seq))
    result = audit.verify(s)
    assert not result.ok
    assert any(p.seq in (seq, seq + 1) for p in result.problems)
    s.close()
