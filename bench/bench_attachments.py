"""A year of a busy commune's photos (issue 16 item 8): 500 receipts x 3 photos from 12-megapixel phones.

    python bench/bench_attachments.py [--receipts 500] [--photos 3] [--images DIR] [--quality-sample 12]

Photos are generated once with Pillow/numpy into DIR (default: a folder in the system's temp dir, kept
between runs, never in the repository): 4000x3000 JPEGs at quality 92 like a phone writes them, a smooth
scene with mid-size detail and sensor noise, each different. Then, in the same run:

* the JPEG quality trade-off at 2,000 px: bytes and PSNR against the unrounded scaled image, for the
  qualities an officer could be offered (how app/domain/attachment_files.JPEG_QUALITY was chosen);
* attaching every photo to its receipt through the core (re-encode, hash, one transaction each), timed
  against `cp` of the same files into a folder (and `sync`), and the growth of the store's file against their bytes;
* export of the post's bundle for the province (and how many bundles the budget needs) and its import
  at the enrolled province, timed, and the bundle's size against the photos' bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

W, H = 4000, 3000


def make_photos(folder: Path, count: int) -> list[Path]:
    """`count` phone-like JPEGs in `folder` (made only if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"IMG_{i:05d}.jpg" for i in range(count)]
    todo = [p for p in paths if not p.exists()]
    if todo:
        print(f"making {len(todo)} photos of {W}x{H} in {folder} (once) ...", flush=True)
        noise = np.random.default_rng(2026).normal(0, 5, (H + 64, W + 64, 3)).astype(np.int16)  # shifted per photo
        t = time.perf_counter()
        for n, path in enumerate(todo):
            rng = np.random.default_rng([2026, int(path.stem[4:])])  # by the photo's number: a resumed run repeats none
            scene = Image.fromarray(rng.integers(0, 255, (6, 8, 3), dtype=np.uint8)).resize((W, H), Image.BICUBIC)
            detail = Image.fromarray(rng.integers(0, 255, (150, 200, 3), dtype=np.uint8)).resize((W, H), Image.BILINEAR)
            arr = (np.asarray(scene, dtype=np.int16) * 3 + np.asarray(detail, dtype=np.int16)) // 4
            dy, dx = rng.integers(0, 64, 2)
            arr = np.clip(arr + noise[dy:dy + H, dx:dx + W], 0, 255).astype(np.uint8)
            tmp = path.with_suffix(".partial")
            Image.fromarray(arr).save(tmp, "JPEG", quality=92)
            os.replace(tmp, path)
            if (n + 1) % 100 == 0:
                print(f"  {n + 1}/{len(todo)} ({time.perf_counter() - t:.0f} s)", flush=True)
    return paths


def paper_photo() -> bytes:
    """A phone photo of a signed form: printed lines, handwriting-like strokes, a stamp, uneven light, noise."""
    from PIL import ImageDraw

    rng = np.random.default_rng(7)
    img = Image.new("RGB", (W, H), (236, 232, 222))
    d = ImageDraw.Draw(img)
    for y in range(260, H - 300, 95):  # printed lines of text: dashes of glyph-like blocks
        x = 300
        while x < W - 400:
            w = int(rng.integers(18, 70))
            d.rectangle([x, y, x + w, y + 34], fill=(40, 40, 45))
            x += w + int(rng.integers(12, 30))
    for _ in range(3):  # signatures: thin pen strokes
        pts = [(int(600 + rng.integers(0, 2600)), int(H - 280 + rng.integers(-60, 60))) for _ in range(14)]
        d.line(pts, fill=(20, 30, 120), width=5)
    d.ellipse([2700, H - 700, 3300, H - 100], outline=(190, 30, 30), width=14)  # the stamp
    arr = np.asarray(img, dtype=np.int16) - (np.linspace(0, 40, W)[None, :, None]).astype(np.int16)
    arr = np.clip(arr + rng.normal(0, 4, arr.shape).astype(np.int16), 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(arr).save(out, "JPEG", quality=92)
    return out.getvalue()


def quality_tradeoff(paths: list[Path], qualities=(60, 70, 75, 80, 85, 90, 95)) -> None:
    """Mean bytes and PSNR at 2,000 px for each JPEG quality, on a sample of scenes and on a signed form."""
    _tradeoff([p.read_bytes() for p in paths], f"{len(paths)} scenes", qualities)
    _tradeoff([paper_photo()], "a photographed signed form", qualities)


def _tradeoff(raws: list[bytes], what: str, qualities) -> None:
    from app.domain.attachment_files import LONGEST_SIDE, reencode_image

    refs = []
    for raw in raws:
        img = Image.open(io.BytesIO(raw))
        img.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE * H // W))
        img = img.convert("RGB")
        img.thumbnail((LONGEST_SIDE, LONGEST_SIDE), Image.LANCZOS)
        refs.append((raw, np.asarray(img, dtype=np.float64)))
    print(f"\nJPEG quality at {LONGEST_SIDE} px ({what}): mean size, PSNR against the scaled original")
    base = None
    for q in qualities:
        sizes, psnrs = [], []
        for raw, ref in refs:
            out, _, _ = reencode_image(raw, "x", quality=q)
            got = np.asarray(Image.open(io.BytesIO(out)).convert("RGB"), dtype=np.float64)
            mse = float(np.mean((got - ref) ** 2))
            sizes.append(len(out))
            psnrs.append(10 * np.log10(255 ** 2 / mse))
        mean = sum(sizes) / len(sizes)
        base = base or mean
        print(f"  quality {q:3d}: {mean / 1024:7.0f} KB  ({mean / base:4.2f}x q{qualities[0]})  PSNR {np.mean(psnrs):5.2f} dB")


def enrolled_pair(root: Path):
    from app.domain import setup, units
    from app.store.db import open_store
    from app.sync import enrolment

    usb = root / "usb"
    usb.mkdir()
    prov = open_store(root / "prov" / "antt.sqlite")
    setup.initialise(prov, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
    units.add_unit(prov, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    post = open_store(root / "post" / "antt.sqlite")
    setup.initialise(post, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", officer="Thượng úy An")
    e = enrolment.write_enrolment(post, usb)
    enrolment.accept_answer(post, enrolment.enrol(prov, e.path, usb).answer_path)
    return post, prov, usb


def db_bytes(store) -> int:
    path = Path(store.path)
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--receipts", type=int, default=500)
    ap.add_argument("--photos", type=int, default=3, help="photos per receipt")
    ap.add_argument("--images", type=Path, default=Path(tempfile.gettempdir()) / "antt-bench-photos")
    ap.add_argument("--quality-sample", type=int, default=12)
    args = ap.parse_args(argv)

    from app.domain import attachments
    from app.domain.surrenders import Line, add_surrender
    from app.sync import export, importer

    total = args.receipts * args.photos
    photos = make_photos(args.images, total)
    photo_bytes = sum(p.stat().st_size for p in photos)
    print(f"{total} photos, {photo_bytes / 1e6:.0f} MB ({photo_bytes / total / 1e6:.2f} MB each)")
    quality_tradeoff(photos[: args.quality_sample])

    root = Path(tempfile.mkdtemp(prefix="antt-bench-attach-"))
    try:
        post, prov, usb = enrolled_pair(root)
        day = dt.date.today().replace(month=1, day=1)
        receipts = [add_surrender(post, unit_code="CAX-DD", date=(day + dt.timedelta(days=i % 330)).isoformat(),
                                  lines=[Line("gun.homemade", 1)], person_name="Hoàng Văn Sơn").id
                    for i in range(args.receipts)]
        post.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = db_bytes(post)

        copy_dir = root / "cp-copy"
        t = time.perf_counter()
        copy_dir.mkdir()
        subprocess.run(["cp", *map(str, photos), str(copy_dir)], check=True)
        subprocess.run(["sync"], check=True)  # what cp wrote is on the disk, as the store's commits are
        t_cp = time.perf_counter() - t

        t = time.perf_counter()
        for n, path in enumerate(photos):
            attachments.add_attachment(post, receipts[n // args.photos], path, "photo")
        t_attach = time.perf_counter() - t
        post.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        growth = db_bytes(post) - before
        blobs, blob_bytes = post.conn.execute("SELECT count(*), sum(size) FROM blobs").fetchone()

        print(f"\nattach {total} photos: {t_attach:7.1f} s ({t_attach / total * 1000:.0f} ms each)"
              f"   cp + sync of the same files: {t_cp:.1f} s   ratio {t_attach / t_cp:.1f}x")
        print(f"store growth: {growth / 1e6:.0f} MB ({blobs} blobs, {blob_bytes / 1e6:.0f} MB) for {photo_bytes / 1e6:.0f} MB"
              f" of photos: {growth / photo_bytes:.3f}x; the cp copy: {photo_bytes / 1e6:.0f} MB (1.000x)")

        bundles, t_export, t_import, bundle_bytes = 0, 0.0, 0.0, 0
        while True:
            t = time.perf_counter()
            written = export.export_bundle(post, usb)
            t_export += time.perf_counter() - t
            t = time.perf_counter()
            importer.apply_import(prov, written.path)
            t_import += time.perf_counter() - t
            bundles += 1
            bundle_bytes += written.size
            print(f"  bundle {bundles}: {written.size / 1e6:.0f} MB, {written.files} files,"
                  f" {written.attachments_follow} follow")
            if not written.attachments_follow:
                break
            down = export.export_bundle(prov, usb, recipient_device=post.device_id)  # the acknowledgement
            importer.apply_import(post, down.path)
        print(f"export: {t_export:6.1f} s   import at the province: {t_import:6.1f} s"
              f"   ({bundles} bundle(s), {bundle_bytes / 1e6:.0f} MB)")
        print(f"bundle size / photos' bytes: {bundle_bytes / photo_bytes:.3f}x;"
              f" export / cp: {t_export / t_cp:.1f}x; import / cp: {t_import / t_cp:.1f}x")
        same = all(attachments.attachment_bytes(prov, a["id"]) == attachments.attachment_bytes(post, a["id"])
                   for a in attachments.list_attachments(post, receipts[0]))
        print(f"first receipt's photos byte-identical at the province: {same}")
        post.close()
        prov.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
