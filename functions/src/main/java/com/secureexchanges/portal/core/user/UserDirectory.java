package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.HeadMoved;
import java.util.Optional;

/**
 * Users, always inside their account (SPEC A0): there is no lookup by user id alone. Thread-safe.
 */
public interface UserDirectory {

    /** The user at {@code key}; empty when there is none in that account (wherever else it may be). */
    Optional<User> find(UserKey key);

    /** The user at {@code key} with their account, in one read. */
    Optional<Member> member(UserKey key);

    /**
     * Creates the user and claims their address in one atomic write, if their account exists.
     *
     * @return false, and nothing written, when the id or the address is already taken
     */
    boolean create(User user);

    /**
     * Replaces the user (and what sign-in reads of them) and records {@code journal}, atomically, if
     * the user is still at {@code expected}'s security version.
     *
     * @return false, and nothing written, when the user changed meanwhile
     * @throws HeadMoved when only the chain's head moved (nothing written)
     */
    boolean update(User expected, User changed, Appendix journal);
}
