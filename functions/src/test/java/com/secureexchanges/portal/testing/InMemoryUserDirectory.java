package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Users in a map. */
public final class InMemoryUserDirectory implements UserDirectory {

    private final Map<String, User> byId = new HashMap<>();

    @Override
    public synchronized Optional<User> find(String userId) {
        return Optional.ofNullable(byId.get(userId));
    }

    @Override
    public synchronized boolean create(User user) {
        if (byId.containsKey(user.id()) || byEmail(user.email()).isPresent()) {
            return false;
        }
        byId.put(user.id(), user);
        return true;
    }

    @Override
    public synchronized boolean update(User expected, User changed) {
        User stored = byId.get(expected.id());
        if (stored == null || stored.security().version() != expected.security().version()) {
            return false;
        }
        byId.put(changed.id(), changed);
        return true;
    }

    public synchronized Optional<User> byEmail(EmailAddress email) {
        return byId.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    public synchronized void replace(User user) {
        byId.put(user.id(), user);
    }
}
