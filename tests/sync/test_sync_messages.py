"""What a user reads when a bundle is refused: one sentence, in Vietnamese through and through."""

from __future__ import annotations

import re

import pytest

from app.formatting import format_number
from app.sync.bundle import read_bundle
from app.sync.errors import BundleError
from app.sync.phrases import PHRASES, Phrase

DATA = "data/activity.jsonl"
# English or technical fragments that once reached Vietnamese sentences
LEAKS = re.compile(r"≠|\bsize\b|\brows\b|\bsha256\b|\bkey seal\b|\bpayload\b|\bheader\b|\bcrc\b|\bnot JSON\b|"
                   r"No such file|Permission denied|KeyError|\bchunk\b")


def refusal(path, kit) -> BundleError:
    with pytest.raises(BundleError) as err:
        read_bundle(path, kit.province, kit.known())
    return err.value


def lines(kit, n=3) -> bytes:
    return b"".join(kit.line(kit.v("post1", i)) for i in range(1, n + 1))


def test_every_phrase_has_two_languages_that_fill_in():
    params = dict(index=2, count=70, member="data/x.jsonl", found=10, expected=12, field="date", text="E", status=-9)
    for code, (vi, en) in PHRASES.items():
        p = Phrase(code, **params)
        assert p == code  # scripts and tests compare the stable code
        assert p.text("vi") and p.text("en") and "{" not in p.text("vi") + p.text("en"), code
        assert p.text("vi") != p.text("en") or code in ("header",), code


def test_size_mismatch_reads_as_vietnamese(kit):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}, override={DATA: {"size": 12}}))])
    err = refusal(kit.forge(z), kit)
    vi = err.message("vi")
    assert len(data) > 999  # so that the thousands separator shows
    assert f"kích thước {format_number(len(data), 'vi')} byte, bản kê ghi 12" in vi and not LEAKS.search(vi)
    assert f"size {format_number(len(data), 'en')} bytes, the manifest says 12" in err.message("en")
    assert "size" in err.params["detail"]


def test_rows_and_hash_mismatch_read_as_vietnamese(kit):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}, override={DATA: {"rows": 4}}))])
    vi = refusal(kit.forge(z), kit).message("vi")
    assert "3 dòng, bản kê ghi 4" in vi and not LEAKS.search(vi)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}, override={DATA: {"sha256": "0" * 64}}))])
    vi = refusal(kit.forge(z), kit).message("vi")
    assert "mã băm không khớp" in vi and not LEAKS.search(vi)


def test_truncated_and_flipped_read_as_vietnamese(kit):
    path = kit.write([kit.v("post1", 1)])
    raw = path.read_bytes()
    path.write_bytes(raw[:-3])
    vi = refusal(path, kit).message("vi")
    assert "phần chữ ký" in vi and not LEAKS.search(vi)
    flipped = bytearray(raw)
    flipped[-100] ^= 1  # inside the ciphertext: the signature no longer verifies
    path.write_bytes(bytes(flipped))
    vi = refusal(path, kit).message("vi")
    assert vi.startswith("Chữ ký của gói") and not LEAKS.search(vi)


def test_missing_file_reason_is_translated(kit, tmp_path):
    err = refusal(tmp_path / "khong-co.antt", kit)
    assert err.message("vi") == "Không đọc được tệp khong-co.antt (không tìm thấy tệp)."
    assert err.message("en") == "Cannot read the file khong-co.antt (file not found)."
    assert str(err) == err.message("en")


def test_bad_version_field_is_named_in_vietnamese(kit):
    import orjson

    d = orjson.loads(kit.line(kit.v("post1", 1)))
    d["vid"] = "post9:1"
    vi = refusal(kit.forge_data(orjson.dumps(d) + b"\n"), kit).message("vi")
    assert "mã phiên bản sai" in vi and not LEAKS.search(vi)


@pytest.mark.parametrize("part", ["header", "ciphertext", "signature"])
def test_a_cut_bundle_names_the_part_once(part):
    vi = BundleError("bundle_truncated", name="x.antt", part=Phrase(part)).message("vi")
    assert vi == f"Gói x.antt bị thiếu (tệp bị cắt cụt ở {PHRASES[part][0]}); hãy chép lại từ máy gửi."
    assert "phần phần" not in vi
