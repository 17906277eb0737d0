"""Make a dictionary for packing versions' data (app/store/packing.py), from a demo store.

    python tools/make_versions_dict.py resources/store/versions-3.zstd     # zstd, trained (what pack writes)
    python tools/make_versions_dict.py resources/store/versions-3.zdict    # deflate's preset (tag 1's kind)

Run ONCE per new dictionary: a dictionary in use is never edited (every stored version packed with it
needs its very bytes to be read back). A new one gets the next number, a new tag and its sha256 in
packing.py. A `.zstd` dictionary is trained by zstd (its entropy tables and the substrings the samples
share most: the keys, the common words and codes); a `.zdict` is what deflate may copy from before a
row's first byte: sample documents of every type, the rarest first and the most common (activities,
receipts) last, nearest to the data.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LIMIT = 32 * 1024  # deflate's window: bytes further back cannot be referred to; zstd's dictionary the same size


def samples(units: int = 30, months: int = 12, seed: int = 7) -> list[tuple[str, bytes]]:
    """(doc_type, data JSON) of every version of a demo store."""
    from app.domain import demo
    from app.store.db import open_store
    from app.store.packing import json_bytes

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.sqlite")
        demo.generate(store, units=units, months=months, seed=seed, today=dt.date(2026, 6, 30))
        rows = [(t, json_bytes(d)) for t, d in store.conn.execute("SELECT doc_type, data FROM versions")]
        store.close()
    return rows


def build(units: int = 30, months: int = 12, per_type: int = 12) -> bytes:
    rows = samples(units, months)
    frequency = Counter(t for t, _ in rows)
    rng = random.Random(7)
    parts = []
    for doc_type, _ in sorted(frequency.items(), key=lambda kv: (kv[1], kv[0])):  # rarest first
        texts = [d for t, d in rows if t == doc_type]
        parts += rng.sample(texts, min(per_type, len(texts)))
    return b"".join(parts)[-LIMIT:]


def train_zstd(units: int = 60, months: int = 24) -> bytes:
    """A zstd dictionary trained on every version of a demo store (~100 times the dictionary's size of samples)."""
    import zstandard

    return zstandard.train_dictionary(LIMIT, [d for _, d in samples(units, months)]).as_bytes()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    if target.exists():
        sys.exit(f"{target} exists: a dictionary in use is never rewritten")
    target.write_bytes(train_zstd() if target.suffix == ".zstd" else build())
    print(f"{target}: {target.stat().st_size:,} bytes")
