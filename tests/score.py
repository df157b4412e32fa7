#!/usr/bin/env python3
"""Scores extract's claims against the annotated corpus (docs/corpus.md).

Runs the binary on every article listed in corpus/*/index.tsv with its reference date, matches predicted to gold
claims within a document on (event, count value), and prints precision / recall / F1 overall, per language and
per split, plus claimant, date (and its two halves, claimed_on and period), qualifier and stance accuracy on matched claims, and every miss, false alarm and
wrong claimant, date, qualifier or stance.
With --floor FILE, exits 1 when a figure falls below the floor recorded there (the test suite's regression guard).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata


def fold(s):
    s = unicodedata.normalize("NFD", s or "")
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower().strip()


def same_claimant(gold, pred):
    if not gold or not gold.get("name"):
        return not pred or not pred.get("name")
    if not pred or not pred.get("name"):
        return False
    g, p = fold(gold["name"]), fold(pred["name"])
    gw, pw = g.replace(",", " ").split(), p.replace(",", " ").split()
    name_ok = g == p or (gw and gw[-1] in pw) or (pw and pw[-1] in gw) or g in p or p in g
    return bool(name_ok) and gold.get("kind") == pred.get("kind")


def norm_period(p):
    if not p or (not p.get("from") and not p.get("to")):
        return None
    return (p.get("from"), p.get("to"))


def same_dates(gold, pred):
    return gold.get("claimed_on") == pred.get("claimed_on") and norm_period(gold.get("period")) == norm_period(pred.get("period"))


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def check_gold_dates(path, n, claim):
    """A gold day in any other form than YYYY-MM-DD could never match, and would pass unnoticed as a date miss."""
    period = claim.get("period") or {}
    for key, day in (("claimed_on", claim.get("claimed_on")), ("period.from", period.get("from")),
                     ("period.to", period.get("to"))):
        if day is not None and not ISO_DAY.match(str(day)):
            sys.exit(f"{path}:{n}: {key} {day!r} is not an ISO day (YYYY-MM-DD); see docs/corpus.md")


def load_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line:
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: invalid JSON: {e}")
                check_gold_dates(path, n, out[-1])
    return out


def run_extract(exe, path, ref_date):
    cmd = [exe, "--ref-date", ref_date, path]
    r = subprocess.run(cmd, capture_output=True, timeout=120)
    if r.returncode not in (0,):
        sys.stderr.write(f"score: {' '.join(cmd)} exited {r.returncode}: {r.stderr.decode(errors='replace')}\n")
    preds = []
    for line in r.stdout.decode("utf-8").splitlines():
        preds.append(json.loads(line))
    return preds


def run_extract_batch(exe, docs):
    """One run of extract over many documents: docs is a list of (path, ref_date); returns their claims, in order.

    The documents go to extract's batch mode as JSON Lines on standard input, one record a document with its text
    and its reference date as the record's date (docs/batch.md), so the patterns are loaded once instead of once
    a document. A record's date is the document's reference date as --ref-date is (only ref_date_source and
    published, which are not scored, tell them apart). A file that is not UTF-8 text cannot be a JSON string: it
    runs alone, as run_extract does."""
    preds = [[] for _ in docs]
    lines, alone = [], []
    for i, (path, ref) in enumerate(docs):
        with open(path, "rb") as f:
            data = f.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            alone.append(i)
            continue
        lines.append(json.dumps({"id": str(i), "text": text, "date": ref}, ensure_ascii=False))
    if lines:
        cmd = [exe, "--no-progress", "--input-format", "jsonl", "-"]
        # Generous: the sanitizer build is many times slower than the release build, and the machine is shared.
        r = subprocess.run(cmd, input=("\n".join(lines) + "\n").encode("utf-8"), capture_output=True,
                           timeout=120 + 10 * len(lines))
        if r.returncode != 0:
            sys.stderr.write(f"score: {' '.join(cmd)} ({len(lines)} documents) exited {r.returncode}: "
                             f"{r.stderr.decode(errors='replace')}\n")
        for line in r.stdout.decode("utf-8").splitlines():
            p = json.loads(line)
            preds[int(p["doc"])].append(p)
    for i in alone:
        preds[i] = run_extract(exe, docs[i][0], docs[i][1])
    return preds


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.claimant = self.dates = self.qual = self.stance = 0
        self.said = self.span = 0  # the two halves of a date: claimed_on, and the period
        self.docs = self.lang_ok = 0

    def add(self, o):
        for k, v in vars(o).items():
            setattr(self, k, getattr(self, k) + v)

    def figures(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        m = self.tp or 1
        return {"precision": p, "recall": r, "f1": f, "claimant": self.claimant / m, "date": self.dates / m,
                "claimed_on": self.said / m, "period": self.span / m,
                "qualifier": self.qual / m, "stance": self.stance / m, "lang": self.lang_ok / (self.docs or 1)}


def score_doc(gold, preds, doc, report):
    t = Tally()
    t.docs = 1
    used = [False] * len(preds)
    # Required gold first, so an optional twin never takes the prediction a required claim needs.
    order = sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional")))
    for gi in order:
        g = gold[gi]
        cands = [i for i, p in enumerate(preds) if not used[i] and p["event"] == g["event"]
                 and p["count"]["value"] == g["count"]["value"]]
        best = next((i for i in cands if same_claimant(g.get("claimant"), preds[i].get("claimant"))), cands[0] if cands else None)
        if best is None:
            if not g.get("optional"):
                t.fn += 1
                report.append(f"  MISS  {doc}: {g['event']} {g['count']['value']} ({(g.get('claimant') or {}).get('name')})")
            continue
        used[best] = True
        if g.get("optional"):
            continue
        p = preds[best]
        t.tp += 1
        ok_c = same_claimant(g.get("claimant"), p.get("claimant"))
        ok_d = same_dates(g, p)
        t.claimant += ok_c
        t.dates += ok_d
        t.said += g.get("claimed_on") == p.get("claimed_on")
        t.span += norm_period(g.get("period")) == norm_period(p.get("period"))
        ok_q = g["count"].get("qualifier", "exact") == p["count"]["qualifier"]
        ok_s = g.get("stance", "asserts") == p["stance"]
        t.qual += ok_q
        t.stance += ok_s
        if not ok_c:
            report.append(f"  WHO   {doc}: {g['event']} {g['count']['value']}: gold {(g.get('claimant') or {}).get('name')!r}/"
                          f"{(g.get('claimant') or {}).get('kind')} got {(p.get('claimant') or {}).get('name')!r}/"
                          f"{(p.get('claimant') or {}).get('kind')} in: {p['evidence']['sentence'][:140]}")
        if not ok_d:
            report.append(f"  WHEN  {doc}: {g['event']} {g['count']['value']}: gold {g.get('claimed_on')} {norm_period(g.get('period'))}"
                          f" got {p.get('claimed_on')} {norm_period(p.get('period'))} in: {p['evidence']['sentence'][:140]}")
        if not ok_q:
            report.append(f"  QUAL  {doc}: {g['event']} {g['count']['value']}: gold {g['count'].get('qualifier', 'exact')}"
                          f" got {p['count']['qualifier']}")
        if not ok_s:
            report.append(f"  STANCE {doc}: {g['event']} {g['count']['value']}: gold {g.get('stance', 'asserts')}"
                          f" got {p['stance']} in: {p['evidence']['sentence'][:140]}")
    for i, p in enumerate(preds):
        if not used[i]:
            t.fp += 1
            report.append(f"  FALSE {doc}: {p['event']} {p['count']['value']} \"{p['count']['text']}\" in: "
                          f"{p['evidence']['sentence'][:140]}")
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--extract", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--floor", help="JSON file of minimum figures; exit 1 below them")
    ap.add_argument("--split", default="all", choices=["all", "dev", "heldout"])
    ap.add_argument("--lang", default="", help="comma-separated corpus folders to score (default: all)")
    ap.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    ap.add_argument("--per-document", action="store_true",
                    help="run extract once per document (as before batch scoring; for a binary without batch mode)")
    args = ap.parse_args()

    total = Tally()
    groups = {}
    report = []
    folders = sorted(d for d in os.listdir(args.corpus) if os.path.isfile(os.path.join(args.corpus, d, "index.tsv")))
    if args.lang:
        folders = [d for d in folders if d in args.lang.split(",")]
    for folder in folders:
        base = os.path.join(args.corpus, folder)
        with open(os.path.join(base, "index.tsv"), encoding="utf-8") as f:
            rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
        if args.split != "all":
            rows = [row for row in rows if (row[2] if len(row) > 2 else "dev") == args.split]
        docs = [(os.path.join(base, row[0]), row[1]) for row in rows]
        # One extract process per folder (the patterns are loaded once), unless asked for one per document.
        batch = None if args.per_document else run_extract_batch(args.extract, docs)
        for k, row in enumerate(rows):
            name, ref = row[0], row[1]
            split = row[2] if len(row) > 2 else "dev"
            path = docs[k][0]
            gold_path = os.path.join(base, os.path.splitext(name)[0] + ".gold.jsonl")
            gold = load_jsonl(gold_path)
            preds = run_extract(args.extract, path, ref) if batch is None else batch[k]
            t = score_doc(gold, preds, f"{folder}/{name}", report)
            want_lang = folder if folder in ("es", "pt", "en") else (row[3] if len(row) > 3 else None)
            t.lang_ok = 1 if (not want_lang or not preds or all(p["lang"] == want_lang for p in preds)) else 0
            total.add(t)
            for key in (folder, f"{folder}:{split}", split):
                groups.setdefault(key, Tally()).add(t)

    def line(label, t):
        f = t.figures()
        return (f"{label:<14} docs {t.docs:3d}  P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
                f"claimant {f['claimant']:.3f}  date {f['date']:.3f} (claimed_on {f['claimed_on']:.3f} period {f['period']:.3f})  qualifier {f['qualifier']:.3f}  "
                f"stance {f['stance']:.3f}  (tp {t.tp} fp {t.fp} fn {t.fn})")

    if not args.quiet:
        print("\n".join(report))
    for key in sorted(groups):
        print(line(key, groups[key]))
    print(line("overall", total))
    if args.floor:
        with open(args.floor, encoding="utf-8") as f:
            floor = json.load(f)
        figs = total.figures()
        low = [f"{k} {figs[k]:.3f} < floor {v:.3f}" for k, v in floor.items() if figs.get(k, 0) + 1e-9 < v]
        if low:
            print("corpus score below its floor: " + "; ".join(low))
            return 1
        print("corpus score at or above its floor (" + ", ".join(f"{k} {v}" for k, v in floor.items()) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
