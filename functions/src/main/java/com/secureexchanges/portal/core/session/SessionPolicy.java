package com.secureexchanges.portal.core.session;

import java.time.Duration;

/** Session lifetimes (SPEC S1): ended after {@code idle} without a request, and {@code absolute} after login. */
public record SessionPolicy(Duration idle, Duration absolute) {

    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));
}
