"""Before Qt starts: is there a display, and can Qt's X11 plugin load? (issue 15 §5)

Without a display, or without the xcb libraries Qt's X11 plugin links to, creating the QApplication aborts the
process with Qt's own message and a core dump. `problem()` finds that first and says it in one sentence (which
libraries, or QT_QPA_PLATFORM=offscreen), so `antt` exits with status 1 instead. No Qt here: the check runs
before Qt is loaded. Only Linux (and other X11 systems) are checked; Windows and macOS always have a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

# what Qt 6's xcb platform plugin (libqxcb.so, libQt6XcbQpa.so) links to, with the Debian/Ubuntu package of each
# (from `ldd` on PySide6 6.7-6.11's plugin); libxcb-cursor0, -icccm4 and -keysyms1 are the ones a bare desktop lacks
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11.so.6", "libx11-6"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)


def loads(soname: str) -> bool:
    """Whether the dynamic loader finds `soname` as Qt's plugin would (system paths, LD_LIBRARY_PATH, and the
    frozen bundle's own folder)."""
    import ctypes  # here: only an X11 start needs it (2-3 ms of start-up elsewhere; issue 17 item 4)

    candidates = [soname]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(os.path.join(bundle, soname))
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
            return True
        except OSError:
            continue
    return False


def problem(lang: str | None = None, env: Mapping[str, str] | None = None, platform: str | None = None,
            can_load: Callable[[str], bool] = loads) -> str | None:
    """The one sentence that says why no window can open here, or None when Qt can start."""
    from app.i18n import t

    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if chosen and chosen != "xcb":
        return None  # offscreen, wayland, vnc, …: the user picked a platform that is not X11's
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return None  # a Wayland session: Qt uses its Wayland plugin (and falls back to X11 by itself)
    if not env.get("DISPLAY"):
        return t("no_display", lang)
    missing = [(soname, package) for soname, package in XCB_LIBRARIES if not can_load(soname)]
    if missing:
        return t("qt_libraries_missing", lang, libraries=", ".join(s for s, _ in missing),
                 packages=" ".join(p for _, p in missing))
    return None
