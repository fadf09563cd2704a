"""What a path or a file's bytes are, when they are not a UTF-8 text document.

A binary file, UTF-16 text, a NUL byte, a FIFO or a device gets one clear reason, and
nothing that could block (a FIFO) or flood memory (a device) is ever opened.
"""

from __future__ import annotations

import os
import stat

# NOTE: magic numbers of formats that end up in text folders by mistake; a NUL byte
# catches the rest.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX/EPUB)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an MS Office (OLE) document",
    b"\x7fELF": "an executable",
}
_SNIFF_BYTES = 8192
_UTF16_BOMS = {b"\xff\xfe": "little-endian", b"\xfe\xff": "big-endian"}
_CONVERT = "convert it to UTF-8 (for example `iconv -f {code} -t UTF-8 FILE > FILE.utf8`)"
# What a path is when it is not a regular file: it is never opened, so it never blocks.
_NOT_A_FILE = (
    (stat.S_ISFIFO, "a named pipe (FIFO), not a file"),
    (stat.S_ISCHR, "a character device (such as /dev/null), not a file"),
    (stat.S_ISBLK, "a block device, not a file"),
    (stat.S_ISSOCK, "a socket, not a file"),
)


def sniff_unreadable(raw: bytes) -> str | None:
    """Return why `raw` is not a UTF-8 text document, or None when it is one."""
    head = raw[:_SNIFF_BYTES]
    utf16 = _utf16(head)
    if utf16 is not None:
        return utf16
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            return f"binary file ({what}), not text"
    if b"\x00" in head:
        return "binary file (it contains NUL bytes), not text"
    nul = raw.find(b"\x00", len(head))  # one memchr: cheap even for a large file
    if nul != -1:
        line = raw.count(b"\n", 0, nul) + 1
        return (
            f"a NUL byte at line {line} (offset {nul}), after {nul:,} bytes of text: "
            "binary data or a damaged file; not linted"
        )
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        byte = raw[err.start : err.start + 1].hex().upper()
        return (
            f"not valid UTF-8: byte 0x{byte} at line {line} (offset {err.start}); "
            "re-save the file as UTF-8 (it may be Latin-1 or Windows-1252)"
        )
    return None


def _utf16(head: bytes) -> str | None:
    """UTF-16 text, by its byte-order mark or by NULs in every other byte of ASCII text."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32 text, not UTF-8; " + _CONVERT.format(code="UTF-32")
    for bom, order in _UTF16_BOMS.items():
        if head.startswith(bom):
            return f"UTF-16 text ({order}), not UTF-8; " + _CONVERT.format(code="UTF-16")
    pairs = len(head) // 2
    if pairs < 8:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    for zeros, other, code in ((odd, even, "UTF-16LE"), (even, odd, "UTF-16BE")):
        if zeros > 0.9 * pairs and other < 0.1 * pairs:
            return f"UTF-16 text ({code}, no byte-order mark), not UTF-8; " + _CONVERT.format(
                code=code
            )
    return None


def not_a_file(path: str) -> str | None:
    """Why `path` cannot be read as a document without opening it, or None for a file."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        return f"cannot read file: {err.strerror or err}"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        try:
            os.listdir(path)
        except OSError as err:
            return f"cannot list this folder ({err.strerror or err}); its files were not linted"
        return "a folder, not a file"
    for test, what in _NOT_A_FILE:
        if test(mode):
            return f"{what}; not read"
    return "not a regular file; not read"
