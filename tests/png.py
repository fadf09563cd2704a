"""A small PNG reader for tests: enough to tell a real screenshot from a blank one.

Reads 8-bit greyscale, RGB and RGBA images without interlacing (what Chromium writes);
standard library only.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}


def pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and the unfiltered rows of a PNG file."""
    data = path.read_bytes()
    assert data.startswith(_SIGNATURE), f"{path} is not a PNG file"
    pos, header, idat = len(_SIGNATURE), b"", bytearray()
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in _CHANNELS and interlace == 0, "unsupported PNG"
    step = _CHANNELS[colour]
    raw = zlib.decompress(bytes(idat))
    stride = width * step
    rows: list[bytes] = []
    previous = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        row = _unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous, step)
        rows.append(row)
        previous = row
    return width, height, rows


def _unfilter(kind: int, row: bytearray, up: bytes, step: int) -> bytes:
    """Undo one row's filter (PNG specification, section 9)."""
    if kind == 2:
        return bytes((a + b) & 0xFF for a, b in zip(row, up, strict=True))
    for i in range(len(row)):
        left = row[i - step] if i >= step else 0
        if kind == 1:
            row[i] = (row[i] + left) & 0xFF
        elif kind == 3:
            row[i] = (row[i] + ((left + up[i]) >> 1)) & 0xFF
        elif kind == 4:
            corner = up[i - step] if i >= step else 0
            row[i] = (row[i] + _paeth(left, up[i], corner)) & 0xFF
        else:
            return bytes(row)
    return bytes(row)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def distinct_colours(path: Path) -> int:
    """How many different pixel values the image holds."""
    width, _, rows = pixels(path)
    step = len(rows[0]) // width if rows else 1
    colours = set()
    for row in rows:
        colours.update(row[i : i + step] for i in range(0, len(row), step))
    return len(colours)
