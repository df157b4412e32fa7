#!/usr/bin/env python3
"""Writes the WARC fixtures of tests/batch.sh into DIR (made at test time, so no binary fixture is kept in git).

  crawl.warc           WARC/1.0 and 1.1 records: warcinfo, request, metadata (skipped); HTML responses (one dated
                       by its page, one dated only by its WARC-Date, one chunked and gzip-encoded, one Latin-1 with
                       the charset only in the HTTP header); an image and a 404 page (skipped); a text resource
  crawl.warc.gz        the same records, one gzip member each
  corrupt.warc.gz      crawl.warc.gz with the deflate data of the first HTML response damaged
  truncated.warc.gz    crawl.warc.gz cut off inside the member of the last record
  truncated.warc       crawl.warc cut off inside the last record's content
  offsets.txt          "NAME OFFSET": the compressed offset of the damaged and of the cut member, for the test

Usage: make_warc.py DIR
"""
import gzip
import os
import sys
import zlib

PAGE_DATED = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Liberan a 45 presos políticos</title>
<meta property="article:published_time" content="2026-01-12T08:00:00-04:00"></head>
<body><article><h1>Liberan a 45 presos políticos</h1>
<p>La ONG Foro Penal informó el lunes que 45 presos políticos fueron excarcelados desde el viernes.</p>
</article></body></html>
"""

PAGE_UNDATED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rights group counts prisoners</title></head>
<body><article><h1>Rights group counts prisoners</h1>
<p>The rights group Foro Penal said on Monday that 24 political prisoners remain in El Rodeo prison.</p>
</article></body></html>
"""

PAGE_ENCODED = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8"><title>Governo liberta presos</title></head>
<body><article><h1>Governo liberta presos</h1>
<p>Pelo menos 80 presos políticos foram libertados desde 8 de janeiro, segundo o Foro Penal.</p>
</article></body></html>
"""

PAGE_LATIN1 = """<html><head><title>Excarcelación de 16 presos</title></head>
<body><article><h1>Excarcelación de 16 presos</h1>
<p>La ONG Foro Penal informó el martes que 16 presos políticos fueron excarcelados desde el viernes.</p>
</article></body></html>
"""

TEXT_RESOURCE = "Police detained 35 protesters on Sunday in Valencia, the police said.\n"


def http(status, headers, body):
    head = "HTTP/1.1 %s\r\n" % status + "".join("%s: %s\r\n" % h for h in headers) + "\r\n"
    return head.encode("ascii") + body


SERIAL = [0]


def record(version, rtype, date, block, uri=None, ctype=None, extra=()):
    SERIAL[0] += 1
    h = ["WARC/%s" % version, "WARC-Type: %s" % rtype, "WARC-Date: %s" % date,
         "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>" % SERIAL[0]]
    if uri:
        h.append("WARC-Target-URI: %s" % uri)
    if ctype:
        h.append("Content-Type: %s" % ctype)
    h.extend(extra)
    h.append("Content-Length: %d" % len(block))
    return ("\r\n".join(h) + "\r\n\r\n").encode("ascii") + block + b"\r\n\r\n"


def chunked(data, size=50):
    out = b""
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += b"%x;ext=1\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def records():
    html = "application/http; msgtype=response"
    yield record("1.0", "warcinfo", "2026-01-09T09:00:00Z", b"software: make_warc.py\r\nformat: WARC File Format 1.0\r\n",
                 ctype="application/warc-fields")
    yield record("1.0", "request", "2026-01-09T10:00:00Z", b"GET /a HTTP/1.1\r\nHost: diario.example\r\n\r\n",
                 uri="https://diario.example/a", ctype="application/http; msgtype=request")
    yield record("1.0", "response", "2026-01-09T10:00:01Z",
                 http("200 OK", [("Content-Type", "text/html; charset=utf-8")], PAGE_DATED.encode("utf-8")),
                 uri="https://diario.example/a", ctype=html)
    yield record("1.0", "metadata", "2026-01-09T10:00:02Z", b"via: https://diario.example/\r\n",
                 uri="https://diario.example/a", ctype="application/warc-fields")
    yield record("1.1", "response", "2026-01-07T11:22:33Z",
                 http("200 OK", [("Content-Type", "text/html; charset=UTF-8"), ("Server", "x")],
                      PAGE_UNDATED.encode("utf-8")),
                 uri="<https://news.example/undated>", ctype=html)
    yield record("1.0", "response", "2026-01-09T10:00:04Z",
                 http("200 OK", [("Content-Type", "image/jpeg")], b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4),
                 uri="https://diario.example/foto.jpg", ctype=html)
    yield record("1.0", "response", "2026-01-09T10:00:05Z",
                 http("404 Not Found", [("Content-Type", "text/html")], b"<html><body><p>Detuvieron a 77 personas.</p></body></html>"),
                 uri="https://diario.example/missing", ctype=html)
    yield record("1.0", "resource", "2026-01-09T10:00:06Z", TEXT_RESOURCE.encode("utf-8"),
                 uri="file:///notes/valencia.txt", ctype="text/plain; charset=utf-8")
    gz = gzip.compress(PAGE_ENCODED.encode("utf-8"), mtime=0)
    yield record("1.0", "response", "2026-01-09T10:00:07Z",
                 http("200 OK", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"),
                                 ("Content-Encoding", "gzip")], chunked(gz)),
                 uri="https://jornal.example/encoded", ctype=html)
    yield record("1.0", "response", "2026-01-09T10:00:08Z",
                 http("200 OK", [("Content-Type", 'text/html; charset="ISO-8859-1"')], PAGE_LATIN1.encode("latin-1")),
                 uri="https://diario.example/latin1", ctype=html)


def member(data):
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    return c.compress(data) + c.flush()


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    recs = list(records())
    with open(os.path.join(out, "crawl.warc"), "wb") as f:
        f.write(b"".join(recs))
    members = [member(r) for r in recs]
    with open(os.path.join(out, "crawl.warc.gz"), "wb") as f:
        f.write(b"".join(members))
    # Damage the first HTML response (the third record): flip bytes in the middle of its deflate data.
    bad = 2
    start = sum(len(m) for m in members[:bad])
    damaged = bytearray(members[bad])
    for i in range(len(damaged) // 3, len(damaged) // 3 + 24):
        damaged[i] ^= 0x5A
    with open(os.path.join(out, "corrupt.warc.gz"), "wb") as f:
        f.write(b"".join(members[:bad]) + bytes(damaged) + b"".join(members[bad + 1:]))
    last = sum(len(m) for m in members[:-1])
    with open(os.path.join(out, "truncated.warc.gz"), "wb") as f:
        f.write(b"".join(members)[:last + len(members[-1]) // 2])
    plain = b"".join(recs)
    with open(os.path.join(out, "truncated.warc"), "wb") as f:
        f.write(plain[:len(plain) - len(recs[-1]) // 3])
    with open(os.path.join(out, "offsets.txt"), "w") as f:
        f.write("corrupt %d\ntruncated %d\ntruncated_plain %d\n" % (start, last, len(plain) - len(recs[-1])))


if __name__ == "__main__":
    main()
