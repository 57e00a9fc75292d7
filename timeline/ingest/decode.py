"""Turn the bytes of an input file into text: BOMs, UTF-8, legacy single-byte encodings, binary sniffing."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 controls other than tab, newline, carriage return and form feed: text files do not have them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class BinaryContent(ValueError):
    """The bytes are not text in any encoding we accept."""


def decode_bytes(data: bytes, *, declared: str | None = None, on_nul: Callable[[int], None] | None = None) -> str:
    """Decode ``data`` as text, normalizing newlines to ``\\n``.

    ``declared`` is an encoding named by the content itself (an HTML ``<meta charset>``); it is
    tried after the BOM and strict UTF-8 checks. Raises BinaryContent for binary data. A few NUL
    bytes in otherwise textual data (a stray byte, a padded tail) are removed, and ``on_nul`` is
    told how many: one NUL must not drop a whole article.
    """
    nuls = 0
    if b"\x00" in data and not data.startswith(tuple(bom for bom, _ in _BOMS)):
        nuls = data.count(b"\x00")
        if nuls > len(data) // 10:
            raise BinaryContent("binary file")  # UTF-16 without a BOM, or binary data
        data = data.replace(b"\x00", b"")
    text = _decode(data, declared)
    if nuls and on_nul is not None and not _looks_binary(text):
        on_nul(nuls)
    if _looks_binary(text):
        raise BinaryContent("binary file")
    # Offsets are into the text as read; one newline convention keeps them stable across platforms.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as e:
                raise BinaryContent("binary file") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(_canonical(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_legacy(data)


def _canonical(name: str) -> str:
    # Browsers read "latin-1"/"iso-8859-1" labels as windows-1252 (WHATWG encoding spec); so do we.
    codec = codecs.lookup(name).name
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _decode_legacy(data: bytes) -> str:
    high = sum(1 for b in data if b >= 0x80)
    # Latin-script text (English, French, Spanish...) has a minority of non-ASCII bytes, and charset
    # detection then hesitates between Western code pages (it reads French cp1252 as cp1250); such
    # files are cp1252 in practice. Cyrillic, Greek, ... are mostly high bytes and go to detection.
    if high <= max(8, len(data) * 3 // 10):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BinaryContent("binary file")
    return str(best)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = len(_CONTROL.findall(text[:65536]))
    return controls > max(2, len(text[:65536]) // 200)
