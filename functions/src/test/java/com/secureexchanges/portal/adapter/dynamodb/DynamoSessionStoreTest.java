package com.secureexchanges.portal.adapter.dynamodb;

import java.util.Optional;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.session.SessionCut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.testing.MutableClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoSessionStoreTest {

    private static final Instant T0 = MutableClock.aheadOfNow().instant();

    private final DynamoFixture db = new DynamoFixture();
    private final DynamoSessionStore store = new DynamoSessionStore(db.dynamo, db.tables);

    private void put(String id) {
        Session s = new Session(id, "u1", "acct", T0, T0, T0.plusSeconds(43_200), "Firefox on Windows");
        db.dynamo.putItem(r -> r.tableName(db.tables.sessions()).item(SessionItems.item(s)));
    }

    @Test
    void touch_refreshesALiveSession() {
        put("s1");
        Instant later = T0.plusSeconds(600);
        Session touched = store.touch("s1", later, later.minusSeconds(1800)).orElseThrow();
        assertEquals(later, touched.lastSeenAt());
        Map<String, AttributeValue> item = db.get(db.tables.sessions(), Map.of("pk", AttributeValue.fromS("s1")));
        assertEquals(Long.toString(later.getEpochSecond()), item.get("lastSeenAt").n());
    }

    @Test
    void touch_refusesIdleExpiredAndUnknownSessions() {
        put("s1");
        Instant idle = T0.plusSeconds(1801);
        assertTrue(store.touch("s1", idle, idle.minusSeconds(1800)).isEmpty());
        Instant absolute = T0.plusSeconds(43_200);
        assertTrue(store.touch("s1", absolute, T0.minusSeconds(1)).isEmpty());
        assertTrue(store.touch("unknown", T0, T0.minusSeconds(1800)).isEmpty());
    }

    @Test
    void delete_removesTheSession() {
        put("s1");
        store.delete("s1");
        store.delete("s1");
        assertEquals(0, db.count(db.tables.sessions()));
    }

    /** Security review, finding 13: the list of a user's sessions is complete (it stopped at 100). */
    @Test
    void listByUser_returnsEverySession_notTheFirstHundred() {
        for (int i = 0; i < 130; i++) {
            put("s" + i);
        }
        assertEquals(130, store.listByUser(new UserKey("acct", "u1")).size());
    }

    /** The end of a user's sessions is read with the user, in the same round trip. */
    @Test
    void aCut_isReadWithTheMember() {
        var stores = db.stores();
        stores.accounts().create(new Account("acct", "Acct", T0, true), new User("u1", "acct",
                new EmailAddress("u1@acct.test"), Profile.of("U", "One", Language.EN), Role.ADMINISTRATOR, true,
                Security.NONE));
        assertTrue(stores.users().member(new UserKey("acct", "u1")).orElseThrow().sessionCut().isEmpty());
        SessionCut cut = new SessionCut(T0, Optional.of("kept-hash"));
        store.cut(new UserKey("acct", "u1"), cut);
        assertEquals(Optional.of(cut), stores.users().member(new UserKey("acct", "u1")).orElseThrow().sessionCut());
    }
}
