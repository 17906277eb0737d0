"""The drives a bundle can go to or come from (QStorageInfo), and the file choosers of the sync page.

A field laptop shows its USB stick as a mounted volume: on Windows a drive letter, on Linux under /media,
/run/media or /mnt. System volumes (the root, /boot, pseudo file systems) are left out so the list holds what
an officer means by "a drive". The choosers are module functions so tests can replace them (style.md §11).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ui.qt import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QStorageInfo, Qt, \
    QVBoxLayout, QWidget

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
    from ui.dialogs import choose_path

    return choose_path(parent, title, "folder", start)


def ask_open_file(parent: QWidget | None, title: str, filter_text: str, start: str = "") -> Path | None:
    from ui.dialogs import choose_path

    return choose_path(parent, title, "open", start, filter_text)


def ask_save_file(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> Path | None:
    from ui.dialogs import choose_path

    return choose_path(parent, title, "save", suggested, filter_text)


class PlacePicker(QWidget):
    """The drives this computer sees, with their free space, plus folders the user chooses: where a file is
    written (a bundle, a backup to a USB stick). `target()` is the chosen place; `places.currentRowChanged`
    tells when it changes."""

    def __init__(self, lang: str, folder_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang, self.folder_title = lang, folder_title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.places = QListWidget()
        self.places.setMinimumHeight(110)
        layout.addWidget(self.places)
        row = QHBoxLayout()
        self.no_drive = QLabel(self.tr("No USB drive is plugged in; plug one in or choose a folder."))
        self.no_drive.setWordWrap(True)
        self.rescan_button = QPushButton(self.tr("Look again"))
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        row.addWidget(self.no_drive, 1)
        row.addWidget(self.rescan_button)
        row.addWidget(self.folder_button)
        layout.addLayout(row)
        self.rescan_button.clicked.connect(self.scan)
        self.folder_button.clicked.connect(self.choose_folder)
        self.scan()

    def scan(self) -> None:
        from ui.pages.sync_common import format_bytes  # the sizes as the export dialog shows them

        folders = [(self.places.item(i).text(), self.places.item(i).data(Qt.ItemDataRole.UserRole))
                   for i in range(self.places.count())
                   if self.places.item(i).data(Qt.ItemDataRole.UserRole + 1) == "folder"]
        self.places.clear()
        found = drives()
        for drive in found:
            text = self.tr("%1 (%2) — %3 free").replace("%1", drive.name).replace("%2", str(drive.root)) \
                .replace("%3", format_bytes(drive.free_bytes, self.lang))
            self._add(text, drive.root, "drive")
        for text, path in folders:
            self._add(text, Path(path), "folder")
        self.no_drive.setVisible(not found and not folders)
        if self.places.count():
            self.places.setCurrentRow(0)

    def _add(self, text: str, path: Path, kind: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setData(Qt.ItemDataRole.UserRole + 1, kind)
        self.places.addItem(item)
        return item

    def choose_folder(self) -> None:
        folder = ask_folder(self, self.folder_title)
        if folder is not None:
            self.use_folder(folder)

    def use_folder(self, folder: Path) -> None:
        self.places.setCurrentItem(self._add(self.tr("Folder %1").replace("%1", str(folder)), Path(folder), "folder"))
        self.no_drive.setVisible(False)  # a place is chosen: "no USB drive" would be a stale message (issue 15 §3)

    def target(self) -> Path | None:
        item = self.places.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
