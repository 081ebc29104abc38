package com.secureexchanges.portal.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored sessions, by the keyed hash of their id. Sessions are created by {@code LoginStore#redeem}. */
public interface SessionStore {

    /**
     * Marks the session as seen at {@code now} if it is still alive (seen after {@code idleCutoff}
     * and {@code now} before its absolute expiry), in one conditional write.
     *
     * @return the refreshed session, or empty when it is unknown or dead
     */
    Optional<Session> touch(String idHash, Instant now, Instant idleCutoff);

    /** Deletes the session; no error when it does not exist. */
    void delete(String idHash);

    /** The user's stored sessions, live or not, newest first. */
    List<Session> listByUser(String userId);
}
