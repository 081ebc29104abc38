package com.secureexchanges.portal.core.port;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keyed hashing of secrets (HMAC with a server key), so a reader of the database cannot test
 * guesses offline. The purpose label separates domains: a captcha hash never equals a link hash.
 * Keys rotate: one key is current, older ones stay active for a while (docs/DESIGN.md, "Rotating
 * secrets"). Thread-safe. Implementations must not log their inputs.
 */
public interface SecretHasher {

    /** The keyed hash of {@code secret} under the current key, base64url (43 characters). */
    String hash(String purpose, String secret);

    /**
     * The keyed hashes of {@code secret} under every active key, the current key's first (so the first is
     * {@link #hash}); one element when a single key is active.
     */
    List<String> hashes(String purpose, String secret);

    /** Whether {@code secret} hashes to {@code expected} under any active key; constant-time. */
    boolean matches(String purpose, String secret, String expected);

    /**
     * What {@code lookup} finds under the first of {@link #hashes} that names something: an item stored
     * under its keyed hash before a key rotation is still found while its key is active. With one active
     * key this is one lookup.
     */
    default <T> Optional<T> find(String purpose, String secret, Function<String, Optional<T>> lookup) {
        for (String hash : hashes(purpose, secret)) {
            Optional<T> found = lookup.apply(hash);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
