package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.session.SessionCut;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions in a map; the in-memory sign-in stores put the ones they open here. */
public final class InMemorySessionStore implements SessionStore {

    private final InMemoryUserDirectory directory;
    private final Map<String, Session> sessions = new HashMap<>();

    public InMemorySessionStore(InMemoryUserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Session> touch(String idHash, Instant now, Instant idleCutoff) {
        synchronized (directory) {
            Session s = sessions.get(idHash);
            if (s == null || !s.lastSeenAt().isAfter(idleCutoff) || !s.absoluteExpiry().isAfter(now)) {
                return Optional.empty();
            }
            Session touched = new Session(s.idHash(), s.userId(), s.accountId(), s.createdAt(), now,
                    s.absoluteExpiry(), s.browser());
            sessions.put(idHash, touched);
            return Optional.of(touched);
        }
    }

    @Override
    public void create(Session session) {
        put(session);
    }

    @Override
    public void delete(String idHash) {
        synchronized (directory) {
            sessions.remove(idHash);
        }
    }

    @Override
    public List<Session> listByUser(UserKey user) {
        synchronized (directory) {
            return sessions.values().stream().filter(s -> s.userKey().equals(user))
                    .sorted(Comparator.comparing(Session::createdAt).reversed()).toList();
        }
    }

    @Override
    public void cut(UserKey user, SessionCut cut) {
        directory.cut(user, cut);
    }

    @Override
    public void revoke(UserKey user, Optional<SessionCut> cut, List<Session> revoked, Appendix journal) {
        synchronized (directory) {
            directory.checkHead(journal);
            cut.ifPresent(c -> directory.cut(user, c));
            revoked.forEach(s -> sessions.remove(s.idHash()));
            directory.apply(journal);
        }
    }

    void put(Session session) {
        synchronized (directory) {
            sessions.put(session.idHash(), session);
        }
    }

    public int size() {
        synchronized (directory) {
            return sessions.size();
        }
    }
}
