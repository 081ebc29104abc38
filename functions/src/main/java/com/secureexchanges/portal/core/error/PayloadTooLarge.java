package com.secureexchanges.portal.core.error;

public final class PayloadTooLarge extends PortalException {
    public PayloadTooLarge() {
        super(ErrorId.BODY_TOO_LARGE);
    }

    public PayloadTooLarge(ErrorId id) {
        super(id);
    }
}
