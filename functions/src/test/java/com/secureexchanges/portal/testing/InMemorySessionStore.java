package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions in a map; {@link InMemoryLoginStore} puts the ones it opens here. */
public final class InMemorySessionStore implements SessionStore {

    private final Map<String, Session> sessions = new HashMap<>();

    @Override
    public synchronized Optional<Session> touch(String idHash, Instant now, Instant idleCutoff) {
        Session s = sessions.get(idHash);
        if (s == null || !s.lastSeenAt().isAfter(idleCutoff) || !s.absoluteExpiry().isAfter(now)) {
            return Optional.empty();
        }
        Session touched = new Session(s.idHash(), s.userId(), s.accountId(), s.createdAt(), now, s.absoluteExpiry(),
                s.browser());
        sessions.put(idHash, touched);
        return Optional.of(touched);
    }

    @Override
    public synchronized void delete(String idHash) {
        sessions.remove(idHash);
    }

    @Override
    public synchronized List<Session> listByUser(String userId) {
        return sessions.values().stream().filter(s -> s.userId().equals(userId))
                .sorted(Comparator.comparing(Session::createdAt).reversed()).toList();
    }

    synchronized void put(Session session) {
        sessions.put(session.idHash(), session);
    }

    public synchronized int size() {
        return sessions.size();
    }
}
