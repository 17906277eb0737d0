"""Printing results: aligned text for people, JSON for scripts."""

from __future__ import annotations

import sys
from typing import Iterable, Sequence

import orjson


def wants_json(args) -> bool:
    return bool(getattr(args, "json", False))


def emit_json(value) -> None:
    sys.stdout.write(orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode() + "\n")


def emit(args, value, text: str | None = None) -> None:
    """JSON when asked for, else `text` (or the value itself)."""
    if wants_json(args):
        emit_json(value)
    else:
        print(text if text is not None else value)


def table(rows: Iterable[Sequence], headers: Sequence[str]) -> str:
    rows = [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    return "\n".join(out)
