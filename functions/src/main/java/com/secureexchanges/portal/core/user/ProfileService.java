package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionService;
import java.util.Optional;

/** The signed-in user's own profile. */
public final class ProfileService {

    private final SessionService sessions;
    private final UserDirectory users;

    public ProfileService(SessionService sessions, UserDirectory users) {
        this.sessions = sessions;
        this.users = users;
    }

    /** The user of the live session named by the cookie. */
    public User current(Optional<String> sessionCookie) {
        Session session = sessions.require(sessionCookie);
        return users.find(session.userId()).filter(User::active).orElseThrow(NotAuthenticated::new);
    }
}
