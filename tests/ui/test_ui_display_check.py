"""A newcomer's first command (issue 15 §5): `antt` on a machine Qt cannot open a window on says why in one
sentence and exits 1, instead of Qt's xcb abort and a core dump."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.display_check import XCB_LIBRARIES, problem

REPO = Path(__file__).resolve().parents[2]


def test_no_display_names_the_way_out():
    text = problem("vi", env={}, platform="linux", can_load=lambda s: True)
    assert text.startswith("Không có màn hình để mở cửa sổ") and "QT_QPA_PLATFORM=offscreen" in text
    assert problem("en", env={"QT_QPA_PLATFORM": "xcb"}, platform="linux", can_load=lambda s: True).startswith(
        "There is no display to open a window on")


def test_missing_xcb_libraries_are_named_with_their_packages():
    gone = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"}
    text = problem("en", env={"DISPLAY": ":0"}, platform="linux", can_load=lambda s: s not in gone)
    assert text == ("Qt needs more system libraries to open a window on X11: libxcb-cursor.so.0, libxcb-icccm.so.4, "
                    "libxcb-keysyms.so.1 missing (on Debian/Ubuntu: sudo apt-get install libxcb-cursor0 "
                    "libxcb-icccm4 libxcb-keysyms1).")


def test_where_qt_can_start_there_is_no_problem():
    everything = lambda s: True  # noqa: E731
    assert problem("vi", env={"DISPLAY": ":0"}, platform="linux", can_load=everything) is None
    assert problem("vi", env={"WAYLAND_DISPLAY": "wayland-0"}, platform="linux", can_load=lambda s: False) is None
    for platform in ("offscreen", "offscreen:configfile=/tmp/x.json", "vnc", "wayland"):
        assert problem("vi", env={"QT_QPA_PLATFORM": platform}, platform="linux", can_load=lambda s: False) is None
    assert problem("vi", env={}, platform="win32", can_load=lambda s: False) is None


def test_the_package_list_covers_the_readme_apt_line():
    """The README's apt line installs every package the check can ask for."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if "apt-get install" in line and "libxcb-cursor0" in line)
    assert [p for _, p in XCB_LIBRARIES if p not in line] == []


def test_antt_without_a_display_says_so_and_exits_1(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ANTT_DB"] = str(tmp_path / "antt.sqlite")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    run = subprocess.run([sys.executable, "-m", "app"], env=env, capture_output=True, text=True, timeout=60,
                         cwd=tmp_path)
    assert run.returncode == 1
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "QT_QPA_PLATFORM=offscreen" in lines[0] and "xcb" not in lines[0].lower()
    assert not (tmp_path / "antt.sqlite").exists()  # nothing was created before the refusal
