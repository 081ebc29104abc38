package com.secureexchanges.portal.packaging;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.JsonWriter;
import com.secureexchanges.portal.handler.DeliveriesPriming;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.wiring.Portal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Run by {@link FunctionJarsCheck} in a JVM whose class path is one function's jar and this class only,
 * as the Lambda runtime runs it: builds the handler with its production wiring (configuration from the
 * environment, secrets read from Secrets Manager, the DynamoDB client), then sends one request to each
 * route given, without a session, through its stream interface as Lambda calls it (the event's JSON in, the
 * response's out), and prints each status. Any class missing from the jar ends the run
 * with a stack trace and exit status 1. Uses nothing but the jar: no test class may be loaded here.
 */
public final class JarProbe {

    private JarProbe() {
    }

    /**
     * {@code args}: the handler class, then "METHOD path" pairs; none for the deliveries function, which is
     * sent a stream batch holding one record of a delivery that does not exist (claimed by nobody), after its
     * SnapStart priming has run from this jar (the SES and SNS clients, answered in-process).
     */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            var stream = (RequestHandler<DynamodbEvent, StreamsEventResponse>) Class.forName(args[0])
                    .getConstructor().newInstance();
            var primed = DeliveriesPriming.of(Portal.production().config()).prime();
            System.out.println("primed: " + primed.ses().size() + " emails, " + primed.sns().size() + " SMS");
            if (!primed.failures().isEmpty()) {
                throw new IllegalStateException("the priming's batches failed: " + primed.failures());
            }
            var record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventName("INSERT");
            var data = new StreamRecord();
            data.setSequenceNumber("1");
            data.setNewImage(Map.of("pk", new AttributeValue().withS("DELIVERY#probe"),
                    "channel", new AttributeValue().withS("email"),
                    "sealed", new AttributeValue().withB(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3})),
                    "createdAt", new AttributeValue().withN("1")));
            record.setDynamodb(data);
            var event = new DynamodbEvent();
            event.setRecords(java.util.List.of(record));
            StreamsEventResponse response = stream.handleRequest(event, null);
            System.out.println("status " + (response.getBatchItemFailures().isEmpty() ? 200 : 207) + " stream");
            return;
        }
        // As Lambda runs it: a stream handler, the event's JSON in, the response's JSON out.
        var handler = (ApiHandler) Class.forName(args[0]).getConstructor().newInstance();
        String origin = System.getenv("SITE_URL");
        for (int i = 1; i + 1 < args.length; i += 2) {
            String method = args[i];
            String resource = args[i + 1];
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("httpMethod", method);
            event.put("resource", resource);
            event.put("path", resource.replaceAll("\\{[^}]+}", "probe"));
            event.put("pathParameters", Map.of("id", "probe", "domain", "example.org", "name", "probe"));
            event.put("headers", Map.of("Origin", origin, "Content-Type", "application/json", "User-Agent", "JarProbe"));
            event.put("body", method.equals("GET") || method.equals("DELETE") ? null : "{}");
            event.put("isBase64Encoded", false);
            event.put("requestContext", Map.of("requestId", "probe-" + i, "identity", Map.of("sourceIp", "203.0.113.9")));
            JsonValue response = JsonValue.parse(handler.answer(JsonWriter.write(event).getBytes(StandardCharsets.UTF_8)));
            System.out.println("status " + response.path("statusCode").intValue() + " " + method + " " + resource);
        }
    }
}
