package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.JsonWriter;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.wiring.OfflineDynamoHttp;
import com.secureexchanges.portal.wiring.Portal;
import com.secureexchanges.portal.wiring.PrimingPortal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * SnapStart priming of one HTTP function (issue 12; the deliveries function, fed by a stream, has its own:
 * {@code handler.DeliveriesPriming}): before the snapshot, every route of the function is sent
 * {@link #ROUNDS} times through a handler of the same class built on a {@link PrimingPortal}, as Lambda calls
 * it (its stream interface), so the snapshot holds the classes loaded and the code compiled for the request
 * path — the event's JSON and the response's, the handler, the
 * core, the stores' items and the SDK's marshalling, signing and unmarshalling of each DynamoDB call,
 * HMAC, the captcha renderer — but none of its state: the priming portal has a stopped clock, constant
 * tokens, a zero key and DynamoDB answering in-process, shares nothing with the real portal and is
 * dropped before the snapshot. Nothing is re-seeded after a restore: tokens are drawn from a new
 * {@code SecureRandom} per call, and the secrets, dropped before the snapshot by {@code RotatingSecrets},
 * are read again by the first request.
 */
public final class Priming extends PrimingHook<Priming.Outcome> {

    /** Enough calls for the JIT's first tier to compile the hot methods. */
    public static final int ROUNDS = 20;
    private static final String PLACEHOLDER = "A".repeat(43);

    private final FunctionSpec function;
    private final AppConfig config;
    private final Function<Portal, ApiHandler> handlers;

    private Priming(FunctionSpec function, AppConfig config,
                    Function<Portal, ApiHandler> handlers) {
        this.function = function;
        this.config = config;
        this.handlers = handlers;
    }

    /** The priming of {@code function}, whose handler {@code handlers} builds on a portal; not registered. */
    public static Priming of(FunctionSpec function, AppConfig config,
                             Function<Portal, ApiHandler> handlers) {
        return new Priming(function, config, handlers);
    }

    /**
     * Registers the priming of {@code function} with the runtime's CRaC context ({@link PrimingHook#register}),
     * for the handler's no-arg (Lambda) constructor.
     */
    public static void register(FunctionSpec function, Portal portal,
                                Function<Portal, ApiHandler> handlers) {
        register(of(function, portal.config(), handlers));
    }

    /** What one priming did: the last status of each route, and the DynamoDB operations its requests made. */
    public record Outcome(Map<Route, Integer> statuses, List<String> operations) {
    }

    /** Sends every route of the function {@link #ROUNDS} times through a handler on a fresh priming portal. */
    @Override
    public Outcome prime() {
        OfflineDynamoHttp dynamo = new OfflineDynamoHttp();
        var handler = handlers.apply(PrimingPortal.create(config, dynamo));
        List<Route> routes = Arrays.stream(Route.values()).filter(r -> r.function().equals(function)).toList();
        Map<Route, Integer> statuses = new EnumMap<>(Route.class);
        for (int round = 0; round < ROUNDS; round++) {
            for (Route route : routes) {
                statuses.put(route, send(handler, event(route)));
            }
        }
        return new Outcome(statuses, dynamo.operations());
    }

    /** Through the stream interface, as Lambda calls the function: its event reading and response writing too. */
    private static int send(ApiHandler handler, String event) {
        try {
            return JsonValue.parse(handler.answer(event.getBytes(StandardCharsets.UTF_8))).path("statusCode").intValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The route's event as API Gateway sends it (JSON). */
    private String event(Route route) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Origin", config.siteOrigin());
        headers.put(Http.SITE_HEADER, "1");
        headers.put("Content-Type", "application/json");
        headers.put("Accept-Language", "en-CA,en;q=0.9");
        headers.put("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36");
        headers.put("Cookie", Cookies.BINDING + "=" + PLACEHOLDER + "; " + Cookies.SESSION + "=" + PLACEHOLDER + "; "
                + Cookies.CHALLENGE + "=" + PLACEHOLDER);
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> segments = new ArrayList<>();
        for (String segment : route.path().split("/")) {
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                String value = name.equals("domain") ? "example.invalid" : "AAAAAAAAAAAAAAAAAAAAAA";
                parameters.put(name, value);
                segments.add(value);
            } else {
                segments.add(segment);
            }
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("resource", route.path());
        event.put("path", String.join("/", segments));
        event.put("httpMethod", route.method());
        event.put("headers", headers);
        event.put("pathParameters", parameters.isEmpty() ? null : parameters);
        event.put("requestContext", Map.of("requestId", "priming", "identity", Map.of("sourceIp", "192.0.2.1")));
        event.put("body", route.method().equals("GET") || route.method().equals("DELETE") ? null : body(route));
        event.put("isBase64Encoded", false);
        return JsonWriter.write(event);
    }

    /** A well-formed body for the sign-in routes (their JSON and checks are the hot path); {@code {}} otherwise. */
    private static String body(Route route) {
        String captcha = "\"captchaId\":\"" + PLACEHOLDER + "\",\"captchaAnswer\":\"000000\"";
        return switch (route) {
            case LOGIN_REQUEST -> "{\"email\":\"priming@example.invalid\"," + captcha + "}";
            case SIGNUP_REQUEST -> "{\"email\":\"priming@example.invalid\",\"organization\":\"Priming\","
                    + "\"plan\":\"none\",\"quantity\":1," + captcha + "}";
            case LOGIN_REDEEM -> "{\"token\":\"" + PLACEHOLDER + "\"}";
            case SIGNUP_CONFIRM -> "{\"token\":\"" + PLACEHOLDER + "\",\"confirm\":true}";
            case TWO_FACTOR_VERIFY, ME_TWO_FACTOR_CONFIRM -> "{\"code\":\"000000\"}";
            default -> "{}";
        };
    }
}
