"""The payload inside a bundle: a zip of `data/<doc_type>.jsonl` members and a `manifest.json`.

Writing streams versions straight into the encrypting envelope. Reading checks the zip's
directory (names, duplicates, methods, sizes, ratios) and the manifest before any line is
parsed, then streams each member line by line with a bounded buffer, hashing and counting as it
goes; the size, sha256 and row count of a member are compared with the manifest when it ends.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator

import orjson

from app.domain.sizes import SizeError, check_sizes
from app.domain.versions import Version
from app.sync.errors import BundleError
from app.sync.phrases import Phrase, os_reason
from app.sync.limits import DEFAULT_LIMITS, Limits
from app.sync.version_rules import BadVersion, LamportOutOfRange, TooDeep, check_version, json_depth

MANIFEST = "manifest.json"
PAYLOAD_FORMAT = 1
_DATA_NAME = re.compile(r"^data/([a-z][a-z0-9_]{0,63})\.jsonl$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_FILE_NAME = re.compile(r"^files/([0-9a-f]{64})$")  # issue 16: attachment bytes, named by their sha256
_BLOCK = 1 << 20
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def member_name(doc_type: str) -> str:
    name = f"data/{doc_type}.jsonl"
    if not _DATA_NAME.match(name):
        raise ValueError(f"doc_type {doc_type!r} cannot name a bundle member")
    return name


# ---------------------------------------------------------------- writing


class LineTooLong(ValueError):
    """A version whose line is longer than any reader accepts (Limits.max_line_bytes)."""

    def __init__(self, vid: str, size: int, limit: int) -> None:
        super().__init__(vid, size, limit)
        self.vid, self.size, self.limit = vid, size, limit


_MAX_LINE = DEFAULT_LIMITS.max_line_bytes


class PayloadWriter:
    """Streams version groups into a zip on `stream` (an EnvelopeWriter); `finish()` adds the manifest."""

    def __init__(self, stream: BinaryIO, compresslevel: int = 1) -> None:
        self._zip = zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self.members: dict[str, dict] = {}

    def add_versions(self, doc_type: str, versions: Iterable[Version | dict]) -> int:
        name = member_name(doc_type)
        if name in self.members:
            raise ValueError(f"{doc_type} written twice")
        digest, size, rows = hashlib.sha256(), 0, 0
        pending: list[bytes] = []
        pending_size = 0
        with self._zip.open(name, "w", force_zip64=True) as out:
            for v in versions:  # Version objects, or dicts of the same fields (the exporter's fast path)
                if (v["doc_type"] if type(v) is dict else v.doc_type) != doc_type:
                    raise ValueError(f"a version of another type in the {doc_type} group")
                line = orjson.dumps(v) + b"\n"
                if len(line) > _MAX_LINE:  # the read-back would refuse it: say which version, before writing it
                    raise LineTooLong(v["vid"] if type(v) is dict else v.vid, len(line), _MAX_LINE)
                pending.append(line)
                pending_size += len(line)
                rows += 1
                if pending_size >= _BLOCK:
                    block = b"".join(pending)
                    digest.update(block)
                    out.write(block)
                    size += len(block)
                    pending, pending_size = [], 0
            block = b"".join(pending)
            digest.update(block)
            out.write(block)
            size += len(block)
        self.members[name] = {"size": size, "sha256": digest.hexdigest(), "rows": rows}
        return rows

    def abandon(self) -> None:
        """Give up a failed write: the zip forgets its file, so that nothing is written when it is collected."""
        self._zip.fp = None  # ZipFile.close() (and __del__) return at once when there is no file

    def add_file(self, sha256: str, data: bytes) -> None:
        """One attachment's bytes as `files/<sha256>`, stored (photos and scans do not deflate), hash checked
        here so that a blob damaged in the store never leaves it under its name."""
        name = f"files/{sha256}"
        if not _FILE_NAME.match(name) or hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"file bytes do not match {sha256!r}")
        if name in self.members:
            return
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        self._zip.writestr(info, data)
        self.members[name] = {"size": len(data), "sha256": sha256, "rows": 0}

    def finish(self, schema_version: int, extras: dict | None = None) -> dict:
        manifest = {
            "format": PAYLOAD_FORMAT,
            "schema_version": schema_version,
            "members": self.members,
            "extras": extras or {},
        }
        self._zip.writestr(MANIFEST, orjson.dumps(manifest, option=orjson.OPT_SORT_KEYS))
        self._zip.close()
        return manifest


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class FileInfo:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class MemberInfo:
    name: str
    doc_type: str
    size: int
    sha256: str
    rows: int


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


class PayloadReader:
    """Checks a payload's zip directory and manifest on construction; `versions()` streams the rows."""

    def __init__(self, stream: BinaryIO, name: str, limits: Limits) -> None:
        self.name = name
        self.limits = limits
        try:
            self._zip = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise BundleError("bundle_damaged", name=name, detail=Phrase("not a zip")) from exc
        infos = self._check_directory()
        self.manifest = self._read_manifest(infos.get(MANIFEST))
        self.files: list[FileInfo] = []
        self.members = self._check_manifest(infos)
        self.extras: dict = self.manifest["extras"]
        self.schema_version: int = self.manifest["schema_version"]

    def _fail(self, key: str, **params) -> BundleError:
        return BundleError(key, name=self.name, **params)

    def _check_directory(self) -> dict[str, zipfile.ZipInfo]:
        lim = self.limits
        infos = self._zip.infolist()
        n_files = sum(1 for info in infos if info.filename.startswith("files/"))
        if len(infos) - n_files > lim.max_members or n_files > lim.max_files:
            raise self._fail("bundle_bad_manifest", detail=Phrase("members", count=len(infos)))
        seen: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            member = info.filename
            if _unsafe(member) or _unsafe(info.orig_filename):
                raise self._fail("bundle_unsafe_path", member=member)
            if member in seen:
                raise self._fail("bundle_duplicate_member", member=member)
            is_file = bool(_FILE_NAME.match(member))
            if member != MANIFEST and not _DATA_NAME.match(member) and not is_file:
                raise self._fail("bundle_bad_member", member=member)
            if info.flag_bits & 0x1 or info.compress_type not in _ALLOWED_METHODS:
                raise self._fail("bundle_bad_member", member=member)
            ratio = info.file_size // max(info.compress_size, 1)
            if is_file and info.file_size > lim.max_attachment_bytes:
                raise self._fail("bundle_file_too_big", member=member, size=info.file_size, limit=lim.max_attachment_bytes)
            if info.file_size > lim.max_member_bytes or (info.file_size > lim.ratio_floor and ratio > lim.max_ratio):
                raise self._fail("bundle_zip_bomb", member=member, size=info.file_size, ratio=ratio)
            total += info.file_size
            if total > lim.max_total_bytes:
                raise self._fail("bundle_zip_bomb", member=member, size=total, ratio=ratio)
            seen[member] = info
        return seen

    def _read_manifest(self, info: zipfile.ZipInfo | None) -> dict:
        if info is None:
            raise self._fail("bundle_missing_member", member=MANIFEST)
        if info.file_size > self.limits.max_manifest_bytes:
            raise self._fail("bundle_bad_manifest", detail=Phrase("too large"))
        try:
            with self._zip.open(info) as f:
                raw = f.read(self.limits.max_manifest_bytes + 1)
        except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
            raise self._fail("bundle_bad_manifest", detail=Phrase("unreadable")) from exc
        if len(raw) > self.limits.max_manifest_bytes:
            raise self._fail("bundle_bad_manifest", detail=Phrase("too large"))
        try:
            manifest = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise self._fail("bundle_bad_manifest", detail=Phrase("not JSON")) from exc
        if not isinstance(manifest, dict) or set(manifest) != {"format", "schema_version", "members", "extras"}:
            raise self._fail("bundle_bad_manifest", detail=Phrase("fields"))
        if manifest["format"] != PAYLOAD_FORMAT or type(manifest["schema_version"]) is not int:
            raise self._fail("bundle_bad_manifest", detail=Phrase("format"))
        if not isinstance(manifest["members"], dict) or not isinstance(manifest["extras"], dict):
            raise self._fail("bundle_bad_manifest", detail=Phrase("member list"))
        return manifest

    def _check_manifest(self, infos: dict[str, zipfile.ZipInfo]) -> list[MemberInfo]:
        declared = self.manifest["members"]
        for member in infos:
            if member != MANIFEST and member not in declared:
                raise self._fail("bundle_undeclared_member", member=member)
        members = []
        for member, entry in sorted(declared.items()):
            f = _FILE_NAME.match(member) if isinstance(member, str) else None
            if f is not None:
                self._check_file_entry(member, f.group(1), entry, infos)
                continue
            m = _DATA_NAME.match(member) if isinstance(member, str) else None
            if m is None:
                raise self._fail("bundle_bad_manifest", detail=Phrase("member name"))
            if member not in infos:
                raise self._fail("bundle_missing_member", member=member)
            ok = (
                isinstance(entry, dict)
                and set(entry) == {"size", "sha256", "rows"}
                and type(entry["size"]) is int
                and type(entry["rows"]) is int
                and isinstance(entry["sha256"], str)
                and _SHA.match(entry["sha256"])
            )
            if not ok:
                raise self._fail("bundle_bad_manifest", detail=Phrase("member entry", member=member))
            if entry["size"] != infos[member].file_size:
                raise self._fail("bundle_manifest_mismatch", member=member,
                                 detail=Phrase("size", found=infos[member].file_size, expected=entry["size"]))
            members.append(MemberInfo(member, m.group(1), entry["size"], entry["sha256"], entry["rows"]))
        return members

    def _check_file_entry(self, member: str, sha256: str, entry, infos: dict[str, zipfile.ZipInfo]) -> None:
        if member not in infos:
            raise self._fail("bundle_missing_member", member=member)
        ok = (isinstance(entry, dict) and set(entry) == {"size", "sha256", "rows"} and type(entry["size"]) is int
              and entry["rows"] == 0 and entry["sha256"] == sha256)
        if not ok:
            raise self._fail("bundle_bad_manifest", detail=Phrase("member entry", member=member))
        if entry["size"] != infos[member].file_size:
            raise self._fail("bundle_manifest_mismatch", member=member,
                             detail=Phrase("size", found=infos[member].file_size, expected=entry["size"]))
        self.files.append(FileInfo(member, sha256, entry["size"]))

    def read_file(self, info: FileInfo) -> bytes:
        """One attachment's bytes, checked against the size and the sha256 that name them."""
        try:
            with self._zip.open(info.name) as f:
                data = f.read(info.size + 1)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise self._fail("bundle_manifest_mismatch", member=info.name, detail=Phrase("crc")) from exc
        if len(data) != info.size:
            raise self._fail("bundle_manifest_mismatch", member=info.name,
                             detail=Phrase("size", found=len(data), expected=info.size))
        if hashlib.sha256(data).hexdigest() != info.sha256:
            raise self._fail("bundle_manifest_mismatch", member=info.name, detail=Phrase("sha256"))
        return data

    # --- rows

    def _lines(self, member: MemberInfo) -> Iterator[bytes]:
        """The member's lines, without newlines; size and sha256 checked against the manifest at the end."""
        limit = self.limits.max_line_bytes
        digest, size, carry, lineno = hashlib.sha256(), 0, b"", 0
        try:
            with self._zip.open(member.name) as f:
                while True:
                    block = f.read(_BLOCK)
                    if not block:
                        break
                    size += len(block)
                    if size > member.size:  # a lying directory entry: stop before unpacking more
                        raise self._fail("bundle_zip_bomb", member=member.name, size=size, ratio=Phrase("ratio unknown"))
                    digest.update(block)
                    lines = (carry + block).split(b"\n")
                    carry = lines.pop()
                    if lines and max(map(len, lines)) > limit:
                        first = next(i for i, line in enumerate(lines, 1) if len(line) > limit)
                        raise self._fail("bundle_line_too_long", member=member.name, line=lineno + first, limit=limit)
                    yield from lines
                    lineno += len(lines)
                    if len(carry) > limit:
                        raise self._fail("bundle_line_too_long", member=member.name, line=lineno + 1, limit=limit)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:  # CRC or stream error from zipfile
            raise self._fail("bundle_manifest_mismatch", member=member.name, detail=Phrase("crc")) from exc
        if carry:
            yield carry
        if size != member.size:
            raise self._fail("bundle_manifest_mismatch", member=member.name, detail=Phrase("size", found=size, expected=member.size))
        if digest.hexdigest() != member.sha256:
            raise self._fail("bundle_manifest_mismatch", member=member.name, detail=Phrase("sha256"))

    def _undecodable(self, member: MemberInfo, lineno: int, line: bytes) -> BundleError:
        """Say precisely why a line is not JSON (runs only on the error path)."""
        where = {"member": member.name, "line": lineno}
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return self._fail("bundle_bad_utf8", **where)
        if json_depth(line) > self.limits.max_depth:
            return self._fail("bundle_too_deep", **where)
        return self._fail("bundle_bad_json", **where)

    def versions(self) -> Iterator[Version]:
        """Every version in the payload, checked. Raises BundleError at the first fault.

        A member's hash and row count are known only at its end: treat the iteration as
        all-or-nothing (the importer applies inside one transaction and rolls back on error).
        """
        max_depth = self.limits.max_depth
        loads, check, sizes = orjson.loads, check_version, check_sizes
        for member in self.members:
            rows = 0
            doc_type = member.doc_type
            for line in self._lines(member):
                rows += 1
                try:
                    d = loads(line)
                except orjson.JSONDecodeError:
                    raise self._undecodable(member, rows, line) from None
                try:
                    v = check(d, doc_type, max_depth)
                    sizes(doc_type, d["data"])  # issue 18: the limits of a local write, the same table (d: v's fields)
                except SizeError as exc:
                    raise self._fail("bundle_" + exc.key, member=member.name, line=rows, **exc.params) from None
                except LamportOutOfRange as exc:
                    raise self._fail("bundle_lamport_range", vid=exc.vid, value=exc.value) from None
                except TooDeep:
                    raise self._fail("bundle_too_deep", member=member.name, line=rows) from None
                except BadVersion as exc:
                    raise self._fail("bundle_bad_version", member=member.name, line=rows, detail=Phrase(exc.args[0])) from None
                yield v
            if rows != member.rows:
                raise self._fail("bundle_manifest_mismatch", member=member.name, detail=Phrase("rows", found=rows, expected=member.rows))

    def close(self) -> None:
        self._zip.close()
