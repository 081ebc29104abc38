package com.secureexchanges.portal.config;

import static com.secureexchanges.portal.config.TableAccess.append;
import static com.secureexchanges.portal.config.TableAccess.appendAndPseudonymise;
import static com.secureexchanges.portal.config.TableAccess.readWrite;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions serving {@link Route}, with exactly the access each needs, and the matching of a
 * request path to a route. Plain Java so the CDK app can read it without the AWS SDK.
 */
public final class Routes {

    private static final String HANDLERS = "com.secureexchanges.portal.handler.";

    public static final FunctionSpec CAPTCHA = new FunctionSpec("Captcha", HANDLERS + "CaptchaHandler",
            List.of(readWrite(Tables.AUTH)), false, false, true);
    public static final FunctionSpec REQUEST_LOGIN = new FunctionSpec("RequestLogin", HANDLERS + "RequestLoginHandler",
            List.of(readWrite(Tables.DIRECTORY), readWrite(Tables.AUTH), append(Tables.EVENTS)), true, false, true);
    public static final FunctionSpec REDEEM_LINK = new FunctionSpec("RedeemLink", HANDLERS + "RedeemLinkHandler",
            List.of(readWrite(Tables.DIRECTORY), readWrite(Tables.AUTH), readWrite(Tables.SESSIONS),
                    append(Tables.EVENTS)), false, true, true);
    public static final FunctionSpec TWO_FACTOR = new FunctionSpec("TwoFactor", HANDLERS + "TwoFactorHandler",
            List.of(readWrite(Tables.DIRECTORY), readWrite(Tables.AUTH), readWrite(Tables.SESSIONS),
                    append(Tables.EVENTS)), false, true, true);
    /** Sends SMS (codes to prove a number) and mail (the notice that the proven number was replaced). */
    public static final FunctionSpec ACCOUNT = new FunctionSpec("Account", HANDLERS + "AccountHandler",
            List.of(readWrite(Tables.DIRECTORY), readWrite(Tables.AUTH), readWrite(Tables.SESSIONS),
                    append(Tables.EVENTS)), true, true, true);
    public static final FunctionSpec SESSION = new FunctionSpec("Session", HANDLERS + "SessionHandler",
            List.of(readWrite(Tables.DIRECTORY), readWrite(Tables.SESSIONS), append(Tables.EVENTS)), false, false,
            true);
    public static final FunctionSpec EVENTS = new FunctionSpec("Events", HANDLERS + "EventsHandler",
            List.of(readWrite(Tables.DIRECTORY), readWrite(Tables.SESSIONS), append(Tables.EVENTS)), false, false,
            true);

    /** The user-admin function of the customer's design: an account's users (SPEC U1, U3). */
    public static final FunctionSpec USERS = new FunctionSpec("Users", HANDLERS + "UsersHandler",
            List.of(readWrite(Tables.DIRECTORY), readWrite(Tables.SESSIONS), appendAndPseudonymise(Tables.EVENTS)),
            true, false, true);

    /**
     * The account's email domains and their DNS verification (SPEC U4), part of the customer's user-admin
     * family: its own function, the only one that makes DNS queries, and so the only one whose jar holds
     * dnsjava and the public-suffix list.
     */
    public static final FunctionSpec DOMAINS = new FunctionSpec("Domains", HANDLERS + "DomainsHandler",
            List.of(readWrite(Tables.DIRECTORY), readWrite(Tables.AUTH), readWrite(Tables.SESSIONS),
                    append(Tables.EVENTS)), false, false, true, Artifact.DNS);

    private Routes() {
    }

    public static List<Route> all() {
        return List.of(Route.values());
    }

    public static List<FunctionSpec> functions() {
        return all().stream().map(Route::function).distinct().toList();
    }

    /** A route and the values of its path parameters, decoded. */
    public record Match(Route route, Map<String, String> parameters) {
    }

    /**
     * The route for a request, matched as API Gateway matches resources: segment by segment, a
     * parameter takes exactly one non-empty segment (percent-decoded on its own, so {@code %2F} never
     * splits it), and where several resources fit the most specific wins (a literal segment beats a
     * parameter at the first place they differ). Empty when no resource fits; a resource that fits
     * without the method is {@link #knownPath}.
     */
    public static Optional<Match> match(String method, String rawPath) {
        return resource(rawPath).flatMap(path -> all().stream()
                .filter(r -> r.path().equals(path) && r.method().equals(method)).findFirst()
                .map(r -> new Match(r, parameters(r, split(rawPath).orElseThrow()))));
    }

    /** Whether some route has a resource for this path, whatever its method. */
    public static boolean knownPath(String rawPath) {
        return resource(rawPath).isPresent();
    }

    private static Optional<String> resource(String rawPath) {
        Optional<List<String>> segments = split(rawPath);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        List<String> bestSegments = null;
        for (Route route : all()) {
            if (fits(route.segments(), segments.get()) && (best == null || moreSpecific(route.segments(), bestSegments))) {
                best = route.path();
                bestSegments = route.segments();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<List<String>> split(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            try {
                out.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException badEscape) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    private static boolean fits(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return false;
        }
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            boolean ok = Route.isParameter(t) ? !path.get(i).isEmpty() : t.equals(path.get(i));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean moreSpecific(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            boolean aParam = Route.isParameter(a.get(i));
            boolean bParam = Route.isParameter(b.get(i));
            if (aParam != bParam) {
                return !aParam;
            }
        }
        return false;
    }

    private static Map<String, String> parameters(Route route, List<String> path) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < route.segments().size(); i++) {
            String t = route.segments().get(i);
            if (Route.isParameter(t)) {
                out.put(t.substring(1, t.length() - 1), path.get(i));
            }
        }
        return out;
    }

    /** The route a handler was invoked for: the event's resource template and method. */
    public static Optional<Route> of(String method, String resource) {
        return Arrays.stream(Route.values()).filter(r -> r.method().equals(method) && r.path().equals(resource))
                .findFirst();
    }
}
