package com.secureexchanges.portal.core.session;

/** A session just opened: the raw id goes into the cookie, the record into the store. */
public record NewSession(String cookieValue, Session session) {

    @Override
    public String toString() {
        return "NewSession[user=" + session.userId() + "]";
    }
}
