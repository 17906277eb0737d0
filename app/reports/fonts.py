"""The shipped serif family, registered once with reportlab, and the Vietnamese alphabet it must cover.

Decree 30/2020 asks for Times New Roman; Liberation Serif 2 is its free metric
twin and has every precomposed Vietnamese letter. reportlab's built-in Times
has none of them, so every style in :mod:`app.reports.layout` uses ``SERIF``.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

FACES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

# The twelve vowels of the Vietnamese alphabet and the five tone marks
# (grave, acute, hook above, tilde, dot below).
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def vietnamese_letters() -> str:
    """Every letter a Vietnamese text can hold beyond plain ASCII, lower and upper case (NFC)."""
    lower = ["đ"]
    for vowel in _VOWELS:
        for tone in _TONES:
            letter = unicodedata.normalize("NFC", vowel + tone)
            if letter != vowel or not vowel.isascii():
                lower.append(letter)
    for letter in lower:
        assert len(letter) == 1, f"{letter!r} has no precomposed form"
    return "".join(lower) + "".join(c.upper() for c in lower)


@cache
def register_fonts() -> str:
    """Register the four faces and the family mapping (bold/italic tags in Paragraphs); returns ``SERIF``."""
    for name, filename in FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
    return SERIF


def missing_glyphs(font_name: str, text: str) -> list[str]:
    """The characters of ``text`` that the registered TrueType font has no glyph for."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return [c for c in dict.fromkeys(text) if ord(c) not in face.charToGlyph]
