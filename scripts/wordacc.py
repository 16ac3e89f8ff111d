#!/usr/bin/env python3
"""Word-level accuracy and error listing of an OCR text against its ground truth.

    scripts/wordacc.py TRUTH.txt OCR.txt [--errors N] [--chars N]

Words are whitespace-separated tokens (punctuation kept).  The two word sequences are
aligned with a Levenshtein alignment; printed figures:
  word_accuracy = 1 - (substitutions + deletions + insertions) / truth_words   (= 1 - WER)
  word_recall   = correctly recognised truth words / truth_words
With --errors the most frequent substituted word pairs are listed, with --chars the most
frequent character confusions inside substituted words (e.g. "ö->6").
Only the standard library is needed.  Also importable: word_accuracy(truth, ocr).
"""
from __future__ import annotations

import argparse
import collections
import difflib
import sys
from typing import List, Optional, Sequence, Tuple


def align(a: Sequence[str], b: Sequence[str]) -> List[Tuple[Optional[str], Optional[str]]]:
    """Levenshtein alignment of two token lists: list of (a_tok|None, b_tok|None)."""
    n, m = len(a), len(b)
    prev = list(range(m + 1))
    back = [bytearray(m + 1) for _ in range(n + 1)]  # 0 diag, 1 up (del), 2 left (ins)
    for j in range(1, m + 1):
        back[0][j] = 2
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        back[i][0] = 1
        ai = a[i - 1]
        bi = back[i]
        for j in range(1, m + 1):
            d = prev[j - 1] + (ai != b[j - 1])
            u = prev[j] + 1
            l = cur[j - 1] + 1
            if d <= u and d <= l:
                cur[j] = d
            elif u <= l:
                cur[j], bi[j] = u, 1
            else:
                cur[j], bi[j] = l, 2
        prev = cur
    out = []
    i, j = n, m
    while i or j:
        k = back[i][j]
        if k == 0:
            out.append((a[i - 1], b[j - 1])); i -= 1; j -= 1
        elif k == 1:
            out.append((a[i - 1], None)); i -= 1
        else:
            out.append((None, b[j - 1])); j -= 1
    return out[::-1]


def word_accuracy(truth: str, ocr: str) -> dict:
    t, o = truth.split(), ocr.split()
    al = align(t, o)
    hits = sum(1 for x, y in al if x is not None and x == y)
    subs = sum(1 for x, y in al if x is not None and y is not None and x != y)
    dels = sum(1 for x, y in al if y is None)
    ins = sum(1 for x, y in al if x is None)
    n = max(1, len(t))
    return {"truth_words": len(t), "ocr_words": len(o), "hits": hits, "subs": subs,
            "dels": dels, "ins": ins, "word_accuracy": 1 - (subs + dels + ins) / n,
            "word_recall": hits / n, "alignment": al}


def char_confusions(pairs) -> collections.Counter:
    c: collections.Counter = collections.Counter()
    for x, y in pairs:
        sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op != "equal":
                c[f"{x[i1:i2] or '∅'}->{y[j1:j2] or '∅'}"] += 1
    return c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("truth")
    ap.add_argument("ocr")
    ap.add_argument("--errors", type=int, default=0, help="list the N most frequent word substitutions")
    ap.add_argument("--chars", type=int, default=0, help="list the N most frequent character confusions")
    args = ap.parse_args(argv)
    r = word_accuracy(open(args.truth, encoding="utf-8").read(),
                      open(args.ocr, encoding="utf-8", errors="replace").read())
    print(f"truth_words={r['truth_words']} ocr_words={r['ocr_words']} hits={r['hits']} "
          f"subs={r['subs']} dels={r['dels']} ins={r['ins']}")
    print(f"word_accuracy={r['word_accuracy']:.4f} word_recall={r['word_recall']:.4f}")
    subs = [(x, y) for x, y in r["alignment"] if x is not None and y is not None and x != y]
    if args.errors:
        print("-- word substitutions (truth -> ocr)")
        for (x, y), k in collections.Counter(subs).most_common(args.errors):
            print(f"{k:4d}  {x} -> {y}")
    if args.chars:
        print("-- character confusions (truth -> ocr)")
        for s, k in char_confusions(subs).most_common(args.chars):
            print(f"{k:4d}  {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
