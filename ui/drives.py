"""The drives a bundle can go to or come from (QStorageInfo), and the file choosers of the sync page.

A field laptop shows its USB stick as a mounted volume: on Windows a drive letter, on Linux under /media,
/run/media or /mnt. System volumes (the root, /boot, pseudo file systems) are left out so the list holds what
an officer means by "a drive". The choosers are module functions so tests can replace them (style.md §11).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ui.qt import QFileDialog, QStorageInfo, QWidget

PSEUDO_FS = {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "cgroup", "cgroup2", "devpts", "mqueue",
             "debugfs", "tracefs", "securityfs", "pstore", "bpf", "autofs", "hugetlbfs", "fusectl", "configfs",
             "efivarfs", "binfmt_misc", "nsfs", "ramfs", "rpc_pipefs", "fuse.portal", "fuse.gvfsd-fuse"}
SYSTEM_ROOTS = ("/", "/boot", "/boot/efi", "/efi", "/home", "/usr", "/var", "/opt", "/srv", "/tmp", "/snap")
SYSTEM_PREFIXES = ("/proc", "/sys", "/dev", "/run/user", "/run/lock", "/snap/", "/var/", "/boot/", "/etc")
BUNDLE_GLOB = "*.antt"


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free_bytes: int
    total_bytes: int


def is_offered(root: str, fs_type: str, valid: bool, ready: bool, read_only: bool) -> bool:
    """Whether a mounted volume is offered as a place for bundles: mounted, ready, writable, not a system one."""
    if not (valid and ready) or read_only:
        return False
    if fs_type.lower() in PSEUDO_FS:
        return False
    root = root.rstrip("/") or "/"
    if root in SYSTEM_ROOTS or root.startswith(SYSTEM_PREFIXES):
        return False
    return True


def drives() -> list[Drive]:
    """The writable drives this computer sees now (USB sticks, memory cards, other disks)."""
    out = []
    for volume in QStorageInfo.mountedVolumes():
        fs_type = bytes(volume.fileSystemType()).decode("utf-8", "replace")
        if not is_offered(volume.rootPath(), fs_type, volume.isValid(), volume.isReady(), volume.isReadOnly()):
            continue
        root = Path(volume.rootPath())
        name = volume.displayName() or root.name or str(root)
        out.append(Drive(root, name, max(volume.bytesAvailable(), 0), max(volume.bytesTotal(), 0)))
    return out


def bundles_on(roots: list[Path], depth: int = 1) -> list[Path]:
    """The *.antt files at the top of each root and one folder down, newest first."""
    found: dict[Path, float] = {}
    for root in roots:
        patterns = [BUNDLE_GLOB] + [f"*/{BUNDLE_GLOB}"] * (depth >= 1)
        for pattern in patterns:
            try:
                for path in root.glob(pattern):
                    if path.is_file():
                        found[path] = path.stat().st_mtime
            except OSError:  # a drive pulled out while we look
                continue
    return sorted(found, key=lambda p: found[p], reverse=True)


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None


def ask_open_file(parent: QWidget | None, title: str, filter_text: str, start: str = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, start, filter_text)
    return Path(chosen) if chosen else None


def ask_save_file(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return Path(chosen) if chosen else None
