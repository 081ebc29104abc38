package com.secureexchanges.portal.core.error;

/** The change collides with the stored state (someone else's change, or a rule such as uniqueness). */
public final class Conflict extends PortalException {
    public Conflict(ErrorId id) {
        super(id);
    }

    /** Another request changed the same thing first; nothing of this one was written. */
    public static Conflict concurrentChange() {
        return new Conflict(ErrorId.CONCURRENT_CHANGE);
    }

    /** The change would leave the account without an active administrator (SPEC U3). */
    public static Conflict lastAdministrator() {
        return new Conflict(ErrorId.LAST_ADMINISTRATOR);
    }
}
