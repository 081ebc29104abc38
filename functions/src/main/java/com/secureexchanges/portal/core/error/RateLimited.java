package com.secureexchanges.portal.core.error;

public final class RateLimited extends PortalException {
    public RateLimited() { super("rate_limited", "Too many requests. Please wait a few minutes and try again."); }
}
