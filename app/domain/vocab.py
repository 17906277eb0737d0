"""Closed lists (unit kinds, model types, activity kinds, …) with their Vietnamese and English labels.

Shipped as data in `resources/vocab.json` so that the words can change without code.
"""

from __future__ import annotations

import json
from functools import lru_cache

from app.paths import resource


@lru_cache(maxsize=1)
def _vocab() -> dict[str, list[dict]]:
    with open(resource("vocab.json"), encoding="utf-8") as fh:
        return json.load(fh)


def codes(kind: str) -> list[str]:
    return [entry["code"] for entry in _vocab()[kind]]


def entries(kind: str) -> list[dict]:
    return list(_vocab()[kind])


def label(kind: str, code: str | None, lang: str = "vi") -> str:
    for entry in _vocab()[kind]:
        if entry["code"] == code:
            return entry[lang]
    return code or ""
