package com.secureexchanges.portal.core.error;

/** A limit was reached; the id says which (the general per-IP limit is {@code rate_limited}). */
public final class RateLimited extends PortalException {

    public RateLimited() {
        this("rate_limited", "Too many requests. Please wait a few minutes and try again.");
    }

    public RateLimited(String id, String message) {
        super(id, message);
    }

    public static RateLimited resendTooSoon() {
        return new RateLimited("resend_too_soon", "Please wait 30 seconds before asking for a new code.");
    }

    public static RateLimited resendLimit() {
        return new RateLimited("resend_limit", "No more codes can be sent for this sign-in. Please start again.");
    }

    public static RateLimited numberLimit() {
        return new RateLimited("sms_limit", "Too many codes were sent to this number today. Try again tomorrow.");
    }
}
