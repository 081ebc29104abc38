package com.secureexchanges.portal.core.port;

/**
 * Keyed hashing of secrets (HMAC with a server key), so a reader of the database cannot test
 * guesses offline. The purpose label separates domains: a captcha hash never equals a link hash.
 * Thread-safe. Implementations must not log their inputs.
 */
public interface SecretHasher {

    /** The keyed hash of {@code secret} under the current key, base64url (43 characters). */
    String hash(String purpose, String secret);

    /** Whether {@code secret} hashes to {@code expected} under any active key; constant-time. */
    boolean matches(String purpose, String secret, String expected);
}
