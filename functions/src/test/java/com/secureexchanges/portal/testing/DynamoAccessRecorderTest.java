package com.secureexchanges.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

class DynamoAccessRecorderTest {

    private static final AttributeValue X = AttributeValue.fromS("x");

    /** What IAM's dynamodb:Attributes sees: the key and the names of the expressions, not values or functions. */
    @Test
    void anUpdate_namesItsKey_andTheAttributesOfItsExpressions() {
        assertEquals(Set.of("pk", "seq", "ip", "browser", "details", "salt"), DynamoAccessRecorder.named(
                Map.of("pk", X, "seq", X), Map.of(), "SET ip = :dash, browser = :dash, details = :none REMOVE salt",
                "attribute_exists(pk)"));
        assertEquals(Set.of("pk", "sk", "count", "token", "domainStatus"), DynamoAccessRecorder.named(
                Map.of("pk", X, "sk", X), Map.of("#token", "token"),
                "SET count = if_not_exists(count, :zero) + :by, domainStatus = :s",
                "attribute_exists(pk) AND #token = :token"));
    }

    @Test
    void aTransaction_isOneAccessPerItem_asIamAuthorisesIt() {
        var request = TransactWriteItemsRequest.builder().transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("a").item(Map.of("pk", X))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName("b").key(Map.of("pk", X))
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().delete(d -> d.tableName("a").key(Map.of("pk", X))).build()).build();
        assertEquals(List.of("PutItem a", "ConditionCheckItem b", "DeleteItem a"),
                DynamoAccessRecorder.of(request, "TransactWriteItems").stream()
                        .map(a -> a.action() + " " + a.table()).toList());
        var update = UpdateItemRequest.builder().tableName("e").key(Map.of("pk", X)).updateExpression("SET ip = :v")
                .returnValues(ReturnValue.ALL_NEW).build();
        assertEquals(new DynamoAccessRecorder.Access("UpdateItem", "e", Optional.empty(), Set.of("pk", "ip"),
                "ALL_NEW"), DynamoAccessRecorder.of(update, "UpdateItem").getFirst());
    }
}
