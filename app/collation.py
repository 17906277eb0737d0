"""Vietnamese alphabetical order, for every sorted list of units, models, places and people (issue 19 item 5).

Python's and SQLite's default order compares code points: "Đồng Đăng" (Đ = U+0110) lands after "Tân Thanh",
"Ấp" after "Bản", and "Bình Gia 107" before "Bình Gia 41". :func:`sort_key` orders as a Vietnamese reader does:

* primary: the letters of the Vietnamese alphabet, a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
  (so ă, â, ê, ô, ơ, ư and đ are letters of their own, each right after its base letter); runs of digits
  compare as numbers and come before letters; a space comes before any letter ("Bình Gia" < "Bình Giang");
  other punctuation is ignored;
* secondary: the tone of each syllable, in the dictionary order ngang, huyền, sắc, hỏi, ngã, nặng
  (a à á ả ã ạ), so tones only decide between words with the same letters;
* tertiary: lower case before upper case, then the text itself, so that the order is total.

Pure Python on :mod:`unicodedata` (PyICU has no wheels on every platform we ship to). The same key serves
``sorted(..., key=sort_key)``, SQLite (``ORDER BY name COLLATE vi``, registered on every connection by
:func:`register`) and the GUI's sort proxies, so the lists on screen and on paper agree.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from functools import lru_cache

COLLATION = "vi"  # the name SQL uses: ORDER BY name COLLATE vi

# Base letters after decomposition with their vowel mark (breve, circumflex, horn) and đ, in alphabet order.
_ALPHABET = ["a", "a\u0306", "a\u0302", "b", "c", "d", "đ", "e", "e\u0302", "f", "g", "h", "i", "j", "k", "l", "m",
             "n", "o", "o\u0302", "o\u031b", "p", "q", "r", "s", "t", "u", "u\u031b", "v", "w", "x", "y", "z"]
_LETTER = {letter: 10 + i for i, letter in enumerate(_ALPHABET)}
_VOWEL_MARKS = frozenset("\u0306\u0302\u031b")
# ngang (none) 0, huyền, sắc, hỏi, ngã, nặng
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
_SPACE = (1, 0)


def _units(text: str) -> list[tuple[str, str, bool]]:
    """(letter with its vowel mark, tone mark, was upper case) for every letter, digit or space of ``text``."""
    out: list[tuple[str, str, bool]] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if out:
                letter, tone, upper = out[-1]
                if ch in _VOWEL_MARKS:
                    out[-1] = (letter + ch, tone, upper)
                elif ch in _TONES:
                    out[-1] = (letter, ch, upper)
            continue
        low = ch.lower()
        out.append((low, "", low != ch))
    return out


@lru_cache(maxsize=65536)
def sort_key(text: str | None) -> tuple:
    """The key that orders ``text`` as a Vietnamese list does (see the module's doc). None sorts as ''."""
    text = text or ""
    primary: list[tuple] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    digits = ""
    for letter, tone, upper in _units(text) + [("", "", False)]:
        if letter.isdigit() and len(letter) == 1:
            digits += letter
            continue
        if digits:
            primary.append((2, int(digits)))
            tertiary.append(len(digits))  # "07" after "7"
            digits = ""
        if not letter:
            continue
        if letter.isspace():
            if primary and primary[-1] != _SPACE:  # runs of spaces count once; leading ones not at all
                primary.append(_SPACE)
            continue
        weight = _LETTER.get(letter)
        if weight is None:
            if not letter[0].isalpha():
                continue  # punctuation: ignored
            weight = 1000 + ord(letter[0])  # a letter outside the Vietnamese alphabet: after it, by code point
        primary.append((3, weight))
        secondary.append(_TONES.get(tone, 0))
        tertiary.append(int(upper))
    while primary and primary[-1] == _SPACE:
        primary.pop()
    return tuple(primary), tuple(secondary), tuple(tertiary), unicodedata.normalize("NFC", text)


def compare(a: str | None, b: str | None) -> int:
    """-1, 0 or 1 as ``a`` sorts before, with or after ``b`` (SQLite's collation contract)."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def collated(values, key=None) -> list:
    """``values`` sorted in Vietnamese order (``key`` picks the text of each value, as for ``sorted``)."""
    if key is None:
        return sorted(values, key=sort_key)
    return sorted(values, key=lambda v: sort_key(key(v)))


def register(conn: sqlite3.Connection) -> None:
    """Make ``COLLATE vi`` available on ``conn`` (every store connection calls this when it opens)."""
    conn.create_collation(COLLATION, compare)
