package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.session.SessionCut;
import java.util.Optional;
import com.secureexchanges.portal.core.account.Account;

/**
 * A user read together with their account and the end of their sessions, if any, and the user the request
 * names when it was asked for (one round trip).
 */
public record Member(User user, Account account, Optional<SessionCut> sessionCut, Optional<Subject> subject) {

    public Member(User user, Account account, Optional<SessionCut> sessionCut) {
        this(user, account, sessionCut, Optional.empty());
    }

    public Member(User user, Account account) {
        this(user, account, Optional.empty());
    }
}
