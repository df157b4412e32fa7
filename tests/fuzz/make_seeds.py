#!/usr/bin/env python3
"""Builds the fuzzers' seed corpora from the files already in the repository (nothing is duplicated in git).

  text/      corpus/*/*.txt, tests/data/cli/*.txt, ../shared/examples/*.txt, and per pattern file the text of its
             examples ("+ ..." / "- ..." lines), one a line
  html/      tests/data/html/*.html, tests/data/batch/tree/**.html, the corpus articles wrapped in a page
  jsonl/     tests/data/batch/articles.jsonl, the corpus gold files, and records made from the corpus articles
             (text, html, null and odd fields)
  warc/      the WARC fixtures of tests/data/batch/make_warc.py (plain, gzip, corrupt, truncated), and records made
             from the HTML fixtures (response, resource, chunked, gzip-encoded)
  patterns/  every .pat file of patterns/ and tests/data/patterns_*/, and per language one file with the shared
             and the language's rules together (so every {NAME} resolves when the file is loaded alone)

Usage: make_seeds.py SOURCE_DIR OUT_DIR   (OUT_DIR/<harness>/ is emptied first)
"""
import glob
import gzip
import hashlib
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib

MAX = 60000  # keep seeds below the harnesses' -max_len


def put(out, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = data[:MAX]
    base = os.path.join(out, name)
    if os.path.exists(base):
        base += "-" + hashlib.sha1(data).hexdigest()[:8]
    with open(base, "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def slug(path, top):
    return os.path.relpath(path, top).replace("/", "_")


def articles(top):
    """(path, lang, text) of every corpus article."""
    for p in sorted(glob.glob(os.path.join(top, "corpus", "*", "*.txt"))):
        yield p, os.path.basename(os.path.dirname(p)), read(p).decode("utf-8", "replace")


def page(lang, text):
    lines = [l for l in text.split("\n") if l.strip()]
    head = html.escape(lines[0]) if lines else ""
    body = "".join("<p>%s</p>\n" % html.escape(l) for l in lines[1:])
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s | Diario</title>'
            '<meta property="article:published_time" content="2026-01-12T08:00:00-04:00">'
            '<link rel="canonical" href="https://diario.example/a"></head>\n<body><nav><a href="/">Inicio</a></nav>'
            '<article><h1>%s</h1>\n%s<figure><figcaption>Foto: Archivo</figcaption></figure></article>'
            '<aside class="related">Leia também: 300 presos</aside></body></html>\n' % (lang, head, head, body))


def text_seeds(top, out):
    for p in glob.glob(os.path.join(top, "corpus", "*", "*.txt")) + glob.glob(os.path.join(top, "tests", "data", "cli", "*.txt")) \
            + glob.glob(os.path.join(top, "..", "shared", "examples", "*.txt")):
        put(out, slug(os.path.realpath(p), os.path.realpath(os.path.join(top, ".."))), read(p))
    for p in sorted(glob.glob(os.path.join(top, "patterns", "*", "*.pat"))):
        ex = []
        for line in read(p).decode("utf-8").split("\n"):
            s = line.strip()
            if s[:2] in ("+ ", "- ") or s[:2] in ("+[", "-["):
                s = s[1:].split("=>")[0]
                if s.startswith("["):
                    s = s[s.find("]") + 1:]
                ex.append(s.strip())
        if ex:
            put(out, "examples_" + slug(p, top), ".\n".join(ex) + ".\n")


def html_seeds(top, out):
    for p in glob.glob(os.path.join(top, "tests", "data", "html", "*.html")) + \
            glob.glob(os.path.join(top, "tests", "data", "batch", "tree", "**", "*.html"), recursive=True):
        put(out, slug(p, top), read(p))
    for p, lang, text in articles(top):
        if zlib.crc32(p.encode()) % 3 == 0 or "01-" in p:
            put(out, "page_" + slug(p, top) + ".html", page(lang, text))


def jsonl_seeds(top, out):
    put(out, "articles.jsonl", read(os.path.join(top, "tests", "data", "batch", "articles.jsonl")))
    for p in sorted(glob.glob(os.path.join(top, "corpus", "*", "*.gold.jsonl")))[:12]:
        put(out, slug(p, top), read(p))
    recs = []
    for i, (p, lang, text) in enumerate(articles(top)):
        title = text.split("\n", 1)[0]
        r = {"id": "%s-%03d" % (lang, i), "url": "https://diario.example/%d" % i, "title": title,
             "date_publish": "2026-01-%02d 09:30:00" % (i % 28 + 1), "language": lang}
        if i % 4 == 1:
            r["html"] = page(lang, text)
        else:
            r["maintext"] = text
        if i % 5 == 2:
            r["maintext"] = None
            r["text"] = text
        recs.append(r)
    for i in range(0, len(recs), 6):
        put(out, "records_%02d.jsonl" % i, "".join(json.dumps(r, ensure_ascii=(i % 12 == 0)) + "\n" for r in recs[i:i + 3]))
    odd = ['{"maintext": "Liberan a 24 presos\\u00e9\\ud83d\\ude00 \\"citados\\"", "published": "2026-02-30"}',
           '{"content": "x", "extra": {"a": [1, -2.5e3, true, false, null, {"b": "}]["}]}, "language": "pt-BR"}',
           '{"text": 5}', '[1,2]', '{"body": "Detuvieron a 300 personas", "url": null}', '', '\t \r',
           '{"raw_html": "<p>Al menos 80 presos pol\\u00edticos</p>", "lang": "Spanish"}',
           '\ufeff{"maintext": "BOM"}', '{"maintext": "unterminated']
    put(out, "odd.jsonl", "\n".join(odd) + "\n")
    put(out, "odd.jsonl.gz", gzip.compress(("\n".join(odd) + "\n").encode("utf-8"), mtime=0))


def warc_record(rtype, block, uri=None, ctype=None, date="2026-01-09T10:00:01Z"):
    h = ["WARC/1.0", "WARC-Type: %s" % rtype, "WARC-Date: %s" % date]
    if uri:
        h.append("WARC-Target-URI: %s" % uri)
    if ctype:
        h.append("Content-Type: %s" % ctype)
    h.append("Content-Length: %d" % len(block))
    return ("\r\n".join(h) + "\r\n\r\n").encode("ascii") + block + b"\r\n\r\n"


def warc_seeds(top, out):
    with tempfile.TemporaryDirectory() as w:
        subprocess.run([sys.executable, os.path.join(top, "tests", "data", "batch", "make_warc.py"), w], check=True)
        for p in glob.glob(os.path.join(w, "*warc*")):
            put(out, os.path.basename(p), read(p))
    pages = sorted(glob.glob(os.path.join(top, "tests", "data", "html", "*.html")))
    for i, p in enumerate(pages):
        body = read(p)
        if i % 3 == 0:
            blk = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
        elif i % 3 == 1:
            gz = gzip.compress(body, mtime=0)
            chunks = b"".join(b"%x\r\n" % len(gz[k:k + 500]) + gz[k:k + 500] + b"\r\n" for k in range(0, len(gz), 500))
            blk = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                   b"Content-Encoding: gzip\r\n\r\n" + chunks + b"0\r\n\r\n")
        else:
            blk = b"HTTP/1.0 200 OK\nContent-Type: application/xhtml+xml\nContent-Encoding: deflate\n\n" + \
                zlib.compress(body)
        rec = warc_record("response", blk, uri="<https://diario.example/%d>" % i, ctype="application/http; msgtype=response")
        put(out, "response_%s.warc" % os.path.basename(p), rec)
    for p, lang, text in list(articles(top))[:6]:
        rec = warc_record("resource", text.encode("utf-8"), uri="file:///%s" % os.path.basename(p),
                          ctype="text/plain; charset=utf-8")
        put(out, "resource_" + slug(p, top) + ".warc", rec)


def pattern_seeds(top, out):
    for p in glob.glob(os.path.join(top, "patterns", "*", "*.pat")) + \
            glob.glob(os.path.join(top, "tests", "data", "patterns_*", "*", "*.pat")):
        put(out, slug(p, top), read(p))
    shared = sorted(glob.glob(os.path.join(top, "patterns", "shared", "*.pat")))
    for lang in ("es", "pt", "en"):
        own = sorted(glob.glob(os.path.join(top, "patterns", lang, "*.pat")))
        put(out, "all_%s.pat" % lang, b"\n".join(read(p) for p in own + shared))


def main():
    top, out = sys.argv[1], sys.argv[2]
    for name, fn in (("text", text_seeds), ("html", html_seeds), ("jsonl", jsonl_seeds), ("warc", warc_seeds),
                     ("patterns", pattern_seeds)):
        d = os.path.join(out, name)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        fn(top, d)
        print("%-9s %4d seeds" % (name, len(os.listdir(d))))


if __name__ == "__main__":
    main()
