"""Issue 17 item 1: the summary's count of receipts with their signed copy, per listed unit, read without a lookup
per receipt. Expected figures are counted by hand from what the test writes: a receipt with two signed copies
counts once, a photo is not a signed copy, a receipt outside the dates or of a unit outside the report is not
counted, and a unit's receipts count under the row it is mapped to."""

from __future__ import annotations

from app.domain import attachments, setup
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from app.reports.evidence import SignedCount, signed_for_units
from app.store.db import open_store


def _scan(path):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "signed")
    c.showPage()
    c.save()
    return path


def _photo(path):
    from PIL import Image

    Image.new("RGB", (60, 40), (200, 30, 30)).save(path, "JPEG")
    return path


def test_signed_copies_counted_per_row(tmp_path):
    s = open_store(tmp_path / "antt.sqlite")
    try:
        setup.initialise(s, "P", "Công an tỉnh Lạng Sơn", "provincial_police")
        add_unit(s, "Q", "Công an tỉnh Cao Bằng", "provincial_police", None)
        for code, parent in (("A", "P"), ("B", "P"), ("C", "P"), ("D", "Q")):
            add_unit(s, code, f"Công an xã {code}", "commune_police", parent)

        def receipt(unit, day):
            return add_surrender(s, unit_code=unit, date=day, owner_unknown=True, lines=[Line("gun.homemade", "1")]).id

        a1, a2, a3 = receipt("A", "2025-01-05"), receipt("A", "2025-02-05"), receipt("A", "2025-03-05")
        b1, b2 = receipt("B", "2025-01-10"), receipt("B", "2025-06-30")
        c1 = receipt("C", "2025-04-01")
        early = receipt("A", "2024-12-31")  # before the range
        d1 = receipt("D", "2025-02-02")  # another province
        for n, rid in enumerate((a1, a1, a3, b2, c1, early, d1)):  # a1 twice: counted once
            attachments.add_attachment(s, rid, _scan(tmp_path / f"s{n}.pdf"), "signed")
        attachments.add_attachment(s, a2, _photo(tmp_path / "p.jpg"), "photo")  # not a signed copy
        attachments.add_attachment(s, b1, _photo(tmp_path / "q.jpg"), "photo")

        # B's receipts count on C's row (as a merger maps them); D is not in the mapping
        owner = {"A": "A", "B": "C", "C": "C"}
        got = signed_for_units(s, [("A", "xã A"), ("C", "xã C"), ("X", "xã X")], owner, "2025-01-01", "2025-12-31")
        assert got == [SignedCount("xã A", 3, 2), SignedCount("xã C", 3, 2), SignedCount("xã X", 0, 0)]
        assert attachments.signed_totals(s, owner, "2025-01-01", "2025-12-31") == {"A": (3, 2), "C": (3, 2)}
        # a range inside: only the receipts dated in it
        assert attachments.signed_totals(s, owner, "2025-02-01", "2025-06-29") == {"A": (2, 1), "C": (1, 1)}
    finally:
        s.close()
