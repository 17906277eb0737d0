"""Making a file fit to be attached (issue 16 items 2 and 7): recognise it by its bytes, refuse what
it is not, re-encode photos with Pillow, check scanned PDFs with pypdf.

Nothing here touches the store: `prepare_file` returns the bytes to keep (and, if asked, the
untouched original) or raises an AnttError whose one sentence says why the file was refused. The
size is checked from the file system before a byte is read, so a 400 MB video costs nothing.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from app.errors import AnttError
from app.i18n import Pairs

MAX_INPUT_BYTES = 40 << 20  # a phone's photo is 3-12 MB, a scanned month of forms a few MB
MAX_PIXELS = 60_000_000  # 12 MP phones, 48 MP "high resolution" modes pass; a decompression bomb does not
LONGEST_SIDE = 2000  # issue 16 item 2
# Chosen by bench/bench_attachments.py (it prints the trade-off): at 2,000 px, on phone-like scenes and on
# a photographed signed form, quality 90 costs 1.6x the bytes of 80 for 1.1-1.6 dB of PSNR, 95 costs 2.5x;
# 70 saves 15-25% for about 1 dB less. 80 sits at the knee (about 280 KB a photo).
JPEG_QUALITY = 80
MAX_CAPTION = 500

# EXIF tags kept when the settings keep metadata: everything. Dropped otherwise: the whole EXIF block
# (device make and model, serial numbers, GPS position, time), and XMP and comments with it.
GPS_IFD = 0x8825


@dataclass(frozen=True)
class Prepared:
    data: bytes
    sha256: str
    mime: str
    file_name: str  # the name to offer when the file is saved again (extension matching `mime`)
    width: int | None = None
    height: int | None = None
    original: bytes | None = None  # the file as it came, when the settings keep originals (never travels)

    @property
    def size(self) -> int:
        return len(self.data)


# What the first bytes say a file is: (label vi, label en) for the refusal sentence.
_LABELS = Pairs("file_type")  # the words, in the message catalogue
_EXTENSIONS = {
    ".jpg": "jpeg", ".jpeg": "jpeg", ".jpe": "jpeg", ".png": "png", ".webp": "webp", ".heic": "heic",
    ".heif": "heic", ".pdf": "pdf",
}
_ACCEPTED = ("jpeg", "png", "webp", "pdf")


def sniff(head: bytes) -> str:
    """What a file is by its first bytes (never by its name)."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"hevc"):
            return "heic"
        return "video"  # isom, mp41, mp42, qt, 3gp...: phone videos
    if head[:4] == b"\x1aE\xdf\xa3" or head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video"
    return "unknown"


def _label(kind: str) -> str:
    from app.i18n import current_language

    vi, en = _LABELS[kind]
    return vi if current_language() == "vi" else en


def size_text(n: int, lang: str | None = None) -> str:
    """412 KB, or 8,1 MB in Vietnamese and 8.1 MB in English."""
    from app.formatting import format_number
    from app.i18n import current_language

    lang = lang or current_language()
    if n < 1 << 20:
        return f"{format_number(max(1, round(n / 1024)), lang)} KB"
    return f"{format_number(round(n / (1 << 20), 1), lang, 1)} MB"


def read_checked(path: Path | str, max_bytes: int = MAX_INPUT_BYTES) -> tuple[bytes, str]:
    """The file's bytes and what they are; refuses a missing file, a folder, or one too big, before reading."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise AnttError("attach_no_file", path=str(path)) from None
    except OSError as exc:
        raise AnttError("attach_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if not path.is_file():
        raise AnttError("attach_not_a_file", path=str(path))
    if st.st_size > max_bytes:
        raise AnttError("attach_too_big", name=path.name, size=size_text(st.st_size), limit=size_text(max_bytes))
    if st.st_size == 0:
        raise AnttError("attach_empty", name=path.name)
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise AnttError("attach_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if len(data) > max_bytes:  # grew while we looked
        raise AnttError("attach_too_big", name=path.name, size=size_text(len(data)), limit=size_text(max_bytes))
    kind = sniff(data[:32])
    ext = path.suffix.lower()
    claimed = _EXTENSIONS.get(ext)
    if claimed is not None and claimed != kind:
        raise AnttError("attach_wrong_extension", name=path.name, ext=ext, found=_label(kind))
    if kind == "heic":
        raise AnttError("attach_heic_unsupported", name=path.name)
    if kind not in _ACCEPTED:
        raise AnttError("attach_bad_type", name=path.name, found=_label(kind))
    return data, kind


def prepare_file(path: Path | str, keep_exif: bool = False, keep_original: bool = False,
                 max_bytes: int = MAX_INPUT_BYTES) -> Prepared:
    """The bytes to store for `path`: a re-encoded JPEG for a photo, the PDF itself for a scan."""
    path = Path(path)
    data, kind = read_checked(path, max_bytes)
    if kind == "pdf":
        check_pdf(data, path.name)
        return Prepared(data, hashlib.sha256(data).hexdigest(), "application/pdf", _renamed(path, ".pdf"),
                        original=None)
    out, width, height = reencode_image(data, path.name, keep_exif)
    return Prepared(out, hashlib.sha256(out).hexdigest(), "image/jpeg", _renamed(path, ".jpg"), width, height,
                    original=data if keep_original else None)


def _renamed(path: Path, suffix: str) -> str:
    stem = path.stem.strip() or "tep"
    return stem[:80] + suffix


# ---------------------------------------------------------------- images


def reencode_image(data: bytes, name: str, keep_exif: bool = False, longest: int = LONGEST_SIDE,
                   quality: int = JPEG_QUALITY) -> tuple[bytes, int, int]:
    """Decode fully (a truncated file is refused, not padded with grey), apply the EXIF orientation,
    scale so the longest side is at most `longest`, and write a JPEG without metadata unless kept."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            pixels = img.width * img.height
            if pixels > MAX_PIXELS:
                raise AnttError("attach_image_too_large", name=name, pixels=pixels, limit=MAX_PIXELS)
            if img.format == "JPEG":
                # decode at 1/2, 1/4 or 1/8 scale when that still covers the target size: a 12 MP photo
                # decodes about 3x faster at 2,000 px (measured in bench/bench_attachments.py)
                ratio = min(1.0, longest / max(img.width, img.height))
                img.draft("RGB", (math.ceil(img.width * ratio), math.ceil(img.height * ratio)))
            img.load()
    except AnttError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise AnttError("attach_image_too_large", name=name, pixels="?", limit=MAX_PIXELS) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:  # Pillow's "truncated", "broken data stream"...
        raise AnttError("attach_bad_image", name=name, reason=str(exc) or type(exc).__name__) from None
    exif = img.getexif() if keep_exif else None
    img = ImageOps.exif_transpose(img)  # turns the pixels and drops the orientation tag
    if img.mode not in ("RGB", "L"):
        if img.mode in ("RGBA", "LA", "P", "PA"):
            img = img.convert("RGBA")
            background = Image.new("RGB", img.size, "white")  # a transparent screenshot on white paper
            background.paste(img, mask=img.getchannel("A"))
            img = background
        else:
            img = img.convert("RGB")
    img.thumbnail((longest, longest), Image.LANCZOS)
    out = io.BytesIO()
    options = {"quality": quality, "optimize": True}
    icc = img.info.get("icc_profile")
    if icc:
        options["icc_profile"] = icc  # colour, not identity: kept
    if exif is not None:
        exif.pop(0x0112, None)  # orientation already applied to the pixels
        options["exif"] = exif.tobytes()
    img.save(out, "JPEG", **options)
    return out.getvalue(), img.width, img.height


# ---------------------------------------------------------------- PDFs

_MAX_PDF_OBJECTS = 200_000


def check_pdf(data: bytes, name: str) -> int:
    """Refuse a PDF pypdf cannot read, or one that carries scripts, launch actions or embedded files.
    Returns the number of pages. The whole object graph is walked from the trailer, so a script hidden
    in a page annotation or an object stream is found, not only one in the document catalogue."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    logger_level = _quiet_pypdf()
    try:
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise AnttError("attach_bad_pdf", name=name, reason="encrypted")
            pages = len(reader.pages)
        except AnttError:
            raise
        except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError, RecursionError) as exc:
            raise AnttError("attach_bad_pdf", name=name, reason=type(exc).__name__) from None
        if pages == 0:
            raise AnttError("attach_bad_pdf", name=name, reason="0 pages")
        seen: set[int] = set()
        stack = [reader.trailer]
        walked = 0
        while stack:
            obj = stack.pop()
            walked += 1
            if walked > _MAX_PDF_OBJECTS:
                raise AnttError("attach_bad_pdf", name=name, reason="too many objects")
            try:
                if isinstance(obj, IndirectObject):
                    if obj.idnum in seen:
                        continue
                    seen.add(obj.idnum)
                    obj = obj.get_object()
                if isinstance(obj, DictionaryObject):
                    for key, value in obj.items():
                        what = _active_key(key, value, NameObject)
                        if what:
                            raise AnttError("attach_pdf_active", name=name, what=_what(what))
                        stack.append(value)
                elif isinstance(obj, ArrayObject):
                    stack.extend(obj)
            except AnttError:
                raise
            except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError, RecursionError) as exc:
                raise AnttError("attach_bad_pdf", name=name, reason=type(exc).__name__) from None
        return pages
    finally:
        _restore_pypdf(logger_level)


def _active_key(key, value, NameObject) -> str | None:
    if key in ("/JS", "/JavaScript"):
        return "javascript"
    if key in ("/EmbeddedFiles", "/EmbeddedFile"):
        return "embedded"
    if key in ("/S", "/Subtype") and isinstance(value, NameObject):
        if value == "/JavaScript":
            return "javascript"
        if value in ("/Launch", "/ImportData"):
            return "launch"
        if value == "/FileAttachment":
            return "embedded"
    return None


def _what(what: str) -> str:
    from app.i18n import current_language

    words = {"javascript": ("mã JavaScript", "JavaScript"), "embedded": ("tệp nhúng", "embedded files"),
             "launch": ("lệnh mở chương trình", "an action that launches a program")}[what]
    return words[0] if current_language() == "vi" else words[1]


def _quiet_pypdf() -> int:
    import logging

    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # a damaged scan's warnings are our refusal sentence, not console noise
    return level


def _restore_pypdf(level: int) -> None:
    import logging

    logging.getLogger("pypdf").setLevel(level)
