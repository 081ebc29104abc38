package com.secureexchanges.portal.core.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of events (SPEC E1); the id is the dotted name, e.g. {@code login.denied}. */
public enum EventType {
    LOGIN_REQUESTED, LOGIN_LINK_SENT, LOGIN_SUCCEEDED, LOGIN_DENIED,
    TWOFACTOR_CODE_SENT, TWOFACTOR_VERIFIED, TWOFACTOR_FAILED, TWOFACTOR_LOCKED, TWOFACTOR_ENABLED,
    TWOFACTOR_DISABLED, MOBILE_CHANGED, PROFILE_CHANGED, SESSION_REVOKED, LOGOUT,
    USER_ADDED, USER_IMPORTED, USERS_IMPORTED, USER_EDITED, USER_SUSPENDED, USER_REACTIVATED, USER_DELETED,
    ROLE_CHANGED,
    LICENSE_PURCHASED, LICENSE_ASSIGNED, LICENSE_MODIFIED, LICENSE_REMOVED, LICENSE_TRANSFERRED, LICENSE_UPGRADED,
    LICENSE_REMOVED_FROM_ACCOUNT, DOMAIN_ADDED, DOMAIN_VERIFIED, DOMAIN_REMOVED, EVENTS_EXPORTED, SIGNUP_REQUESTED,
    ACCOUNT_CREATED;

    /** {@code login.link_sent}: the first underscore separates the family from the action. */
    public String id() {
        String name = name().toLowerCase(Locale.ROOT);
        return name.equals("logout") ? name : name.replaceFirst("_", ".");
    }

    public static Optional<EventType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
