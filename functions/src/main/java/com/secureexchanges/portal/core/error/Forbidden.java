package com.secureexchanges.portal.core.error;

/** The caller may not do this ({@code forbidden}), or not this way ({@code cross_origin}, …). */
public final class Forbidden extends PortalException {
    public Forbidden(ErrorId id) {
        super(id);
    }

    /** The caller's role does not allow the route. */
    public static Forbidden role() {
        return new Forbidden(ErrorId.FORBIDDEN);
    }
}
