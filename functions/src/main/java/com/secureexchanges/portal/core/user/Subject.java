package com.secureexchanges.portal.core.user;

import java.util.Objects;
import java.util.Optional;

/**
 * The user a request's path names ({@code /api/users/{id}/license}), read in the same round trip as the
 * caller and inside the caller's account: {@code user} is empty when that account has no such user (so
 * another account's id is simply not found). Saves the read every such request would make next.
 */
public record Subject(String id, Optional<User> user) {

    public Subject {
        Objects.requireNonNull(id);
        Objects.requireNonNull(user);
    }
}
