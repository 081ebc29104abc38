package com.secureexchanges.portal.config;

/** Who may call a route (SPEC R): checked once per request, from stored data, before the handler runs. */
public enum Access {
    /** Anyone; the route checks whatever cookie it binds to (binding, challenge) itself. */
    PUBLIC,
    /** A live session of an active user in an active account. */
    SESSION,
    /** A session whose user is, at this request, an administrator of their account. */
    ADMINISTRATOR
}
