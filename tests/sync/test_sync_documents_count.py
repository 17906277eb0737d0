"""Counts an officer reads are documents (3 biên bản, 2 mô hình, 10 hoạt động); versions stay in the details
(issue 15 §4). Expected counts come from SQL on the stores, not from the code under test."""

import io

import pdfplumber

from app.domain.doctypes import DOC_TYPES
from app.domain.readable import COUNT_NOUNS, documents_text
from app.reports import sync_receipt as receipt
from app.sync import export, importer
from tests.sync.conftest import record


def distinct_docs(store, where="1", params=()):
    return {t: n for t, n in store.conn.execute(
        f"SELECT doc_type, count(DISTINCT doc_id) FROM versions WHERE {where} GROUP BY doc_type", params)}


def test_every_document_type_has_a_noun_to_count_it():
    assert set(COUNT_NOUNS) == set(DOC_TYPES)


def test_documents_text_by_hand():
    assert documents_text({"activity": 10, "surrender": 3, "community_model": 2}) == "3 biên bản, 2 mô hình, 10 hoạt động"
    assert documents_text({"surrender": 1234, "activity": 1}, "en") == "1,234 receipts, 1 activity"
    assert documents_text({"surrender": 0}) == "" and documents_text({}) == ""


def test_an_export_and_an_import_count_documents(net):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD", n=3)  # one model, three activities, one receipt
    record(post, "CAX-DD", n=2)  # a second model, two more activities, a second receipt
    path = net.up("CAX-DD")
    row = post.conn.execute("SELECT counts FROM sync_exports ORDER BY rowid DESC LIMIT 1").fetchone()
    assert row is not None
    before = net.province.conn.execute("SELECT coalesce(max(rowid), 0) FROM versions").fetchone()[0]
    got = importer.apply_import(net.province, path)
    expected = distinct_docs(net.province, "rowid > ?", (before,))
    assert expected["surrender"] == 2 and expected["community_model"] == 2 and expected["activity"] == 5
    assert got.documents == expected
    listed = importer.list_imports(net.province)[0]
    assert listed["documents"] == expected and "documents" not in listed["counts"]
    assert set(listed["counts"]) == set(importer.CATEGORIES)
    lines = receipt.receipt_lines(receipt.import_record(net.province), "vi")
    assert any(line.startswith("Hồ sơ nhận được: 2 biên bản, 2 mô hình, 5 hoạt động") for line in lines)
    buf = io.BytesIO()
    receipt.write_receipt_pdf(net.province, buf)
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        text = " ".join(" ".join((p.extract_text() or "") for p in pdf.pages).split())
    assert "Hồ sơ nhận được: 2 biên bản, 2 mô hình, 5 hoạt động" in text
    assert "Số phiên bản" in text  # the versions stay, as the details


def test_the_export_result_counts_documents(net):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD", n=4)
    exported = export.export_bundle(post, net.usb)
    mine = distinct_docs(post, "device_id = ?", (post.device_id,))
    for doc_type in ("surrender", "community_model", "activity"):
        assert exported.documents[doc_type] == mine[doc_type]
    assert exported.documents["activity"] == 4
    assert sum(exported.counts.values()) >= sum(exported.documents.values())


def test_the_preview_counts_the_documents_it_would_bring(net):
    """The preview says what an import would bring as documents (issue 15 §4), each document once however many
    of its versions the bundle carries, and leaves out what the store has already."""
    from app.domain.community_models import update_model

    post = net.posts["CAX-DD"]
    first = record(post, "CAX-DD", n=2)  # one model, two activities, one receipt
    importer.apply_import(net.province, net.up("CAX-DD"))
    record(post, "CAX-DD", n=3)  # a second model, three more activities, a second receipt
    for leader in ("Ông Lò Văn A", "Ông Lò Văn B"):  # the first model edited twice: two versions, one document
        update_model(post, first.id, leader=leader)
    path = net.up("CAX-DD")
    have = {r[0] for r in net.province.conn.execute("SELECT vid FROM versions")}
    expected: dict[str, set] = {}
    for vid, doc_id, doc_type in post.conn.execute("SELECT vid, doc_id, doc_type FROM versions WHERE device_id = ?",
                                                   (post.device_id,)):
        if vid not in have and doc_type in ("surrender", "community_model", "activity"):  # the records that go up
            expected.setdefault(doc_type, set()).add(doc_id)
    by_hand = {t: len(ids) for t, ids in expected.items()}
    assert by_hand["activity"] == 3 and by_hand["community_model"] == 2 and by_hand["surrender"] == 1
    preview = importer.preview_import(net.province, path)
    assert {t: n for t, n in preview.documents.items() if t in by_hand} == by_hand
    assert sum(preview.counts.values()) > sum(preview.documents.values())  # versions stay the details
