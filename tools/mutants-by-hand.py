#!/usr/bin/env python3
"""Applies mutants of a Stryker report by hand, one at a time, and runs the tests against each with a time limit.

Stryker counts a mutant whose tests time out as detected; under load, or when a mutant only makes the code slower, that
is not evidence. This script tells them apart: for each mutant (a random sample, or all) it writes the mutated file into a
clean working tree, builds the test project, runs the tests with a limit, and prints one line: "hangs", "fails" (killed),
"passes" (not detected: equivalent or a missing test) or "does not compile". The file is restored after each mutant.

    tools/mutants-by-hand.py REPORT.json TEST_PROJECT_DIR [--status Timeout] [--sample N] [--seed S] [--limit SECONDS]

Example (the ledger package's time-outs):
    tools/mutants-by-hand.py artifacts/mutation/Ledger/reports/mutation-report.json tests/LianLuo.Domain.Ledger.Tests --sample 20

Run it on a tree with no other change (it refuses a dirty tree) and on a quiet machine; it builds with LIANLUO_MUTATION=1
like tools/mutation.sh, so the tests are those of a mutation build.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import time


def mutated_text(source: str, mutant: dict) -> str:
    lines = source.split("\n")
    start, end = mutant["location"]["start"], mutant["location"]["end"]
    # Stryker's lines and columns are 1-based; the end column is exclusive.
    before = "\n".join(lines[: start["line"] - 1] + [lines[start["line"] - 1][: start["column"] - 1]])
    after = "\n".join([lines[end["line"] - 1][end["column"] - 1 :]] + lines[end["line"] :])
    return before + mutant["replacement"] + after


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report")
    parser.add_argument("test_project")
    parser.add_argument("--status", default="Timeout")
    parser.add_argument("--sample", type=int, default=0, help="how many mutants at random (0: all)")
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--limit", type=int, default=120, help="seconds the tests may run")
    args = parser.parse_args()

    root = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True).stdout.strip()
    if subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True, cwd=root).stdout.strip():
        print("the working tree has changes; run this on a clean tree", file=sys.stderr)
        return 2

    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    project_root = report.get("projectRoot") or ""
    mutants = [(os.path.join(project_root, path), file["source"], m)
               for path, file in report["files"].items() for m in file["mutants"] if m["status"] == args.status]
    if args.sample:
        random.seed(args.seed)
        mutants = random.sample(mutants, min(args.sample, len(mutants)))

    test_dir = os.path.abspath(args.test_project)
    name = os.path.basename(test_dir.rstrip("/"))
    counts = {}
    for path, source, mutant in mutants:
        # The report's paths are those of the tree it was made in: take the part from src/ on.
        relative = path[path.index("src/"):] if "src/" in path else path
        target = os.path.join(root, relative)
        with open(target, encoding="utf-8") as f:
            original = f.read()
        if original != source:
            verdict = "skipped: the file differs from the report's"
        else:
            with open(target, "w", encoding="utf-8") as f:
                f.write(mutated_text(source, mutant))
            try:
                build = subprocess.run(["dotnet", "build", test_dir, "-v", "q", "-p:LIANLUO_MUTATION=1"], capture_output=True, text=True)
                if build.returncode != 0:
                    verdict = "does not compile"
                else:
                    started = time.time()
                    try:
                        run = subprocess.run([os.path.join(test_dir, "bin", "Debug", "net10.0", name)], capture_output=True,
                                             text=True, timeout=args.limit, cwd=root)
                        verdict = ("passes" if run.returncode == 0 else "fails") + f" ({time.time() - started:.0f} s)"
                    except subprocess.TimeoutExpired:
                        verdict = f"hangs (> {args.limit} s)"
                        subprocess.run(["pkill", "-f", os.path.join(test_dir, "bin")])
            finally:
                with open(target, "w", encoding="utf-8") as f:
                    f.write(original)
        counts[verdict.split(" (")[0]] = counts.get(verdict.split(" (")[0], 0) + 1
        line = mutant["location"]["start"]["line"]
        print(f"{relative}:{line}  {mutant['mutatorName']}  {mutant['replacement'][:40]!r}  {verdict}", flush=True)
    print(", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
