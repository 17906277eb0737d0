"""Test files made on the spot: noisy photos with EXIF, scanned-looking PDFs, and the bad ones of issue 16 item 7."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image

MAKE, MODEL, GPS_IFD, ORIENTATION = 0x010F, 0x0110, 0x8825, 0x0112


def photo_bytes(width=640, height=480, orientation: int | None = None, seed=1, quality=92) -> bytes:
    """A noisy JPEG (like a phone's) with device and GPS EXIF; left half dark, right half light."""
    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 60, (height, width, 3), dtype=np.uint8)
    pixels[:, width // 2 :] += 180
    img = Image.fromarray(pixels, "RGB")
    exif = Image.Exif()
    exif[MAKE] = "PhoneMaker"
    exif[MODEL] = "Phone 12"
    if orientation:
        exif[ORIENTATION] = orientation
    exif.get_ifd(GPS_IFD)[2] = (21.0, 50.0, 0.0)  # GPSLatitude
    exif.get_ifd(GPS_IFD)[1] = "N"
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, exif=exif)
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def scan_pdf(text="BIÊN BẢN ĐÃ KÝ") -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return out.getvalue()


def pdf_with_js() -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(scan_pdf())))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # add_js: the simplest way to a PDF with a script
        w.add_js("app.alert('hi');")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def pdf_with_embedded_file() -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(scan_pdf())))
    w.add_attachment("payload.exe", b"MZ" + b"\0" * 100)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def zip_bytes() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("a.txt", "hello")
    return out.getvalue()


import sys

import pytest

from app.domain import setup
from app.i18n import set_language
from app.store.db import open_store


@pytest.fixture
def files():
    """This module's makers (tests import nothing from conftest by name under --import-mode=importlib)."""
    return sys.modules[__name__]


@pytest.fixture(autouse=True)
def vietnamese():
    set_language("vi")
    yield
    set_language("vi")


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "antt.sqlite")
    setup.initialise(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     place="Lạng Sơn", officer="Nguyễn Văn An")
    yield s
    s.close()


def snapshot(store):
    """Everything a refused attachment must leave untouched."""
    out = {}
    for table in ("versions", "documents", "attachments", "blobs", "attachment_originals", "meta"):
        out[table] = [tuple(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
    return out
