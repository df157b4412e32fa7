#!/bin/sh
# cmake --install puts the program, library, header, pkg-config file, patterns and man page in place, and the
# installed program finds its patterns by itself from any working directory, even when the tree is moved.
# Usage: install.sh BUILD_DIR SOURCE_DIR
set -u
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() {
    if eval "$2"; then pass=$((pass + 1)); echo "ok   $1"; else fail=$((fail + 1)); echo "FAIL $1"; fi
}
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null 2>&1
for f in bin/extract include/extract.h lib/libextract.a lib/pkgconfig/extract.pc share/man/man1/extract.1 \
         share/extract/patterns/shared/actors.pat share/extract/patterns/es/lexicon.pat; do
    check "installs $f" "[ -e '$tmp/prefix/$f' ]"
done
sample="$src/corpus/es/01-foro-penal-dieciseis-excarcelaciones.txt"
check "installed program runs from / with its own patterns" \
    "(cd / && '$tmp/prefix/bin/extract' --ref-date 2026-01-10 '$sample' | grep -q '\"event\"')"
mv "$tmp/prefix" "$tmp/moved"
check "a moved install still finds its patterns" \
    "(cd / && EXTRACT_PATTERNS= '$tmp/moved/bin/extract' --ref-date 2026-01-10 '$sample' | grep -q '\"event\"')"
check "pkg-config file names the library" "grep -q -- '-lextract' '$tmp/moved/lib/pkgconfig/extract.pc'"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
