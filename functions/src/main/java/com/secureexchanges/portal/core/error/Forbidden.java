package com.secureexchanges.portal.core.error;

public final class Forbidden extends PortalException {
    public Forbidden(String id, String message) { super(id, message); }
}
