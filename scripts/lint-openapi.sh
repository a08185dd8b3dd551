#!/usr/bin/env bash
# Lints docs/openapi.yaml with Redocly CLI (rules in redocly.yaml); fails on any error.
# Needs Node.js with npx; the CLI version is pinned so that every run applies the same rules.
set -euo pipefail
cd "$(dirname "$0")/.."

REDOCLY_CLI_VERSION="2.77.0"

if ! command -v npx >/dev/null 2>&1; then
  echo "lint-openapi: npx not found; install Node.js to lint docs/openapi.yaml" >&2
  exit 2
fi
npx --yes "@redocly/cli@${REDOCLY_CLI_VERSION}" lint --config redocly.yaml docs/openapi.yaml
