#!/usr/bin/env python3
"""Checks extract against the article the project started from (../shared/examples): every expected claim must
come out with its event, count, qualifier, claimant (and title), dates and stance; a record beyond them must be one the examples' README
accepts (the 66 + 14 breakdown, the deputy's mention of 400)."""
import json
import os
import subprocess
import sys
import unicodedata


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s or "") if unicodedata.category(c) != "Mn").lower()


def main():
    exe, examples = sys.argv[1], sys.argv[2]
    article = os.path.join(examples, "seed-article-en.txt")
    if not os.path.exists(article):
        print(f"seed article not found at {article}; nothing to check")
        return 0
    want = [json.loads(l) for l in open(os.path.join(examples, "seed-article-en.expected.jsonl"), encoding="utf-8") if l.strip()]
    out = subprocess.run([exe, "--ref-date", "2026-01-14", article], capture_output=True, check=True).stdout
    got = [json.loads(l) for l in out.decode("utf-8").splitlines()]
    failures = 0
    used = set()
    for w in want:
        match = [i for i, g in enumerate(got) if g["event"] == w["event"] and g["count"]["value"] == w["count"]["value"]]
        if not match:
            print(f"MISSING {w['event']} {w['count']['value']}")
            failures += 1
            continue
        g = got[match[0]]
        used.add(match[0])
        problems = []
        if g["count"]["qualifier"] != w["count"]["qualifier"]:
            problems.append(f"qualifier {g['count']['qualifier']} != {w['count']['qualifier']}")
        wc, gc = w.get("claimant") or {}, g.get("claimant") or {}
        if fold(wc.get("name", "")).split()[-1:] and fold(wc["name"]).split()[-1] not in fold(gc.get("name", "")):
            problems.append(f"claimant {gc.get('name')!r} != {wc.get('name')!r}")
        if gc.get("kind") != wc.get("kind"):
            problems.append(f"claimant kind {gc.get('kind')} != {wc.get('kind')}")
        if g.get("stance") != w.get("stance"):
            problems.append(f"stance {g.get('stance')} != {w.get('stance')}")
        if w["claimant"].get("title") and (gc.get("title") or "").lower() != w["claimant"]["title"].lower():
            problems.append(f"title {gc.get('title')!r} != {w['claimant']['title']!r}")
        for key in ("claimed_on",):
            if g.get(key) != w.get(key):
                problems.append(f"{key} {g.get(key)} != {w.get(key)}")
        gp, wp = g.get("period") or {}, w.get("period") or {}
        if (gp.get("from"), gp.get("to")) != (wp.get("from"), wp.get("to")):
            problems.append(f"period {g.get('period')} != {w.get('period')}")
        status = "ok  " if not problems else "BAD "
        print(f"{status} {w['event']} {w['count']['value']}: " + ("; ".join(problems) or "as expected"))
        failures += bool(problems)
    accepted_extra = {("release", 66), ("release", 14), ("release", 400)}
    for i, g in enumerate(got):
        if i not in used and (g["event"], g["count"]["value"]) not in accepted_extra:
            print(f"EXTRA {g['event']} {g['count']['value']} in: {g['evidence']['sentence'][:100]}")
            failures += 1
    print(f"{len(want) + len(got) - len(used) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
