package com.secureexchanges.portal.core.user;

import java.util.Optional;

/** Users by id, and creation of a user together with the claim on their address. Thread-safe. */
public interface UserDirectory {

    Optional<User> find(String userId);

    /**
     * Creates the user and claims their address in one atomic write.
     *
     * @return false, and nothing written, when the id or the address is already taken
     */
    boolean create(User user);

    /**
     * Replaces the user (and what sign-in reads of them) if it is still at {@code expected}'s
     * security version; false, and nothing written, otherwise.
     */
    boolean update(User expected, User changed);
}
