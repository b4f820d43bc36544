"""Decoding catalogue files: UTF-8 (with or without BOM) and UTF-16 with BOM are accepted; anything
else is refused with the encoding it most likely is and how to convert it (INPUT-SAFETY.md §6).

Older Windows tools in county offices save GBK/GB18030; a UTF-16 file without BOM comes from Excel's
"Unicode text". Guessing silently would risk garbling Chinese text, so we name the guess and stop.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from grassroots_catalog.results import Location


@dataclass(frozen=True, slots=True)
class DecodeFailure:
    """Why bytes are not acceptable text: where the first bad byte is and what the file looks like."""

    location: Location
    offset: int
    guess: str | None


def decode(data: bytes) -> str | DecodeFailure:
    """Decode catalogue bytes to text, or say why not."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            return _failure(data, error.start, "UTF-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _failure(data, error.start, guess_encoding(data))


def guess_encoding(data: bytes) -> str | None:
    """The likeliest non-UTF-8 encoding of ``data``: GB18030 (a superset of GBK), UTF-16, Big5, or None."""
    sample = data[:65536]
    if sample and sample.count(0) * 4 >= len(sample):
        return "UTF-16LE" if sample[1::2].count(0) > sample[0::2].count(0) else "UTF-16BE"
    for encoding in ("gb18030", "big5"):
        try:
            sample.decode(encoding)
        except UnicodeDecodeError as error:
            # A truncated multibyte character at the cut-off is not a real failure.
            if error.start < len(sample) - 4:
                continue
        return {"gb18030": "GB18030", "big5": "BIG5"}[encoding]
    return None


def _failure(data: bytes, offset: int, guess: str | None) -> DecodeFailure:
    head = data[:offset]
    line = head.count(b"\n") + 1
    line_start = head.rfind(b"\n") + 1
    column = len(head[line_start:].decode("utf-8", errors="replace")) + 1
    return DecodeFailure(Location(line, column), offset, guess)
