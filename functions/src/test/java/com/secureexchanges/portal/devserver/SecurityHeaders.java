package com.secureexchanges.portal.devserver;

import com.sun.net.httpserver.Headers;

/** The headers CloudFront adds in AWS (SPEC X4), added by the dev server to every response. */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void add(Headers headers) {
        headers.set("Content-Security-Policy", CSP);
        headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
    }
}
