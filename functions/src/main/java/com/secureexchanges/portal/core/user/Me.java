package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.session.Session;

/** The signed-in user and the session they are using. */
public record Me(User user, Session session) {
}
