#!/usr/bin/env bash
# Runs a scenario of benchmarks/TeamsCadenceBot.Benchmarks (Release build) against an Azurite of its own on free
# loopback ports (in memory, --silent; for fanout and all, its table and queue services as two processes), prints
# the report and writes it to benchmarks/results/<scenario>.md.
#
# usage: scripts/bench.sh <turns|fanout|sweep|micro|azurite|import|review|all> [--name value ...]
# The options after the scenario go to the benchmark program; run it with --help to list them.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

trap cadence_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

scenario="${1:-}"
case "$scenario" in
  turns | fanout | sweep | micro | azurite | import | review | all) shift ;;
  *)
    cadence_say "usage: scripts/bench.sh <turns|fanout|sweep|micro|azurite|import|review|all> [--name value ...]"
    exit 2
    ;;
esac

cadence_check_prerequisites
cadence_make_tmp
cadence_install

cadence_say "Building the benchmarks and the service in Release..."
cadence_run "$CADENCE_ROOT" dotnet build "$CADENCE_ROOT/benchmarks/TeamsCadenceBot.Benchmarks" -c Release --no-restore \
  --disable-build-servers --verbosity minimal -nologo || cadence_die "the build failed"

# The fan-out (alone or in `all`) runs Azurite's table and queue services as two processes, as Azure runs them
# apart (see lib.sh).
if [[ "$scenario" == fanout || "$scenario" == all ]]; then
  cadence_start_azurite_split
else
  cadence_start_azurite free
fi
export CADENCE_BENCH_STORAGE="$CADENCE_STORAGE"
export CADENCE_BENCH_COMMAND="scripts/bench.sh $scenario${*:+ $*}"

results="$CADENCE_ROOT/benchmarks/results"
mkdir -p "$results"
cadence_say "Load before the run: $(uptime)"
cadence_run "$CADENCE_ROOT" dotnet run -c Release --no-build --project "$CADENCE_ROOT/benchmarks/TeamsCadenceBot.Benchmarks" \
  -- "$scenario" --results-dir "$results" "$@"
