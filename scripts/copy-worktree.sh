#!/usr/bin/env bash
# Copies this checkout's source tree (tracked files and new files git does not ignore, as they
# are now, not as committed) into the empty directory $1. Used by the check scripts, which build
# in a copy so that they never touch the working tree's own target directories.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=$1
rm -rf "$dest" && mkdir -p "$dest"
git ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' f; do [[ -e "$f" ]] && printf '%s\0' "$f"; done \
  | tar --null -T - -cf - | tar -xf - -C "$dest"
