package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.EmailAddress;

/** A person who can sign in, always inside one account. */
public record User(String id, String accountId, EmailAddress email, Profile profile, Role role, boolean active,
                   Security security) {

    public User withProfile(Profile changed) {
        return new User(id, accountId, email, changed, role, active, security);
    }

    /** The same user with a new second-factor state; the security version grows. */
    public User withSecurity(Security changed) {
        return new User(id, accountId, email, profile, role, active, new Security(changed.mobile(), changed.verified(),
                changed.twoFactor(), security.version() + 1));
    }
}
