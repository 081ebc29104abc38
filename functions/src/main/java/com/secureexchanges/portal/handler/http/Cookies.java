package com.secureexchanges.portal.handler.http;

import java.time.Duration;

/**
 * The portal's cookies: {@code __Host-} prefixed (this host only, path /, Secure), HttpOnly, and
 * SameSite=Lax, because a click in a webmail is a cross-site navigation that Strict would not send.
 */
public final class Cookies {

    /** Binds a sign-in link to the browser that asked for it (SPEC L4). */
    public static final String BINDING = "__Host-sx-bind";
    /** Binds an SMS challenge to the browser that began it (SPEC M3). */
    public static final String CHALLENGE = "__Host-sx-2fa";
    /** The session (SPEC S1). */
    public static final String SESSION = "__Host-sx-session";

    private Cookies() {
    }

    public static String set(String name, String value, Duration maxAge) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; Secure; HttpOnly; SameSite=Lax";
    }

    public static String clear(String name) {
        return name + "=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax";
    }
}
