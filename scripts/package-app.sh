#!/usr/bin/env bash
# Builds the installable Teams app package (manifest.json, color.png, outline.png) into manifest/build/.
#
#   scripts/package-app.sh [--env-file FILE] [--out DIR]
#
# Settings come from the environment, else from FILE (default manifest/app.env when it exists);
# manifest/app.env.example lists them. The manifest is validated offline against the schema
# bundled in @microsoft/app-manifest before anything is zipped. Prints the zip's path.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v node >/dev/null 2>&1; then
  echo "package-app: node is needed (Node.js 20 or later)" >&2
  exit 1
fi

# The validator is one of the pinned Node tools; install them once on a fresh machine.
if [[ ! -d "$root/tools/node_modules/@microsoft/app-manifest" ]]; then
  echo "package-app: installing the pinned Node tools (npm ci in tools/)" >&2
  npm ci --prefix "$root/tools" --no-audit --no-fund >&2
fi

exec node "$root/manifest/pack/build-package.mjs" "$@"
