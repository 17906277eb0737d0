"""Start the desktop app on a demo store and save a PNG of every page (and the main forms).

    python tools/screenshots.py OUT_DIR [--db FILE] [--lang vi|en] [--units N] [--months M] [--platform offscreen|xvfb]

Without --db a demo store is made in a temporary folder (app.domain.demo). With --platform xvfb (the default
when Xvfb is installed) an X server is started for the run, so the pictures are what a laptop shows; otherwise
Qt's offscreen platform is used.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def start_xvfb() -> subprocess.Popen | None:
    if not shutil.which("Xvfb"):
        return None
    for display in range(90, 100):
        if not Path(f"/tmp/.X11-unix/X{display}").exists():
            proc = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.environ["DISPLAY"] = f":{display}"
            os.environ["QT_QPA_PLATFORM"] = "xcb"
            for _ in range(100):  # wait for the socket to appear
                if Path(f"/tmp/.X11-unix/X{display}").exists():
                    return proc
                try:
                    proc.wait(0.05)
                    return None  # exited: cannot start
                except subprocess.TimeoutExpired:
                    pass
            return proc
    return None


def qt_starts() -> bool:
    probe = "from PySide6.QtWidgets import QApplication; QApplication([])"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True).returncode == 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--lang", default="vi", choices=["vi", "en"])
    ap.add_argument("--units", type=int, default=12)
    ap.add_argument("--months", type=int, default=14)
    ap.add_argument("--platform", choices=["offscreen", "xvfb"], default="xvfb" if shutil.which("Xvfb") else "offscreen")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    xvfb = start_xvfb() if args.platform == "xvfb" else None
    if xvfb is not None and not qt_starts():
        print("the xcb platform plugin cannot start (missing libxcb-cursor0 / libxcb-icccm4 / libxcb-keysyms1?);"
              " using offscreen", file=sys.stderr)
        xvfb.terminate()
        xvfb.wait()
        xvfb = None
    if xvfb is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    settings_dir = tempfile.mkdtemp(prefix="antt-shots-settings-")
    try:
        return shoot(args, settings_dir)
    finally:
        shutil.rmtree(settings_dir, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()


def shoot(args, settings_dir: str) -> int:
    from app.domain import demo
    from app.store.db import open_store
    from ui.app import Shell, create_application
    from ui.qt import QApplication, QSettings

    app = create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp(prefix="antt-shots-")) / "demo.sqlite"
        store = open_store(db)
        demo.generate(store, units=args.units, months=args.months)
        store.close()
    store = open_store(db)
    shell = Shell(store, args.lang)
    window = shell.window
    window.resize(1280, 800)
    from ui.pages import PAGES

    def settle():
        for _ in range(5):
            app.processEvents()

    saved = []
    for n, spec in enumerate(PAGES, start=1):
        window.show_page(spec.key)
        settle()
        if spec.key == "surrenders":  # wait for the totals worker
            page = window.page("surrenders")
            for _ in range(200):
                if page.totals_task is None or not page.totals_task.is_running:
                    break
                page.totals_task.wait(50)
                settle()
            settle()
        if spec.key == "figures":  # a commune's month, beside what its records give
            page = window.page("figures")
            page.unit.setCurrentIndex(min(2, page.unit.count() - 1))
            settle()
        if spec.key == "models":
            window.page("models").view.selectRow(0)
            settle()
        path = args.out / f"{n:02d}-{spec.key}-{args.lang}.png"
        window.grab().save(str(path))
        saved.append(path)
    # the two main forms, as they look when opened
    from ui.pages.model_form import ModelForm
    from ui.pages.receipt_form import ReceiptForm

    receipt = ReceiptForm(shell.ctx, None, window)
    receipt.person_name.setText("Hoàng Văn Sơn")
    receipt.lines[0].quantity.setText("2")
    receipt.add_line("firecracker.kg", 1.5)
    bad = receipt.add_line("gun.air")
    bad.quantity.setText("1,5")  # a gun counted in halves: the form says why it cannot save
    receipt.show()
    settle()
    for widget, name in ((receipt, "form-receipt"), (ModelForm(shell.ctx, None, window), "form-model")):
        widget.show()
        settle()
        path = args.out / f"{name}-{args.lang}.png"
        widget.grab().save(str(path))
        saved.append(path)
        widget.close()
    for path in saved:
        print(path)
    from ui.tasks import wait_all

    wait_all()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
