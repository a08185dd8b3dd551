#!/usr/bin/env bash
# API compatibility gate check (decision 0027): in a copy of the tree, `mvn verify` of
# wallet-sdk-api passes unchanged, and fails once a public method (Money.abs()) is removed,
# with japicmp naming the removed method. Exits non-zero if either outcome is not the expected one.
# Offline once plugins are resolved (MVN_OFFLINE= allows downloads); never installs anything.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/target/api-gate-check"
module=wallet-sdk-api
file=$module/src/main/java/dev/walletsdk/model/Money.java

gate() { # runs the module's verify (tests and the other gates skipped) with japicmp's report
  (cd "$work" && mvn -B ${MVN_OFFLINE--o} -Dmaven.test.skip=true -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true -Dspotless.check.skip=true -Dcyclonedx.skip=true verify -pl "$module")
}

scripts/copy-worktree.sh "$work"
echo "1. Unchanged tree: mvn verify -pl $module must pass the API gate"
if gate > "$work/unchanged.log" 2>&1; then
  grep -E "japicmp|BUILD" "$work/unchanged.log" | sed 's/^/   /'
else
  tail -30 "$work/unchanged.log" >&2
  echo "API gate check: FAILED (the unchanged tree does not pass)" >&2
  exit 1
fi

echo "2. Deliberate break: public method Money.abs() removed"
perl -0pi -e 's/\n  \/\*\*\n   \* Returns the amount without its sign\.\n.*?\*\/\n  public Money abs\(\) \{\n.*?\n  \}\n//s' \
  "$work/$file"
if grep -q "public Money abs()" "$work/$file"; then
  echo "API gate check: could not remove Money.abs() from $file" >&2
  exit 1
fi
if gate > "$work/broken.log" 2>&1; then
  echo "API gate check: FAILED (removing a public method did not fail the build)" >&2
  exit 1
fi
if ! grep -q "Compilation failure" "$work/broken.log" \
  && grep -qE "japicmp.*(METHOD_REMOVED|incompatib)" "$work/broken.log"; then
  grep -E "ERROR.*japicmp|METHOD_REMOVED|BUILD FAILURE" "$work/broken.log" | head -5 | sed 's/^/   /'
  echo "API gate check: passed (unchanged tree passes, removed public method fails the build)"
else
  tail -30 "$work/broken.log" >&2
  echo "API gate check: FAILED (the build failed, but not on the API gate)" >&2
  exit 1
fi
