package com.secureexchanges.portal.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.testing.CoreFixture;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deliveries function as Lambda invokes it: a batch of the auth table's stream records. Each delivery
 * is sent once however often the batch comes; a delivery that cannot be sent is the batch's only failure,
 * so the stream hands it over again (and at last to the dead-letter queue) while the others go out.
 */
class DeliveriesHandlerTest {

    private final DynamoFixture db = new DynamoFixture();
    private final CoreFixture f = db.core();

    @Test
    void aBatch_sendsEachDeliveryOnce_andReportsOnlyThePoisonOne() {
        f.addUser("ada@example.com");
        f.addUser("bob@example.com");
        f.requestLink("ada@example.com");
        db.dynamo.putItem(r -> r.tableName(db.tables.auth()).item(Map.of(
                "pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(Tables.DELIVERY_PREFIX + "poison"),
                "channel", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("email"),
                "sealed", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB(
                        software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[] {1, 9, 9, 9})),
                "createdAt", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("1"))));
        f.requestLink("bob@example.com");
        DynamodbEvent batch = batchOfEveryDelivery();
        assertEquals(3, batch.getRecords().size());
        DeliveriesHandler handler = new DeliveriesHandler(f.portal);

        StreamsEventResponse first = handler.handleRequest(batch, null);
        assertEquals(List.of("2"), failures(first), "the poison record only");
        assertEquals(List.of("ada@example.com", "bob@example.com"), sentTo());

        StreamsEventResponse again = handler.handleRequest(batch, null);
        assertEquals(List.of("2"), failures(again));
        assertEquals(2, sentTo().size(), "handed over twice, sent once");
    }

    @Test
    void recordsOfOtherItems_areIgnored() {
        DynamodbEvent.DynamodbStreamRecord other = record("1", Map.of("pk", new AttributeValue().withS("LINK#x")));
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(other));
        assertEquals(List.of(), failures(new DeliveriesHandler(f.portal).handleRequest(event, null)));
    }

    private List<String> sentTo() {
        return f.mail.sent().stream().map(e -> e.to().value()).sorted().toList();
    }

    private static List<String> failures(StreamsEventResponse response) {
        return response.getBatchItemFailures().stream().map(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .toList();
    }

    /** The deliveries now in the table as stream records numbered 1, 2, 3…, the poison one second. */
    private DynamodbEvent batchOfEveryDelivery() {
        var items = db.dynamo.scan(r -> r.tableName(db.tables.auth()).consistentRead(true)).items().stream()
                .filter(i -> i.get("pk").s().startsWith(Tables.DELIVERY_PREFIX)).toList();
        List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> ordered = new ArrayList<>(
                items.stream().filter(i -> !i.get("pk").s().endsWith("poison")).toList());
        ordered.add(1, items.stream().filter(i -> i.get("pk").s().endsWith("poison")).findFirst().orElseThrow());
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Map<String, AttributeValue> image = new HashMap<>();
            ordered.get(i).forEach((name, v) -> {
                if (v.s() != null) {
                    image.put(name, new AttributeValue().withS(v.s()));
                } else if (v.n() != null) {
                    image.put(name, new AttributeValue().withN(v.n()));
                } else if (v.b() != null) {
                    image.put(name, new AttributeValue().withB(ByteBuffer.wrap(v.b().asByteArray())));
                }
            });
            records.add(record(Integer.toString(i + 1), image));
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }

    private static DynamodbEvent.DynamodbStreamRecord record(String sequence, Map<String, AttributeValue> image) {
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventName("INSERT");
        StreamRecord data = new StreamRecord();
        data.setSequenceNumber(sequence);
        data.setNewImage(image);
        data.setKeys(Map.of("pk", image.get("pk")));
        record.setDynamodb(data);
        return record;
    }
}
