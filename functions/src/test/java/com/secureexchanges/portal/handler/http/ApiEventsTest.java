package com.secureexchanges.portal.handler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.handler.EventsTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stream handlers' own reading and writing of API Gateway's events gives what the Lambda runtime's own
 * serializer (aws-lambda-java-serialization) would have given them: the same event objects for every sample of
 * {@code events/} and for an event using the fields the samples leave out, and the same response JSON.
 */
class ApiEventsTest {

    /** The Lambda runtime's own serializers of these event classes (aws-lambda-java-serialization). */
    private static final PojoSerializer<APIGatewayProxyRequestEvent> RUNTIME = LambdaEventSerializers.serializerFor(
            APIGatewayProxyRequestEvent.class, ApiEventsTest.class.getClassLoader());
    private static final PojoSerializer<APIGatewayProxyResponseEvent> RUNTIME_RESPONSE =
            LambdaEventSerializers.serializerFor(APIGatewayProxyResponseEvent.class, ApiEventsTest.class.getClassLoader());
    private static final ObjectMapper TREES = new ObjectMapper();

    static List<Path> samples() throws IOException {
        return EventsTest.events().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySample_readsAsTheRuntimeReadsIt(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        APIGatewayProxyRequestEvent expected = RUNTIME.fromJson(new ByteArrayInputStream(raw));
        APIGatewayProxyRequestEvent read = ApiEvents.read(new ByteArrayInputStream(raw));
        assertEquals(expected, read);
        assertNotNull(read.getRequestContext().getIdentity().getSourceIp());
    }

    @Test
    void theFieldsTheSamplesLeaveOut_areReadToo() throws IOException {
        String json = """
                {"version":"1.0","resource":"/api/users","path":"/api/users","httpMethod":"GET",
                 "headers":{"Cookie":"a=1","X-Empty":null},
                 "multiValueHeaders":{"Cookie":["a=1","b=2"]},
                 "queryStringParameters":{"q":"é","sort":"name"},
                 "multiValueQueryStringParameters":{"q":["é"],"sort":["name","email"]},
                 "pathParameters":{"id":"u1"},"stageVariables":{"v":"1"},
                 "requestContext":{"accountId":"1","stage":"prod","resourceId":"r","requestId":"req",
                   "operationName":"op","resourcePath":"/api/users","httpMethod":"GET","apiId":"api","path":"/prod/api/users",
                   "extendedRequestId":"x","requestTime":"t","requestTimeEpoch":1795341600000,"domainName":"d",
                   "domainPrefix":"p","protocol":"HTTP/1.1",
                   "authorizer":{"principalId":"someone","n":3,"big":8000000000,"x":1.5,"ok":true,"claims":{"sub":"s"},"list":["a"]},
                   "identity":{"cognitoIdentityPoolId":"a","accountId":"b","cognitoIdentityId":"c","caller":"d",
                     "apiKey":"e","principalOrgId":"f","sourceIp":"203.0.113.9","cognitoAuthenticationType":"g",
                     "cognitoAuthenticationProvider":"h","userArn":"i","userAgent":"j","user":"k","accessKey":"l"}},
                 "body":"aGk=","isBase64Encoded":true,"unknownField":{"x":[1,2]}}
                """;
        APIGatewayProxyRequestEvent expected = RUNTIME.fromJson(json);
        APIGatewayProxyRequestEvent read = ApiEvents.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, read);
        assertEquals(Map.of("principalId", "someone", "n", 3, "big", 8_000_000_000L, "x", 1.5, "ok", true,
                "claims", Map.of("sub", "s"), "list", List.of("a")), read.getRequestContext().getAuthorizer());
        assertEquals(List.of("name", "email"), read.getMultiValueQueryStringParameters().get("sort"));
        assertEquals(Boolean.TRUE, read.getIsBase64Encoded());
    }

    @Test
    void anEventWithoutItsOptionalParts_hasNullsWhereTheRuntimeHasThem() throws IOException {
        String json = "{\"httpMethod\":\"GET\",\"path\":\"/api/me\",\"headers\":null}";
        APIGatewayProxyRequestEvent read = ApiEvents.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(RUNTIME.fromJson(json), read);
        assertNull(read.getHeaders());
        assertNull(read.getRequestContext());
        assertNull(read.getIsBase64Encoded());
    }

    @Test
    void aRepeatedKey_keepsItsLastValue_asTheRuntimeDoes() throws IOException {
        String json = "{\"httpMethod\":\"GET\",\"httpMethod\":\"POST\",\"headers\":{\"A\":\"1\",\"A\":\"2\"}}";
        APIGatewayProxyRequestEvent read = ApiEvents.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(RUNTIME.fromJson(json), read);
        assertEquals("POST", read.getHttpMethod());
        assertEquals(Map.of("A", "2"), read.getHeaders());
    }

    @Test
    void bytesThatAreNoEvent_areAnsweredAsBadInput_withThePortalsHeaders() throws IOException {
        ApiHandler handler = new ApiHandler() {
            @Override
            public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event,
                                                              com.amazonaws.services.lambda.runtime.Context context) {
                throw new AssertionError("an unreadable event reaches no route");
            }
        };
        for (byte[] sent : List.of("not json".getBytes(StandardCharsets.UTF_8), new byte[] {'{', '"', (byte) 0xC3, '"'},
                "{\"httpMethod\":".getBytes(StandardCharsets.UTF_8))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(sent), out, null);
            APIGatewayProxyResponseEvent response = RUNTIME_RESPONSE.fromJson(new ByteArrayInputStream(out.toByteArray()));
            assertEquals(400, response.getStatusCode());
            assertEquals("invalid_json", TREES.readTree(response.getBody()).get("error").asText());
            assertEquals("no-store", response.getHeaders().get("Cache-Control"));
            assertEquals("nosniff", response.getHeaders().get("X-Content-Type-Options"));
        }
    }

    @Test
    void aResponse_readsBackAsTheSameResponse() throws IOException {
        APIGatewayProxyResponseEvent cookies = ApiResponse.json(202, "{\"status\":\"accepted\",\"name\":\"Zoë \\\"Q\\\" </script>\"}")
                .withCookie("a=1; Path=/; Secure; HttpOnly").withCookie("b=2; Path=/; Max-Age=0").toEvent();
        APIGatewayProxyResponseEvent empty = ApiResponse.noContent().toEvent();
        for (APIGatewayProxyResponseEvent response : List.of(cookies, empty)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ApiEvents.write(response, out);
            assertEquals(response, RUNTIME_RESPONSE.fromJson(new ByteArrayInputStream(out.toByteArray())));
            ByteArrayOutputStream runtimes = new ByteArrayOutputStream();
            RUNTIME_RESPONSE.toJson(response, runtimes);
            assertEquals(TREES.readTree(runtimes.toByteArray()), TREES.readTree(out.toByteArray()),
                    "the same JSON as the runtime would have written");
            assertFalse(out.toString(StandardCharsets.UTF_8).contains("null"), "no field is written as null");
        }
        assertNull(empty.getMultiValueHeaders());
        assertEquals(List.of("a=1; Path=/; Secure; HttpOnly", "b=2; Path=/; Max-Age=0"),
                cookies.getMultiValueHeaders().get("Set-Cookie"));
    }
}
