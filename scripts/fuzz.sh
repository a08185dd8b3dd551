#!/usr/bin/env bash
# Fuzzes every Jazzer target for its @FuzzTest maxDuration (5 minutes each), one after another;
# JAZZER_MAX_DURATION=60s (for example) overrides that duration.
# Findings land next to the seeds (src/test/resources/**/<Class>Inputs/<method>/crash-*) and
# become regression inputs that `mvn verify` replays. Usage: scripts/fuzz.sh [Class#method ...]
set -euo pipefail
cd "$(dirname "$0")/.."

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    wallet-sdk-api:MoneyFuzzTest#amountAndCurrency
    wallet-sdk-api:MoneyFuzzTest#moneyText
    wallet-sdk-api:MerchantQrFuzzTest#anyTextIsACodeOrATypedRefusal
    wallet-sdk-core:ResponseFuzzTest#anyResponseIsAResourceOrAWalletException
    wallet-sdk-core:OperationResponseFuzzTest#wallets
    wallet-sdk-core:OperationResponseFuzzTest#transactionsAndEvents
    wallet-sdk-core:OperationResponseFuzzTest#quotes
    wallet-sdk-core:OperationResponseFuzzTest#payments
    wallet-sdk-core:OperationResponseFuzzTest#qrAndTokens
    wallet-sdk-core:OperationResponseFuzzTest#splitAndBillPayments
    wallet-sdk-core:OperationResponseFuzzTest#rewards
    wallet-sdk-core:OperationResponseFuzzTest#kycAndPrivacy
    wallet-sdk-core:OperationResponseFuzzTest#transfersAndChallenges
    wallet-sdk-core:OperationResponseFuzzTest#keys
    wallet-sdk-core:OperationResponseFuzzTest#receiveEvent
    wallet-sdk-crypto:CryptoFuzzTest#webhookDelivery
    wallet-sdk-crypto:CryptoFuzzTest#signedRequest
    wallet-sdk-crypto:CryptoFuzzTest#storedKeyset
    wallet-sdk-mock:RequestFuzzTest#mockNeverFailsOnBadInput
  )
fi

mkdir -p target/fuzz
for target in "${targets[@]}"; do
  module="${target%%:*}"
  test="${target#*:}"
  log="target/fuzz/${test//#/.}.log"
  echo "fuzzing $test in $module (log: $log)"
  start=$(date +%s)
  JAZZER_FUZZ=1 mvn -B test -pl "$module" -am -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true \
    >"$log" 2>&1 || echo "  $test FAILED: see $log"
  echo "  $(( $(date +%s) - start )) s; last status: $(grep -E '^#[0-9]+' "$log" | tail -1)"
done
