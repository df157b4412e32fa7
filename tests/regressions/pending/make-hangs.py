#!/usr/bin/env python3
"""Writes, into OUT/text/, the documents that took minutes to hours before the fixes of commit 1048e28, at sizes
a user can meet, to time them after changes (README.md here). They are made on demand rather than kept in git
(tens of megabytes). Replay them with `fuzz_replay OUT` (120 s per input) or time them with
`extract --lang es --ref-date 2026-01-15 OUT/text/*`.

Usage: make-hangs.py OUT
"""
import os
import sys

out = os.path.join(sys.argv[1], "text")
os.makedirs(out, exist_ok=True)


def write(name, text):
    with open(os.path.join(out, name), "wb") as f:
        f.write(text.encode("utf-8") if isinstance(text, str) else text)


MB = 1000 * 1000
# 1. utf8proc's canonical ordering was quadratic in a run of combining marks of mixed classes (xn_normalize).
write("combining-marks.txt", "a" + "\u0301\u0303\u0327" * (MB // 6))
# 2. quotations with counts: S_quote_speaker scanned every mention per quotation, S_add_claim every claim.
write("quoted-claims.txt", "".join('"Hay %d detenidos", afirmó la organización.\n\n' % (10 + i) for i in range(10 * MB // 48)))
# 3. distinct figures from one organisation: S_add_claim and the stance check scanned every claim so far.
write("org-claims.txt", "".join("Foro Penal informó que %d presos políticos fueron excarcelados.\n\n" % (10 + i)
                                 for i in range(10 * MB // 70)))
# 4. space- or comma-grouped digits: the {es,pt,en}.veto.units rules backtracked over each 8 KiB run.
write("space-grouped-digits.txt", "1 000 " * (10 * MB // 6))
write("comma-lists.txt", "".join("%d, " % (i % 10) for i in range(10 * MB // 3)))
