package com.secureexchanges.portal.config;

/**
 * The security headers of every page and API answer (SPEC X4), defined once: CloudFront sends them
 * in AWS, the dev server locally.
 */
public final class SiteHeaders {

    /** No inline script, nothing from other origins, never framed. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Two years, subdomains included. */
    public static final long HSTS_MAX_AGE_SECONDS = 63_072_000;

    private SiteHeaders() {
    }
}
