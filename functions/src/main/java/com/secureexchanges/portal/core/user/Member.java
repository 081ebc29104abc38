package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.account.Account;

/** A user read together with their account (one round trip). */
public record Member(User user, Account account) {
}
