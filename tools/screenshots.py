"""Start the desktop app on a demo store and save a PNG of every page (and the main forms).

    python tools/screenshots.py OUT_DIR [--db FILE] [--lang vi|en] [--units N] [--months M] [--platform offscreen|xvfb]
                                [--only restore] [--docs DIR] [--display N]

--only restore shoots just the restore confirmation; --docs DIR also writes the pictures the user guide shows
(docs/images), reduced to a colour palette as the guide's other pictures are.

Without --db a demo store is made in a temporary folder (app.domain.demo); it has no accounts (open mode), so
every page can be shown and the sync scene built without logins. A --db store that has accounts is logged in
from ANTT_USER / ANTT_PASSWORD (never a dialog: this tool must not wait on one). The accounts pictures (first
run filled in, login, Manage accounts) are taken on small stores of their own. With --docs, those pictures are
also written there as the user guide keeps its images: 128-colour PNGs (docs/images/lan-dau.png, …).
With --platform xvfb (the default when Xvfb is installed) an X server is started for the run, so the pictures
are what a laptop shows; otherwise Qt's offscreen platform is used.
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


def start_xvfb(only: int | None = None) -> subprocess.Popen | None:
    if not shutil.which("Xvfb"):
        return None
    for display in ([only] if only is not None else range(90, 100)):
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
    ap.add_argument("--only", choices=["all", "restore"], default="all")
    ap.add_argument("--docs", type=Path, help="folder of the user guide's pictures (docs/images)")
    ap.add_argument("--display", type=int, help="the Xvfb display number to use (default: the first free of 90-99)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    xvfb = start_xvfb(args.display) if args.platform == "xvfb" else None
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


def add_reviews(store) -> None:
    """Ratings of three years and a plan with tasks, so the Xếp loại, kế hoạch page has something to show."""
    import datetime as dt
    import random

    from app.domain import place_ratings as pr
    from app.domain import plans
    from app.domain.units import list_units

    rnd = random.Random(7)
    year = dt.date.today().year
    communes = [u for u in list_units(store) if u.kind in ("commune_police", "border_post")]
    maxima = {c["code"]: c["max"] for c in pr.criteria()}
    for y in range(year - 2, year + 1):
        for unit in communes:
            for kind, place in (("commune", unit.name.replace("Công an ", "")), ("residential_area", "Thôn Bản Chắt"),
                                ("school", "Trường THCS " + unit.name.split()[-1])):
                level = rnd.uniform(0.45, 1.0)
                scores = {c: round(m * min(1, level + rnd.uniform(-0.1, 0.1)), 1) for c, m in maxima.items()}
                ok = sum(scores.values()) >= 75 and kind != "school"
                pr.rate_place(store, unit.code, y, kind, place, scores, recognised=ok,
                              decision_no=f"{rnd.randint(10, 300)}/QĐ-UBND" if ok else None,
                              decision_date=(f"{y}-12-20" if y < year else dt.date.today().isoformat()) if ok else None)
    plan = plans.add_plan(store, store.home_unit, "111/KH-CAT", f"{year}-01-04",
                          "Triển khai phong trào Toàn dân bảo vệ an ninh Tổ quốc", "Chỉ thị 09/CT-TW")
    codes = [u.code for u in communes]
    for n, (title, month) in enumerate((("Rà soát, củng cố mô hình tự quản", 3), ("Tổ chức ngày hội toàn dân", 8),
                                        ("Sơ kết 6 tháng, báo cáo kết quả", 12))):
        task = plans.add_task(store, plan, title, f"{year}-{month:02d}-28", codes[n:n + 6])
        for code in codes[n:n + 6:2]:
            plans.report_progress(store, task, code, "done" if n == 0 else "in_progress",
                                  dt.date.today().isoformat(), "Đã triển khai", {"hộ gia đình": 120 + n})
    plans.add_review(store, plan, "inspection", dt.date.today().isoformat(), "Các xã triển khai đúng kế hoạch.")


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
        add_reviews(store)
        store.close()
    store = open_store(db)
    if not log_in_from_environment(store):
        store.close()
        return 1
    shell = Shell(store, args.lang)
    window = shell.window
    window.resize(1280, 800)
    from ui.pages import PAGES

    def settle(seconds: float = 0.0):
        import time

        end = time.monotonic() + seconds
        for _ in range(5):
            app.processEvents()
        while time.monotonic() < end:  # QPdfView renders its pages on a thread of its own
            app.processEvents()
            time.sleep(0.02)

    if args.only == "restore":
        saved = shoot_restore(args, shell, settle)
        for path in saved:
            print(path)
        store.close()
        return 0
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
        if spec.key == "reports":  # a consolidated summary built and previewed
            page = window.page("reports")
            page.select(page.kind, "summary")
            page.build_preview()
            while page.busy:
                page.task.wait(50)
                settle()
            settle(1.5)
        if spec.key == "reviews":  # the province's view first; the plans tab is shot below
            page = window.page("reviews")
            page.ratings.tabs.setCurrentIndex(1)
            settle()
        path = args.out / f"{n:02d}-{spec.key}-{args.lang}.png"
        window.grab().save(str(path))
        saved.append(path)
    for name, setup in (("reviews-ratings", lambda p: (p.tabs.setCurrentIndex(0), p.ratings.tabs.setCurrentIndex(0))),
                        ("reviews-plans", lambda p: p.tabs.setCurrentIndex(1))):
        page = window.show_page("reviews")
        setup(page)
        settle()
        path = args.out / f"{name}-{args.lang}.png"
        window.grab().save(str(path))
        saved.append(path)
    page = window.show_page("reports")
    page.select(page.kind, "monthly")
    page.select(page.unit, page.unit.itemData(min(2, page.unit.count() - 1)))
    page.build_preview()
    while page.busy:
        page.task.wait(50)
        settle()
    settle(1.5)
    path = args.out / f"reports-monthly-{args.lang}.png"
    window.grab().save(str(path))
    saved.append(path)
    # the two main forms, as they look when opened
    from ui.pages.model_form import ModelForm
    from ui.pages.rating_forms import RatingForm
    from ui.pages.receipt_form import ReceiptForm

    receipt = ReceiptForm(shell.ctx, None, window)
    receipt.person_name.setText("Hoàng Văn Sơn")
    receipt.lines[0].quantity.setText("2")
    receipt.add_line("firecracker.kg", 1.5)
    bad = receipt.add_line("gun.air")
    bad.quantity.setText("1,5")  # a gun counted in halves: the form says why it cannot save
    receipt.show()
    settle()
    rating = RatingForm(shell.ctx, 2025, None, window)
    rating.place_name.setText("Thôn Nà Pàn")
    for edit, value in zip(rating.scores.values(), ("18", "13,5", "17", "16", "12", "8")):
        edit.setText(value)
    for widget, name in ((receipt, "form-receipt"), (ModelForm(shell.ctx, None, window), "form-model"),
                         (rating, "form-rating")):
        widget.show()
        settle()
        path = args.out / f"{name}-{args.lang}.png"
        widget.grab().save(str(path))
        saved.append(path)
        widget.close()
    saved += shoot_sync(args, shell, settle)
    saved += shoot_restore(args, shell, settle)
    saved += shoot_accounts(args, settle)
    for path in saved:
        print(path)
    from ui.tasks import wait_all

    wait_all()
    store.close()
    return 0


def log_in_from_environment(store) -> bool:
    """A store with accounts is logged in from ANTT_USER / ANTT_PASSWORD; False (said on stderr) otherwise."""
    from app.errors import AnttError
    from app.security import accounts
    from app.security.permissions import accounts_enabled

    if not accounts_enabled(store):
        return True
    try:
        accounts.login(store, os.environ.get("ANTT_USER", ""), os.environ.get("ANTT_PASSWORD", ""))
    except AnttError as exc:
        print(f"{exc.message()} (set ANTT_USER and ANTT_PASSWORD)", file=sys.stderr)
        return False
    return True


def save_for_docs(image, path: Path) -> Path:
    """A QImage as the user guide keeps its pictures (see for_docs)."""
    import io

    from PIL import Image  # Pillow comes with reportlab

    from ui.qt import QBuffer, QByteArray

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    with Image.open(io.BytesIO(bytes(data))) as picture:
        return palette_png(picture, path)


def accounts_scene(work: Path):
    """A commune's store with an administrator, a commander and two officers; some have signed in, one
    officer locked itself out with wrong passwords, an old account is disabled."""
    import time

    from app.domain import setup
    from app.errors import AnttError
    from app.security import accounts
    from app.store.db import open_store

    store = open_store(work / "accounts.sqlite")
    setup.initialise_with_administrator(store, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS",
                                        "Công an tỉnh Lạng Sơn", place="Lạng Sơn", officer="Lê Quản Trị",
                                        username="quantri", password="quantri-2026", full_name="Lê Quản Trị")
    accounts.login(store, "quantri", "quantri-2026")
    for name, full, role in (("chihuy", "Hoàng Văn Chỉ", "commander"), ("an", "Nguyễn Văn An", "officer"),
                             ("binh", "Lục Văn Bình", "officer"), ("cuong", "Nông Văn Cường", "officer")):
        accounts.add_user(store, name, f"{name}-pass-2026", role, full)
    accounts.set_disabled(store, "cuong", True)
    for name in ("chihuy", "an"):
        accounts.login(store, name, f"{name}-pass-2026")
    now = time.time()
    for n in range(accounts.LOCK_AFTER):
        try:
            accounts.check_password(store, "binh", "sai-mat-khau", now=now - 60 + n * 10)
        except AnttError:
            pass
    accounts.login(store, "quantri", "quantri-2026")  # the administrator manages the accounts
    return store


def shoot_accounts(args, settle) -> list[Path]:
    """The first-run dialog filled in (lan-dau), the login dialog (dang-nhap), Manage accounts (tai-khoan)."""
    from app.store.db import open_store
    from ui.accounts_dialog import AccountsDialog
    from ui.context import AppContext
    from ui.first_run import FirstRunDialog
    from ui.login import LoginDialog

    work = Path(tempfile.mkdtemp(prefix="antt-shots-accounts-"))
    out: list[Path] = []

    def save(widget, name, doc_name):
        widget.show()
        settle(0.2)
        image = widget.grab().toImage()
        path = args.out / f"{name}-{args.lang}.png"
        image.save(str(path))
        out.append(path)
        if args.docs:
            out.append(save_for_docs(image, args.docs / doc_name))
        widget.close()

    fresh = open_store(work / "new.sqlite")
    first = FirstRunDialog(fresh, args.lang)
    for edit, value in ((first.unit_code, "CAX-DD"), (first.unit_name, "Công an xã Đồng Đăng"),
                        (first.parent_code, "CAT-LS"), (first.parent_name, "Công an tỉnh Lạng Sơn"),
                        (first.place, "Lạng Sơn"), (first.officer, "Nguyễn Văn An"),
                        (first.account.username, "quantri"), (first.account.full_name, "Lê Quản Trị"),
                        (first.account.password, "quantri-2026"), (first.account.repeat, "quantri-2026")):
        edit.setText(value)
    save(first, "first-run", "lan-dau.png")
    fresh.close()
    store = accounts_scene(work)
    login = LoginDialog(store, None, "an", "")
    login.password.setText("xxxxxxxx")
    save(login, "login", "dang-nhap.png")
    dialog = AccountsDialog(AppContext(store, args.lang))
    dialog.resize(960, 360)
    dialog.select("binh")
    save(dialog, "accounts", "tai-khoan.png")
    store.close()
    return out


def sync_scene(province_db: Path, work: Path) -> dict:
    """A commune post enrolled with the demo province: one bundle lost on the way (a gap), the next one waiting
    on the stick. Built through the core, as the officers would."""
    import datetime as dt

    from app.domain import setup
    from app.domain.activities import add_activity
    from app.domain.community_models import add_model
    from app.domain.surrenders import Line, add_surrender
    from app.store.db import open_store
    from app.sync import enrolment, export

    usb = work / "usb"
    usb.mkdir(parents=True, exist_ok=True)
    province = open_store(province_db)
    code, name = province.conn.execute(
        "SELECT code, name FROM units WHERE kind = 'commune_police' ORDER BY code LIMIT 1").fetchone()
    parent = province.conn.execute("SELECT name FROM units WHERE code = ?", (province.home_unit,)).fetchone()[0]
    post = open_store(work / "post.sqlite")
    setup.initialise(post, code, name, "commune_police", province.home_unit, parent, officer="Thượng sĩ Nông Văn Hùng")
    answer = enrolment.enrol(province, enrolment.write_enrolment(post, work).path, work)
    enrolment.accept_answer(post, answer.answer_path)
    today = dt.date.today().isoformat()
    model = add_model(post, unit_code=code, name="Tổ tự quản đường biên, mốc quốc giới bản Nà Pàn",
                      type="border_line_group", established="2024-05-10", leader="Ông Hoàng Văn Páo", households=48)
    add_activity(post, model.id, today, "landmark_inspection", participants=6)
    (work / "lost").mkdir()
    export.export_bundle(post, work / "lost")  # bundle 1 never reaches the province: the preview shows the gap
    for n in range(3):
        add_activity(post, model.id, today, "meeting", participants=20 + n)
    add_surrender(post, unit_code=code, date=today, lines=[Line("weapon.primitive", 2), Line("firecracker.kg", 1.5)],
                  person_name="Lò Văn Sáng")
    waiting = export.export_bundle(post, usb).path
    return {"usb": usb, "bundle": waiting, "post": post, "province": province, "model": model}


def make_conflict(scene: dict) -> None:
    """Import the waiting bundle, then edit the same model at both ends and import the post's edit."""
    import orjson

    from app.domain.community_models import update_model
    from app.domain.versions import save_document
    from app.sync import export, importer

    post, province, model = scene["post"], scene["province"], scene["model"]
    importer.apply_import(province, scene["bundle"])
    update_model(post, model.id, leader="Ông Lò Văn Cương", households=52)
    data = orjson.loads(province.query("SELECT data FROM models WHERE id = ?", (model.id,))[0][0])
    data["leader"] = "Bà Hoàng Thị Dung"
    save_document(province, "community_model", model.id, data)
    importer.apply_import(province, export.export_bundle(post, scene["usb"]).path)


def shoot_sync(args, shell, settle) -> list[Path]:
    """The Đồng bộ page: keys, the import preview (with a gap), status, receipts, conflicts, the export dialog."""
    from ui.pages.sync_export import ExportDialog
    from ui.pages.sync_import import ImportDialog

    def wait(task):
        for _ in range(400):
            settle()
            if task is None or not task.is_running:
                break
            task.wait(25)
        settle()

    out: list[Path] = []

    def save(widget, name):
        path = args.out / f"sync-{name}-{args.lang}.png"
        widget.grab().save(str(path))
        out.append(path)

    work = Path(tempfile.mkdtemp(prefix="antt-shots-sync-"))
    scene = sync_scene(shell.ctx.db_path, work)
    window = shell.window
    page = window.show_page("sync")
    shell.ctx.notify_changed()
    wait(page.load_task)
    save(window, "keys")
    dialog = ImportDialog(shell.ctx, page, scene["bundle"])
    dialog.resize(900, 680)
    dialog.show()
    wait(dialog.task)
    save(dialog, "import-preview")
    dialog.close()
    make_conflict(scene)
    shell.ctx.notify_changed()
    wait(page.load_task)
    for index, name in ((1, "status"), (2, "receipts"), (3, "conflicts")):
        page.tabs.setCurrentIndex(index)
        settle()
        save(window, name)
    export = ExportDialog(shell.ctx, page)
    export.use_folder(scene["usb"])
    export.show()
    settle()
    save(export, "export")
    export.close()
    scene["post"].close()
    scene["province"].close()
    return out


def palette_png(picture, dest: Path) -> Path:
    """A picture as the user guide keeps them: an 8-bit palette PNG of 256 colours (a fifth of the size)."""
    from PIL import Image

    picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(dest, optimize=True)
    return dest


def for_docs(src: Path, dest: Path) -> Path:
    """A copy of a saved screenshot for the user guide."""
    from PIL import Image

    with Image.open(src) as image:
        return palette_png(image, dest)


def shoot_restore(args, shell, settle) -> list[Path]:
    """Cài đặt → Sao lưu, and the confirmation a restore asks for, with the details of a backup on a stick."""
    from app.security import backups
    from ui.pages.backups import RestoreConfirmDialog

    window = shell.window
    page = window.show_page("settings")
    page.tabs.setCurrentWidget(page.backups)
    backups.automatic_backup(shell.ctx.store, "daily")
    page.refresh()
    settle()
    out = [args.out / f"settings-backups-{args.lang}.png"]
    window.grab().save(str(out[0]))
    usb = Path(tempfile.mkdtemp(prefix="antt-shots-usb-"))
    passphrase = "ba con mèo trên mái nhà"  # a copy outside the data folder is sealed (issue 18 item 7)
    info = backups.check_backup_file(backups.backup_to_dir(shell.ctx.store, usb, passphrase), passphrase)
    dialog = RestoreConfirmDialog(shell.ctx, info, False, window)
    dialog.show()
    settle()
    out.append(args.out / f"restore-confirm-{args.lang}.png")
    dialog.grab().save(str(out[-1]))
    dialog.close()
    if args.docs is not None and args.lang == "vi":
        out.append(for_docs(out[-1], args.docs / "khoi-phuc.png"))
    return out


if __name__ == "__main__":
    sys.exit(main())
