package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.HeadMoved;
import com.secureexchanges.portal.core.error.Conflict;
import java.util.Optional;

/**
 * Users, always inside their account (SPEC A0): there is no lookup by user id alone. Each account
 * keeps the count of its active administrators, changed in the same write as the user, so the last
 * one can never be demoted, suspended or deleted, even by two administrators at the same moment.
 * Thread-safe.
 */
public interface UserDirectory {

    /** The user at {@code key}; empty when there is none in that account (wherever else it may be). */
    Optional<User> find(UserKey key);

    /** The user at {@code key} with their account, in one read. */
    Optional<Member> member(UserKey key);

    /**
     * The same, and in the same read the user {@code subjectId} of the same account, when given (a request
     * about that user, see {@link Subject}); an id that cannot exist is simply not found.
     */
    Optional<Member> member(UserKey key, Optional<String> subjectId);

    /** One page of the account's users (SPEC U, the users page), in one read. */
    UserPage page(String accountId, UserQuery query);

    /**
     * Creates the user (their chain starting with {@code journal}) and claims their address, in one
     * atomic write, if their account exists.
     *
     * @return false, and nothing written, when the id or the address is already taken
     */
    boolean create(User user, Appendix journal);

    /** A user with an empty journal (the demo data, the first administrator). */
    default boolean create(User user) {
        return create(user, Appendix.none(user.chain()));
    }

    /**
     * Replaces the user (and what sign-in reads of them) and records {@code journal}, atomically, if
     * the user is still at {@code expected}'s security version.
     *
     * @return false, and nothing written, when the user changed meanwhile
     * @throws HeadMoved when only the chain's head moved (nothing written)
     * @throws Conflict  {@code last_administrator} when the change would leave the account without an
     *                   active administrator (nothing written)
     */
    boolean update(User expected, User changed, Appendix journal);

    /**
     * Replaces the user by what is kept of a deleted one ({@link User#deletedUser()}) and frees their
     * address, recording {@code journal}, atomically, if the user is still at {@code expected}'s
     * security version.
     *
     * @return false, and nothing written, when the user changed meanwhile
     * @throws HeadMoved when only the chain's head moved
     * @throws Conflict  {@code last_administrator} for the account's last active administrator
     */
    boolean delete(User expected, Appendix journal);
}
