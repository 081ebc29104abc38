package com.secureexchanges.portal.wiring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The priming's in-process DynamoDB: an item is there for a write conditioned on its existence only where
 * the client keeps what it was asked to put (the deliveries priming); the HTTP functions' finds nothing.
 */
class OfflineDynamoHttpTest {

    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("DELIVERY#1"));

    private static DynamoDbClient client(OfflineDynamoHttp http) {
        return DynamoDbClient.builder().httpClient(http).region(PrimingPortal.region())
                .credentialsProvider(PrimingPortal.credentials()).build();
    }

    private static void putThenClaim(DynamoDbClient dynamo, Map<String, AttributeValue> claimed) {
        dynamo.putItem(r -> r.tableName("auth").item(Map.of("pk", KEY.get("pk"),
                "channel", AttributeValue.fromS("sms"))));
        dynamo.updateItem(r -> r.tableName("auth").key(claimed).updateExpression("SET #state = :sending")
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(#state)")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS("sending"))));
    }

    @Test
    void keepingPuts_acceptsTheClaimOfAnItemItWasAskedToPut_andListsTheItem() {
        OfflineDynamoHttp http = OfflineDynamoHttp.keepingPuts();

        assertDoesNotThrow(() -> putThenClaim(client(http), KEY));
        assertEquals(List.of("PutItem", "UpdateItem"), http.operations());
        assertEquals("DELIVERY#1", http.puts().getFirst().path("pk").path("S").asText());
    }

    @Test
    void keepingPuts_refusesTheClaimOfAnotherItem() {
        var other = Map.of("pk", AttributeValue.fromS("DELIVERY#2"));

        assertThrows(ConditionalCheckFailedException.class, () -> putThenClaim(client(OfflineDynamoHttp.keepingPuts()),
                other));
    }

    @Test
    void byDefault_nothingExists_evenWhatWasPut() {
        OfflineDynamoHttp http = new OfflineDynamoHttp();

        assertThrows(ConditionalCheckFailedException.class, () -> putThenClaim(client(http), KEY));
        assertEquals(List.of(), http.puts());
    }
}
