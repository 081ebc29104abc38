package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.secureexchanges.portal.core.error.PayloadTooLarge;
import com.secureexchanges.portal.core.model.ClientInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An API Gateway REST (proxy) request, with case-insensitive headers, parsed cookies and a bounded body. */
public final class ApiRequest {

    /** The largest JSON body any route accepts. */
    public static final int MAX_BODY_BYTES = 16 * 1024;

    private final APIGatewayProxyRequestEvent event;
    private final ClientAddress addresses;
    private final Map<String, List<String>> headers = new HashMap<>();

    private ApiRequest(APIGatewayProxyRequestEvent event, ClientAddress addresses) {
        this.event = event;
        this.addresses = addresses;
        if (event.getMultiValueHeaders() != null) {
            event.getMultiValueHeaders().forEach((k, v) -> headers.computeIfAbsent(k.toLowerCase(Locale.ROOT),
                    x -> new ArrayList<>()).addAll(v == null ? List.of() : v));
        }
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((k, v) -> headers.putIfAbsent(k.toLowerCase(Locale.ROOT), List.of(v)));
        }
    }

    public static ApiRequest of(APIGatewayProxyRequestEvent event, ClientAddress addresses) {
        return new ApiRequest(event, addresses);
    }

    public String method() {
        return event.getHttpMethod() == null ? "" : event.getHttpMethod().toUpperCase(Locale.ROOT);
    }

    /** The route template ({@code /api/users/{id}}) when API Gateway gives one, else the path. */
    public String route() {
        String resource = event.getResource();
        return resource != null && !resource.isBlank() && !resource.contains("{proxy") ? resource : event.getPath();
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    /** The first cookie of that name, from every {@code Cookie} header. */
    public Optional<String> cookie(String name) {
        for (String header : headers.getOrDefault("cookie", List.of())) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).strip().equals(name)) {
                    return Optional.of(pair.substring(eq + 1).strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The body as text, at most {@link #MAX_BODY_BYTES} bytes; empty when there is none. */
    public String body() {
        String body = event.getBody();
        if (body == null) {
            return "";
        }
        if (body.length() > MAX_BODY_BYTES * 2) {
            throw new PayloadTooLarge();
        }
        byte[] bytes = Boolean.TRUE.equals(event.getIsBase64Encoded())
                ? decode(body) : body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new PayloadTooLarge();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] decode(String body) {
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    public ClientInfo client() {
        var context = event.getRequestContext();
        String sourceIp = context == null || context.getIdentity() == null ? "" : context.getIdentity().getSourceIp();
        return new ClientInfo(addresses.of(this, sourceIp == null ? "" : sourceIp), header("user-agent").orElse(""),
                header("accept-language").orElse(""));
    }

    public String requestId() {
        var context = event.getRequestContext();
        return context == null || context.getRequestId() == null ? "-" : context.getRequestId();
    }
}
