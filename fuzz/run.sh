#!/usr/bin/env bash
# Fuzzes one reader with AFL++ for a bounded time and reports what it found.
#   fuzz/run.sh TARGET SECONDS
# Targets: items-csv activities-csv scheme-json calendar-json policy-json notice-text items-json workbook
# Needs AFL++ (Debian: apt-get install -y afl++) and the local tool SharpFuzz.CommandLine (dotnet tool restore).
# Output under fuzz/out/TARGET (ignored by git): AFL's findings, the log, and summary.txt. Crashing inputs are
# replayed and printed with their stack traces. Exit status: 0 clean, 1 crashes or hangs found, 2 usage/setup error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${1:-}; seconds=${2:-}
if [ -z "$target" ] || [ -z "$seconds" ]; then
  echo "usage: fuzz/run.sh TARGET SECONDS" >&2; exit 2
fi
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }

out=${FUZZ_OUT:-fuzz/out}
bin=$out/bin
plain=$out/plain
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Build and instrument once; concurrent runs wait for the first to finish (flock). FUZZ_REBUILD=1 forces it.
mkdir -p "$out"
(
  flock 9
  if [ "${FUZZ_REBUILD:-0}" = 1 ] || [ ! -f "$bin/.instrumented" ]; then
    rm -rf "$bin"
    dotnet tool restore >/dev/null
    rm -rf "$plain"
    dotnet build fuzz/LianLuo.Fuzz/LianLuo.Fuzz.csproj -c Release -o "$bin" -p:TreatWarningsAsErrors=true >"$out/build.log" 2>&1 \
      || { tail -n 30 "$out/build.log" >&2; exit 2; }
    # An uninstrumented copy writes the seeds and replays the findings (instrumented code needs AFL's shared memory).
    cp -r "$bin" "$plain"
    for dll in LianLuo.Domain LianLuo.Domain.Ledger LianLuo.Domain.Office; do
      dotnet sharpfuzz "$bin/$dll.dll" >/dev/null
    done
    touch "$bin/.instrumented"
  fi
) 9>"$out/.lock"

dir=$out/$target
rm -rf "$dir"; mkdir -p "$dir"
dotnet "$plain/LianLuo.Fuzz.dll" "$target" --seeds "$root" "$dir/seeds" >/dev/null || { echo "unknown target $target" >&2; exit 2; }

# AFL++ talks to SharpFuzz's fork-server emulation in the .NET process; the dotnet host itself is not instrumented.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# A dictionary of edge values (fuzz/tokens/KIND.txt) and the seeds' member names or column headers.
case $target in
  *-json) kind=json ;;
  *-csv) kind=csv ;;
  notice-text) kind=notice ;;
  *) kind= ;;
esac
dict=()
if [ -n "$kind" ]; then
  python3 fuzz/dictionary.py "$kind" "$dir/seeds" "$dir/tokens.dict" && dict=(-x "$dir/tokens.dict")
fi
started=$(date +%s)
# Per-input time limit in ms ("+": a seed that times out is skipped, not fatal). The workbook reader's first input JITs
# the Open XML SDK, which takes seconds on a loaded machine.
case $target in
  workbook) limit=30000+ ;;
  *) limit=5000+ ;;
esac
afl-fuzz -i "$dir/seeds" -o "$dir/findings" -V "$seconds" -t "$limit" -m none "${dict[@]}" \
  -- dotnet "$bin/LianLuo.Fuzz.dll" "$target" >"$dir/afl.log" 2>&1 || true
elapsed=$(( $(date +%s) - started ))

stats=$dir/findings/default/fuzzer_stats
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats" 2>/dev/null; }
if [ ! -f "$stats" ]; then
  echo "AFL++ did not start for $target; the end of its log:" >&2
  tail -n 30 "$dir/afl.log" >&2
  exit 2
fi
execs=$(stat execs_done); crashes=$(stat saved_crashes); hangs=$(stat saved_hangs); paths=$(stat corpus_count)
crashes=${crashes:-0}; hangs=${hangs:-0}

{
  echo "target=$target seconds=$elapsed execs=$execs corpus=$paths crashes=$crashes hangs=$hangs"
  shopt -s nullglob
  found=("$dir"/findings/default/crashes/id:* "$dir"/findings/default/hangs/id:*)
  if [ "${#found[@]}" -gt 0 ]; then
    echo "-- replaying ${#found[@]} saved crash/hang inputs:"
    timeout 600 dotnet "$plain/LianLuo.Fuzz.dll" "$target" --replay "${found[@]}" || true
  fi
} | tee "$dir/summary.txt"

[ "$crashes" = 0 ] && [ "$hangs" = 0 ]
