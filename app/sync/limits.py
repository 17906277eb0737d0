"""How much a bundle may hold: the bounds that keep a hostile or broken file from exhausting a laptop.

Reading never allocates more than about one line plus one chunk; these limits bound time and
disk as well. Tests pass smaller limits to reach each refusal cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 4 << 30  # the .antt file itself
    max_members: int = 64  # zip members, manifest included
    max_manifest_bytes: int = 1 << 20
    max_member_bytes: int = 4 << 30  # one unpacked member
    max_total_bytes: int = 8 << 30  # all unpacked members together
    max_ratio: int = 100  # unpacked / packed, checked for members over ratio_floor
    ratio_floor: int = 1 << 20
    max_line_bytes: int = 1 << 20  # one version as JSON
    max_depth: int = 32  # nesting inside a version's data


DEFAULT_LIMITS = Limits()
