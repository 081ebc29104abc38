package com.secureexchanges.portal.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.JsonWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * DynamoDB answered in-process for a {@code DynamoDbClient} ({@link OfflineHttp}): every call finds nothing
 * (no item, empty batches and pages) and every write succeeds. A write conditioned on its item's existence
 * is refused as DynamoDB would refuse it (nothing exists here), so the stores take their "not found" path
 * instead of reading attributes that are not there; other conditions are taken as met. One that
 * {@linkplain #keepingPuts keeps its puts} also holds the items it was asked to put, which then exist for
 * such a condition.
 */
public final class OfflineDynamoHttp extends OfflineHttp {

    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final String CONDITION_FAILED = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
            + "ConditionalCheckFailedException\",\"message\":\"The conditional request failed\"}";

    private final boolean keepsPuts;
    private final List<Put> puts = new CopyOnWriteArrayList<>();

    /** DynamoDB with no item, ever (the HTTP functions' priming). */
    public OfflineDynamoHttp() {
        this(false);
    }

    private OfflineDynamoHttp(boolean keepsPuts) {
        this.keepsPuts = keepsPuts;
    }

    /**
     * DynamoDB holding what it was asked to put ({@code PutItem}, and the puts of {@code TransactWriteItems}),
     * so that a write to one of those items conditioned on its existence succeeds: the deliveries priming
     * claims the deliveries it wrote. Reads still find nothing.
     */
    public static OfflineDynamoHttp keepingPuts() {
        return new OfflineDynamoHttp(true);
    }

    private record Put(String table, JsonValue item) {
    }

    /**
     * The items put so far, in order, in DynamoDB's JSON ({@code {"pk":{"S":"…"}}}, the form of a stream
     * record's new image); always empty unless {@linkplain #keepingPuts keeping puts}.
     */
    public List<JsonValue> puts() {
        return puts.stream().map(Put::item).toList();
    }

    @Override
    Answer answer(SdkHttpRequest request, byte[] body) {
        String target = request.firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
        JsonValue call = parse(body);
        if (keepsPuts) {
            keep(operation, call);
        }
        if (call.path("ConditionExpression").asText().contains("attribute_exists(") && !exists(call)) {
            return new Answer(operation, 400, CONTENT_TYPE, CONDITION_FAILED);
        }
        return new Answer(operation, 200, CONTENT_TYPE, switch (operation) {
            case "BatchGetItem" -> emptyBatch(call);
            case "Query", "Scan" -> "{\"Items\":[],\"Count\":0,\"ScannedCount\":0}";
            default -> "{}";
        });
    }

    private void keep(String operation, JsonValue call) {
        if (operation.equals("PutItem")) {
            puts.add(new Put(call.path("TableName").asText(), call.path("Item")));
        }
        if (operation.equals("TransactWriteItems")) {
            for (JsonValue write : call.path("TransactItems")) {
                JsonValue put = write.path("Put");
                if (!put.isMissingNode()) {
                    puts.add(new Put(put.path("TableName").asText(), put.path("Item")));
                }
            }
        }
    }

    /** Whether the call's key names an item put before: each of its attributes has the same value there. */
    private boolean exists(JsonValue call) {
        JsonValue key = call.path("Key");
        String table = call.path("TableName").asText();
        return key.isObject() && puts.stream().anyMatch(put -> put.table().equals(table)
                && key.properties().stream().allMatch(a -> a.getValue().equals(put.item().path(a.getKey()))));
    }

    /** Every table asked for, with no item: a store reading the response finds its tables present and empty. */
    private static String emptyBatch(JsonValue call) {
        Map<String, Object> responses = new LinkedHashMap<>();
        call.path("RequestItems").fieldNames().forEachRemaining(table -> responses.put(table, List.of()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("Responses", responses);
        answer.put("UnprocessedKeys", Map.of());
        return JsonWriter.write(answer);
    }

    private static JsonValue parse(byte[] body) {
        try {
            return JsonValue.parse(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
