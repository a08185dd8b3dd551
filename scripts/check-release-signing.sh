#!/usr/bin/env bash
# Release signing check (decision 0027): makes a throwaway OpenPGP key in a temporary GNUPGHOME,
# runs the release profile with it (sign + stage to a directory under target, no network, nothing
# installed into the local repository), then verifies every staged artifact's .asc with
# gpg --verify against that key and checks that each published module staged its pom, jar,
# sources, javadoc and SBOM. Exits non-zero on any missing or bad signature.
# Maven runs in online mode, as `mvn -B verify` does: the CycloneDX goal skips itself offline
# (MVN_OFFLINE=-o forces offline; then no SBOMs are built). Needs gpg (Debian: gnupg).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
command -v gpg >/dev/null || { echo "gpg not found (Debian package gnupg)" >&2; exit 1; }

work="$root/target/release-check"
rm -rf "$work" && mkdir -p "$work"
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
cleanup() { gpgconf --homedir "$GNUPGHOME" --kill all >/dev/null 2>&1 || true; }
trap cleanup EXIT

gpg --batch --quiet --passphrase '' --quick-generate-key \
  'Wallet SDK release check (throwaway) <release-check@walletsdk.invalid>' ed25519 sign 1d
fingerprint=$(gpg --batch --with-colons --list-secret-keys | awk -F: '/^fpr/ {print $10; exit}')
echo "Throwaway signing key: $fingerprint"

published=(wallet-sdk-api wallet-sdk-crypto wallet-sdk-core wallet-sdk-mock
  wallet-sdk-micrometer wallet-sdk-opentelemetry wallet-sdk-spring-boot-starter)
staging="$work/staging"
scripts/copy-worktree.sh "$work/src"
list=":wallet-sdk-parent,wallet-sdk-bom,$(IFS=,; echo "${published[*]}")"
echo "Running the release profile: deploy -Prelease -pl $list"
(cd "$work/src" && mvn -B ${MVN_OFFLINE-} -q -Prelease -DskipTests -Dgpg.keyname="$fingerprint" \
  -Drelease.staging.directory="$staging" deploy -pl "$list")

signed=0
bad=0
while IFS= read -r -d '' file; do
  rel=${file#"$staging"/}
  if [[ ! -f "$file.asc" ]]; then
    echo "UNSIGNED  $rel"
    bad=$((bad + 1))
  elif status=$(gpg --batch --status-fd 1 --verify "$file.asc" "$file" 2>/dev/null) \
    && grep -q "^\[GNUPG:\] VALIDSIG $fingerprint " <<<"$status"; then
    signed=$((signed + 1))
    echo "good signature  $rel"
  else
    echo "BAD SIGNATURE  $rel"
    bad=$((bad + 1))
  fi
done < <(find "$staging" -type f ! -name '*.asc' ! -name '*.md5' ! -name '*.sha1' \
  ! -name 'maven-metadata*' -print0 | sort -z)

for m in wallet-sdk-parent wallet-sdk-bom "${published[@]}"; do
  kinds=(.pom)
  [[ $m == wallet-sdk-parent || $m == wallet-sdk-bom ]] || \
    kinds+=(.jar -sources.jar -javadoc.jar -cyclonedx.json -cyclonedx.xml)
  for kind in "${kinds[@]}"; do
    if ! find "$staging/dev/walletsdk/$m" -name "$m-*$kind" ! -name "*$kind.*" 2>/dev/null | grep -q .; then
      echo "MISSING  $m *$kind"
      bad=$((bad + 1))
    fi
  done
done
echo "Release signing: $signed artifacts with a good signature from $fingerprint, $bad problems"
[[ $bad -eq 0 && $signed -gt 0 ]]
