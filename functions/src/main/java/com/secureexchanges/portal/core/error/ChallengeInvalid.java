package com.secureexchanges.portal.core.error;

/** An SMS challenge that is over: the person must start again (log in again, or re-enter the number). */
public final class ChallengeInvalid extends PortalException {

    /** Why (the locked case has its own id, so the page can say so). */
    public enum Reason { UNKNOWN, LOCKED, EXPIRED, CHANGED }

    private final Reason reason;

    public ChallengeInvalid(Reason reason) {
        super(reason == Reason.LOCKED ? ErrorId.CHALLENGE_LOCKED : ErrorId.CHALLENGE_INVALID);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
