package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.RequestIdentity;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API Gateway's proxy events (REST API, payload 1.0) read and written with jackson-core's streaming parser
 * and generator, so that a function is a stream handler and the Lambda runtime never builds its data-binding
 * serializer for the event's classes (the larger part of a first request's class loading it would add).
 * Every field of the event classes is read; {@code ApiEventsTest} checks each sample event against the
 * runtime's way of reading it (data binding).
 */
public final class ApiEvents {

    private ApiEvents() {
    }

    /**
     * The event as the runtime's data binding reads it (a repeated key keeps its last value).
     *
     * @throws JsonProcessingException when the bytes are not an event's JSON (API Gateway never sends such)
     */
    public static APIGatewayProxyRequestEvent read(InputStream in) throws IOException {
        return request(JsonValue.parseFromPlatform(in.readAllBytes()));
    }

    /** The response as the runtime's data binding writes it: the fields that are set, none written as null. */
    public static void write(APIGatewayProxyResponseEvent response, OutputStream out) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        putIfSet(json, "statusCode", response.getStatusCode());
        putIfSet(json, "headers", response.getHeaders());
        putIfSet(json, "multiValueHeaders", response.getMultiValueHeaders());
        putIfSet(json, "body", response.getBody());
        putIfSet(json, "isBase64Encoded", response.getIsBase64Encoded());
        out.write(JsonWriter.write(json).getBytes(StandardCharsets.UTF_8));
    }

    private static void putIfSet(Map<String, Object> json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    static APIGatewayProxyRequestEvent request(JsonValue json) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent();
        event.setVersion(text(json, "version"));
        event.setResource(text(json, "resource"));
        event.setPath(text(json, "path"));
        event.setHttpMethod(text(json, "httpMethod"));
        event.setHeaders(texts(json.path("headers")));
        event.setMultiValueHeaders(lists(json.path("multiValueHeaders")));
        event.setQueryStringParameters(texts(json.path("queryStringParameters")));
        event.setMultiValueQueryStringParameters(lists(json.path("multiValueQueryStringParameters")));
        event.setPathParameters(texts(json.path("pathParameters")));
        event.setStageVariables(texts(json.path("stageVariables")));
        JsonValue context = json.path("requestContext");
        if (context.isObject()) {
            event.setRequestContext(context(context));
        }
        event.setBody(text(json, "body"));
        JsonValue base64 = json.path("isBase64Encoded");
        event.setIsBase64Encoded(base64.isBoolean() ? base64.booleanValue() : null);
        return event;
    }

    private static ProxyRequestContext context(JsonValue json) {
        ProxyRequestContext context = new ProxyRequestContext();
        context.setAccountId(text(json, "accountId"));
        context.setStage(text(json, "stage"));
        context.setResourceId(text(json, "resourceId"));
        context.setRequestId(text(json, "requestId"));
        context.setOperationName(text(json, "operationName"));
        context.setResourcePath(text(json, "resourcePath"));
        context.setHttpMethod(text(json, "httpMethod"));
        context.setApiId(text(json, "apiId"));
        context.setPath(text(json, "path"));
        context.setExtendedRequestId(text(json, "extendedRequestId"));
        context.setRequestTime(text(json, "requestTime"));
        JsonValue epoch = json.path("requestTimeEpoch");
        context.setRequestTimeEpoch(epoch.canConvertToLong() ? epoch.longValue() : null);
        context.setDomainName(text(json, "domainName"));
        context.setDomainPrefix(text(json, "domainPrefix"));
        context.setProtocol(text(json, "protocol"));
        JsonValue authorizer = json.path("authorizer");
        if (authorizer.isObject()) {
            Map<String, Object> values = new LinkedHashMap<>();
            authorizer.properties().forEach(e -> values.put(e.getKey(), plain(e.getValue())));
            context.setAuthorizer(values);
        }
        JsonValue identity = json.path("identity");
        if (identity.isObject()) {
            context.setIdentity(identity(identity));
        }
        return context;
    }

    private static RequestIdentity identity(JsonValue json) {
        RequestIdentity identity = new RequestIdentity();
        identity.setCognitoIdentityPoolId(text(json, "cognitoIdentityPoolId"));
        identity.setAccountId(text(json, "accountId"));
        identity.setCognitoIdentityId(text(json, "cognitoIdentityId"));
        identity.setCaller(text(json, "caller"));
        identity.setApiKey(text(json, "apiKey"));
        identity.setPrincipalOrgId(text(json, "principalOrgId"));
        identity.setSourceIp(text(json, "sourceIp"));
        identity.setCognitoAuthenticationType(text(json, "cognitoAuthenticationType"));
        identity.setCognitoAuthenticationProvider(text(json, "cognitoAuthenticationProvider"));
        identity.setUserArn(text(json, "userArn"));
        identity.setUserAgent(text(json, "userAgent"));
        identity.setUser(text(json, "user"));
        identity.setAccessKey(text(json, "accessKey"));
        return identity;
    }

    /** A field's text; null when it is absent, null or not a text. */
    private static String text(JsonValue json, String field) {
        JsonValue value = json.path(field);
        return value.isTextual() ? value.textValue() : null;
    }

    private static Map<String, String> texts(JsonValue json) {
        if (!json.isObject()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        json.properties().forEach(e -> map.put(e.getKey(), e.getValue().isTextual() ? e.getValue().textValue() : null));
        return map;
    }

    private static Map<String, List<String>> lists(JsonValue json) {
        if (!json.isObject()) {
            return null;
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        json.properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.isTextual() ? v.textValue() : null));
            map.put(e.getKey(), values);
        });
        return map;
    }

    /** An authorizer's value as plain Java, as data binding gives it: texts, numbers, booleans, maps and lists. */
    private static Object plain(JsonValue value) {
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(v -> list.add(plain(v)));
            return list;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isIntegralNumber()) {
            return new BigInteger(value.asText());
        }
        if (value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : Double.valueOf(value.asText());
    }
}
