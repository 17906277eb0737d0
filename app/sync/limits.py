"""How much a bundle may hold: the bounds that keep a hostile or broken file from exhausting a laptop.

Reading never allocates more than about one line plus one chunk; these limits bound time and
disk as well. Tests pass smaller limits to reach each refusal cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 4 << 30  # the .antt file itself
    max_members: int = 64  # zip members, manifest included (attachment files are counted apart)
    max_manifest_bytes: int = 8 << 20  # issue 16: one entry of some 130 bytes per attachment file
    max_member_bytes: int = 4 << 30  # one unpacked member
    max_total_bytes: int = 8 << 30  # all unpacked members together
    max_ratio: int = 100  # unpacked / packed, checked for members over ratio_floor
    ratio_floor: int = 1 << 20
    max_line_bytes: int = 1 << 20  # one version as JSON
    max_depth: int = 32  # nesting inside a version's data
    # issue 16: attachment files (`files/<sha256>` members). Per file: the largest a photo or scan may be
    # when attached (app/domain/attachment_files.MAX_INPUT_BYTES) with room to spare. Per bundle: what an
    # export puts in one bundle before the rest follows in the next (a FAT32 stick holds files up to
    # 4 GiB; 1 GiB is read back and checked in a minute or two on these laptops).
    max_files: int = 100_000
    max_attachment_bytes: int = 48 << 20
    max_bundle_attachment_bytes: int = 1 << 30


DEFAULT_LIMITS = Limits()
