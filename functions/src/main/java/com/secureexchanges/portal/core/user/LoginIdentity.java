package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.Language;

/** What sign-in needs to know about the owner of an address: who, where, which language, whether active. */
public record LoginIdentity(String userId, String accountId, Language language, boolean active) {

    public static LoginIdentity of(User user) {
        return new LoginIdentity(user.id(), user.accountId(), user.language(), user.active());
    }
}
