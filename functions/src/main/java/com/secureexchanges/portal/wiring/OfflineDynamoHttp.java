package com.secureexchanges.portal.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client for a {@code DynamoDbClient} that never opens a connection: every call finds nothing
 * (no item, empty batches and pages) and every write succeeds. The SDK still marshals, signs and
 * unmarshals as it would against DynamoDB, which is what the SnapStart priming needs to load and compile
 * ({@link PrimingPortal}); it records the operations it was asked for, in order. A write conditioned on
 * its item's existence is refused as DynamoDB would refuse it (nothing exists here), so the stores take
 * their "not found" path instead of reading attributes that are not there. Thread-safe.
 */
public final class OfflineDynamoHttp implements SdkHttpClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String CONDITION_FAILED = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
            + "ConditionalCheckFailedException\",\"message\":\"The conditional request failed\"}";

    private final List<String> operations = new CopyOnWriteArrayList<>();

    /** The operations called so far ({@code BatchGetItem}, {@code TransactWriteItems}…), in order. */
    public List<String> operations() {
        return List.copyOf(operations);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
        byte[] body = request.contentStreamProvider().map(p -> readAll(p.newStream())).orElse(new byte[0]);
        operations.add(operation);
        boolean refused = needsExistingItem(body);
        byte[] answer = (refused ? CONDITION_FAILED : answer(operation, body)).getBytes(StandardCharsets.UTF_8);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(refused ? 400 : 200)
                                .putHeader("Content-Type", "application/x-amz-json-1.0")
                                .putHeader("Content-Length", Integer.toString(answer.length)).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer))).build();
            }

            @Override
            public void abort() {
            }
        };
    }

    private static boolean needsExistingItem(byte[] body) {
        try {
            return body.length > 0 && JSON.readTree(body).path("ConditionExpression").asText().contains("attribute_exists(");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String answer(String operation, byte[] body) {
        return switch (operation) {
            case "BatchGetItem" -> emptyBatch(body);
            case "Query", "Scan" -> "{\"Items\":[],\"Count\":0,\"ScannedCount\":0}";
            default -> "{}";
        };
    }

    /** Every table asked for, with no item: a store reading the response finds its tables present and empty. */
    private static String emptyBatch(byte[] body) {
        try {
            var responses = JSON.createObjectNode();
            JsonNode tables = JSON.readTree(body).path("RequestItems");
            tables.fieldNames().forEachRemaining(table -> responses.putArray(table));
            return JSON.createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set("Responses", responses)
                    .set("UnprocessedKeys", JSON.createObjectNode()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String clientName() {
        return "offline";
    }

    @Override
    public void close() {
    }
}
