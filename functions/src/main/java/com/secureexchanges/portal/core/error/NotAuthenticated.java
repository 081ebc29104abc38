package com.secureexchanges.portal.core.error;

public final class NotAuthenticated extends PortalException {
    public NotAuthenticated() {
        super(ErrorId.NOT_AUTHENTICATED);
    }
}
