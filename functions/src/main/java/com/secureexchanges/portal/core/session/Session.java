package com.secureexchanges.portal.core.session;

import com.secureexchanges.portal.core.account.UserKey;
import java.time.Instant;

/**
 * A signed-in browser. Only the keyed hash of the session id is stored; the id itself exists only
 * in the browser's cookie.
 */
public record Session(String idHash, String userId, String accountId, Instant createdAt, Instant lastSeenAt,
                      Instant absoluteExpiry, String browser) {

    public UserKey userKey() {
        return new UserKey(accountId, userId);
    }
}
