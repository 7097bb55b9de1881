"""Decompression bombs are refused in one line, in bounded memory.

    .venv/bin/python bench/bench_bombs.py            # the full sizes (8 GB, 4 GB, 4 GB)
    .venv/bin/python bench/bench_bombs.py --scale 0.1

Writes three small files that expand to gigabytes, the shapes crawls and dumps bring:
a gzipped JSON line of 8 GB, a gzipped WARC record whose payload is 4 GB, and a WARC
response whose HTTP ``Content-Encoding: gzip`` payload expands to 4 GB. Each is given
to ``saidwhat analyze`` (with one good article after it) in a child process; the
figures are the child's peak memory (max RSS), its time, the lines it printed on
stderr, and whether the good article was still analysed.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 1 << 24
GOOD = "The minister said the bridge would reopen in May after repairs.\n"


def _gzip_stream(out, parts) -> None:
    """Write one gzip member of the byte chunks in ``parts``."""
    z = zlib.compressobj(6, zlib.DEFLATED, 31)
    for part in parts:
        out.write(z.compress(part))
    out.write(z.flush())


def _repeat(total: int):
    block = b"a" * CHUNK
    left = total
    while left > 0:
        yield block[:min(left, CHUNK)]
        left -= CHUNK


def jsonl_line_bomb(path: Path, size: int) -> None:
    with open(path, "wb") as out:
        _gzip_stream(out, [b'{"id": "bomb", "text": "', *_repeat(size), b'"}\n',
                           json.dumps({"id": "good", "text": GOOD}).encode() + b"\n"])


def _warc_headers(uri: str, length: int) -> bytes:
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uri[-8:]}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()


def _good_page_record() -> bytes:
    page = ("<html><head><title>Good page</title></head><body><article>"
            + "".join(f"<p>{GOOD} It was paragraph {i}.</p>" for i in range(6))
            + "</article></body></html>").encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    return _warc_headers("https://x.example/good0000", len(http)) + http + b"\r\n\r\n"


def warc_record_bomb(path: Path, size: int) -> None:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    with open(path, "wb") as out:
        _gzip_stream(out, [_warc_headers("https://x.example/bomb0000", len(http) + size),
                           http, *_repeat(size), b"\r\n\r\n"])
        out.write(gzip.compress(_good_page_record()))


def http_gzip_bomb(path: Path, size: int) -> None:
    body = io.BytesIO()
    _gzip_stream(body, _repeat(size))
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
            b"Content-Length: " + str(body.tell()).encode() + b"\r\n\r\n") + body.getvalue()
    with open(path, "wb") as out:
        out.write(_warc_headers("https://x.example/bomb0001", len(http)) + http + b"\r\n\r\n")
        out.write(_good_page_record())


def run(path: Path) -> dict:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "saidwhat", "analyze", str(path), "-f", "jsonl",
                           "--no-text"], capture_output=True, timeout=1800)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024  # MB (max so far)
    errors = proc.stderr.decode(errors="replace").strip().splitlines()
    return {"file_mb": round(path.stat().st_size / 2**20, 1), "peak_rss_mb": peak,
            "seconds": round(seconds, 1), "exit": proc.returncode,
            "good_article_read": proc.stdout.count(b'"id"') >= 1,
            "traceback": "Traceback" in proc.stderr.decode(errors="replace"),
            "stderr": [e for e in errors if "warning" in e or "error" in e][:3]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes")
    args = parser.parse_args()
    bombs = [("jsonl line, 8 GB", "bomb.jsonl.gz", jsonl_line_bomb, 8 << 30),
             ("WARC record, 4 GB", "bomb.warc.gz", warc_record_bomb, 4 << 30),
             ("HTTP gzip payload, 4 GB", "http.warc", http_gzip_bomb, 4 << 30)]
    with tempfile.TemporaryDirectory() as tmp:
        for name, file, make, size in bombs:
            path = Path(tmp) / file
            make(path, int(size * args.scale))
            # peak RSS of children is a running maximum: each bomb runs in a fresh
            # interpreter, so report it per bomb in its own process tree
            result = subprocess.run([sys.executable, __file__, "--one", str(path)],
                                    capture_output=True, text=True, timeout=3600)
            print(f"{name}: {result.stdout.strip()}", flush=True)
            path.unlink()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(run(Path(sys.argv[2]))))
    else:
        main()
