package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON response. Cookies go out as several {@code Set-Cookie} headers through multiValueHeaders. */
public record ApiResponse(int status, String body, List<String> setCookies) {

    public static ApiResponse json(int status, String body) {
        return new ApiResponse(status, body, List.of());
    }

    public ApiResponse withCookie(String setCookie) {
        List<String> cookies = new ArrayList<>(setCookies);
        cookies.add(setCookie);
        return new ApiResponse(status, body, List.copyOf(cookies));
    }

    public APIGatewayProxyResponseEvent toEvent() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        APIGatewayProxyResponseEvent out = new APIGatewayProxyResponseEvent()
                .withStatusCode(status).withHeaders(headers).withBody(body).withIsBase64Encoded(false);
        if (!setCookies.isEmpty()) {
            out.setMultiValueHeaders(Map.of("Set-Cookie", setCookies));
        }
        return out;
    }
}
