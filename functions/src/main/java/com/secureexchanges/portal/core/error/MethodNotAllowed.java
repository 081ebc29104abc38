package com.secureexchanges.portal.core.error;

public final class MethodNotAllowed extends PortalException {
    public MethodNotAllowed() {
        super(ErrorId.METHOD_NOT_ALLOWED);
    }
}
