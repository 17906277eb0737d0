"""Identifiers: time-ordered UUIDs for records, name-based UUIDs for things with a natural key."""

from __future__ import annotations

import os
import time
import uuid

# Fixed namespace so that every installation derives the same id for the same unit code,
# catalogue code or (unit, month): two laptops writing "figures of C for 2026-03" meet in one document.
NAMESPACE = uuid.UUID("6b7f3f0e-2f4b-4f7c-9d7e-0a4e5e1c0a11")


def new_id() -> str:
    """A UUIDv7-style id: 48 bits of milliseconds then randomness, so inserts land in order."""
    ms = int(time.time() * 1000) & ((1 << 48) - 1)
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms << 80) | rand
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return str(uuid.UUID(int=value))


def named_id(kind: str, *parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *map(str, parts)])))


def unit_doc_id(code: str) -> str:
    return named_id("unit", code)


def item_doc_id(code: str) -> str:
    return named_id("item", code)


def figures_doc_id(unit_code: str, month: str) -> str:
    return named_id("figures", unit_code, month)


def rating_doc_id(model_id: str, year: int) -> str:
    return named_id("rating", model_id, year)


def person_doc_id(surrender_id: str) -> str:
    return named_id("person", surrender_id)


def period_doc_id(unit_code: str, month: str) -> str:
    return named_id("period", unit_code, month)


def progress_doc_id(task_id: str, unit_code: str) -> str:
    return named_id("task_progress", task_id, unit_code)


def thresholds_doc_id(unit_code: str, year: int) -> str:
    return named_id("rating_thresholds", unit_code, year)
