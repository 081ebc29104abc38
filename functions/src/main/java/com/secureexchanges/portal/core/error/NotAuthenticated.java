package com.secureexchanges.portal.core.error;

public final class NotAuthenticated extends PortalException {
    public NotAuthenticated() { super("not_authenticated", "Please log in."); }
}
