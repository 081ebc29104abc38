package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response: JSON unless said otherwise. Cookies go out as several {@code Set-Cookie} headers through
 * multiValueHeaders.
 */
public record ApiResponse(int status, String body, String contentType, Map<String, String> headers,
                          List<String> setCookies) {

    public static final String JSON = "application/json; charset=utf-8";

    public static ApiResponse json(int status, String body) {
        return new ApiResponse(status, body, JSON, Map.of(), List.of());
    }

    /** {@code 204}: done, nothing to say. */
    public static ApiResponse noContent() {
        return new ApiResponse(204, "", JSON, Map.of(), List.of());
    }

    /** A body of another type (a CSV file), with extra headers. */
    public static ApiResponse of(int status, String body, String contentType, Map<String, String> headers) {
        return new ApiResponse(status, body, contentType, Map.copyOf(headers), List.of());
    }

    public ApiResponse withCookie(String setCookie) {
        List<String> cookies = new ArrayList<>(setCookies);
        cookies.add(setCookie);
        return new ApiResponse(status, body, contentType, headers, List.copyOf(cookies));
    }

    public APIGatewayProxyResponseEvent toEvent() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Content-Type", contentType);
        out.put("Cache-Control", "no-store");
        out.put("X-Content-Type-Options", "nosniff");
        out.put("Referrer-Policy", "no-referrer");
        out.putAll(headers);
        APIGatewayProxyResponseEvent event = new APIGatewayProxyResponseEvent()
                .withStatusCode(status).withHeaders(out).withBody(body).withIsBase64Encoded(false);
        if (!setCookies.isEmpty()) {
            event.setMultiValueHeaders(Map.of("Set-Cookie", setCookies));
        }
        return event;
    }
}
