package com.secureexchanges.portal.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionCut;
import com.secureexchanges.portal.core.session.SessionStore;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.InMemoryStores;
import com.secureexchanges.portal.wiring.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Security review, finding 13: "sign out other sessions" read an eventually consistent index (and
 * stopped at 100), so a session the index did not show yet survived. The sessions now end by a cut
 * kept with the user, whatever the index shows; the listed ones are also deleted.
 */
class SessionRevocationTest {

    /** A session store whose index shows nothing yet. */
    static SessionStore lagging(SessionStore real) {
        return new SessionStore() {
            @Override
            public Optional<Session> touch(String idHash, Instant now, Instant idleCutoff) {
                return real.touch(idHash, now, idleCutoff);
            }

            @Override
            public void create(Session session) {
                real.create(session);
            }

            @Override
            public void delete(String idHash) {
                real.delete(idHash);
            }

            @Override
            public List<Session> listByUser(UserKey user) {
                return List.of();
            }

            @Override
            public void cut(UserKey user, SessionCut cut) {
                real.cut(user, cut);
            }

            @Override
            public void revoke(UserKey user, Optional<SessionCut> cut, List<Session> sessions, Appendix journal) {
                real.revoke(user, cut, sessions, journal);
            }
        };
    }

    static Stores withSessions(Stores s, SessionStore sessions) {
        return new Stores(s.login(), sessions, s.challenges(), s.completion(), s.users(), s.accounts(), s.events(),
                s.limiter(), s.domains(), s.imports(), s.licenses(), s.orders(), s.quotes(), s.signups(), s.deliveries(),
                s.deliveryFeed());
    }

    @Test
    void inMemory() {
        InMemoryStores memory = new InMemoryStores();
        check(new CoreFixture(withSessions(memory.stores(), lagging(memory.sessions)), LoginPolicy.DEFAULT,
                memory.sessions::size));
    }

    @Test
    void onDynamo() {
        DynamoFixture dynamo = new DynamoFixture();
        Stores stores = dynamo.stores();
        check(new CoreFixture(withSessions(stores, lagging(stores.sessions())), LoginPolicy.DEFAULT,
                () -> dynamo.count(dynamo.tables.sessions())));
    }

    private static void check(CoreFixture f) {
        f.addUser("ada@example.com");
        String stolen = f.signIn("ada@example.com");
        f.clock.advance(Duration.ofMinutes(1));
        String mine = f.signIn("ada@example.com");
        f.clock.advance(Duration.ofSeconds(2));
        f.sessionControl.revokeOthers(f.caller(mine));
        assertThrows(NotAuthenticated.class, () -> f.caller(stolen), "ended though the index did not list it");
        assertEquals("ada@example.com", f.caller(mine).user().email().value(), "the caller's own session stays");

        f.clock.advance(Duration.ofMinutes(1));
        String later = f.signIn("ada@example.com");
        f.caller(later);
        f.clock.advance(Duration.ofSeconds(2));
        Caller admin = f.caller(f.signIn("admin@account-1.test"));
        f.sessionControl.revokeAll(admin, f.caller(later).user());
        assertThrows(NotAuthenticated.class, () -> f.caller(later));
        assertThrows(NotAuthenticated.class, () -> f.caller(mine));
    }
}
