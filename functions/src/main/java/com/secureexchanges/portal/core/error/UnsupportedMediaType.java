package com.secureexchanges.portal.core.error;

/** The body is not of the type the route reads (JSON routes take {@code application/json} only). */
public final class UnsupportedMediaType extends PortalException {
    public UnsupportedMediaType(ErrorId id) {
        super(id);
    }
}
