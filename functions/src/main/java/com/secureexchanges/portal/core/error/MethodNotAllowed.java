package com.secureexchanges.portal.core.error;

public final class MethodNotAllowed extends PortalException {
    public MethodNotAllowed() { super("method_not_allowed", "Method not allowed."); }
}
