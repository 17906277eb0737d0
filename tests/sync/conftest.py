"""Shared pieces for the sync tests: three enrolled installations, versions, and a forge.

The forge builds hostile bundles by hand (any zip bytes, any header) and seals and signs them
with a *valid* enrolled key, so every refusal is reached past the signature check.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct
import zipfile
from pathlib import Path

import orjson
import pytest

from app.domain import setup
from app.domain.activities import add_activity
from app.domain.community_models import add_model
from app.domain.surrenders import Line, Person, add_surrender
from app.domain.versions import Version
from app.store.db import open_store
from app.sync import enrolment, export
from app.store.schema import SCHEMA_VERSION
from app.sync.bundle import write_bundle
from app.sync.envelope import MAGIC, SIG_LEN, EnvelopeWriter, KnownDevice, signed_message
from app.sync.header import BundleHeader
from app.sync.keys import DeviceKeys, create_keys
from tests.schema_steps import shared_columns

_KEYS: dict[str, DeviceKeys] = {}


def device_keys(tmp_root: Path, name: str) -> DeviceKeys:
    """Key pairs made once per session (X25519/Ed25519 generation is cheap, the files are not needed twice)."""
    if name not in _KEYS:
        _KEYS[name] = create_keys(tmp_root / name, name)
    return _KEYS[name]


def make_version(device: str, seq: int, doc_type: str = "activity", doc_id: str | None = None, lamport: int | None = None,
                 data: dict | None = None, parents=(), deleted: bool = False) -> Version:
    return Version(
        vid=f"{device}:{seq}", doc_id=doc_id or f"doc-{device}-{seq}", doc_type=doc_type, parents=tuple(parents),
        lamport=seq if lamport is None else lamport, device_id=device, seq=seq, author="Trung úy Lò Văn A",
        claimed_at="2026-03-01T08:00:00+0700", deleted=deleted,
        data=data if data is not None else {"unit_code": "C01", "date": "2026-03-01", "kind": "meeting",
                                             "participants": seq, "note": "Họp dân bản Nà Hin"},
    ).sealed()


def version_line(v: Version) -> bytes:
    return orjson.dumps(v) + b"\n"


class Kit:
    """Three enrolled devices (post1, post2, province) and one outsider, plus bundle builders."""

    def __init__(self, tmp_root: Path, out: Path) -> None:
        self.post1 = device_keys(tmp_root, "post1")
        self.post2 = device_keys(tmp_root, "post2")
        self.province = device_keys(tmp_root, "province")
        self.province2 = device_keys(tmp_root, "province2")
        self.outsider = device_keys(tmp_root, "outsider")
        self.out = out
        self._n = 0

    v = staticmethod(make_version)
    line = staticmethod(version_line)

    def known(self, *, revoked: tuple[str, ...] = (), without: tuple[str, ...] = ()) -> dict[str, KnownDevice]:
        devices = {k.device_id: k for k in (self.post1, self.post2, self.province, self.province2)}
        return {d: KnownDevice(k.public, "C01", d in revoked) for d, k in devices.items() if d not in without}

    def header(self, sender: DeviceKeys | None = None, recipient: DeviceKeys | None = None, **kw) -> BundleHeader:
        sender = sender or self.post1
        recipient = recipient or self.province
        self._n += 1
        kw.setdefault("schema_version", SCHEMA_VERSION)
        kw.setdefault("bundle_seq", self._n)
        return BundleHeader(sender_device=sender.device_id, recipient_key_id=recipient.public.receiving_key_id,
                            sender_unit="C01", **kw)

    def write(self, versions: list[Version], sender: DeviceKeys | None = None, recipient: DeviceKeys | None = None,
              extras: dict | None = None, **header_kw):
        """An honest bundle through the real writer."""
        sender = sender or self.post1
        recipient = recipient or self.province
        groups: dict[str, list[Version]] = {}
        for v in versions:
            groups.setdefault(v.doc_type, []).append(v)
        header = self.header(sender, recipient, **header_kw)
        return write_bundle(self.out, header, list(groups.items()), sender, recipient.public, extras).path

    # --- the forge

    @staticmethod
    def zip_bytes(members: list[tuple[str, bytes]], method=zipfile.ZIP_DEFLATED) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=method) as z:
            for name, data in members:
                info = zipfile.ZipInfo(name)
                info.compress_type = method
                z.writestr(info, data)
        return buf.getvalue()

    @staticmethod
    def manifest(members: dict[str, bytes], schema_version: int = SCHEMA_VERSION,
                 override: dict[str, dict] | None = None) -> bytes:
        entries = {
            name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "rows": data.count(b"\n")}
            for name, data in members.items()
        }
        for name, patch in (override or {}).items():
            entries[name].update(patch)
        return orjson.dumps({"format": 1, "schema_version": schema_version, "members": entries, "extras": {}})

    def forge(self, payload: bytes, sender: DeviceKeys | None = None, recipient: DeviceKeys | None = None,
              header: BundleHeader | None = None) -> Path:
        """Seal any payload bytes in a valid, signed envelope."""
        sender = sender or self.post1
        recipient = recipient or self.province
        header = header or self.header(sender, recipient)
        path = self.out / f"forged-{self._n}-{header.bundle_id[:6]}.antt"
        with open(path, "w+b") as fp:
            w = EnvelopeWriter(fp, header, recipient.public.receiver(), sender.signing)
            w.write(payload)
            w.finish()
        return path

    def forge_data(self, lines: bytes, doc_type: str = "activity", **kw) -> Path:
        """A payload with one data member holding `lines`, and an honest manifest for it."""
        name = f"data/{doc_type}.jsonl"
        return self.forge(self.zip_bytes([(name, lines), ("manifest.json", self.manifest({name: lines}))]), **kw)

    @staticmethod
    def layout(raw: bytes) -> dict:
        """Offsets of the parts of a bundle file."""
        (hl,) = struct.unpack(">I", raw[8:12])
        header_end = 12 + hl
        ct_len, wrap_len = struct.unpack(">QH", raw[header_end : header_end + 10])
        ct_start = header_end + 10 + wrap_len
        return {"header_end": header_end, "ct_start": ct_start, "ct_end": ct_start + ct_len, "size": len(raw),
                "header": raw[12:header_end]}

    @staticmethod
    def resign(raw: bytes, signer: DeviceKeys, new_header: bytes | None = None) -> bytes:
        """Optionally swap the header JSON, then re-sign the whole file with `signer`."""
        lay = Kit.layout(raw)
        body = raw[: lay["ct_end"]]
        if new_header is not None:
            body = MAGIC + struct.pack(">I", len(new_header)) + new_header + body[lay["header_end"] :]
            lay = Kit.layout(body + bytes(SIG_LEN))
        head, ct = body[: lay["ct_start"]], body[lay["ct_start"] : lay["ct_end"]]
        sig = signer.signing.sign(signed_message(hashlib.sha512(head).digest(), hashlib.sha512(ct).digest()))
        return body + sig


TODAY = dt.date.today().isoformat()


def snapshot(store):
    tables = ["versions", "documents", "units", "models", "activities", "surrenders", "surrender_items",
              "surrender_persons", "monthly_figures", "model_ratings", "surrender_totals_all",
              "surrender_totals", "activity_totals", "surrender_totals_year", "activity_totals_year",
              "surrender_totals_ever", "activity_totals_ever", "figure_totals_year"]
    return {t: sorted(tuple(r) for r in store.conn.execute(f"SELECT {shared_columns(store.conn, t)} FROM {t}")) for t in tables}


def readable(store):
    snap = snapshot(store)
    del snap["versions"]
    return snap


class Net:
    """A province and two posts, enrolled with each other; `usb` is the stick they pass around."""

    def __init__(self, tmp_path):
        self.usb = tmp_path / "usb"
        self.usb.mkdir()
        self.province = open_store(tmp_path / "prov" / "antt.sqlite")
        setup.initialise(self.province, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
        self.posts = {}
        for code, name in (("CAX-DD", "Công an xã Đồng Đăng"), ("CAX-TL", "Công an xã Tân Lang")):
            s = open_store(tmp_path / code / "antt.sqlite")
            setup.initialise(s, code, name, "commune_police", "CAT-LS", officer="Thượng sĩ " + code)
            enrol_file = enrolment.write_enrolment(s, self.usb)
            answer = enrolment.enrol(self.province, enrol_file.path, include_personal=(code == "CAX-DD"))
            enrolment.accept_answer(s, answer.answer_path)
            self.posts[code] = s

    def up(self, code):
        return export.export_bundle(self.posts[code], self.usb).path

    def close(self):
        self.province.close()
        for s in self.posts.values():
            s.close()


@pytest.fixture
def net(tmp_path):
    n = Net(tmp_path)
    yield n
    n.close()


def record(store, unit, n=2):
    m = add_model(store, unit_code=unit, name=f"Tổ tự quản {unit}", type="security_camera", established="2024-05-01")
    for i in range(n):
        add_activity(store, m.id, TODAY, "meeting", participants=10 + i)
    add_surrender(store, unit_code=unit, date=TODAY, lines=[Line("weapon.primitive", 3)], person_name="Lò Văn B",
                  person=Person(birth_year=1980, id_number="012345678901", address="Bản Nà Hin"))
    return m


@pytest.fixture(scope="session")
def keys_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("keys")


@pytest.fixture
def kit(keys_root, tmp_path) -> Kit:
    out = tmp_path / "usb"
    out.mkdir()
    return Kit(keys_root, out)
