package com.secureexchanges.portal.config;

/**
 * The security headers of every page and API answer (SPEC X4), defined once: CloudFront sends them
 * in AWS, the dev server locally.
 */
public final class SiteHeaders {

    /**
     * The policy's directives that a page may also carry itself, in a {@code <meta http-equiv>} element (where
     * browsers ignore {@code frame-ancestors}): no inline script, nothing from other origins.
     */
    public static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'";

    /** No inline script, nothing from other origins, never framed. */
    public static final String CONTENT_SECURITY_POLICY = PAGE_CONTENT_SECURITY_POLICY + "; frame-ancestors 'none'";

    /** Two years, subdomains included. */
    public static final long HSTS_MAX_AGE_SECONDS = 63_072_000;

    private SiteHeaders() {
    }
}
