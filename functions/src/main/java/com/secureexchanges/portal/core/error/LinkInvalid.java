package com.secureexchanges.portal.core.error;

/**
 * A sign-in link that cannot be used. The caller always sees one id ({@code link_invalid}); the
 * reason is kept for the event log only.
 */
public final class LinkInvalid extends PortalException {

    /** Why a link was refused (event log only). */
    public enum Reason { UNKNOWN, USED, EXPIRED, SUPERSEDED, ACCOUNT_CHANGED }

    private final Reason reason;

    public LinkInvalid(Reason reason) {
        super(ErrorId.LINK_INVALID);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
