package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.config.SiteHeaders;
import com.sun.net.httpserver.Headers;

/** The headers CloudFront adds in AWS (SPEC X4), added by the dev server to every response. */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /**
     * Adds the headers; without {@code policy} all but the Content-Security-Policy, as API Gateway sends them
     * in the variant without CloudFront (the pages then carry the policy themselves).
     */
    static void add(Headers headers, boolean policy) {
        if (policy) {
            headers.set("Content-Security-Policy", SiteHeaders.CONTENT_SECURITY_POLICY);
        }
        headers.set("Strict-Transport-Security", "max-age=" + SiteHeaders.HSTS_MAX_AGE_SECONDS + "; includeSubDomains");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
    }
}
