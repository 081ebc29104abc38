package com.secureexchanges.portal.core.error;

/**
 * A failure the caller can be told about. Each subtype carries a stable snake_case id that the
 * site maps to a localised message; the HTTP status is decided in exactly one place, the
 * handler layer's error mapper.
 */
public abstract sealed class PortalException extends RuntimeException
        permits InvalidInput, PayloadTooLarge, NotAuthenticated, Forbidden, BrowserMismatch,
                LinkInvalid, RateLimited, NotFound, MethodNotAllowed, CodeRejected, ChallengeInvalid {

    private final String id;

    protected PortalException(String id, String message) {
        super(message, null, false, false);
        this.id = id;
    }

    /** The stable error id, e.g. {@code link_invalid}. */
    public String id() {
        return id;
    }
}
