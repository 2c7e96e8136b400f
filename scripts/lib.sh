# shellcheck shell=bash
# Shared by scripts/test.sh and scripts/run.sh (sourced, never run): checks the machine, installs what the
# repository needs, starts local processes in their own process groups and stops them all on exit.
#
# A caller sets its traps first:
#   trap cadence_cleanup EXIT
#   trap 'exit 130' INT
#   trap 'exit 143' TERM
# and then runs long commands through cadence_run, so that Ctrl-C or a TERM is acted on at once (bash defers a
# trap while a foreground command runs, but not while it waits for a background one).

CADENCE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CADENCE_TOOLS="$CADENCE_ROOT/tools"
CADENCE_SOLUTION="$CADENCE_ROOT/TeamsCadenceBot.sln"
# The emulator's fixed development account, the same in every Azurite and documented with it.
CADENCE_AZURITE_ACCOUNT="devstoreaccount1"
CADENCE_AZURITE_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
CADENCE_AZURITE_TIMEOUT=30

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

# Process group ids of what this script started, oldest first; cadence_cleanup stops them newest first.
CADENCE_GROUPS=()
CADENCE_TMP=""

cadence_say() {
  printf '%s\n' "$*" >&2
}

cadence_die() {
  cadence_say "error: $*"
  exit 1
}

cadence_check_prerequisites() {
  command -v dotnet >/dev/null 2>&1 || cadence_die "the .NET SDK is needed: 'dotnet' is not on PATH"
  command -v node >/dev/null 2>&1 || cadence_die "Node.js 20 or later is needed: 'node' is not on PATH"
  command -v npm >/dev/null 2>&1 || cadence_die "npm is needed: 'npm' is not on PATH"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if (( major < 20 )); then
    cadence_die "Node.js 20 or later is needed, found $(node --version)"
  fi
}

# A private temporary folder for logs and emulator files, removed by cadence_cleanup.
cadence_make_tmp() {
  CADENCE_TMP="$(mktemp -d "${TMPDIR:-/tmp}/cadence.XXXXXX")"
}

# Usage: cadence_spawn LOG DIR COMMAND...
# Starts COMMAND in DIR in a process group of its own, so that stopping it also stops whatever it started
# (dotnet run starts the service as a child; npm tools may start helpers). Output goes to LOG unless it is "-".
# Sets CADENCE_LAST_PID, which is also the group id.
cadence_spawn() {
  local log="$1" dir="$2"
  shift 2
  # Job control gives the background job its own process group; it is switched off again at once so that
  # commands run in the foreground stay in the script's group and see Ctrl-C with it.
  set -m
  if [[ "$log" == "-" ]]; then
    (cd "$dir" && exec "$@") </dev/null &
  else
    (cd "$dir" && exec "$@") </dev/null >"$log" 2>&1 &
  fi
  CADENCE_LAST_PID=$!
  set +m
  CADENCE_GROUPS+=("$CADENCE_LAST_PID")
}

# Usage: cadence_run DIR COMMAND...
# Runs COMMAND in DIR to completion as its own process group and returns its exit code; cadence_cleanup stops
# it if the script is interrupted meanwhile.
cadence_run() {
  cadence_spawn - "$@"
  local pid="$CADENCE_LAST_PID" code=0
  wait "$pid" || code=$?
  cadence_forget "$pid"
  return "$code"
}

cadence_forget() {
  local kept=() group
  for group in ${CADENCE_GROUPS[@]+"${CADENCE_GROUPS[@]}"}; do
    [[ "$group" == "$1" ]] || kept+=("$group")
  done
  CADENCE_GROUPS=("${kept[@]+"${kept[@]}"}")
}

cadence_group_alive() {
  kill -0 -- "-$1" 2>/dev/null
}

# TERM to each group, newest first; whatever is left after 10 s gets KILL.
cadence_stop_all() {
  local i group waited
  for (( i = ${#CADENCE_GROUPS[@]} - 1; i >= 0; i-- )); do
    group="${CADENCE_GROUPS[i]}"
    cadence_group_alive "$group" || continue
    kill -TERM -- "-$group" 2>/dev/null || true
    for (( waited = 0; waited < 100; waited++ )); do
      cadence_group_alive "$group" || break
      sleep 0.1
    done
    if cadence_group_alive "$group"; then
      cadence_say "process group $group did not stop within 10 s; killing it"
      kill -KILL -- "-$group" 2>/dev/null || true
    fi
    wait "$group" 2>/dev/null || true
  done
  CADENCE_GROUPS=()
}

# Usage: cadence_cleanup [EXIT_CODE] (default: the status of the command before it)
cadence_cleanup() {
  local code="${1:-$?}"
  trap - EXIT INT TERM
  cadence_stop_all
  if [[ -n "$CADENCE_TMP" && -d "$CADENCE_TMP" ]]; then
    rm -rf "$CADENCE_TMP"
  fi
  exit "$code"
}

cadence_restore() {
  cadence_say "Restoring NuGet packages..."
  cadence_run "$CADENCE_ROOT" dotnet restore "$CADENCE_SOLUTION" --disable-build-servers --verbosity quiet \
    || cadence_die "dotnet restore failed"
}

# npm ci when tools/node_modules is missing or differs from tools/package-lock.json (see tools/check-install.js).
cadence_install_node_tools() {
  if node "$CADENCE_TOOLS/check-install.js"; then
    return 0
  fi

  if [[ -L "$CADENCE_TOOLS/node_modules" ]]; then
    # A link points at an install that someone else owns and other checkouts share: npm ci would delete it.
    cadence_say "warning: tools/node_modules is a link to a shared install; update it where it lives"
    return 0
  fi

  cadence_say "Installing the pinned Node tools (npm ci in tools/)..."
  cadence_run "$CADENCE_TOOLS" npm ci --no-audit --no-fund --loglevel=error || cadence_die "npm ci failed"
  node "$CADENCE_TOOLS/check-install.js" || cadence_die "tools/node_modules is still out of date after npm ci"
}

cadence_install() {
  cadence_restore
  cadence_install_node_tools
}

# Prints N ports that were free on 127.0.0.1 a moment ago, one per line (the system picks them).
cadence_free_ports() {
  node -e '
    const net = require("net");
    const count = Number(process.argv[1]);
    const servers = [];
    const next = () => {
      if (servers.length === count) {
        console.log(servers.map((s) => s.address().port).join("\n"));
        servers.forEach((s) => s.close());
        return;
      }
      const server = net.createServer();
      server.listen(0, "127.0.0.1", () => { servers.push(server); next(); });
    };
    next();' "$1"
}

# Succeeds when PORT can be bound on HOST now (127.0.0.1, or 0.0.0.0 for every interface).
cadence_port_free() {
  node -e '
    const server = require("net").createServer();
    server.once("error", () => process.exit(1));
    server.listen(Number(process.argv[1]), process.argv[2], () => server.close(() => process.exit(0)));' "$1" "$2"
}

cadence_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits until every port accepts connections; fails when PID dies or TIMEOUT seconds pass.
# Usage: cadence_wait_for_ports NAME PID TIMEOUT LOG PORT...
cadence_wait_for_ports() {
  local name="$1" pid="$2" timeout="$3" log="$4"
  shift 4
  local deadline=$((SECONDS + timeout)) port
  for port in "$@"; do
    until cadence_port_open "$port"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        cadence_say "error: $name stopped before it listened on port $port"
        cadence_show_log "$log"
        return 1
      fi
      if (( SECONDS >= deadline )); then
        cadence_say "error: $name did not listen on port $port within $timeout s"
        cadence_show_log "$log"
        return 1
      fi
      sleep 0.2
    done
  done
}

cadence_show_log() {
  if [[ "$1" != "-" && -s "$1" ]]; then
    cadence_say "--- last lines of $1:"
    tail -n 30 "$1" >&2
  fi
}

# Starts the table service and the queue service of Azurite as two processes on free loopback ports (in memory),
# as Azure runs them apart: one service's pauses (Azurite's queue stops everything it serves while it collects
# the space of deleted messages, every minute) then do not hold up the other. Sets CADENCE_STORAGE.
cadence_start_azurite_split() {
  local bin="$CADENCE_TOOLS/node_modules/.bin" queue table
  [[ -x "$bin/azurite-table" && -x "$bin/azurite-queue" ]] || cadence_die "Azurite is not installed in $bin"
  read -r queue table <<<"$(cadence_free_ports 2 | tr '\n' ' ')"
  cadence_spawn "$CADENCE_TMP/azurite-queue.log" "$CADENCE_TMP" "$bin/azurite-queue" \
    --queueHost 127.0.0.1 --queuePort "$queue" --inMemoryPersistence --disableTelemetry --silent --skipApiVersionCheck
  local queue_pid="$CADENCE_LAST_PID"
  cadence_spawn "$CADENCE_TMP/azurite-table.log" "$CADENCE_TMP" "$bin/azurite-table" \
    --tableHost 127.0.0.1 --tablePort "$table" --inMemoryPersistence --disableTelemetry --silent --skipApiVersionCheck
  local table_pid="$CADENCE_LAST_PID"
  cadence_wait_for_ports "Azurite's queue service" "$queue_pid" "$CADENCE_AZURITE_TIMEOUT" "$CADENCE_TMP/azurite-queue.log" "$queue" \
    || cadence_die "Azurite's queue service did not start"
  cadence_wait_for_ports "Azurite's table service" "$table_pid" "$CADENCE_AZURITE_TIMEOUT" "$CADENCE_TMP/azurite-table.log" "$table" \
    || cadence_die "Azurite's table service did not start"
  CADENCE_STORAGE="DefaultEndpointsProtocol=http;AccountName=$CADENCE_AZURITE_ACCOUNT;AccountKey=$CADENCE_AZURITE_KEY"
  CADENCE_STORAGE+=";QueueEndpoint=http://127.0.0.1:$queue/$CADENCE_AZURITE_ACCOUNT"
  CADENCE_STORAGE+=";TableEndpoint=http://127.0.0.1:$table/$CADENCE_AZURITE_ACCOUNT;"
  cadence_say "Azurite's queue service is listening on 127.0.0.1:$queue, its table service on 127.0.0.1:$table."
}

# Starts Azurite on loopback, in memory, quiet. With "default" it takes the usual ports (10000-10002) when all
# three are free; otherwise, or with "free", ports nobody uses. Sets CADENCE_STORAGE (the connection string)
# and CADENCE_AZURITE_PID.
cadence_start_azurite() {
  local mode="${1:-free}" attempt blob queue table ports
  local azurite="$CADENCE_TOOLS/node_modules/.bin/azurite"
  [[ -x "$azurite" ]] || cadence_die "Azurite is not installed at $azurite"

  for attempt in 1 2 3; do
    if [[ "$mode" == "default" && "$attempt" == 1 ]] && cadence_port_free 10000 127.0.0.1 \
      && cadence_port_free 10001 127.0.0.1 && cadence_port_free 10002 127.0.0.1; then
      ports="10000 10001 10002"
    else
      ports="$(cadence_free_ports 3 | tr '\n' ' ')"
    fi
    read -r blob queue table <<<"$ports"

    cadence_spawn "$CADENCE_TMP/azurite.log" "$CADENCE_TMP" "$azurite" \
      --blobHost 127.0.0.1 --blobPort "$blob" \
      --queueHost 127.0.0.1 --queuePort "$queue" \
      --tableHost 127.0.0.1 --tablePort "$table" \
      --inMemoryPersistence --disableTelemetry --silent --skipApiVersionCheck
    CADENCE_AZURITE_PID="$CADENCE_LAST_PID"

    if cadence_wait_for_ports Azurite "$CADENCE_AZURITE_PID" "$CADENCE_AZURITE_TIMEOUT" \
      "$CADENCE_TMP/azurite.log" "$blob" "$queue" "$table"; then
      local endpoint="http://127.0.0.1"
      CADENCE_STORAGE="DefaultEndpointsProtocol=http;AccountName=$CADENCE_AZURITE_ACCOUNT"
      CADENCE_STORAGE+=";AccountKey=$CADENCE_AZURITE_KEY"
      CADENCE_STORAGE+=";BlobEndpoint=$endpoint:$blob/$CADENCE_AZURITE_ACCOUNT"
      CADENCE_STORAGE+=";QueueEndpoint=$endpoint:$queue/$CADENCE_AZURITE_ACCOUNT"
      CADENCE_STORAGE+=";TableEndpoint=$endpoint:$table/$CADENCE_AZURITE_ACCOUNT;"
      cadence_say "Azurite is listening on 127.0.0.1: blob $blob, queue $queue, table $table."
      return 0
    fi

    # Another process may have taken a port between the choice and the start: only then try new ports.
    if kill -0 "$CADENCE_AZURITE_PID" 2>/dev/null || ! grep -q EADDRINUSE "$CADENCE_TMP/azurite.log"; then
      cadence_die "Azurite did not start"
    fi
    cadence_forget "$CADENCE_AZURITE_PID"
    wait "$CADENCE_AZURITE_PID" 2>/dev/null || true
  done

  cadence_die "Azurite found no free ports in three attempts"
}
