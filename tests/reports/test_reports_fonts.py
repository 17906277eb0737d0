"""The shipped fonts cover every Vietnamese letter in all four faces, and their licence ships with them."""

from __future__ import annotations

import unicodedata

import pytest

from app.paths import resource
from app.reports.fonts import FACES, missing_glyphs, register_fonts, vietnamese_letters


def test_alphabet_is_complete():
    letters = vietnamese_letters()
    # 12 vowels x 5 tones + 6 toneless non-ASCII vowels + đ = 67 lower-case letters, and as many capitals.
    assert len(letters) == 134 == len(set(letters))
    for probe in "ắằẳẵặẤỆỗỢữỰỳỵỷỹĐđ":
        assert probe in letters
    assert all(unicodedata.is_normalized("NFC", c) for c in letters)


@pytest.mark.parametrize("face", sorted(FACES))
def test_every_vietnamese_letter_has_a_glyph(face):
    register_fonts()
    assert missing_glyphs(face, vietnamese_letters() + "0123456789.,;:%–-()/") == []


def test_missing_glyphs_detects_a_gap():
    # A CJK ideograph is not in Liberation Serif: the check must be able to fail.
    assert missing_glyphs("LiberationSerif", "a中") == ["中"]


def test_licence_ships_beside_the_fonts():
    text = resource("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert "Red Hat" in text
    for filename in FACES.values():
        assert resource("fonts", filename).stat().st_size > 100_000
