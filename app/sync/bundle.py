"""Writing and reading one bundle file `<unit>-<device>-<seq>.antt` (design §3 "Bundles").

`write_bundle` streams versions into `.partial`, fsyncs, reads the file back through the same
checks a recipient runs (except opening the HPKE seal, which only the recipient can), then
renames it. `open_bundle` refuses, with a BundleError naming the reason, anything that is not a
whole, untouched bundle from an enrolled device addressed to this installation.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from app.domain.versions import Version
from app.store.schema import SCHEMA_VERSION
from app.sync.envelope import Envelope, EnvelopeWriter, KnownDevice, open_envelope, reopen_as_writer
from app.sync.errors import BundleError
from app.sync.phrases import Phrase, os_reason
from app.sync.header import BundleHeader
from app.sync.keys import DeviceKeys, PublicIdentity
from app.sync.limits import DEFAULT_LIMITS, Limits
from app.sync.payload import LineTooLong, PayloadReader, PayloadWriter
from app.sync import prepare, reader_process

PARTIAL_SUFFIX = ".partial"


class BundleReader:
    """An opened bundle: header and manifest checked; `versions()` streams and checks the rows."""

    def __init__(self, envelope: Envelope, limits: Limits, known_schema: int) -> None:
        self.envelope = envelope
        self.limits = limits
        self._helper: reader_process.HelperReader | None = None
        self.header = envelope.header
        self.signer: KnownDevice | None = envelope.signer
        if self.header.schema_version > known_schema:
            raise BundleError("bundle_newer_schema", name=envelope.name, found=self.header.schema_version,
                              known=known_schema)
        self.payload = PayloadReader(envelope.payload(), envelope.name, limits)
        if self.payload.schema_version != self.header.schema_version:
            raise BundleError("bundle_damaged", name=envelope.name, detail=Phrase("schema version"))

    @property
    def name(self) -> str:
        return self.envelope.name

    @property
    def extras(self) -> dict:
        return self.payload.extras

    @property
    def counts(self) -> dict[str, int]:
        """Rows per document type, as the manifest declares them."""
        return {m.doc_type: m.rows for m in self.payload.members}

    def read_ahead(self, prepared: bool = False, size: int | None = None) -> None:
        """Start reading a big bundle now, in a helper process (app/sync/reader_process.py), so that it is
        under way while the caller does something else first (the importer's backup). Small bundles
        are read in this process, and so is any bundle where no process can be started. `prepared`: the
        helper also makes the versions ready to write, for `batches()` (app/sync/prepare.py), `size` a batch."""
        if self._helper is None and reader_process.wanted(sum(self.counts.values())):
            try:
                self._helper = reader_process.HelperReader(self.envelope, self.limits, prepared, size)
            except (OSError, RuntimeError):
                self._helper = None

    def versions(self) -> Iterator[Version]:
        """Every version, checked (see PayloadReader.versions); once only."""
        self.read_ahead()
        return self._helper.versions() if self._helper is not None else self.payload.versions()

    def batches(self, size: int | None = None) -> Iterator[prepare.Batch]:
        """Every version, checked, in batches of `size` (else reader_process.BATCH) made ready to write
        (app/sync/prepare.py); once only, instead of `versions()`. A helper already started keeps the size it
        was started with."""
        self.read_ahead(prepared=True, size=size)
        if self._helper is not None and self._helper.prepared:
            return reader_process.head_start(self._helper, self.payload, self._helper.size)
        if self._helper is not None:
            raise RuntimeError("the bundle's helper was started for versions(), not batches()")
        return prepare.batches(self.payload.versions(), size or reader_process.BATCH)

    def close(self) -> None:
        if self._helper is not None:
            self._helper.stop()
        self.payload.close()
        self.envelope.close()

    def __enter__(self) -> "BundleReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_bundle(
    path: Path | str,
    keys: DeviceKeys,
    known: Mapping[str, KnownDevice],
    limits: Limits = DEFAULT_LIMITS,
    known_schema: int = SCHEMA_VERSION,
) -> BundleReader:
    """Open `path` as its recipient. `known` maps device ids to the enrolled devices' public keys."""
    envelope = open_envelope(path, keys, known, limits)
    try:
        return BundleReader(envelope, limits, known_schema)
    except BaseException:
        envelope.close()
        raise


def read_bundle(path, keys, known, limits: Limits = DEFAULT_LIMITS) -> tuple[BundleHeader, dict, list[Version]]:
    """Header, extras and every version, all checked. Holds the versions in a list: for small bundles."""
    with open_bundle(path, keys, known, limits) as reader:
        return reader.header, reader.extras, list(reader.versions())


# ---------------------------------------------------------------- writing


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    header: BundleHeader
    counts: dict[str, int]
    size: int


def _write_error(exc: OSError, where: Path) -> BundleError:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return BundleError("bundle_write_readonly", path=str(where))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BundleError("bundle_write_full", path=str(where))
    return BundleError("bundle_write_failed", path=str(where), reason=os_reason(exc))


def _export_error(exc: OSError, final: Path) -> BundleError:
    """Issue 18: a failed export says "export" and names the file it was writing (not the folder)."""
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return BundleError("bundle_export_readonly", path=str(final))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BundleError("bundle_export_full", path=str(final))
    return BundleError("bundle_export_failed", path=str(final), reason=os_reason(exc))


_OVER_LIMIT = ("bundle_field_too_long", "bundle_too_many_entries", "bundle_number_too_large")


def _unverified(exc: BundleError, final: Path) -> BundleError:
    """The read-back of a just-written file refused it: said as an export failure, never as an import."""
    if exc.key in _OVER_LIMIT:  # a version stored before the limits of issue 18
        return BundleError("bundle_export_over_limit", path=str(final), member=exc.params.get("member", ""),
                           line=exc.params.get("line", 0))
    return BundleError("bundle_export_unverified", path=str(final))


def _abandon(payload: PayloadWriter | None, partial: Path) -> None:
    """After a failure: no zip left to finish itself when collected (ZipFile.__del__ would write its end
    record into the closed file and print a traceback), and no `.partial` left on the stick."""
    if payload is not None:
        payload.abandon()
    _discard(partial)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bundle(
    out_dir: Path | str,
    header: BundleHeader,
    groups: Iterable[tuple[str, Iterable[Version]]],
    keys: DeviceKeys,
    recipient: PublicIdentity,
    extras: dict | None = None,
    compresslevel: int = 1,
    files: Iterable[tuple[str, bytes]] = (),
) -> WrittenBundle:
    """Write one bundle into `out_dir`: `groups` yields (doc_type, versions of that type) once per type.

    The header's sender must be `keys`' device and its recipient `recipient`'s receiving key.
    On any failure the `.partial` file is removed and a BundleError says why (read-only or full
    drive, ...); a finished file under the final name is always whole and verified.
    """
    if header.sender_device != keys.device_id or header.recipient_key_id != recipient.receiving_key_id:
        raise ValueError("header does not match the keys it is written with")
    out_dir = Path(out_dir)
    final = out_dir / header.file_name()
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    if final.exists():
        raise BundleError("bundle_exists", path=str(final))
    written_counts: dict[str, int] = {}
    payload: PayloadWriter | None = None
    try:
        with open(partial, "w+b") as fp:
            envelope = EnvelopeWriter(fp, header, recipient.receiver(), keys.signing)
            payload = PayloadWriter(envelope, compresslevel)
            for doc_type, versions in groups:
                written_counts[doc_type] = payload.add_versions(doc_type, versions)
            n_files = 0
            for sha256, data in files:  # issue 16: attachment bytes, after the versions that name them
                payload.add_file(sha256, data)
                n_files += 1
            payload.finish(header.schema_version, extras)
            size = envelope.finish()
            fp.flush()
            os.fsync(fp.fileno())
        try:
            _verify_written(partial, envelope.content_key, keys.public, written_counts, n_files)
        except BundleError as exc:
            raise _unverified(exc, final) from None
        os.replace(partial, final)
        _fsync_dir(out_dir)
    except OSError as exc:
        _abandon(payload, partial)
        raise _export_error(exc, final) from None
    except LineTooLong as exc:
        _abandon(payload, partial)
        raise BundleError("bundle_export_record_too_large", path=str(final), vid=exc.vid, size=exc.size,
                          limit=exc.limit) from None
    except BaseException:
        _abandon(payload, partial)
        raise
    return WrittenBundle(final, header, written_counts, size)


def _verify_written(path: Path, content_key: bytes, me: PublicIdentity, counts: dict[str, int], n_files: int = 0) -> None:
    """Read the file back from the medium: signature, every chunk, the zip, every line and hash (and
    every attachment file's hash)."""
    envelope = reopen_as_writer(path, content_key, me)
    try:
        reader = PayloadReader(envelope.payload(), envelope.name, DEFAULT_LIMITS)
        seen: dict[str, int] = {}
        for v in reader.versions():
            seen[v.doc_type] = seen.get(v.doc_type, 0) + 1
        for info in reader.files:
            reader.read_file(info)
        files_seen = len(reader.files)
        reader.close()
    finally:
        envelope.close()
    if files_seen != n_files or {k: n for k, n in seen.items() if n} != {k: n for k, n in counts.items() if n}:
        raise BundleError("bundle_damaged", name=path.name, detail=Phrase("read-back differs"))


def _discard(partial: Path) -> None:
    try:
        partial.unlink()
    except OSError:
        pass
