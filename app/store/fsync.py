"""Best-effort flushes of a file or a folder to the disk: a failure changes nothing written, and the next flush
(the next commit's, the next copy's) tries again."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_quietly(path: Path | str, flags: int) -> None:
    """fsync `path` opened with `flags`; nothing there, or a disk that refuses, is left to the next flush."""
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
