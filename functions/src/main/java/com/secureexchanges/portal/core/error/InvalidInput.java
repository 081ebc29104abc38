package com.secureexchanges.portal.core.error;

public final class InvalidInput extends PortalException {
    public InvalidInput(String id, String message) { super(id, message); }
}
