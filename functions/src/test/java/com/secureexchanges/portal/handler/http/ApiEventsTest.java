package com.secureexchanges.portal.handler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
 * The stream handlers' own reading and writing of API Gateway's events gives what the Lambda runtime's data
 * binding would have given them: the same event objects for every sample of {@code events/} and for an
 * event using the fields the samples leave out, and a response that reads back as the same response.
 */
class ApiEventsTest {

    /** As the runtime reads events: unknown fields ignored. */
    private static final ObjectMapper RUNTIME = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static List<Path> samples() throws IOException {
        return EventsTest.events().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySample_readsAsTheRuntimeReadsIt(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        APIGatewayProxyRequestEvent expected = RUNTIME.readValue(raw, APIGatewayProxyRequestEvent.class);
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
        APIGatewayProxyRequestEvent expected = RUNTIME.readValue(json, APIGatewayProxyRequestEvent.class);
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
        assertEquals(RUNTIME.readValue(json, APIGatewayProxyRequestEvent.class), read);
        assertNull(read.getHeaders());
        assertNull(read.getRequestContext());
        assertNull(read.getIsBase64Encoded());
    }

    @Test
    void aResponse_readsBackAsTheSameResponse() throws IOException {
        APIGatewayProxyResponseEvent cookies = ApiResponse.json(202, "{\"status\":\"accepted\",\"name\":\"Zoë \\\"Q\\\" </script>\"}")
                .withCookie("a=1; Path=/; Secure; HttpOnly").withCookie("b=2; Path=/; Max-Age=0").toEvent();
        APIGatewayProxyResponseEvent empty = ApiResponse.noContent().toEvent();
        for (APIGatewayProxyResponseEvent response : List.of(cookies, empty)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ApiEvents.write(response, out);
            assertEquals(response, RUNTIME.readValue(out.toByteArray(), APIGatewayProxyResponseEvent.class));
        }
        assertEquals(List.of("a=1; Path=/; Secure; HttpOnly", "b=2; Path=/; Max-Age=0"),
                cookies.getMultiValueHeaders().get("Set-Cookie"));
    }
}
