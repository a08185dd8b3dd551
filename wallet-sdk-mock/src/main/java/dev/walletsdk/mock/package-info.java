/**
 * The mock backend of the Wallet SDK: {@link dev.walletsdk.mock.MockWalletServer}, its control
 * plane and ledger view.
 */
@NullMarked
package dev.walletsdk.mock;

import org.jspecify.annotations.NullMarked;
