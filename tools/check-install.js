#!/usr/bin/env node
// Tells whether tools/node_modules holds exactly what tools/package-lock.json pins, without changing anything.
// Exit 0: up to date. Exit 1: missing or stale (the reason on stderr), so scripts/lib.sh runs `npm ci`.
"use strict";

const fs = require("fs");
const path = require("path");

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function findProblem() {
  if (!fs.existsSync(path.join(__dirname, "node_modules"))) {
    return "tools/node_modules is not installed yet";
  }

  const lock = readJson(path.join(__dirname, "package-lock.json"));
  if (!lock || !lock.packages) {
    return "tools/package-lock.json is missing or unreadable";
  }

  for (const [location, pinned] of Object.entries(lock.packages)) {
    // The root entry is this folder itself; optional packages (for other platforms) may rightly be absent.
    if (location === "" || pinned.optional || pinned.link) {
      continue;
    }

    const installed = readJson(path.join(__dirname, location, "package.json"));
    if (!installed) {
      return `tools/node_modules is out of date: ${location} is not installed`;
    }

    if (pinned.version && installed.version !== pinned.version) {
      return `tools/node_modules is out of date: ${location} is ${installed.version}, ` +
        `the lock file pins ${pinned.version}`;
    }
  }

  return undefined;
}

const problem = findProblem();
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
