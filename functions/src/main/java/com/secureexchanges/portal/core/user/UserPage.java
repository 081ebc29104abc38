package com.secureexchanges.portal.core.user;

import java.util.List;
import java.util.Optional;

/** A page of users and where the next one starts (empty on the last page). */
public record UserPage(List<User> users, Optional<String> cursor) {
}
