package com.secureexchanges.portal.core.error;

public final class NotFound extends PortalException {
    public NotFound() { super("not_found", "Not found."); }
}
