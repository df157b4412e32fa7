#!/usr/bin/env bash
# CLI tests of batch runs (issue 5): directories, --files-from, JSON Lines, WARC (.warc, .warc.gz, damaged ones),
# -j N against -j 1, TSV/CSV, --stats, progress, a closed pipe, write errors, and GNU parallel over JSON Lines.
# Usage: tests/batch.sh EXTRACT SOURCE_DIR. Prints one line per check and "N passed, M failed"; exits 1 on failure.
set -u
exe=$1
top=$2
data="$top/tests/data/batch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() {
    fail=$((fail + 1))
    echo "FAIL - $1"
    if [ -n "${2:-}" ]; then printf '%s\n' "$2" | head -20 | sed 's/^/    /'; fi
}
# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() {
    local d=$1
    shift
    if "$@"; then ok "$d"; else bad "$d"; fi
}
# same DESCRIPTION EXPECTED ACTUAL
same() {
    if [ "$2" == "$3" ]; then ok "$1"; else bad "$1" "expected: $2
actual:   $3"; fi
}
X() { "$exe" --no-progress "$@"; }
# The "doc" of each line of JSON Lines on stdin, space-separated, in order (consecutive repeats once).
docs() { python3 -c '
import sys, json
out = []
for l in sys.stdin:
    d = json.loads(l)["doc"]
    if not out or out[-1] != d:
        out.append(d)
print(" ".join(out))'; }
# Python one-liner over the JSON Lines on stdin: `records` is the list of objects; prints what the code prints.
py() { python3 -c "import sys, json; records = [json.loads(l) for l in sys.stdin]; $1"; }

cd "$work" || exit 1
cp -r "$data/tree" tree
cp "$data/articles.jsonl" articles.jsonl
python3 "$data/make_warc.py" w || { echo "cannot make the WARC fixtures"; echo "0 passed, 1 failed"; exit 1; }
read -r _ off_corrupt < <(grep '^corrupt ' w/offsets.txt)
read -r _ off_trunc < <(grep '^truncated ' w/offsets.txt)
read -r _ off_plain < <(grep '^truncated_plain ' w/offsets.txt)
R="--ref-date 2026-01-14"

# ---- options ----
help=$(X --help)
missing=""
for o in --files-from --input-format jsonl warc --format tsv csv -j --jobs --progress --no-progress --stats --text \
    --explain --max-bytes --ref-date --lang --patterns --check-patterns --version; do
    grep -q -e "$o" <<<"$help" || missing="$missing $o"
done
same "--help lists every option" "" "$missing"
for args in "--format xml" "-j 0" "--jobs x" "--input-format pdf" "--text --format csv" "--explain --format tsv"; do
    # shellcheck disable=SC2086
    X $args tree >/dev/null 2>&1
    same "usage error for '$args' exits 2" 2 $?
done

# ---- directories ----
same "directory walked recursively in byte order of names, dotfiles skipped" \
    "tree/Z-upper.txt tree/a-en.txt tree/b-es.txt tree/noext tree/sub/page.html" \
    "$(X --text --format jsonl tree | docs)"
same "a trailing slash does not double the separator" \
    "tree/Z-upper.txt tree/a-en.txt tree/b-es.txt tree/noext tree/sub/page.html" \
    "$(X --text --format jsonl tree/ | docs)"
same "files and directories mixed on the command line keep their order" \
    "tree/noext tree/sub/page.html tree/Z-upper.txt" "$(X --text --format jsonl tree/noext tree/sub tree/Z-upper.txt | docs)"
mkdir -p gone
cp tree/a-en.txt gone/1.txt
ln -s "$work/nowhere.txt" gone/2.txt
cp tree/b-es.txt gone/3.txt
out=$(X $R gone 2>err)
rc=$?
check "a file that vanished from a walked directory: message naming it" grep -q "gone/2.txt: cannot open" err
same "... the other files are processed" "gone/1.txt gone/3.txt" "$(docs <<<"$out")"
same "... and the exit status is 1" 1 $rc

# ---- --files-from ----
printf 'tree/b-es.txt\n\ntree/sub\nmissing.txt\ntree/a-en.txt\r\n' >list.txt
out=$(X --text --format jsonl --files-from list.txt 2>err)
rc=$?
same "--files-from LIST: files and directories in order, blank lines skipped" \
    "tree/b-es.txt tree/sub/page.html tree/a-en.txt" "$(docs <<<"$out")"
check "--files-from: a missing entry is named" grep -q "^extract: missing.txt: cannot open" err
same "--files-from: exit status 1 after a missing entry" 1 $rc
same "--files-from - reads the list from standard input; arguments come first" "tree/noext tree/a-en.txt" \
    "$(printf 'tree/a-en.txt\n' | X --text --format jsonl --files-from - tree/noext | docs)"
X --files-from - - </dev/null >/dev/null 2>&1
same "--files-from - with - is a usage error" 2 $?

# ---- standard input ----
same "standard input as one document named -" "-" "$(X $R <tree/a-en.txt | docs)"
same "standard input sniffed as JSON Lines" "es-001 https://news.example/en/2 -:3 42 html-6" "$(X <articles.jsonl 2>/dev/null | docs)"

# ---- JSON Lines ----
out=$(X articles.jsonl 2>err)
rc=$?
same "JSON Lines: doc is id, else url, else FILE:LINE" "es-001 https://news.example/en/2 articles.jsonl:3 42 html-6" \
    "$(docs <<<"$out")"
same "JSON Lines: the record's date is the reference date (metadata), url/title/published carried" \
    "2026-01-10 metadata https://noticias.example/es/1 Excarcelan a 16 presos 2026-01-10" \
    "$(py 'r = [x for x in records if x["doc"] == "es-001"][0]; print(r["ref_date"], r["ref_date_source"], r["url"], r["title"], r["published"])' <<<"$out")"
same "JSON Lines: maintext wins over text; a date with a time and a Z is read" "16 / 2026-01-05" \
    "$(py 'print(" ".join(str(x["count"]["value"]) for x in records if x["doc"] == "es-001"), "/", [x["ref_date"] for x in records if x["doc"].startswith("https://news")][0])' <<<"$out")"
same "JSON Lines: escapes and surrogate pairs decoded" "Café 😀" \
    "$(py 'print([x["title"] for x in records if x["doc"] == "articles.jsonl:3"][0])' <<<"$out")"
same "JSON Lines: language tag pt-BR, body as an array of paragraphs, numeric id" "pt 80" \
    "$(py 'r = [x for x in records if x["doc"] == "42"][0]; print(r["lang"], r["count"]["value"])' <<<"$out")"
same "JSON Lines: raw_html read as HTML" "45" "$(py 'print(" ".join(str(x["count"]["value"]) for x in records if x["doc"] == "html-6"))' <<<"$out")"
check "JSON Lines: an invalid line is reported as FILE:LINE" grep -q "^extract: articles.jsonl:4: invalid JSON Lines record: unterminated string" err
check "JSON Lines: a line that is not an object is reported" grep -q "^extract: articles.jsonl:9: invalid JSON Lines record: a record must be a JSON object" err
check "JSON Lines: a raw control character in a string is reported" grep -q "^extract: articles.jsonl:10: invalid JSON Lines record: control character" err
same "JSON Lines: three bad lines, no other message (null text is an empty article)" 3 "$(wc -l <err)"
same "JSON Lines: exit status 1 after invalid lines" 1 $rc
same "--text --format jsonl: one object per document with its metadata" \
    "es-001 es 2026-01-10 https://noticias.example/es/1 Excarcelan a 16 presos 2026-01-10 True" \
    "$(X --text --format jsonl articles.jsonl 2>/dev/null | py 'r = records[0]; print(r["doc"], r["lang"], r["ref_date"], r["url"], r["title"], r["published"], r["text"].startswith("La ONG Foro Penal"))')"
X --max-bytes 300 articles.jsonl >/dev/null 2>err
check "--max-bytes applies to JSON Lines lines" grep -q "articles.jsonl:1: invalid JSON Lines record: longer than 300 bytes" err
gzip -c articles.jsonl >articles.jsonl.gz
same "gzip-compressed JSON Lines read like the plain file" "$(X articles.jsonl 2>/dev/null | sed 's/"doc":"articles.jsonl:/"doc":"X:/')" \
    "$(X articles.jsonl.gz 2>/dev/null | sed 's/"doc":"articles.jsonl.gz:/"doc":"X:/')"
cp articles.jsonl records.txt
same "--input-format jsonl on a file with another name" "$(X articles.jsonl 2>/dev/null | docs | sed 's/articles.jsonl/F/')" \
    "$(X --input-format jsonl records.txt 2>/dev/null | docs | sed 's/records.txt/F/')"

# ---- WARC ----
out=$(X w/crawl.warc 2>err)
rc=$?
same "WARC: response and resource records with HTML or text, doc = WARC-Target-URI; others skipped" \
    "https://diario.example/a https://news.example/undated file:///notes/valencia.txt https://jornal.example/encoded https://diario.example/latin1" \
    "$(docs <<<"$out")"
same "WARC: exit status 0, no message" "0:" "$rc:$(cat err)"
same "WARC: WARC-Date is the fallback reference date; a page's own date wins" "2026-01-07 metadata / 2026-01-12" \
    "$(py 'u = [x for x in records if x["doc"].endswith("/undated")][0]; a = [x for x in records if x["doc"].endswith("/a")][0]; print(u["ref_date"], u["ref_date_source"], "/", a["ref_date"])' <<<"$out")"
same "WARC: chunked, gzip-encoded HTTP body decoded" "80" \
    "$(py 'print(" ".join(str(x["count"]["value"]) for x in records if x["doc"].endswith("/encoded")))' <<<"$out")"
same "WARC: Latin-1 page (charset in the HTTP header) read" "Excarcelación de 16 presos" \
    "$(py 'print([x["title"] for x in records if x["doc"].endswith("/latin1")][0])' <<<"$out")"
same ".warc.gz (a gzip member per record) gives the same output as .warc" "$out" "$(X w/crawl.warc.gz 2>/dev/null)"
cp w/crawl.warc.gz w/crawl.dat
same "WARC sniffed by content under another name" "$out" "$(X w/crawl.dat 2>/dev/null)"
out=$(X w/corrupt.warc.gz 2>err)
rc=$?
check "corrupt .warc.gz member: message with the file and the member's compressed offset" \
    grep -q "^extract: w/corrupt.warc.gz: at compressed byte $off_corrupt: .*corrupt gzip data" err
same "corrupt .warc.gz member: the records after it are read, exit 1" \
    "https://news.example/undated file:///notes/valencia.txt https://jornal.example/encoded https://diario.example/latin1 / 1" \
    "$(docs <<<"$out") / $rc"
out=$(X w/truncated.warc.gz 2>err)
rc=$?
check "truncated .warc.gz: message with the file, the compressed offset of the cut record" \
    grep -q "^extract: w/truncated.warc.gz: at compressed byte $off_trunc: truncated WARC record" err
same "truncated .warc.gz: the records before it are written, exit 1" \
    "https://diario.example/a https://news.example/undated file:///notes/valencia.txt https://jornal.example/encoded / 1" \
    "$(docs <<<"$out") / $rc"
X w/truncated.warc >/dev/null 2>err
check "truncated .warc: message with the record's byte offset" \
    grep -q "^extract: w/truncated.warc: at byte $off_plain: truncated WARC record (Content-Length" err

# ---- -j N: identical output ----
all="tree articles.jsonl w/crawl.warc.gz w/corrupt.warc.gz tree/sub/page.html"
# shellcheck disable=SC2086
X $R -j 1 $all >j1.out 2>j1.err
# shellcheck disable=SC2086
X $R -j 4 $all >j4.out 2>j4.err
check "-j 1 and -j 4: the same output, byte for byte" cmp -s j1.out j4.out
check "-j 1 and -j 4: the same messages in the same order" cmp -s j1.err j4.err
check "-j 4 wrote claims" test -s j4.out
# shellcheck disable=SC2086
X $R -j 3 --explain $all >e3.out 2>/dev/null
# shellcheck disable=SC2086
X $R -j 1 --explain $all >e1.out 2>/dev/null
check "--explain with -j 3: traces in input order, as with -j 1" cmp -s e1.out e3.out
for i in $(seq 1 40); do cp tree/a-en.txt "tree/sub/many-$i.txt"; done
X $R -j 8 tree >j8.out 2>/dev/null
X $R -j 1 tree >j1b.out 2>/dev/null
check "-j 8 over more documents than the window: the same output" cmp -s j1b.out j8.out
rm -f tree/sub/many-*.txt

# ---- TSV / CSV ----
header="doc	lang	ref_date	event	count	qualifier	count_text	subject	claimant_name	claimant_kind	claimant_title	claimed_on	period_from	period_to	stance	sentence	start	end	rule	confidence"
mkdir -p odd
printf 'Police detained 35 protesters on Sunday in Valencia, the police said, "calmly".\n' >odd/'we,ird\	"name\.txt'
X $R --format tsv tree odd >t.tsv
same "TSV: header row" "$header" "$(head -1 t.tsv)"
X $R --format csv tree odd >t.csv
same "CSV: header row (CRLF)" "$(tr '\t' , <<<"$header")"$'\r' "$(head -1 t.csv)"
X $R tree odd >t.jsonl
cmp_tables='
import csv, json, sys
recs = [json.loads(l) for l in open("t.jsonl")]
def want(r):
    c = r["claimant"] or {}
    p = r["period"] or {}
    return [r["doc"], r["lang"], r["ref_date"], r["event"], str(r["count"]["value"]), r["count"]["qualifier"],
            r["count"]["text"], r["subject"] or "", c.get("name") or "", c.get("kind") or "", c.get("title") or "",
            r["claimed_on"] or "", p.get("from") or "", p.get("to") or "", r["stance"], r["evidence"]["sentence"],
            str(r["evidence"]["start"]), str(r["evidence"]["end"]), r["rule"], "%.2f" % r["confidence"]]
rows = list(csv.reader(open("t.csv", newline="")))[1:]
esc = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
def untsv(f):
    out, i = "", 0
    while i < len(f):
        if f[i] == "\\":
            out += esc[f[i + 1]]; i += 2
        else:
            out += f[i]; i += 1
    return out
tsv = [[untsv(f) for f in l.rstrip("\n").split("\t")] for l in open("t.tsv").readlines()[1:]]
bad = [i for i, r in enumerate(recs) if want(r) != rows[i] or want(r) != tsv[i]]
print(len(recs), len(rows), len(tsv), bad, any("\\" in r["doc"] and "," in r["doc"] and "\"" in r["doc"] for r in recs))
'
n=$(wc -l <t.jsonl)
same "TSV and CSV rows hold the JSON Lines values (quoting, escapes of tab, quote, comma, backslash)" \
    "$n $n $n [] True" "$(python3 -c "$cmp_tables")"

# ---- --stats and progress ----
X $R --stats tree >s.out 2>s.err
claims=$(wc -l <s.out)
bytes=$(cat tree/Z-upper.txt tree/a-en.txt tree/b-es.txt tree/noext tree/sub/page.html | wc -c)
check "--stats: one summary line (documents, bytes, claims, errors, seconds)" \
    grep -Eq "^extract: stats: 5 documents, $bytes bytes, $claims claims, 0 errors, [0-9]+\.[0-9]+ seconds$" s.err
same "--stats: nothing else on standard error" 1 "$(wc -l <s.err)"
"$exe" $R --progress tree >/dev/null 2>p.err
check "--progress to a file: a progress line (documents of total, bytes, rate, claims, errors)" \
    grep -Eq "^extract: 5 of 5 documents, .* MB.*MB/s, .* docs/s, $claims claims, 0 errors" p.err
"$exe" $R tree >/dev/null 2>p.err
same "no progress by default when standard error is not a terminal" "" "$(cat p.err)"

# ---- output errors ----
python3 - "$work/articles.jsonl" >big.jsonl <<'EOF'
import json, sys
good = [json.loads(l) for l in open(sys.argv[1]) if l.strip().startswith("{") and '"bad-4"' not in l and '"ctl-10"' not in l]
for i in range(400):
    for r in good:
        r = dict(r, id="%s-%d" % (r.get("id", "u"), i))
        print(json.dumps(r, ensure_ascii=False))
EOF
(
    set -o pipefail
    X -j 2 big.jsonl 2>pipe.err | head -1 >/dev/null
    echo $? >pipe.rc
)
same "a closed pipe (| head -1) ends quietly with status 0" "0:" "$(cat pipe.rc):$(cat pipe.err)"
if [ -w /dev/full ]; then
    X $R tree >/dev/full 2>full.err
    rc=$?
    check "a full disk: message" grep -q "^extract: cannot write output: No space left on device" full.err
    same "a full disk: exit status 1" 1 $rc
fi
same "existing options: --text prints the text read" "$(cat tree/a-en.txt)" "$(X --text tree/a-en.txt)"

# ---- long documents streamed (nineteenth session): claims written window by window, the file mapped ----
mkdir -p long
python3 - long <<'EOF'
import os, sys
d = sys.argv[1]
paras = ["El Gobierno liberó este martes a %d presos políticos, según informó el ministro del Interior.",
         "The rights group Justice Watch said %d people remain in detention for political reasons.",
         "A polícia deteve %d manifestantes durante os protestos do fim de semana, disse a procuradoria."]
with open(os.path.join(d, "a.txt"), "wb") as f:  # about 1.5 MB: over the mapping threshold, three windows
    i = 0
    while f.tell() < 1500000:
        f.write((paras[i % 3] % (10 + i % 500) + ("\n\n" if i % 4 else "\r\n\r\n")).encode("utf-8"))
        if i == 9000:
            f.write(b"Texto \xff roto.\n\n")
        i += 1
for name, k in (("b.txt", 0), ("c.txt", 1)):
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write(paras[k] % 77 + "\n")
EOF
X $R -j 1 long >long1.out 2>long1.err
X $R -j 2 long >long2.out 2>long2.err
check "long document: claims written" test "$(grep -c '"doc":"long/a.txt"' long1.out)" -gt 1000
same "long document then short ones, -j 2: output in input order" "long/a.txt long/b.txt long/c.txt" "$(docs <long2.out)"
check "long document, -j 2 output identical to -j 1" cmp -s long1.out long2.out
check "long document, -j 2 messages identical to -j 1" cmp -s long1.err long2.err
check "long document: its invalid byte warned about" grep -q "long/a.txt:.*1 invalid UTF-8 sequence" long1.err
for f in tsv csv; do
    X $R -j 1 --format $f long >long1.$f 2>/dev/null
    X $R -j 2 --format $f long >long2.$f 2>/dev/null
    check "long document, --format $f: -j 2 identical to -j 1" cmp -s long1.$f long2.$f
done
X $R -j 2 --explain long >long2.x 2>/dev/null
X $R -j 1 --explain long >long1.x 2>/dev/null
check "long document, --explain: -j 2 identical to -j 1" cmp -s long1.x long2.x
# the same file read from a pipe (read whole, not mapped) gives the same records
X $R long/a.txt >mapped.out 2>/dev/null
cat long/a.txt | X $R - 2>/dev/null | sed 's|"doc":"-"|"doc":"long/a.txt"|' >piped.out
check "long document: mapped file and pipe give the same records" cmp -s mapped.out piped.out
for j in 1 2; do
    (
        set -o pipefail
        X -j $j $R long 2>lpipe.err | head -1 >/dev/null
        echo $? >lpipe.rc
    )
    same "long document, -j $j: a closed pipe (| head -1) ends quietly with status 0" "0:" "$(cat lpipe.rc):$(grep -v warning lpipe.err)"
done

# ---- GNU parallel over a JSON Lines stream ----
if command -v parallel >/dev/null 2>&1; then
    head -2000 big.jsonl >stream.jsonl
    X $R --input-format jsonl stream.jsonl | sort >single.out
    parallel --will-cite --pipe -N 250 "$exe" --no-progress $R --input-format jsonl <stream.jsonl | sort >parallel.out
    check "GNU parallel --pipe over JSON Lines blocks: the union of claims equals one run" cmp -s single.out parallel.out
    check "... and it is not empty" test -s parallel.out
else
    echo "skip - GNU parallel is not installed (scripts/install-deps installs it)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
