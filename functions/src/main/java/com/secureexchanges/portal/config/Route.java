package com.secureexchanges.portal.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The API (SPEC R): method, path template, who may call it, and the function serving it. The dev
 * server's dispatch, the API Gateway resources, the IAM grants, the handlers' {@code switch}es and
 * the tenant-isolation harness are all derived from this table. Path parameters are whole segments
 * written {@code {name}}, matched as API Gateway matches them (see {@link Routes#match}).
 */
public enum Route {
    CAPTCHA("GET", "/api/captcha", Access.PUBLIC, Routes.CAPTCHA),
    /** The accessible alternative to the image, a proof of work the browser solves (SPEC X5). */
    CAPTCHA_WORK("GET", "/api/captcha/work", Access.PUBLIC, Routes.CAPTCHA),
    LOGIN_REQUEST("POST", "/api/login/request", Access.PUBLIC, Routes.REQUEST_LOGIN),
    LOGIN_REDEEM("POST", "/api/login/redeem", Access.PUBLIC, Routes.REDEEM_LINK),
    SIGNUP_REQUEST("POST", "/api/signup/request", Access.PUBLIC, Routes.SIGNUP),
    TWO_FACTOR_VERIFY("POST", "/api/2fa/verify", Access.PUBLIC, Routes.TWO_FACTOR),
    TWO_FACTOR_RESEND("POST", "/api/2fa/resend", Access.PUBLIC, Routes.TWO_FACTOR),
    ME("GET", "/api/me", Access.SESSION, Routes.ACCOUNT),
    ME_UPDATE("PUT", "/api/me", Access.SESSION, Routes.ACCOUNT),
    ME_TWO_FACTOR("POST", "/api/me/2fa", Access.SESSION, Routes.ACCOUNT),
    ME_TWO_FACTOR_CONFIRM("POST", "/api/me/2fa/confirm", Access.SESSION, Routes.ACCOUNT),
    ACCOUNT("GET", "/api/account", Access.SESSION, Routes.ACCOUNT),
    /** Public so that signing out stays idempotent: without a live session it only clears the cookie. */
    LOGOUT("POST", "/api/logout", Access.PUBLIC, Routes.SESSION),
    MY_SESSIONS("GET", "/api/me/sessions", Access.SESSION, Routes.SESSION),
    REVOKE_OTHER_SESSIONS("POST", "/api/me/sessions/revoke-others", Access.SESSION, Routes.SESSION),
    MY_EVENTS("GET", "/api/me/events", Access.SESSION, Routes.EVENTS),
    USERS("GET", "/api/users", Access.ADMINISTRATOR, Routes.USERS),
    USER_ADD("POST", "/api/users", Access.ADMINISTRATOR, Routes.USERS),
    USERS_IMPORT_TEMPLATE("GET", "/api/users/import/template", Access.ADMINISTRATOR, Routes.USERS),
    USERS_IMPORT("POST", "/api/users/import", Access.ADMINISTRATOR, Routes.USERS),
    USER("GET", "/api/users/{id}", Access.ADMINISTRATOR, Routes.USERS),
    USER_EDIT("PUT", "/api/users/{id}", Access.ADMINISTRATOR, Routes.USERS),
    USER_DELETE("DELETE", "/api/users/{id}", Access.ADMINISTRATOR, Routes.USERS),
    USER_SUSPEND("POST", "/api/users/{id}/suspend", Access.ADMINISTRATOR, Routes.USERS),
    USER_REACTIVATE("POST", "/api/users/{id}/reactivate", Access.ADMINISTRATOR, Routes.USERS),
    USER_REVOKE_SESSIONS("POST", "/api/users/{id}/revoke-sessions", Access.ADMINISTRATOR, Routes.USERS),
    USER_EVENTS("GET", "/api/users/{id}/events", Access.ADMINISTRATOR, Routes.EVENTS),
    /** A read that writes (the export is itself an event): checked like a change, so another site cannot cause it. */
    USER_EVENTS_CSV("GET", "/api/users/{id}/events.csv", Access.ADMINISTRATOR, Routes.EVENTS, true),
    USER_EVENTS_VERIFY("GET", "/api/users/{id}/events/verify", Access.ADMINISTRATOR, Routes.EVENTS),
    DOMAINS("GET", "/api/domains", Access.ADMINISTRATOR, Routes.DOMAINS),
    DOMAIN_ADD("POST", "/api/domains", Access.ADMINISTRATOR, Routes.DOMAINS),
    DOMAIN_VERIFY("POST", "/api/domains/{domain}/verify", Access.ADMINISTRATOR, Routes.DOMAINS),
    DOMAIN_REMOVE("DELETE", "/api/domains/{domain}", Access.ADMINISTRATOR, Routes.DOMAINS),
    PLANS("GET", "/api/plans", Access.SESSION, Routes.LICENSES),
    LICENSES("GET", "/api/licenses", Access.ADMINISTRATOR, Routes.LICENSES),
    LICENSES_REMOVE("POST", "/api/licenses/remove", Access.ADMINISTRATOR, Routes.LICENSES),
    ORDERS("GET", "/api/orders", Access.ADMINISTRATOR, Routes.LICENSES),
    ORDER("POST", "/api/orders", Access.ADMINISTRATOR, Routes.LICENSES),
    USER_LICENSE("PUT", "/api/users/{id}/license", Access.ADMINISTRATOR, Routes.LICENSES),
    USER_LICENSE_REMOVE("DELETE", "/api/users/{id}/license", Access.ADMINISTRATOR, Routes.LICENSES),
    USER_LICENSE_TRANSFER("POST", "/api/users/{id}/license/transfer", Access.ADMINISTRATOR, Routes.LICENSES),
    USER_LICENSE_UPGRADE("POST", "/api/users/{id}/license/upgrade", Access.ADMINISTRATOR, Routes.LICENSES);

    private final String method;
    private final String path;
    private final Access access;
    private final FunctionSpec function;
    private final List<String> segments;
    private final boolean writesOnRead;

    Route(String method, String path, Access access, FunctionSpec function) {
        this(method, path, access, function, false);
    }

    Route(String method, String path, Access access, FunctionSpec function, boolean writesOnRead) {
        this.method = method;
        this.path = path;
        this.access = access;
        this.function = function;
        this.segments = List.of(path.substring(1).split("/"));
        this.writesOnRead = writesOnRead;
    }

    public String method() {
        return method;
    }

    /** The template, e.g. {@code /api/users/{id}/events}; API Gateway's resource path. */
    public String path() {
        return path;
    }

    public Access access() {
        return access;
    }

    public FunctionSpec function() {
        return function;
    }

    /** The template's segments, without the leading slash. */
    public List<String> segments() {
        return segments;
    }

    /** The names of its path parameters, in order ({@code ["id"]}). */
    public List<String> parameters() {
        return segments.stream().filter(Route::isParameter).map(s -> s.substring(1, s.length() - 1)).toList();
    }

    /**
     * Whether a user who must set 2FA up first (an administrator requires it) may call this route: only
     * what the setup needs. Every other route answers {@code 403 two_factor_setup_required} until then.
     */
    public boolean openDuringTwoFactorSetUp() {
        return this == ME || this == ME_TWO_FACTOR || this == ME_TWO_FACTOR_CONFIRM || this == ACCOUNT || this == LOGOUT;
    }

    /**
     * The path parameter naming a user whom the caller's read also reads, in the caller's account (see
     * {@code Caller#subject}): the licence operations, whose budget is the caller's two round trips and one
     * write (ACCESS-PATTERNS 10).
     */
    public Optional<String> subjectParameter() {
        return switch (this) {
            case USER_LICENSE, USER_LICENSE_REMOVE, USER_LICENSE_TRANSFER, USER_LICENSE_UPGRADE -> Optional.of("id");
            default -> Optional.empty();
        };
    }

    /** Whether the route changes state (or records an event), and so must come from the site (SPEC S2). */
    public boolean changesState() {
        return !method.equals("GET") || writesOnRead;
    }

    static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
