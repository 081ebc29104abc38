package com.secureexchanges.portal.adapter.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.DeliveryFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The auth table's stream, read from DynamoDB Local: every new delivery once, in order, and nothing else. */
class DynamoDeliveryStreamTest {

    @Test
    void everyDeliveryWritten_isReadOnce_inOrder_andOtherItemsAreNot() {
        DynamoFixture f = new DynamoFixture();
        DeliveryFeed feed = f.stores().deliveryFeed();
        DynamoDeliveryLedger ledger = new DynamoDeliveryLedger(f.dynamo, f.tables.auth());
        List<String> read = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Delivery d = new Delivery("d" + i, Delivery.Channel.EMAIL, new byte[] {1, 2, 3}, Instant.now());
            ledger.enqueue(List.of(d));
            written.add(d.id());
            f.dynamo.putItem(r -> r.tableName(f.tables.auth()).item(java.util.Map.of("pk",
                    Attrs.s("OTHER#" + d.id()))));
            feed.next().forEach(x -> read.add(x.id()));
            assertEquals(written, read, "after write " + i);
        }
        ledger.claim("d0", Instant.now());
        ledger.sent("d0", Instant.now());
        assertEquals(List.of(), feed.next(), "changes of state are not new deliveries");
    }
}
