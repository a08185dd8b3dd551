/** Spring Boot auto-configuration for the Wallet SDK. */
@NullMarked
package dev.walletsdk.spring;

import org.jspecify.annotations.NullMarked;
