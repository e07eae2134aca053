#!/usr/bin/env python3
"""Writes an AFL++ dictionary for a target: the tokens of fuzz/tokens/KIND.txt (edge values, one per line, UTF-8) and the
member names or column headers found in the seed corpus. Non-ASCII bytes are written as \\xNN, as AFL++ requires.
Usage: dictionary.py KIND SEED_DIR OUT_FILE"""
import json, os, re, sys

kind, seeds, out = sys.argv[1], sys.argv[2], sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
tokens = []
with open(os.path.join(here, "tokens", kind + ".txt"), encoding="utf-8") as f:
    for line in f.read().split("\n"):
        if line:
            tokens.append(line.replace("\\r", "\r").replace("\\n", "\n") if kind == "csv" else line)
for name in sorted(os.listdir(seeds)):
    data = open(os.path.join(seeds, name), "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        continue
    if kind == "json":
        tokens += ['"%s"' % k for k in re.findall(r'"([^"\\]{1,40})"\s*:', text)]
    elif kind == "csv":
        tokens += [h for h in text.lstrip("\ufeff").split("\n", 1)[0].strip().split(",") if h]

def escape(token):
    return "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else "\\x%02x" % b for b in token.encode("utf-8"))

seen = set()
with open(out, "w", encoding="ascii") as f:
    for i, token in enumerate(tokens):
        if token not in seen and len(token.encode("utf-8")) <= 128:
            seen.add(token)
            f.write('t%d="%s"\n' % (i, escape(token)))
