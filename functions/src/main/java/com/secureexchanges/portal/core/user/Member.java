package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.session.SessionCut;
import java.util.Optional;
import com.secureexchanges.portal.core.account.Account;

/**
 * A user read together with their account and the end of their sessions, if any (one round trip).
 */
public record Member(User user, Account account, Optional<SessionCut> sessionCut) {

    public Member(User user, Account account) {
        this(user, account, Optional.empty());
    }
}
