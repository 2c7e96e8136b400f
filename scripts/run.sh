#!/usr/bin/env bash
# Runs the bot locally on a machine that has only the .NET SDK and Node.js 20 or later: restores NuGet packages,
# installs the pinned Node tools when missing or stale, starts Azurite (loopback, in memory, quiet), the service
# in the local-development setting on http://127.0.0.1:3978, and Microsoft 365 Agents Playground pointed at it,
# then prints the address to open. Ctrl-C stops all three.
#
# CADENCE_BOT_PORT (default 3978) and CADENCE_PLAYGROUND_PORT (default 56150) move the two ports.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

trap cadence_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

BOT_PORT="${CADENCE_BOT_PORT:-3978}"
PLAYGROUND_PORT="${CADENCE_PLAYGROUND_PORT:-56150}"
SERVICE_TIMEOUT=120
PLAYGROUND_TIMEOUT=60
PLAYGROUND="$CADENCE_TOOLS/node_modules/.bin/agentsplayground"

cadence_check_prerequisites
cadence_make_tmp

# Checked before anything starts: the Playground would quietly move to a random port, the service would fail late.
cadence_port_free "$BOT_PORT" 127.0.0.1 \
  || cadence_die "port $BOT_PORT is in use (another run?); stop it or set CADENCE_BOT_PORT"
cadence_port_free "$PLAYGROUND_PORT" 0.0.0.0 \
  || cadence_die "port $PLAYGROUND_PORT is in use (another Playground?); stop it or set CADENCE_PLAYGROUND_PORT"

cadence_install

cadence_say "Building the service..."
cadence_run "$CADENCE_ROOT" dotnet build "$CADENCE_ROOT/src/TeamsCadenceBot" --no-restore --disable-build-servers \
  --verbosity minimal -nologo || cadence_die "the build failed"

cadence_start_azurite default

cadence_say "Starting the service on http://127.0.0.1:$BOT_PORT (its log follows)..."
# The launch profile is skipped so that these settings, and nothing in Properties/launchSettings.json, decide.
cadence_spawn - "$CADENCE_ROOT" env \
  ASPNETCORE_ENVIRONMENT=Development \
  DOTNET_ENVIRONMENT=Development \
  ASPNETCORE_URLS="http://127.0.0.1:$BOT_PORT" \
  Storage__ConnectionString="$CADENCE_STORAGE" \
  Bot__Authentication__AllowUnauthenticatedLocalRequests=true \
  Bot__Credentials__Kind=None \
  Demo__Enabled=true \
  dotnet run --project "$CADENCE_ROOT/src/TeamsCadenceBot" --no-build --no-launch-profile
service_pid="$CADENCE_LAST_PID"
cadence_wait_for_ports "The service" "$service_pid" "$SERVICE_TIMEOUT" - "$BOT_PORT" \
  || exit 1

cadence_say "Starting Microsoft 365 Agents Playground on port $PLAYGROUND_PORT..."
# Started in the repository root so that a .m365agentsplayground.yml there, if any, configures it.
cadence_spawn "$CADENCE_TMP/playground.out" "$CADENCE_ROOT" env \
  BOT_ENDPOINT="http://127.0.0.1:$BOT_PORT/api/messages" \
  TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_LOGFILE="$CADENCE_TMP/playground.log" \
  "$PLAYGROUND" --disable-telemetry -p "$PLAYGROUND_PORT"
playground_pid="$CADENCE_LAST_PID"
cadence_wait_for_ports "Agents Playground" "$playground_pid" "$PLAYGROUND_TIMEOUT" "$CADENCE_TMP/playground.out" \
  "$PLAYGROUND_PORT" || exit 1

cat >&2 <<EOF

  Open http://localhost:$PLAYGROUND_PORT in a browser to talk to the bot.
  The service listens on http://127.0.0.1:$BOT_PORT/api/messages; Azurite logs and the Playground's
  log are in $CADENCE_TMP (removed on exit). Press Ctrl-C to stop everything.

EOF

# Stays up until Ctrl-C, or until one of the three stops on its own, which stops the others.
while true; do
  for watched in "Azurite:$CADENCE_AZURITE_PID" "The service:$service_pid" "Agents Playground:$playground_pid"; do
    if ! kill -0 "${watched##*:}" 2>/dev/null; then
      cadence_say "error: ${watched%%:*} stopped; stopping the rest"
      exit 1
    fi
  done
  sleep 1
done
