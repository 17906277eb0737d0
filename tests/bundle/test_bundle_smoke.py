"""Smoke test of the frozen desktop bundle (issue 7): build it with PyInstaller, then drive the frozen
binary as an IT officer and two posts would. Marked `bundle` and left out of a plain `pytest` (about a minute
to build): `pytest -m bundle` runs it, as .ci/run does in its own step. Set ANTT_BUNDLE to a built folder to
skip the build.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

import app

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("ANTT_BUNDLE")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--distpath", str(out / "dist"),
         "--workpath", str(out / "build"), str(ROOT / "build_spec" / "antt.spec")],
        check=True, cwd=ROOT, capture_output=True,
    )
    folder = out / "dist" / f"antt-logbook-{app.__version__}"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle built in {time.perf_counter() - started:.0f} s, {size / 1e6:.0f} MB")
    return folder


def run(bundle: Path, *args: str, env: dict | None = None, exe: str = "antt") -> str:
    result = subprocess.run([str(bundle / exe), *args], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def test_the_frozen_binary_does_an_officers_work(bundle, tmp_path):
    assert app.__version__ in run(bundle, "--version")
    prov, post, usb = tmp_path / "prov.sqlite", tmp_path / "post.sqlite", tmp_path / "usb"
    usb.mkdir()
    run(bundle, "--db", str(prov), "init", "--unit-code", "CAT-LS", "--unit-name", "Công an tỉnh Lạng Sơn",
        "--unit-kind", "provincial_police", "--place", "Lạng Sơn")
    run(bundle, "--db", str(post), "init", "--unit-code", "CAX-DD", "--unit-name", "Công an xã Đồng Đăng",
        "--unit-kind", "commune_police", "--parent-code", "CAT-LS", "--parent-name", "Công an tỉnh Lạng Sơn",
        "--place", "Lạng Sơn", "--officer", "Nguyễn Văn An")
    today = dt.date.today()
    run(bundle, "--db", str(post), "surrender", "add", "--unit", "CAX-DD", "--date", today.isoformat(),
        "--item", "gun.homemade=2", "--item", "firecracker.kg=1.5", "--from", "Hoàng Văn Sơn")

    # the monthly form, read back
    pdf = tmp_path / "thang.pdf"
    run(bundle, "--db", str(post), "report", "monthly", "--unit", "CAX-DD", "--month", today.strftime("%Y-%m"),
        "--out", str(pdf))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "CÔNG AN XÃ ĐỒNG ĐĂNG" in text and "Độc lập - Tự do - Hạnh phúc" in text

    # the USB handover: enrolment both ways, export at the post, import at the province
    run(bundle, "--db", str(post), "enrolment", "--to", str(usb))
    run(bundle, "--db", str(prov), "enrol", str(next(usb.glob("*.antt-enrol"))), "--to", str(usb))
    run(bundle, "--db", str(post), "enrol", str(next(usb.glob("*.antt-answer"))))
    bundle_file = run(bundle, "--db", str(post), "export", "--to", str(usb)).strip().splitlines()[-1]
    # read by a helper process, as a big bundle is: the frozen binary must start itself as that helper
    run(bundle, "--db", str(prov), "import", bundle_file, env={"ANTT_READER_PROCESS": "always"})
    listed = run(bundle, "--db", str(prov), "--json", "surrender", "list", "--unit", "CAX-DD")
    assert "Hoàng Văn Sơn" in listed
    assert run(bundle, "--db", str(prov), "check").strip() == "OK"

    # the province secures its store with an administrator; the desktop app then logs in from the
    # environment (no dialog), paints its window offscreen and closes; a wrong password is refused
    run(bundle, "--db", str(prov), "user", "add", "quantri", "--role", "administrator", "--name", "Lê Quản Trị",
        env={"ANTT_NEW_PASSWORD": "admin-pass-1"})
    login = {"ANTT_QUIT_WHEN_SHOWN": "1", "ANTT_USER": "quantri", "ANTT_PASSWORD": "admin-pass-1"}
    # the core's sentences come from the bundled gettext catalogue (resources/locale/*/LC_MESSAGES/antt.mo)
    assert run(bundle, "--db", str(prov), "--lang", "en", "audit", "verify", env=login).startswith(
        "The audit trail is intact:")
    assert run(bundle, "--db", str(prov), "audit", "verify", env=login).startswith("Nhật ký thao tác nguyên vẹn:")
    shown = run(bundle, "--db", str(prov), env=login, exe="ANTT-Logbook")
    assert "antt-window-shown" in shown
    refused = subprocess.run([str(bundle / "ANTT-Logbook"), "--db", str(prov)], capture_output=True, text=True,
                             timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **login,
                                               "ANTT_PASSWORD": "wrong-password"})
    assert refused.returncode == 1 and "antt-window-shown" not in refused.stdout
