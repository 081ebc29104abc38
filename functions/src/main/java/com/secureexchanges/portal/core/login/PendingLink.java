package com.secureexchanges.portal.core.login;

import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in link waiting to be used. Holds only keyed hashes: of the link token and of the browser
 * binding cookie.
 */
public record PendingLink(String tokenHash, String addressKey, String userId, String accountId, String bindingHash,
                          Instant expiresAt, Optional<Instant> usedAt) {
}
