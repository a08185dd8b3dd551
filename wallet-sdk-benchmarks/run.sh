#!/usr/bin/env bash
# Builds the SDK and this module, runs every benchmark of docs/performance.md, keeps the raw
# results in wallet-sdk-benchmarks/results/ and rewrites the tables of docs/performance.md.
# Bounded: under ten minutes on 2 cores. Loopback only; every server it starts is stopped.
#
#   wallet-sdk-benchmarks/run.sh            # everything
#   MAVEN_FLAGS=-o wallet-sdk-benchmarks/run.sh   # offline, from the local Maven repository
set -euo pipefail

module="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$module")"
results="$module/results"
mvn=(mvn -B -q ${MAVEN_FLAGS:-})
jmh_iterations=(-f 1 -wi 3 -w 2s -i 5 -r 2s)

cd "$root"
"${mvn[@]}" install -DskipTests
"${mvn[@]}" -Pbenchmarks -pl wallet-sdk-benchmarks package
rm -rf "$module/target/partner-app" "$module/target/partner-app-okhttp" "$module/target/partner-app-plain"
"${mvn[@]}" -f "$module/partner-app/pom.xml" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$module/target/partner-app"
"${mvn[@]}" -f "$module/partner-app-okhttp/pom.xml" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$module/target/partner-app-okhttp"
"${mvn[@]}" -f "$module/partner-app-plain/pom.xml" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$module/target/partner-app-plain"

rm -rf "$results"
mkdir -p "$results"
jar="$module/target/benchmarks.jar"
{
  echo "nproc: $(nproc)"
  java -version 2>&1
  echo "load average at start (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$results/machine.txt"

echo "== 1. client overhead (JMH, -prof gc)"
java -jar "$jar" ClientOverheadBenchmark "${jmh_iterations[@]}" -prof gc \
  -rf json -rff "$results/jmh-client.json" | tee "$results/jmh-client.txt"

echo "== 4. ledger engine and the mock's Ed25519 signers (JMH)"
java -jar "$jar" 'Ledger(Core)?Benchmark' "${jmh_iterations[@]}" -jvmArgsAppend "-Xms2g -Xmx2g" \
  -rf json -rff "$results/jmh-ledger.json" | tee "$results/jmh-ledger.txt"
java -jar "$jar" SignerBenchmark "${jmh_iterations[@]}" -rf json -rff "$results/jmh-signers.json" \
  | tee "$results/jmh-signers.txt"
java -Xmx2g -cp "$jar" dev.walletsdk.benchmarks.WalletHeap "$results" 3 \
  | tee "$results/wallet-heap.txt"

echo "== 2 and 3. loopback load (3 s rounds: 1 warm-up + 4 measured)"
java -cp "$jar" dev.walletsdk.benchmarks.LoadDriver "$results" 3 4 | tee "$results/load.txt"

echo "== 5. footprint and start"
java -cp "$jar" dev.walletsdk.benchmarks.StartupProbe "$results" "$module/target/partner-app" \
  "$root/wallet-sdk-mock/target/wallet-sdk-mock-0.1.0-SNAPSHOT.jar" "$module/target/classes" 7 \
  | tee "$results/startup.txt"
java -cp "$jar" dev.walletsdk.benchmarks.StartupProbe "$results" "$module/target/partner-app-okhttp" \
  "$root/wallet-sdk-mock/target/wallet-sdk-mock-0.1.0-SNAPSHOT.jar" "$module/target/classes" 7 \
  startup-okhttp.json | tee "$results/startup-okhttp.txt"
java -cp "$jar" dev.walletsdk.benchmarks.StartupProbe "$results" "$module/target/partner-app-plain" \
  "$root/wallet-sdk-mock/target/wallet-sdk-mock-0.1.0-SNAPSHOT.jar" "$module/target/classes" 0 \
  footprint-plain.json

echo "load average at end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"
java -cp "$jar" dev.walletsdk.benchmarks.PerformanceReport "$results" \
  "$root/docs/performance.md" "wallet-sdk-benchmarks/run.sh"
echo "Tables written to docs/performance.md; raw results in $results"
