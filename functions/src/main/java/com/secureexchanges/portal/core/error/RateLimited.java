package com.secureexchanges.portal.core.error;

/** A limit was reached; the id says which (the general per-IP limit is {@code rate_limited}). */
public final class RateLimited extends PortalException {

    public RateLimited() {
        this(ErrorId.RATE_LIMITED);
    }

    public RateLimited(ErrorId id) {
        super(id);
    }

    public static RateLimited resendTooSoon() {
        return new RateLimited(ErrorId.RESEND_TOO_SOON);
    }

    public static RateLimited resendLimit() {
        return new RateLimited(ErrorId.RESEND_LIMIT);
    }

    public static RateLimited numberLimit() {
        return new RateLimited(ErrorId.SMS_LIMIT);
    }
}
