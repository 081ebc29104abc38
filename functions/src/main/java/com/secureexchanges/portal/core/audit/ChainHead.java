package com.secureexchanges.portal.core.audit;

import java.time.Instant;

/**
 * The newest event of a user's chain: its number, hash and time. Kept with the user (and the claim
 * on their address), so every writer knows where to append without reading the log.
 */
public record ChainHead(long seq, String hash, Instant at) {

    public static final String ZERO = "0".repeat(64);
    public static final ChainHead GENESIS = new ChainHead(0, ZERO, Instant.EPOCH);
}
