"""Argument types shared by the commands (issue 18: an integer argparse accepts may still be one no SQLite
integer holds, e.g. `--limit 99999999999999999999`)."""

from __future__ import annotations

import argparse

LIMIT = 10**9


def whole_number(text: str) -> int:
    """A whole number between -10^9 and 10^9; argparse turns the refusal into the usage sentence."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid whole number: {text!r}") from None
    if not -LIMIT <= value <= LIMIT:
        raise argparse.ArgumentTypeError(f"{text!r} is out of range (at most {LIMIT:,})")
    return value
