package com.secureexchanges.portal.core.access;

import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Outcome;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.user.Subject;
import com.secureexchanges.portal.core.user.User;
import java.util.Map;
import java.util.Optional;

/**
 * Who is making this request, resolved once from stored data (session → user → account) and passed
 * to everything the request does. Nothing in it comes from what the browser holds but the session id.
 *
 * @param subject the user the request's path names, read with the caller inside its account, when the
 *                route asks for it
 */
public record Caller(Session session, User user, Account account, ClientInfo client, Optional<Subject> subject) {

    public Caller(Session session, User user, Account account, ClientInfo client) {
        this(session, user, account, client, Optional.empty());
    }

    /**
     * The user {@code userId} of the caller's account as read with the caller, when it was; empty when it
     * was not read (the caller reads it then). The inner optional is empty when the account has no such user.
     */
    public Optional<Optional<User>> subject(String userId) {
        return subject.filter(s -> s.id().equals(userId)).map(Subject::user);
    }

    /** The caller, if their role is administrator at this request; {@code 403 forbidden} otherwise. */
    public Caller requireAdministrator() {
        if (!user.administrator()) {
            throw Forbidden.role();
        }
        return this;
    }

    /** An event this caller causes about {@code subject} (a user of the same account). */
    public Event event(EventType type, User subject) {
        return new Event(type, user.id(), subject.id(), Outcome.SUCCESS, Optional.empty(), client.ip(),
                client.browserDescription(), client.requestId(), Map.of());
    }

    /** An event this caller causes about themselves. */
    public Event event(EventType type) {
        return event(type, user);
    }
}
