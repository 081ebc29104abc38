package com.secureexchanges.portal.core.port;

import java.util.Optional;

/**
 * Authenticated encryption of what waits in the database to be sent (a sign-in link, a code), under a
 * key derived from the functions' secret: a reader of the table learns neither the message nor can
 * forge one. Keys rotate with that secret; {@link #open} tries every active key. Thread-safe; a fresh
 * nonce per call, never one drawn at start-up.
 */
public interface Seal {

    /** {@code plain} encrypted and authenticated under the current key. */
    byte[] seal(byte[] plain);

    /** What {@link #seal} sealed, under any active key; empty when no key opens it or it was changed. */
    Optional<byte[]> open(byte[] sealed);
}
