package com.secureexchanges.portal.core.session;

import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.TokenGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Opens, checks and closes sessions (SPEC S1). */
public final class SessionService {

    private static final String PURPOSE = "session";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SessionStore store;
    private final TokenGenerator tokens;
    private final SecretHasher hasher;
    private final Clock clock;
    private final SessionPolicy policy;

    public SessionService(SessionStore store, TokenGenerator tokens, SecretHasher hasher, Clock clock,
                          SessionPolicy policy) {
        this.store = store;
        this.tokens = tokens;
        this.hasher = hasher;
        this.clock = clock;
        this.policy = policy;
    }

    /** A new session with a fresh random id; the caller stores it (atomically with what granted it). */
    public NewSession open(String userId, String accountId, ClientInfo client) {
        String id = tokens.token();
        Instant now = clock.instant();
        Session session = new Session(hasher.hash(PURPOSE, id), userId, accountId, now, now,
                now.plus(policy.absolute()), client.browserDescription());
        return new NewSession(id, session);
    }

    /**
     * Replaces {@code current} by a session with a new id for the same user (SPEC S1: a new id once the
     * second factor is proven); the old id stops working at once.
     */
    public NewSession replace(Session current, ClientInfo client) {
        NewSession fresh = open(current.userId(), current.accountId(), client);
        store.create(fresh.session());
        store.delete(current.idHash());
        return fresh;
    }

    /** The live session named by the cookie, refreshed; {@link NotAuthenticated} otherwise. */
    public Session require(Optional<String> cookie) {
        String id = cookie.filter(c -> TOKEN.matcher(c).matches()).orElseThrow(NotAuthenticated::new);
        Instant now = clock.instant();
        return hasher.find(PURPOSE, id, hash -> store.touch(hash, now, now.minus(policy.idle())))
                .orElseThrow(NotAuthenticated::new);
    }

    /** Ends the session named by the cookie, if any. */
    public void close(Optional<String> cookie) {
        cookie.filter(c -> TOKEN.matcher(c).matches())
                .ifPresent(id -> hasher.hashes(PURPOSE, id).forEach(store::delete));
    }

    /** The user's live sessions, newest first. */
    public List<Session> list(Session current) {
        Instant now = clock.instant();
        return store.listByUser(current.userKey()).stream().filter(s -> alive(s, now)).toList();
    }

    private boolean alive(Session s, Instant now) {
        return now.isBefore(s.absoluteExpiry()) && s.lastSeenAt().isAfter(now.minus(policy.idle()));
    }

    public SessionPolicy policy() {
        return policy;
    }
}
