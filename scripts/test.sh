#!/usr/bin/env bash
# Runs every test of TeamsCadenceBot.sln on a machine that has only the .NET SDK and Node.js 20 or later:
# restores NuGet packages, installs the pinned Node tools when missing or stale, builds, starts a private Azurite
# on free loopback ports (so it never meets another one), runs the tests against it, stops what it started,
# prints the totals as "N passed, N failed" on a line of their own, and exits non-zero on any failure.
#
# CADENCE_TEST_RESULTS=<dir> keeps the .trx files in a new folder inside <dir>; by default they go to a temporary
# folder that is removed on exit.
# Extra arguments go to `dotnet test`, for example: scripts/test.sh --filter "FullyQualifiedName~Cards"
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# A test that runs this long is stuck: its test host is killed and the test counts as failed.
HANG_TIMEOUT="15m"

totals_printed=false

print_totals() {
  printf '%s passed, %s failed\n' "$1" "$2"
  totals_printed=true
}

# Whatever stops the run early (install, Azurite, an interrupt) still ends with a totals line that fails.
on_exit() {
  local code=$?
  if [[ "$code" != 0 && "$totals_printed" != true ]]; then
    print_totals 0 1
  fi
  cadence_cleanup "$code"
}

trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The projects in the solution that hold tests; each must leave one .trx file.
test_projects() {
  local project
  grep -o '"[^"]*\.csproj"' "$CADENCE_SOLUTION" | tr -d '"' | tr '\\' '/' | while read -r project; do
    if grep -qE '<IsTestProject>true</IsTestProject>|"Microsoft\.NET\.Test\.Sdk"' "$CADENCE_ROOT/$project"; then
      printf '%s\n' "$project"
    fi
  done
}

counter() {
  local value
  value="$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2")"
  printf '%s' "${value:-0}"
}

cadence_check_prerequisites
cadence_make_tmp
if [[ -n "${CADENCE_TEST_RESULTS:-}" ]]; then
  # A new folder each run, so that reports of earlier runs are never counted again.
  mkdir -p "$CADENCE_TEST_RESULTS"
  results="$(mktemp -d "$CADENCE_TEST_RESULTS/run.XXXXXX")"
  cadence_say "Test reports go to $results"
else
  results="$CADENCE_TMP/results"
  mkdir -p "$results"
fi

cadence_install

cadence_say "Building the solution..."
if ! cadence_run "$CADENCE_ROOT" dotnet build "$CADENCE_SOLUTION" --no-restore --disable-build-servers \
  --verbosity minimal -nologo; then
  cadence_say "error: the build failed, so no test ran"
  print_totals 0 1
  exit 1
fi

cadence_start_azurite free
export CADENCE_TEST_STORAGE="$CADENCE_STORAGE"

cadence_say "Running the tests..."
test_code=0
cadence_run "$CADENCE_ROOT" dotnet test "$CADENCE_SOLUTION" --no-build --nologo \
  --logger trx --results-directory "$results" \
  --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none "$@" || test_code=$?

passed=0
failed=0
reports=0
for report in "$results"/*.trx; do
  [[ -e "$report" ]] || continue
  reports=$((reports + 1))
  counters="$(grep -o '<Counters [^>]*>' "$report" || true)"
  passed=$((passed + $(counter passed "$counters")))
  for outcome in failed error timeout aborted; do
    failed=$((failed + $(counter "$outcome" "$counters")))
  done
done

expected_reports="$(test_projects | wc -l | tr -d ' ')"
if (( reports < expected_reports )); then
  # A test host that crashed or was killed leaves no report: count each missing project as one failure.
  cadence_say "error: $((expected_reports - reports)) of $expected_reports test projects left no results"
  failed=$((failed + expected_reports - reports))
fi

if (( test_code != 0 && failed == 0 )); then
  cadence_say "error: dotnet test exited with $test_code although no test failed"
  failed=1
fi

print_totals "$passed" "$failed"
if (( failed > 0 )); then
  exit 1
fi
