package com.secureexchanges.portal.core.access;

import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.user.Member;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.util.Optional;

/**
 * Resolves the caller of a request (SPEC A0, U5): the live session named by the cookie, then its
 * user and account read together. Role and status come from storage at every request, so a
 * demotion or a suspension takes effect on the next one.
 */
public final class CallerService {

    private final SessionService sessions;
    private final UserDirectory users;

    public CallerService(SessionService sessions, UserDirectory users) {
        this.sessions = sessions;
        this.users = users;
    }

    /**
     * @throws NotAuthenticated without a live session, or when its user or account is gone or suspended
     */
    public Caller resolve(Optional<String> sessionCookie, ClientInfo client) {
        return resolve(sessionCookie, client, Optional.empty());
    }

    /**
     * The same, reading with the caller the user {@code subjectId} of the caller's account (see
     * {@link Caller#subject(String)}), when given.
     */
    public Caller resolve(Optional<String> sessionCookie, ClientInfo client, Optional<String> subjectId) {
        Session session = sessions.require(sessionCookie);
        Member member = users.member(session.userKey(), subjectId)
                .filter(m -> m.user().active() && m.account().active())
                .filter(m -> m.sessionCut().filter(cut -> cut.ends(session)).isEmpty())
                .orElseThrow(NotAuthenticated::new);
        return new Caller(session, member.user(), member.account(), client, member.subject());
    }
}
