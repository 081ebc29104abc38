package com.secureexchanges.portal.core.session;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored sessions, by the keyed hash of their id. Sessions are created by the sign-in stores. Thread-safe. */
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
    List<Session> listByUser(UserKey user);

    /**
     * Deletes the sessions and records {@code journal}, atomically (for many sessions, the deletions
     * come first in batches and the events with the last one).
     *
     * @throws com.secureexchanges.portal.core.audit.HeadMoved when the chain's head moved (nothing
     *         of the last batch written)
     */
    void revoke(List<Session> sessions, Appendix journal);
}
