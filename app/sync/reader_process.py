"""Reading a big bundle in a second process, so that the importing process spends its time on the store.

Reading a version costs about a third of importing it: decrypt, inflate, hash the member, parse the
JSON line, check every field and the version's sha256 (measured at 300,000 versions: 7.4 of 21.9 µs).
Field laptops have two cores. For a big bundle a helper process does all of that, with the very
same code (`PayloadReader` over the same file and content key), and hands the checked versions over
in batches made ready to write (app/sync/prepare.py); the importing process only unpacks them (marshal,
about 1 µs a version) and writes them, while the helper reads the next batch. While the helper starts
(~0.3 s), the importer makes the first batches itself (`head_start`).

What the helper gets: the file's path, where the ciphertext lies, the bundle's content key and the
limits; never this installation's private keys. The signature and the header were checked by the
caller before (`open_envelope`), and every payload chunk the helper decrypts is authenticated with
that content key, so a file swapped in between cannot pass. A refusal in the helper comes back as
the same `BundleError`, with its key and details. A helper that cannot be started leaves the caller
to read in its own process; a helper that dies mid-way is a refusal, never a partial import (the
importer applies all or nothing).
"""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import os
import pickle
import queue
import threading
from typing import Iterator

from app.domain.versions import CACHED_DATA_JSON, CACHED_PACKED, Version
from app.errors import AnttError
from app.store.packing import pack
from app.sync import prepare
from app.sync.envelope import DecryptingReader, Envelope
from app.sync.errors import BundleError
from app.sync.limits import Limits
from app.sync.payload import PayloadReader
from app.sync.phrases import Phrase, os_reason

# From this many versions on, starting a process (measured: its first batch arrives after 0.11–0.13 s) costs
# clearly less than it saves (~4.6 µs a version: break-even near 26,000).
MIN_VERSIONS = 50_000
# Versions per message (about 130 KB) and per prepared batch. Measured (issue 17 item 7): the helper reads,
# checks, prepares and packs a version in 15.5 µs in batches of 250, 19.5 µs in batches of 2,000 (what a
# batch holds until it is sent no longer fits the processor's cache); the importer spends ~0.5 µs a version
# more on the batches' own queries.
BATCH = 250
QUEUED = 64  # messages received ahead of the importer: bounds memory to ~10 MB
AHEAD = 2  # batches waiting in the importer below which the helper leaves packing to it (see _serve)
ENV_SWITCH = "ANTT_READER_PROCESS"  # "0": read in the importing process; "always": a helper for any bundle (tests)

_VERSIONS, _BATCH, _DONE, _REFUSED = b"V", b"B", b"D", b"E"
_context = multiprocessing.get_context("spawn")  # the same on Windows, and safe beside Qt's threads


def wanted(total_versions: int) -> bool:
    switch = os.environ.get(ENV_SWITCH, "")
    if switch == "0":
        return False
    return switch == "always" or total_versions >= MIN_VERSIONS


class HelperReader:
    """A started helper reading one bundle; iterate `versions()` once, `stop()` in any case.

    A thread of this process receives the helper's batches into a short queue as they come, so the
    helper keeps reading while the importer works on a chunk of several batches (with the pipe alone
    the helper would wait, one batch ahead, for the importer's next read). The thread holds the GIL
    only to append a message: it waits in `recv_bytes`, which releases it.
    """

    def __init__(self, envelope: Envelope, limits: Limits, prepared: bool = False, size: int | None = None) -> None:
        self.name = envelope.name
        self.prepared = prepared  # batches made ready to write (app/sync/prepare.py), for `batches()`
        self.size = size or BATCH  # versions per batch
        # set while fewer than AHEAD batches wait in the importer: the helper then leaves its batches' packing to
        # the importer (see _serve); a lone flag, written by one side, read by the other, needs no lock
        self._hungry = _context.RawValue("b", 0)
        # batches below this index the importer made itself while the helper was starting (`head_start`): the
        # helper reads and checks them (every byte is hashed) but neither prepares nor sends them
        self._skip = _context.RawValue("q", 0)
        self._conn, child = _context.Pipe(duplex=False)
        _widen(self._conn)
        self._process = _context.Process(
            target=_serve, name="antt-bundle-reader", daemon=True,
            args=(child, envelope.fp.name, envelope.ct_start, envelope.ct_len, envelope.content_key,
                  envelope.digest, envelope.name, limits, prepared, self._hungry, size or BATCH, self._skip),
        )
        try:
            self._process.start()  # raises OSError (or RuntimeError) if no process can be made
        except BaseException:
            self._conn.close()
            raise
        finally:
            child.close()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUED)
        self._stopping = threading.Event()
        self._receiver = threading.Thread(target=self._receive, name="antt-bundle-receiver", daemon=True)
        self._receiver.start()

    def _receive(self) -> None:
        message: bytes | None = None
        while not self._stopping.is_set():
            try:
                message = self._conn.recv_bytes()
            except (EOFError, OSError):
                message = None  # the helper ended without a last word: versions() says so
            while not self._stopping.is_set():
                try:
                    self._queue.put(message, timeout=0.1)
                    break
                except queue.Full:
                    continue
            if message is None or message[:1] in (_DONE, _REFUSED):
                return

    def versions(self) -> Iterator[Version]:
        new = object.__new__
        for fields in self._messages(_VERSIONS):
            for d in fields:
                v = new(Version)
                v.__dict__.update(d)  # the fields check_version set, its data JSON included
                yield v

    def batches(self, start: int = 0) -> Iterator[prepare.Batch]:
        """The bundle's versions in batches made ready to write (a helper started with `prepared`), from the
        batch numbered `start` on (those before it the caller made itself: see `head_start`)."""
        for index, fields in self._messages(_BATCH):
            if index >= start:
                yield prepare.Batch(*fields)

    def has_news(self) -> bool:
        """True once the helper has said anything (a batch, its end, a refusal) or died."""
        return not self._queue.empty()

    def skip_to(self, index: int) -> None:
        """The caller has made the batches below `index` itself: the helper need not prepare or send them."""
        self._skip.value = index

    def _messages(self, expected: bytes) -> Iterator:
        try:
            while True:
                if self.prepared:  # the helper barely ahead, or behind: the importer packs what comes meanwhile
                    self._hungry.value = self._queue.qsize() < AHEAD
                message = self._queue.get()
                if message is None:
                    raise self._died()
                tag, body = message[:1], memoryview(message)[1:]
                if tag == expected:
                    yield marshal.loads(body)
                elif tag == _DONE:
                    return
                elif tag == _REFUSED:
                    key, params = pickle.loads(body)
                    raise BundleError(key, **params)
                else:
                    raise self._died()
        finally:
            self.stop()

    def _died(self) -> BundleError:
        self._process.join(5)
        return BundleError("bundle_unreadable", name=self.name,
                           reason=Phrase("reader stopped", status=self._process.exitcode))

    def stop(self) -> None:
        """End the helper (it may be blocked sending a batch nobody will read) and the receiver; reap both."""
        self._stopping.set()
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receiver.join()  # the helper's end closed the pipe: recv_bytes has returned
        self._conn.close()


PIPE_BYTES = 1 << 20  # Linux's default ceiling for an unprivileged process (/proc/sys/fs/pipe-max-size)
_F_SETPIPE_SZ = 1031  # fcntl.F_SETPIPE_SZ (named in the fcntl module from Python 3.10, on Linux only)


def _widen(conn) -> None:
    """Give the pipe room for a whole batch. With the default 64 KB the receiving thread needs the GIL once per
    64 KB of a ~1 MB message, and while the importer computes in Python it gets it only every switch interval
    (5 ms): the helper then waits to send, however fast it reads. Where this cannot be done (another system, a
    lower ceiling), the pipe stays as it is: slower, the same bytes."""
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), _F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, OSError, ValueError):
        pass


def head_start(helper: HelperReader, payload: PayloadReader, size: int) -> Iterator[prepare.Batch]:
    """A started helper's batches, the first ones made in this process while the helper starts.

    A new process needs ~0.3 s before its first batch (an interpreter, the imports, the bundle opened): time
    the importer would only wait. It reads, checks and prepares the bundle's first batches itself meanwhile,
    with the same code and the same boundaries (prepare.chunks), tells the helper which ones it has made, and
    takes the helper's batches from the next one on as soon as the helper has said anything. Every version is
    still read and checked by the helper (the members' hashes and row counts cover the whole stream); a refusal
    from either side refuses the bundle."""
    made = 0
    own = prepare.batches(payload.versions(), size)
    try:
        while not helper.has_news():
            batch = next(own, None)
            if batch is None:  # the whole bundle read and checked here: nothing left for the helper
                helper.stop()
                return
            made += 1
            helper.skip_to(made)
            yield batch
    finally:
        own.close()
    yield from helper.batches(start=made)


class _ImporterGone(Exception):
    """The importer stopped reading (a cancel, a refusal of its own, or it was killed): nobody to tell."""


def _send(conn, message: bytes) -> None:
    try:
        conn.send_bytes(message)
    except OSError as exc:  # a broken pipe, on every system
        raise _ImporterGone from exc


# Packing a version's data (app/store/packing.py) costs a sixth of what the helper does to a version: where it
# happens balances the two cores. Measured (issue 17 item 7): in the loop the importer spends ~14.5 µs a version,
# the helper ~16.5, so the helper sets the pace. It packs each batch while it is ahead (AHEAD batches or more
# waiting in the importer); below that, the importer packs (each side then ~15.5 µs). Before, the importer asked
# for packing only once it had found the queue empty, i.e. after it had already waited.


def _serve(conn, path: str, ct_start: int, ct_len: int, key: bytes, aad: bytes, name: str, limits: Limits,
           prepared: bool = False, hungry=None, size: int = BATCH, skip=None) -> None:
    """The helper's whole life: read and check every version, send them in batches (made ready to write if
    `prepared`), then DONE or why not."""
    gc.disable()  # short-lived, and nothing it builds has cycles (see app/store/bulk.py)
    try:
        try:
            with open(path, "rb") as fp:
                payload = PayloadReader(DecryptingReader(fp, ct_start, ct_len, key, aad, name), name, limits)
                if prepared:  # made ready to write here, on the other core (app/sync/prepare.py)
                    def pack_here() -> bool:
                        return hungry is None or not hungry.value

                    for index, chunk in enumerate(prepare.chunks(payload.versions(), size)):
                        if skip is not None and index < skip.value:
                            continue  # read and checked; the importer made this batch itself (head_start)
                        ready = prepare.prepare(chunk, pack_here())
                        _send(conn, _BATCH + marshal.dumps((index, tuple(ready))))
                else:
                    batch: list[dict] = []
                    for v in payload.versions():
                        fields = v.__dict__
                        # packed here, on the other core: the importing process only writes it (app/store/packing.py)
                        fields[CACHED_PACKED] = pack(fields[CACHED_DATA_JSON])
                        batch.append(fields)
                        if len(batch) == size:
                            _send(conn, _VERSIONS + marshal.dumps(batch))
                            batch = []
                    if batch:
                        _send(conn, _VERSIONS + marshal.dumps(batch))
            last = _DONE
        except AnttError as exc:
            last = _REFUSED + pickle.dumps((exc.key, exc.params))
        except OSError as exc:  # the file went away, or the stick was pulled out
            last = _REFUSED + pickle.dumps(("bundle_unreadable", {"name": name, "reason": os_reason(exc)}))
        _send(conn, last)
    except _ImporterGone:
        pass
    finally:
        conn.close()
