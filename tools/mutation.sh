#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a local tool: `dotnet tool restore`), one namespace (folder) at a time, and a table
# of the scores at the end.
#
#   tools/mutation.sh                      every namespace of LianLuo.Domain, then the ledger package
#   tools/mutation.sh Calendars Deadlines  only these ("Ledger" is the whole LianLuo.Domain.Ledger package)
#   tools/mutation.sh Calendars/DayNumbers.cs Evaluation/UnitEvaluator.cs
#                                          only these files of LianLuo.Domain (scored under their namespace)
#   tools/mutation.sh --table [NAME…]      only print the table of the reports already in $STRYKER_OUT
#
# Environment:
#   STRYKER_CONCURRENCY  test sessions at once (default 1)
#   STRYKER_OUT          where the reports go (default artifacts/mutation)
#   STRYKER_TOGETHER=1   mutate everything listed of LianLuo.Domain in one Stryker session (one build, one coverage
#                        capture) and split its report by namespace: it saves the set-up of every session after the
#                        first, which here is the larger part of a small run
#   STRYKER_ARGS         more options for Stryker, e.g. --disable-bail to record every test that kills a mutant
#   STRYKER_TESTS        the test folders of tests/LianLuo.Domain.Tests to compile for a session, e.g. "Numbers;Reporting"
#                        ("all": every test); default: the folders listed for the namespace in tests_for below
# Slow: the set-up alone (build, first test run, compiling the mutants, per-test coverage of ~900 tests) takes 30 min or
# more on 2 shared cores; run it under `nice -n 19`. Not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Every build of this run (ours and Stryker's) defines LIANLUO_MUTATION: FsCheck properties without a MaxTest of their own
# then try 25 cases instead of 100 (tests/Shared/MutationRunBudget.cs), which keeps the per-test coverage capture of the
# slow properties within Stryker's time-out on two cores.
export LIANLUO_MUTATION=1

domain=(Internal Numbers Model Calendars Deadlines Timeliness Lifecycle Classification Satisfaction Aggregation Evaluation Reporting
        Serialization DependencyInjection)
all=("${domain[@]}" Ledger)
table_only=false
if [ "${1:-}" = "--table" ]; then table_only=true; shift; fi
if [ $# -gt 0 ]; then wanted=("$@"); else wanted=("${all[@]}"); fi
for name in "${wanted[@]}"; do
  if [ "$name" != Ledger ] && [ ! -e "src/LianLuo.Domain/$name" ]; then
    echo "unknown namespace or file '$name'; namespaces: ${all[*]}" >&2; exit 2
  fi
done

# The test folders a namespace is measured with (the test project is built with -p:MutationTests=…, which compiles only
# them and Arbitraries): its own folder, plus the folders of the namespaces above it whose tests state its rules. Fewer
# tests make the set-up (per-test coverage capture) shorter and leave fewer tests "Dubious".
tests_for() {
  # The JSON documents moved into Serialization (issue 15) while their tests stayed beside the rules they write: one file
  # is measured with the folder that tests it; the whole namespace with all of them.
  case "$1" in
    Serialization/EvaluationSchemeJson.cs | Serialization/EvaluationResultJson.cs) echo "Evaluation"; return ;;
    Serialization/DeadlinePolicyJson.cs)                                          echo "Deadlines"; return ;;
    Serialization/AnnualReportJson.cs | Serialization/ReportTallyJson.cs)         echo "Reporting"; return ;;
    Serialization/*)                                                              echo "Serialization"; return ;;
  esac
  case "${1%%/*}" in
    Internal)            echo "Internal;Serialization" ;;  # its own tests, and the JSON readers' (all four readers are in Serialization)
    Numbers)             echo "Numbers" ;;
    Model)               echo "Model;Deadlines;Evaluation" ;;
    Calendars)           echo "Calendars" ;;
    Deadlines)           echo "Deadlines" ;;
    Timeliness)          echo "Timeliness;Deadlines;Evaluation;Model;Reporting" ;;  # separate handling: Model, Reporting
    Lifecycle)           echo "Model;Reporting;Serialization" ;;               # its tests are in Model (ItemLifecycle*)
    Classification)      echo "Classification;Model;Evaluation" ;;
    Satisfaction)        echo "Satisfaction;Aggregation;Evaluation" ;;
    Aggregation)         echo "Aggregation;Evaluation;Reporting" ;;  # ItemFingerprint is tested through the report tally
    Evaluation)          echo "Evaluation" ;;
    Reporting)           echo "Reporting" ;;
    Serialization)       echo "Serialization;Evaluation;Deadlines;Reporting" ;;
    DependencyInjection) echo "DependencyInjection" ;;
    *)                   echo "all" ;;
  esac
}

concurrency=${STRYKER_CONCURRENCY:-1}
out=${STRYKER_OUT:-$root/artifacts/mutation}
mkdir -p "$out"

# One Stryker session: $1 names its folder under $out, the rest are the namespaces or files it mutates.
session() {
  local label=$1 project test_project folders=all one
  shift
  local mutate=()
  if [ "$1" = Ledger ]; then
    project=LianLuo.Domain.Ledger.csproj
    test_project=$root/tests/LianLuo.Domain.Ledger.Tests/LianLuo.Domain.Ledger.Tests.csproj
    mutate=(--mutate '**/*.cs')
  else
    project=LianLuo.Domain.csproj
    test_project=$root/tests/LianLuo.Domain.Tests/LianLuo.Domain.Tests.csproj
    folders=""
    for name in "$@"; do
      if [ -d "src/LianLuo.Domain/$name" ]; then mutate+=(--mutate "**/$name/**/*.cs")
      else mutate+=(--mutate "**/$name"); fi
      one=$(tests_for "$name")
      if [ "$one" = all ] || [ "$folders" = all ]; then folders=all; else folders="${folders:+$folders;}$one"; fi
    done
    folders=${STRYKER_TESTS:-$folders}
    # Each folder once (a file compiled twice is an error), with the folders whose helpers it uses: the Cli tests use
    # one of the Serialization tests and one of the Evaluation tests, the Aggregation and Satisfaction tests
    # Classification's TestItems.
    case ";$folders;" in *";Cli;"*) folders="$folders;Serialization;Evaluation" ;; esac
    case ";$folders;" in *";Aggregation;"* | *";Satisfaction;"*) folders="$folders;Classification" ;; esac
    folders=$(tr ';' '\n' <<<"$folders" | awk 'NF && !seen[$0]++' | paste -sd ';')
  fi
  # MSBuild reads the environment as properties: every build of the session (ours, Stryker's) sees MutationTests.
  if [ "$project" = LianLuo.Domain.csproj ] && [ "$folders" != all ]; then export MutationTests=$folders
  else unset MutationTests; fi
  local dir=$out/$label
  rm -rf "$dir"
  mkdir -p "$dir"
  echo "== $*: $(date -u +%H:%M) Stryker on $project, tests: ${MutationTests:-all} (log: $dir/stryker.log)"
  # Stryker's project analysis needs built projects ("Could not find build environment" otherwise, on a fresh tree).
  dotnet build "$test_project" >"$dir/build.log" 2>&1 || { echo "   build failed; see $dir/build.log"; return; }
  # Every mutant in a test run of its own ("disable-mix-mutants", a config-file setting only): when Stryker 5.1's MTP
  # runner tests several mutants in one run, it reported as killed mutants that no test can kill (Numbers on 2026-11-30:
  # 98.8 % mixed, 86.6 % unmixed, the difference all equivalent mutants of StandardNormal and WilsonInterval; one of them,
  # applied by hand, passes every test). Unmixed, this Numbers session took 2.5 min for its 247 mutants instead of 1.7.
  printf '{ "stryker-config": { "disable-mix-mutants": true } }\n' >"$dir/stryker-config.json"
  # --test-runner mtp: the tests run on Microsoft.Testing.Platform (xunit.v3), as `dotnet test` does here.
  # Under heavy load Stryker's project analysis can fail with "Could not find build environment" (its probe of the SDK
  # gives up); that failure costs two minutes, so it is simply tried again, up to three times in all.
  local try
  for try in 1 2 3; do
    # shellcheck disable=SC2086 # STRYKER_ARGS is a list of options.
    if (cd "$(dirname "$test_project")" && dotnet stryker \
        --config-file "$dir/stryker-config.json" \
        --test-runner mtp \
        --project "$project" \
        --test-project "$test_project" \
        "${mutate[@]}" \
        --concurrency "$concurrency" \
        --reporter json --reporter html --reporter progress \
        --output "$dir" \
        --skip-version-check ${STRYKER_ARGS:-}) >"$dir/stryker.log" 2>&1; then
      break
    fi
    if [ "$try" = 3 ] || ! grep -q "Could not find build environment" "$dir/stryker.log"; then
      echo "   Stryker failed; see $dir/stryker.log"
      break
    fi
    echo "   Stryker could not analyse the projects (try $try of 3); trying again"
  done
  echo "   $(date -u +%H:%M) done"
  unset MutationTests
}

if ! $table_only; then
  dotnet tool restore >/dev/null
  if [ "${STRYKER_TOGETHER:-0}" = 1 ]; then
    together=()
    for name in "${wanted[@]}"; do [ "$name" = Ledger ] || together+=("$name"); done
    if [ ${#together[@]} -gt 0 ]; then session together "${together[@]}"; fi
    for name in "${wanted[@]}"; do [ "$name" != Ledger ] || session Ledger Ledger; done
  else
    for name in "${wanted[@]}"; do session "${name//\//_}" "$name"; done
  fi
fi

# The score as Stryker counts it: detected (killed, timeout) over valid mutants (detected, survived, no coverage);
# compile errors and ignored mutants do not count. A row counts the mutants of the files in its folder (or the file).
# "strict" also counts as survived every mutant killed only by tests Stryker marked "Dubious" (their per-test coverage
# capture timed out, which happens on a loaded machine): those tests then run against every mutant, and some of them fail
# under every mutant whatever it changes (with Stryker 5.1's MTP runner), so their kills are not evidence.
python3 - "$out" "${wanted[@]}" <<'PY'
import json, os, re, sys
from collections import Counter
out, names = sys.argv[1], sys.argv[2:]
def dubious_of(folder):
    log = os.path.join(out, folder, "stryker.log")
    if not os.path.exists(log):
        return set()
    with open(log, encoding="utf-8", errors="replace") as f:
        return set(re.findall(r"(?:for test|per-test coverage for) ([0-9a-f]{16,})", f.read()))
def counts_for(name):
    for folder in (name.replace("/", "_"), "together"):
        report = os.path.join(out, folder, "reports", "mutation-report.json")
        if not os.path.exists(report):
            continue
        dubious = dubious_of(folder)
        marker = "LianLuo.Domain.Ledger" if name == "Ledger" else f"LianLuo.Domain/{name}"
        counts = Counter()
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
        for path, file in data["files"].items():
            # Keys are full paths, or paths relative to the report's projectRoot.
            path = os.path.join(data.get("projectRoot") or "", path).replace("\\", "/")
            if marker + ("" if name.endswith(".cs") else "/") in path:
                for m in file["mutants"]:
                    counts[m["status"]] += 1
                    if m["status"] == "Killed" and dubious and set(m.get("killedBy") or []) <= dubious:
                        counts["DubiousOnly"] += 1
        if counts:
            return counts
    return None
print()
print(f"{'namespace or file':<32} {'score':>7} {'strict':>7} {'killed':>7} {'dubious':>7} {'timeout':>7} {'survived':>8} {'no cov.':>7} {'not run':>7}")
for name in names:
    counts = counts_for(name)
    if counts is None:
        print(f"{name:<32} {'no report':>9}")
        continue
    detected = counts["Killed"] + counts["Timeout"]
    valid = detected + counts["Survived"] + counts["NoCoverage"]
    score = f"{100 * detected / valid:.1f} %" if valid else "n/a"
    strict = f"{100 * (detected - counts['DubiousOnly']) / valid:.1f} %" if valid else "n/a"
    other = sum(v for k, v in counts.items() if k not in ("Killed", "Timeout", "Survived", "NoCoverage", "DubiousOnly"))
    print(f"{name:<32} {score:>7} {strict:>7} {counts['Killed']:>7} {counts['DubiousOnly']:>7} {counts['Timeout']:>7} "
          f"{counts['Survived']:>8} {counts['NoCoverage']:>7} {other:>7}")
PY
