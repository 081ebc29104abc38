package com.secureexchanges.portal.core.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * An event in its chain (SPEC E4). {@code hash = SHA-256(prevHash ‖ canonical event)}, where the
 * canonical event holds everything but the personal data ({@code ip}, {@code browser},
 * {@code details}); those are committed to by {@code personalDigest}, a salted hash, so that they can
 * be pseudonymised (U3) with the chain still verifying, while a change to them is still detected as
 * long as they are kept.
 *
 * @param salt   random, per event; empty once the personal data has been pseudonymised
 * @param prevAt the time of the previous event; tells a purge by retention from a deletion
 */
public record StoredEvent(long seq, Instant at, Event event, String prevHash, Instant prevAt, String personalDigest,
                          Optional<String> salt, String hash, Instant purgeAt) {
}
