package com.secureexchanges.portal.core.account;

import com.secureexchanges.portal.core.user.User;

/** Accounts. Thread-safe. */
public interface AccountStore {

    /**
     * Opens an account in one atomic write: the account (with its pool and billing anchor), its first
     * administrator (with the claim on their address, the licence they hold, if any, and their events) and
     * the first order, if any.
     *
     * @return false, and nothing written, when the account, the user or the address already exists
     */
    boolean open(Opening opening);

    /** Creates the account and its first administrator, nothing bought (see {@link #open}). */
    default boolean create(Account account, User firstAdministrator) {
        return open(Opening.of(account, firstAdministrator));
    }
}
