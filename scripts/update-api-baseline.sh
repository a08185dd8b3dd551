#!/usr/bin/env bash
# Builds the API baseline of the compatibility gate (decision 0027) from a named commit and
# writes it to api-baseline/<version>/: one jar per published module, renamed
# <artifactId>-<version>.jar, and BASELINE.properties naming the commit and each jar's SHA-256.
#
#   scripts/update-api-baseline.sh <commit> [<version>]     default version: api.baseline.version
#   scripts/update-api-baseline.sh --verify                 rebuilds the recorded commit and
#                                                           compares it byte for byte
#
# The build is reproducible (scripts/check-reproducible.sh), so anyone can rebuild a committed
# baseline from its commit and get the same bytes. Builds offline once plugins are resolved
# (set MVN_OFFLINE= to allow downloads). Never installs into the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

published=(wallet-sdk-api wallet-sdk-crypto wallet-sdk-core wallet-sdk-mock
  wallet-sdk-micrometer wallet-sdk-opentelemetry wallet-sdk-spring-boot-starter)
default_version=$(sed -n 's:.*<api.baseline.version>\(.*\)</api.baseline.version>.*:\1:p' pom.xml)

verify=false
if [[ "${1:-}" == "--verify" ]]; then
  verify=true
  version=${2:-$default_version}
  commit=$(sed -n 's/^commit=//p' "api-baseline/$version/BASELINE.properties")
else
  [[ $# -ge 1 ]] || { echo "usage: $0 <commit> [<version>] | --verify [<version>]" >&2; exit 2; }
  commit=$(git rev-parse --verify "$1^{commit}")
  version=${2:-$default_version}
fi

work="$root/target/api-baseline-build"
rm -rf "$work" && mkdir -p "$work/src"
git archive "$commit" | tar -x -C "$work/src"

modules=()
for m in "${published[@]}"; do [[ -d "$work/src/$m" ]] && modules+=("$m"); done
list=$(IFS=,; echo "${modules[*]}")
echo "Building the API baseline $version from $commit ($list)"
(cd "$work/src" && mvn -B ${MVN_OFFLINE--o} -q -DskipTests -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true -Dspotless.check.skip=true -Djapicmp.skip=true \
  -Dcyclonedx.skip=true -Dmaven.install.skip=true package -pl "$list" -am)

out="$work/out"
mkdir -p "$out"
{
  echo "# API baseline of the compatibility gate (decision 0027); scripts/update-api-baseline.sh"
  echo "version=$version"
  echo "commit=$(git rev-parse "$commit")"
} > "$out/BASELINE.properties"
for m in "${modules[@]}"; do
  jar=$(ls "$work/src/$m/target/$m"-*.jar | grep -v -e '-sources' -e '-javadoc' -e '-server' | head -1)
  cp "$jar" "$out/$m-$version.jar"
  echo "$m=$(sha256sum "$out/$m-$version.jar" | cut -d' ' -f1)" >> "$out/BASELINE.properties"
done

dest="api-baseline/$version"
if $verify; then
  if diff -r "$dest" "$out"; then
    echo "api-baseline/$version: identical to a rebuild of $commit"
  else
    echo "api-baseline/$version: DIFFERS from a rebuild of $commit" >&2
    exit 1
  fi
else
  rm -rf "$dest" && mkdir -p "$dest" && cp "$out"/* "$dest"/
  echo "Wrote $dest:"
  cat "$dest/BASELINE.properties"
fi
