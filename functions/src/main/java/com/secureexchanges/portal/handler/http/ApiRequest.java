package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.PayloadTooLarge;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.Language;
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
    private Caller caller;
    private Optional<Route> route;

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

    /**
     * The route this event was sent for: API Gateway names its resource template ({@code
     * /api/users/{id}}); without one, the path is matched as API Gateway would.
     */
    public Optional<Route> route() {
        if (route == null) {
            route = matchRoute();
        }
        return route;
    }

    private Optional<Route> matchRoute() {
        String resource = event.getResource();
        if (resource != null && !resource.isBlank() && !resource.contains("{proxy")) {
            return Routes.of(method(), resource);
        }
        return Routes.match(method(), event.getPath()).map(Routes.Match::route);
    }

    /** For the request log: the template, or the path when no route matched. */
    public String routeName() {
        return route().map(Route::path).orElse(event.getPath() == null ? "-" : event.getPath());
    }

    /** A path parameter ({@code id} of {@code /api/users/{id}}), as API Gateway decoded it. */
    public String pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        if (parameters == null || parameters.get(name) == null) {
            return route().filter(r -> r.parameters().contains(name)).isPresent() && event.getPath() != null
                    ? Routes.match(method(), event.getPath()).map(m -> m.parameters().get(name)).orElse("") : "";
        }
        return parameters.get(name);
    }

    /** A query-string parameter, if given and not blank. */
    public Optional<String> query(String name) {
        Map<String, String> parameters = event.getQueryStringParameters();
        return parameters == null ? Optional.empty() : Optional.ofNullable(parameters.get(name))
                .filter(v -> !v.isBlank());
    }

    /** The language of the page that called (the site sends it as Accept-Language); English otherwise. */
    public Language language() {
        return Language.fromAcceptLanguage(header("accept-language").orElse("")).orElse(Language.EN);
    }

    /** The caller resolved for this request (routes with access other than public only). */
    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("a public route has no caller");
        }
        return caller;
    }

    void authenticated(Caller resolved) {
        this.caller = resolved;
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
        return new String(bytes(MAX_BODY_BYTES, ErrorId.BODY_TOO_LARGE), StandardCharsets.UTF_8);
    }

    /**
     * The body's bytes (decoded when API Gateway sent them in base64), at most {@code maxBytes}: a larger
     * body is refused with {@code tooLarge} before it is decoded or read further. Empty when there is none.
     */
    public byte[] bytes(int maxBytes, ErrorId tooLarge) {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        boolean base64 = Boolean.TRUE.equals(event.getIsBase64Encoded());
        // Text takes at least one byte per char; base64 four chars per three bytes.
        if (body.length() > (base64 ? maxBytes / 3 * 4 + 4 : maxBytes)) {
            throw new PayloadTooLarge(tooLarge);
        }
        byte[] bytes = base64 ? decode(body) : body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new PayloadTooLarge(tooLarge);
        }
        return bytes;
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
                header("accept-language").orElse(""), requestId());
    }

    public String requestId() {
        var context = event.getRequestContext();
        return context == null || context.getRequestId() == null ? "-" : context.getRequestId();
    }
}
