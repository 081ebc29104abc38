package com.secureexchanges.portal.core.account;

import com.secureexchanges.portal.core.user.User;

/** Accounts. Thread-safe. */
public interface AccountStore {

    /**
     * Creates the account and its first administrator (with the claim on their address) in one atomic
     * write.
     *
     * @return false, and nothing written, when the account, the user or the address already exists
     */
    boolean create(Account account, User firstAdministrator);
}
