package com.secureexchanges.portal.adapter.dynamodb;

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
}
