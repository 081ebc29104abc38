package com.secureexchanges.portal.core.port;

/**
 * Source of secrets and unguessable ids. Implementations draw from a cryptographic generator on
 * every call (never from state captured at start-up: SnapStart clones it) and are thread-safe.
 */
public interface TokenGenerator {

    /** 256 random bits, base64url without padding (43 characters). */
    String token();

    /** 128 random bits, base64url without padding (22 characters). */
    String id();

    /** {@code count} decimal digits, each uniform over 0–9. */
    String digits(int count);
}
