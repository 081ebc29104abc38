package com.secureexchanges.portal.devserver;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns an HTTP exchange into the API Gateway REST proxy event Lambda would receive, and back. */
final class ApiBridge {

    /** API Gateway's own payload limit. */
    private static final int MAX_PAYLOAD = 10 * 1024 * 1024;

    private ApiBridge() {
    }

    static APIGatewayProxyRequestEvent toEvent(HttpExchange exchange, String path, Routes.Match match)
            throws IOException {
        Route route = match.route();
        Map<String, String> headers = new HashMap<>();
        Map<String, List<String>> multi = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            headers.put(name, values.getFirst());
            multi.put(name, List.copyOf(values));
        });
        var identity = new APIGatewayProxyRequestEvent.RequestIdentity();
        identity.setSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress());
        identity.setUserAgent(headers.get("User-agent"));
        var context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setIdentity(identity);
        context.setRequestId(UUID.randomUUID().toString());
        context.setStage("local");
        context.setResourcePath(route.path());
        context.setHttpMethod(route.method());
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(exchange.getRequestMethod())
                .withPath(path)
                .withResource(route.path())
                .withPathParameters(match.parameters().isEmpty() ? null : match.parameters())
                .withHeaders(headers)
                .withMultiValueHeaders(multi)
                .withQueryStringParameters(query(exchange.getRequestURI().getRawQuery()))
                .withBody(body(exchange.getRequestBody()))
                .withIsBase64Encoded(false)
                .withRequestContext(context);
    }

    static void write(HttpExchange exchange, APIGatewayProxyResponseEvent response) throws IOException {
        var out = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(out::set);
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> values.forEach(v -> out.add(name, v)));
        }
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static String body(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PAYLOAD + 1);
        return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.putIfAbsent(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
