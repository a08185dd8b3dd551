/**
 * JUnit 5 support for the mock backend: {@link dev.walletsdk.mock.junit.MockWalletExtension}. JUnit
 * Jupiter is a provided dependency: test suites that use the extension bring it.
 */
@NullMarked
package dev.walletsdk.mock.junit;

import org.jspecify.annotations.NullMarked;
