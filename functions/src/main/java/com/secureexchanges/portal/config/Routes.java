package com.secureexchanges.portal.config;

import static com.secureexchanges.portal.config.TableAccess.Action.BATCH_GET_ITEM;
import static com.secureexchanges.portal.config.TableAccess.Action.CONDITION_CHECK_ITEM;
import static com.secureexchanges.portal.config.TableAccess.Action.DELETE_ITEM;
import static com.secureexchanges.portal.config.TableAccess.Action.GET_ITEM;
import static com.secureexchanges.portal.config.TableAccess.Action.PUT_ITEM;
import static com.secureexchanges.portal.config.TableAccess.Action.QUERY;
import static com.secureexchanges.portal.config.TableAccess.Action.UPDATE_ITEM;
import static com.secureexchanges.portal.config.TableAccess.on;

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
 * request path to a route. Plain Java so the CDK app can read it without the AWS SDK. Every function
 * serving a session route also refreshes the session ({@code UpdateItem} on sessions) and reads the
 * caller's user and account ({@code BatchGetItem} on the directory); every function that records
 * events moves the chain's heads in the directory ({@code UpdateItem}) and puts the events.
 */
public final class Routes {

    private static final String HANDLERS = "com.secureexchanges.portal.handler.";

    /** The per-IP window's counter. */
    public static final FunctionSpec CAPTCHA = new FunctionSpec("Captcha", HANDLERS + "CaptchaHandler",
            List.of(on(Tables.AUTH, UPDATE_ITEM)), false, false, true);
    /**
     * One {@code BatchGetItem} (the address's claim and throttle), one transaction: the IP counter, the
     * used captcha, the throttle, the link, the deletion of the link it supersedes, the user's events and the
     * email (or, for an address without an account, updates of meaningless pad items in the auth table in their
     * place).
     */
    public static final FunctionSpec REQUEST_LOGIN = new FunctionSpec("RequestLogin", HANDLERS + "RequestLoginHandler",
            List.of(on(Tables.DIRECTORY, BATCH_GET_ITEM, UPDATE_ITEM),
                    on(Tables.AUTH, BATCH_GET_ITEM, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM),
                    on(Tables.EVENTS, PUT_ITEM)), false, false, true);
    /**
     * The first purchase (SPEC A2). A request is the sign-in request's read (with the domain's approval)
     * and transaction (with the pending sign-up); an address on another account's domain also has that
     * account's administrators told, a few times an hour (their counter, a query of the account's users).
     * A confirmation reads the pending sign-up, then opens the account in one transaction: the link used, the
     * domain still unclaimed, the account, its administrator (user, claim, licence), the order, the events
     * and the first session.
     */
    public static final FunctionSpec SIGNUP = new FunctionSpec("Signup", HANDLERS + "SignupHandler",
            List.of(on(Tables.DIRECTORY, BATCH_GET_ITEM, PUT_ITEM, CONDITION_CHECK_ITEM)
                            .queryingIndexes(Tables.USERS_BY_NAME),
                    on(Tables.AUTH, GET_ITEM, BATCH_GET_ITEM, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM),
                    on(Tables.SESSIONS, PUT_ITEM),
                    on(Tables.EVENTS, PUT_ITEM)), false, false, true);
    /**
     * The link read, then one transaction: the link used, the address still pointing to it, the user's
     * head moved, a session or a challenge (with the number's counter) put, the events; the browser's
     * previous session deleted.
     */
    public static final FunctionSpec REDEEM_LINK = new FunctionSpec("RedeemLink", HANDLERS + "RedeemLinkHandler",
            List.of(on(Tables.DIRECTORY, UPDATE_ITEM),
                    on(Tables.AUTH, GET_ITEM, PUT_ITEM, UPDATE_ITEM, CONDITION_CHECK_ITEM),
                    on(Tables.SESSIONS, PUT_ITEM, DELETE_ITEM),
                    on(Tables.EVENTS, PUT_ITEM)), false, false, true);
    /** Guesses counted on the challenge, a new code, and the solved challenge deleted for a session. */
    public static final FunctionSpec TWO_FACTOR = new FunctionSpec("TwoFactor", HANDLERS + "TwoFactorHandler",
            List.of(on(Tables.DIRECTORY, UPDATE_ITEM),
                    on(Tables.AUTH, GET_ITEM, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM),
                    on(Tables.SESSIONS, PUT_ITEM),
                    on(Tables.EVENTS, PUT_ITEM)), false, false, true);
    /**
     * The caller (session refreshed, user and account read together), the user rewritten with its events
     * (read again when another write moved it first), the enrolment challenge, and the session replaced
     * once a required 2FA setup proves the phone. Its messages (codes to prove a number, the notice that
     * the proven number was replaced) go to the outbox.
     */
    public static final FunctionSpec ACCOUNT = new FunctionSpec("Account", HANDLERS + "AccountHandler",
            List.of(on(Tables.DIRECTORY, GET_ITEM, BATCH_GET_ITEM, PUT_ITEM, UPDATE_ITEM),
                    on(Tables.AUTH, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM),
                    on(Tables.SESSIONS, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM),
                    on(Tables.EVENTS, PUT_ITEM)), false, false, true);
    /**
     * The caller's sessions listed and ended, with their events. {@code PutItem} on the directory: the
     * session cut that "sign out other sessions" keeps beside the user (security review, finding 13).
     */
    public static final FunctionSpec SESSION = new FunctionSpec("Session", HANDLERS + "SessionHandler",
            List.of(on(Tables.DIRECTORY, BATCH_GET_ITEM, PUT_ITEM, UPDATE_ITEM),
                    on(Tables.SESSIONS, UPDATE_ITEM, DELETE_ITEM).queryingIndexes(Tables.SESSIONS_BY_USER),
                    on(Tables.EVENTS, PUT_ITEM)), false, false, true);
    /** A chain read by time (pages) or whole (export, verification); an export is itself an event. */
    public static final FunctionSpec EVENTS = new FunctionSpec("Events", HANDLERS + "EventsHandler",
            List.of(on(Tables.DIRECTORY, GET_ITEM, BATCH_GET_ITEM, UPDATE_ITEM),
                    on(Tables.SESSIONS, UPDATE_ITEM),
                    on(Tables.EVENTS, PUT_ITEM, QUERY).queryingIndexes(Tables.EVENTS_BY_TIME)), false, false, true,
            Artifact.CSV);

    /**
     * The user-admin function of the customer's design: an account's users (SPEC U1, U3) and their import
     * (SPEC U2, users read by {@code BatchGetItem} and created by transactions); a deleted user's sessions
     * end and their events are pseudonymised.
     */
    public static final FunctionSpec USERS = new FunctionSpec("Users", HANDLERS + "UsersHandler",
            List.of(on(Tables.DIRECTORY, GET_ITEM, BATCH_GET_ITEM, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM,
                            CONDITION_CHECK_ITEM).queryingIndexes(Tables.USERS_BY_NAME, Tables.USERS_BY_EMAIL),
                    on(Tables.AUTH, PUT_ITEM),
                    on(Tables.SESSIONS, UPDATE_ITEM, DELETE_ITEM).queryingIndexes(Tables.SESSIONS_BY_USER),
                    on(Tables.EVENTS, PUT_ITEM, QUERY).pseudonymising()), false, false, true, Artifact.CSV);

    /**
     * The account's email domains and their DNS verification (SPEC U4), part of the customer's user-admin
     * family: its own function, the only one that makes DNS queries, and so the only one whose jar holds
     * dnsjava and the public-suffix list. Claims and approvals in the directory; the counter of DNS checks.
     */
    public static final FunctionSpec DOMAINS = new FunctionSpec("Domains", HANDLERS + "DomainsHandler",
            List.of(on(Tables.DIRECTORY, GET_ITEM, BATCH_GET_ITEM, QUERY, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM),
                    on(Tables.AUTH, UPDATE_ITEM),
                    on(Tables.SESSIONS, UPDATE_ITEM),
                    on(Tables.EVENTS, PUT_ITEM)), false, false, true, Artifact.DNS);

    /**
     * Licences and purchases (SPEC A3–A5, P1): the plans, the pool and who holds what, orders, and the licence
     * operations on users. The caller with the user the path names (one {@code BatchGetItem}), the account's
     * licences and orders ({@code Query} of its partition), the other user of a transfer ({@code GetItem}),
     * transactions that put orders and licences, move seats, holders and heads, and delete returned licences;
     * quotes in auth ({@code GetItem}, {@code PutItem}, used with {@code UpdateItem}) and the per-account
     * counters of orders and quotes. The email of an assigned licence goes to the outbox.
     */
    public static final FunctionSpec LICENSES = new FunctionSpec("Licenses", HANDLERS + "LicensesHandler",
            List.of(on(Tables.DIRECTORY, GET_ITEM, BATCH_GET_ITEM, QUERY, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM),
                    on(Tables.AUTH, GET_ITEM, PUT_ITEM, UPDATE_ITEM),
                    on(Tables.SESSIONS, UPDATE_ITEM),
                    on(Tables.EVENTS, PUT_ITEM)), false, false, true);

    /**
     * The outbox's sender (issue 10), invoked by the auth table's stream, not by a route: the only function
     * that may call SES and SNS. Each delivery is claimed, marked sent or given up ({@code UpdateItem}, which
     * also removes its sealed content); it reads the HMAC keys to open the seal.
     */
    public static final FunctionSpec DELIVERIES = new FunctionSpec("Deliveries", HANDLERS + "DeliveriesHandler",
            List.of(on(Tables.AUTH, UPDATE_ITEM)), true, true, true);

    private Routes() {
    }

    public static List<Route> all() {
        return List.of(Route.values());
    }

    /** The functions that serve routes. */
    public static List<FunctionSpec> functions() {
        return all().stream().map(Route::function).distinct().toList();
    }

    /** Every function deployed: those that serve routes, and the deliveries function. */
    public static List<FunctionSpec> deployed() {
        List<FunctionSpec> all = new java.util.ArrayList<>(functions());
        all.add(DELIVERIES);
        return List.copyOf(all);
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
