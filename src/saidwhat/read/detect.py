"""What kind of input a byte stream is, from its first bytes (extensions can lie)."""

from __future__ import annotations

import re

GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"
#: Bytes looked at to decide; enough for a doctype, a BOM and some whitespace.
SNIFF_BYTES = 4096

_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|"
    rb"title|article|main|div|p|h[1-6]|section|header|nav|script|style|link|table)[\s>/]",
    re.IGNORECASE | re.DOTALL)
_JSON_OBJECT_START = re.compile(rb'\s*\{\s*(?:"|\})')


def looks_like_html(head: bytes) -> bool:
    return bool(_HTML_START.match(head.removeprefix(b"\xef\xbb\xbf")))


def sniff(head: bytes) -> str:
    """``gzip``, ``warc``, ``jsonl``, ``html``, ``binary`` or ``text``."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    head = head.removeprefix(b"\xef\xbb\xbf")
    if head.lstrip().startswith(WARC_MAGIC):
        return "warc"
    if b"\x00" in head:
        return "binary"
    if _JSON_OBJECT_START.match(head):
        return "jsonl"
    if looks_like_html(head):
        return "html"
    return "text"
