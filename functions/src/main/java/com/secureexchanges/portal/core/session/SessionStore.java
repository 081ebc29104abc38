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

    /** Stores a session opened outside a sign-in's own write (a replaced session id). */
    void create(Session session);

    /** Deletes the session; no error when it does not exist. */
    void delete(String idHash);

    /** The user's stored sessions, live or not, newest first (all of them, as far as the index knows). */
    List<Session> listByUser(UserKey user);

    /** Ends the user's sessions that {@code cut} ends, whether listed or not (see {@link SessionCut}). */
    void cut(UserKey user, SessionCut cut);

    /**
     * Ends the user's sessions by {@code cut}, deletes the listed ones and records {@code journal},
     * atomically (for many sessions, the deletions come first in batches; the cut and the events with
     * the last one).
     *
     * @throws com.secureexchanges.portal.core.audit.HeadMoved when the chain's head moved (nothing
     *         of the last batch written)
     */
    void revoke(UserKey user, Optional<SessionCut> cut, List<Session> sessions, Appendix journal);
}
