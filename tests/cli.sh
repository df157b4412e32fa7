#!/usr/bin/env bash
# cli.sh - checks the extract command as a user and a shell pipeline see it: options, exit status, messages,
# several inputs where some fail, standard input and output, and the JSON Lines it prints.
#
# Usage: tests/cli.sh PATH-TO-EXTRACT SOURCE-DIR
# Prints one line per check and ends with "N passed, M failed"; exits non-zero when any check failed.
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 PATH-TO-EXTRACT SOURCE-DIR" >&2
    exit 2
fi
BIN=$1
SRC=$2
DATA=$SRC/tests/data/cli
PATTERNS=$SRC/patterns
ES=$DATA/es_liberaciones.txt
PT=$DATA/pt_solturas.txt
EN=$DATA/en_releases.txt
LATIN1=$DATA/es_latin1.txt

TMP=$(mktemp -d "${TMPDIR:-/tmp}/extract-cli.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
# The binary must find its patterns the way a user's would, not through a leftover environment.
unset EXTRACT_PATTERNS

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "ok   - $1"; }
fail() {
    FAILED=$((FAILED + 1))
    echo "FAIL - $1"
    shift
    for line in "$@"; do echo "       $line"; done
}

# run ARGS...: runs the binary with stdout, stderr and status in $TMP/out, $TMP/err and $RC.
run() {
    "$BIN" "$@" >"$TMP/out" 2>"$TMP/err"
    RC=$?
}

# The context a failing check prints: status and the start of both streams.
ctx() { echo "exit $RC; stderr: $(head -c 400 "$TMP/err" | tr '\n' '|'); stdout: $(head -c 200 "$TMP/out" | tr '\n' '|')"; }

expect_rc() { # NAME WANT
    if [ "$RC" -eq "$2" ]; then pass "$1"; else fail "$1" "expected exit $2" "$(ctx)"; fi
}

expect_err_has() { # NAME TEXT
    if grep -qF -- "$2" "$TMP/err"; then pass "$1"; else fail "$1" "stderr lacks '$2'" "$(ctx)"; fi
}

# Sanitizer reports go to stderr: any of them is a failure whatever the exit status says.
expect_clean_stderr() { # NAME
    if grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$TMP/err"; then
        fail "$1" "sanitizer report on stderr" "$(head -c 600 "$TMP/err" | tr '\n' '|')"
    else
        pass "$1"
    fi
}

# Validates JSON Lines on stdin: every line a JSON object with the record's fields and types. Extra arguments
# are key=value constraints every record must meet (lang=es, doc=name, ref_date_source=document, ...).
# Prints the number of records, or an error and exits 1.
validate_jsonl() {
    python3 -c '
import json, sys
required = {"schema", "doc", "lang", "ref_date", "ref_date_source", "event", "count", "subject", "claimant",
            "claimed_on", "period", "stance", "evidence", "section", "rule", "confidence"}
want = dict(a.split("=", 1) for a in sys.argv[1:])
n = 0
for i, line in enumerate(sys.stdin.buffer.read().split(b"\n")):
    if not line:
        continue
    try:
        r = json.loads(line.decode("utf-8"))
    except Exception as e:
        print("line %d is not JSON: %s" % (i + 1, e)); sys.exit(1)
    if not isinstance(r, dict):
        print("line %d is not an object" % (i + 1)); sys.exit(1)
    missing = required - set(r)
    if missing:
        print("line %d lacks %s" % (i + 1, sorted(missing))); sys.exit(1)
    c = r["count"]
    if not (isinstance(c, dict) and isinstance(c.get("value"), int) and c["value"] > 0
            and c.get("qualifier") in ("exact", "approx", "at_least", "more_than", "at_most", "less_than")
            and isinstance(c.get("text"), str)):
        print("line %d: bad count %r" % (i + 1, c)); sys.exit(1)
    if r["event"] not in ("release", "held", "detention"):
        print("line %d: bad event %r" % (i + 1, r["event"])); sys.exit(1)
    ev = r["evidence"]
    if not (isinstance(ev, dict) and isinstance(ev.get("sentence"), str) and ev["start"] < ev["end"]):
        print("line %d: bad evidence %r" % (i + 1, ev)); sys.exit(1)
    for k, v in want.items():
        if str(r.get(k)) != v:
            print("line %d: %s is %r, expected %r" % (i + 1, k, r.get(k), v)); sys.exit(1)
    n += 1
print(n)
' "$@"
}

# expect_jsonl NAME FILE MIN [key=value...]: FILE holds at least MIN valid records meeting the constraints.
expect_jsonl() {
    local name=$1 file=$2 min=$3
    shift 3
    local res
    if res=$(validate_jsonl "$@" <"$file") && [ "$res" -ge "$min" ]; then
        pass "$name ($res records)"
    else
        fail "$name" "expected at least $min valid records: $res" "$(ctx)"
    fi
}

# ---------------------------------------------------------------- options

run --help
expect_rc "--help exits 0" 0
if grep -q "Usage" "$TMP/out" && grep -q -- "--ref-date" "$TMP/out"; then pass "--help prints the usage on stdout"; else fail "--help prints the usage on stdout" "$(ctx)"; fi

run -h
expect_rc "-h exits 0" 0

run --version
expect_rc "--version exits 0" 0
if grep -qE '^extract [0-9]+\.[0-9]+\.[0-9]+' "$TMP/out"; then pass "--version prints the version"; else fail "--version prints the version" "$(ctx)"; fi

run --frobnicate "$ES"
expect_rc "unknown option exits 2" 2
expect_err_has "unknown option is named in the message" "--frobnicate"
if [ ! -s "$TMP/out" ]; then pass "unknown option: nothing on stdout"; else fail "unknown option: nothing on stdout" "$(ctx)"; fi

run "$ES" --ref-date
expect_rc "option without its value exits 2" 2
expect_err_has "option without its value is named" "--ref-date"

for bad in 2026-13-45 2026-02-30 2026-1-1 yesterday 14/01/2026; do
    run --ref-date "$bad" "$ES"
    expect_rc "--ref-date $bad exits 2" 2
    expect_err_has "--ref-date $bad is quoted in the message" "$bad"
done

run --lang xx "$ES"
expect_rc "--lang xx exits 2" 2
expect_err_has "--lang xx is quoted in the message" "xx"

run --max-bytes 0 "$ES"
expect_rc "--max-bytes 0 exits 2" 2
run --max-bytes lots "$ES"
expect_rc "--max-bytes lots exits 2" 2

run --input-format pdf "$ES"
expect_rc "--input-format pdf exits 2" 2

# ---------------------------------------------------------------- pattern sets

BAD=$SRC/tests/data/patterns_bad_regex
BAD_LINE=$(grep -n '@rule bad.unclosed' "$BAD/shared/bad.pat" | cut -d: -f1)
run --patterns "$BAD" "$ES"
expect_rc "--patterns on a broken set exits 2" 2
expect_err_has "broken set: the message has file:line:" "bad.pat:$BAD_LINE:"
if [ ! -s "$TMP/out" ]; then pass "broken set: nothing on stdout"; else fail "broken set: nothing on stdout" "$(ctx)"; fi

run --patterns "$TMP/no-such-dir" "$ES"
expect_rc "--patterns on a missing directory exits 2" 2

run --check-patterns "$PATTERNS"
expect_rc "--check-patterns on the real set exits 0" 0
expect_err_has "--check-patterns reports its count" "examples, 0 failed"
expect_clean_stderr "--check-patterns: no sanitizer report"

FAILING=$SRC/tests/data/patterns_failing_example
FAIL_LINE=$(grep -n '+ sin cifra alguna' "$FAILING/es/fails.pat" | cut -d: -f1)
run --check-patterns "$FAILING"
expect_rc "--check-patterns with failing examples exits 2" 2
expect_err_has "--check-patterns names the failing example's file:line" "fails.pat:$FAIL_LINE:"

run --patterns "$PATTERNS" --ref-date 2026-01-14 "$EN"
expect_rc "--patterns on the real set works" 0
expect_jsonl "--patterns on the real set: records" "$TMP/out" 1

# ---------------------------------------------------------------- records

run "$ES" "$PT" "$EN"
expect_rc "three articles exit 0" 0
expect_clean_stderr "three articles: no sanitizer report"
cp "$TMP/out" "$TMP/three.jsonl"
grep -F '"doc":"'"$ES"'"' "$TMP/three.jsonl" >"$TMP/es.jsonl"
grep -F '"doc":"'"$PT"'"' "$TMP/three.jsonl" >"$TMP/pt.jsonl"
grep -F '"doc":"'"$EN"'"' "$TMP/three.jsonl" >"$TMP/en.jsonl"
expect_jsonl "every output line is a valid record" "$TMP/three.jsonl" 6
# the datelines carry a year: without --ref-date the document's own date is the reference
expect_jsonl "es article: lang and dateline date" "$TMP/es.jsonl" 2 lang=es ref_date=2026-01-14 ref_date_source=document
expect_jsonl "pt article: lang and dateline date" "$TMP/pt.jsonl" 2 lang=pt ref_date=2026-01-14 ref_date_source=document
expect_jsonl "en article: lang and dateline date" "$TMP/en.jsonl" 2 lang=en ref_date=2026-01-14 ref_date_source=document

run --ref-date 2026-02-01 "$ES"
expect_jsonl "--ref-date wins over the dateline" "$TMP/out" 1 ref_date=2026-02-01 ref_date_source=option

run --lang pt --ref-date 2026-01-14 "$ES"
expect_rc "--lang override exits 0" 0
expect_jsonl "--lang pt on a Spanish article labels the records pt" "$TMP/out" 1 lang=pt

# The evidence offsets refer to the text --text prints.
run --ref-date 2026-01-14 "$ES"
cp "$TMP/out" "$TMP/es-ref.jsonl"
run --text "$ES"
cp "$TMP/out" "$TMP/es.text"
if python3 -c '
import json, sys
text = open(sys.argv[1], "rb").read()
n = 0
for line in open(sys.argv[2], "rb"):
    r = json.loads(line)
    e = r["evidence"]
    if text[e["start"]:e["end"]].decode("utf-8") != e["sentence"]:
        print("evidence %r is not text[%d:%d]" % (e["sentence"], e["start"], e["end"])); sys.exit(1)
    if r["count"]["text"] not in e["sentence"]:
        print("count text %r not in its evidence" % r["count"]["text"]); sys.exit(1)
    n += 1
sys.exit(0 if n else 1)
' "$TMP/es.text" "$TMP/es-ref.jsonl"; then pass "evidence offsets index the --text output"; else fail "evidence offsets index the --text output"; fi

run --explain --ref-date 2026-01-14 "$ES"
expect_rc "--explain exits 0" 0
if grep -q "^== $ES: lang es" "$TMP/out" && grep -q "sentence" "$TMP/out" && grep -q -- "-> claim" "$TMP/out"; then
    pass "--explain prints the trace (header, sentences, decisions)"
else
    fail "--explain prints the trace (header, sentences, decisions)" "$(ctx)"
fi
if grep '^{' "$TMP/out" | validate_jsonl >/dev/null; then pass "--explain still prints valid records"; else fail "--explain still prints valid records"; fi

# --explain runs every rule over every sentence with a number; a plain run skips what cannot change a claim
# (rules tried only where their prefixes are, count-only rules only in candidate sentences: recognize.c and
# prefilter.c). The records must be the same on every corpus article and page, in all three languages.
"$BIN" -j 1 --ref-date 2026-01-14 "$SRC/corpus" >"$TMP/plain" 2>/dev/null
"$BIN" -j 1 --ref-date 2026-01-14 --explain "$SRC/corpus" 2>/dev/null | grep '^{' >"$TMP/full"
n=$(wc -l <"$TMP/plain")
if [ "$n" -gt 300 ] && cmp -s "$TMP/plain" "$TMP/full"; then
    pass "the same $n records with and without the prefilter and sentence gates (--explain scans everything)"
else
    fail "the same records with and without the prefilter and sentence gates" "$(diff "$TMP/plain" "$TMP/full" | head -5)"
fi

# ---------------------------------------------------------------- standard input

"$BIN" --ref-date 2026-01-14 - <"$ES" >"$TMP/dash.jsonl" 2>"$TMP/err"
RC=$?
expect_rc "'-' reads standard input" 0
expect_jsonl "'-' records are named -" "$TMP/dash.jsonl" 1 doc=-
"$BIN" --ref-date 2026-01-14 <"$ES" >"$TMP/noarg.jsonl" 2>"$TMP/err"
RC=$?
expect_rc "no file argument reads standard input" 0
if cmp -s "$TMP/dash.jsonl" "$TMP/noarg.jsonl"; then pass "no argument and '-' give the same output"; else fail "no argument and '-' give the same output"; fi
# the same records as reading the file, apart from the name
if python3 -c '
import json, sys
def load(p):
    out = []
    for line in open(p, "rb"):
        r = json.loads(line); r.pop("doc"); out.append(r)
    return out
sys.exit(0 if load(sys.argv[1]) == load(sys.argv[2]) and load(sys.argv[1]) else 1)
' "$TMP/dash.jsonl" "$TMP/es-ref.jsonl"; then pass "standard input gives the file's records"; else fail "standard input gives the file's records"; fi

# ---------------------------------------------------------------- inputs that fail among good ones

"$BIN" --ref-date 2026-01-14 "$ES" "$EN" >"$TMP/good.jsonl" 2>/dev/null
run --ref-date 2026-01-14 "$ES" "$TMP/missing.txt" "$EN"
expect_rc "a missing file among good files exits 1" 1
expect_err_has "the missing file is named" "missing.txt"
if cmp -s "$TMP/out" "$TMP/good.jsonl" && [ -s "$TMP/good.jsonl" ]; then
    pass "the good files' output is complete"
else
    fail "the good files' output is complete" "$(ctx)"
fi

# A directory is walked recursively, entries in name order, dotfiles skipped (see --help).
mkdir -p "$TMP/tree/b"
cp "$EN" "$TMP/tree/a.txt"
cp "$ES" "$TMP/tree/b/c.txt"
cp "$PT" "$TMP/tree/.hidden.txt"
run --ref-date 2026-01-14 "$TMP/tree"
expect_rc "a directory argument exits 0" 0
if python3 -c '
import json, sys
docs = []
for line in open(sys.argv[1], "rb"):
    d = json.loads(line)["doc"]
    if not docs or docs[-1] != d:
        docs.append(d)
ok = len(docs) == 2 and docs[0].endswith("tree/a.txt") and docs[1].endswith("tree/b/c.txt")
sys.exit(0 if ok else 1)
' "$TMP/out"; then
    pass "a directory is walked in name order, dotfiles skipped"
else
    fail "a directory is walked in name order, dotfiles skipped" "$(ctx)"
fi

# Worker threads change nothing in the output.
ARGS=()
for _ in 1 2 3 4; do ARGS+=("$ES" "$PT" "$EN" "$LATIN1"); done
"$BIN" -j 1 --ref-date 2026-01-14 "${ARGS[@]}" >"$TMP/j1.jsonl" 2>/dev/null
"$BIN" -j 3 --ref-date 2026-01-14 "${ARGS[@]}" >"$TMP/j3.jsonl" 2>/dev/null
if [ -s "$TMP/j1.jsonl" ] && cmp -s "$TMP/j1.jsonl" "$TMP/j3.jsonl"; then
    pass "-j 3 prints exactly what -j 1 prints"
else
    fail "-j 3 prints exactly what -j 1 prints"
fi

printf 'Foro Penal contabiliza 800 presos políticos en Venezuela.\n' >"$TMP/small.txt"
run --max-bytes 100 --ref-date 2026-01-14 "$TMP/small.txt" "$ES"
expect_rc "--max-bytes smaller than an input exits 1" 1
expect_err_has "--max-bytes: the refused input is named" "$ES"
expect_jsonl "--max-bytes: the small input is still processed" "$TMP/out" 1 doc="$TMP/small.txt"

# binary junk: NULs and control bytes, as in an image or an archive
python3 -c '
import sys, random
random.seed(7)
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + bytes(random.randrange(256) for _ in range(4096)) + b"\x00" * 512)
' >"$TMP/junk.png"
run --ref-date 2026-01-14 "$TMP/junk.png" "$EN"
expect_rc "binary junk among good files exits 1" 1
expect_err_has "binary junk: the input is named" "junk.png"
expect_jsonl "binary junk: the other input is still processed" "$TMP/out" 1 doc="$EN"
expect_clean_stderr "binary junk: no sanitizer report"

run --ref-date 2026-01-14 "$LATIN1"
expect_rc "invalid UTF-8 exits 0" 0
if grep -F "$LATIN1" "$TMP/err" | grep -qi "warning"; then pass "invalid UTF-8: a warning names the file"; else fail "invalid UTF-8: a warning names the file" "$(ctx)"; fi
expect_jsonl "invalid UTF-8: records are still valid JSON" "$TMP/out" 1 doc="$LATIN1"

# a file whose name looks like an option, after --
printf 'Police detained 35 protesters on Sunday.\n' >"$TMP/-dashed.txt"
(cd "$TMP" && "$BIN" --ref-date 2026-01-14 -- -dashed.txt >"$TMP/out" 2>"$TMP/err")
RC=$?
expect_rc "'--' ends the options" 0
expect_jsonl "'--': the dashed file is read" "$TMP/out" 1 doc=-dashed.txt

# ---------------------------------------------------------------- output that cannot be written

"$BIN" --ref-date 2026-01-14 "$ES" >&- 2>"$TMP/err"
RC=$?
if [ "$RC" -ne 0 ]; then pass "closed stdout exits non-zero"; else fail "closed stdout exits non-zero" "$(ctx)"; fi
expect_err_has "closed stdout: a message says so" "cannot write"
expect_clean_stderr "closed stdout: no sanitizer report"

if [ -w /dev/full ]; then
    "$BIN" --ref-date 2026-01-14 "$ES" >/dev/full 2>"$TMP/err"
    RC=$?
    if [ "$RC" -ne 0 ]; then pass "full disk exits non-zero"; else fail "full disk exits non-zero" "$(ctx)"; fi
    expect_err_has "full disk: a message says so" "cannot write"
fi

# A reader that goes away early. By design (main.c) a closed pipe is not a failure of the run: the command stops
# between documents without dying from SIGPIPE. Enough output to fill the pipe makes the write fail whatever the
# timing.
ARGS=()
for _ in $(seq 200); do ARGS+=("$ES"); done
"$BIN" --stats --no-progress --ref-date 2026-01-14 "${ARGS[@]}" 2>"$TMP/err" | head -c0
RC=${PIPESTATUS[0]}
if [ "$RC" -lt 128 ]; then pass "closed pipe: no death by signal"; else fail "closed pipe: no death by signal" "$(ctx)"; fi
DOCS=$(sed -n 's/.*stats: \([0-9]*\) documents.*/\1/p' "$TMP/err")
if [ -n "$DOCS" ] && [ "$DOCS" -lt 200 ]; then
    pass "closed pipe: the run stops early ($DOCS of 200 documents)"
else
    fail "closed pipe: the run stops early" "$(ctx)"
fi
expect_clean_stderr "closed pipe: no sanitizer report"

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
