package com.secureexchanges.portal.core.error;

public final class PayloadTooLarge extends PortalException {
    public PayloadTooLarge() { super("body_too_large", "The request body is too large."); }
}
