package com.secureexchanges.portal.core.error;

/** A service the answer depends on (DNS) did not answer; nothing was decided or written. */
public final class Unavailable extends PortalException {
    public Unavailable(ErrorId id) {
        super(id);
    }
}
