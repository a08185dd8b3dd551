#!/usr/bin/env bash
# Reproducible build check (decision 0027): builds the published modules twice from clean, in two
# separate directories, and compares every jar (classes, sources, javadoc, the mock's server jar)
# and every SBOM byte for byte. Exits non-zero if any differs.
# Maven runs in online mode, as `mvn -B verify` does: the CycloneDX goal skips itself offline
# (MVN_OFFLINE=-o forces offline; then no SBOMs are built); never installs anything.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/target/reproducible"
modules=wallet-sdk-bom,wallet-sdk-api,wallet-sdk-crypto,wallet-sdk-core,wallet-sdk-mock,wallet-sdk-micrometer,wallet-sdk-opentelemetry,wallet-sdk-spring-boot-starter

scripts/copy-worktree.sh "$work/one"
scripts/copy-worktree.sh "$work/two"
for build in one two; do
  echo "Building $work/$build"
  (cd "$work/$build" && mvn -B ${MVN_OFFLINE-} -q -DskipTests -Dspotless.check.skip=true \
    -Djapicmp.skip=true package -pl "$modules")
done

cd "$work/one"
mapfile -t artifacts < <(find . -maxdepth 3 -path '*/target/*' \
  \( -name '*.jar' -o -name '*-cyclonedx.json' -o -name '*-cyclonedx.xml' \) | sort)
[[ ${#artifacts[@]} -gt 0 ]] || { echo "no artifacts built" >&2; exit 1; }
same=0
differ=0
for a in "${artifacts[@]}"; do
  if cmp -s "$a" "$work/two/$a"; then
    same=$((same + 1))
    echo "identical  $(sha256sum "$a" | cut -c1-16)  ${a#./}"
  else
    differ=$((differ + 1))
    echo "DIFFERENT                    ${a#./}"
  fi
done
echo "Reproducible build: $same identical, $differ different, of ${#artifacts[@]} artifacts"
[[ $differ -eq 0 ]]
