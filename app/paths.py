"""Where the app finds its shipped resources, in a source checkout and in a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: beside the packages in a checkout, in `_MEIPASS` when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def docs_dir() -> Path:
    """The user guide (`docs/`): beside the packages in a checkout, in `_MEIPASS` when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def user_guide(lang: str) -> Path:
    """The guide in `lang` (Vietnamese unless English is asked for)."""
    return docs_dir() / ("user-guide.md" if lang == "en" else "huong-dan-su-dung.md")
