#!/usr/bin/env bash
# Fuzzes every reader in turn, SECONDS each, at the lowest priority, and prints one summary line per target.
#   fuzz/run-all.sh SECONDS
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: fuzz/run-all.sh SECONDS}
status=0
for target in items-csv activities-csv scheme-json calendar-json policy-json notice-text items-json workbook; do
  nice -n 19 bash fuzz/run.sh "$target" "$seconds" >/dev/null || status=1
  head -n 1 "${FUZZ_OUT:-fuzz/out}/$target/summary.txt" 2>/dev/null || { echo "$target: did not run"; status=1; }
done
exit $status
