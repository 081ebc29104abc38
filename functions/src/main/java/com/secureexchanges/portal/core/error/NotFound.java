package com.secureexchanges.portal.core.error;

/** Nothing by that id in the caller's account: the same answer whether it exists elsewhere or not (SPEC U6). */
public final class NotFound extends PortalException {
    public NotFound() {
        super(ErrorId.NOT_FOUND);
    }
}
